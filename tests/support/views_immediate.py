"""URLs of the raising-a-response tests: Django views (sync and async), DRF and django-ninja.

Every view stops deep inside a helper by raising, never by returning. The
project's own paths (``/status/<code>``, ``/json/<code>``) stay, so the wire
tests' servers find their ready path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.decorators import async_only_middleware
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle
from rest_framework import serializers
from rest_framework import throttling as drf_throttling
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.decorators import api_view
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import HttpResponseForbidden, ProblemDetails
from django_allresponses.contrib.ninja import register
from django_allresponses.immediate import ImmediateResponse, abort
from tests.support.views import urlpatterns as status_urlpatterns

# --- helpers deep below the views -------------------------------------------------------------


def find_item(pk: int) -> dict[str, int]:
    """A service function: it answers the request itself when the item is missing."""
    if pk != 1:
        abort(404, ProblemDetails(detail=f"No item {pk}."))
    return {"id": pk}


def check_rate() -> None:
    abort(429, "Slow down.", retry_after=30)


async def check_maintenance() -> None:
    abort(503, "Down for maintenance.", retry_after=120)


# --- Django views -----------------------------------------------------------------------------


def rate_limited(request: HttpRequest) -> HttpResponse:
    check_rate()


def item(request: HttpRequest, pk: int) -> HttpResponse:
    return HttpResponse(str(find_item(pk)))


class Subscription:
    def check(self) -> str:
        abort(402, "Subscribe first.")


def template(request: HttpRequest) -> TemplateResponse:
    # The template calls Subscription.check while the response renders, after the view.
    page = engines["django"].from_string("<p>{{ subscription.check }}</p>")
    return TemplateResponse(request, page, {"subscription": Subscription()})  # type: ignore[arg-type]


def carried(request: HttpRequest) -> HttpResponse:
    raise ImmediateResponse(HttpResponseForbidden("Not yours."))


def created(request: HttpRequest) -> HttpResponse:
    abort(201, "/items/1", created_document='{"id": 1}', content_type="application/json")


async def maintenance(request: HttpRequest) -> HttpResponse:
    await check_maintenance()
    return HttpResponse("never")


async def async_item(request: HttpRequest, pk: int) -> HttpResponse:
    return HttpResponse(str(find_item(pk)))


def not_found(request: HttpRequest) -> HttpResponse:
    raise Http404("No Item matches the given query.")


async def async_not_found(request: HttpRequest) -> HttpResponse:
    raise Http404("No Item matches the given query.")


def permission_denied(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied("Staff only.")


def bad_request(request: HttpRequest) -> HttpResponse:
    raise BadRequest("Malformed filter.")


def suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("Tampered signature.")


def crash(request: HttpRequest) -> HttpResponse:
    raise ValueError("a bug")


@async_only_middleware
def async_chain_middleware(
    get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]],
) -> Callable[[HttpRequest], Awaitable[HttpResponseBase]]:
    """An async-only middleware: under ASGI the whole chain runs async. It marks what it sees."""

    async def middleware(request: HttpRequest) -> HttpResponseBase:
        response = await get_response(request)
        response["X-Async-Chain"] = "seen"
        return response

    return middleware


# --- Django REST framework ----------------------------------------------------------------------


class AlwaysThrottled(drf_throttling.BaseThrottle):
    def allow_request(self, request: Any, view: Any) -> bool:
        return False

    def wait(self) -> float:
        return 29.2


class ThrottledView(APIView):
    throttle_classes = [AlwaysThrottled]

    def get(self, request: Request) -> Response:
        return Response({"never": True})


class NoUsersBasicAuthentication(BasicAuthentication):
    """HTTP Basic with no user at all: every credential fails, without a database."""

    def authenticate_credentials(
        self, userid: str, password: str, request: Request | None = None
    ) -> tuple[Any, Any]:
        raise AuthenticationFailed("Invalid username/password.")


class PrivateView(APIView):
    authentication_classes = [NoUsersBasicAuthentication]
    permission_classes = [IsAuthenticated]

    def get(self, request: Request) -> Response:
        return Response({"private": True})


class SessionOnlyView(PrivateView):
    authentication_classes = [SessionAuthentication]


class ReadOnlyView(APIView):
    def get(self, request: Request) -> Response:
        return Response({"items": []})


class ItemSerializer(serializers.Serializer[dict[str, Any]]):
    name = serializers.CharField(max_length=5)
    count = serializers.IntegerField(min_value=1)


@api_view(["POST"])
def drf_validate(request: Request) -> Response:
    serializer = ItemSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    return Response(serializer.validated_data)


@api_view(["GET"])
def drf_abort(request: Request) -> Response:
    check_rate()


@api_view(["GET"])
def drf_item(request: Request, pk: int) -> Response:
    return Response(find_item(pk))


@api_view(["GET"])
def drf_not_found(request: Request) -> Response:
    raise Http404("No Item matches the given query.")


@api_view(["GET"])
def drf_permission_denied(request: Request) -> Response:
    raise PermissionDenied("Staff only.")


# --- django-ninja -------------------------------------------------------------------------------


class NeverThrottle(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        return False

    def wait(self) -> float:
        return 29.2


class NoBearer(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> str | None:
        return None


api = NinjaAPI(urls_namespace="immediate-tests")
register(api, www_authenticate='Bearer realm="api"')


@api.get("/abort")
def ninja_abort(request: HttpRequest) -> dict[str, str]:
    check_rate()


@api.get("/items/{pk}")
def ninja_item(request: HttpRequest, pk: int) -> dict[str, int]:
    return find_item(pk)


@api.get("/async-maintenance")
async def ninja_async_maintenance(request: HttpRequest) -> dict[str, str]:
    await check_maintenance()
    return {"never": "here"}


@api.get("/conflict")
def ninja_conflict(request: HttpRequest) -> dict[str, str]:
    raise HttpError(409, "The name is taken.")


@api.get("/private", auth=NoBearer())
def ninja_private(request: HttpRequest) -> dict[str, str]:
    return {"private": "yes"}


@api.get("/throttled", throttle=NeverThrottle())
def ninja_throttled(request: HttpRequest) -> dict[str, str]:
    return {"never": "here"}


@api.get("/count")
def ninja_count(request: HttpRequest, n: int) -> dict[str, int]:
    return {"n": n}


@api.get("/missing")
def ninja_missing(request: HttpRequest) -> dict[str, str]:
    raise Http404("No Item matches the given query.")


urlpatterns = [
    *status_urlpatterns,
    path("immediate/rate-limited", rate_limited),
    path("immediate/items/<int:pk>", item),
    path("immediate/carried", carried),
    path("immediate/template", template),
    path("immediate/created", created),
    path("immediate/async/maintenance", maintenance),
    path("immediate/async/items/<int:pk>", async_item),
    path("immediate/not-found", not_found),
    path("immediate/async/not-found", async_not_found),
    path("immediate/permission-denied", permission_denied),
    path("immediate/bad-request", bad_request),
    path("immediate/suspicious", suspicious),
    path("immediate/crash", crash),
    path("drf/throttled", ThrottledView.as_view()),
    path("drf/private", PrivateView.as_view()),
    path("drf/session-only", SessionOnlyView.as_view()),
    path("drf/read-only", ReadOnlyView.as_view()),
    path("drf/validate", drf_validate),
    path("drf/abort", drf_abort),
    path("drf/items/<int:pk>", drf_item),
    path("drf/not-found", drf_not_found),
    path("drf/permission-denied", drf_permission_denied),
    path("ninja/", api.urls),
]
