"""The test project with ResponseChecksMiddleware last in MIDDLEWARE, in its default "log" mode."""

from tests.support.settings import *  # noqa: F403
from tests.support.settings import MIDDLEWARE

MIDDLEWARE = [*MIDDLEWARE, "django_allresponses.middleware.ResponseChecksMiddleware"]
ROOT_URLCONF = "tests.support.checks_urls"
