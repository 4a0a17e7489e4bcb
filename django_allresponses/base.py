"""What every response class shares: a fixed status, checked headers, a registry."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, cast
from urllib.parse import urlsplit

from django.core.exceptions import DisallowedRedirect
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.utils.http import MAX_URL_REDIRECT_LENGTH

from .errors import ContentNotAllowedError, FixedStatusError, ResponseValidationError, describe
from .headers import FIELD_NAME, HEADER_CHECKS, REDIRECT_TO, HeaderField, check_field_value
from .statuses import STATUSES, StatusFacts

HeadersInput = Mapping[str, str] | None


def checked_value(owner: str, key: str, value: object) -> object:
    """Check one header value as the class named ``owner`` would, wherever it is set.

    The name must be a token (RFC 9110, Section 5.1). Headers with a rule of their
    own (:data:`~django_allresponses.headers.HEADER_CHECKS`) are checked against it;
    any other value may not hold CR, LF or NUL.
    """
    if not FIELD_NAME.fullmatch(key):
        raise ResponseValidationError(
            f"{owner}: {describe(key)} is not a header field name (RFC 9110, Section 5.1)",
            response_class=owner,
            argument="headers",
        )
    check = HEADER_CHECKS.get(key.lower())
    if check is not None:
        return check(value, owner)
    if isinstance(value, str | bytes):
        try:
            check_field_value(value if isinstance(value, str) else value.decode("latin-1"))
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
    # The framing rules of statuses without content (RFC 9110, Sections 8.6 and 15):
    # 1xx and 204 send neither field, 205 sends "Content-Length: 0", 304 may send the
    # length the 200 would have had. None of them sends Transfer-Encoding: servers
    # would frame an empty chunked body after it.
    refuses_transfer_encoding: ClassVar[bool] = False
    drops_zero_length: ClassVar[bool] = False
    keeps_other_lengths: ClassVar[bool] = True

    def __setitem__(self, key: str, value: str | bytes | int) -> None:
        value = cast(str | bytes | int, checked_value(self.owner, key, value))
        if key.lower() in _FRAMING and self.framing_dropped(key, value):
            return
        super().__setitem__(key, value)

    @classmethod
    def framing_dropped(cls, key: str, value: object) -> bool:
        """Apply the framing rules to a ``Content-Length`` or ``Transfer-Encoding``.

        Returns ``True`` for a value to leave out (the ``Content-Length: 0`` that
        Django's ``CommonMiddleware`` adds to every response), ``False`` for one to
        keep, and raises for one this status must not send.

        Example::

            >>> from django_allresponses import HttpResponseNoContent
            >>> HttpResponseNoContent().headers.framing_dropped("Content-Length", "0")
            True
        """
        if key.lower() == "transfer-encoding":
            refused = cls.refuses_transfer_encoding
        elif str(value) == "0":
            return cls.drops_zero_length
        else:
            refused = not cls.keeps_other_lengths
        if refused:
            raise ResponseValidationError(
                f"{cls.owner}: a {key.title()} header of {describe(value)} is not allowed "
                "on this status (RFC 9110, Section 8.6)",
                response_class=cls.owner,
                argument=key.title(),
            )
        return False


_FRAMING = frozenset({"content-length", "transfer-encoding"})
_TEXT_KEYWORDS = ("content_type", "charset", "reason")
_CHECKED_KEYWORDS = frozenset({"status", "preserve_request", *_TEXT_KEYWORDS})


def _check_keywords(cls: type[StatusResponseMixin], kwargs: dict[str, Any]) -> None:
    """Refuse ``status=`` and ``preserve_request=``, and CR, LF or NUL in Django's text
    keywords, which end up in a header or the status line."""
    if "status" in kwargs or "preserve_request" in kwargs:
        argument = "status" if "status" in kwargs else "preserve_request"
        facts = cls.facts
        raise FixedStatusError(
            f"{cls.__name__} always sends {facts.code} {facts.phrase}; it takes no "
            f"{argument!r} argument. Use response_class(code) for the class of another status.",
            response_class=cls.__name__,
            argument=argument,
        )
    for keyword in _TEXT_KEYWORDS:
        value = kwargs.get(keyword)
        if isinstance(value, str) and ("\r" in value or "\n" in value or "\x00" in value):
            raise ResponseValidationError(
                f"{cls.__name__}: invalid {keyword}={describe(value)}: header values and "
                "the reason phrase cannot contain CR, LF or NUL characters",
                response_class=cls.__name__,
                argument=keyword,
            )


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
        if kwargs and not _CHECKED_KEYWORDS.isdisjoint(kwargs):
            _check_keywords(cls, kwargs)
        return object.__new__(cls)

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
                "refuses_transfer_encoding": not facts.allows_content,
                "drops_zero_length": not facts.allows_content and code != 205,
                "keeps_other_lengths": facts.allows_content or code == 304,
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
        self,
        headers: HeadersInput,
        *fields: tuple[HeaderField[Any], object],
        rendered: dict[str, str] | None = None,
    ) -> HeadersInput:
        """Validate header arguments and ``headers=``, and merge them for Django.

        ``rendered`` holds header arguments already checked and rendered, sent first.
        A header given both as an argument and in ``headers=`` is an error.
        """
        owner = type(self).__name__
        merged: dict[str, str] = {} if rendered is None else rendered
        for field, value in fields:
            if value is not None or field.required:
                # The quick rendering inline: a call less for the commonest values.
                quick = field.quick
                text = None if quick is None else quick(value)
                merged[field.header] = field.render_for(owner, value) if text is None else text
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
            checked = cast(str, checked_value(owner, name, value))
            if lower in _FRAMING and self._checked_headers.framing_dropped(name, checked):
                continue
            merged[name] = checked
        return merged


def redirect_location(owner: str, redirect_to: object, allowed_schemes: list[str]) -> str:
    """Validate a redirect target; refuse overlong targets and unsafe schemes as Django does.

    Raises :class:`ResponseValidationError` for a value that is not a URI reference
    and Django's ``DisallowedRedirect`` for the rest, with Django's messages.

    Example::

        >>> redirect_location("HttpResponseSeeOther", "/café/", ["http", "https"])
        '/caf%C3%A9/'
    """
    location = REDIRECT_TO.validate_for(owner, redirect_to)
    if len(location) > MAX_URL_REDIRECT_LENGTH:
        raise DisallowedRedirect(f"Unsafe redirect exceeding {MAX_URL_REDIRECT_LENGTH} characters")
    scheme = urlsplit(location).scheme
    if scheme and scheme not in allowed_schemes:
        raise DisallowedRedirect(f"Unsafe redirect to URL with protocol '{scheme}'")
    return location


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

    def _respond(
        self,
        content: object,
        content_type: str | None,
        charset: str | None,
        headers: HeadersInput,
        reason: str | None,
    ) -> None:
        """Django's ``HttpResponse.__init__``, then the checked headers.

        The arguments go positionally, in ``HttpResponseBase``'s order (content_type,
        status, reason, charset, headers): keywords would be packed into a dict twice
        on the way, which costs about as much as validating a header.
        """
        HttpResponse.__init__(self, content, content_type, None, reason, charset, headers)
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
        self._respond(b"", None, None, self._merge_headers(headers) if headers else None, reason)

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
