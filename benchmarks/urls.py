"""URLs of the benchmarks: the test project's, plus two views per class with a final status.

``/ours/<n>`` returns the class of case ``n`` of :data:`CASES` built with its
example arguments; ``/django/<n>`` returns the hand-written Django equivalent
(same status, headers and body), as :mod:`benchmarks.construction` builds it.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseBase
from django.urls import path

from benchmarks.construction import Case, build_cases
from tests.support.views import urlpatterns as test_urlpatterns

CASES: list[Case] = [case for case in build_cases(None) if case.code >= 200]
"""Every class and JSON twin with a final status: what a server can send."""


def ours(request: HttpRequest, index: int) -> HttpResponseBase:
    return CASES[index].ours()


def django(request: HttpRequest, index: int) -> HttpResponseBase:
    return CASES[index].django()


urlpatterns = [
    *test_urlpatterns,
    path("ours/<int:index>", ours, name="ours"),
    path("django/<int:index>", django, name="django"),
]
