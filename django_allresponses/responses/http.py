"""An ``HttpResponse`` subclass for every assigned HTTP status code.

Each class fixes its status and names the header units it takes
(`django_allresponses.headers.units`); the few private bases below are the
behaviours several statuses share. Django's keywords (``content_type``,
``charset``, ``headers``, ``reason``) are declared once, in
`ContentOptions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Unpack

from django import http

from ..errors import ResponseValidationError
from ..headers.units import (
    BLOCKED_BY,
    CONTENT_LOCATION,
    CONTENT_RANGE,
    LINKS,
    LOCATION,
    PERMITTED_METHODS,
    PROXY_AUTHENTICATE,
    TOTAL_LENGTH,
    UPGRADE,
    WWW_AUTHENTICATE,
    HeaderUnit,
)
from ..headers.values import (
    Challenges,
    ContentRangeInput,
    Links,
    PermittedMethods,
    Protocols,
    RetryAfter,
    StrOrPromise,
)
from .base import (
    BodilessOptions,
    BodilessResponse,
    ContentOptions,
    ContentResponse,
    PartialBody,
    StatusResponse,
)
from .behaviours import LocationBehaviour, RedirectBehaviour, RetryAfterBehaviour

Content = object
"""What Django's ``HttpResponse`` takes as content: bytes, str, or an iterable of them."""


class _RetryAfterResponse(RetryAfterBehaviour, StatusResponse):
    """`RetryAfterBehaviour`, with content."""

    def __init__(
        self,
        content: Content = b"",
        *,
        retry_after: RetryAfter | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, retry_after=retry_after)


class _LocationResponse(LocationBehaviour, StatusResponse):
    """`LocationBehaviour`, with content."""

    def __init__(
        self,
        content: Content = b"",
        *,
        location: StrOrPromise | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, location=location)


class _RedirectResponse(RedirectBehaviour, StatusResponse):
    """`RedirectBehaviour`, with content."""

    def __init__(
        self,
        redirect_to: StrOrPromise,
        content: Content = b"",
        *,
        retry_after: RetryAfter | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, redirect_to=redirect_to, retry_after=retry_after)


# --- 1xx Informational ----------------------------------------------------------------------


class HttpResponseContinue(BodilessResponse):
    """100 Continue.

    Tell the client to keep sending the request body (used with
    ``Expect: 100-continue``). The response has no body.

    Note: usually handled by the web server or proxy, not in Django views.

    Examples:
        >>> HttpResponseContinue().status_code
        100
    """

    status_code = 100
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self, content: None = None, /, **options: Unpack[BodilessOptions]
        ) -> None: ...


class HttpResponseSwitchingProtocols(BodilessResponse):
    """101 Switching Protocols.

    Tell the client you are switching protocol on this connection (e.g. to
    WebSocket). Pass ``upgrade`` to set the ``Upgrade`` header (and
    ``Connection: Upgrade``).

    Note: usually done by the web server or reverse proxy, not in Django.

    Args:
        upgrade: Sent as the ``Upgrade`` header (RFC 9110, Section 7.8): a protocol such as
            'websocket' or 'TLS/1.2', or a list of them. Required.

    Examples:
        >>> response = HttpResponseSwitchingProtocols(upgrade="websocket")
        >>> response["Upgrade"], response["Connection"]
        ('websocket', 'Upgrade')
    """

    status_code = 101
    takes: ClassVar[tuple[HeaderUnit, ...]] = (UPGRADE,)

    def __init__(
        self, content: None = None, /, *, upgrade: Protocols, **options: Unpack[BodilessOptions]
    ) -> None:
        self._respond(content, options, upgrade=upgrade)


class HttpResponseProcessing(BodilessResponse):
    """102 Processing (RFC 2518).

    An interim WebDAV response: the server has accepted the request and is
    still working on it.

    Examples:
        >>> HttpResponseProcessing().status_code
        102
    """

    status_code = 102
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self, content: None = None, /, **options: Unpack[BodilessOptions]
        ) -> None: ...


class HttpResponseEarlyHints(BodilessResponse):
    """103 Early Hints (RFC 8297).

    Send ``Link`` headers (usually ``rel="preload"``) before the final
    response so the client can start fetching them.

    Args:
        links: Sent as the ``Link`` header (RFC 8288, Section 3): a list of Link models or URI
            references. Optional: left out, it is not sent.

    Examples:
        >>> from django_allresponses import Link
        >>> HttpResponseEarlyHints(
        ...     links=[Link(href="/style.css", params={"as": "style"})]
        ... )["Link"]
        '</style.css>; rel="preload"; as="style"'
    """

    status_code = 103
    takes: ClassVar[tuple[HeaderUnit, ...]] = (LINKS,)

    def __init__(
        self,
        content: None = None,
        /,
        *,
        links: Links | None = None,
        **options: Unpack[BodilessOptions],
    ) -> None:
        self._respond(content, options, links=links)


# --- 2xx Successful -------------------------------------------------------------------------


class HttpResponseOK(ContentResponse):
    """200 OK.

    The request succeeded. Use this for a normal response with a body. Use
    204 when there is nothing to send in the body.

    Examples:
        >>> HttpResponseOK("<p>Saved.</p>").content
        b'<p>Saved.</p>'
    """

    status_code = 200
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseCreated(StatusResponse):
    """201 Created.

    Use when you created a new resource. Pass the resource's URL as
    ``location``; it is sent as the ``Location`` header. ``created_document``
    is the created resource's representation, sent as the body (give it or
    ``content``, not both); ``content_location`` sets ``Content-Location``.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Required.
        content_location: Sent as the ``Content-Location`` header (RFC 9110, Section 8.7): a URI
            reference such as '/items/1' or 'https://example.com/'. Optional: left out, it is not
            sent.

    Examples:
        >>> response = HttpResponseCreated(location="/items/1", created_document='{"id": 1}')
        >>> response["Location"], response.content
        ('/items/1', b'{"id": 1}')
    """

    status_code = 201
    takes: ClassVar[tuple[HeaderUnit, ...]] = (LOCATION.mandatory, CONTENT_LOCATION)

    def __init__(
        self,
        location: StrOrPromise,
        content: Content = b"",
        *,
        content_location: StrOrPromise | None = None,
        created_document: Content | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(
            created(self, content, created_document),
            options,
            location=location,
            content_location=content_location,
        )


class HttpResponseAccepted(ContentResponse):
    """202 Accepted.

    Use when you have accepted the request but have not finished (e.g. you
    queued a background job). The client cannot assume the action will succeed.

    Examples:
        >>> HttpResponseAccepted().status_code
        202
    """

    status_code = 202
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNonAuthoritativeInformation(ContentResponse):
    """203 Non-Authoritative Information.

    Use when a proxy modified the response (e.g. transcoding, anonymizing).
    Tells the client the body is not the origin server's exact 200 response.

    Examples:
        >>> HttpResponseNonAuthoritativeInformation("transformed").status_code
        203
    """

    status_code = 203
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNoContent(BodilessResponse):
    """204 No Content.

    Success, but no response body (e.g. after a delete or save). This class
    strips ``Content-Type`` and blocks you from setting content.

    Examples:
        >>> response = HttpResponseNoContent()
        >>> response.status_code, response.has_header("Content-Type")
        (204, False)
    """

    status_code = 204
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self, content: None = None, /, **options: Unpack[BodilessOptions]
        ) -> None: ...


class HttpResponseResetContent(BodilessResponse):
    """205 Reset Content.

    Success; tell the client to reset the form or view so the user can enter
    again. No body allowed; ``Content-Length: 0`` is sent (RFC 9110, Section
    15.3.6).

    Examples:
        >>> HttpResponseResetContent()["Content-Length"]
        '0'
    """

    status_code = 205
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self, content: None = None, /, **options: Unpack[BodilessOptions]
        ) -> None: ...


class HttpResponsePartialContent(PartialBody, StatusResponse):
    """206 Partial Content.

    Use for range requests. Send the byte range as the body and say which
    range it is with ``content_range``: a ``(start, end, total)`` tuple
    (``total`` may be ``None`` for unknown), a `ContentRange`, or a full
    header string such as ``"bytes 0-1023/2048"``. For a single byte range the
    content's length must match. Without ``content_range`` the content type
    must be ``multipart/byteranges; boundary=…``. ``content_location`` sets
    ``Content-Location``.

    Args:
        content_range: Sent as the ``Content-Range`` header (RFC 9110, Section 14.4): a (start,
            end, total) tuple, a ContentRange or a header such as 'bytes 0-99/200'. Optional: left
            out, it is not sent.
        content_location: Sent as the ``Content-Location`` header (RFC 9110, Section 8.7): a URI
            reference such as '/items/1' or 'https://example.com/'. Optional: left out, it is not
            sent.

    Examples:
        >>> response = HttpResponsePartialContent(b"0123456789", content_range=(0, 9, 100))
        >>> response["Content-Range"]
        'bytes 0-9/100'
    """

    status_code = 206
    takes: ClassVar[tuple[HeaderUnit, ...]] = (CONTENT_RANGE, CONTENT_LOCATION)

    def __init__(
        self,
        content: Content = b"",
        *,
        content_range: ContentRangeInput | None = None,
        content_location: StrOrPromise | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(
            content, options, content_range=content_range, content_location=content_location
        )


class HttpResponseMultiStatus(ContentResponse):
    """207 Multi-Status (RFC 4918).

    WebDAV: the body (usually XML) holds a status for each of several
    resources.

    Examples:
        >>> HttpResponseMultiStatus("<multistatus/>", content_type="application/xml").status_code
        207
    """

    status_code = 207
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseAlreadyReported(ContentResponse):
    """208 Already Reported (RFC 5842).

    WebDAV: members of a binding already listed earlier in the same
    multistatus response are not listed again.

    Examples:
        >>> HttpResponseAlreadyReported().status_code
        208
    """

    status_code = 208
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseImUsed(ContentResponse):
    """226 IM Used (RFC 3229).

    The response is the result of instance manipulations (e.g. a delta)
    applied to the current instance.

    Examples:
        >>> HttpResponseImUsed(b"delta", headers={"IM": "vcdiff"})["IM"]
        'vcdiff'
    """

    status_code = 226
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


# --- 3xx Redirection ------------------------------------------------------------------------


class HttpResponseMultipleChoices(_LocationResponse):
    """300 Multiple Choices.

    Use when the resource has several representations (e.g. languages). Send
    a list of options in the body; ``location`` may name a preferred choice.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseMultipleChoices(
        ...     "<ul><li><a href='/fr/'>French</a></li></ul>",
        ...     content_type="text/html",
        ...     location="/fr/",
        ... )["Location"]
        '/fr/'
    """

    status_code = 300
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            location: StrOrPromise | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseMovedPermanently(_RedirectResponse, http.HttpResponsePermanentRedirect):
    """301 Moved Permanently.

    The resource has a new permanent URL. Browsers may cache this and change
    POST to GET on redirect; use 308 if you need the method kept. This is
    Django's ``django.http.HttpResponsePermanentRedirect`` (a 301).

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseMovedPermanently("/new/").url
        '/new/'
    """

    status_code = 301
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            redirect_to: StrOrPromise,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseFound(_RedirectResponse, http.HttpResponseRedirect):
    """302 Found.

    Temporary redirect to another URL. Browsers may change POST to GET; use
    307 if you need the method preserved. Also exported as
    ``HttpResponseRedirect``, Django's name for a 302.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseFound("/elsewhere/")["Location"]
        '/elsewhere/'
    """

    status_code = 302
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            redirect_to: StrOrPromise,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseSeeOther(_RedirectResponse):
    """303 See Other.

    Redirect the client to another URL with a GET request (e.g. after POST).

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseSeeOther("/orders/7/").status_code
        303
    """

    status_code = 303
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            redirect_to: StrOrPromise,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseNotModified(BodilessResponse, http.HttpResponseNotModified):
    """304 Not Modified.

    Use when a conditional request (If-None-Match, If-Modified-Since) shows
    the client's copy is still valid. No body; this class strips
    ``Content-Type`` and blocks you from setting content (``write()``
    included, unlike Django's own 304).

    Examples:
        >>> HttpResponseNotModified(headers={"ETag": '"v1"'})["ETag"]
        '"v1"'
    """

    status_code = 304
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self, content: None = None, /, **options: Unpack[BodilessOptions]
        ) -> None: ...


class HttpResponseUseProxy(_LocationResponse):
    """305 Use Proxy (deprecated).

    The resource is only available through the proxy named by ``location``.
    Deprecated by RFC 9110; many clients ignore it.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseUseProxy(location="http://proxy.example:3128/")["Location"]
        'http://proxy.example:3128/'
    """

    status_code = 305
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            location: StrOrPromise | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseTemporaryRedirect(_RedirectResponse):
    """307 Temporary Redirect.

    Temporary redirect; the client must preserve the request method (POST
    stays POST). Use 302 when you are fine with browsers converting POST to GET.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseTemporaryRedirect("/maintenance/", retry_after=60)["Retry-After"]
        '60'
    """

    status_code = 307
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            redirect_to: StrOrPromise,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponsePermanentRedirect(_RedirectResponse):
    """308 Permanent Redirect.

    Permanent redirect; the client must preserve the request method (POST
    stays POST). Use 301 when you are fine with browsers converting POST to
    GET and caching the redirect.

    **This is a 308**, named after RFC 9110's reason phrase. Django's
    ``django.http.HttpResponsePermanentRedirect`` is a 301: here that is
    `HttpResponseMovedPermanently`. Also exported as
    ``HttpResponsePermanentRedirect308``.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponsePermanentRedirect("/v2/items/").status_code
        308
    """

    status_code = 308
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            redirect_to: StrOrPromise,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


# --- 4xx Client Error -----------------------------------------------------------------------


class HttpResponseBadRequest(ContentResponse, http.HttpResponseBadRequest):
    """400 Bad Request.

    Use when the request is malformed or invalid (bad syntax, invalid JSON, etc.).

    Examples:
        >>> HttpResponseBadRequest("Invalid JSON body").status_code
        400
    """

    status_code = 400
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseUnauthorized(StatusResponse):
    """401 Unauthorized.

    Use when the client must authenticate (missing or invalid credentials).
    A 401 must carry a ``WWW-Authenticate`` challenge: pass
    ``www_authenticate`` (a string, a `Challenge` or a list) or set the
    header afterwards; either way it is checked.

    Args:
        www_authenticate: Sent as the ``WWW-Authenticate`` header (RFC 9110, Section 11.6.1): a
            challenge string such as 'Basic realm="api"', a Challenge, or a list of them. Optional:
            left out, it is not sent.

    Examples:
        >>> HttpResponseUnauthorized(www_authenticate='Basic realm="API"')["WWW-Authenticate"]
        'Basic realm="API"'
    """

    status_code = 401
    takes: ClassVar[tuple[HeaderUnit, ...]] = (WWW_AUTHENTICATE,)

    def __init__(
        self,
        content: Content = b"",
        *,
        www_authenticate: Challenges | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, www_authenticate=www_authenticate)


class HttpResponsePaymentRequired(ContentResponse):
    """402 Payment Required.

    Use when the client must pay or subscribe before accessing the resource.

    Examples:
        >>> HttpResponsePaymentRequired().status_code
        402
    """

    status_code = 402
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseForbidden(ContentResponse, http.HttpResponseForbidden):
    """403 Forbidden.

    Use when the user is not allowed to do this (authenticated, but permission
    denied). Use 404 instead to hide that the resource exists.

    Examples:
        >>> HttpResponseForbidden("You cannot edit this resource").status_code
        403
    """

    status_code = 403
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNotFound(ContentResponse, http.HttpResponseNotFound):
    """404 Not Found.

    Use when the resource does not exist (or you do not want to reveal it).
    Use 410 Gone if it used to exist and is permanently removed.

    Examples:
        >>> HttpResponseNotFound().status_code
        404
    """

    status_code = 404
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNotAllowed(StatusResponse, http.HttpResponseNotAllowed):
    """405 Method Not Allowed.

    Use when the method is not allowed for this resource. Pass the allowed
    methods (a list, tuple or set; never a bare string); this class sets the
    ``Allow`` header. An empty list is valid (RFC 9110, Section 10.2.1).

    Args:
        permitted_methods: Sent as the ``Allow`` header (RFC 9110, Section 10.2.1): a list, tuple
            or set of method tokens or http.HTTPMethod members. Required.

    Examples:
        >>> HttpResponseNotAllowed(["GET", "HEAD"])["Allow"]
        'GET, HEAD'
    """

    status_code = 405
    takes: ClassVar[tuple[HeaderUnit, ...]] = (PERMITTED_METHODS,)

    def __init__(
        self,
        permitted_methods: PermittedMethods,
        content: Content = b"",
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, permitted_methods=permitted_methods)


class HttpResponseNotAcceptable(ContentResponse):
    """406 Not Acceptable.

    Use when you cannot return a format the client accepts (``Accept``). The
    problem is the response format, not the request body (that is 415).

    Examples:
        >>> HttpResponseNotAcceptable("Only application/json is available").status_code
        406
    """

    status_code = 406
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseProxyAuthenticationRequired(StatusResponse):
    """407 Proxy Authentication Required.

    Like 401 but for proxy authentication: pass ``proxy_authenticate`` or set
    ``Proxy-Authenticate`` afterwards; the client retries with
    ``Proxy-Authorization``.

    Args:
        proxy_authenticate: Sent as the ``Proxy-Authenticate`` header (RFC 9110, Section 11.7.1): a
            challenge string such as 'Basic realm="api"', a Challenge, or a list of them. Optional:
            left out, it is not sent.

    Examples:
        >>> response = HttpResponseProxyAuthenticationRequired()
        >>> response["Proxy-Authenticate"] = 'Basic realm="Proxy"'
    """

    status_code = 407
    takes: ClassVar[tuple[HeaderUnit, ...]] = (PROXY_AUTHENTICATE,)

    def __init__(
        self,
        content: Content = b"",
        *,
        proxy_authenticate: Challenges | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, proxy_authenticate=proxy_authenticate)


class HttpResponseRequestTimeout(_RetryAfterResponse):
    """408 Request Timeout.

    Use when the client took too long to send the request. The client can
    retry; ``retry_after`` (seconds, timedelta or datetime) sets ``Retry-After``.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseRequestTimeout(retry_after=60)["Retry-After"]
        '60'
    """

    status_code = 408
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseConflict(ContentResponse):
    """409 Conflict.

    Use when the request conflicts with the current state (e.g. a concurrent
    edit). Include enough information for the client to resolve it.

    Examples:
        >>> HttpResponseConflict("Resource was modified by another user").status_code
        409
    """

    status_code = 409
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseGone(ContentResponse, http.HttpResponseGone):
    """410 Gone.

    Use when the resource used to exist but is permanently gone. Use 404 if
    you are not sure.

    Examples:
        >>> HttpResponseGone().status_code
        410
    """

    status_code = 410
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseLengthRequired(ContentResponse):
    """411 Length Required.

    Use when the request must carry ``Content-Length`` and did not.

    Examples:
        >>> HttpResponseLengthRequired().status_code
        411
    """

    status_code = 411
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponsePreconditionFailed(ContentResponse):
    """412 Precondition Failed.

    Use when a conditional header (If-Match, If-Unmodified-Since, …) did not
    match the current state of the resource.

    Examples:
        >>> HttpResponsePreconditionFailed().status_code
        412
    """

    status_code = 412
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseContentTooLarge(_RetryAfterResponse):
    """413 Content Too Large.

    Use when the request body is too big. Pass ``retry_after`` when the
    condition is temporary.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseContentTooLarge(retry_after=300)["Retry-After"]
        '300'
    """

    status_code = 413
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseUriTooLong(ContentResponse):
    """414 URI Too Long.

    Use when the URL is too long. Usually enforced by the web server.

    Examples:
        >>> HttpResponseUriTooLong().status_code
        414
    """

    status_code = 414
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseUnsupportedMediaType(ContentResponse):
    """415 Unsupported Media Type.

    Use when the request body is in a format you do not support. For the
    response format the client accepts, use 406.

    Examples:
        >>> HttpResponseUnsupportedMediaType().status_code
        415
    """

    status_code = 415
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseRangeNotSatisfiable(StatusResponse):
    """416 Range Not Satisfiable.

    Use when the ``Range`` cannot be satisfied. ``total_length`` (the full
    length in bytes) sets ``Content-Range: bytes */<total_length>``. For
    other range units, set ``Content-Range`` yourself.

    Args:
        total_length: Sent as the ``Content-Range`` header (RFC 9110, Section 14.4): an integer >=
            0. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseRangeNotSatisfiable(total_length=47022)["Content-Range"]
        'bytes */47022'
    """

    status_code = 416
    takes: ClassVar[tuple[HeaderUnit, ...]] = (TOTAL_LENGTH,)

    def __init__(
        self,
        content: Content = b"",
        *,
        total_length: int | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, total_length=total_length)


class HttpResponseExpectationFailed(ContentResponse):
    """417 Expectation Failed.

    Use when you cannot meet the request's ``Expect`` header.

    Examples:
        >>> HttpResponseExpectationFailed().status_code
        417
    """

    status_code = 417
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseMisdirectedRequest(ContentResponse):
    """421 Misdirected Request.

    Use when this server is not the right one for the request's URI.

    Examples:
        >>> HttpResponseMisdirectedRequest().status_code
        421
    """

    status_code = 421
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseUnprocessableContent(ContentResponse):
    """422 Unprocessable Content.

    Use when the request body is well-formed but cannot be processed (e.g.
    validation failed).

    Examples:
        >>> HttpResponseUnprocessableContent(
        ...     '{"errors": ["name is required"]}', content_type="application/json"
        ... ).status_code
        422
    """

    status_code = 422
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseLocked(ContentResponse):
    """423 Locked (RFC 4918).

    WebDAV: the resource is locked.

    Examples:
        >>> HttpResponseLocked().status_code
        423
    """

    status_code = 423
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseFailedDependency(ContentResponse):
    """424 Failed Dependency (RFC 4918).

    The method could not be performed because a request it depended on failed.

    Examples:
        >>> HttpResponseFailedDependency().status_code
        424
    """

    status_code = 424
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseTooEarly(ContentResponse):
    """425 Too Early (RFC 8470).

    The server will not risk processing a request that might be replayed
    (TLS early data).

    Examples:
        >>> HttpResponseTooEarly().status_code
        425
    """

    status_code = 425
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseUpgradeRequired(StatusResponse):
    """426 Upgrade Required.

    The client must switch to another protocol: ``upgrade`` (required) sets
    ``Upgrade`` and ``Connection: Upgrade``.

    Args:
        upgrade: Sent as the ``Upgrade`` header (RFC 9110, Section 7.8): a protocol such as
            'websocket' or 'TLS/1.2', or a list of them. Required.

    Examples:
        >>> HttpResponseUpgradeRequired(upgrade="TLS/1.2")["Upgrade"]
        'TLS/1.2'
    """

    status_code = 426
    takes: ClassVar[tuple[HeaderUnit, ...]] = (UPGRADE,)

    def __init__(
        self, content: Content = b"", *, upgrade: Protocols, **options: Unpack[ContentOptions]
    ) -> None:
        self._respond(content, options, upgrade=upgrade)


class HttpResponsePreconditionRequired(ContentResponse):
    """428 Precondition Required (RFC 6585).

    The server requires the request to be conditional (e.g. ``If-Match``) to
    avoid lost updates.

    Examples:
        >>> HttpResponsePreconditionRequired().status_code
        428
    """

    status_code = 428
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseTooManyRequests(_RetryAfterResponse):
    """429 Too Many Requests (RFC 6585).

    The client is rate limited. ``retry_after`` says when to come back.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseTooManyRequests(retry_after=30)["Retry-After"]
        '30'
    """

    status_code = 429
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseRequestHeaderFieldsTooLarge(ContentResponse):
    """431 Request Header Fields Too Large (RFC 6585).

    One header, or all of them together, are too large.

    Examples:
        >>> HttpResponseRequestHeaderFieldsTooLarge().status_code
        431
    """

    status_code = 431
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseUnavailableForLegalReasons(StatusResponse):
    """451 Unavailable For Legal Reasons (RFC 7725).

    Access is denied because of a legal demand. ``blocked_by`` names the
    entity that imposes the block: ``Link: <uri>; rel="blocked-by"``.

    Args:
        blocked_by: Sent as the ``Link`` header (RFC 8288, Section 3): a URI reference such as
            '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseUnavailableForLegalReasons(
        ...     blocked_by="https://authority.example/"
        ... )["Link"]
        '<https://authority.example/>; rel="blocked-by"'
    """

    status_code = 451
    takes: ClassVar[tuple[HeaderUnit, ...]] = (BLOCKED_BY,)

    def __init__(
        self,
        content: Content = b"",
        *,
        blocked_by: StrOrPromise | None = None,
        **options: Unpack[ContentOptions],
    ) -> None:
        self._respond(content, options, blocked_by=blocked_by)


# --- 5xx Server Error -----------------------------------------------------------------------


class HttpResponseInternalServerError(ContentResponse, http.HttpResponseServerError):
    """500 Internal Server Error.

    Use for unexpected server errors. Also exported as
    ``HttpResponseServerError``, Django's name for a 500.

    Examples:
        >>> HttpResponseInternalServerError().status_code
        500
    """

    status_code = 500
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNotImplemented(ContentResponse):
    """501 Not Implemented.

    The server does not support the functionality required (e.g. an unknown
    method). For a known method not allowed here, use 405.

    Examples:
        >>> HttpResponseNotImplemented().status_code
        501
    """

    status_code = 501
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseBadGateway(ContentResponse):
    """502 Bad Gateway.

    As a gateway or proxy, the upstream server's response was invalid.

    Examples:
        >>> HttpResponseBadGateway().status_code
        502
    """

    status_code = 502
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseServiceUnavailable(_RetryAfterResponse):
    """503 Service Unavailable.

    Temporarily unable to handle the request (overload, maintenance).
    ``retry_after`` (seconds, timedelta or datetime) sets ``Retry-After``.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> HttpResponseServiceUnavailable(retry_after=120)["Retry-After"]
        '120'
    """

    status_code = 503
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            content: Content = b"",
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[ContentOptions],
        ) -> None: ...


class HttpResponseGatewayTimeout(ContentResponse):
    """504 Gateway Timeout.

    As a gateway or proxy, the upstream server did not answer in time.

    Examples:
        >>> HttpResponseGatewayTimeout().status_code
        504
    """

    status_code = 504
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseHttpVersionNotSupported(ContentResponse):
    """505 HTTP Version Not Supported.

    The request's major HTTP version is not supported.

    Examples:
        >>> HttpResponseHttpVersionNotSupported().status_code
        505
    """

    status_code = 505
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseVariantAlsoNegotiates(ContentResponse):
    """506 Variant Also Negotiates (RFC 2295).

    Transparent content negotiation found a circular reference.

    Examples:
        >>> HttpResponseVariantAlsoNegotiates().status_code
        506
    """

    status_code = 506
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseInsufficientStorage(ContentResponse):
    """507 Insufficient Storage (RFC 4918).

    WebDAV: the server cannot store what the request needs.

    Examples:
        >>> HttpResponseInsufficientStorage().status_code
        507
    """

    status_code = 507
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseLoopDetected(ContentResponse):
    """508 Loop Detected (RFC 5842).

    WebDAV: an infinite loop was found while processing a ``Depth: infinity``
    request.

    Examples:
        >>> HttpResponseLoopDetected().status_code
        508
    """

    status_code = 508
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNotExtended(ContentResponse):
    """510 Not Extended (RFC 2774, obsoleted).

    The policy for accessing the resource was not met by the request.

    Examples:
        >>> HttpResponseNotExtended().status_code
        510
    """

    status_code = 510
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


class HttpResponseNetworkAuthenticationRequired(ContentResponse):
    """511 Network Authentication Required (RFC 6585).

    The client must authenticate to gain network access (captive portals).

    Examples:
        >>> HttpResponseNetworkAuthenticationRequired().status_code
        511
    """

    status_code = 511
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None: ...


HttpResponseRedirect = HttpResponseFound
HttpResponsePermanentRedirect308 = HttpResponsePermanentRedirect
HttpResponseServerError = HttpResponseInternalServerError


def created(
    response: StatusResponse, content: Content, created_document: Content | None
) -> Content:
    """201's body: ``created_document`` (the created resource's representation) or
    ``content``, not both.

    Examples:
        >>> created(HttpResponseCreated("/items/1"), b"", b"{}")
        b'{}'
    """
    if created_document is None:
        return content
    if content != b"":
        raise ResponseValidationError(
            f"{type(response).__name__}: give created_document or content, not both",
            response_class=type(response).__name__,
            argument="created_document",
        )
    return created_document
