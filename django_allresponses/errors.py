"""The one exception this library raises about bad input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.http import BadHeaderError

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


class ResponseValidationError(ValueError):
    """A response was built (or changed) with a value HTTP does not allow.

    The message names the class, the argument, what was wrong and what is
    allowed. When pydantic found the problem, its error details are kept in
    `errors` and the `pydantic.ValidationError` is the
    ``__cause__``.

    Some misuses are also instances of the built-in exception Python or Django
    would raise for them (``TypeError`` for a ``status=`` argument,
    ``AttributeError`` for content set on a 204), so existing ``except``
    clauses keep working.

    Examples:
        >>> from django_allresponses import HttpResponseServiceUnavailable
        >>> try:
        ...     HttpResponseServiceUnavailable(retry_after=-5)
        ... except ResponseValidationError as error:
        ...     print(error.argument)
        retry_after
    """

    def __init__(
        self,
        message: str,
        *,
        response_class: str | None = None,
        argument: str | None = None,
        errors: Sequence[ErrorDetails] = (),
    ) -> None:
        super().__init__(message)
        self.response_class = response_class
        self.argument = argument
        self.errors: tuple[ErrorDetails, ...] = tuple(errors)


class ContentNotAllowedError(ResponseValidationError, AttributeError):
    """Content given to, or set on, a status that forbids it (1xx, 204, 205, 304).

    It is an ``AttributeError`` too, as Django's own 304 raises.

    Examples:
        >>> from django_allresponses import HttpResponseNoContent
        >>> response = HttpResponseNoContent()
        >>> try:
        ...     response.content = b"x"
        ... except AttributeError as error:
        ...     print(error)
        You cannot set content to a 204 (No Content) response
    """


class FixedStatusError(ResponseValidationError, TypeError):
    """``status=`` or ``preserve_request=`` given to a class whose status is fixed.

    It is a ``TypeError`` too, as an unexpected argument is in Python.

    Examples:
        >>> from django_allresponses import HttpResponseNotFound
        >>> try:
        ...     HttpResponseNotFound(status=410)  # type: ignore[call-arg]
        ... except TypeError as error:
        ...     print(error.args[0].split(";")[0])
        HttpResponseNotFound always sends 404 Not Found
    """


class NoStatusError(ResponseValidationError, TypeError):
    """One of the public bases, ``StatusResponse`` or ``StatusJsonResponse``, built
    directly: they have no status of their own.

    It is a ``TypeError`` too, as instantiating an abstract class is in Python.

    Examples:
        >>> from django_allresponses import StatusResponse
        >>> try:
        ...     StatusResponse("body")
        ... except TypeError as error:
        ...     print(error.args[0].split(";")[0])
        StatusResponse has no status of its own
    """


class HeaderValueError(ResponseValidationError, BadHeaderError):
    """A header value refused where it is stored (``response[...] = …``,
    ``headers=``, a header argument): also Django's ``BadHeaderError``, which
    Django raises for the line breaks it refuses itself.

    Examples:
        >>> from django.http import BadHeaderError
        >>> from django_allresponses import HttpResponseOK
        >>> try:
        ...     HttpResponseOK()["X-Note"] = "a\\r\\nSet-Cookie: x=1"
        ... except BadHeaderError as error:
        ...     print(error.argument)
        X-Note
    """


def describe(value: Any) -> str:
    """A short ``repr`` of a user's value for an error message.

    Examples:
        >>> describe("x" * 100)[-5:]
        'xx...'
        >>> describe(10**5000)  # more digits than Python writes out
        '<an int of 16610 bits>'
    """
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        if isinstance(value, int):
            return f"<an int of {value.bit_length()} bits>"
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= 80 else text[:77] + "..."
