"""Header units: one per header behaviour, shared by every class that has it.

A unit owns a header argument from end to end: its name and the header it
sets, whether a class requires it, how a value is validated and rendered (the
plain functions of :mod:`django_allresponses.headers.values`, which are also the
validators of the pydantic types), and the rule for a value set later on the
response (``response["Retry-After"] = …``). A response class says which units
it takes; :mod:`django_allresponses.responses.base` applies them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final
from urllib.parse import urlsplit

from django.core.exceptions import DisallowedRedirect
from django.utils.functional import Promise
from django.utils.http import MAX_URL_REDIRECT_LENGTH

from ..errors import HeaderValueError, ResponseValidationError, describe, pydantic_error
from ..rfc.frozen import FrozenValue
from . import values
from .values import field_text

if TYPE_CHECKING:
    from django.http.response import HttpResponseBase

Owner = type | str
"""The class a value is checked for (its name is in every message), or a function's name."""

Store = dict[str, tuple[str, str]]
"""Django's header store: lower-case name -> (name as given, value)."""


def _no_grammar(text: str) -> None:
    """Headers whose string form any field value may take."""


def _uri_text(text: str) -> None:
    values.uri_reference(text)


class HeaderUnit(FrozenValue):
    """One header argument: the header it sets and how its values are checked.

    ``parse`` validates a value (or raises :class:`ValueError` with a plain
    sentence); ``render`` turns what it returns into the header's text;
    ``grammar`` checks a string set later on the response; ``expected`` says
    what is allowed, for error messages.

    Example::

        >>> RETRY_AFTER.value_for("HttpResponseServiceUnavailable", 1.5)
        '2'
        >>> RETRY_AFTER.value_for("HttpResponseServiceUnavailable", -5)
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: HttpResponseServiceUnavailable: \
retry_after=-5: a delay cannot be negative; give seconds >= 0 (int, float or timedelta) or a \
datetime
    """

    __slots__ = (
        "argument", "expected", "grammar", "header", "key", "parse", "quick", "render",
        "required",
    )  # fmt: skip
    fields: ClassVar[tuple[str, ...]] = (
        "argument", "header", "expected", "parse", "render", "grammar", "required", "quick",
    )  # fmt: skip

    argument: str
    header: str
    expected: str
    parse: Callable[[object], Any]
    render: Callable[[Any], str]
    grammar: Callable[[str], None]
    required: bool
    quick: Callable[[str], object] | None
    """A test that a plain ASCII string set later is in the grammar's commonest form (a
    true result), with no other rule of the class to apply; ``None`` where every string
    takes :meth:`header_for`. A false result only means the full check is made."""
    key: str
    """The header's name in lower case, as Django's header store keys it."""

    def __init__(
        self,
        argument: str,
        header: str,
        expected: str,
        parse: Callable[[object], Any],
        render: Callable[[Any], str] = str,
        grammar: Callable[[str], None] = _no_grammar,
        required: bool = False,
        quick: Callable[[str], object] | None = None,
    ) -> None:
        self._set(
            argument=argument, header=header, expected=expected, parse=parse, render=render,
            grammar=grammar, required=required, quick=quick, key=header.lower(),
        )  # fmt: skip

    @property
    def mandatory(self) -> HeaderUnit:
        """The same unit for a class that requires it.

        Example::

            >>> LOCATION.mandatory.required
            True
        """
        return self.replace(required=True)

    def value_for(self, owner: Owner, value: object) -> str:
        """Validate an argument of the class named ``owner``; return the header text.

        The common values take the first branch of ``parse``; a refused value raises
        :class:`ResponseValidationError` with one plain sentence and pydantic's detail.
        """
        try:
            return field_text(self.render(self.parse(value)))
        except ValueError as error:
            refusal = self.refusal(owner, value, error)
        raise refusal

    def header_for(self, owner: Owner, value: object, response: HttpResponseBase | None) -> str:
        """Check a value set later on a response of the class named ``owner``.

        Strings (and bytes, lazy strings) are checked against the header's grammar;
        other values are validated and rendered as the argument would be.
        """
        textual = isinstance(value, str | bytes | bytearray | Promise)
        try:
            text = field_text(value)  # how Django would render it, refused as Django would
            if textual:
                self.grammar(text)
        except ValueError as error:
            owner = name_of(owner)
            raise HeaderValueError(
                f"{owner}: {self.header} header {describe(value)}: {error}; give {self.expected}",
                response_class=owner,
                argument=self.header,
            ) from None
        return text if textual else self.value_for(owner, value)

    def apply(self, owner: Owner, store: Store, value: object) -> None:
        """Put the header of an argument into a response's header store."""
        store[self.key] = (self.header, self.value_for(owner, value))

    def after(self, response: HttpResponseBase, value: object) -> None:
        """A rule between this header and the rest of the response, once it is built."""

    def refusal(self, owner: Owner, value: object, error: ValueError) -> ResponseValidationError:
        """The error for a refused argument value."""
        owner = name_of(owner)
        cause = pydantic_error(self.parse, value)
        refusal = ResponseValidationError(
            f"{owner}: {self.argument}={describe(value)}: {error}; give {self.expected}",
            response_class=owner,
            argument=self.argument,
            errors=() if cause is None else cause.errors(include_url=False),
        )
        refusal.__cause__ = cause
        return refusal


def name_of(owner: Owner) -> str:
    """The name messages give the class (or function) a value is checked for."""
    return owner if isinstance(owner, str) else owner.__name__


class RedirectUnit(HeaderUnit):
    """The target of a redirect: a URI reference, refused as Django refuses it.

    An overlong target or one with an unsafe scheme raises Django's
    ``DisallowedRedirect`` with Django's message, at construction and when
    ``Location`` is set later.

    Example::

        >>> REDIRECT_TO.value_for("HttpResponseSeeOther", "/café/")
        '/caf%C3%A9/'
    """

    __slots__ = ()

    allowed_schemes: ClassVar[frozenset[str]] = frozenset({"http", "https", "ftp"})
    """Django's schemes, unless the response class names its own ``allowed_schemes``."""

    def value_for(self, owner: Owner, value: object) -> str:
        location = HeaderUnit.value_for(self, owner, value)
        self.check_target(owner, location)
        return location

    def header_for(self, owner: Owner, value: object, response: HttpResponseBase | None) -> str:
        location = HeaderUnit.header_for(self, owner, value, response)
        self.check_target(owner, location)
        return location

    def check_target(self, owner: Owner, location: str) -> None:
        """Refuse what Django's ``HttpResponseRedirectBase`` refuses, with the schemes
        the class allows (its ``allowed_schemes``, as in Django)."""
        if len(location) > MAX_URL_REDIRECT_LENGTH:
            raise DisallowedRedirect(
                f"Unsafe redirect exceeding {MAX_URL_REDIRECT_LENGTH} characters"
            )
        if ":" in location:
            scheme = urlsplit(location).scheme
            allowed = getattr(owner, "allowed_schemes", self.allowed_schemes)
            if scheme and scheme not in allowed:
                raise DisallowedRedirect(f"Unsafe redirect to URL with protocol '{scheme}'")


class UpgradeUnit(HeaderUnit):
    """``Upgrade``, and the ``Connection: Upgrade`` sent with it (RFC 9110, Section 7.8).

    Example::

        >>> store = {}
        >>> UPGRADE.apply("HttpResponseUpgradeRequired", store, "websocket")
        >>> store["connection"]
        ('Connection', 'Upgrade')
    """

    __slots__ = ()

    def apply(self, owner: Owner, store: Store, value: object) -> None:
        store[self.key] = (self.header, self.value_for(owner, value))
        store["connection"] = ("Connection", "Upgrade")


class PartialContentUnit(HeaderUnit):
    """206's ``Content-Range`` and its rules with the body (RFC 9110, Section 15.3.7).

    One byte range: the content is exactly as long as the range, at
    construction, when ``Content-Range`` is set later and when the content is
    replaced. No range: the content type must be ``multipart/byteranges;
    boundary=…``.

    Example::

        >>> CONTENT_RANGE.value_for("HttpResponsePartialContent", (0, 9, 100))
        'bytes 0-9/100'
    """

    __slots__ = ()

    def header_for(self, owner: Owner, value: object, response: HttpResponseBase | None) -> str:
        text = HeaderUnit.header_for(self, owner, value, response)
        found = values.parse_content_range(text)
        if response is not None and found is not None:
            self.check_length(owner, _body(response), found, value, self.header)
        return text

    def after(self, response: HttpResponseBase, value: object) -> None:
        owner = type(response).__name__
        if value is None:
            if not is_multipart_byteranges(response.get("Content-Type")):
                raise ResponseValidationError(
                    f"{owner}: content_range is required unless content_type is "
                    "'multipart/byteranges; boundary=…' (RFC 9110, Section 15.3.7); "
                    f"got content_type={response.get('Content-Type')!r}",
                    response_class=owner,
                    argument="content_range",
                )
            return
        self.check_length(owner, _body(response), self.parse(value), value)

    def check_length(
        self,
        owner: Owner,
        body: bytes,
        found: values.ByteRange,
        value: object,
        named: str = "content_range",
    ) -> None:
        """For one byte range, the body must be as long as the range.

        Example::

            >>> CONTENT_RANGE.check_length("X", b"abc", ("bytes", 0, 2, 10), (0, 2, 10))
        """
        unit, start, end, _total = found
        if unit == "bytes" and len(body) != end - start + 1:
            owner = name_of(owner)
            raise ResponseValidationError(
                f"{owner}: content is {len(body)} bytes but "
                f"{named}{' ' if ' ' in named or '-' in named else '='}{describe(value)} "
                f"covers {end - start + 1} (bytes {start}-{end})",
                response_class=owner,
                argument=named,
            )


def is_multipart_byteranges(content_type: str | None) -> bool:
    """Whether a 206 of this ``Content-Type`` states its ranges in its parts
    (``multipart/byteranges; boundary=…``) instead of a ``Content-Range``.

    Example::

        >>> is_multipart_byteranges("multipart/byteranges; boundary=THIS")
        True
    """
    media_type = (content_type or "").lower()
    return media_type.startswith("multipart/byteranges") and "boundary=" in media_type


def _body(response: HttpResponseBase) -> bytes:
    container: list[object] | None = response.__dict__.get("_container")
    if type(container) is list and len(container) == 1 and type(body := container[0]) is bytes:
        return body  # what the content property would join: the commonest body
    content = getattr(response, "content", b"")
    return content if isinstance(content, bytes) else b""


_URI = "a URI reference such as '/items/1' or 'https://example.com/'"

LOCATION: Final = HeaderUnit(
    "location", "Location", _URI, values.uri_reference, grammar=_uri_text,
    quick=values.PLAIN_URI.fullmatch,
)  # fmt: skip
CONTENT_LOCATION: Final = LOCATION.replace(argument="content_location", header="Content-Location")
REDIRECT_TO: Final = RedirectUnit(
    "redirect_to", "Location", _URI, values.uri_reference, grammar=_uri_text,
    required=True,
)  # fmt: skip
RETRY_AFTER: Final = HeaderUnit(
    "retry_after",
    "Retry-After",
    "seconds >= 0 (int, float or timedelta) or a datetime",
    values.retry_after,
    values.render_retry_after,
    values.retry_after_text,
    quick=str.isdigit,  # after isascii(): [0-9]+
)
PERMITTED_METHODS: Final = HeaderUnit(
    "permitted_methods",
    "Allow",
    "a list, tuple or set of method tokens or http.HTTPMethod members",
    values.methods,
    ", ".join,
    values.allow_text,
    required=True,
)
UPGRADE: Final = UpgradeUnit(
    "upgrade",
    "Upgrade",
    "a protocol such as 'websocket' or 'TLS/1.2', or a list of them",
    values.protocols,
    ", ".join,
    values.upgrade_text,
    required=True,
)
WWW_AUTHENTICATE: Final = HeaderUnit(
    "www_authenticate",
    "WWW-Authenticate",
    "a challenge string such as 'Basic realm=\"api\"', a Challenge, or a list of them",
    values.challenges,
    grammar=values.challenges_text,
)
PROXY_AUTHENTICATE: Final = WWW_AUTHENTICATE.replace(
    argument="proxy_authenticate", header="Proxy-Authenticate"
)
LINKS: Final = HeaderUnit(
    "links",
    "Link",
    "a list of Link models or URI references",
    values.links,
    grammar=values.link_text,
)
BLOCKED_BY: Final = HeaderUnit(
    "blocked_by", "Link", _URI, values.blocked_by, grammar=values.link_text
)
CONTENT_RANGE: Final = PartialContentUnit(
    "content_range",
    "Content-Range",
    "a (start, end, total) tuple, a ContentRange or a header such as 'bytes 0-99/200'",
    values.content_range,
    values.render_content_range,
    values.content_range_text,
)
TOTAL_LENGTH: Final = HeaderUnit(
    "total_length",
    "Content-Range",
    "an integer >= 0",
    values.total_length,
    "bytes */{}".format,
    values.content_range_text,
)

CONTENT_LENGTH: Final = HeaderUnit(
    "content_length", "Content-Length", "a length this status may send", values.total_length
)
TRANSFER_ENCODING: Final = HeaderUnit(
    "transfer_encoding", "Transfer-Encoding", "nothing: this status sends no content", str
)
FRAMING_UNITS: Final[Mapping[str, HeaderUnit]] = {
    unit.key: unit for unit in (CONTENT_LENGTH, TRANSFER_ENCODING)
}
"""The framing headers, among the header units of a class whose status has framing rules
(:class:`~django_allresponses.rfc.statuses.Framing`): no value set later skips them. The header
store applies the rules; these units only mark the headers."""

BY_HEADER: Final[Mapping[str, HeaderUnit]] = {
    unit.key: unit
    for unit in (
        LOCATION,
        CONTENT_LOCATION,
        RETRY_AFTER,
        PERMITTED_METHODS,
        UPGRADE,
        WWW_AUTHENTICATE,
        PROXY_AUTHENTICATE,
        LINKS,
        TOTAL_LENGTH,  # any Content-Range string; a 206 takes CONTENT_RANGE's rule
    )
}
"""The rule for each header this library knows, on any response: a value set later
is checked against it whatever the class (lower-case header name -> unit)."""


def retry_after_value(retry_after: values.RetryAfter) -> str:
    """Return the Retry-After header value for the given delay.

    Use with 408, 413, 429, 503, or 3xx responses when the client may retry
    later. Seconds (``int``, ``float`` rounded up, ``timedelta``) give
    delay-seconds; a ``datetime`` (UTC if naive) gives an IMF-fixdate.

    Example::

        >>> from datetime import datetime
        >>> retry_after_value(120)
        '120'
        >>> retry_after_value(datetime(2026, 1, 2, 3, 4, 5))
        'Fri, 02 Jan 2026 03:04:05 GMT'
        >>> from django_allresponses import HttpResponseServiceUnavailable
        >>> response = HttpResponseServiceUnavailable()
        >>> response["Retry-After"] = retry_after_value(120)
    """
    return RETRY_AFTER.value_for("retry_after_value", retry_after)
