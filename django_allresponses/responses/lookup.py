"""Find the response class for a status code."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING

from ..errors import ResponseValidationError, describe
from ..rfc.statuses import STATUSES
from . import http as _http  # noqa: F401  # pyright: ignore[reportUnusedImport]  (its classes fill the registry read below)
from .base import StatusResponse
from .json import StatusJsonResponse

if TYPE_CHECKING:
    # One overload per status and JSON twin, generated into a stub that only checkers read.
    from ._lookup_overloads import response_class as response_class
else:

    def response_class(
        status: int | HTTPStatus, *, json: bool = False
    ) -> type[StatusResponse] | type[StatusJsonResponse]:
        """Return the class for ``status``: the ``HttpResponse…`` class, or with
        ``json=True`` its ``JsonResponse…`` twin.

        An unassigned code, or ``json=True`` for a status that forbids content,
        raises `ResponseValidationError`.

        Examples:
            >>> response_class(404).__name__
            'HttpResponseNotFound'
            >>> response_class(HTTPStatus.TOO_MANY_REQUESTS, json=True).__name__
            'JsonResponseTooManyRequests'
        """
        return _response_class(status, json)


def _response_class(
    status: int | HTTPStatus, json: bool
) -> type[StatusResponse] | type[StatusJsonResponse]:
    # Only integers name a status: int("404") and int(404.9) would quietly pick one.
    code = int(status) if isinstance(status, int) and not isinstance(status, bool) else None  # pyright: ignore[reportUnnecessaryIsInstance]
    facts = None if code is None else STATUSES.get(code)
    if code is None or facts is None:
        raise ResponseValidationError(
            f"response_class: status={describe(status)} is not an assigned HTTP status code "
            "(IANA HTTP Status Code Registry); give an int or HTTPStatus such as 404 "
            "(306 and 418 are unused)",
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
