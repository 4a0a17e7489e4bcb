"""The test project's settings plus :class:`InterimResponseMiddleware`, last in MIDDLEWARE."""

from tests.support.settings import *  # noqa: F403
from tests.support.settings import MIDDLEWARE

MIDDLEWARE = [*MIDDLEWARE, "django_allresponses.middleware.InterimResponseMiddleware"]
