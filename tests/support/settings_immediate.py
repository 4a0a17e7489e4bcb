"""The test project with raising a response: problem details for Django's exceptions last in
MIDDLEWARE, an async-only middleware in the chain, and DRF's handler set to ours."""

from tests.support.settings import *  # noqa: F403
from tests.support.settings import MIDDLEWARE

ROOT_URLCONF = "tests.support.views_immediate"
MIDDLEWARE = [
    *MIDDLEWARE,
    "tests.support.views_immediate.async_chain_middleware",
    "django_allresponses.immediate.ProblemDetailsMiddleware",
]
REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "django_allresponses.contrib.drf.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
}
