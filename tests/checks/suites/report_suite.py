"""A small suite run by test_checks_report.py: the report mode's table, the marker and the
decorator that silence a rule, a marker with an unknown rule, and one copy of each finding
in a failing test's report though the middleware logs it too."""

from __future__ import annotations

import pytest
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView

from django_allresponses.checks import ignore

CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"


def not_allowed(request: object) -> HttpResponse:
    return HttpResponse(status=405)  # no Allow


def private(request: object) -> HttpResponse:
    return HttpResponse(status=401)  # no WWW-Authenticate


@ignore("missing-www-authenticate")
def private_on_purpose(request: object) -> HttpResponse:
    return HttpResponse(status=401)


class Items(APIView):
    def get(self, request: object) -> Response:
        return Response({"detail": "log in"}, status=401)


@ignore("missing-www-authenticate")
class ItemsOnPurpose(Items):
    pass


urlpatterns = [
    path("not-allowed/", not_allowed),
    path("private/", private),
    path("on-purpose/", private_on_purpose),
]
pytestmark = pytest.mark.usefixtures("_urls")


@pytest.fixture
def _urls() -> object:
    with override_settings(
        ROOT_URLCONF=__name__,
        MIDDLEWARE=["django.middleware.common.CommonMiddleware", CHECKS],  # log mode
    ):
        yield


def test_not_allowed() -> None:
    assert Client().get("/not-allowed/").status_code == 405


def test_not_allowed_twice() -> None:
    assert Client().get("/not-allowed/").status_code == 405
    assert Client().get("/not-allowed/?again").status_code == 405


def test_private() -> None:
    assert Client().get("/private/").status_code == 401


def test_private_drf_called_directly() -> None:
    assert Items.as_view()(APIRequestFactory().get("/items/")).status_code == 401


@pytest.mark.allresponses_ignore("missing-www-authenticate")
def test_private_marked() -> None:
    assert Client().get("/private/").status_code == 401


def test_private_decorated() -> None:
    assert Client().get("/on-purpose/").status_code == 401
    assert ItemsOnPurpose.as_view()(APIRequestFactory().get("/items/")).status_code == 401


@pytest.mark.allresponses_ignore("missing-challenge")
def test_marker_with_an_unknown_rule() -> None:
    pass
