"""A 1xx returned from a view: turned into a 500 that every server can send.

A 1xx (informational) status is an *interim* response (RFC 9110, Section
15.2): it only ever precedes the final response to a request. WSGI and ASGI
have no way to send one, and a Django view can only return the final
response, so a view that returns :class:`~django_allresponses.HttpResponseContinue`,
``…SwitchingProtocols``, ``…Processing`` or ``…EarlyHints`` (or any
``HttpResponse(status=1xx)``) asks for something no server can deliver.
What the client sees then depends on the server, and it is never a response:

* **gunicorn** writes the 1xx status line and headers, then closes the
  connection: the client gets an interim response and no final one (a
  ``101`` that the client did not ask for is a protocol error).
* **uvicorn** with its ``h11`` implementation refuses the status, logs
  ``LocalProtocolError`` and closes the connection without sending anything.
* **uvicorn** with ``httptools`` (``uvicorn[standard]``) writes the 1xx
  head followed by an empty chunked body and keeps the connection open until
  its keep-alive timeout (5 seconds by default): strict clients reject the
  stray ``0\\r\\n\\r\\n`` as a malformed response, and a WebSocket client
  that asked for the 101 waits until the connection closes.

None of them leaves a client hanging (the wire tests check each with a short
timeout), but none of them answers either, and the server's log does not say
which view was at fault. With this middleware, a final 1xx becomes an error
raised inside Django: :class:`InterimResponseError` names the class, the
status and the request, Django logs it on the ``django.request`` logger,
shows it on the debug page, and sends the project's 500 response
(``handler500``), which every server can send. Django's test client raises
it in the test, where the mistake was made.

Add it last in ``MIDDLEWARE``, next to the view, so that the 500 passes
through the other middleware like any response (``CommonMiddleware`` gives
it its ``Content-Length``, ``SecurityMiddleware`` its headers)::

    MIDDLEWARE = [
        "django.middleware.security.SecurityMiddleware",
        ...
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
        "django_allresponses.middleware.InterimResponseMiddleware",
    ]

It works under WSGI and ASGI (sync and async), and costs one integer
comparison per response.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Final

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.deprecation import MiddlewareMixin

from .errors import ResponseValidationError


class InterimResponseError(ResponseValidationError):
    """A 1xx response reached the server as the final response to a request.

    Example::

        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseEarlyHints
        >>> middleware = InterimResponseMiddleware(lambda request: HttpResponseEarlyHints())
        >>> try:
        ...     middleware(RequestFactory().get("/page"))
        ... except InterimResponseError as error:
        ...     print(str(error).split(":")[0])
        HttpResponseEarlyHints (103 Early Hints) was returned as the final response to GET /page
    """


class InterimResponseMiddleware(MiddlewareMixin):
    """Raise :class:`InterimResponseError` for a final 1xx, so Django answers 500.

    Responses of any other status pass through untouched.

    Example::

        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseNoContent
        >>> middleware = InterimResponseMiddleware(lambda request: HttpResponseNoContent())
        >>> middleware(RequestFactory().get("/")).status_code
        204
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        """Pass ``response`` on, unless its status is 1xx."""
        if response.status_code >= 200:
            return response
        raise InterimResponseError(
            f"{type(response).__name__} ({response.status_code} {response.reason_phrase}) "
            f"was returned as the final response to {request.method} {request.path}: "
            "a 1xx status is an interim response (RFC 9110, Section 15.2) that WSGI and "
            "ASGI servers cannot send as a final one; return a status of 200 or above",
            response_class=type(response).__name__,
            argument="status",
        )


CHALLENGE_HEADERS: Final[Mapping[int, str]] = {
    401: "WWW-Authenticate",
    407: "Proxy-Authenticate",
}
"""The header a response of each status must carry (RFC 9110, Sections 15.5.2 and 15.5.8)."""

logger: Final = logging.getLogger("django_allresponses")


class ResponseChecksMiddleware(InterimResponseMiddleware):
    """The checks a response gets on its way out, for every status and every class.

    * A final 1xx raises :class:`InterimResponseError`, as
      :class:`InterimResponseMiddleware` does, so Django answers 500.
    * A 401 without ``WWW-Authenticate``, or a 407 without
      ``Proxy-Authenticate``, is reported: a warning on the
      ``django_allresponses`` logger naming the class and the request. The
      classes keep the challenge optional because it is often set after
      construction (``response["WWW-Authenticate"] = …``); this is where a
      forgotten one shows up.

    Add it last in ``MIDDLEWARE``, in place of :class:`InterimResponseMiddleware`.

    Example::

        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseUnauthorized
        >>> middleware = ResponseChecksMiddleware(lambda request: HttpResponseUnauthorized())
        >>> middleware(RequestFactory().get("/private")).status_code  # and a warning is logged
        401
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        """Check ``response``; raise for a final 1xx, report a missing challenge."""
        response = super().process_response(request, response)
        header = CHALLENGE_HEADERS.get(response.status_code)
        if header is not None and not response.has_header(header):
            logger.warning(
                "%s (%d %s) for %s %s has no %s header; RFC 9110 requires one: pass it to "
                "the class or set response[%r]",
                type(response).__name__,
                response.status_code,
                response.reason_phrase,
                request.method,
                request.path,
                header,
                header,
            )
        return response
