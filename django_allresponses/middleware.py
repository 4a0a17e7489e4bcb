"""Every middleware of this library, under the one path ``MIDDLEWARE`` names.

Add the ones you use at the end of ``settings.MIDDLEWARE``, in this order (the
system check ``django_allresponses.W001`` warns when the checks are not last):

    MIDDLEWARE = [
        ...,
        "django_allresponses.middleware.ProblemDetailsMiddleware",
        "django_allresponses.middleware.ResponseChecksMiddleware",
    ]

- `ResponseChecksMiddleware`: the conformance checks of every response
  (``settings.ALLRESPONSES_CHECKS``: ``"off"``, ``"log"`` or ``"raise"``), and a
  final 1xx turned into a 500;
- `InterimResponseMiddleware`: a final 1xx turned into a 500, nothing else;
- `ImmediateResponseMiddleware`: answers with the response an
  `ImmediateResponse` carries (`abort`);
- `ProblemDetailsMiddleware`: the same, and Django's ``Http404``,
  ``PermissionDenied``, ``BadRequest`` and ``SuspiciousOperation`` as problem
  details (RFC 9457) for clients that prefer JSON.
"""

from .checks.middleware import (
    DEFAULT_MODE,
    MODES,
    InterimResponseError,
    InterimResponseMiddleware,
    ResponseChecksMiddleware,
    ResponseConformanceError,
    checks_mode,
)
from .immediate.middleware import ImmediateResponseMiddleware, ProblemDetailsMiddleware

__all__ = [
    "DEFAULT_MODE",
    "MODES",
    "ImmediateResponseMiddleware",
    "InterimResponseError",
    "InterimResponseMiddleware",
    "ProblemDetailsMiddleware",
    "ResponseChecksMiddleware",
    "ResponseConformanceError",
    "checks_mode",
]
