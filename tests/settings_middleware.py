"""The test project's settings plus :class:`InterimResponseMiddleware`, last in MIDDLEWARE."""

from tests.settings import *  # noqa: F403
from tests.settings import MIDDLEWARE

MIDDLEWARE = [*MIDDLEWARE, "django_allresponses.middleware.InterimResponseMiddleware"]
