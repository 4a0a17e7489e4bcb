"""Declared responses in real generators' documents: drf-spectacular and django-ninja, the
documents validated with openapi-spec-validator. The views are the sample project's
(tests/support/declared/project), whose own suite runs in test_openapi_sample.py."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import override_settings
from django.urls import path
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.settings import patched_settings
from drf_spectacular.utils import extend_schema
from openapi_spec_validator import validate
from rest_framework import serializers
from rest_framework.views import APIView

from django_allresponses import (
    HttpResponseNoContent,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
)
from tests.support.declared.project.catalog.ninja_api import api
from tests.support.declared.shop import a, b, labels

SCHEMA_CLASS = {
    "DEFAULT_SCHEMA_CLASS": "django_allresponses.contrib.drf.AutoSchema",
    "EXCEPTION_HANDLER": "django_allresponses.contrib.drf.exception_handler",
}
SPECTACULAR = {"OAS_VERSION": "3.1.0"}  # pydantic's schemas are JSON Schema 2020-12

ITEM = {"$ref": "#/components/schemas/Item"}
PROBLEM = {"$ref": "#/components/schemas/ProblemDetails"}
# What the frameworks answer on a view's behalf: DRF's authentication (its default
# classes, SessionAuthentication first, which has no challenge: 403) and content
# negotiation, ninja's validation of the input.
NOT_ACCEPTABLE = {
    "403": {"headers": [], "content": {"application/problem+json": PROBLEM}},
    "406": {"headers": [], "content": {"application/problem+json": PROBLEM}},
}
INVALID = {"422": {"headers": [], "content": {"application/problem+json": PROBLEM}}}


def _plain(document: Any) -> dict[str, Any]:
    """The document as JSON would carry it (keys as strings, lazy text as text)."""
    return json.loads(json.dumps(document, default=str))


def _drf_document(
    patterns: Callable[[], list[Any]], spectacular: dict[str, Any] = SPECTACULAR
) -> dict[str, Any]:
    """The document of the URL patterns ``patterns()`` builds. DRF binds a view's schema
    class when the view is defined (``@api_view``, ``@extend_schema``), as a project's
    settings are loaded before its views: so the views are defined with the setting on."""
    with override_settings(REST_FRAMEWORK=SCHEMA_CLASS), patched_settings(spectacular):
        generator = SchemaGenerator(patterns=patterns())
        document = _plain(generator.get_schema(request=None, public=True))
    validate(document)
    return document


def _outline(responses: dict[str, Any]) -> dict[str, Any]:
    """Statuses, header names, media types and schemas: what a client reads."""
    return {
        code: {
            "headers": sorted(response.get("headers", {})),
            "content": {
                media_type: body.get("schema")
                for media_type, body in response.get("content", {}).items()
            },
        }
        for code, response in responses.items()
    }


def _catalogue() -> list[Any]:
    from tests.support.declared.project.catalog import drf_api

    drf_api = importlib.reload(drf_api)
    return [
        path("drf/items/<int:pk>", drf_api.ItemView.as_view()),
        path("drf/items", drf_api.item_list),
    ]


def test_drf_spectacular_documents_api_views_and_api_view_functions() -> None:
    document = _drf_document(_catalogue)
    item = document["paths"]["/drf/items/{id}"]  # drf-spectacular names a pk "id"
    assert _outline(item["get"]["responses"]) == {
        "200": {"headers": [], "content": {"application/json": ITEM}},
        "303": {"headers": ["Location", "Retry-After"], "content": {}},
        "404": {"headers": [], "content": {"application/problem+json": PROBLEM}},
        **NOT_ACCEPTABLE,
    }
    assert item["get"]["responses"]["303"]["description"] == "See Other"
    assert item["get"]["responses"]["303"]["headers"]["Location"]["required"] is True
    assert _outline(item["delete"]["responses"]) == {
        "204": {"headers": [], "content": {}},
        **NOT_ACCEPTABLE,
        "409": {"headers": [], "content": {"application/problem+json": PROBLEM}},
    }
    listed = document["paths"]["/drf/items"]["get"]["responses"]
    assert _outline(listed) == {
        "200": {"headers": [], "content": {"application/json": {"type": "array", "items": ITEM}}},
        **NOT_ACCEPTABLE,
    }
    schemas = document["components"]["schemas"]
    assert {"Item", "Tag", "ProblemDetails"} <= set(schemas)
    assert schemas["Item"]["properties"]["tags"] == {
        "items": {"$ref": "#/components/schemas/Tag"},
        "title": "Tags",
        "type": "array",
    }


class NoteSerializer(serializers.Serializer[Any]):
    text = serializers.CharField()


def _notes() -> list[Any]:
    class NoteView(APIView):
        @extend_schema(responses={200: NoteSerializer})
        def get(self, request: Any) -> JsonResponseNotFound[ProblemDetails]: ...

        def delete(self, request: Any) -> HttpResponseNoContent: ...

    return [path("notes", NoteView.as_view())]


def test_drf_own_responses_are_kept_and_the_declared_added_beside_them() -> None:
    document = _drf_document(_notes)
    notes = document["paths"]["/notes"]
    assert _outline(notes["get"]["responses"]) == {
        "200": {
            "headers": [],
            "content": {"application/json": {"$ref": "#/components/schemas/Note"}},
        },
        "404": {"headers": [], "content": {"application/problem+json": PROBLEM}},
        **NOT_ACCEPTABLE,
    }
    assert _outline(notes["delete"]["responses"]) == {
        "204": {"headers": [], "content": {}},
        **NOT_ACCEPTABLE,
    }


class Undeclared(APIView):
    serializer_class = NoteSerializer

    def get(self, request: Any) -> Any: ...


def test_drf_views_that_declare_nothing_are_left_to_drf_spectacular() -> None:
    document = _drf_document(lambda: [path("plain", Undeclared.as_view())])
    assert _outline(document["paths"]["/plain"]["get"]["responses"]) == {
        "200": {
            "headers": [],
            "content": {"application/json": {"$ref": "#/components/schemas/Note"}},
        }
    }


def test_contrib_drf_imports_without_naming_auto_schema() -> None:
    from django_allresponses.contrib import drf, spectacular

    assert drf.AutoSchema is spectacular.AutoSchema
    with pytest.raises(AttributeError, match="has no attribute 'Missing'"):
        drf.Missing  # noqa: B018


def test_ninja_documents_declared_endpoints() -> None:
    document = _plain(api.get_openapi_schema(path_prefix=""))
    validate(document)
    item = document["paths"]["/items/{pk}"]
    assert _outline(item["get"]["responses"]) == {
        "200": {"headers": [], "content": {"application/json": ITEM}},
        "404": {"headers": [], "content": {"application/problem+json": PROBLEM}},
        **INVALID,
    }
    assert item["get"]["responses"]["404"]["description"] == "Not Found"
    assert _outline(item["delete"]["responses"]) == {
        "204": {"headers": [], "content": {}},
        "409": {"headers": [], "content": {"application/problem+json": PROBLEM}},
        **INVALID,
    }
    # response= and no declaration: ninja's own documentation, unchanged.
    listed = document["paths"]["/items"]["get"]["responses"]
    assert _outline(listed) == {
        "200": {
            "headers": [],
            "content": {"application/json": {"type": "array", "items": ITEM, "title": "Response"}},
        }
    }
    assert {"Item", "Tag", "ProblemDetails"} <= set(document["components"]["schemas"])


def test_ninja_keeps_its_own_responses_and_adds_the_declared() -> None:
    from ninja import NinjaAPI

    from django_allresponses.contrib.ninja import register
    from tests.support.declared.project.catalog.schemas import Item

    notes = NinjaAPI(urls_namespace="declared-beside-ninja")
    register(notes)

    @notes.get("/notes/{pk}", response={200: Item})
    def note(request: Any, pk: int) -> JsonResponseNotFound[ProblemDetails]: ...

    document = _plain(notes.get_openapi_schema(path_prefix=""))
    validate(document)
    assert _outline(document["paths"]["/notes/{pk}"]["get"]["responses"]) == {
        "200": {"headers": [], "content": {"application/json": ITEM}},
        "404": {"headers": [], "content": {"application/problem+json": PROBLEM}},
        **INVALID,
    }


# --- Valid in every generator's defaults: OpenAPI 3.0.3 and 3.1 ----------------------------


def _schemas(node: Any) -> Any:
    """Every object of a document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas(value)


def _is_30(document: dict[str, Any]) -> bool:
    """No keyword of JSON Schema 2020-12 that OpenAPI 3.0 lacks, nor its forms of null."""
    for node in _schemas(document["components"]["schemas"]):
        if {"const", "examples", "prefixItems", "$defs", "$schema"} & set(node):
            return False
        if node.get("type") == "null" or isinstance(node.get("type"), list):
            return False
        for bound in ("exclusiveMinimum", "exclusiveMaximum"):
            if bound in node and not isinstance(node[bound], bool):
                return False
    return True


ITEM_30 = {
    "id": {"title": "Id", "type": "integer", "minimum": 0, "exclusiveMinimum": True},
    "note": {"type": "string", "default": None, "title": "Note", "nullable": True},
    "main_tag": {
        "allOf": [{"$ref": "#/components/schemas/Tag"}],
        "default": None,
        "nullable": True,
    },
    "size": {
        "type": "array",
        "items": {"type": "integer"},
        "minItems": 2,
        "maxItems": 2,
        "default": None,
        "title": "Size",
        "nullable": True,
    },
    "price": {
        "type": "number",
        "minimum": 0,
        "exclusiveMinimum": True,
        "maximum": 100000,
        "exclusiveMaximum": True,
        "default": None,
        "title": "Price",
        "nullable": True,
    },
}

ITEM_31 = {
    "id": {"exclusiveMinimum": 0, "title": "Id", "type": "integer"},
    "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Note"},
    "main_tag": {
        "anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "null"}],
        "default": None,
    },
}


@pytest.mark.parametrize(
    ("spectacular", "version"),
    [({}, "3.0.3"), ({"OAS_VERSION": "3.0.3"}, "3.0.3"), ({"OAS_VERSION": "3.1.0"}, "3.1.0")],
    ids=["defaults", "3.0.3", "3.1.0"],
)
def test_drf_spectacular_documents_are_valid_in_their_version(
    spectacular: dict[str, Any], version: str
) -> None:
    document = _drf_document(_catalogue, spectacular)  # validated by openapi-spec-validator
    assert document["openapi"] == version
    schemas = document["components"]["schemas"]
    expected = ITEM_30 if version == "3.0.3" else ITEM_31
    assert {name: schemas["Item"]["properties"][name] for name in expected} == expected
    assert _is_30(document) is (version == "3.0.3")
    assert schemas["Item"]["description"] == "An item of the catalogue."
    assert schemas["Tag"]["description"] == "A label an item is found by."
    assert schemas["ProblemDetails"]["description"] == (
        "A Problem Details object (RFC 9457, Section 3)."
    )
    assert not any(">>>" in str(node.get("description", "")) for node in _schemas(document))
    item = document["paths"]["/drf/items/{id}"]["get"]["responses"]
    assert _outline(item)["200"] == {"headers": [], "content": {"application/json": ITEM}}


def test_ninja_documents_are_openapi_31_and_share_ninja_s_components() -> None:
    document = _plain(api.get_openapi_schema(path_prefix=""))
    validate(document)
    assert document["openapi"] == "3.1.0"
    schemas = document["components"]["schemas"]
    # Item is both ninja's (response=list[Item]) and declared: one component, described by
    # its docstring's summary, without the doctest ninja would publish.
    assert sorted(schemas) == ["Item", "ProblemDetails", "Tag"]
    assert schemas["Item"]["description"] == "An item of the catalogue."
    assert not any(">>>" in str(node.get("description", "")) for node in _schemas(document))


# --- No silent collision: one name, two models --------------------------------------------

SHOP_B_ITEM = {"$ref": "#/components/schemas/tests.support.declared.shop.b.Item"}


class ForSale(APIView):
    def get(self, request: Any) -> JsonResponseOK[a.Item]: ...


class Ordered(APIView):
    def get(self, request: Any) -> JsonResponseOK[list[b.Item]]: ...


class Labels(APIView):
    serializer_class = labels.ItemSerializer

    def get(self, request: Any) -> Any: ...


def _shop() -> list[Any]:
    # drf-spectacular reads the paths in alphabetical order: the serializer's first.
    return [
        path("sale", ForSale.as_view()),
        path("ordered", Ordered.as_view()),
        path("labels", Labels.as_view()),
    ]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_drf_models_of_one_name_get_distinct_components(version: str) -> None:
    document = _drf_document(_shop, {"OAS_VERSION": version})
    paths, schemas = document["paths"], document["components"]["schemas"]
    # The serializer came first and keeps "Item"; the declared models get their module's
    # name, each its own.
    label = {"$ref": "#/components/schemas/Item"}
    sale = {"$ref": "#/components/schemas/tests.support.declared.shop.a.Item"}
    assert _outline(paths["/labels"]["get"]["responses"])["200"]["content"] == {
        "application/json": label
    }
    assert _outline(paths["/sale"]["get"]["responses"])["200"]["content"] == {
        "application/json": sale
    }
    assert _outline(paths["/ordered"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"type": "array", "items": SHOP_B_ITEM}
    }
    assert list(schemas["Item"]["properties"]) == ["label"]
    assert list(schemas["tests.support.declared.shop.a.Item"]["properties"]) == ["sku"]
    assert list(schemas["tests.support.declared.shop.b.Item"]["properties"]) == ["quantity"]


def test_drf_a_serializer_after_a_declared_model_of_its_name_is_renamed() -> None:
    document = _drf_document(
        lambda: [path("for-sale", ForSale.as_view()), path("labels", Labels.as_view())]
    )
    paths, schemas = document["paths"], document["components"]["schemas"]
    serializer = "tests.support.declared.shop.labels.ItemSerializer"
    assert _outline(paths["/for-sale"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"$ref": "#/components/schemas/Item"}
    }
    assert _outline(paths["/labels"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"$ref": f"#/components/schemas/{serializer}"}
    }
    assert list(schemas["Item"]["properties"]) == ["sku"]
    assert list(schemas[serializer]["properties"]) == ["label"]


def test_ninja_declared_models_never_take_ninja_s_components() -> None:
    from ninja import NinjaAPI

    from django_allresponses.contrib.ninja import register

    shop = NinjaAPI(urls_namespace="declared-shop")
    register(shop)

    @shop.get("/labels", response=list[labels.Item])
    def listed(request: Any) -> list[labels.Item]: ...

    @shop.get("/for-sale")
    def for_sale(request: Any) -> JsonResponseOK[a.Item]: ...

    @shop.get("/ordered")
    def ordered(request: Any) -> JsonResponseOK[list[b.Item]]: ...

    document = _plain(shop.get_openapi_schema(path_prefix=""))
    validate(document)
    paths, schemas = document["paths"], document["components"]["schemas"]
    assert _outline(paths["/labels"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"type": "array", "items": ITEM, "title": "Response"}
    }
    assert _outline(paths["/for-sale"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"$ref": "#/components/schemas/tests.support.declared.shop.a.Item"}
    }
    assert _outline(paths["/ordered"]["get"]["responses"])["200"]["content"] == {
        "application/json": {"type": "array", "items": SHOP_B_ITEM}
    }
    assert list(schemas["Item"]["properties"]) == ["label"]
    assert list(schemas["tests.support.declared.shop.a.Item"]["properties"]) == ["sku"]
