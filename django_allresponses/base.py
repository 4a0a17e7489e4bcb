"""What every response class shares: a fixed status, checked headers, a registry."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, cast

from django.http import HttpResponse
from django.http.response import ResponseHeaders

from .errors import ContentNotAllowedError, FixedStatusError, ResponseValidationError, describe
from .headers import HEADER_CHECKS, HeaderField, check_field_value
from .statuses import STATUSES, StatusFacts

HeadersInput = Mapping[str, str] | None


def checked_value(owner: str, key: str, value: object) -> object:
    """Check one header value as the class named ``owner`` would, wherever it is set.

    Headers with a rule of their own (:data:`~django_allresponses.headers.HEADER_CHECKS`)
    are checked against it; any other string may not hold CR, LF or NUL.
    """
    check = HEADER_CHECKS.get(key.lower())
    if check is not None:
        return check(value, owner)
    if isinstance(value, str):
        try:
            check_field_value(value)
        except ValueError as error:
            raise ResponseValidationError(
                f"{owner}: invalid {key} header {describe(value)}: {error}",
                response_class=owner,
                argument=key,
            ) from error
    return value


class CheckedHeaders(ResponseHeaders):
    """Response headers that apply this library's checks to every value set.

    Each response class gets its own subclass naming it, so that errors say
    which class refused the value.
    """

    owner: ClassVar[str] = "HttpResponse"
    drops_zero_length: ClassVar[bool] = False
    forbids_framing: ClassVar[bool] = False

    def __setitem__(self, key: str, value: str | bytes | int) -> None:
        lower = key.lower()
        value = cast(str | bytes | int, checked_value(self.owner, key, value))
        if lower in ("content-length", "transfer-encoding") and self._framing_refused(
            lower, value
        ):
            return
        super().__setitem__(key, value)

    def _framing_refused(self, lower: str, value: object) -> bool:
        """RFC 9110 Section 8.6: 1xx and 204 carry no Content-Length or Transfer-Encoding.

        The ``Content-Length: 0`` that Django's ``CommonMiddleware`` adds to every
        response is dropped (also on 304, where it would be wrong); any other
        value is an error. Returns ``True`` when the value must not be stored.
        """
        if self.drops_zero_length and lower == "content-length" and str(value) == "0":
            return True
        if self.forbids_framing or (self.drops_zero_length and lower == "transfer-encoding"):
            raise ResponseValidationError(
                f"{self.owner}: a {lower.title()} header is not allowed on this status "
                "(RFC 9110, Section 8.6)",
                response_class=self.owner,
                argument=lower.title(),
            )
        return False


class StatusResponseMixin:
    """The behaviour every class of this library shares, HTTP and JSON alike.

    * the status is fixed: ``status=`` and ``preserve_request=`` are refused;
    * header values are checked when the response is built and when they are
      set later (``response["Retry-After"] = ...``);
    * each class with a ``status_code`` registers itself for :func:`response_class`.
    """

    status_code: int
    headers: ResponseHeaders
    facts: ClassVar[StatusFacts]
    _checked_headers: ClassVar[type[CheckedHeaders]]
    registry: ClassVar[dict[int, type[Any]]]

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        if kwargs and ("status" in kwargs or "preserve_request" in kwargs):
            argument = "status" if "status" in kwargs else "preserve_request"
            facts = cls.facts
            raise FixedStatusError(
                f"{cls.__name__} always sends {facts.code} {facts.phrase}; it takes no "
                f"{argument!r} argument. Use response_class(code) for the class of another "
                "status.",
                response_class=cls.__name__,
                argument=argument,
            )
        return super().__new__(cls)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        code = cls.__dict__.get("status_code")
        if code is None:
            return
        facts = STATUSES[code]
        cls.facts = facts
        cls._checked_headers = type(
            f"{cls.__name__}Headers",
            (CheckedHeaders,),
            {
                "owner": cls.__name__,
                "drops_zero_length": not facts.allows_content and code != 205,
                "forbids_framing": code < 200 or code == 204,
            },
        )
        cls.registry[code] = cls

    _reason_phrase: str | None

    @property
    def reason_phrase(self) -> str:
        """The reason phrase sent: ``reason=`` if given, else RFC 9110's phrase.

        Django takes phrases from the standard library, which still has older
        ones for some codes (413 "Request Entity Too Large").
        """
        return self._reason_phrase if self._reason_phrase is not None else self.facts.phrase

    @reason_phrase.setter
    def reason_phrase(self, value: str) -> None:
        self._reason_phrase = value

    def _adopt_headers(self) -> None:
        # Django builds a plain ResponseHeaders in HttpResponseBase.__init__; giving it
        # this class's checked subclass afterwards keeps construction as fast as Django's
        # while every later assignment is checked.
        self.headers.__class__ = self._checked_headers

    def _merge_headers(
        self, headers: HeadersInput, *fields: tuple[HeaderField[Any], object]
    ) -> HeadersInput:
        """Validate header arguments and ``headers=``, and merge them for Django.

        A header given both as an argument and in ``headers=`` is an error.
        """
        owner = type(self).__name__
        merged: dict[str, str] = {}
        for field, value in fields:
            if value is not None or field.required:
                merged[field.header] = field.render_for(owner, value)
        if not headers:
            return merged or None
        lowered = {name.lower(): name for name in merged}
        for name, value in headers.items():
            lower = name.lower()
            if lower in lowered:
                raise ResponseValidationError(
                    f"{owner}: the {lowered[lower]} header is set by an argument; "
                    f"do not also pass it in headers=",
                    response_class=owner,
                    argument="headers",
                )
            merged[name] = cast(str, checked_value(owner, name, value))
        return merged


class StatusResponse(StatusResponseMixin, HttpResponse):
    """Base of every ``HttpResponse…`` class in this library.

    ``StatusResponse.registry`` maps each status code to its class.

    Example::

        >>> from django_allresponses import HttpResponseNotFound
        >>> isinstance(HttpResponseNotFound(), StatusResponse)
        True
        >>> StatusResponse.registry[404] is HttpResponseNotFound
        True
    """

    registry: ClassVar[dict[int, type[Any]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._adopt_headers()


class BodilessResponse(StatusResponse):
    """A status that forbids content: 1xx, 204, 205 and 304 (RFC 9110, Section 6.4.1).

    Content is refused at construction, on ``.content = …``, ``write()`` and
    ``writelines()``; no ``Content-Type`` is sent.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        if args or "content" in kwargs:
            content = args[0] if args else kwargs["content"]
            facts = cls.facts
            raise ContentNotAllowedError(
                f"{cls.__name__}: {facts.code} ({facts.phrase}) forbids content "
                f"({facts.reference}); got content={describe(content)}",
                response_class=cls.__name__,
                argument="content",
            )
        return super().__new__(cls, **kwargs)

    __signature__: ClassVar[inspect.Signature]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # inspect.signature() would report __new__'s (*args, **kwargs): show __init__'s.
        signature = inspect.signature(cls.__init__)
        cls.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])

    def __init__(self, *, headers: HeadersInput = None, reason: str | None = None) -> None:
        super().__init__(headers=headers, reason=reason)

    def _adopt_headers(self) -> None:
        self.headers.pop("Content-Type", None)
        if self.status_code == 205:
            # RFC 9110 Section 15.3.6: a 205 indicates zero-length content.
            self.headers["Content-Length"] = "0"
        super()._adopt_headers()

    def _refuse(self, verb: str) -> ContentNotAllowedError:
        facts = self.facts
        return ContentNotAllowedError(
            f"You cannot {verb} content to a {facts.code} ({facts.phrase}) response",
            response_class=type(self).__name__,
            argument="content",
        )

    @property
    def content(self) -> bytes:  # pyright: ignore[reportIncompatibleVariableOverride]
        """Always empty."""
        return b""

    @content.setter
    def content(self, value: object) -> None:
        if value:
            raise self._refuse("set")
        self._container: list[bytes] = []

    def write(self, content: str | bytes) -> None:
        """Refused: this status forbids content."""
        raise self._refuse("write")

    def writelines(self, lines: Iterable[object]) -> None:
        """Refused: this status forbids content."""
        raise self._refuse("write")
