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
from typing import Any, Final, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.http.response import HttpResponseBase
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView, set_rollback
from rest_framework.views import exception_handler as drf_exception_handler

from ..immediate.abort import ImmediateResponse
from ..openapi import Declared
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from ..rfc.statuses import STATUSES
from . import takes


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


BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})
"""The methods whose request body DRF parses (``request.data``): 400 and 415 there."""


def framework_responses(view_class: type[APIView], method: str) -> tuple[Declared, ...]:
    """The statuses DRF answers on behalf of ``view_class``'s ``method``, before or around
    the handler: 406 (content negotiation) always; 400 and 415 (parsing) for a method
    with a body; 401 (when the first authenticator has a challenge) and 403 where
    authentication or permission classes are set; 429 where throttle classes are. Each
    is its ``application/problem+json`` twin when `exception_handler` is DRF's
    ``EXCEPTION_HANDLER``, and any JSON otherwise (DRF's ``{"detail": …}``).

    Examples:
        >>> from rest_framework.authentication import BasicAuthentication
        >>> from rest_framework.permissions import IsAuthenticated
        >>> class Items(APIView):
        ...     authentication_classes = [BasicAuthentication]
        ...     permission_classes = [IsAuthenticated]
        >>> [cls.facts.code for cls, _data in framework_responses(Items, "POST")]
        [400, 401, 403, 406, 415]
        >>> class Public(APIView):
        ...     authentication_classes = []
        >>> [cls.facts.code for cls, _data in framework_responses(Public, "GET")]
        [406]
    """
    codes = {406}
    if method.upper() in BODY_METHODS:
        codes |= {400, 415}
    authenticators: list[Any] = list(getattr(view_class, "authentication_classes", ()))
    permissions: list[Any] = list(getattr(view_class, "permission_classes", ()))
    if authenticators or any(permission is not AllowAny for permission in permissions):
        codes.add(403)
        if authenticators and _challenges(authenticators[0]):
            codes.add(401)
    if getattr(view_class, "throttle_classes", ()):
        codes.add(429)
    data: object = ProblemDetails if _problem_details() else object
    return tuple((response_class(code, json=True), data) for code in sorted(codes))


def _challenges(authenticator: Any) -> bool:
    """Whether DRF answers a failed authentication with 401 (a ``WWW-Authenticate``
    challenge) rather than 403; an authenticator that cannot tell is taken to."""
    try:
        return bool(authenticator().authenticate_header(None))
    except Exception:
        return True


def _problem_details() -> bool:
    from rest_framework.settings import api_settings

    handler: object = api_settings.EXCEPTION_HANDLER
    return handler is exception_handler


def __getattr__(name: str) -> Any:
    """``AutoSchema``, drf-spectacular's schema class reading declared responses, from
    `django_allresponses.contrib.spectacular`: imported when named, so that this module
    imports without drf-spectacular."""
    if name == "AutoSchema":
        from .spectacular import AutoSchema

        return AutoSchema
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
