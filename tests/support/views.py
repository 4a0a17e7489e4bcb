"""Views returning every class with representative valid arguments.

The arguments come from ``django_allresponses.tools.examples``, shared with the
playground and the wire tests.
"""

from django.http import HttpRequest, HttpResponseBase
from django.urls import path

from django_allresponses.tools.examples import build


def status_view(request: HttpRequest, code: int) -> HttpResponseBase:
    return build(code, json=False)


def json_view(request: HttpRequest, code: int) -> HttpResponseBase:
    return build(code, json=True)


urlpatterns = [
    path("status/<int:code>", status_view, name="status"),
    path("json/<int:code>", json_view, name="json"),
]
