"""Every class's status, base, arguments and headers, over the status table."""

from __future__ import annotations

import copy
import inspect
import pickle
from http import HTTPStatus

import pytest
from django.http import HttpResponse, JsonResponse

import django_allresponses
from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import ARGUMENT_EXAMPLES, build, example_arguments
from tests.support.header_arguments import ARGUMENTS
from tests.support.spec import SpecRow, status_table

TABLE = status_table()
ROWS = list(TABLE.values())
JSON_ROWS = [row for row in ROWS if row.allows_content]
DJANGO_KEYWORDS = {"content_type", "charset", "headers", "reason"}
JSON_KEYWORDS = {"encoder", "safe", "json_dumps_params"}
# What each header argument sets, per the argument contracts.
HEADERS_SET = {name: list(facts.sets) for name, facts in ARGUMENTS.items()}
REDIRECTS = {301, 302, 303, 307, 308}
CASES = [(row, False) for row in ROWS] + [(row, True) for row in JSON_ROWS]
CASE_IDS = [f"{row.code}-{'json' if json else 'http'}" for row, json in CASES]


def _ids(row: SpecRow) -> str:
    return f"{row.code}-{row.name}"


def test_status_facts_match_the_spec_table() -> None:
    assert list(STATUSES) == list(TABLE)
    assert 306 not in STATUSES and 418 not in STATUSES
    for code, facts in STATUSES.items():
        assert facts.name == TABLE[code].name
        assert facts.allows_content == TABLE[code].allows_content


def test_phrases_agree_with_the_standard_library_where_it_knows_the_code() -> None:
    renamed = {413, 414, 416, 422}  # RFC 9110 renamed these; Python keeps the older phrases
    for code, facts in STATUSES.items():
        if code in HTTPStatus._value2member_map_ and code not in renamed:
            assert HTTPStatus(code).phrase.lower() == facts.phrase.lower(), code


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_http_class_name_status_and_base(row: SpecRow) -> None:
    cls = getattr(django_allresponses, f"HttpResponse{row.name}")
    assert cls.status_code == row.code
    assert issubclass(cls, row.django_base)
    assert issubclass(cls, HttpResponse)
    assert response_class(row.code) is cls
    for alias in row.aliases:
        assert getattr(django_allresponses, alias) is cls


@pytest.mark.parametrize("row", JSON_ROWS, ids=_ids)
def test_json_twin_name_status_and_base(row: SpecRow) -> None:
    cls = getattr(django_allresponses, f"JsonResponse{row.name}")
    assert cls.status_code == row.code
    assert issubclass(cls, JsonResponse)
    assert response_class(row.code, json=True) is cls


def test_bodiless_statuses_have_no_json_twin() -> None:
    for row in ROWS:
        assert hasattr(django_allresponses, f"JsonResponse{row.name}") is row.allows_content


def _header_parameters(cls: type) -> dict[str, inspect.Parameter]:
    parameters = dict(inspect.signature(cls).parameters)
    for name in (*DJANGO_KEYWORDS, *JSON_KEYWORDS, "content", "data"):
        parameters.pop(name, None)
    return parameters


def _expected_arguments(row: SpecRow) -> tuple[set[str], set[str]]:
    required = set(row.required) - {"content_range"}  # unless multipart/byteranges: see ranges
    optional = set(row.optional) | ({"content_range"} & set(row.required))
    if row.code in REDIRECTS:
        optional.add("retry_after")
    return required, optional


@pytest.mark.parametrize(("row", "json"), CASES, ids=CASE_IDS)
def test_required_and_optional_arguments(row: SpecRow, json: bool) -> None:
    cls = response_class(row.code, json=json)
    parameters = _header_parameters(cls)
    required, optional = _expected_arguments(row)
    if json:
        optional.discard("created_document")  # the twin's body is ``data``
    assert {n for n, p in parameters.items() if p.default is inspect.Parameter.empty} == required
    # The spec's optional arguments, and any other of the class's own header units (which
    # the classes guide's table lists, checked fresh by tests/responses/test_generated.py).
    later = {unit.argument for unit in cls.takes} - optional - required
    assert {n for n, p in parameters.items() if p.default is not inspect.Parameter.empty} == (
        optional | later
    )
    for name in required | optional:
        if name in HEADERS_SET and not (row.code in REDIRECTS and not json):
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY or (
                name in {"location", "permitted_methods"} and not json
            ), name


@pytest.mark.parametrize(("row", "json"), CASES, ids=CASE_IDS)
def test_each_header_argument_sets_its_headers(row: SpecRow, json: bool) -> None:
    response = build(row.code, json=json)
    assert response.status_code == row.code
    arguments = example_arguments(row.code, json=json)
    for name in arguments.keys() & HEADERS_SET.keys():
        for header in HEADERS_SET[name]:
            assert response.has_header(header), (name, header)
    assert response.has_header("Content-Type") is row.allows_content


@pytest.mark.parametrize("row", [r for r in ROWS if r.required], ids=_ids)
def test_leaving_out_a_required_argument_is_an_error(row: SpecRow) -> None:
    cls = response_class(row.code)
    arguments = example_arguments(row.code)
    for name in set(row.required) - {"content_range"}:
        partial = {key: value for key, value in arguments.items() if key != name}
        with pytest.raises(TypeError, match=name):
            cls(**partial)


def test_every_header_argument_has_an_example() -> None:
    assert set(ARGUMENT_EXAMPLES) == set(HEADERS_SET)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_lookup_by_http_status_member(row: SpecRow) -> None:
    if row.code in HTTPStatus._value2member_map_:
        assert response_class(HTTPStatus(row.code)) is response_class(row.code)


@pytest.mark.parametrize("code", [0, 99, 199, 306, 418, 420, 600, 999])
def test_lookup_refuses_unassigned_codes(code: int) -> None:
    with pytest.raises(ResponseValidationError, match=rf"{code} is not an assigned HTTP status"):
        response_class(code)


def test_lookup_refuses_json_for_bodiless_statuses() -> None:
    for code, facts in STATUSES.items():
        if not facts.allows_content:
            with pytest.raises(
                ResponseValidationError, match="forbids content, so it has no JSON"
            ):
                response_class(code, json=True)


def test_lookup_refuses_bool() -> None:
    with pytest.raises(ResponseValidationError, match="not an assigned HTTP status"):
        response_class(True)


def test_status_facts_are_frozen_values() -> None:
    """Equal by their fields, hashable, picklable, printable, never changed in place."""
    facts = STATUSES[429]
    with pytest.raises(AttributeError, match=r"a StatusFacts cannot change; use replace\(\)"):
        facts.code = 430  # type: ignore[misc]
    with pytest.raises(AttributeError, match="a StatusFacts cannot change"):
        del facts.phrase  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(facts)) == facts
    assert copy.deepcopy(facts) == facts
    assert {facts: 1}[copy.copy(facts)] == 1
    assert facts.replace(phrase="Slow Down").phrase == "Slow Down"
    assert facts.replace(phrase="Slow Down") != facts
    assert STATUSES[429].phrase == "Too Many Requests"
    assert repr(STATUSES[204]) == (
        "StatusFacts(code=204, phrase='No Content', name='NoContent', "
        "reference='RFC 9110, Section 15.3.5', body=<Body.FORBIDDEN: 'forbidden'>, "
        "framing=<Framing.NONE: 'none'>)"
    )
