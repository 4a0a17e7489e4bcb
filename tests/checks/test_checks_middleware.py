"""ResponseChecksMiddleware's modes (off, log, raise) and the system checks of its settings."""

from __future__ import annotations

import logging
import time
from io import StringIO

import httpx
import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.http import HttpResponse
from django.test import AsyncClient, Client, RequestFactory, override_settings

from django_allresponses import HttpResponseEarlyHints
from django_allresponses.checks.system import check_configuration
from django_allresponses.middleware import (
    InterimResponseError,
    ResponseChecksMiddleware,
    ResponseConformanceError,
)
from django_allresponses.tools.playground.settings import DEFAULT_MIDDLEWARE
from tests.support.servers import REQUEST_TIMEOUT, ServerKind, serve

CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"


def _through(response: HttpResponse, *, mode: str | None = None) -> HttpResponse:
    if mode is None:
        middleware = ResponseChecksMiddleware(lambda request: response)
    else:
        with override_settings(ALLRESPONSES_CHECKS=mode):
            middleware = ResponseChecksMiddleware(lambda request: response)
    sent = middleware(RequestFactory().get("/items/"))
    sent.close()  # as servers do, after sending: "log" mode checks what was sent
    return sent  # type: ignore[return-value]


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="django_allresponses")
    return caplog


def test_log_is_the_default_and_logs_each_finding(logged: pytest.LogCaptureFixture) -> None:
    response = HttpResponse("x", status=205)
    assert _through(response) is response
    assert [(record.levelname, record.getMessage()) for record in logged.records] == [
        (
            "ERROR",
            "HttpResponse (205 Reset Content) for GET /items/: error bodiless-content: a 205 "
            "(Reset Content) response cannot have content; it has 1 bytes "
            "(RFC 9110, Section 15.3.6)",
        ),
    ]
    assert [record.finding.rule for record in logged.records] == [  # type: ignore[attr-defined]
        "bodiless-content",
    ]


def test_off_checks_nothing_but_the_final_1xx(logged: pytest.LogCaptureFixture) -> None:
    response = HttpResponse("x", status=205)
    assert _through(response, mode="off") is response
    assert logged.records == []
    with pytest.raises(InterimResponseError):
        _through(HttpResponseEarlyHints(), mode="off")  # type: ignore[arg-type]


def test_raise_raises_for_errors(logged: pytest.LogCaptureFixture) -> None:
    with pytest.raises(ResponseConformanceError) as raised:
        _through(HttpResponse(status=405), mode="raise")
    assert isinstance(raised.value, ValueError)
    assert str(raised.value) == (
        "HttpResponse (405 Method Not Allowed) for GET /items/ does not conform:\n"
        "  error missing-allow: a 405 (Method Not Allowed) response must send an Allow header "
        "(RFC 9110, Section 15.5.6)\n"
        'If it is meant, silence the rule: ALLRESPONSES_CHECKS_IGNORE = ["missing-allow"] '
        'everywhere, @django_allresponses.checks.ignore("missing-allow") on the view, or '
        '@pytest.mark.allresponses_ignore("missing-allow") on a test.'
    )
    assert raised.value.response_class == "HttpResponse"
    assert [finding.rule for finding in raised.value.findings] == ["missing-allow"]
    with pytest.raises(InterimResponseError):
        _through(HttpResponseEarlyHints(), mode="raise")  # type: ignore[arg-type]
    assert logged.records == []


def test_raise_logs_a_response_with_warnings_only(logged: pytest.LogCaptureFixture) -> None:
    response = HttpResponse(status=302)
    assert _through(response, mode="raise") is response
    assert [(record.levelname, record.finding.rule) for record in logged.records] == [  # type: ignore[attr-defined]
        ("WARNING", "missing-location")
    ]


def test_an_unknown_mode_logs(logged: pytest.LogCaptureFixture) -> None:
    _through(HttpResponse(status=405), mode="loud")
    assert [record.finding.rule for record in logged.records] == ["missing-allow"]  # type: ignore[attr-defined]


_LAST = [*DEFAULT_MIDDLEWARE, CHECKS]


@override_settings(MIDDLEWARE=_LAST, ROOT_URLCONF="tests.support.checks_urls")
def test_through_the_test_client_what_commonmiddleware_adds_is_logged_when_sent(
    logged: pytest.LogCaptureFixture,
) -> None:
    # The view's 204 is fine; CommonMiddleware then adds "Content-Length: 0", which
    # RFC 9110 forbids on a 204: logged when the response is closed.
    response = Client().get("/plain-no-content/")
    assert response["Content-Length"] == "0"
    assert [record.getMessage() for record in logged.records] == [
        "HttpResponse (204 No Content) for GET /plain-no-content/: error "
        "bodiless-content-length: a 204 (No Content) response must not send Content-Length; "
        "got '0' (RFC 9110, Section 8.6)"
    ]
    logged.clear()
    Client().get("/no-content/")  # the library's 204 drops it
    Client().get("/ok/")
    assert logged.records == []


@override_settings(
    MIDDLEWARE=_LAST, ROOT_URLCONF="tests.support.checks_urls", ALLRESPONSES_CHECKS="raise"
)
def test_raise_through_the_test_client() -> None:
    with pytest.raises(ResponseConformanceError, match="missing-allow"):
        Client().get("/missing-allow/")
    assert Client().get("/created/").status_code == 201  # a warning does not raise
    assert Client(raise_request_exception=False).get("/missing-allow/").status_code == 500


@override_settings(
    MIDDLEWARE=_LAST, ROOT_URLCONF="tests.support.checks_urls", ALLRESPONSES_CHECKS="raise"
)
def test_raise_through_the_async_test_client() -> None:
    async def requests() -> int:
        with pytest.raises(ResponseConformanceError, match="missing-allow"):
            await AsyncClient().get("/missing-allow/")
        return (await AsyncClient().get("/ok/")).status_code

    assert async_to_sync(requests)() == 200


def test_system_checks_are_quiet_when_all_is_well() -> None:
    with override_settings(MIDDLEWARE=_LAST, ALLRESPONSES_CHECKS="raise"):
        assert check_configuration() == []
    assert check_configuration() == []  # the test settings: neither middleware nor mode


def test_w001_the_middleware_not_last() -> None:
    middleware = [CHECKS, *DEFAULT_MIDDLEWARE]
    with override_settings(MIDDLEWARE=middleware):
        [message] = check_configuration()
    assert message.id == "django_allresponses.W001"
    assert message.msg == (
        "django_allresponses.middleware.ResponseChecksMiddleware is not last in MIDDLEWARE: "
        "the 7 listed after it (from django.middleware.security.SecurityMiddleware) handle the "
        "view's response before it does, and the 500 it answers for a final 1xx does not pass "
        "through them."
    )
    assert message.hint == "Move it to the end of MIDDLEWARE."
    interim = ["django_allresponses.middleware.InterimResponseMiddleware", *DEFAULT_MIDDLEWARE]
    with override_settings(MIDDLEWARE=interim):
        assert [m.id for m in check_configuration()] == ["django_allresponses.W001"]


def test_w002_an_unknown_mode_and_w003_a_mode_without_the_middleware() -> None:
    with override_settings(MIDDLEWARE=_LAST, ALLRESPONSES_CHECKS="Raise"):
        [message] = check_configuration()
    assert (message.id, message.msg, message.hint) == (
        "django_allresponses.W002",
        "ALLRESPONSES_CHECKS is 'Raise'; the response checks run as for 'log'.",
        "Set it to 'off', 'log' or 'raise'.",
    )
    with override_settings(ALLRESPONSES_CHECKS="log"):
        [message] = check_configuration()
    assert message.id == "django_allresponses.W003"


def test_manage_py_check_runs_them_with_the_app_installed() -> None:
    from django.apps import apps

    assert not apps.is_installed("django_allresponses")  # the package works without it
    with override_settings(
        INSTALLED_APPS=[*settings.INSTALLED_APPS, "django_allresponses"],
        MIDDLEWARE=[CHECKS, "django.middleware.common.CommonMiddleware"],
        ALLRESPONSES_CHECKS="loud",
    ):
        with pytest.raises(SystemCheckError) as raised:
            call_command("check", "--fail-level", "WARNING", stdout=StringIO(), stderr=StringIO())
        assert "django_allresponses.W001" in str(raised.value)
        assert "django_allresponses.W002" in str(raised.value)


@pytest.mark.parametrize("kind", ["gunicorn", "uvicorn-h11"])
def test_under_a_real_server_what_commonmiddleware_adds_is_logged(kind: ServerKind) -> None:
    """The finished response is checked after the server sent it, and the finding logged
    (on stderr, Python's last-resort handler: the test project configures no other)."""
    finding = (
        "HttpResponse (204 No Content) for GET /plain-no-content/: error "
        "bodiless-content-length: a 204 (No Content) response must not send Content-Length; "
        "got '0' (RFC 9110, Section 8.6)"
    )
    with serve(kind, settings="tests.support.settings_checks") as server:
        with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT) as http:
            assert http.get("/ok/").status_code == 200
            assert http.get("/plain-no-content/").status_code == 204
        deadline = time.monotonic() + REQUEST_TIMEOUT
        while finding not in server.log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        logged = server.log.read_text()
    assert finding in logged
    assert logged.count("bodiless-content-length") == 1  # and /ok/ gave no finding
