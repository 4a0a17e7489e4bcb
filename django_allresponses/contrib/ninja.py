"""django-ninja: exception handlers answering with problem details (RFC 9457).

One call registers them on a ``NinjaAPI``:

    from ninja import NinjaAPI
    from django_allresponses.contrib.ninja import register

    api = NinjaAPI()
    register(api)

* `ImmediateResponse` (and so
  `abort`) is answered with the response
  it carries (ninja would otherwise answer it with a 500 under ``DEBUG``).
* ninja's ``HttpError`` (``AuthenticationError``, ``AuthorizationError``,
  ``Throttled``, and your own ``HttpError(409, "…")``) becomes the
  ``application/problem+json`` twin of its status, its message as ``detail``;
  ``Throttled`` keeps its ``Retry-After``.
* ninja's ``ValidationError`` becomes a 422 with ninja's list of errors in the
  ``errors`` extension member.
* Django's ``Http404`` (``get_object_or_404``) becomes a 404 problem.

Requires ``django-ninja`` (the ``ninja`` extra).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from ..headers.values import Challenges
from ..immediate.abort import ImmediateResponse
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from ..rfc.statuses import STATUSES
from . import takes
from .ninja_openapi import document_declared

E = TypeVar("E", bound=Exception)


def carried_response(request: HttpRequest, exc: ImmediateResponse) -> HttpResponse:
    """The handler of `ImmediateResponse`: its response.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseGone
        >>> carried_response(RequestFactory().get("/"), ImmediateResponse(HttpResponseGone()))
        <HttpResponseGone status_code=410, "text/html; charset=utf-8">
    """
    # ninja's handlers are typed as returning HttpResponse; it passes any response on.
    return exc.response  # type: ignore[return-value]


def http_error(
    request: HttpRequest, exc: HttpError, *, www_authenticate: Challenges | None = None
) -> HttpResponse:
    """The handler of ninja's ``HttpError``: the problem details twin of its status.

    ``Throttled``'s wait becomes ``Retry-After``; a 401 (ninja's
    ``AuthenticationError``) carries ``www_authenticate`` when it is given, as
    RFC 9110 asks of a 401 (ninja itself sends none). A status that is not an
    error status of the registry (``HttpError(299, …)``) is answered as ninja
    answers it, ``{"detail": message}``.

    Examples:
        >>> from django.test import RequestFactory
        >>> from ninja.errors import Throttled
        >>> response = http_error(RequestFactory().get("/"), Throttled(wait=30))
        >>> response.status_code, response["Retry-After"], response.content
        (429, '30', b'{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Too many requests."}')
    """  # noqa: E501
    facts = STATUSES.get(exc.status_code)
    if facts is None or facts.code < 400:
        return HttpResponse(
            ProblemDetails(detail=str(exc)).model_dump_json(include={"detail"}),
            status=exc.status_code,
            content_type="application/json",
        )
    twin = response_class(facts.code, json=True)
    wait = getattr(exc, "wait", None)
    arguments: dict[str, Any] = {}
    if wait is not None and takes(twin, "retry_after"):
        arguments["retry_after"] = wait
    if www_authenticate is not None and takes(twin, "www_authenticate"):
        arguments["www_authenticate"] = www_authenticate
    response: HttpResponse = twin(ProblemDetails(detail=str(exc)), **arguments)
    return response


def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """The handler of ninja's ``ValidationError``: a 422 problem, ninja's errors in ``errors``.

    Examples:
        >>> from django.test import RequestFactory
        >>> errors = [{"type": "missing", "loc": ["query", "q"], "msg": "Field required"}]
        >>> response = validation_error(RequestFactory().get("/"), ValidationError(errors))
        >>> response.status_code, response["Content-Type"]
        (422, 'application/problem+json')
    """
    problem = ProblemDetails(detail="The request is not valid.", errors=exc.errors)
    return response_class(422, json=True)(problem)


def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    """The handler of Django's ``Http404``: a 404 problem (its message is not sent).

    Examples:
        >>> from django.test import RequestFactory
        >>> not_found(RequestFactory().get("/"), Http404("No Item matches.")).content
        b'{"type":"about:blank","title":"Not Found","status":404}'
    """
    return response_class(404, json=True)(ProblemDetails())


def register(api: NinjaAPI, *, www_authenticate: Challenges | None = None) -> None:
    """Answer ``ImmediateResponse`` and ninja's errors on ``api`` with problem details.

    ``www_authenticate`` is the challenge sent with ninja's 401s (for example
    ``'Bearer realm="api"'`` for an ``HttpBearer`` auth, or a
    `Challenge`); ninja sends none of its own.

    It also publishes, in ``api.get_openapi_schema()``, the declared responses of the
    operations whose return type names classes of this library
    (`django_allresponses.contrib.ninja_openapi`).

    Examples:
        >>> from ninja import NinjaAPI
        >>> api = NinjaAPI(urls_namespace="register-example")
        >>> register(api)
        >>> api._lookup_exception_handler(ImmediateResponse(response_class(410)())) is (
        ...     carried_response
        ... )
        True
    """
    _add(api, ImmediateResponse, carried_response)
    _add(api, HttpError, functools.partial(http_error, www_authenticate=www_authenticate))
    _add(api, ValidationError, validation_error)
    _add(api, Http404, not_found)
    document_declared(api)


def _add(api: NinjaAPI, kind: type[E], handler: Callable[[HttpRequest, E], HttpResponse]) -> None:
    # ninja types a handler's exception as ``E | type[E]``; it always passes the instance.
    api.add_exception_handler(kind, cast(Any, handler))
