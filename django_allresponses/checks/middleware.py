"""The checks on the way out: a final 1xx, and the conformance checks of every response.

`ResponseChecksMiddleware` runs
`check_response` on every response in the
mode ``settings.ALLRESPONSES_CHECKS`` sets (``"off"``, ``"log"``, ``"raise"``),
and turns a final 1xx into a 500 as `InterimResponseMiddleware` does.

A 1xx returned from a view: turned into a 500 that every server can send.

A 1xx (informational) status is an *interim* response (RFC 9110, Section
15.2): it only ever precedes the final response to a request. WSGI and ASGI
have no way to send one, and a Django view can only return the final
response, so a view that returns `HttpResponseContinue`,
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
raised inside Django: `InterimResponseError` names the class, the
status and the request, Django logs it on the ``django.request`` logger,
shows it on the debug page, and sends the project's 500 response
(``handler500``), which every server can send. Django's test client raises
it in the test, where the mistake was made.

Add it last in ``MIDDLEWARE``, next to the view, so that the 500 passes
through the other middleware like any response (``CommonMiddleware`` gives
it its ``Content-Length``, ``SecurityMiddleware`` its headers):

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
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Final, cast

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.deprecation import MiddlewareMixin

from ..errors import ResponseValidationError
from .engine import (
    Snapshot,
    check_changes,
    check_content,
    check_within,
    is_clean,
    sent_clean,
    snapshot,
)
from .rules import (
    JSON_LIMIT,
    Finding,
    conformance_report,
    is_json_type,
)
from .silencing import ignored_everywhere, silenced, split, view_name, view_of


class InterimResponseError(ResponseValidationError):
    """A 1xx response reached the server as the final response to a request.

    Examples:
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
    """Raise `InterimResponseError` for a final 1xx, so Django answers 500.

    Responses of any other status pass through untouched.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseNoContent
        >>> middleware = InterimResponseMiddleware(lambda request: HttpResponseNoContent())
        >>> middleware(RequestFactory().get("/")).status_code
        204
    """

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        """The response to ``request``, through `process_response` (Django's own
        ``MiddlewareMixin.__call__`` without its look for a ``process_request`` there is not)."""
        if self.async_mode:
            return self.__acall__(request)
        return self.process_response(request, cast("HttpResponseBase", self.get_response(request)))

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


MODES: Final = ("off", "log", "raise")
"""The values of ``settings.ALLRESPONSES_CHECKS``; ``"log"`` when it is not set."""

DEFAULT_MODE: Final = "log"

logger: Final = logging.getLogger("django_allresponses")


def checks_mode() -> str:
    """The mode set by ``settings.ALLRESPONSES_CHECKS``: ``"off"``, ``"log"`` or ``"raise"``.

    An unknown value counts as ``"log"``; the system check
    ``django_allresponses.W002`` reports it.

    Examples:
        >>> from django.test import override_settings
        >>> with override_settings(ALLRESPONSES_CHECKS="raise"):
        ...     checks_mode()
        'raise'
        >>> checks_mode()
        'log'
    """
    mode = getattr(settings, "ALLRESPONSES_CHECKS", DEFAULT_MODE)
    return mode if mode in MODES else DEFAULT_MODE


class ResponseConformanceError(ResponseValidationError):
    """A response left with errors that `check_response`
    found, under ``ALLRESPONSES_CHECKS = "raise"``.

    ``findings`` holds every finding of the response, warnings included.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django.test import RequestFactory, override_settings
        >>> with override_settings(ALLRESPONSES_CHECKS="raise"):
        ...     middleware = ResponseChecksMiddleware(lambda request: HttpResponse(status=405))
        >>> try:
        ...     middleware(RequestFactory().get("/items/"))
        ... except ResponseConformanceError as error:
        ...     print(error.findings[0].rule)
        missing-allow
    """

    def __init__(self, message: str, *, response_class: str, findings: list[Finding]) -> None:
        super().__init__(message, response_class=response_class, argument="response")
        self.findings = findings


class ResponseChecksMiddleware(InterimResponseMiddleware):
    """The checks a response gets on its way out, for every status and every class.

    * A final 1xx raises `InterimResponseError`, as
      `InterimResponseMiddleware` does, so Django answers 500, whatever
      the mode.
    * Every other response goes through
      `check_response`, as
      ``settings.ALLRESPONSES_CHECKS`` says:

      - ``"log"`` (the default): the response is checked once, when the server
        closes it after sending it (the JSON rules on the content as the view made
        it), and each finding is logged on the
        ``django_allresponses`` logger, an error at ``ERROR`` level, a warning at
        ``WARNING``, naming the class, the request, the rule and the RFC; the
        response is sent as it is. A 401 that leaves without ``WWW-Authenticate``
        (the classes keep the challenge optional, as it is often set after
        construction) shows up here.
      - ``"raise"``: errors raise `ResponseConformanceError` (listing
        every finding), so Django answers 500 and its test client raises it in
        the test; a response with warnings only is logged and sent.
      - ``"off"``: no check beyond the 1xx one, which costs one integer
        comparison per response.

    Last in ``MIDDLEWARE``, it sees the response before the other middleware
    do, and checks it once. In ``"raise"`` mode that check is made at once, and
    what the other middleware change on the way out (``CommonMiddleware``'s
    ``Content-Length: 0`` on a 204, which breaks strict clients) is looked at
    when the server closes the response, after sending it: only the headers that
    changed and the rules they can break, without parsing the content again, and
    logged (it is too late to raise then). In ``"log"`` mode the whole check is
    made at that moment, on what was sent, save the JSON rules, applied to the
    content as the view made it (kept, not copied, should another middleware
    compress or replace it). In ``"log"`` mode a JSON body larger than
    ``settings.ALLRESPONSES_CHECKS_JSON_LIMIT`` bytes (1,000,000 by default) is
    not parsed, nor one a serializer wrote: a JSON twin's own content, and a Django
    ``JsonResponse``'s ``json.dumps`` output when it holds neither ``NaN`` nor
    ``Infinity`` (problem details apart, whose ``status`` member is read). A fault
    of the checks themselves is logged, never turned into a 500.

    The rules ``settings.ALLRESPONSES_CHECKS_IGNORE`` names, and those the view's
    `django_allresponses.checks.ignore` decorator names, are silenced: each such finding
    is logged at ``DEBUG`` level instead (``ignored`` set on the record), and never
    raises.

    The mode is read when Django builds its middleware chain, at start-up.
    Add it last in ``MIDDLEWARE``, in place of `InterimResponseMiddleware`,
    so that its findings name what the view returned and its 500 for a final
    1xx passes through every other middleware; the system check
    ``django_allresponses.W001`` says when it is not last.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseUnauthorized
        >>> middleware = ResponseChecksMiddleware(lambda request: HttpResponseUnauthorized())
        >>> middleware.mode
        'log'
        >>> sent = middleware(RequestFactory().get("/private"))
        >>> sent.status_code
        401
        >>> sent.close()  # as servers do after sending it; an error is logged
    """

    def __new__(cls, get_response: Any) -> ResponseChecksMiddleware:
        """The middleware, of `_LogWhenSent` in ``"log"`` mode (its own ``__call__``)."""
        if cls is ResponseChecksMiddleware and checks_mode() == "log":
            cls = _LogWhenSent
        return object.__new__(cls)

    def __init__(self, get_response: Any) -> None:
        super().__init__(get_response)
        self.mode: str = checks_mode()
        if self.mode != "off":
            ignored_everywhere()  # an unknown rule name fails at start-up, not at a request
        self.json_limit: int | None = json_limit() if self.mode == "log" else None
        if self.mode == "off":
            # The 1xx check alone, without a second method call per response.
            self.process_response = super().process_response  # type: ignore[method-assign]
        elif self.mode == "log":
            self.process_response = self._log_when_sent  # type: ignore[method-assign]

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        """Check ``response``; raise for a final 1xx; log or raise what the checks find."""
        if response.status_code < 200:
            return super().process_response(request, response)
        if self.mode == "log":
            return self._log_when_sent(request, response)
        try:
            findings = check_within(response, request, self.json_limit)
            before = snapshot(response)
            if before is not None:
                _when_sent(response, _Finished(request, response, before, findings))
        except Exception:  # never turn a response into a 500 for a fault of the checks
            logger.exception("the checks of %s failed", _subject(request, response))
            return response
        if not findings:
            return response
        kept = _kept(request, response, findings)
        if any(finding.severity == "error" for finding in kept):
            raise ResponseConformanceError(
                raise_message(request, response, kept),
                response_class=type(response).__name__,
                findings=kept,
            )
        _log(request, response, kept)
        return response

    def _log_when_sent(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        """``"log"`` mode's `process_response`: every rule once, when the server closes
        the response, on what it sent, save the JSON rules, on the content as the view
        made it (kept for the close-time check, should another middleware compress or
        replace it)."""
        if response.status_code < 200:
            return super().process_response(request, response)
        try:
            state: dict[str, Any] = response.__dict__
            closers: Any = state.get("_resource_closers")
            if closers.__class__ is list:
                # Django's close() calls it, then empties the list: no cycle outlives it.
                made: Any = state.get("_container")
                if made.__class__ is list:  # the content in memory: kept, not copied
                    closers.append(
                        partial(_sent, request, response, made, len(made), self.json_limit)
                    )
                else:
                    closers.append(partial(_sent, request, response, None, 0, -1))
                return response
            findings = [
                *check_within(response, request, -1),
                *check_content(response, self.json_limit),
            ]
        except Exception:  # never turn a response into a 500 for a fault of the checks
            logger.exception("the checks of %s failed", _subject(request, response))
            return response
        if findings:
            _log(request, response, findings)
        return response


class _LogWhenSent(ResponseChecksMiddleware):
    """`ResponseChecksMiddleware` in ``"log"`` mode: under WSGI, the check left to the
    response's close in the call itself, without a call of `process_response` on the way
    (what a request pays for log mode is mostly the code and memory it touches)."""

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        """The response to ``request``, its check left to its close (`_sent`) by
        `_log_when_sent`."""
        if self.async_mode:
            return self.__acall__(request)
        response: HttpResponseBase = self.get_response(request)  # type: ignore[assignment]  # sync here
        return self._log_when_sent(request, response)


def _sent(
    request: HttpRequest,
    response: HttpResponseBase,
    made: list[object] | None,
    chunks: int,
    json_limit: int | None,
) -> None:
    """``"log"`` mode's one check of a response, once it has been sent: the JSON rules
    (within ``json_limit``) on ``made``, the content as the view made it in ``chunks``
    chunks (``None`` when it is not held in memory); every other rule on what was sent."""
    try:
        json: list[Finding] = []
        sent: object = response.__dict__.get("_container")
        if made is not None and len(made) == chunks and sent is made:
            # the content as the view made it, still
            if sent_clean(response, request, json_limit, made):
                return
            json = check_content(response, json_limit)
        elif made is not None and is_json_type(response):
            # replaced or written to since by another middleware (GZipMiddleware's
            # compression): the JSON rules go to a copy holding the view's content
            json = check_content(_as_made(response, made, chunks), json_limit)
        elif is_clean(response, request, -1):  # no JSON rules to apply: the others alone
            return
        findings = [*check_within(response, request, -1), *json]
    except Exception:
        logger.exception("the checks of %s failed", _subject(request, response))
        return
    if findings:
        _log(request, response, findings)


def _as_made(response: HttpResponseBase, made: list[object], chunks: int) -> HttpResponseBase:
    """A shallow copy of ``response`` whose content is ``made``'s first ``chunks`` chunks,
    as the view made it, for the JSON rules."""
    copy: HttpResponseBase = object.__new__(type(response))
    copy.__dict__.update(response.__dict__)
    copy.__dict__["_container"] = made if len(made) == chunks else made[:chunks]
    return copy


def json_limit() -> int:
    """``settings.ALLRESPONSES_CHECKS_JSON_LIMIT``: the size in bytes above which
    ``"log"`` mode does not parse a JSON body (1,000,000 when not set, or not a
    non-negative integer).

    Examples:
        >>> from django.test import override_settings
        >>> json_limit()
        1000000
        >>> with override_settings(ALLRESPONSES_CHECKS_JSON_LIMIT=10_000):
        ...     json_limit()
        10000
    """
    limit = getattr(settings, "ALLRESPONSES_CHECKS_JSON_LIMIT", JSON_LIMIT)
    return limit if type(limit) is int and limit >= 0 else JSON_LIMIT


class _Finished:
    """The close-time pass: what the middleware before this one changed on the way out
    (``CommonMiddleware``'s ``Content-Length: 0`` on a 204, …), logged once the response
    has been sent. It compares with what the first check saw; the content is not parsed
    again."""

    __slots__ = ("before", "request", "response", "seen")

    def __init__(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        before: Snapshot,
        seen: list[Finding],
    ) -> None:
        self.request = request
        self.response = response
        self.before = before
        self.seen = seen

    def __call__(self) -> None:
        request, response = self.request, self.response
        try:
            added = check_changes(response, request, self.before, self.seen)
        except Exception:
            logger.exception("the checks of %s failed", _subject(request, response))
            return
        finally:
            del self.response, self.request  # no cycle kept alive by a closed response
        if added:
            _log(request, response, added)


def raise_message(
    request: HttpRequest, response: HttpResponseBase, findings: list[Finding]
) -> str:
    """What ``"raise"`` mode's `ResponseConformanceError` says: the response, the request
    and the view, each finding, and the three ways to silence the rules that raised.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django.test import RequestFactory
        >>> from django_allresponses import check_response
        >>> response = HttpResponse(status=405)
        >>> print(raise_message(RequestFactory().get("/items/"), response,
        ...                     check_response(response)))  # doctest: +NORMALIZE_WHITESPACE
        HttpResponse (405 Method Not Allowed) for GET /items/ does not conform:
          error missing-allow: a 405 (Method Not Allowed) response must send an Allow header
          (RFC 9110, Section 15.5.6)
        If it is meant, silence the rule: ALLRESPONSES_CHECKS_IGNORE = ["missing-allow"]
        everywhere, @django_allresponses.checks.ignore("missing-allow") on the view, or
        @pytest.mark.allresponses_ignore("missing-allow") on a test.
    """
    report = conformance_report(response, findings, request=request)
    view = view_name(view_of(request), request.method)
    if view is not None:
        report = report.replace(" does not conform:", f" from {view} does not conform:", 1)
    rules = list(dict.fromkeys(f.rule for f in findings if f.severity == "error"))
    quoted = ", ".join(f'"{rule}"' for rule in rules)
    return (
        f"{report}\nIf it is meant, silence the rule{'s' if len(rules) > 1 else ''}: "
        f"ALLRESPONSES_CHECKS_IGNORE = [{quoted}] everywhere, "
        f"@django_allresponses.checks.ignore({quoted}) on {view or 'the view'}, or "
        f"@pytest.mark.allresponses_ignore({quoted}) on a test."
    )


def _when_sent(response: HttpResponseBase, check: Callable[[], None]) -> None:
    """Run ``check`` when the server closes ``response``, after sending it.

    Django calls the response's closers from ``close()``, which servers call
    after the last byte, and so does its test client.
    """
    closers: object = vars(response).get("_resource_closers")
    if isinstance(closers, list):  # Django's; a response without it is not looked at again
        cast("list[Callable[[], None]]", closers).append(check)


def _subject(request: HttpRequest, response: HttpResponseBase) -> str:
    return (
        f"{type(response).__name__} ({response.status_code} {response.reason_phrase}) "
        f"for {request.method} {request.path}"
    )


def _kept(
    request: HttpRequest, response: HttpResponseBase, findings: list[Finding]
) -> list[Finding]:
    """``findings`` but those silenced (the setting, the view's `ignore`), each of which
    is logged at ``DEBUG`` level: counted, never dropped unseen."""
    try:
        kept, ignored = split(findings, silenced(request))
    except Exception:  # a silencing that cannot be read (a setting changed since start-up)
        logger.exception("the silenced rules of %s could not be read", _subject(request, response))
        return findings
    if ignored:
        subject = _subject(request, response)
        for finding in ignored:
            logger.debug(
                "%s: ignored %s", subject, finding, extra={"finding": finding, "ignored": True}
            )
    return kept


def _log(request: HttpRequest, response: HttpResponseBase, findings: list[Finding]) -> None:
    """Log each finding that is not silenced: an error at ``ERROR``, a warning at ``WARNING``;
    those silenced at ``DEBUG``."""
    subject = _subject(request, response)
    for finding in _kept(request, response, findings):
        logger.log(
            logging.ERROR if finding.severity == "error" else logging.WARNING,
            "%s: %s",
            subject,
            finding,
            extra={"finding": finding},
        )
