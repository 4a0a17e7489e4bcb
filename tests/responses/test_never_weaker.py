"""Never weaker than Django.

One table of hostile inputs (reason phrases, header values, ``headers=``,
content types, redirect targets, a Location set later, cookies) is fed to
Django's own classes and to this library's. Each row records, as a literal,
what Django does today (``"accepted"`` or the exception it raises) and what
this library must do. The Django side is asserted too, so that a Django
release that changes its behaviour shows up here; wherever Django refuses,
this library refuses as well, and it refuses every line break Django lets
through.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from http.cookies import CookieError, Morsel
from typing import Any

import django
import pytest
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.functional import lazystr
from django.utils.http import MAX_URL_REDIRECT_LENGTH

from django_allresponses import (
    HttpResponseFound,
    HttpResponseMovedPermanently,
    HttpResponseOK,
    ResponseValidationError,
)
from tests.support.hostile import LyingStr, sneaky_int


@dataclass(frozen=True)
class Way:
    """How a value reaches a response, on Django's class and on ours."""

    django: Callable[[object], object]
    ours: Callable[[object], object]


def _reason(cls: type[HttpResponse]) -> Callable[[object], object]:
    return lambda value: cls("x", reason=value)


def _reason_phrase(cls: type[HttpResponse]) -> Callable[[object], object]:
    def act(value: object) -> None:
        cls("x").reason_phrase = value

    return act


def _item(cls: type[HttpResponse]) -> Callable[[object], object]:
    def act(value: object) -> None:
        cls("x")["X-Custom"] = value

    return act


def _headers(cls: type[HttpResponse]) -> Callable[[object], object]:
    return lambda value: cls("x", headers={"X-Custom": value})


def _content_type(cls: type[HttpResponse]) -> Callable[[object], object]:
    return lambda value: cls("x", content_type=value)


def _redirect(cls: type[HttpResponseRedirect]) -> Callable[[object], object]:
    return lambda value: cls(value)


def _location_later(cls: type[HttpResponseRedirect]) -> Callable[[object], object]:
    def act(value: object) -> None:
        cls("/start")["Location"] = value

    return act


def _cookie(**fixed: object) -> Callable[[type[HttpResponse]], Callable[[object], object]]:
    """``set_cookie`` with the value given to the attribute named by ``fixed``'s ``at``."""
    at = fixed.pop("at")

    def way(cls: type[HttpResponse]) -> Callable[[object], object]:
        def act(value: object) -> None:
            arguments: dict[str, Any] = {"key": "session", "value": "abc", **fixed}
            arguments[str(at)] = value
            cls("x").set_cookie(**arguments)

        return act

    return way


WAYS: dict[str, Way] = {
    "reason=": Way(_reason(HttpResponse), _reason(HttpResponseOK)),
    "reason_phrase": Way(_reason_phrase(HttpResponse), _reason_phrase(HttpResponseOK)),
    "response[]": Way(_item(HttpResponse), _item(HttpResponseOK)),
    "headers=": Way(_headers(HttpResponse), _headers(HttpResponseOK)),
    "content_type=": Way(_content_type(HttpResponse), _content_type(HttpResponseOK)),
    "redirect 302": Way(_redirect(HttpResponseRedirect), _redirect(HttpResponseFound)),
    "redirect 301": Way(
        _redirect(HttpResponsePermanentRedirect), _redirect(HttpResponseMovedPermanently)
    ),
    "Location later": Way(
        _location_later(HttpResponseRedirect), _location_later(HttpResponseFound)
    ),
    "cookie key": Way(_cookie(at="key")(HttpResponse), _cookie(at="key")(HttpResponseOK)),
    "cookie value": Way(_cookie(at="value")(HttpResponse), _cookie(at="value")(HttpResponseOK)),
    "cookie path": Way(_cookie(at="path")(HttpResponse), _cookie(at="path")(HttpResponseOK)),
    "cookie domain": Way(_cookie(at="domain")(HttpResponse), _cookie(at="domain")(HttpResponseOK)),
    "cookie samesite": Way(
        _cookie(at="samesite")(HttpResponse), _cookie(at="samesite")(HttpResponseOK)
    ),
}

ACCEPTED = "accepted"


def cookie_attribute(value: str) -> str:
    """What Django does with ``value`` as a cookie's path or domain: it copies it into the
    cookie, and this Python's ``http.cookies`` refuses it (``"CookieError"``) or not.

    Security releases of the standard library started checking attribute values; older
    ones, still supported, accept anything.
    """
    morsel = Morsel()
    try:
        morsel["path"] = value
    except CookieError:
        return "CookieError"
    return ACCEPTED


RVE = "ResponseValidationError"

# Django 6.1 refuses control characters in the reason phrase (its setter, which its
# __init__ uses); a lazy string there is a TypeError. Django 5.2 and 6.0 take them all.
SINCE_61 = django.VERSION >= (6, 1)
SINCE_61_BAD = "BadHeaderError" if SINCE_61 else ACCEPTED
SINCE_61_TYPE = "TypeError" if SINCE_61 else ACCEPTED
BAD_HEADER = "BadHeaderError"
DISALLOWED = "DisallowedRedirect"
LONG = "/" + "a" * MAX_URL_REDIRECT_LENGTH

TABLE: list[dict[str, Any]] = [
    # The status line: Django checks neither reason= nor reason_phrase.
    {"way": "reason=", "value": "OK\r\nSet-Cookie: a=1", "django": SINCE_61_BAD, "ours": RVE},
    {"way": "reason=", "value": "OK\n", "django": SINCE_61_BAD, "ours": RVE},
    {"way": "reason=", "value": "OK\x00", "django": SINCE_61_BAD, "ours": RVE},
    {"way": "reason=", "value": "OK\u2028", "django": ACCEPTED, "ours": RVE},
    {"way": "reason=", "value": lazystr("OK\r\nX: y"), "django": SINCE_61_TYPE, "ours": RVE},
    {
        "way": "reason_phrase",
        "value": "OK\r\nSet-Cookie: a=1",
        "django": SINCE_61_BAD,
        "ours": RVE,
    },
    {"way": "reason_phrase", "value": "OK\x85", "django": SINCE_61_BAD, "ours": RVE},
    {"way": "reason_phrase", "value": lazystr("OK\nX: y"), "django": SINCE_61_TYPE, "ours": RVE},
    # Header values: Django refuses CR and LF, in any form it turns into text.
    {"way": "response[]", "value": "a\r\nSet-Cookie: a=1", "django": BAD_HEADER, "ours": RVE},
    {"way": "response[]", "value": "a\rb", "django": BAD_HEADER, "ours": RVE},
    {"way": "response[]", "value": b"a\nb", "django": BAD_HEADER, "ours": RVE},
    {"way": "response[]", "value": lazystr("a\nb"), "django": BAD_HEADER, "ours": RVE},
    {"way": "response[]", "value": sneaky_int("1\r\nX: y"), "django": BAD_HEADER, "ours": RVE},
    {"way": "response[]", "value": "a\x00b", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": lazystr("a\x00b"), "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": "a\u2028b", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": "a\u2029b", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": "a\x85b", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": "a\x0bb", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": "a\x0cb", "django": ACCEPTED, "ours": RVE},
    {"way": "response[]", "value": LyingStr("a\r\nb"), "django": ACCEPTED, "ours": RVE},
    {"way": "headers=", "value": "a\r\nb", "django": BAD_HEADER, "ours": RVE},
    {"way": "headers=", "value": b"a\r\nb", "django": BAD_HEADER, "ours": RVE},
    {"way": "headers=", "value": "a\u2028b", "django": ACCEPTED, "ours": RVE},
    {"way": "headers=", "value": LyingStr("a\nb"), "django": ACCEPTED, "ours": RVE},
    {"way": "content_type=", "value": "text/html\r\nX: y", "django": BAD_HEADER, "ours": RVE},
    {"way": "content_type=", "value": b"text/html\x00", "django": ACCEPTED, "ours": RVE},
    {"way": "content_type=", "value": "text/html\u2028", "django": ACCEPTED, "ours": RVE},
    # Redirect targets: Django percent-encodes CR and LF (iri_to_uri), so /a%0D%0A is sent.
    {
        "way": "redirect 302",
        "value": "javascript:alert(1)",
        "django": DISALLOWED,
        "ours": DISALLOWED,
    },
    {"way": "redirect 302", "value": "data:text/html,x", "django": DISALLOWED, "ours": DISALLOWED},
    {"way": "redirect 301", "value": "vbscript:x", "django": DISALLOWED, "ours": DISALLOWED},
    {"way": "redirect 302", "value": LONG, "django": DISALLOWED, "ours": DISALLOWED},
    {"way": "redirect 302", "value": "/a\r\nSet-Cookie: a=1", "django": ACCEPTED, "ours": RVE},
    {"way": "redirect 301", "value": "/a\nb", "django": ACCEPTED, "ours": RVE},
    {"way": "redirect 302", "value": "/a\x00b", "django": ACCEPTED, "ours": RVE},
    {"way": "redirect 302", "value": "/a\u2028b", "django": ACCEPTED, "ours": RVE},
    {
        "way": "Location later",
        "value": "javascript:alert(1)",
        "django": ACCEPTED,
        "ours": DISALLOWED,
    },
    {"way": "Location later", "value": "/a\r\nX: y", "django": BAD_HEADER, "ours": RVE},
    # Cookies: http.cookies quotes values but copies attributes as they are.
    {"way": "cookie key", "value": "a b", "django": "CookieError", "ours": RVE},
    {"way": "cookie key", "value": "a\r\nb", "django": "CookieError", "ours": RVE},
    {"way": "cookie value", "value": "a\r\nSet-Cookie: b=1", "django": ACCEPTED, "ours": RVE},
    {
        "way": "cookie path",
        "value": "/\r\nSet-Cookie: a=1",
        "django": cookie_attribute("/\r\nSet-Cookie: a=1"),
        "ours": RVE,
    },
    {
        "way": "cookie domain",
        "value": "example.com\r\nX: y",
        "django": cookie_attribute("example.com\r\nX: y"),
        "ours": RVE,
    },
    {"way": "cookie path", "value": "/\x00", "django": cookie_attribute("/\x00"), "ours": RVE},
    {"way": "cookie samesite", "value": "Lax\r\nX: y", "django": "ValueError", "ours": RVE},
    {"way": "cookie samesite", "value": "Sometimes", "django": "ValueError", "ours": RVE},
]


def _outcome(act: Callable[[object], object], value: object) -> str:
    try:
        act(value)
    except ResponseValidationError:
        return RVE  # or one of its documented subclasses (HeaderValueError, ...)
    except Exception as error:
        return type(error).__name__
    return ACCEPTED


@pytest.mark.parametrize(
    "row", [pytest.param(row, id=f"{row['way']}-{row['value']!r}"[:60]) for row in TABLE]
)
def test_never_weaker_than_django(row: dict[str, Any]) -> None:
    way = WAYS[row["way"]]
    assert _outcome(way.django, row["value"]) == row["django"], "Django's behaviour changed"
    assert _outcome(way.ours, row["value"]) == row["ours"]


def test_the_table_never_expects_less_of_us_than_of_django() -> None:
    for row in TABLE:
        assert row["django"] == ACCEPTED or row["ours"] != ACCEPTED, row
    assert {row["way"] for row in TABLE} == set(WAYS)
