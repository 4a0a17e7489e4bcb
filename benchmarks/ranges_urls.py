"""URLs of the file-serving benchmark: the test project's, plus ``/serve_file/<name>`` and
``/file_response/<name>`` on the files of ``ALLRESPONSES_RANGES_FILES``. WhiteNoise serves the
same files at ``/<name>`` (:mod:`benchmarks.ranges_settings`)."""

from __future__ import annotations

import os
from pathlib import Path

from django.http import FileResponse, HttpRequest, HttpResponseBase
from django.urls import path

from django_allresponses import serve_file
from tests.support.views import urlpatterns as test_urlpatterns


def _file(name: str) -> Path:
    return Path(os.environ["ALLRESPONSES_RANGES_FILES"]) / Path(name).name


def served(request: HttpRequest, name: str) -> HttpResponseBase:
    return serve_file(request, _file(name))


def django(request: HttpRequest, name: str) -> HttpResponseBase:
    return FileResponse(open(_file(name), "rb"))


urlpatterns = [
    *test_urlpatterns,
    path("serve_file/<str:name>", served),
    path("file_response/<str:name>", django),
]
