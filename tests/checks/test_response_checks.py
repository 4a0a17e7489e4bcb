"""The response checks on the way out: a 401 or 407 without its challenge is reported."""
# The modes, the system checks and every other rule: tests/checks/test_checks_middleware.py.

from __future__ import annotations

import logging

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from django_allresponses import Challenge, HttpResponseEarlyHints, response_class
from django_allresponses.middleware import InterimResponseError, ResponseChecksMiddleware

CHALLENGE_HEADERS = {401: "WWW-Authenticate", 407: "Proxy-Authenticate"}


def _through(response: HttpResponse) -> HttpResponse:
    middleware = ResponseChecksMiddleware(lambda request: response)
    sent = middleware(RequestFactory().get("/private"))
    sent.close()  # as servers do, after sending: "log" mode checks what was sent
    return sent  # type: ignore[return-value]


@pytest.mark.parametrize(("code", "header"), CHALLENGE_HEADERS.items())
@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
def test_a_missing_challenge_is_reported(
    code: int, header: str, json: bool, caplog: pytest.LogCaptureFixture
) -> None:
    cls = response_class(code, json=json)
    response = cls({}) if json else cls()
    with caplog.at_level(logging.WARNING, logger="django_allresponses"):
        assert _through(response) is response
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert record.getMessage() == (
        f"{cls.__name__} ({code} {response.reason_phrase}) for GET /private: "
        f"error missing-{header.lower()}: a {code} ({response.reason_phrase}) response must "
        f"send a {header} header (RFC 9110, Section {'15.5.2' if code == 401 else '15.5.8'})"
    )


@pytest.mark.parametrize(("code", "header"), CHALLENGE_HEADERS.items())
def test_a_challenge_set_later_or_given_is_not_reported(
    code: int, header: str, caplog: pytest.LogCaptureFixture
) -> None:
    later = response_class(code)()
    later[header] = 'Basic realm="api"'
    argument = "www_authenticate" if code == 401 else "proxy_authenticate"
    given = response_class(code)(**{argument: Challenge(scheme="Bearer")})
    with caplog.at_level(logging.WARNING, logger="django_allresponses"):
        _through(later)
        _through(given)
        _through(HttpResponse("plain", status=200))
    assert caplog.records == []


def test_django_classes_are_checked_too(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="django_allresponses"):
        _through(HttpResponse(status=401))
    assert (
        "HttpResponse (401 Unauthorized) for GET /private: error missing-www-authenticate: "
        "a 401 (Unauthorized) response must send a WWW-Authenticate header"
    ) in caplog.text


def test_a_final_1xx_still_raises() -> None:
    with pytest.raises(InterimResponseError, match="HttpResponseEarlyHints \\(103 Early Hints\\)"):
        _through(HttpResponseEarlyHints())  # type: ignore[arg-type]
