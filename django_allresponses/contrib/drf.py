"""Django REST framework: an exception handler answering with problem details (RFC 9457).

Set it in the settings:

    REST_FRAMEWORK = {
        "EXCEPTION_HANDLER": "django_allresponses.contrib.drf.exception_handler",
    }

* `ImmediateResponse` (and so
  `abort`) is answered with the response
  it carries.
* DRF's ``APIException``\\ s, and Django's ``Http404`` and ``PermissionDenied``
  (as DRF converts them), become the ``application/problem+json`` twin of their
  status, keeping the headers DRF sends: ``Retry-After`` for ``Throttled``
  (rounded up, never down), ``WWW-Authenticate`` for ``NotAuthenticated`` and
  ``AuthenticationFailed``, ``Allow`` for ``MethodNotAllowed``. The body is
  ``{"type": "about:blank", "title": <phrase>, "status": <code>, "detail":
  <DRF's detail>, "code": <DRF's error code>}``; a ``ValidationError`` puts
  DRF's usual field errors in the ``errors`` extension member.
* Anything else is left to DRF (it re-raises what no handler answers).

Requires ``djangorestframework`` (the ``drf`` extra).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.http.response import HttpResponseBase
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from ..immediate.abort import ImmediateResponse
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from ..rfc.statuses import STATUSES
from . import takes
from .frameworks import drf_responses


def plain(detail: object) -> object:
    """DRF's error detail as plain JSON values: ``ErrorDetail`` strings become ``str``.

    Examples:
        >>> from rest_framework.exceptions import ErrorDetail
        >>> plain({"name": [ErrorDetail("This field is required.", code="required")]})
        {'name': ['This field is required.']}
    """
    if isinstance(detail, Mapping):
        members = cast(Mapping[object, object], detail)
        return {str(key): plain(value) for key, value in members.items()}
    if isinstance(detail, list | tuple):
        return [plain(item) for item in cast(list[object], detail)]
    return str(detail)


def problem_from(exc: exceptions.APIException, context: Mapping[str, Any]) -> HttpResponseBase:
    """The problem details twin answering DRF's ``exc``, with the headers DRF would send.

    Examples:
        >>> from rest_framework.exceptions import Throttled
        >>> response = problem_from(Throttled(wait=29.2), {})
        >>> response.status_code, response["Retry-After"], response["Content-Type"]
        (429, '30', 'application/problem+json')
        >>> problem_from(Throttled(wait=-3), {})["Retry-After"]
        '0'
    """
    code = exc.status_code
    twin = response_class(code, json=True)
    arguments: dict[str, Any] = {}
    auth_header = getattr(exc, "auth_header", None)
    if auth_header and takes(twin, "www_authenticate"):
        arguments["www_authenticate"] = auth_header
    wait = getattr(exc, "wait", None)
    if wait is not None and takes(twin, "retry_after"):
        # A throttle whose clock went backwards gives a negative wait. DRF still sends
        # Retry-After (as "-3", which is no delay-seconds); the wait is over, so 0
        # (RFC 9110, Section 10.2.3): the 429 and its header stay as DRF sends them.
        arguments["retry_after"] = max(wait, 0)
    if takes(twin, "permitted_methods"):
        view = context.get("view")
        arguments["permitted_methods"] = list(getattr(view, "allowed_methods", []))
    if isinstance(exc, exceptions.ValidationError):
        problem = ProblemDetails(detail=str(exc.default_detail), errors=plain(exc.detail))
    else:
        members: dict[str, object] = {}
        error_code = getattr(exc.detail, "code", None)
        if error_code is not None:
            members["code"] = str(error_code)
        problem = ProblemDetails(detail=str(plain(exc.detail)), extensions=members)
    response: HttpResponseBase = twin(problem, **arguments)
    return response


def exception_handler(exc: Exception, context: Mapping[str, Any]) -> HttpResponseBase | None:
    """DRF's ``EXCEPTION_HANDLER``: carried responses as they are, API errors as problem details.

    Returns ``None`` (DRF then re-raises) for anything else. An ``APIException``
    whose status is not an error status of the registry (a custom
    ``status_code = 299``, say) is left to DRF's own handler.

    Examples:
        >>> from rest_framework.exceptions import NotFound
        >>> exception_handler(NotFound("No item 7."), {}).content
        b'{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7.","code":"not_found"}'
    """  # noqa: E501
    if isinstance(exc, ImmediateResponse):
        set_rollback()
        return exc.response
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(*exc.args)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    if not isinstance(exc, exceptions.APIException):
        return None
    facts = STATUSES.get(exc.status_code)
    if facts is None or facts.code < 400:
        response: HttpResponseBase | None = drf_exception_handler(exc, dict(context))
        return response
    set_rollback()
    return problem_from(exc, context)


framework_responses = drf_responses
"""The statuses DRF answers on a view's behalf, as declared responses
(`django_allresponses.contrib.frameworks.drf_responses`)."""


def __getattr__(name: str) -> Any:
    """``AutoSchema``, drf-spectacular's schema class reading declared responses, from
    `django_allresponses.contrib.spectacular`: imported when named, so that this module
    imports without drf-spectacular."""
    if name == "AutoSchema":
        from .spectacular import AutoSchema

        return AutoSchema
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
