"""Never weaker than Django on text it cannot send: each value below is refused by Django
(the exception it raises is written as a literal and asserted, so a Django release that
changes shows up here), and by every class and JSON twin of this library as a
``ResponseValidationError`` naming the argument, never as another exception.

* a lone surrogate (U+D800) in content, ``content_type``, ``charset``, ``headers=`` or a
  header value set later: Django raises ``UnicodeEncodeError`` as it encodes it;
* an int of more than 4,300 digits as content: Django raises ``ValueError`` (``str()``
  refuses it);
* bytes as ``reason``: Django takes them and its WSGI handler sends their repr,
  ``200 b'OK'``, on the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.test import RequestFactory

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import example_arguments
from tests.support.servers import every_class

# once: this library's own checks over every class, the same under any Django.
pytestmark = [pytest.mark.once]

SURROGATE = "\ud800"
LONG_INT = 10**4300
"""4,301 digits: one more than ``str()`` writes out by default."""

EVERY_CLASS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
]
WITH_CONTENT = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
    if STATUSES[code].allows_content
]
HTTP_WITH_CONTENT = [
    pytest.param(code, id=response_class(code).__name__)
    for code, json in every_class()
    if STATUSES[code].allows_content and not json
]


def _build(code: int, json: bool, **extra: Any) -> HttpResponseBase:
    return response_class(code, json=json)(**{**example_arguments(code, json=json), **extra})


def _django(json: bool, **extra: Any) -> HttpResponseBase:
    """Django's own class for the same arguments: ``JsonResponse`` for a twin."""
    if json:
        return JsonResponse({}, **extra)
    return HttpResponse(**extra)


def _django_raises(action: Callable[[], object]) -> str:
    try:
        action()
    except Exception as error:
        return type(error).__name__
    return "accepted"


def _refused(action: Callable[[], object], cls: str, argument: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        action()
    assert caught.value.argument == argument
    assert caught.value.response_class == cls
    assert argument in str(caught.value)
    assert str(caught.value).startswith(f"{cls}: ")


# --- lone surrogates ------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_a_surrogate_in_headers_is_refused(code: int, json: bool) -> None:
    assert _django_raises(lambda: _django(json, headers={"X-Note": SURROGATE})) == (
        "UnicodeEncodeError"
    )
    cls = response_class(code, json=json).__name__
    _refused(lambda: _build(code, json, headers={"X-Note": "a" + SURROGATE}), cls, "X-Note")


@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_a_surrogate_in_a_header_set_later_is_refused(code: int, json: bool) -> None:
    django = _django(json)
    assert _django_raises(lambda: django.__setitem__("X-Note", SURROGATE)) == (
        "UnicodeEncodeError"
    )
    response = _build(code, json)
    _refused(lambda: response.__setitem__("X-Note", SURROGATE), type(response).__name__, "X-Note")
    assert "X-Note" not in response


@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_a_surrogate_in_content_type_is_refused(code: int, json: bool) -> None:
    assert _django_raises(lambda: _django(json, content_type="text/plain" + SURROGATE)) == (
        "UnicodeEncodeError"
    )
    cls = response_class(code, json=json).__name__
    _refused(
        lambda: _build(code, json, content_type="text/plain" + SURROGATE), cls, "content_type"
    )


@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_a_surrogate_in_charset_is_refused(code: int, json: bool) -> None:
    assert _django_raises(lambda: _django(json, charset=SURROGATE)) == "UnicodeEncodeError"
    cls = response_class(code, json=json).__name__
    _refused(lambda: _build(code, json, charset=SURROGATE), cls, "charset")


@pytest.mark.parametrize("code", HTTP_WITH_CONTENT)
def test_a_surrogate_in_content_is_refused(code: int) -> None:
    assert _django_raises(lambda: HttpResponse("a" + SURROGATE)) == "UnicodeEncodeError"
    cls = response_class(code).__name__
    _refused(lambda: _build(code, False, content="a" + SURROGATE), cls, "content")


@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_a_surrogate_in_content_set_or_written_later_is_refused(code: int, json: bool) -> None:
    django = _django(json)
    assert _django_raises(lambda: setattr(django, "content", SURROGATE)) == "UnicodeEncodeError"
    assert _django_raises(lambda: django.write(SURROGATE)) == "UnicodeEncodeError"  # type: ignore[attr-defined]
    response = _build(code, json)
    before = response.content  # type: ignore[attr-defined]
    name = type(response).__name__
    _refused(lambda: setattr(response, "content", ["a", SURROGATE]), name, "content")
    _refused(lambda: response.write(SURROGATE), name, "content")  # type: ignore[attr-defined]
    assert response.content == before  # type: ignore[attr-defined]


# --- an int longer than Python writes out ---------------------------------------------------


@pytest.mark.parametrize("code", HTTP_WITH_CONTENT)
def test_an_int_of_more_than_4300_digits_as_content_is_refused(code: int) -> None:
    assert _django_raises(lambda: HttpResponse(LONG_INT)) == "ValueError"
    cls = response_class(code).__name__
    _refused(lambda: _build(code, False, content=LONG_INT), cls, "content")
    with pytest.raises(ResponseValidationError, match="Exceeds the limit \\(4300 digits\\)"):
        _build(code, False, content=LONG_INT)


@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_an_int_of_more_than_4300_digits_set_later_is_refused(code: int, json: bool) -> None:
    assert _django_raises(lambda: setattr(_django(json), "content", LONG_INT)) == "ValueError"
    response = _build(code, json)
    _refused(lambda: setattr(response, "content", LONG_INT), type(response).__name__, "content")


def test_an_int_of_4300_digits_is_still_its_digits() -> None:
    digits = 10**4299
    assert HttpResponse(digits).content == b"1" + b"0" * 4299
    assert response_class(200)(digits).content == b"1" + b"0" * 4299  # type: ignore[call-arg]


def test_long_int_data_in_a_twin_is_refused_as_data() -> None:
    assert _django_raises(lambda: JsonResponse(LONG_INT, safe=False)) == "ValueError"
    _refused(
        lambda: response_class(200, json=True)(LONG_INT, safe=False), "JsonResponseOK", "data"
    )  # type: ignore[call-arg]


# --- bytes as the reason phrase -------------------------------------------------------------


class _Answer(WSGIHandler):
    """Django's WSGI handler answering every request with ``response``."""

    def __init__(self, response: HttpResponseBase) -> None:
        super().__init__()
        self.response = response

    def get_response(self, request: HttpRequest) -> HttpResponseBase:
        return self.response


def _status_line(response: HttpResponseBase) -> str:
    sent: list[str] = []
    environ = RequestFactory().get("/").environ
    _Answer(response)(environ, lambda status, headers: sent.append(status))  # type: ignore[arg-type]
    return sent[0]


def test_django_sends_the_repr_of_bytes_as_its_reason_phrase() -> None:
    assert _status_line(HttpResponse(reason=b"OK")) == "200 b'OK'"  # type: ignore[arg-type]
    assert _status_line(response_class(200)(reason="Fine")) == "200 Fine"  # type: ignore[call-arg]


@pytest.mark.parametrize("reason", [b"OK", bytearray(b"OK"), memoryview(b"OK")])
@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_bytes_as_reason_are_refused(code: int, json: bool, reason: object) -> None:
    cls = response_class(code, json=json).__name__
    _refused(lambda: _build(code, json, reason=reason), cls, "reason")
    response = _build(code, json)

    def assign() -> None:
        response.reason_phrase = reason  # type: ignore[assignment]

    _refused(assign, cls, "reason")
    assert response.reason_phrase == STATUSES[code].phrase
