"""A 206's Content-Range is checked against the body, on every path.

Range units are case-insensitive (RFC 9110, Section 14.1), so ``BYTES 0-1/10``
is a byte range like ``bytes 0-1/10`` and must match the content length. The
content is measured whatever Django accepts as content: ``bytes``, ``str``,
``bytearray``, ``memoryview`` and an iterable of chunks (a list). A
Content-Range set after construction is checked against the body as the
constructor checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from django_allresponses import (
    HttpResponsePartialContent,
    JsonResponsePartialContent,
    ResponseValidationError,
)

TEN = b"0123456789"
"""Ten bytes of content: a range of two bytes does not match it."""


@pytest.mark.parametrize("unit", ["BYTES", "Bytes", "bYtEs"])
def test_units_in_any_case_are_checked_against_the_content(unit: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponsePartialContent(TEN, content_range=f"{unit} 0-1/10")
    assert str(caught.value).startswith("HttpResponsePartialContent: ")
    assert "content_range" in str(caught.value)
    assert caught.value.argument in {"content_range", "content"}
    assert HttpResponsePartialContent(TEN, content_range=f"{unit} 0-9/10").content == TEN


@pytest.mark.parametrize("unit", ["BYTES", "Bytes"])
def test_units_in_any_case_are_checked_for_json_twins(unit: str) -> None:
    # "01234567" is 10 bytes as JSON, quotes included.
    with pytest.raises(ResponseValidationError, match="JsonResponsePartialContent: "):
        JsonResponsePartialContent("01234567", safe=False, content_range=f"{unit} 0-1/10")
    response = JsonResponsePartialContent("01234567", safe=False, content_range=f"{unit} 0-9/10")
    assert response.content == b'"01234567"'


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytearray(TEN), id="bytearray"),
        pytest.param(memoryview(TEN), id="memoryview"),
        pytest.param([b"01234", b"56789"], id="list-of-bytes"),
        pytest.param(["01234", "56789"], id="list-of-str"),
        pytest.param((b"0123456789",), id="tuple"),
        pytest.param("0123456789", id="str"),
    ],
)
def test_every_kind_of_content_is_measured(content: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponsePartialContent(content, content_range=(0, 1, 10))  # type: ignore[arg-type]
    assert str(caught.value).startswith("HttpResponsePartialContent: ")
    assert "content" in str(caught.value)
    response = HttpResponsePartialContent(content, content_range=(0, 9, 10))  # type: ignore[arg-type]
    assert response.content == TEN
    assert response["Content-Range"] == "bytes 0-9/10"


def _set(response: Any, value: str) -> None:
    response["Content-Range"] = value


def _set_headers(response: Any, value: str) -> None:
    response.headers["Content-Range"] = value


def _setdefault(response: Any, value: str) -> None:
    del response["Content-Range"]
    response.headers.setdefault("Content-Range", value)


WAYS: list[Any] = [
    pytest.param(_set, id="response[]"),
    pytest.param(_set_headers, id="headers[]"),
    pytest.param(_setdefault, id="setdefault"),
]
RESPONSES: list[Any] = [
    pytest.param(lambda: HttpResponsePartialContent(TEN, content_range=(0, 9, 10)), id="http"),
    pytest.param(
        lambda: JsonResponsePartialContent("01234567", safe=False, content_range=(0, 9, 10)),
        id="json",
    ),
]


@pytest.mark.parametrize("value", ["bytes 0-1/10", "BYTES 0-1/10", "bytes 5-9/10"])
@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("make", RESPONSES)
def test_a_content_range_set_later_is_checked_against_the_content(
    make: Callable[[], Any], way: Callable[[Any, str], None], value: str
) -> None:
    response = make()
    with pytest.raises(ResponseValidationError) as caught:
        way(response, value)
    assert type(response).__name__ in str(caught.value)
    assert "Content-Range" in str(caught.value)
    assert response.get("Content-Range") in (None, "bytes 0-9/10")


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("make", RESPONSES)
def test_a_matching_content_range_set_later_is_kept(
    make: Callable[[], Any], way: Callable[[Any, str], None]
) -> None:
    response = make()
    way(response, "bytes 10-19/20")
    assert response["Content-Range"] == "bytes 10-19/20"
