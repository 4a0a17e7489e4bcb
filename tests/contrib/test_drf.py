"""Django REST framework: our EXCEPTION_HANDLER, through DRF's own APIClient.

The same cases go through gunicorn and uvicorn in ``test_immediate_wire.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.http import Http404
from django.test import override_settings
from rest_framework import exceptions
from rest_framework.test import APIClient, APIRequestFactory
from rest_framework.views import APIView
from rest_framework.views import exception_handler as drf_exception_handler

from django_allresponses import HttpResponseGone
from django_allresponses.contrib.drf import exception_handler, plain
from django_allresponses.immediate import ImmediateResponse
from tests.support.immediate_cases import DRF, Case, immediate_project, mismatches


@pytest.fixture(autouse=True)
def project() -> Iterator[None]:
    with immediate_project():
        yield


@pytest.mark.parametrize("case", DRF, ids=str)
def test_api_client_sees_problem_details(case: Case) -> None:
    client = APIClient()
    response = client.generic(
        case.method,
        case.path,
        data=case.json or "",
        content_type="application/json",
        headers=case.request_headers,
    )
    headers = {name: response.get(name) for name in case.headers}
    assert not mismatches(case, response.status_code, headers, response.content)


def test_the_handler_answers_a_carried_response_as_it_is() -> None:
    carried = HttpResponseGone("Moved on.")
    assert exception_handler(ImmediateResponse(carried), {}) is carried


def test_the_handler_leaves_other_exceptions_to_drf() -> None:
    assert exception_handler(ValueError("a bug"), {}) is None


def test_an_unassigned_status_falls_back_to_drf_s_own_answer() -> None:
    class Teapot(exceptions.APIException):
        status_code = 418
        default_detail = "I'm a teapot."

    response = exception_handler(Teapot(), {})
    assert response is not None
    assert response.status_code == 418
    assert response.data == {"detail": "I'm a teapot."}  # type: ignore[attr-defined]


def test_method_not_allowed_names_the_view_s_methods() -> None:
    class Items(APIView):
        def get(self, request: object) -> None: ...

        def put(self, request: object) -> None: ...

    view = Items()
    view.request = APIRequestFactory().delete("/")  # type: ignore[assignment]
    view.headers = {}
    response = exception_handler(exceptions.MethodNotAllowed("DELETE"), {"view": view})
    assert response is not None
    assert response["Allow"] == "GET, PUT, OPTIONS"  # as DRF lists them outside as_view()
    assert response.content == (
        b'{"type":"about:blank","title":"Method Not Allowed","status":405,'
        b'"detail":"Method \\"DELETE\\" not allowed.","code":"method_not_allowed"}'
    )


def test_throttled_without_a_wait_sends_no_retry_after() -> None:
    response = exception_handler(exceptions.Throttled(), {})
    assert response is not None
    assert response.status_code == 429
    assert not response.has_header("Retry-After")


def test_django_s_http404_is_converted_as_drf_converts_it() -> None:
    response = exception_handler(Http404(), {})
    assert response is not None
    assert response.content == (
        b'{"type":"about:blank","title":"Not Found","status":404,'
        b'"detail":"Not found.","code":"not_found"}'
    )


def test_error_details_become_plain_json_values() -> None:
    detail = exceptions.ValidationError({"items": [{"name": ["Too long."]}], "id": "Bad."}).detail
    assert plain(detail) == {"items": [{"name": ["Too long."]}], "id": "Bad."}


def test_a_negative_throttle_wait_is_a_429_with_retry_after_zero() -> None:
    # A throttle whose clock went backwards: DRF answers 429 (with "Retry-After: -3").
    drf = drf_exception_handler(exceptions.Throttled(wait=-3), {})
    assert drf is not None
    assert drf.status_code == 429
    response = exception_handler(exceptions.Throttled(wait=-3), {})
    assert response is not None
    assert response.status_code == 429
    assert response["Retry-After"] == "0"
    assert response["Content-Type"] == "application/problem+json"


def test_a_negative_throttle_wait_through_the_api_client() -> None:
    with override_settings(ROOT_URLCONF="tests.support.hardening_urls"):
        response = APIClient().get("/hostile/drf/throttled-backwards")
    assert response.status_code == 429
    assert response["Retry-After"] == "0"
    assert response.json()["status"] == 429
