"""Log mode remembers the responses it found clean (`Engine.sent_clean`): a response like
one of them, whose length, JSON or content breaks a rule, is still reported."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from django.http import HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.test import RequestFactory
from django.urls import ResolverMatch

from django_allresponses import JsonResponseOK
from django_allresponses.checks.engine import ENGINE
from django_allresponses.checks.middleware import ResponseChecksMiddleware


def _view(request: object) -> HttpResponse:
    return HttpResponse()


def _page(content: bytes, length: str) -> HttpResponse:
    response = HttpResponse(content)
    response["Content-Length"] = length
    return response


def _replaced(response: HttpResponseBase) -> HttpResponseBase:
    """``response`` with a content its class did not serialize, which is no JSON text."""
    response.content = b'{"a": NaN}'  # type: ignore[attr-defined]
    return response


def _logged(response: HttpResponseBase, caplog: pytest.LogCaptureFixture) -> list[str]:
    """The rules log mode logs for ``response``, sent and closed as a server does."""
    request = RequestFactory().get("/repeated")
    request.resolver_match = ResolverMatch(_view, (), {})
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="django_allresponses"):
        sent = ResponseChecksMiddleware(lambda request: response)(request)
        sent.close()  # type: ignore[union-attr]
    return [getattr(record, "finding", record).rule for record in caplog.records]


CASES: dict[str, tuple[Callable[[], HttpResponseBase], Callable[[], HttpResponseBase], str]] = {
    "a page whose length is not its content's": (
        lambda: _page(b"hello", "5"),
        lambda: _page(b"hello!", "5"),
        "content-length-mismatch",
    ),
    "a page whose length is no number": (
        lambda: _page(b"hello", "5"),
        lambda: _page(b"hello", "five"),
        "invalid-content-length",
    ),
    "Django's JsonResponse holding NaN": (
        lambda: JsonResponse({"a": 1}),
        lambda: JsonResponse({"a": float("nan")}),
        "invalid-json",
    ),
    "a twin holding NaN": (
        lambda: JsonResponseOK({"a": 1}),
        lambda: _replaced(JsonResponseOK({"a": 1})),
        "invalid-json",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_response_like_one_found_clean_is_still_checked(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    clean, broken, rule = CASES[case]
    assert _logged(clean(), caplog) == []
    assert _logged(clean(), caplog) == []  # told clean, and remembered
    remembered = len(ENGINE.repeats)
    assert _logged(clean(), caplog) == []  # told by the lookup
    assert len(ENGINE.repeats) == remembered
    assert _logged(broken(), caplog) == [rule]


def test_a_clean_response_is_remembered_once(caplog: pytest.LogCaptureFixture) -> None:
    ENGINE.repeats.clear()
    for _ in range(4):
        assert _logged(_page(b"<p>remembered</p>", "17"), caplog) == []
    assert len(ENGINE.repeats) == 1
