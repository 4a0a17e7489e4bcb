"""DRF's own Response, declared with @responds: renderers and the browsable API keep
working, drf-spectacular publishes the declaration, and undeclared-status checks the view.
The view is tests/support/declared/framework_urls.py's DeclaredView."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from drf_spectacular.generators import SchemaGenerator
from openapi_spec_validator import validate

from django_allresponses import check_response
from django_allresponses.openapi import openapi_responses
from tests.support.declared import framework_urls

pytestmark = pytest.mark.urls("tests.support.declared.framework_urls")

ITEM = {"$ref": "#/components/schemas/Item"}
PROBLEM = {"$ref": "#/components/schemas/ProblemDetails"}


def _rules(response: HttpResponse) -> list[str]:
    return [finding.rule for finding in check_response(response, response.wsgi_request)]  # type: ignore[attr-defined]


def test_drf_response_is_rendered_as_json_and_declared() -> None:
    response = Client().get("/drf/declared/1", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"id": 1, "name": "Lamp"}
    assert _rules(response) == []
    assert Client().get("/drf/declared/9").status_code == 404
    assert _rules(Client().get("/drf/declared/9")) == []


def test_the_browsable_api_keeps_working() -> None:
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "rest_framework"]):
        response = Client().get("/drf/declared/1", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert b"&quot;name&quot;: &quot;Lamp&quot;" in response.content
    assert "undeclared-status" not in _rules(response)


def test_an_undeclared_status_of_a_drf_response_is_reported() -> None:
    response = Client().get("/drf/declared/2", HTTP_ACCEPT="application/json")
    assert response.status_code == 410
    [finding] = check_response(response, response.wsgi_request)  # type: ignore[attr-defined]
    assert (finding.rule, finding.message) == (
        "undeclared-status",
        "DeclaredView.get answered 410, which it does not declare (it declares 200, 404)",
    )


def test_drf_spectacular_publishes_the_declaration() -> None:
    with override_settings(
        REST_FRAMEWORK={"DEFAULT_SCHEMA_CLASS": "django_allresponses.contrib.drf.AutoSchema"}
    ):

        class Declared(framework_urls.DeclaredView):
            pass

        generator = SchemaGenerator(patterns=[path("items/<int:pk>", Declared.as_view())])
        document = json.loads(json.dumps(generator.get_schema(request=None, public=True)))
    validate(document)
    responses = document["paths"]["/items/{id}"]["get"]["responses"]  # spectacular: pk is id
    assert sorted(responses) == ["200", "404", "406"]
    assert responses["200"]["content"] == {"application/json": {"schema": ITEM}}
    assert responses["404"]["content"] == {"application/problem+json": {"schema": PROBLEM}}
    assert list(openapi_responses(framework_urls.DeclaredView.get)) == ["200", "404"]
