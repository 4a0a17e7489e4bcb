"""Find the response class for a status code."""

from __future__ import annotations

from http import HTTPStatus

from .base import StatusResponse
from .errors import ResponseValidationError
from .jsonresponses import StatusJsonResponse
from .statuses import STATUSES


def response_class(
    status: int | HTTPStatus, *, json: bool = False
) -> type[StatusResponse] | type[StatusJsonResponse]:
    """Return the class for ``status``: the ``HttpResponse…`` class, or with
    ``json=True`` its ``JsonResponse…`` twin.

    An unassigned code, or ``json=True`` for a status that forbids content,
    raises :class:`ResponseValidationError`.

    Example::

        >>> response_class(404).__name__
        'HttpResponseNotFound'
        >>> response_class(HTTPStatus.TOO_MANY_REQUESTS, json=True).__name__
        'JsonResponseTooManyRequests'
    """
    code = int(status)
    facts = STATUSES.get(code)
    if facts is None or isinstance(status, bool):
        raise ResponseValidationError(
            f"response_class: {status!r} is not an assigned HTTP status code "
            "(IANA HTTP Status Code Registry); 306 and 418 are unused",
            response_class="response_class",
            argument="status",
        )
    if not json:
        return StatusResponse.registry[code]
    if not facts.allows_content:
        raise ResponseValidationError(
            f"response_class: {code} {facts.phrase} forbids content, so it has no JSON twin; "
            f"use response_class({code})",
            response_class="response_class",
            argument="json",
        )
    return StatusJsonResponse.registry[code]
