"""Run by test_plugin_clients.py where Django REST framework and django-ninja cannot be
imported: the plugin checks Django's clients and imports neither."""

from __future__ import annotations

import sys

from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path


def plain(request: object) -> HttpResponse:
    return HttpResponse(b"fine")


urlpatterns = [path("plain/", plain)]


@override_settings(ROOT_URLCONF=__name__)
def test_client_and_nothing_else_imported() -> None:
    assert Client().get("/plain/").status_code == 200
    assert not [name for name in sys.modules if name.startswith(("rest_framework", "ninja"))]
