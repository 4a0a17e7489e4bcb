"""URLs of the serve_file-against-WhiteNoise benchmark: the test project's, plus
``/serve_file/<name>`` on the files of ``ALLRESPONSES_RANGES_FILES``, which WhiteNoise serves
at ``/<name>`` (:mod:`benchmarks.serve_file_settings`)."""

from __future__ import annotations

import os

from django.http import HttpRequest, HttpResponseBase
from django.urls import path

from django_allresponses import serve_file
from tests.support.views import urlpatterns as test_urlpatterns

FOLDER = os.environ.get("ALLRESPONSES_RANGES_FILES", "")


def served(request: HttpRequest, name: str) -> HttpResponseBase:
    """The file ``name`` of the folder, as a view serving one would send it."""
    return serve_file(request, os.path.join(FOLDER, os.path.basename(name)))


urlpatterns = [*test_urlpatterns, path("serve_file/<str:name>", served)]
