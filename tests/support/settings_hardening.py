"""The test project of ``settings_immediate`` (problem details last in MIDDLEWARE, DRF with our
handler) behind Django's compressing and conditional-GET middleware, as a site may run it.

GZipMiddleware comes first, as Django's documentation asks, then ConditionalGetMiddleware;
CommonMiddleware is in the chain ``startproject`` writes.
"""

from tests.support.settings_immediate import *  # noqa: F403
from tests.support.settings_immediate import MIDDLEWARE

ROOT_URLCONF = "tests.support.hardening_urls"
MIDDLEWARE = [
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    *MIDDLEWARE,
]
