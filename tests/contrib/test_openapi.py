"""Declared responses: a view's return annotation read into OpenAPI 3.1 responses."""

from __future__ import annotations

import functools
import sys
from types import SimpleNamespace
from typing import Any, Optional, TypeVar, Union

import pytest
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.test import RequestFactory
from django.urls import ResolverMatch
from django.views import View
from pydantic import BaseModel
from typing_extensions import TypeAliasType, TypedDict  # pydantic needs it on Python < 3.12

from django_allresponses import (
    HttpResponseCreated,
    HttpResponseGone,
    HttpResponseNoContent,
    HttpResponseNotFound,
    HttpResponseOK,
    HttpResponseSeeOther,
    JsonResponseConflict,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponsePartialContent,
    JsonResponseServiceUnavailable,
    JsonResponseUnauthorized,
    JsonResponseUpgradeRequired,
    ProblemDetails,
    ResponseValidationError,
    StatusJsonResponse,
    StatusResponse,
    check_response,
)
from django_allresponses.openapi import (
    declared_responses,
    merge_responses,
    openapi_responses,
    responds,
)


class Item(BaseModel):
    id: int
    name: str


def _other_item() -> type[BaseModel]:
    class Item(BaseModel):  # another model of the same name
        code: str

    return Item


OtherItem = _other_item()


class Totals(TypedDict):
    count: int


def item(
    request: HttpRequest, pk: int
) -> JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther: ...


def test_statuses_descriptions_headers_media_types_and_refs() -> None:
    components: dict[str, object] = {}
    responses = openapi_responses(item, schemas=components)
    assert list(responses) == ["200", "303", "404"]
    assert responses["200"] == {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
    }
    assert responses["303"]["description"] == "See Other"
    assert list(responses["303"]["headers"]) == ["Location", "Retry-After"]
    assert responses["303"]["headers"]["Location"]["required"] is True
    assert responses["303"]["headers"]["Location"]["schema"] == {"type": "string"}
    assert "required" not in responses["303"]["headers"]["Retry-After"]
    assert "content" not in responses["303"]
    assert responses["404"] == {
        "description": "Not Found",
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}
        },
    }
    assert sorted(components) == ["Item", "ProblemDetails"]
    assert components["Item"] == {
        "properties": {
            "id": {"title": "Id", "type": "integer"},
            "name": {"title": "Name", "type": "string"},
        },
        "required": ["id", "name"],
        "title": "Item",
        "type": "object",
    }


@pytest.mark.parametrize(
    ("declared", "code", "headers"),
    [
        (JsonResponseNotAllowed[ProblemDetails], "405", {"Allow": True}),
        (JsonResponseUnauthorized[ProblemDetails], "401", {"WWW-Authenticate": False}),
        (
            JsonResponsePartialContent[str],
            "206",
            {"Content-Range": False, "Content-Location": False},
        ),
        (
            JsonResponseUpgradeRequired[ProblemDetails],
            "426",
            {"Upgrade": True, "Connection": True},
        ),
        (JsonResponseServiceUnavailable[ProblemDetails], "503", {"Retry-After": False}),
        (HttpResponseCreated, "201", {"Location": True, "Content-Location": False}),
    ],
)
def test_headers_the_class_sends(
    declared: type[HttpResponse], code: str, headers: dict[str, bool]
) -> None:
    @responds(declared)
    def view(request: HttpRequest) -> HttpResponseNoContent: ...

    found = openapi_responses(view)[code]["headers"]
    assert {name: bool(header.get("required")) for name, header in found.items()} == headers


def test_bare_twin_list_typed_dict_and_two_classes_of_one_status() -> None:
    def view(
        request: HttpRequest,
    ) -> Union[JsonResponseOK[list[Item]], JsonResponseOK[Totals]]: ...  # noqa: UP007

    def bare(request: HttpRequest) -> JsonResponseOK: ...

    components: dict[str, object] = {}
    schema = openapi_responses(view, schemas=components)["200"]["content"]["application/json"]
    assert schema == {
        "schema": {
            "anyOf": [
                {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                {"$ref": "#/components/schemas/Totals"},
            ]
        }
    }
    assert sorted(components) == ["Item", "Totals"]
    assert openapi_responses(bare)["200"]["content"] == {"application/json": {"schema": {}}}


def test_http_and_json_class_of_one_status() -> None:
    def view(request: HttpRequest) -> HttpResponseOK | JsonResponseOK[Item]: ...

    assert list(openapi_responses(view)["200"]["content"]) == ["application/json"]


def test_responds_adds_aborted_statuses_and_wrapped_views_keep_theirs() -> None:
    @responds(JsonResponseConflict[ProblemDetails], HttpResponseNotFound)
    def delete(request: HttpRequest) -> HttpResponseNoContent: ...

    @functools.wraps(delete)
    def wrapper(request: HttpRequest) -> HttpResponse:
        return delete(request)

    assert list(openapi_responses(delete)) == ["204", "404", "409"]
    assert list(openapi_responses(wrapper)) == ["204", "404", "409"]


def test_methods_bound_and_unbound() -> None:
    class Items(View):
        def get(self, request: HttpRequest) -> JsonResponseOK[Item] | HttpResponseNotFound: ...

    assert list(openapi_responses(Items.get)) == ["200", "404"]
    assert list(openapi_responses(Items().get)) == ["200", "404"]


def test_optional_is_refused() -> None:
    def maybe(request: HttpRequest) -> Optional[JsonResponseOK[Item]]: ...  # noqa: UP045

    def or_none(request: HttpRequest) -> JsonResponseOK[Item] | None: ...

    for view in (maybe, or_none):
        with pytest.raises(ResponseValidationError) as raised:
            openapi_responses(view)
        assert "allows None, which is not a response" in str(raised.value)
        assert "HttpResponseNoContent" in str(raised.value)


def test_a_class_without_a_status_in_the_union_is_refused() -> None:
    def mixed(request: HttpRequest) -> JsonResponseOK[Item] | HttpResponse: ...

    def base(request: HttpRequest) -> JsonResponseOK[Item] | StatusJsonResponse: ...

    with pytest.raises(
        ResponseValidationError, match="names HttpResponse, which has no fixed status"
    ):
        openapi_responses(mixed)
    with pytest.raises(ResponseValidationError, match="names StatusJsonResponse, which has no"):
        openapi_responses(base)


def test_nothing_declared() -> None:
    def plain(request: HttpRequest) -> HttpResponse: ...

    def bare(request):  # type: ignore[no-untyped-def]
        ...

    assert declared_responses(plain) is None
    assert declared_responses(bare) is None
    with pytest.raises(ResponseValidationError) as raised:
        openapi_responses(plain)
    assert str(raised.value).startswith(
        "openapi_responses: test_nothing_declared.<locals>.plain declares no responses"
    )


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        (HttpResponse, "HttpResponse"),
        (HttpResponseBase, "HttpResponseBase"),
        (StreamingHttpResponse, "StreamingHttpResponse"),
        (JsonResponse, "JsonResponse"),
        (StatusResponse, "StatusResponse"),
    ],
)
def test_responds_refuses_what_has_no_status(given: Any, shown: str) -> None:
    """Django's classes and the abstract bases, which type checkers refuse too."""
    with pytest.raises(ResponseValidationError) as raised:
        responds(given)
    assert str(raised.value).startswith(f"responds: {shown} has no fixed status; ")
    assert raised.value.argument == "classes"


def test_responds_refuses_django_s_class_in_a_union() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        responds(JsonResponseConflict[ProblemDetails] | HttpResponse)
    assert str(raised.value).startswith("responds: HttpResponse has no fixed status; ")
    assert raised.value.argument == "classes"


def test_an_unresolvable_annotation_names_the_view() -> None:
    def view(request: HttpRequest) -> JsonResponseMissing: ...  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(ResponseValidationError, match="its return annotation cannot be resolved"):
        openapi_responses(view)


def test_two_models_of_one_name_get_distinct_components() -> None:
    def first(request: HttpRequest) -> JsonResponseOK[Item]: ...

    def second(request: HttpRequest) -> JsonResponseOK[list[OtherItem]]: ...

    components: dict[str, object] = {}
    openapi_responses(first, schemas=components)
    responses = openapi_responses(second, schemas=components)
    other = "tests.contrib.test_openapi._other_item._locals_.Item"
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": f"#/components/schemas/{other}"},
    }
    assert sorted(components) == ["Item", other]
    assert components[other] == {
        "properties": {"code": {"title": "Code", "type": "string"}},
        "required": ["code"],
        "title": "Item",
        "type": "object",
    }
    assert openapi_responses(first, schemas=components)["200"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
    }


def test_two_classes_of_one_qualified_name_are_refused() -> None:
    def third(request: HttpRequest) -> JsonResponseOK[_other_item()]: ...  # type: ignore[valid-type]

    def second(request: HttpRequest) -> JsonResponseOK[OtherItem]: ...

    components: dict[str, object] = {"Item": {"type": "object"}}
    openapi_responses(second, schemas=components)
    components["tests.contrib.test_openapi._other_item._locals_.Item"] = {"type": "string"}
    with pytest.raises(ResponseValidationError) as raised:
        openapi_responses(third, schemas=components)
    assert str(raised.value) == (
        "test_two_classes_of_one_qualified_name_are_refused.<locals>.third: two different "
        "models are both 'tests.contrib.test_openapi._other_item._locals_.Item' (module and "
        "qualified name), and their schemas differ; give one of them another name"
    )


def test_merge_keeps_the_generators_own_and_adds_the_declared() -> None:
    own = {
        "200": {"description": "", "content": {"application/json": {"schema": {"type": "object"}}}}
    }
    merged = merge_responses(own, openapi_responses(item))
    assert merged["200"]["content"]["application/json"] == {"schema": {"type": "object"}}
    assert merged["200"]["description"] == ""
    assert list(merged) == ["200", "303", "404"]


# --- At run time --------------------------------------------------------------------------


def _request(view: object, method: str = "GET") -> HttpRequest:
    request = RequestFactory().generic(method, "/items/1")
    request.resolver_match = ResolverMatch(view, (), {})  # type: ignore[arg-type]
    return request


def _rules(response: HttpResponse, request: HttpRequest) -> list[str]:
    return [finding.rule for finding in check_response(response, request)]


def test_undeclared_status_is_a_finding() -> None:
    request = _request(item)
    assert _rules(JsonResponseOK(Item(id=1, name="a")), request) == []
    assert _rules(HttpResponseNotFound(), request) == []
    [finding] = check_response(JsonResponseConflict({"detail": "taken"}), request)
    assert (finding.rule, finding.severity) == ("undeclared-status", "error")
    assert (
        finding.message
        == "item answered 409, which it does not declare (it declares 200, 303, 404)"
    )
    assert finding.reference == "the view's declared responses: its return type and @responds"


def test_views_that_declare_nothing_and_requests_without_a_view() -> None:
    def plain(request: HttpRequest) -> HttpResponse: ...

    assert _rules(JsonResponseConflict({}), _request(plain)) == []
    assert _rules(JsonResponseConflict({}), RequestFactory().get("/")) == []
    assert _rules(JsonResponseConflict({}), None) == []  # type: ignore[arg-type]


def test_class_based_views_by_method() -> None:
    class Items(View):
        def get(self, request: HttpRequest) -> JsonResponseOK[Item]: ...

        @responds(JsonResponseConflict[ProblemDetails])
        def delete(self, request: HttpRequest) -> HttpResponseNoContent: ...

    view = Items.as_view()
    assert _rules(HttpResponseNoContent(), _request(view, "GET")) == ["undeclared-status"]
    assert _rules(HttpResponseNoContent(), _request(view, "DELETE")) == []
    assert _rules(JsonResponseConflict({}), _request(view, "DELETE")) == []
    assert _rules(JsonResponseOK({}), _request(view, "HEAD")) == []


def test_the_middleware_in_raise_mode_refuses_an_undeclared_status() -> None:
    from django.test import override_settings

    from django_allresponses.checks.middleware import (
        ResponseChecksMiddleware,
        ResponseConformanceError,
    )

    def answer(request: HttpRequest) -> HttpResponse:
        return JsonResponseConflict({"detail": "taken"})

    with override_settings(ALLRESPONSES_CHECKS="raise"):
        middleware = ResponseChecksMiddleware(answer)
    with pytest.raises(ResponseConformanceError, match="undeclared-status: item answered 409"):
        middleware(_request(item))

    def declared(request: HttpRequest) -> HttpResponse:
        return HttpResponseNotFound()

    with override_settings(ALLRESPONSES_CHECKS="raise"):
        assert ResponseChecksMiddleware(declared)(_request(item)).status_code == 404


class _Odd:
    """A callable whose attributes raise: what check_response may meet as a view."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(name)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse()


def test_a_view_that_cannot_be_read_declares_nothing() -> None:
    request = RequestFactory().get("/")
    request.resolver_match = SimpleNamespace(func=_Odd())  # type: ignore[assignment]
    assert _rules(JsonResponseConflict({}), request) == []


# --- Aliases: PEP 695's type statement and typing_extensions.TypeAliasType ------------------

T = TypeVar("T")
Found = TypeAliasType("Found", JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails])
Answer = TypeAliasType("Answer", Found | HttpResponseNoContent)  # an alias in an alias
Page = TypeAliasType("Page", JsonResponseOK[list[T]] | HttpResponseSeeOther, type_params=(T,))


def aliased(request: HttpRequest, pk: int) -> Answer | HttpResponseSeeOther: ...


def paged(request: HttpRequest) -> Page[Item]: ...


def test_type_alias_type_aliases_are_read_nested_in_unions_too() -> None:
    responses = openapi_responses(aliased)
    assert list(responses) == ["200", "204", "303", "404"]
    assert responses["200"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
    }
    assert openapi_responses(paged)["200"]["content"] == {
        "application/json": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
        }
    }
    assert list(openapi_responses(responds(Found)(paged))) == ["200", "303", "404"]


def test_type_alias_type_aliases_are_checked_at_run_time() -> None:
    assert _rules(HttpResponseNoContent(), _request(aliased)) == []
    [finding] = check_response(JsonResponseConflict({}), _request(aliased))
    assert finding.message == (
        "aliased answered 409, which it does not declare (it declares 200, 204, 303, 404)"
    )
    assert _rules(HttpResponseNoContent(), _request(paged)) == ["undeclared-status"]


Maybe = TypeAliasType("Maybe", JsonResponseOK[Item] | None)


def test_an_alias_that_allows_none_is_refused() -> None:
    def maybe(request: HttpRequest) -> Maybe: ...

    with pytest.raises(ResponseValidationError, match="allows None, which is not a response"):
        openapi_responses(maybe)


PEP_695_SOURCE = """
from django_allresponses import (
    HttpResponseGone, HttpResponseNoContent, JsonResponseNotFound, JsonResponseOK, ProblemDetails,
)
from tests.contrib.test_openapi import Item

type Found = JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails]
type Answer = Found | HttpResponseNoContent
type Page[T] = JsonResponseOK[list[T]] | HttpResponseGone

def aliased(request, pk: int) -> Answer | HttpResponseGone: ...

def paged(request) -> Page[Item]: ...
"""


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the type statement is Python 3.12's")
def test_pep_695_type_statements_are_read() -> None:
    namespace: dict[str, Any] = {"__name__": "pep695_views"}
    exec(compile(PEP_695_SOURCE, "pep695_views.py", "exec"), namespace)
    aliased, paged = namespace["aliased"], namespace["paged"]
    assert list(openapi_responses(aliased)) == ["200", "204", "404", "410"]
    assert openapi_responses(paged)["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Item"},
    }
    assert _rules(HttpResponseGone(), _request(aliased)) == []
    [finding] = check_response(JsonResponseConflict({}), _request(paged))
    assert (
        finding.message == "paged answered 409, which it does not declare (it declares 200, 410)"
    )
