"""Views that declare their responses, and whose frameworks answer some statuses on their
behalf: Django's require_GET (405), DRF's negotiation (406), parsing (400, 415),
authentication (401) and permissions (403), django-ninja's validation (422)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from django.http import HttpRequest
from django.urls import path
from django.views.decorators.http import require_GET
from ninja import NinjaAPI
from pydantic import BaseModel
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import (
    HttpResponseNoContent,
    JsonResponseConflict,
    JsonResponseCreated,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
    serve_file,
)
from django_allresponses.contrib.ninja import register
from django_allresponses.openapi import ServedFile, responds


class Item(BaseModel):
    id: int
    name: str


LAMP = Item(id=1, name="Lamp")


@require_GET
def ping(request: HttpRequest) -> JsonResponseOK[Item]:
    return JsonResponseOK(LAMP)


class TokenAuthentication(BaseAuthentication):
    """``Authorization: Token good`` is a user; any other token fails (401, challenged)."""

    def authenticate(self, request: Request) -> tuple[Any, None] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith("Token "):
            return None
        if header != "Token good":
            raise AuthenticationFailed("Bad token.")
        return SimpleNamespace(is_authenticated=True), None

    def authenticate_header(self, request: Request) -> str:
        return 'Token realm="api"'


class ReadOnlyUnlessPost(BasePermission):
    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        if not getattr(user, "is_authenticated", False):
            return False
        return request.method in SAFE_METHODS or request.method == "POST"


class ItemView(APIView):
    authentication_classes = [TokenAuthentication]
    permission_classes = [ReadOnlyUnlessPost]

    def get(self, request: Request) -> JsonResponseOK[Item]:
        return JsonResponseOK(LAMP)

    def post(self, request: Request) -> JsonResponseCreated[Item]:
        item = Item(id=2, name=str(request.data["name"]))
        if item.name == "Lamp":
            return JsonResponseConflict(ProblemDetails(detail="Taken."))  # type: ignore[return-value]
        return JsonResponseCreated(item, location="/drf/items/2")

    def delete(self, request: Request) -> HttpResponseNoContent:
        return HttpResponseNoContent()


class DeclaredView(APIView):
    """DRF's own Response, its statuses and data declared with @responds."""

    authentication_classes = []

    @responds(JsonResponseOK[Item], JsonResponseNotFound[ProblemDetails])
    def get(self, request: Request, pk: int) -> Response:
        if pk == 1:
            return Response(LAMP.model_dump())
        if pk == 2:
            return Response({"detail": "Retired."}, status=410)  # not declared
        return Response({"title": "Not Found", "status": 404}, status=404)


api = NinjaAPI(urls_namespace="framework-statuses")
register(api)


@api.get("/items/{pk}")
def item(request: HttpRequest, pk: int) -> JsonResponseOK[Item]:
    return JsonResponseOK(LAMP)


def download(request: HttpRequest) -> ServedFile:
    """This very file, served with its ranges and preconditions."""
    return serve_file(request, __file__, content_type="text/x-python")


urlpatterns = [
    path("download", download),
    path("ping", ping),
    path("drf/items", ItemView.as_view()),
    path("drf/declared/<int:pk>", DeclaredView.as_view()),
    path("ninja/", api.urls),
]
