"""URLs of the serve_file-against-WhiteNoise benchmark: the test project's, plus
``/serve_file/<name>`` on the files of ``ALLRESPONSES_RANGES_FILES``, which WhiteNoise serves
at ``/<name>`` (:mod:`benchmarks.serve_file_settings`), and ``/file_response/<name>``, the
same files through a view returning Django's own ``FileResponse``: what any view pays
that WhiteNoise's middleware does not."""

from __future__ import annotations

import os

from django.http import FileResponse, HttpRequest, HttpResponseBase
from django.urls import path

from django_allresponses import serve_file
from tests.support.views import urlpatterns as test_urlpatterns

FOLDER = os.environ.get("ALLRESPONSES_RANGES_FILES", "")


def served(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file ``name`` of the folder, as a view serving one would send it."""
    return serve_file(request, os.path.join(FOLDER, os.path.basename(name)))


def file_response(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file ``name`` of the folder, as Django's ``FileResponse`` sends it."""
    return FileResponse(open(os.path.join(FOLDER, os.path.basename(name)), "rb"))


urlpatterns = [
    *test_urlpatterns,
    path("serve_file/<str:name>", served),
    path("file_response/<str:name>", file_response),
]
