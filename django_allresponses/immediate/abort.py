"""Raise a response from anywhere: `ImmediateResponse`, `abort` and the middleware.

Django answers only four exceptions on its own (``Http404``,
``PermissionDenied``, ``BadRequest`` and ``SuspiciousOperation``); a response
cannot be raised (``raise HttpResponseForbidden()`` is a ``TypeError``).
Responses stay responses here: `ImmediateResponse` is an exception that
*carries* one, and `ImmediateResponseMiddleware` answers the request
with it. `abort` builds the response of a status from that class's own
arguments and raises it in one call, typed ``NoReturn``:

    abort(429, retry_after=30)                     # HttpResponseTooManyRequests
    abort(404, ProblemDetails(detail="No item 7."))  # JsonResponseNotFound, problem+json
    abort(409, {"error": "taken"}, json=True)      # JsonResponseConflict

`ProblemDetailsMiddleware` does the same and, for clients that prefer
JSON, also answers Django's own four exceptions with problem details
(RFC 9457) instead of Django's HTML pages.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final, NoReturn

from django.core.exceptions import BadRequest, PermissionDenied
from django.http import Http404
from django.http.response import HttpResponseBase

from ..errors import ResponseValidationError, describe
from ..responses.base import StatusResponseMixin
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from ..rfc.statuses import STATUSES, StatusFacts

if TYPE_CHECKING:
    from typing import overload

    from typing_extensions import deprecated

    from ..responses.http import (
        HttpResponseContinue,
        HttpResponseEarlyHints,
        HttpResponseProcessing,
        HttpResponseSwitchingProtocols,
    )

    pass


class AbortArgumentError(ResponseValidationError, TypeError):
    """Arguments `abort` cannot build the status's class from: a ``TypeError`` too, as
    Python's own for a call that does not fit.

    Its message names the class `abort` chose and the arguments that class takes, and
    `argument` names the one at fault (``data`` when ``json=True`` has none to send).

    Examples:
        >>> try:
        ...     abort(404, colour="red")
        ... except AbortArgumentError as error:
        ...     print(error.argument)
        colour
    """


class ImmediateResponse(Exception):
    """An exception that carries a response: raise it anywhere below a view to answer with it.

    The response is `response`, any Django ``HttpResponseBase`` (of this
    library or not). `ImmediateResponseMiddleware` (or the Django REST
    framework and django-ninja integrations) answers the request with it. A 1xx
    is refused: it is an interim response, never the answer to a request.

    Examples:
        >>> from django_allresponses import HttpResponseForbidden
        >>> try:
        ...     raise ImmediateResponse(HttpResponseForbidden("Not yours."))
        ... except ImmediateResponse as carried:
        ...     print(carried.response.status_code, carried.response.content)
        403 b'Not yours.'
    """

    response: HttpResponseBase
    """The response to answer with."""

    if TYPE_CHECKING:
        # Refused at run time, flagged where it is written.
        @overload
        @deprecated(
            "ImmediateResponse(...): a 1xx is an interim response (RFC 9110, Section 15.2) "
            "and cannot answer a request; carry a status of 200 or above"
        )
        def __init__(
            self,
            response: HttpResponseContinue
            | HttpResponseSwitchingProtocols
            | HttpResponseProcessing
            | HttpResponseEarlyHints,
        ) -> None: ...
        @overload
        def __init__(self, response: HttpResponseBase) -> None: ...

    def __init__(self, response: HttpResponseBase) -> None:
        if not isinstance(response, HttpResponseBase):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ResponseValidationError(
                f"ImmediateResponse: response={describe(response)} is not a Django response; "
                "expected an HttpResponseBase such as HttpResponseForbidden()",
                argument="response",
            )
        if response.status_code < 200:
            raise ResponseValidationError(
                f"ImmediateResponse: {type(response).__name__} ({response.status_code} "
                f"{response.reason_phrase}) is an interim response (RFC 9110, Section 15.2) "
                "and cannot answer a request; carry a status of 200 or above",
                response_class=type(response).__name__,
                argument="response",
            )
        super().__init__(response)
        self.response = response


def _facts(status: object) -> StatusFacts:
    """The facts of ``status``, if `abort` can answer with it."""
    if isinstance(status, bool) or not isinstance(status, int):
        raise ResponseValidationError(
            f"abort: status={describe(status)} is not a status code or a response; "
            "expected an int or HTTPStatus such as 404, or a response such as "
            "HttpResponseNotFound()",
            argument="status",
        )
    facts = STATUSES.get(int(status))
    if facts is None:
        raise ResponseValidationError(
            f"abort: {describe(int(status))} is not an assigned HTTP status code; "
            "expected one of the codes in the IANA registry (django_allresponses.STATUSES)",
            argument="status",
        )
    if facts.code < 200:
        raise ResponseValidationError(
            f"abort: {facts.code} {facts.phrase} is an interim response (RFC 9110, Section "
            "15.2) and cannot answer a request; abort with a status of 200 or above",
            response_class=f"HttpResponse{facts.name}",
            argument="status",
        )
    return facts


if TYPE_CHECKING:
    # One overload per status, generated into a stub that only checkers read.
    from ._abort_overloads import abort as abort
else:

    def abort(
        status: int | HTTPStatus | HttpResponseBase,
        /,
        *args: Any,
        json: bool | None = None,
        **kwargs: Any,
    ) -> NoReturn:
        """Answer the request with a response, from anywhere below the view.

        ``abort(HttpResponseTooManyRequests(retry_after=30))`` raises `ImmediateResponse`
        carrying the response, a class of this library built as anywhere else: an editor
        completes its arguments, a type checker names the one missing or wrong.

        ``abort(status, ...)`` builds the status's class from the other arguments
        (``abort(429, retry_after=30)``), its JSON twin with ``json=True`` or a
        `ProblemDetails` as data. The status must be a literal to the checkers; 1xx, 204,
        205 and 304 are refused. ``abort(404)``, ``abort(403)`` and ``abort(400)`` alone
        raise Django's ``Http404``, ``PermissionDenied`` and ``BadRequest``
        (`DJANGO_EXCEPTIONS`), which the project's handlers render. See the guide,
        "Raising with abort".

        Examples:
            >>> from django_allresponses import HttpResponseTooManyRequests
            >>> try:
            ...     abort(HttpResponseTooManyRequests(retry_after=30))
            ... except ImmediateResponse as carried:
            ...     print(type(carried.response).__name__, carried.response["Retry-After"])
            HttpResponseTooManyRequests 30
            >>> try:
            ...     abort(404, ProblemDetails(detail="No item 7."))
            ... except ImmediateResponse as carried:
            ...     print(carried.response["Content-Type"], carried.response.content.decode())
            application/problem+json {"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}
            >>> from django.http import Http404
            >>> try:
            ...     abort(404)
            ... except Http404 as error:
            ...     print("Http404:", error)
            Http404: abort(404)
        """  # noqa: E501
        if isinstance(status, HttpResponseBase):
            _abort_with(status, args, json, kwargs)
        _abort(status, args, json, kwargs)


def _abort_with(
    response: HttpResponseBase, args: tuple[Any, ...], json: bool | None, kwargs: dict[str, Any]
) -> NoReturn:
    """``abort(response)``: a response of this library, built already, and nothing else."""
    if not isinstance(response, StatusResponseMixin):
        raise ResponseValidationError(
            f"abort: {type(response).__name__} is not a class of this library, whose status "
            f"is fixed; raise ImmediateResponse({type(response).__name__}(...)) to answer "
            "with it",
            response_class=type(response).__name__,
            argument="status",
        )
    named = {**kwargs, **({} if json is None else {"json": json})}
    if args or named:
        given = [*map(describe, args), *(f"{name}={describe(v)}" for name, v in named.items())]
        raise AbortArgumentError(
            f"abort({type(response).__name__}(...), {', '.join(given)}): the response is "
            "built already and takes no other argument; give its arguments to its class, "
            "as in abort(HttpResponseTooManyRequests(retry_after=30))",
            response_class=type(response).__name__,
            argument="args" if args else next(iter(named)),
        )
    raise ImmediateResponse(response)


def _abort(
    status: object, args: tuple[Any, ...], json: bool | None, kwargs: dict[str, Any]
) -> NoReturn:
    """What `abort` does, checked by the type checkers (which see the overloads)."""
    facts = _facts(status)
    _without_content(facts, args, json, kwargs)
    data = args[0] if args else kwargs.get("data")
    if isinstance(data, ProblemDetails):
        if json is False:
            raise ResponseValidationError(
                "abort: a ProblemDetails is sent as application/problem+json by the JSON "
                f"twin JsonResponse{facts.name}; leave json out or pass json=True",
                response_class=f"JsonResponse{facts.name}",
                argument="json",
            )
        json = True
    cls = response_class(facts.code, json=bool(json))
    if json and not args and "data" not in kwargs:
        _refuse_no_data(facts, cls)
    try:
        response = cls(*args, **kwargs)
    except TypeError as error:
        if isinstance(error, ResponseValidationError):
            raise
        # Arguments that do not fit the class, or a value of a wrong type that Python or
        # Django refuses deeper down (headers=1): both TypeErrors, both named for abort.
        misfit = _misfit(facts, cls, args, kwargs) or AbortArgumentError(
            f"abort({facts.code}, ...) for {cls.__name__}: {error}",
            response_class=cls.__name__,
        )
        raise misfit from error
    except ResponseValidationError:
        raise
    except ValueError as error:  # Python's own, from deeper down (str() of a huge int)
        raise ResponseValidationError(
            f"abort({facts.code}, ...) for {cls.__name__}: the arguments cannot be sent: {error}",
            response_class=cls.__name__,
        ) from error
    raise ImmediateResponse(response)


_BODILESS_WAY: Final = "abort({name}())"
"""How a status without content is answered instead."""

DJANGO_EXCEPTIONS: Final[Mapping[int, type[Exception]]] = {
    400: BadRequest,
    403: PermissionDenied,
    404: Http404,
}
"""The statuses Django answers through a project's handler (``handler400``,
``handler403``, ``handler404``), and the exception it answers each for: what
``abort(code)`` raises when given nothing else."""


def _without_content(
    facts: StatusFacts, args: tuple[Any, ...], json: bool | None, kwargs: dict[str, Any]
) -> None:
    """``abort(404)`` with nothing else raises Django's exception, which the project's
    handler renders; a status that forbids content is refused, in words that say whether
    content was given."""
    if not args and not kwargs and not json:
        exception = DJANGO_EXCEPTIONS.get(facts.code)
        if exception is not None:
            raise exception(f"abort({facts.code})")
    if facts.allows_content:
        return
    name = f"HttpResponse{facts.name}"
    if args or "content" in kwargs or "data" in kwargs:
        raise ResponseValidationError(
            f"abort: {facts.code} {facts.phrase} forbids content, and content was given; "
            f"leave it out: {_BODILESS_WAY.format(name=name)}",
            response_class=name,
            argument="content",
        )
    raise ResponseValidationError(
        f"abort: {facts.code} {facts.phrase} is a status without content, which "
        "abort(status) does not build (it builds statuses that may carry content); "
        f"answer it with {_BODILESS_WAY.format(name=name)}",
        response_class=name,
        argument="status",
    )


def _refuse_no_data(facts: StatusFacts, cls: type[HttpResponseBase]) -> None:
    """``json=True`` without data, for a twin that needs some: say so, and what to pass."""
    parameter = inspect.signature(cls).parameters.get("data")
    if parameter is None or parameter.default is not inspect.Parameter.empty:
        return
    code = facts.code
    ways = f'as in abort({code}, {{"error": "..."}}, json=True)'
    if code >= 400:
        ways += f', or abort({code}, ProblemDetails(detail="...")) for problem details'
    exception = DJANGO_EXCEPTIONS.get(code)
    if exception is not None:
        ways += f"; without json=True, abort({code}) answers as raise {exception.__name__} does"
    raise AbortArgumentError(
        f"abort({code}, json=True) for {cls.__name__}: the JSON twin sends data and none "
        f"was given; pass it, {ways}",
        response_class=cls.__name__,
        argument="data",
    )


def _misfit(
    facts: StatusFacts, cls: type[HttpResponseBase], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> ResponseValidationError | None:
    """The error naming the argument that does not fit ``cls``, if the arguments are the
    cause (and not a ``TypeError`` from deeper down)."""
    signature = inspect.signature(cls)
    try:
        signature.bind(*args, **kwargs)
    except TypeError as error:
        # One wording on every Python: 3.12 says "required keyword-only argument".
        problem = re.sub(
            r"required (?:keyword-only |positional )argument", "required argument", str(error)
        )
    else:
        return None
    named = re.search(r"'(\w+)'", problem)
    argument = named[1] if named else "args"
    allowed = ", ".join(signature.parameters)
    return AbortArgumentError(
        f"abort({facts.code}, ...) for {cls.__name__}: {problem}; "
        f"it takes {cls.__name__}'s arguments: {allowed}",
        response_class=cls.__name__,
        argument=argument,
    )
