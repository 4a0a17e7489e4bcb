"""JSON twins generic in their data, and a view's return type as its declared responses."""

from typing import TypedDict, assert_type

from django.http import HttpRequest
from pydantic import BaseModel
from typing_extensions import TypeAliasType

from django_allresponses import (
    HttpResponseNoContent,
    HttpResponseSeeOther,
    JsonLinesResponse,
    JsonResponseConflict,
    JsonResponseCreated,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponseTooManyRequests,
    ProblemDetails,
)
from django_allresponses.openapi import ServedFile, responds


class Item(BaseModel):
    id: int
    name: str


class Totals(TypedDict):
    count: int


def inferred(item: Item, totals: Totals) -> None:
    assert_type(JsonResponseOK(item), JsonResponseOK[Item])
    assert_type(JsonResponseOK([item]), JsonResponseOK[list[Item]])
    assert_type(JsonResponseOK(totals), JsonResponseOK[Totals])
    assert_type(JsonResponseNotFound(ProblemDetails()), JsonResponseNotFound[ProblemDetails])
    assert_type(JsonResponseCreated(item, location="/items/1"), JsonResponseCreated[Item])
    assert_type(
        JsonResponseTooManyRequests(ProblemDetails(), retry_after=30),
        JsonResponseTooManyRequests[ProblemDetails],
    )


def subscripted() -> JsonResponseOK[Item]:
    return JsonResponseOK[Item](Item(id=1, name="one"))


def bare_twin(item: Item) -> JsonResponseOK:
    return JsonResponseOK(item)


def item_view(
    request: HttpRequest, pk: int
) -> JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther:
    if pk == 0:
        return HttpResponseSeeOther("/items/1")
    if pk < 0:
        return JsonResponseNotFound(ProblemDetails(detail="no such item"))
    return JsonResponseOK(Item(id=pk, name="an item"))


@responds(JsonResponseTooManyRequests[ProblemDetails])
def delete_view(request: HttpRequest, pk: int) -> HttpResponseNoContent:
    return HttpResponseNoContent()


def caller(request: HttpRequest) -> None:
    assert_type(
        item_view(request, 1),
        JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther,
    )
    assert_type(delete_view(request, 1), HttpResponseNoContent)


def twins_with_a_default_body(item: Item) -> None:
    """The twins whose data may be left out, and the unparametrized twins, take any data."""
    JsonResponseOK({"id": 1})
    JsonResponseCreated({"id": 1}, location="/items/1")
    JsonResponseCreated(location="/items/1")
    JsonResponseNotAllowed({"error": "read only"}, permitted_methods=["GET"])
    JsonResponseNotAllowed(permitted_methods=["GET"])
    JsonResponseCreated[Item](item, location="/items/1")
    JsonResponseNotAllowed[ProblemDetails](ProblemDetails(), permitted_methods=["GET"])


Errors = TypeAliasType("Errors", JsonResponseConflict[ProblemDetails] | JsonResponseNotFound)


@responds(ServedFile, Errors, JsonResponseConflict | HttpResponseSeeOther)
@responds(JsonLinesResponse[Item], JsonResponseNotFound)
def declared_in_every_form(request: HttpRequest) -> HttpResponseNoContent:
    return HttpResponseNoContent()
