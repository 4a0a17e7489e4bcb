"""Settings of the suites test_plugin_clients.py runs; with ``BLOCK_DRF_NINJA`` set,
Django REST framework and django-ninja cannot be imported, as if not installed."""

from __future__ import annotations

import importlib.abc
import os
import sys

import django
from django.conf import settings


class _NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.partition(".")[0] in ("rest_framework", "ninja"):
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


if os.environ.get("BLOCK_DRF_NINJA"):
    sys.meta_path.insert(0, _NotInstalled())

settings.configure(
    SECRET_KEY="suite-only",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
)
django.setup()
urlpatterns: list[object] = []
