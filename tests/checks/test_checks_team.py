"""The checks a team keeps on: an ``int`` status of any type, silencing, the report mode and
a raise-mode 500 that explains itself, each through Django's handler with the real views."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from http import HTTPStatus

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import path

from django_allresponses import check_response
from django_allresponses.checks.engine import check_content
from django_allresponses.middleware import ResponseChecksMiddleware, ResponseConformanceError
from django_allresponses.tools.playground.settings import DEFAULT_MIDDLEWARE

CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"


def bad_request(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(b"no such item")
    response.status_code = HTTPStatus.BAD_REQUEST  # real code sets it this way
    return response


def not_allowed(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(b"")
    response.status_code = HTTPStatus.METHOD_NOT_ALLOWED
    return response


urlpatterns = [
    path("bad-request/", bad_request),
    path("not-allowed/", not_allowed),
]


def _client(mode: str) -> Client:
    with override_settings(ALLRESPONSES_CHECKS=mode):
        client = Client(raise_request_exception=True)
        client.handler.load_middleware()  # the mode is read as the chain is built
    return client


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="django_allresponses")
    return caplog


@pytest.fixture(autouse=True)
def _urls() -> Iterator[None]:
    with override_settings(ROOT_URLCONF=__name__, MIDDLEWARE=[*DEFAULT_MIDDLEWARE, CHECKS]):
        yield


class TestStatusOfAnyIntType:
    def test_an_httpstatus_member_is_a_valid_status_in_raise_mode(self) -> None:
        response = _client("raise").get("/bad-request/")
        assert response.status_code == 400
        assert response.content == b"no such item"
        assert check_response(response) == []

    def test_an_httpstatus_member_is_logged_as_nothing_in_log_mode(
        self, logged: pytest.LogCaptureFixture
    ) -> None:
        response = _client("log").get("/bad-request/")
        assert response.status_code == 400
        assert [r for r in logged.records if r.name == "django_allresponses"] == []

    def test_the_other_rules_still_apply_to_it(self) -> None:
        with pytest.raises(ResponseConformanceError) as raised:
            _client("raise").get("/not-allowed/")
        assert [finding.rule for finding in raised.value.findings] == ["missing-allow"]

    def test_every_rule_reads_it_as_the_int_it_is(self) -> None:
        gone = HttpResponse(b"gone")
        gone.status_code = HTTPStatus.NO_CONTENT
        assert [finding.rule for finding in check_response(gone)] == ["bodiless-content"]
        broken = HttpResponse(b"{", content_type="application/json")
        broken.status_code = HTTPStatus.UNPROCESSABLE_ENTITY
        assert [finding.rule for finding in check_response(broken)] == ["invalid-json"]
        assert [finding.rule for finding in check_content(broken, None)] == ["invalid-json"]
        message = check_response(gone)[0].message
        assert message == "a 204 (No Content) response cannot have content; it has 4 bytes"

    def test_a_status_that_is_no_int_is_still_invalid(self) -> None:
        response = HttpResponse()
        response.status_code = "400"  # type: ignore[assignment]
        assert [finding.rule for finding in check_response(response)] == ["invalid-status"]

    def test_log_mode_checks_it_when_sent(self, logged: pytest.LogCaptureFixture) -> None:
        broken = HttpResponse(b"{", content_type="application/json")
        broken.status_code = HTTPStatus.BAD_REQUEST
        middleware = ResponseChecksMiddleware(lambda request: broken)
        middleware(RequestFactory().get("/items/")).close()
        assert [record.finding.rule for record in logged.records] == ["invalid-json"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("status", "field", "value", "reference"),
    [
        (204, "Content-Length", "0", "RFC 9110, Section 8.6"),  # "MUST NOT send ... 1xx or 204"
        (103, "Content-Length", "0", "RFC 9110, Section 8.6"),
        (204, "Transfer-Encoding", "chunked", "RFC 9112, Section 6.1"),
        (205, "Content-Length", "4", "RFC 9110, Section 15.3.6"),  # only 0 on a 205
    ],
)
def test_the_framing_rules_cite_the_section_of_their_must_not(
    status: int, field: str, value: str, reference: str
) -> None:
    response = HttpResponse(status=status)
    del response["Content-Type"]
    response[field] = value
    [finding] = check_response(response)
    assert (finding.rule, finding.reference) == (f"bodiless-{field.lower()}", reference)
