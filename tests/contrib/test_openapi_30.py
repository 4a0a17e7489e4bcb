"""OpenAPI 3.0's dialect: openapi_30_schema converts JSON Schema 2020-12 (what pydantic
writes, and OpenAPI 3.1 takes) into what a 3.0 document allows, checked by
openapi-spec-validator on documents holding pydantic's schemas of awkward types."""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal

import pytest
from django.http import HttpRequest
from openapi_spec_validator import validate
from pydantic import BaseModel, Field, StringConstraints

from django_allresponses import (
    HttpResponseNoContent,
    JsonResponseOK,
    JsonResponseUpgradeRequired,
    ProblemDetails,
    ResponseValidationError,
)
from django_allresponses.openapi import openapi_30_schema, openapi_responses, responds


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": None},
            {"type": "integer", "default": None, "nullable": True},
        ),
        (
            {"anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "null"}]},
            {"allOf": [{"$ref": "#/components/schemas/Tag"}], "nullable": True},
        ),
        (
            {"oneOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]},
            {"oneOf": [{"type": "integer"}, {"type": "string"}], "nullable": True},
        ),
        ({"type": ["string", "null"]}, {"type": "string", "nullable": True}),
        (
            {"type": ["string", "integer"]},
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        ),
        ({"type": "null"}, {"nullable": True, "enum": [None]}),
        ({"const": 3}, {"enum": [3]}),
        ({"enum": ["a", None]}, {"enum": ["a", None], "nullable": True}),
        ({"type": "string", "examples": ["x", "y"]}, {"type": "string", "example": "x"}),
        ({"exclusiveMaximum": 5}, {"maximum": 5, "exclusiveMaximum": True}),
        ({"minimum": 3, "exclusiveMinimum": 1}, {"minimum": 3}),
        ({"minimum": 0, "exclusiveMaximum": True}, {"minimum": 0, "exclusiveMaximum": True}),
        (
            {"$ref": "#/components/schemas/Tag", "description": "The tag."},
            {"allOf": [{"$ref": "#/components/schemas/Tag"}], "description": "The tag."},
        ),
        (
            {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]},
            {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "string"}, {}]}},
        ),
        (
            {"type": "array", "prefixItems": [{"type": "integer"}], "items": {"type": "string"}},
            {"type": "array", "items": {"anyOf": [{"type": "integer"}, {"type": "string"}]}},
        ),
        (
            {"type": "object", "patternProperties": {"^a": {"type": "integer"}}},
            {"type": "object", "additionalProperties": {"type": "integer"}},
        ),
        (
            {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": "x",
                "$comment": "c",
            },
            {},
        ),
        ({"type": "object", "propertyNames": {"maxLength": 3}}, {"type": "object"}),
        (
            {"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"},
            {"type": "string", "format": "byte"},
        ),
        ({"not": True, "items": False}, {"not": {}, "items": False}),
        (
            {"properties": {"const": {"const": 1}, "nullable": {"type": ["null"]}}},
            {
                "properties": {
                    "const": {"enum": [1]},
                    "nullable": {"nullable": True, "enum": [None]},
                }
            },
        ),
    ],
)
def test_each_keyword_in_the_30_form(given: dict[str, Any], expected: dict[str, Any]) -> None:
    assert openapi_30_schema(given) == expected


def test_values_are_not_read_as_schemas() -> None:
    given = {"default": {"type": "null"}, "enum": [{"const": 1}], "example": {"examples": []}}
    assert openapi_30_schema(given) == given


def test_defs_are_moved_into_the_components() -> None:
    components: dict[str, Any] = {"Known": {"type": "integer"}}
    schema = {
        "items": {"$ref": "#/$defs/Tag"},
        "$defs": {
            "Tag": {"properties": {"next": {"anyOf": [{"$ref": "#/$defs/Tag"}, {"type": "null"}]}}}
        },
    }
    assert openapi_30_schema(schema, components=components) == {
        "items": {"$ref": "#/components/schemas/Tag"}
    }
    assert components == {
        "Known": {"type": "integer"},
        "Tag": {
            "properties": {
                "next": {"allOf": [{"$ref": "#/components/schemas/Tag"}], "nullable": True}
            }
        },
    }
    with pytest.raises(ResponseValidationError, match="pass components= to receive them"):
        openapi_30_schema(schema)
    with pytest.raises(ResponseValidationError) as raised:
        openapi_30_schema({"$defs": {"Known": {"type": "string"}}}, components=components)
    assert raised.value.argument == "components"
    assert "$defs names 'Known', which components already holds with another schema" in str(
        raised.value
    )


@pytest.mark.parametrize(
    "keyword", ["if", "then", "dependentSchemas", "unevaluatedProperties", "contains", "$anchor"]
)
def test_keywords_without_a_30_form_are_refused(keyword: str) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        openapi_30_schema({"properties": {"a": {"items": {keyword: {}}}}})
    assert str(raised.value) == (
        f"OpenAPI 3.0 has no form for {keyword!r} (at #/properties/a/items); publish "
        'OpenAPI 3.1 (drf-spectacular: "OAS_VERSION": "3.1.0")'
    )


class Colour(enum.Enum):
    """A colour.

    >>> Colour.RED.value
    'red'
    """

    RED = "red"


class Cat(BaseModel):
    kind: Literal["cat"] = "cat"
    lives: int = Field(default=9, gt=0, le=9, examples=[9])


class Dog(BaseModel):
    kind: Literal["dog"] = "dog"


class Awkward(BaseModel):
    """Every type whose schema differs between 3.0 and 3.1.

    >>> Awkward(pet=Cat()).pet.kind
    'cat'
    """

    pet: Annotated[Cat | Dog, Field(discriminator="kind")]
    pair: tuple[int, str] | None = None
    rest: tuple[int, ...] = ()
    codes: dict[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")], int] = {}
    colour: Colour | None = None
    raw: bytes | None = None
    either: int | str | None = None
    mode: Literal["on", "off", None] = None
    nested: list[list[Cat | None]] = []


def _document(view: Any, version: str) -> dict[str, Any]:
    components: dict[str, Any] = {}
    responses = openapi_responses(view, schemas=components, openapi=version)
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"responses": responses}}},
        "components": {"schemas": components},
    }


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_document_of_awkward_types_is_valid_in_both_versions(version: str) -> None:
    @responds(JsonResponseUpgradeRequired[ProblemDetails])
    def view(request: HttpRequest) -> JsonResponseOK[Awkward] | HttpResponseNoContent: ...

    document = _document(view, version)
    validate(document)
    schemas = document["components"]["schemas"]
    headers = document["paths"]["/x"]["get"]["responses"]["426"]["headers"]
    if version == "3.0.3":
        assert headers["Connection"]["schema"] == {"type": "string", "enum": ["Upgrade"]}
        assert schemas["Cat"]["properties"]["lives"] == {
            "default": 9,
            "example": 9,
            "minimum": 0,
            "exclusiveMinimum": True,
            "maximum": 9,
            "title": "Lives",
            "type": "integer",
        }
        assert schemas["Awkward"]["properties"]["either"] == {
            "anyOf": [{"type": "integer"}, {"type": "string"}],
            "default": None,
            "title": "Either",
            "nullable": True,
        }
    else:
        assert headers["Connection"]["schema"] == {"type": "string", "const": "Upgrade"}
        assert schemas["Cat"]["properties"]["lives"]["exclusiveMinimum"] == 0
    assert (
        schemas["Awkward"]["description"] == "Every type whose schema differs between 3.0 and 3.1."
    )
    assert schemas["Colour"]["description"] == "A colour."


def test_an_unknown_version_is_refused() -> None:
    def view(request: HttpRequest) -> HttpResponseNoContent: ...

    with pytest.raises(ResponseValidationError) as raised:
        openapi_responses(view, openapi="2.0")
    assert raised.value.argument == "openapi"
    assert str(raised.value).startswith("openapi_responses: openapi='2.0' is not an OpenAPI")
