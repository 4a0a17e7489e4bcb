"""The test project's URLs plus views for the conformance checks: a few good and bad responses."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from django_allresponses import HttpResponseEarlyHints, HttpResponseNoContent, HttpResponseOK
from tests.support.views import urlpatterns as status_views


def ok(request: HttpRequest) -> HttpResponse:
    return HttpResponseOK("fine")


def no_content(request: HttpRequest) -> HttpResponse:
    return HttpResponseNoContent()


def plain_no_content(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(status=204)
    del response["Content-Type"]
    return response


def missing_allow(request: HttpRequest) -> HttpResponse:
    return HttpResponse("no", status=405)


def created_without_location(request: HttpRequest) -> HttpResponse:
    return HttpResponse("made", status=201)


def early_hints(request: HttpRequest) -> HttpResponse:
    return HttpResponseEarlyHints()


urlpatterns = [
    *status_views,  # /status/<code> and /json/<code>, as in tests.support.urls
    path("ok/", ok),
    path("no-content/", no_content),
    path("plain-no-content/", plain_no_content),
    path("missing-allow/", missing_allow),
    path("created/", created_without_location),
    path("early-hints/", early_hints),
]
