"""Values of odd types are normalised before they are checked, on every path.

A ``str`` subclass can lie to ``in`` and ``find``; an ``int`` subclass can
give any text to ``str()`` and ``format()``; a ``str`` subclass can format
itself as something else than it holds. Whatever reaches the header store,
the status line or a cookie is checked as the text that will be sent, and
what is kept is a plain ``str``. A bad value is a ``ResponseValidationError``
naming the header or argument (Django's ``BadHeaderError`` is not enough).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.http import HttpResponseBase

from django_allresponses import HttpResponseOK, HttpResponseTooManyRequests
from tests.support.hostile import SET_LATER, LyingFindStr, LyingStr, refused, sneaky_int


class FormatsAsSomethingElse(str):
    """A ``str`` that holds ``"fine"`` but prints (``%s``, ``format``, ``str``) a header line."""

    __slots__ = ()

    def __str__(self) -> str:
        return "fine\r\nSet-Cookie: admin=1"

    def __format__(self, spec: str) -> str:
        return "fine\r\nSet-Cookie: admin=1"


HOSTILE = [
    pytest.param(LyingStr("a\r\nSet-Cookie: admin=1"), id="str-lying-contains"),
    pytest.param(LyingFindStr("a\nSet-Cookie: admin=1"), id="str-lying-find"),
    pytest.param(LyingStr("a\x00b"), id="str-lying-nul"),
    pytest.param(sneaky_int("1\r\nSet-Cookie: admin=1"), id="int-crlf"),
    pytest.param(sneaky_int("1\x00"), id="int-nul"),
    pytest.param(sneaky_int("1\u2028X: y"), id="int-line-separator"),
]


def _headers_dict(response: HttpResponseBase, value: object) -> None:
    HttpResponseOK("x", headers={"X-Custom": value})  # type: ignore[dict-item]


def _headers_pairs(response: HttpResponseBase, value: object) -> None:
    HttpResponseOK("x", headers=[("X-Custom", value)])  # type: ignore[arg-type]


PATHS: list[Any] = [
    *SET_LATER,
    pytest.param(_headers_dict, id="headers-dict"),
    pytest.param(_headers_pairs, id="headers-pairs"),
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("path", PATHS)
def test_hostile_header_values_are_refused_on_every_path(
    path: Callable[[HttpResponseBase, object], None], value: object
) -> None:
    response = HttpResponseOK("x")
    error = refused(lambda: path(response, value), "HttpResponseOK", "X-Custom")
    assert error.argument == "X-Custom"
    assert "X-Custom" not in response


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_headers_with_rules_are_refused(value: object) -> None:
    response = HttpResponseTooManyRequests()

    def assign() -> None:
        response["Retry-After"] = value  # type: ignore[assignment]

    refused(assign, "HttpResponseTooManyRequests", "Retry-After")
    assert "Retry-After" not in response


@pytest.mark.parametrize("value", HOSTILE[:3])
def test_hostile_values_are_refused_as_text_keywords(value: object) -> None:
    refused(lambda: HttpResponseOK("x", reason=value), "HttpResponseOK", "reason")  # type: ignore[arg-type]
    refused(lambda: HttpResponseOK("x", content_type=value), "HttpResponseOK")  # type: ignore[arg-type]
    response = HttpResponseOK("x")
    refused(lambda: response.set_cookie("session", "1", path=value), "HttpResponseOK", "path")  # type: ignore[arg-type]


def test_a_string_that_formats_as_something_else_is_kept_as_plain_text() -> None:
    response = HttpResponseOK("x", headers={"X-Given": FormatsAsSomethingElse("fine")})
    response["X-Custom"] = FormatsAsSomethingElse("fine")
    for name in ("X-Given", "X-Custom"):
        stored = response[name]
        assert type(stored) is str
        # Servers write each header line with %-formatting or an f-string.
        assert f"{stored}" == "%s" % stored == "fine"  # noqa: UP031


def test_a_number_is_kept_as_its_digits() -> None:
    response = HttpResponseTooManyRequests()
    response["X-Count"] = 7  # type: ignore[assignment]
    assert response["X-Count"] == "7"
    assert type(response["X-Count"]) is str
    response["Retry-After"] = 30  # type: ignore[assignment]
    assert response["Retry-After"] == "30"
