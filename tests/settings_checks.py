"""The test project with ResponseChecksMiddleware last in MIDDLEWARE, in its default "log" mode."""

from tests.settings import *  # noqa: F403
from tests.settings import MIDDLEWARE

MIDDLEWARE = [*MIDDLEWARE, "django_allresponses.middleware.ResponseChecksMiddleware"]
ROOT_URLCONF = "tests.checks_urls"
