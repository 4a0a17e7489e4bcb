"""The statuses Django REST framework and django-ninja answer on a view's behalf, before
or around its handler: what `django_allresponses.openapi` adds to a view's declaration
(so that ``undeclared-status`` never reports them) and what the integrations publish.

This module imports neither the frameworks (until a function is called with one of
their objects) nor anything of this package above its responses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ..openapi import Declared

BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})
"""The methods whose request body DRF parses (``request.data``): 400 and 415 there."""


def drf_statuses(view_class: type, method: str) -> tuple[int, ...]:
    """The statuses DRF answers on behalf of ``view_class``'s ``method``: 406 (content
    negotiation) always; 400 and 415 (parsing) for a method with a body; 401 (when the
    first authenticator has a challenge) and 403 where authentication or permission
    classes are set; 429 where throttle classes are.

    Examples:
        >>> from rest_framework.authentication import BasicAuthentication
        >>> from rest_framework.permissions import IsAuthenticated
        >>> from rest_framework.views import APIView
        >>> class Items(APIView):
        ...     authentication_classes = [BasicAuthentication]
        ...     permission_classes = [IsAuthenticated]
        >>> drf_statuses(Items, "POST")
        (400, 401, 403, 406, 415)
        >>> class Public(APIView):
        ...     authentication_classes = []
        >>> drf_statuses(Public, "GET")
        (406,)
    """
    from rest_framework.permissions import AllowAny

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
    return tuple(sorted(codes))


def _challenges(authenticator: Any) -> bool:
    """Whether DRF answers a failed authentication with 401 (a ``WWW-Authenticate``
    challenge) rather than 403; an authenticator that cannot tell is taken to."""
    try:
        return bool(authenticator().authenticate_header(None))
    except Exception:
        return True


def ninja_statuses(operation: Any) -> tuple[int, ...]:
    """The statuses django-ninja answers on behalf of ``operation``: 401 when it has an
    ``auth=`` that refuses the request, and 422 when its input (path, query, header,
    cookie, body or form parameters) does not validate.

    Examples:
        >>> from ninja import NinjaAPI
        >>> api = NinjaAPI(urls_namespace="framework-statuses-example")
        >>> @api.get("/items/{pk}")
        ... def item(request, pk: int): ...
        >>> ninja_statuses(next(iter(api.default_router.path_operations.values())).operations[0])
        (422,)
    """
    codes: list[int] = []
    if getattr(operation, "auth_callbacks", None):
        codes.append(401)
    if getattr(operation, "models", None):
        codes.append(422)
    return tuple(codes)


def drf_responses(view_class: type, method: str) -> tuple[Declared, ...]:
    """`drf_statuses`, each its ``application/problem+json`` twin when
    `django_allresponses.contrib.drf.exception_handler` is DRF's ``EXCEPTION_HANDLER``,
    and any JSON otherwise (DRF's ``{"detail": …}``).

    Examples:
        >>> from rest_framework.views import APIView
        >>> class Items(APIView):
        ...     authentication_classes = []
        >>> [cls.facts.code for cls, _data in drf_responses(Items, "POST")]
        [400, 406, 415]
    """
    from rest_framework.settings import api_settings

    handler: object = api_settings.EXCEPTION_HANDLER
    ours = (getattr(handler, "__module__", None), getattr(handler, "__qualname__", None)) == (
        "django_allresponses.contrib.drf",
        "exception_handler",
    )
    return _twins(drf_statuses(view_class, method), problems=ours)


def ninja_responses(operation: Any) -> tuple[Declared, ...]:
    """`ninja_statuses`, each its ``application/problem+json`` twin when the API is
    registered (`django_allresponses.contrib.ninja.register`), and any JSON otherwise.

    Examples:
        >>> from ninja import NinjaAPI
        >>> api = NinjaAPI(urls_namespace="framework-responses-example")
        >>> @api.get("/items/{pk}")
        ... def item(request, pk: int): ...
        >>> operation = next(iter(api.default_router.path_operations.values())).operations[0]
        >>> [(cls.__name__, data) for cls, data in ninja_responses(operation)]
        [('JsonResponseUnprocessableContent', <class 'object'>)]
    """
    api: Any = getattr(operation, "api", None)
    registered = bool(getattr(getattr(api, "get_openapi_schema", None), "declared_responses", 0))
    return _twins(ninja_statuses(operation), problems=registered)


def _twins(codes: tuple[int, ...], *, problems: bool) -> tuple[Declared, ...]:
    from ..responses.lookup import response_class
    from ..responses.problems import ProblemDetails

    data: object = ProblemDetails if problems else object
    return tuple((response_class(code, json=True), data) for code in codes)
