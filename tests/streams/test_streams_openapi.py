"""Declared streams: ``EventStreamResponse[Price]`` and ``JsonLinesResponse[Row]`` as a
view's return type publish their media type with the item's schema (OpenAPI 3.2's
``itemSchema``; a described string and ``x-item-schema`` in 3.0 and 3.1, which have no
way to say it), and ``undeclared-status`` reads them."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory
from openapi_spec_validator import validate
from pydantic import BaseModel

from django_allresponses import (
    EventStreamResponse,
    HttpResponseNotFound,
    JsonLinesResponse,
    check_response,
    openapi,
)


class Price(BaseModel):
    """A price at a moment."""

    cents: int


def prices(request: Any) -> EventStreamResponse[Price] | HttpResponseNotFound:
    return EventStreamResponse(iter([Price(cents=1)]))


def rows(request: Any) -> JsonLinesResponse[Price]:
    return JsonLinesResponse(iter([Price(cents=2)]))


PRICE_REF = {"$ref": "#/components/schemas/Price"}
EVENT = {
    "type": "object",
    "properties": {
        "data": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": PRICE_REF,
        },
        "event": {"type": "string"},
        "id": {"type": "string"},
        "retry": {"type": "integer", "minimum": 0},
    },
}


def test_openapi_3_2_gives_each_item_its_schema() -> None:
    components: dict[str, Any] = {}
    events = openapi.openapi_responses(prices, schemas=components, openapi="3.2.0")
    lines = openapi.openapi_responses(rows, schemas=components, openapi="3.2.0")
    assert events["200"]["content"] == {"text/event-stream": {"itemSchema": EVENT}}
    assert sorted(events) == ["200", "404"]
    assert lines["200"]["content"] == {"application/jsonl": {"itemSchema": PRICE_REF}}
    assert components["Price"]["properties"] == {"cents": {"title": "Cents", "type": "integer"}}


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_openapi_3_0_and_3_1_describe_a_string_and_validate(version: str) -> None:
    components: dict[str, Any] = {}
    events = openapi.openapi_responses(prices, schemas=components, openapi=version)
    lines = openapi.openapi_responses(rows, schemas=components, openapi=version)
    assert events["200"]["content"]["text/event-stream"] == {
        "schema": {
            "type": "string",
            "description": "server-sent events (WHATWG HTML, Section 9.2), data: as JSON; "
            "x-item-schema: each item",
        },
        "x-item-schema": EVENT,
    }
    assert lines["200"]["content"]["application/jsonl"]["x-item-schema"] == PRICE_REF
    validate(
        {
            "openapi": version,
            "info": {"title": "Streams", "version": "1"},
            "paths": {
                "/prices": {"get": {"responses": events}},
                "/rows": {"get": {"responses": lines}},
            },
            "components": {"schemas": components},
        }
    )


def test_undeclared_status_reads_a_declared_stream(settings: Any) -> None:
    from django.urls import path

    settings.ROOT_URLCONF = type(
        "urls", (), {"urlpatterns": [path("prices", prices), path("rows", rows)]}
    )
    request = RequestFactory().get("/prices")
    from django.urls import resolve

    request.resolver_match = resolve("/prices")
    assert check_response(EventStreamResponse(iter([Price(cents=1)])), request) == []
    request = RequestFactory().get("/rows")
    request.resolver_match = resolve("/rows")
    [finding] = check_response(HttpResponseNotFound(), request)
    assert finding.rule == "undeclared-status"
