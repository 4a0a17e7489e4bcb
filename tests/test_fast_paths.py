"""The fast paths give exactly what the slow ones give.

Header arguments: a field's ``accept`` returns what its pydantic adapter returns, or
raises ``ValueError`` and leaves the value to the adapter; it never accepts what the
adapter refuses. JSON: a ``ProblemDetails`` is sent as the filled-in copy would be,
and rows of models as each row's ``model_dump_json(by_alias=True)``.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from http import HTTPMethod
from typing import Any

import pytest
from django.utils.functional import lazystr
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field, ValidationError

from django_allresponses import headers
from django_allresponses.headers import Challenge, ContentRange, HeaderField, Link
from django_allresponses.jsonresponses import JsonResponseNotFound, JsonResponseOK
from django_allresponses.problems import ProblemDetails

FIELDS = {
    name: value
    for name, value in vars(headers).items()
    if isinstance(value, HeaderField) and value.accept is not None
}

SAMPLES: list[object] = [
    "/items/1",
    "",
    "/café",
    "https://authority.example/",
    "http://[::1]:8000/x",
    "http://[zz]/",
    "/search?filter[name]=x",
    "a b",
    "/x\r\nSet-Cookie: a=b",
    "//host/path",
    "mailto:someone@example.com",
    lazystr("/lazy"),
    0,
    120,
    -1,
    1.5,
    -0.0,
    math.nan,
    math.inf,
    True,
    10**30,
    Decimal("1"),
    Fraction(1, 2),
    timedelta(seconds=5),
    timedelta(seconds=-1),
    timedelta(0),
    datetime(2025, 1, 2, 3, 4, 5),
    datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
    ["GET", "HEAD"],
    ["get"],
    "GET",
    ("GET", HTTPMethod.POST),
    {"GET", "PUT"},
    [],
    "websocket",
    ["websocket", "h2c"],
    "TLS/1.2",
    "not a protocol",
    Challenge(scheme="Basic", params={"realm": "example"}),
    'Basic realm="x"',
    "Bearer",
    [Challenge(scheme="Bearer"), 'Basic realm="y"'],
    [Link(href="/style.css", params={"as": "style"})],
    ["/a", "/b"],
    (0, 9, 100),
    (9, 0, 100),
    (0, 9, None),
    (0, 9),
    "bytes 0-9/100",
    "bytes 9-0/100",
    ContentRange(start=0, end=9, total=100),
    (0, 9, 9),
    (True, 9, 100),
    (0, 9.0, 100),
    (-1, 9, 100),
    ("GET", "GET", HTTPMethod.PUT),
    ["GET", "GET"],
    ("websocket",),
    "https://a.example:8000/x?y=1#z",
    "https://a.example/x y",
    "/x\x00",
    "/%zz",
    [Link(href="/a"), Link(href="https://b.example/", rel="next", params={"title": 'a "b" \\'})],
    Challenge(scheme="Bearer", token68="abc=="),
    'Basic realm="x\r\n"',
    None,
    object(),
]


QUICK = {
    name: value
    for name, value in vars(headers).items()
    if isinstance(value, HeaderField) and value.quick is not None
}


def outcome(function: Any, value: object) -> tuple[str, object]:
    try:
        return "ok", function(value)
    except (ValueError, ValidationError):
        return "refused", None


def agrees(field: HeaderField[Any], value: object) -> None:
    adapter = outcome(field.adapter.validate_python, value)
    accepted = outcome(field.accept, value)
    if accepted[0] == "ok":
        assert adapter[0] == "ok", f"{field.argument}: accept took {value!r}, pydantic refuses"
        assert type(accepted[1]) is type(adapter[1])
        assert accepted[1] == adapter[1]


@pytest.mark.parametrize("name", sorted(FIELDS))
@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_accept_takes_only_what_pydantic_takes_and_gives_the_same(
    name: str, value: object
) -> None:
    agrees(FIELDS[name], value)


URI_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="abc/:?#[]@%2F!$&'()*+,;=-._~ é", max_size=30),
    st.sampled_from([str(sample) for sample in SAMPLES if isinstance(sample, str)]),
)


@given(URI_TEXT)
def test_uri_references_agree_on_any_text(value: str) -> None:
    agrees(headers.LOCATION, value)
    # A lazy string skips the shortcut for strings that are already URI references.
    assert outcome(headers.LOCATION.accept, value) == outcome(
        headers.LOCATION.accept, lazystr(value)
    )


@given(
    st.one_of(
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.timedeltas(),
        st.datetimes(),
        st.booleans(),
    )
)
def test_retry_after_agrees_on_any_number(value: object) -> None:
    agrees(headers.RETRY_AFTER, value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@given(
    type_=st.sampled_from(["about:blank", "https://example.com/probs/out-of-credit"]),
    title=st.none() | st.text(max_size=10),
    status=st.sampled_from([None, 404]),
    detail=st.none() | st.text(max_size=10),
    instance=st.none() | st.just("/account/12345/msgs/abc"),
    extensions=st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in {"extensions"}),
        JSON_VALUES,
        max_size=3,
    ),
    indent=st.sampled_from([None, 2]),
)
def test_a_problem_is_sent_as_the_filled_in_copy_would_be(
    type_: str,
    title: str | None,
    status: int | None,
    detail: str | None,
    instance: str | None,
    extensions: dict[str, object],
    indent: int | None,
) -> None:
    extensions = {k: v for k, v in extensions.items() if k not in ProblemDetails.model_fields}
    problem = ProblemDetails(
        type=type_, title=title, status=status, detail=detail, instance=instance, **extensions
    )
    update: dict[str, object] = {"status": 404}
    if type_ == "about:blank" and title is None:
        update["title"] = "Not Found"
    expected = problem.model_copy(update=update).model_dump_json(
        by_alias=True, exclude_none=True, indent=indent
    )
    params = {} if indent is None else {"json_dumps_params": {"indent": indent}}
    assert JsonResponseNotFound(problem, **params).content.decode() == expected


class Address(BaseModel):
    city: str


class Row(BaseModel):
    id: int
    placed: datetime
    total: Decimal
    address: Address
    is_gift: bool = Field(alias="isGift")


class CityAndPostcode(Address):
    postcode: str


def test_rows_of_models_are_sent_as_each_row_would_be() -> None:
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    rows: list[object] = [
        Row(id=n, placed=moment, total=Decimal(n), address=Address(city="x"), isGift=n % 2 == 0)
        for n in range(3)
    ]
    rows.append(
        Row(
            id=9,
            placed=moment,
            total=Decimal(1),
            address=CityAndPostcode(city="y", postcode="1"),
            isGift=False,
        )
    )
    expected = [json.loads(row.model_dump_json(by_alias=True)) for row in rows]  # type: ignore[attr-defined]
    assert json.loads(JsonResponseOK(rows, safe=False).content) == expected
    mixed = [*rows, Address(city="z"), {"plain": True}]
    expected_mixed = [*expected, {"city": "z"}, {"plain": True}]
    assert json.loads(JsonResponseOK(mixed, safe=False).content) == expected_mixed


def renders_alike(field: HeaderField[Any], value: object) -> None:
    """A field's ``quick`` text is what ``render_for`` gives without it; ``None`` otherwise."""
    text = field.quick(value) if field.quick is not None else None
    if text is not None:
        slow = replace(field, quick=None)
        assert slow.render_for("Owner", value) == text, f"{field.argument}: {value!r}"


@pytest.mark.parametrize("name", sorted(QUICK))
@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_quick_renders_only_what_render_for_renders(name: str, value: object) -> None:
    renders_alike(QUICK[name], value)


PLAIN_URI_TEXT = st.builds(
    str.__add__,
    st.sampled_from(["", "/", "//", "http://", "https://", "https://a.b:8", "ftp://", "?"]),
    st.text(alphabet="aZ09-._~!$&'()*+,;=:@/?#[]% \té\r", max_size=20),
)


@given(PLAIN_URI_TEXT)
def test_plain_uri_shortcut_agrees_with_the_full_check(value: str) -> None:
    # A lazy string takes the full way: checks, iri_to_uri(), the RFC 3986 grammar.
    full = outcome(headers.LOCATION.accept, lazystr(value))
    for field in (headers.LOCATION, headers.BLOCKED_BY):
        text = field.quick(value) if field.quick is not None else None
        if text is not None:
            assert full == ("ok", value)
            assert text == field.render(value)
        renders_alike(field, value)


@given(
    st.tuples(
        st.one_of(st.integers(-2, 12), st.booleans(), st.floats(0, 12)),
        st.one_of(st.integers(-2, 12), st.booleans()),
        st.one_of(st.none(), st.integers(-2, 14), st.booleans()),
    )
)
def test_sure_byte_range_agrees_with_content_range(value: tuple[object, object, object]) -> None:
    sure = headers.sure_byte_range(value)
    if sure is not None:
        start, end, total = value
        model = ContentRange.model_validate({"start": start, "end": end, "total": total})
        assert sure == (str(model), model.length)
    renders_alike(headers.CONTENT_RANGE, value)
