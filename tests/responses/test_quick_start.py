"""Building a response without Django's ``__init__`` (``construction.start``) and with it
(``store.adopt``) gives the same response, for every class.

The quick way is a shortcut into what Django's ``HttpResponse.__init__`` sets; it is
taken only where an import-time probe finds Django setting exactly that
(``construction.QUICK_START``), and the plain way is kept for any other Django.
"""

from __future__ import annotations

from typing import Any

import django
import pytest
from django.http import HttpResponse

from django_allresponses import ResponseValidationError, response_class
from django_allresponses.responses import construction
from django_allresponses.tools.examples import example_arguments
from tests.support.servers import every_class


def _state(code: int, json: bool, quick: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(construction, "QUICK_START", quick)
    cls = response_class(code, json=json)
    response = cls(**example_arguments(code, json=json), headers={"X-Request-Id": "abc-123"})
    response.set_cookie("session", "s3cr3t", path="/app", samesite="Lax")
    with pytest.raises(ResponseValidationError):
        response["X-Note"] = "a\r\nSet-Cookie: admin=1"
    return {
        "class": type(response),
        "status": (response.status_code, response.reason_phrase),
        "headers": list(response.items()),
        "content": response.content,
        "container": response.__dict__["_container"],
        "charset": response.charset,
        "cookies": response.cookies.output(),
        "attributes": sorted(response.__dict__),
        "store": (type(response.headers).__name__, type(response.cookies).__name__),
    }


@pytest.mark.parametrize(
    ("code", "json"),
    every_class(),
    ids=[response_class(c, json=j).__name__ for c, j in every_class()],
)
def test_both_ways_build_the_same_response(
    code: int, json: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = _state(code, json, True, monkeypatch)
    plain = _state(code, json, False, monkeypatch)
    assert quick == plain
    assert quick["store"] == ("CheckedHeaders", "CheckedCookies")


def test_the_attributes_are_djangos_own() -> None:
    """What the quick way sets is what Django's HttpResponse.__init__ sets, by name."""
    assert set(HttpResponse(b"x").__dict__) == {
        "headers",
        "_charset",
        "_resource_closers",
        "_handler_class",
        "cookies",
        "closed",
        "_reason_phrase",
        "_container",
    }


def test_the_quick_way_is_taken_on_every_supported_django() -> None:
    """Django 5.2 to 6.1 set exactly this state; a Django that does not falls back."""
    assert django.VERSION[:2] in {(5, 2), (6, 0), (6, 1)}
    assert construction.QUICK_START is True


def test_a_content_type_outside_latin_1_is_mime_encoded_as_django_does() -> None:
    ours = response_class(200)(b"x", content_type="text/plain; title=café€")
    theirs = HttpResponse(b"x", content_type="text/plain; title=café€")
    assert ours["Content-Type"] == theirs["Content-Type"]
    assert ours["Content-Type"].startswith("=?utf-8?")


@pytest.mark.parametrize(
    ("content", "options", "expected"),
    [
        ("é", {}, b"\xc3\xa9"),
        ("é", {"charset": "latin-1"}, b"\xe9"),
        ("é", {"content_type": "text/plain; charset=latin-1"}, b"\xe9"),
        ("é", {"content_type": "text/plain"}, b"\xc3\xa9"),
        (b"\xe9", {}, b"\xe9"),
        (memoryview(b"ab"), {}, b"ab"),
        (42, {}, b"42"),
        ([b"a", "é"], {}, b"a\xc3\xa9"),
    ],
    ids=["text", "charset", "charset-in-type", "type-without-charset", "bytes", "memoryview",
         "int", "list"],
)  # fmt: skip
@pytest.mark.parametrize("quick", [True, False], ids=["quick", "plain"])
def test_content_is_encoded_as_django_encodes_it(
    content: object,
    options: dict[str, Any],
    expected: bytes,
    quick: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(construction, "QUICK_START", quick)
    theirs = HttpResponse(content, **options)
    ours = response_class(200)(content, **options)
    assert ours.content == expected
    assert theirs.content == expected


@pytest.mark.parametrize("quick", [True, False], ids=["quick", "plain"])
def test_json_text_follows_default_charset(quick: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """application/json names no charset: Django encodes in DEFAULT_CHARSET, read per response."""
    monkeypatch.setattr(construction, "QUICK_START", quick)
    from django.http import JsonResponse
    from django.test import override_settings

    twin = response_class(200, json=True)
    params = {"ensure_ascii": False}
    with override_settings(DEFAULT_CHARSET="latin-1"):
        assert twin({"a": "é"}, json_dumps_params=params).content == b'{"a": "\xe9"}'
        assert JsonResponse({"a": "é"}, json_dumps_params=params).content == b'{"a": "\xe9"}'
    assert twin({"a": "é"}, json_dumps_params=params).content == b'{"a": "\xc3\xa9"}'
    assert twin({"a": "é"}, json_dumps_params=params)["Content-Type"] == "application/json"
