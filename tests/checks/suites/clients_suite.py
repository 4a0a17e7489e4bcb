"""A small suite run by test_plugin_clients.py: one bad response through each way a test
gets a response. Each test receives a response with one error, so each fails."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from django.http import HttpResponse
from django.test import AsyncClient, Client, override_settings
from django.urls import path
from ninja import Router
from ninja.testing import TestAsyncClient, TestClient
from rest_framework.response import Response
from rest_framework.test import APIClient, APIRequestFactory
from rest_framework.views import APIView


def plain(request: object) -> HttpResponse:
    return HttpResponse(status=405)  # no Allow


class Items(APIView):
    def get(self, request: object) -> Response:
        # DRF sends Allow on every response of an APIView; WWW-Authenticate only with
        # the 401 of its exception handler.
        return Response({"detail": "no"}, status=401)  # no WWW-Authenticate


router = Router()


@router.get("/private", response={401: dict})
def private(request: object) -> tuple[int, dict[str, str]]:
    return 401, {"detail": "log in"}  # no WWW-Authenticate


@router.get("/private-async", response={401: dict})
async def private_async(request: object) -> tuple[int, dict[str, str]]:
    return 401, {"detail": "log in"}


urlpatterns = [path("plain/", plain), path("drf/", Items.as_view())]


@override_settings(ROOT_URLCONF=__name__)
def test_client() -> None:
    assert Client().get("/plain/").status_code == 405


@override_settings(ROOT_URLCONF=__name__)
def test_async_client() -> None:
    assert async_to_sync(AsyncClient().get)("/plain/").status_code == 405


@override_settings(ROOT_URLCONF=__name__)
def test_api_client() -> None:
    assert APIClient().get("/drf/").status_code == 401


def test_factory_rendered() -> None:
    response = Items.as_view()(APIRequestFactory().get("/drf/"))
    assert response.render().content == b'{"detail":"no"}'


def test_factory_never_rendered() -> None:
    assert Items.as_view()(APIRequestFactory().get("/drf/")).status_code == 401


def test_ninja() -> None:
    assert TestClient(router).get("/private").status_code == 401


def test_ninja_async() -> None:
    assert async_to_sync(TestAsyncClient(router).get)("/private-async").status_code == 401
