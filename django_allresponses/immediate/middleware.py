"""The middleware that answers with a raised response, and with problem details."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Final

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.encoding import escape_uri_path
from pydantic import ValidationError

from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from .abort import ImmediateResponse


class ImmediateResponseMiddleware(MiddlewareMixin):
    """Answer with the response an `ImmediateResponse` carries.

    Inside Django's handler it catches what the view raises (function or
    class-based, sync or async), anything the view calls, and what
    ``TemplateResponse`` rendering raises, through ``process_exception``;
    every middleware then sees the carried response on its way out, as any
    response. Called directly around a view (``RequestFactory`` tests), it
    catches the exception itself. Put it last in ``MIDDLEWARE``, so that it
    answers before another middleware's ``process_exception`` turns the
    exception into something else. It is sync and async capable: under ASGI
    it keeps the chain async.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseGone
        >>> def view(request):
        ...     raise ImmediateResponse(HttpResponseGone("Moved on."))
        >>> ImmediateResponseMiddleware(view)(RequestFactory().get("/")).status_code
        410
    """

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if self.async_mode:
            return self.__acall__(request)
        try:
            return super().__call__(request)
        except ImmediateResponse as carried:
            return carried.response

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        try:
            return await super().__acall__(request)
        except ImmediateResponse as carried:
            return carried.response

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponseBase | None:
        """The carried response, or ``None`` to let Django handle any other exception.

        Examples:
            >>> from django.test import RequestFactory
            >>> from django_allresponses import HttpResponseGone
            >>> middleware = ImmediateResponseMiddleware(lambda request: HttpResponseGone())
            >>> request = RequestFactory().get("/")
            >>> carried = ImmediateResponse(HttpResponseGone())
            >>> middleware.process_exception(request, carried).status_code
            410
            >>> middleware.process_exception(request, ValueError()) is None
            True
        """
        if isinstance(exception, ImmediateResponse):
            return exception.response
        return None


JSON_TYPES: Final = ("application/problem+json", "application/json")
"""The media types for which a client is answered with problem details."""

_OFFERED: Final = ["text/html", *JSON_TYPES]

_DJANGO_EXCEPTIONS: Final[tuple[tuple[type[Exception], int], ...]] = (
    (Http404, 404),
    (PermissionDenied, 403),
    (BadRequest, 400),
    (SuspiciousOperation, 400),
)
"""Django's own exceptions and the status Django answers each with."""


def prefers_json(request: HttpRequest) -> bool:
    """Whether the client prefers a JSON answer to an HTML page.

    Django's own content negotiation decides: ``request.get_preferred_type()``
    (built on the same parsed ``Accept`` as ``request.accepts()``) must choose
    ``application/problem+json`` or ``application/json`` over ``text/html``.
    ``request.accepts("application/json")`` alone is not enough: it is true
    for a browser's ``*/*``. A browser (``text/html, …, */*;q=0.8``), curl
    (``*/*``) or a client without ``Accept`` keeps Django's HTML pages.

    Examples:
        >>> from django.test import RequestFactory
        >>> prefers_json(RequestFactory().get("/", headers={"Accept": "application/json"}))
        True
        >>> prefers_json(RequestFactory().get("/", headers={"Accept": "text/html,*/*;q=0.8"}))
        False
    """
    return request.get_preferred_type(_OFFERED) in JSON_TYPES


def problem_response(status: int, request: HttpRequest | None = None) -> HttpResponseBase:
    """The problem details twin of ``status`` for one of Django's exceptions.

    The body is ``{"type": "about:blank", "title": <phrase>, "status": <code>}``
    (and ``instance``, the request's path percent-encoded as a URI reference,
    when there is a request): the exception's message is not sent, as Django's
    own error pages do not send it outside ``DEBUG``. It varies by ``Accept``.

    Examples:
        >>> problem_response(404).content
        b'{"type":"about:blank","title":"Not Found","status":404}'
        >>> from django.test import RequestFactory
        >>> problem_response(404, RequestFactory().get("/items/a%20b")).content
        b'{"type":"about:blank","title":"Not Found","status":404,"instance":"/items/a%20b"}'
    """
    problem = ProblemDetails() if request is None else _with_instance(request)
    response: HttpResponseBase = response_class(status, json=True)(problem)
    patch_vary_headers(response, ["Accept"])
    return response


def _with_instance(request: HttpRequest) -> ProblemDetails:
    """Problem details naming the request's path as ``instance``.

    ``request.path`` is decoded (``/items/a b`` for ``/items/a%20b``), and a
    space, a control character or a ``%`` is not allowed in a URI reference:
    it is percent-encoded again, as Django does for ``Location``. Should the
    result still be refused, the member is left out: the answer must stay the
    4xx it describes.
    """
    try:
        return ProblemDetails(instance=escape_uri_path(request.path))
    except ValidationError:
        return ProblemDetails()


class ProblemDetailsMiddleware(ImmediateResponseMiddleware):
    """`ImmediateResponseMiddleware`, plus problem details for Django's exceptions.

    ``Http404``, ``PermissionDenied``, ``BadRequest`` and
    ``SuspiciousOperation`` raised by a view become the ``application/problem+json``
    twins of 404, 403, 400 and 400 for clients that prefer JSON
    (`prefers_json`); other clients keep Django's normal pages. A
    ``SuspiciousOperation`` is still logged on ``django.security.<class name>``,
    as Django logs it. Use it in place of `ImmediateResponseMiddleware`,
    last in ``MIDDLEWARE``.

    Examples:
        >>> from django.test import RequestFactory
        >>> middleware = ProblemDetailsMiddleware(lambda request: None)
        >>> request = RequestFactory().get("/items/7", headers={"Accept": "application/json"})
        >>> middleware.process_exception(request, Http404()).content
        b'{"type":"about:blank","title":"Not Found","status":404,"instance":"/items/7"}'
    """

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponseBase | None:
        """The carried response, problem details for Django's four exceptions, or ``None``."""
        carried = super().process_exception(request, exception)
        if carried is not None:
            return carried
        status = next(
            (code for kind, code in _DJANGO_EXCEPTIONS if isinstance(exception, kind)), None
        )
        if status is None or not prefers_json(request):
            return None
        if isinstance(exception, SuspiciousOperation):
            logging.getLogger(f"django.security.{type(exception).__name__}").error(
                str(exception),
                exc_info=exception,
                extra={"status_code": 400, "request": request},
            )
        return problem_response(status, request)
