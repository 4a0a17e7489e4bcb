"""As a property: whatever a response accepts, a strict HTTP/1.1 parser accepts.

For every class and JSON twin, hypothesis picks a way of setting a value
(a header argument or Django's ``content_type=``/``charset=``/``reason=`` in
the constructor, ``headers=`` as a dict or as pairs, ``response[...] = …``,
``response.headers[...] = …``, ``setdefault``, ``reason_phrase``,
``set_cookie``), a header name and a value in any form (``str`` with line
breaks, controls, Latin-1 and other letters; ``bytes``; lazy strings;
numbers; a ``str`` subclass whose ``in`` lies; an ``int`` whose ``str()``
lies). The response may refuse the value (``ResponseValidationError``, or
Django's ``DisallowedRedirect`` for a redirect target); nothing else may
escape. What it accepts is serialized as a WSGI server writes it (Django's
``WSGIHandler``: the status line from ``status_code`` and ``reason_phrase``,
``response.items()``, one ``Set-Cookie`` per cookie; each line formatted as
text and encoded as Latin-1) and fed to h11 as a client: h11 must parse the
head and find every header name and value exactly as sent.

The hypothesis profile is the property tests' own (``quick`` by default,
``HYPOTHESIS_PROFILE=long`` for more examples); each class reports its first
failure only, shrunk.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import h11
import pytest
from django.core.exceptions import DisallowedRedirect
from django.http import HttpResponseBase
from django.utils.functional import lazystr
from hypothesis import given, settings
from hypothesis import strategies as st

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import (
    ARGUMENT_EXAMPLES,
    example_arguments,
    header_arguments,
)
from tests.headers.test_properties import PROFILE
from tests.support.hostile import LyingStr, sneaky_int
from tests.support.servers import every_class

# once: generated cases over every class: this library's own checks, the same under any Django.
pytestmark = [pytest.mark.slow, pytest.mark.once]

CLASSES = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
]
REFUSALS = (ResponseValidationError, DisallowedRedirect)
"""What a response may raise for a value it does not take."""

# --- values -----------------------------------------------------------------------------------

CHARACTERS = [
    *"aZ09 -_/;=,.:\"'<>",
    *["\t", "\r", "\n", "\r\n", "\x00", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"],
    *["\x01", "\x1f", "\x7f", "é", "ÿ", "中", "€", "\ufeff"],
]
"""Plain text, every line break, other controls, Latin-1 and non-Latin-1 letters."""
texts = st.lists(st.sampled_from(CHARACTERS), max_size=10).map("".join)


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


values: st.SearchStrategy[object] = st.one_of(
    texts,
    texts.map(lazystr),
    texts.map(LyingStr),
    texts.filter(_latin1).map(lambda text: text.encode("latin-1")),
    st.integers(-(10**6), 10**9),
    texts.map(sneaky_int),
)
TCHAR = "!#$%&'*+-.^_`|~" + string.ascii_letters + string.digits
RULED = [
    "Retry-After",
    "Location",
    "Content-Location",
    "Content-Range",
    "Allow",
    "Link",
    "Upgrade",
    "WWW-Authenticate",
    "Content-Type",
    "Vary",
    "Cache-Control",
    "ETag",
]
FRAMING = {"content-length", "transfer-encoding"}
"""Left out: a wrong length is a framing error for h11, not a head it refuses."""
names = st.one_of(
    st.sampled_from(RULED),
    st.text(TCHAR, min_size=1, max_size=10).filter(lambda name: name.lower() not in FRAMING),
    st.sampled_from(["X A", "X:Y", "", "Ünï", "X\r\nY"]),
)
cookie_keys = st.text(TCHAR, min_size=1, max_size=8)

# --- ways of setting a value ------------------------------------------------------------------


def _constructor_keywords(code: int, json: bool) -> list[str]:
    """Keyword arguments of the class whose value ends in the head."""
    cls = response_class(code, json=json)
    keywords = [name for name in header_arguments(cls) if isinstance(ARGUMENT_EXAMPLES[name], str)]
    if STATUSES[code].allows_content:
        keywords += ["content_type", "charset"]
    return [*keywords, "reason"]


Setter = Callable[[int, bool, st.DataObject], HttpResponseBase]


def _build(code: int, json: bool, **extra: Any) -> Any:
    return response_class(code, json=json)(**{**example_arguments(code, json=json), **extra})


def _constructor(code: int, json: bool, data: st.DataObject) -> Any:
    keyword = data.draw(st.sampled_from(_constructor_keywords(code, json)), label="keyword")
    return _build(code, json, **{keyword: data.draw(values, label="value")})


def _headers_dict(code: int, json: bool, data: st.DataObject) -> Any:
    name, value = data.draw(names, label="name"), data.draw(values, label="value")
    return _build(code, json, headers={name: value})


def _headers_pairs(code: int, json: bool, data: st.DataObject) -> Any:
    pairs = data.draw(st.lists(st.tuples(names, values), min_size=1, max_size=3), label="pairs")
    return _build(code, json, headers=pairs)


def _later(assign: Callable[[Any, str, object], object]) -> Setter:
    def setter(code: int, json: bool, data: st.DataObject) -> Any:
        response = _build(code, json)
        name, value = data.draw(names, label="name"), data.draw(values, label="value")
        assign(response, name, value)
        assert response.has_header(name), "an accepted header went missing"
        return response

    return setter


def _item(response: Any, name: str, value: object) -> None:
    response[name] = value


def _headers_item(response: Any, name: str, value: object) -> None:
    response.headers[name] = value


def _setdefault(response: Any, name: str, value: object) -> None:
    response.headers.setdefault(name, value)


def _reason_phrase(code: int, json: bool, data: st.DataObject) -> Any:
    response = _build(code, json)
    response.reason_phrase = data.draw(values, label="reason_phrase")
    return response


def _set_cookie(code: int, json: bool, data: st.DataObject) -> Any:
    response = _build(code, json)
    cookie: dict[str, Any] = {"key": data.draw(cookie_keys, label="key"), "value": "v"}
    slot = data.draw(st.sampled_from(["value", "path", "domain", "samesite"]), label="slot")
    cookie[slot] = data.draw(values | st.sampled_from(["Lax", "Strict", "None"]), label=slot)
    response.set_cookie(**cookie)
    return response


WAYS: dict[str, Setter] = {
    "constructor": _constructor,
    "headers=": _headers_dict,
    "headers= pairs": _headers_pairs,
    "response[]": _later(_item),
    "headers[]": _later(_headers_item),
    "setdefault": _later(_setdefault),
    "reason_phrase": _reason_phrase,
    "set_cookie": _set_cookie,
}

# --- the head as a WSGI server writes it, parsed by h11 --------------------------------------


def wsgi_head(response: HttpResponseBase) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The head a WSGI server sends for ``response``, and the fields it holds, as bytes.

    As Django's ``WSGIHandler`` hands them over (``"%d %s"`` status, ``items()``, one
    ``Set-Cookie`` per cookie) and as gunicorn writes them (``"%s: %s\\r\\n"``, Latin-1).
    """
    status = "%d %s" % (response.status_code, response.reason_phrase)  # noqa: UP031
    fields = [
        *response.items(),
        *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
    ]
    lines = [f"HTTP/1.1 {status}\r\n"]
    lines += ["%s: %s\r\n" % (name, value) for name, value in fields]  # noqa: UP031
    head = "".join(lines).encode("latin-1") + b"\r\n"
    # h11 drops the space Django puts before each cookie, as ASGI servers do (.strip()).
    sent = [(f"{name}".encode("latin-1"), f"{value}".encode("latin-1")) for name, value in fields]
    sent[len(fields) - len(response.cookies) :] = [
        (b"Set-Cookie", cookie.output(header="").strip().encode("latin-1"))
        for cookie in response.cookies.values()
    ]
    return head, sent


def parse_head(head: bytes, code: int) -> h11.Response | h11.InformationalResponse:
    """What a strict HTTP/1.1 client (h11) makes of ``head``, sent in answer to a GET."""
    client = h11.Connection(h11.CLIENT)
    request = [("Host", "127.0.0.1")]
    if code == 101:  # h11 takes a 101 only in answer to an upgrade request
        request += [("Connection", "Upgrade"), ("Upgrade", "websocket")]
    client.send(h11.Request(method="GET", target="/", headers=request))
    client.send(h11.EndOfMessage())
    client.receive_data(head)
    event = client.next_event()
    assert isinstance(event, h11.Response | h11.InformationalResponse), event
    return event


@pytest.mark.parametrize(("code", "json"), CLASSES)
@settings(parent=PROFILE, report_multiple_bugs=False)
@given(data=st.data())
def test_whatever_is_accepted_reaches_a_strict_parser_as_sent(
    code: int, json: bool, data: st.DataObject
) -> None:
    way = data.draw(st.sampled_from(sorted(WAYS)), label="way")
    try:
        response = WAYS[way](code, json, data)
    except REFUSALS:
        return
    head, sent = wsgi_head(response)
    event = parse_head(head, code)
    assert event.status_code == code
    assert event.reason == f"{response.reason_phrase}".encode("latin-1")
    assert list(event.headers.raw_items()) == sent
    for _, value in sent:
        assert b"\r" not in value and b"\n" not in value and b"\x00" not in value


@pytest.mark.parametrize(
    ("value", "on_the_wire"),
    [
        ("plain", b"plain"),
        ("ümlaut", b"\xfcmlaut"),
        ("中文", b"=?utf-8?b?5Lit5paH?="),
        (42, b"42"),
        (b"bytes", b"bytes"),
        (lazystr("lazy"), b"lazy"),
        (LyingStr("lying"), b"lying"),
    ],
    ids=["ascii", "latin-1", "cjk", "int", "bytes", "lazy", "lying"],
)
def test_ordinary_values_go_through(value: object, on_the_wire: bytes) -> None:
    response = response_class(200)("x", headers={"X-Value": value})
    response["X-Later"] = value
    response.set_cookie("session", "abc", path="/app")
    head, sent = wsgi_head(response)
    event = parse_head(head, 200)
    assert list(event.headers.raw_items()) == sent
    received = dict(event.headers.raw_items())
    assert received[b"X-Value"] == received[b"X-Later"] == on_the_wire
    assert received[b"Set-Cookie"] == b"session=abc; Path=/app"
    assert event.reason == b"OK"
