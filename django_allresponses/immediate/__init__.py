"""Raise a response from anywhere: `ImmediateResponse`, `abort` and the middleware.

Django answers only four exceptions on its own (``Http404``,
``PermissionDenied``, ``BadRequest`` and ``SuspiciousOperation``); a response
cannot be raised (``raise HttpResponseForbidden()`` is a ``TypeError``).
Responses stay responses here: `ImmediateResponse` is an exception that
*carries* one, and `ImmediateResponseMiddleware` answers the request
with it. `abort` builds the response of a status from that class's own
arguments and raises it in one call, typed ``NoReturn``.
`ProblemDetailsMiddleware` does the same and, for clients that prefer
JSON, also answers Django's own four exceptions with problem details
(RFC 9457) instead of Django's HTML pages.
"""

from .abort import ImmediateResponse, abort
from .middleware import (
    JSON_TYPES,
    ImmediateResponseMiddleware,
    ProblemDetailsMiddleware,
    prefers_json,
    problem_response,
)

__all__ = [
    "JSON_TYPES",
    "ImmediateResponse",
    "ImmediateResponseMiddleware",
    "ProblemDetailsMiddleware",
    "abort",
    "prefers_json",
    "problem_response",
]
