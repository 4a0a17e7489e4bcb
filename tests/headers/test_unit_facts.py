"""The facts each header unit holds: its RFC section, the statuses that need it (and how
strongly), and an example its own validation takes."""

from __future__ import annotations

import pytest

from django_allresponses import ResponseValidationError
from django_allresponses.headers.units import ARGUMENT_UNITS, BY_HEADER, NEEDED, HeaderUnit
from django_allresponses.responses.base import StatusResponse
from django_allresponses.responses.json import StatusJsonResponse
from django_allresponses.tools.examples import example_arguments
from tests.support.header_arguments import ARGUMENTS, GRAMMARS

JSON = set(StatusJsonResponse.registry.values())


def test_the_statuses_that_need_a_header_and_how_strongly() -> None:
    # RFC 9110: 101 "MUST generate an Upgrade header field" (15.2.2); 206 of one part
    # "MUST generate a Content-Range header field" (15.3.7.1); 301, 302, 307, 308 "SHOULD
    # generate a Location header field" (15.4); 401 "MUST send a WWW-Authenticate header
    # field" (15.5.2); 405 "MUST generate an Allow header field" (15.5.6); 407 "MUST send
    # a Proxy-Authenticate header field" (15.5.8); 416 "SHOULD generate a Content-Range
    # header field" (15.5.17); 426 "MUST send an Upgrade header field" (15.5.22).
    assert {code: (unit.header, level) for code, (unit, level) in NEEDED.items()} == {
        101: ("Upgrade", "MUST"),
        206: ("Content-Range", "MUST"),
        301: ("Location", "SHOULD"),
        302: ("Location", "SHOULD"),
        307: ("Location", "SHOULD"),
        308: ("Location", "SHOULD"),
        401: ("WWW-Authenticate", "MUST"),
        405: ("Allow", "MUST"),
        407: ("Proxy-Authenticate", "MUST"),
        416: ("Content-Range", "SHOULD"),
        426: ("Upgrade", "MUST"),
    }


def test_each_header_names_the_section_of_its_grammar() -> None:
    assert {name: unit.reference for name, unit in ARGUMENT_UNITS.items()} == {
        name: facts.reference for name, facts in ARGUMENTS.items()
    }


def test_each_header_checked_anywhere_has_its_grammar_in_the_tests() -> None:
    # A header set later on any response is checked by one unit's rule (BY_HEADER): each
    # of them has its RFC grammar and a breaking case among the checks' tests.
    assert set(BY_HEADER) == set(GRAMMARS)
    # Every header an argument sets is one of them (as the checks guide says).
    assert {unit.key for unit in ARGUMENT_UNITS.values()} == set(BY_HEADER)
    assert {key: unit.header for key, unit in BY_HEADER.items()} == {
        key: grammar.header for key, grammar in GRAMMARS.items()
    }


def _class_of(argument: str) -> type:
    return next(
        cls
        for cls in (*StatusResponse.registry.values(), *StatusJsonResponse.registry.values())
        if argument in {unit.argument for unit in cls.takes}
    )


VALID = [(name, *pair) for name, facts in ARGUMENTS.items() for pair in facts.valid]
INVALID = [(name, value) for name, facts in ARGUMENTS.items() for value in facts.invalid]


@pytest.mark.parametrize(("argument", "value", "fields"), VALID)
def test_a_valid_value_of_the_table_sets_its_fields(
    argument: str, value: object, fields: dict[str, str]
) -> None:
    cls = _class_of(argument)
    arguments = {**example_arguments(cls.status_code, json=cls in JSON), argument: value}
    response = cls(**arguments)
    assert {header: response[header] for header in fields} == fields


@pytest.mark.parametrize(("argument", "value"), INVALID)
def test_an_invalid_value_of_the_table_is_refused(argument: str, value: object) -> None:
    cls = _class_of(argument)
    arguments = {**example_arguments(cls.status_code, json=cls in JSON), argument: value}
    with pytest.raises(ResponseValidationError) as caught:
        cls(**arguments)
    assert caught.value.argument == argument
    assert str(caught.value).startswith(f"{cls.__name__}: {argument}=")


@pytest.mark.parametrize("unit", ARGUMENT_UNITS.values(), ids=list(ARGUMENT_UNITS))
def test_each_example_is_a_value_of_its_own_argument(unit: HeaderUnit) -> None:
    assert unit.value_for("HttpResponseOK", unit.example)


def test_a_206_in_parts_is_excused_from_content_range() -> None:
    unit, _level = NEEDED[206]
    assert unit.excused("multipart/byteranges; boundary=THIS")
    assert not unit.excused("text/plain")
    assert not NEEDED[416][0].excused("multipart/byteranges; boundary=THIS")
