"""django-ninja: the handlers ``register()`` adds, through ninja's own TestClient.

ninja's TestClient calls the API without Django's middleware, so what it sees
comes from the handlers alone. The same cases go through gunicorn and uvicorn
in ``test_immediate_wire.py``.
"""

from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync
from django.test import RequestFactory
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.testing import TestAsyncClient, TestClient

from django_allresponses.contrib.ninja import http_error, register
from tests.support.immediate_cases import NINJA, Case, mismatches
from tests.support.views_immediate import api


@pytest.mark.parametrize("case", NINJA, ids=str)
def test_ninja_test_client_sees_problem_details(case: Case) -> None:
    response = TestClient(api).request(
        case.method, case.path.removeprefix("/ninja"), headers=case.request_headers
    )
    headers = {name: response.get(name) for name in case.headers}  # from the Django response
    assert not mismatches(case, response.status_code, headers, response.content)


def test_without_register_ninja_answers_in_its_own_way() -> None:
    plain = NinjaAPI(urls_namespace="without-register")

    @plain.get("/conflict")
    def conflict(request: object) -> None:
        raise HttpError(409, "The name is taken.")

    response = TestClient(plain).get("/conflict")
    assert response.status_code == 409
    assert response.content == b'{"detail": "The name is taken."}'


def test_register_replaces_ninja_s_handlers() -> None:
    registered = NinjaAPI(urls_namespace="registered")
    register(registered)

    @registered.get("/conflict")
    def conflict(request: object) -> None:
        raise HttpError(409, "The name is taken.")

    response = TestClient(registered).get("/conflict")
    assert response.status_code == 409
    assert response.content == (
        b'{"type":"about:blank","title":"Conflict","status":409,"detail":"The name is taken."}'
    )


def test_a_401_without_a_given_challenge_has_none() -> None:
    response = http_error(RequestFactory().get("/"), HttpError(401, "Unauthorized"))
    assert response.status_code == 401
    assert not response.has_header("WWW-Authenticate")


def test_an_unassigned_status_keeps_ninja_s_shape() -> None:
    response = http_error(RequestFactory().get("/"), HttpError(299, "Odd."))
    assert response.status_code == 299
    assert response.content == b'{"detail":"Odd."}'


def test_an_async_operation_answers_with_the_carried_response() -> None:
    async def fetch() -> object:
        return await TestAsyncClient(api).get("/async-maintenance")

    response = async_to_sync(fetch)()
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert response["Retry-After"] == "120"  # type: ignore[index]
    assert response.content == b"Down for maintenance."  # type: ignore[attr-defined]
