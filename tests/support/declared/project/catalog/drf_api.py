"""The catalogue with Django REST framework: an APIView and an @api_view function."""

from django.http import HttpRequest
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.views import APIView

from django_allresponses import (
    HttpResponseNoContent,
    HttpResponseSeeOther,
    JsonResponseConflict,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
    abort,
)
from django_allresponses.openapi import responds

from .schemas import ITEMS, Item


class ItemView(APIView):
    def get(
        self, request: Request, pk: int
    ) -> JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther:
        if pk == 0:
            return HttpResponseSeeOther("/drf/items/1")
        if pk not in ITEMS:
            return JsonResponseNotFound(ProblemDetails(detail=f"No item {pk}."))
        if pk == 2:
            # Retired items: a status the return type does not declare, raised where the
            # checkers cannot see it. The plugin reports it as undeclared-status.
            abort(410, ProblemDetails(detail="Retired."))
        return JsonResponseOK(ITEMS[pk])

    @responds(JsonResponseConflict[ProblemDetails])
    def delete(self, request: Request, pk: int) -> HttpResponseNoContent:
        if pk == 1:
            abort(409, ProblemDetails(detail="Item 1 is on order."))
        return HttpResponseNoContent()


@api_view(["GET"])
def item_list(request: HttpRequest) -> JsonResponseOK[list[Item]]:
    return JsonResponseOK(list(ITEMS.values()), safe=False)
