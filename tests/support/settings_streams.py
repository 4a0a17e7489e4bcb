"""The test project's settings with ``GZipMiddleware`` first in ``MIDDLEWARE`` (where
Django's documentation puts it) and the views of the typed streams."""

from tests.support.settings import *  # noqa: F403
from tests.support.settings import MIDDLEWARE

MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *MIDDLEWARE]
ROOT_URLCONF = "tests.support.streams_urls"
