"""Views for hostile requests: Django's exceptions raised under any path, a throttle whose
clock went backwards, and 206s that pass through Django's compressing middleware.

Files for the range views are served from the folder named by ``ALLRESPONSES_RANGES_FILES``
(``tests.support.ranges_urls`` uses the same variable).
"""

from __future__ import annotations

import io
from typing import Any

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponseBase
from django.urls import path, re_path
from rest_framework import throttling
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import HttpResponsePartialContent, serve_file
from tests.support.ranges_urls import files
from tests.support.views_immediate import urlpatterns as immediate_urlpatterns

RAISED: dict[str, Exception] = {
    "not-found": Http404("No Item matches the given query."),
    "forbidden": PermissionDenied("Staff only."),
    "bad-request": BadRequest("Malformed filter."),
    "suspicious": SuspiciousOperation("Odd header."),
}
"""What ``hostile/<kind>/<anything>`` raises, by kind."""

PARTIAL = bytes(range(256)) * 4
"""1,024 bytes that compress well enough for GZipMiddleware to want to."""


def raising(request: HttpRequest, kind: str, rest: str) -> HttpResponseBase:
    """Raise the exception of ``kind``, whatever follows in the path."""
    raise RAISED[kind]


def partial(request: HttpRequest) -> HttpResponseBase:
    """A 206 built in memory: bytes 0-299 of :data:`PARTIAL`."""
    return HttpResponsePartialContent(
        PARTIAL[:300], content_range=(0, 299, len(PARTIAL)), content_type="text/plain"
    )


def served(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file ``name`` by ``serve_file``, with its derived validator."""
    return serve_file(request, files() / name)


def in_memory(request: HttpRequest) -> HttpResponseBase:
    """:data:`PARTIAL` from a ``BytesIO`` by ``serve_file``."""
    return serve_file(request, io.BytesIO(PARTIAL), content_type="text/plain")


class BackwardsClock(throttling.BaseThrottle):
    """A throttle whose clock went backwards: it asks for a wait of -3 seconds."""

    def allow_request(self, request: Any, view: Any) -> bool:
        return False

    def wait(self) -> float:
        return -3.0


class BackwardsThrottledView(APIView):
    throttle_classes = [BackwardsClock]

    def get(self, request: Request) -> Response:
        return Response({"never": True})


urlpatterns = [
    *immediate_urlpatterns,
    re_path(
        r"^hostile/(?P<kind>not-found|forbidden|bad-request|suspicious)/"
        r"(?P<rest>[\s\S]*)\Z",
        raising,
    ),
    path("hostile/partial", partial),
    path("hostile/in-memory", in_memory),
    path("hostile/files/<str:name>", served),
    path("hostile/drf/throttled-backwards", BackwardsThrottledView.as_view()),
]
