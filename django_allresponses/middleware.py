"""Every middleware of this library, under the one path ``MIDDLEWARE`` names.

Add the ones you use to ``settings.MIDDLEWARE``::

    MIDDLEWARE = [
        ...,
        "django_allresponses.middleware.ResponseChecksMiddleware",
        "django_allresponses.middleware.ProblemDetailsMiddleware",
    ]

- :class:`ResponseChecksMiddleware`: the conformance checks of every response
  (``settings.ALLRESPONSES_CHECKS``: ``"off"``, ``"log"`` or ``"raise"``), and a
  final 1xx turned into a 500;
- :class:`InterimResponseMiddleware`: a final 1xx turned into a 500, nothing else;
- :class:`ImmediateResponseMiddleware`: answers with the response an
  :class:`~django_allresponses.ImmediateResponse` carries (:func:`~django_allresponses.abort`);
- :class:`ProblemDetailsMiddleware`: the same, and Django's ``Http404``,
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
