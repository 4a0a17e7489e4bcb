"""The statuses frameworks answer on a view's behalf are declared by the integrations: the
schema publishes them, and undeclared-status never reports them. Real requests, through
Django's test client, to Django, DRF and django-ninja views (tests/support/declared/
framework_urls.py); a status the view itself answers undeclared is still reported."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client, override_settings

from django_allresponses import check_response
from django_allresponses.openapi import openapi_responses
from tests.support.declared import framework_urls

pytestmark = pytest.mark.urls("tests.support.declared.framework_urls")

REST_FRAMEWORK = {"EXCEPTION_HANDLER": "django_allresponses.contrib.drf.exception_handler"}


def _rules(response: HttpResponse) -> list[str]:
    return [finding.rule for finding in check_response(response, response.wsgi_request)]  # type: ignore[attr-defined]


def test_django_require_get_answers_405_declared() -> None:
    response = Client().post("/ping")
    assert (response.status_code, response["Allow"]) == (405, "GET")
    assert "undeclared-status" not in _rules(response)
    responses = openapi_responses(framework_urls.ping)
    assert sorted(responses) == ["200", "405"]
    assert responses["405"]["headers"]["Allow"]["required"] is True


GOOD = {"HTTP_AUTHORIZATION": "Token good"}


@pytest.mark.parametrize(
    ("method", "body", "headers", "status"),
    [
        ("get", None, {**GOOD, "HTTP_ACCEPT": "application/xml"}, 406),
        ("get", None, {}, 401),
        ("get", None, {"HTTP_AUTHORIZATION": "Token bad"}, 401),
        ("delete", None, GOOD, 403),
        ("post", "{not json", {**GOOD, "content_type": "application/json"}, 400),
        ("post", "name=x", {**GOOD, "content_type": "text/plain"}, 415),
    ],
)
def test_drf_answers_on_the_view_s_behalf_are_declared(
    method: str, body: str | None, headers: dict[str, Any], status: int
) -> None:
    with override_settings(REST_FRAMEWORK=REST_FRAMEWORK):
        client: Any = Client()
        response = getattr(client, method)("/drf/items", body, **headers)
    assert response.status_code == status
    assert "undeclared-status" not in _rules(response)


def test_drf_a_status_the_view_answers_undeclared_is_still_reported() -> None:
    with override_settings(REST_FRAMEWORK=REST_FRAMEWORK):
        response = Client().post(
            "/drf/items", json.dumps({"name": "Lamp"}), content_type="application/json", **GOOD
        )
    assert response.status_code == 409
    [finding] = [f for f in check_response(response, response.wsgi_request)]  # type: ignore[attr-defined]
    assert (
        finding.message
        == "ItemView.post answered 409, which it does not declare (it declares 201)"
    )


def test_drf_spectacular_publishes_them() -> None:
    from drf_spectacular.generators import SchemaGenerator
    from openapi_spec_validator import validate

    with override_settings(
        REST_FRAMEWORK={
            **REST_FRAMEWORK,
            "DEFAULT_SCHEMA_CLASS": "django_allresponses.contrib.drf.AutoSchema",
        }
    ):
        from django.urls import path

        class Items(framework_urls.ItemView):
            pass

        generator = SchemaGenerator(patterns=[path("drf/items", Items.as_view())])
        document = json.loads(json.dumps(generator.get_schema(request=None, public=True)))
    validate(document)
    operations = document["paths"]["/drf/items"]
    assert sorted(operations["get"]["responses"]) == ["200", "401", "403", "406"]
    assert sorted(operations["post"]["responses"]) == ["201", "400", "401", "403", "406", "415"]
    unauthorized = operations["get"]["responses"]["401"]
    assert unauthorized["description"] == "Unauthorized"
    assert list(unauthorized["content"]) == ["application/problem+json"]


def test_ninja_answers_422_for_invalid_input_declared() -> None:
    response = Client().get("/ninja/items/abc")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert "undeclared-status" not in _rules(response)
    document = framework_urls.api.get_openapi_schema(path_prefix="")
    assert sorted(document["paths"]["/items/{pk}"]["get"]["responses"]) == ["200", "422"]
