"""The catalogue with django-ninja."""

from django.http import HttpRequest
from ninja import NinjaAPI

from django_allresponses import (
    HttpResponseNoContent,
    JsonResponseConflict,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
    abort,
)
from django_allresponses.contrib.ninja import register
from django_allresponses.openapi import responds

from .schemas import ITEMS, Item

api = NinjaAPI(title="Catalogue", version="1.0", urls_namespace="catalog-ninja")
register(api)


@api.get("/items/{pk}")
def item(
    request: HttpRequest, pk: int
) -> JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails]:
    if pk not in ITEMS:
        return JsonResponseNotFound(ProblemDetails(detail=f"No item {pk}."))
    if pk == 2:
        abort(410, ProblemDetails(detail="Retired."))  # not declared
    return JsonResponseOK(ITEMS[pk])


@api.delete("/items/{pk}")
@responds(JsonResponseConflict[ProblemDetails])
def delete_item(request: HttpRequest, pk: int) -> HttpResponseNoContent:
    if pk == 1:
        abort(409, ProblemDetails(detail="Item 1 is on order."))
    return HttpResponseNoContent()


@api.get("/items", response=list[Item])
def item_list(request: HttpRequest) -> list[Item]:
    return list(ITEMS.values())
