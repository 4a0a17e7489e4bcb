"""Views and URLs of the range and precondition tests, beside the test project's own.

Files are served from the folder named by the ``ALLRESPONSES_RANGES_FILES``
environment variable (the tests write them there before a server starts).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from django.http import HttpRequest, HttpResponseBase
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import HttpResponseNoContent, HttpResponseOK, conditional, serve_file
from tests.support.views import urlpatterns as status_urlpatterns

ETAG = '"ranges-v1"'
"""The entity-tag the ``tagged/`` views send."""

MODIFIED = datetime(2024, 1, 1, tzinfo=UTC)
"""Mon, 01 Jan 2024 00:00:00 GMT: the conditional views' Last-Modified."""


def files() -> Path:
    return Path(os.environ["ALLRESPONSES_RANGES_FILES"])


def tagged(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file with ``ETag: "ranges-v1"`` and its modification time."""
    return serve_file(request, files() / name, etag=ETAG)


def dated(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file with its modification time as its only validator."""
    return serve_file(request, files() / name)


def attachment(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file as a download named ``report.pdf``."""
    return serve_file(request, files() / name, filename="report.pdf", as_attachment=True)


def player(request: HttpRequest, name: str) -> HttpResponseBase:
    """A page that plays ``tagged/<name>``."""
    return HttpResponseOK(
        f'<!doctype html><title>player</title><audio id="audio" controls preload="auto" '
        f'src="/ranges/tagged/{name}"></audio>',
        content_type="text/html; charset=utf-8",
    )


def _etag(request: HttpRequest | Request, *args: object, **kwargs: object) -> str:
    return ETAG


@csrf_exempt
@conditional(etag=_etag, last_modified=lambda request: MODIFIED, require_if_match=True)
def document(request: HttpRequest) -> HttpResponseBase:
    """A function view under preconditions."""
    if request.method == "GET":
        return HttpResponseOK(b"document v1")
    return HttpResponseNoContent()


@method_decorator(csrf_exempt, name="dispatch")
class DocumentView(View):
    """A Django class-based view under preconditions."""

    @conditional(etag=lambda view, request: ETAG, require_if_match=True)
    def get(self, request: HttpRequest) -> HttpResponseBase:
        return HttpResponseOK(b"document v1")

    @conditional(etag=lambda view, request: ETAG, require_if_match=True)
    def put(self, request: HttpRequest) -> HttpResponseBase:
        return HttpResponseNoContent()


class DocumentAPIView(APIView):
    """A Django REST framework view under preconditions."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []

    @conditional(etag=lambda view, request: ETAG, require_if_match=True)
    def get(self, request: Request) -> Response:
        return Response({"version": 1})

    @conditional(etag=lambda view, request: ETAG, require_if_match=True)
    def put(self, request: Request) -> Response:
        return Response(status=204)


urlpatterns = [
    *status_urlpatterns,
    path("ranges/tagged/<str:name>", tagged),
    path("ranges/dated/<str:name>", dated),
    path("ranges/attachment/<str:name>", attachment),
    path("ranges/player/<str:name>", player),
    path("conditional/function", document),
    path("conditional/class", DocumentView.as_view()),
    path("conditional/drf", DocumentAPIView.as_view()),
]
