"""Header values: pydantic types and models for every header argument.

Each header behaviour is written once here, as a :class:`HeaderField` that
validates a constructor argument with a pydantic type (built once, at import)
and renders the header value. :data:`HEADER_CHECKS` holds the same rules for
values assigned later (``response["Retry-After"] = ...``).
"""

from __future__ import annotations

import functools
import ipaddress
import math
import numbers
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http import HTTPMethod
from typing import TYPE_CHECKING, Annotated, Any, Final, Generic, TypeAlias, TypeVar, cast

from django.utils.encoding import iri_to_uri
from django.utils.functional import Promise
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from .errors import ResponseValidationError, describe, from_pydantic

# RFC 9110 Section 5.6.2: token = 1*tchar
TOKEN: Final = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_TOKEN = re.compile(TOKEN)
FIELD_NAME: Final = _TOKEN
"""A header field name: an RFC 9110 token."""
_WHITESPACE_OR_CONTROL_SOURCE = (
    r"[\x00-\x20\x7f-\x9f\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]"
)

# RFC 3986 Appendix A, applied after IRI-to-URI conversion.
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|{_PCT})"
_SEGMENT_NZ_NC = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|{_PCT})+"
_AUTHORITY = (
    rf"(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|{_PCT})*@)?"
    rf"(?:\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]"
    rf"|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|{_PCT})*)"
    r"(?::[0-9]*)?"
)
# A common subset of URI references that needs no IRI conversion: an absolute path, or
# an http(s) URL with a plain host, each with an optional query and fragment, made of
# characters that iri_to_uri() keeps and RFC 3986 allows unescaped there.
_PLAIN_CHARS = r"A-Za-z0-9\-._~!$&'()*+,;=:@/"
_PLAIN_URI = re.compile(
    rf"(?:https?://[A-Za-z0-9\-.]+(?::[0-9]*)?(?=[/?#]|$)|/(?!/))[{_PLAIN_CHARS}]*"
    rf"(?:\?[{_PLAIN_CHARS}?]*)?(?:#[{_PLAIN_CHARS}?]*)?"
)
_IP_LITERAL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//(?:[^@/?#]*@)?\[([^\]]*)\]")
_PATH_ABEMPTY = rf"(?:/{_PCHAR}*)*"
# Square brackets are tolerated in the query and fragment, as every client does
# (``?filter[name]=x``), though RFC 3986 reserves them for IP literals.
_TAIL = rf"(?:\?(?:{_PCHAR}|[/?\[\]])*)?(?:#(?:{_PCHAR}|[/?\[\]])*)?"
_URI_REFERENCE_SOURCE = (
    rf"(?:[A-Za-z][A-Za-z0-9+.\-]*:(?://{_AUTHORITY}{_PATH_ABEMPTY}|/?(?:{_PCHAR}+{_PATH_ABEMPTY})?)"
    rf"|//{_AUTHORITY}{_PATH_ABEMPTY}|/(?:{_PCHAR}+{_PATH_ABEMPTY})?"
    rf"|(?:{_SEGMENT_NZ_NC}{_PATH_ABEMPTY})?){_TAIL}"
)

# RFC 9110 Section 5.6.4 and 11.2.
_QUOTED_STRING = r'"(?:[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\t \x21-\x7e\x80-\xff])*"'
_TOKEN68 = r"[A-Za-z0-9\-._~+/]+=*"
_OWS = r"[ \t]*"
_AUTH_PARAM = rf"{TOKEN}{_OWS}={_OWS}(?:{TOKEN}|{_QUOTED_STRING})"
_CHALLENGE = (
    rf"{TOKEN}(?: +(?:{_AUTH_PARAM}(?:{_OWS},{_OWS}{_AUTH_PARAM})*|{_TOKEN68}(?={_OWS}(?:,|$))))?"
)
_CHALLENGES_SOURCE = rf"{_OWS}{_CHALLENGE}(?:{_OWS},{_OWS}{_CHALLENGE})*{_OWS}"
_PROTOCOL = re.compile(rf"{TOKEN}(?:/{TOKEN})?")
_LIST_SEPARATOR = re.compile(rf"{_OWS},{_OWS}")
# RFC 8288 Section 3: link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
_LINK_PARAM = rf"{TOKEN}(?:{_OWS}={_OWS}(?:{TOKEN}|{_QUOTED_STRING}))?"
_LINK_VALUE = rf"<([^>]*)>(?:{_OWS};{_OWS}{_LINK_PARAM})*"
_LINKS_SOURCE = rf"{_OWS}{_LINK_VALUE}(?:{_OWS},{_OWS}{_LINK_VALUE})*{_OWS}"
_ONE_LINK = re.compile(_LINK_VALUE)
_CONTENT_RANGE = re.compile(rf"({TOKEN}) (?:([0-9]+)-([0-9]+)/([0-9]+|\*)|\*/([0-9]+))")
_QUOTABLE = re.compile(r"[\t \x21-\x7e\x80-\xff]*")
_DELAY_SECONDS = re.compile(r"[0-9]+")
_IMF_FIXDATE_SOURCE = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"
)


def _lazy_pattern(source: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: the large ones cost milliseconds at import."""

    @functools.cache
    def pattern() -> re.Pattern[str]:
        return re.compile(source)

    return pattern


_whitespace_or_control = _lazy_pattern(_WHITESPACE_OR_CONTROL_SOURCE)
_uri_reference_pattern = _lazy_pattern(_URI_REFERENCE_SOURCE)
_challenges_pattern = _lazy_pattern(_CHALLENGES_SOURCE)
_links_pattern = _lazy_pattern(_LINKS_SOURCE)
_imf_fixdate = _lazy_pattern(_IMF_FIXDATE_SOURCE)

_DEFERRED: Final = ConfigDict(defer_build=True)
"""Adapters and models build their validators on first use, not at import."""


STANDARD_METHODS: Final = frozenset(method.value for method in HTTPMethod)

StrOrPromise: TypeAlias = str | Promise
"""A string, or a lazy string such as ``reverse_lazy("home")``."""


def check_field_value(value: str) -> str:
    """Refuse CR, LF and NUL, which would split or end a header field.

    Example::

        >>> check_field_value("fine")
        'fine'
    """
    if "\r" in value or "\n" in value or "\x00" in value:
        raise ValueError("header values cannot contain CR, LF or NUL characters")
    return value


def _uri_reference(value: object) -> str:
    if type(value) is str and (
        _PLAIN_URI.fullmatch(value)
        or (value and "[" not in value and _uri_reference_pattern().fullmatch(value))
    ):
        # Already a URI reference without an IP literal: iri_to_uri() would return it
        # unchanged, and it holds no whitespace or control character.
        return value
    if isinstance(value, Promise):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a URI reference string, got {type(value).__name__}")
    if not value:
        raise ValueError("an empty URI reference points nowhere; give a path or a URL")
    if _whitespace_or_control().search(value):
        raise ValueError("a URI reference cannot contain whitespace or control characters")
    uri = iri_to_uri(value)
    if not _uri_reference_pattern().fullmatch(uri):
        raise ValueError("not a URI reference (RFC 3986, Section 4.1)")
    if "[" in uri:
        _check_ip_literal(uri)
    return uri


def _check_ip_literal(uri: str) -> None:
    """An IP-literal host must be an IPv6 address or an IPvFuture (RFC 3986, Section 3.2.2)."""
    literal = _IP_LITERAL.search(uri)
    if literal is None or literal[1][:1] in "vV":
        return
    try:
        ipaddress.IPv6Address(literal[1])
    except ValueError as error:
        raise ValueError(
            f"[{literal[1]}] is not an IPv6 address (RFC 3986, Section 3.2.2)"
        ) from error


UriReference = Annotated[str, PlainValidator(_uri_reference, json_schema_input_type=str)]
"""A URI reference (RFC 3986), with IRIs converted as Django's redirects convert them.

Accepts lazy strings. Whitespace and control characters are refused.

Example::

    >>> from pydantic import TypeAdapter
    >>> TypeAdapter(UriReference).validate_python("/café")
    '/caf%C3%A9'
"""

NonNegativeInt = Annotated[int, Field(strict=True, ge=0)]
Token = Annotated[str, Field(strict=True, pattern=rf"^{TOKEN}$")]


class ContentRange(BaseModel):
    """A ``Content-Range`` for one satisfied byte range (RFC 9110, Section 14.4).

    ``total`` is the complete length, or ``None`` when it is unknown (``*``).

    Example::

        >>> str(ContentRange(start=0, end=1023, total=2048))
        'bytes 0-1023/2048'
        >>> ContentRange.parse("bytes 10-19/*").length
        10
    """

    model_config = ConfigDict(frozen=True, strict=True, defer_build=True)

    start: NonNegativeInt
    end: NonNegativeInt
    total: NonNegativeInt | None = None
    unit: Token = "bytes"

    @model_validator(mode="after")
    def _check_order(self) -> ContentRange:
        if self.start > self.end:
            raise ValueError(f"start ({self.start}) must not be greater than end ({self.end})")
        if self.total is not None and self.end >= self.total:
            raise ValueError(f"end ({self.end}) must be less than total ({self.total})")
        return self

    @property
    def length(self) -> int:
        """How many units the range holds: ``end - start + 1``.

        Example::

            >>> ContentRange(start=5, end=9).length
            5
        """
        return self.end - self.start + 1

    @classmethod
    def parse(cls, header: str) -> ContentRange:
        """Parse a ``range-resp`` header value such as ``bytes 0-99/200``.

        Raises :class:`ValueError` for anything else.

        Example::

            >>> ContentRange.parse("bytes 0-99/200").total
            200
        """
        match = _CONTENT_RANGE.fullmatch(header)
        if match is None or match[2] is None:
            raise ValueError(
                f"{header!r} is not a Content-Range such as 'bytes 0-99/200' or 'bytes 0-99/*'"
            )
        unit, start, end, total = match[1], match[2], match[3], match[4]
        return cls(
            unit=unit, start=int(start), end=int(end), total=None if total == "*" else int(total)
        )

    def __str__(self) -> str:
        total = "*" if self.total is None else self.total
        return f"{self.unit} {self.start}-{self.end}/{total}"


def _quote(value: str) -> str:
    if not _QUOTABLE.fullmatch(value):
        raise ValueError(f"{value!r} cannot be sent in a quoted-string (RFC 9110, Section 5.6.4)")
    if "\\" in value or '"' in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"'


class Challenge(BaseModel):
    """An authentication challenge for ``WWW-Authenticate`` or ``Proxy-Authenticate``.

    Give auth-params (quoted and escaped for you) or a token68, not both
    (RFC 9110, Section 11.2).

    Example::

        >>> str(Challenge(scheme="Basic", params={"realm": 'say "hi"'}))
        'Basic realm="say \\\\"hi\\\\""'
        >>> str(Challenge(scheme="Bearer", params={"error": "invalid_token"}))
        'Bearer error="invalid_token"'
    """

    model_config = ConfigDict(frozen=True, strict=True, defer_build=True)

    scheme: Token
    params: Mapping[Token, str] = Field(default_factory=dict[str, str])
    token68: Annotated[str, Field(pattern=rf"^{_TOKEN68}$")] | None = None

    @model_validator(mode="after")
    def _check_form(self) -> Challenge:
        if self.params and self.token68 is not None:
            raise ValueError("a challenge has auth-params or a token68, not both")
        for value in self.params.values():
            _quote(value)
        return self

    def __str__(self) -> str:
        if self.token68 is not None:
            return f"{self.scheme} {self.token68}"
        if not self.params:
            return self.scheme
        params = ", ".join([f"{name}={_quote(value)}" for name, value in self.params.items()])
        return f"{self.scheme} {params}"


class Link(BaseModel):
    """One ``Link`` field value (RFC 8288), as sent by 103 Early Hints.

    Example::

        >>> str(Link(href="/style.css", params={"as": "style"}))
        '</style.css>; rel="preload"; as="style"'
    """

    model_config = ConfigDict(frozen=True, strict=True, defer_build=True)

    href: UriReference
    rel: Annotated[str, Field(pattern=r"^[!#-~]+(?: [!#-~]+)*$")] = "preload"
    params: Mapping[Token, str] = Field(default_factory=dict[str, str])

    if TYPE_CHECKING:
        # ``href`` takes lazy strings too (reverse_lazy), which the field's type hides.
        def __init__(
            self, *, href: StrOrPromise, rel: str = ..., params: Mapping[str, str] = ...
        ) -> None: ...

    @model_validator(mode="after")
    def _check_params(self) -> Link:
        for value in self.params.values():
            _quote(value)
        return self

    def __str__(self) -> str:
        if not self.params:
            return f'<{self.href}>; rel="{self.rel}"'
        params = "".join([f"; {name}={_quote(value)}" for name, value in self.params.items()])
        return f'<{self.href}>; rel="{self.rel}"{params}'


# --- Retry-After (RFC 9110, Section 10.2.3) -------------------------------------------------

RetryAfter: TypeAlias = int | float | timedelta | datetime
"""A Retry-After value: a delay in seconds (``int``, ``float`` rounded up,
``timedelta``), never negative, never ``bool``; or a ``datetime`` (naive
means UTC), sent as an IMF-fixdate."""


def _screen_delay(value: object) -> object:
    # pydantic's strict float still takes Decimal and Fraction; the contract is int or float.
    if isinstance(value, numbers.Number) and not isinstance(value, int | float):
        raise ValueError(f"a delay is an int, float or timedelta, not {type(value).__name__}")
    if isinstance(value, timedelta) and value < timedelta(0):
        raise ValueError(f"a delay cannot be negative, got {value}")
    return value


_RETRY_AFTER = TypeAdapter[RetryAfter](
    Annotated[
        Annotated[int, Field(strict=True, ge=0)]
        | Annotated[float, Field(strict=True, ge=0, allow_inf_nan=False)]
        | Annotated[timedelta, Field(strict=True)]
        | Annotated[datetime, Field(strict=True)],
        Field(union_mode="left_to_right"),
        BeforeValidator(_screen_delay),
    ],
    config=_DEFERRED,
)


_NO_DELAY: Final = timedelta(0)


def _sure_retry_after(value: object) -> RetryAfter:
    """The values ``_RETRY_AFTER`` surely accepts, as it returns them; the rest is left to it."""
    if type(value) is int:
        if value >= 0:
            return value
    elif type(value) is float:
        if 0 <= value < math.inf:
            return value
    elif type(value) is timedelta:
        if value >= _NO_DELAY:
            return value
    elif type(value) is datetime:
        return value
    raise ValueError("not surely a Retry-After value")


def _sure_non_negative_int(value: object) -> int:
    """The values ``NonNegativeInt`` surely accepts; the rest is left to pydantic."""
    if type(value) is int and value >= 0:
        return value
    raise ValueError("not surely an integer >= 0")


def _render_retry_after(value: RetryAfter) -> str:
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        # Formatted from the fields, not a float timestamp, which loses microseconds (and
        # so rounds up a second) far ahead.
        return format_datetime(moment.replace(microsecond=0), usegmt=True)
    if isinstance(value, timedelta):
        return str(math.ceil(value.total_seconds()))
    return str(math.ceil(value))


# --- Fields: one behaviour per header argument ----------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class HeaderField(Generic[T]):
    """A header argument: its name, the header it sets, and how it is checked.

    ``adapter`` is a pydantic ``TypeAdapter`` built once; ``render`` turns the
    validated value into the header's text. ``expected`` says what is allowed,
    for error messages.

    ``accept``, when given, is called first: it returns the value the adapter would
    return, or raises ``ValueError`` for anything it is not sure of, and then the
    adapter decides (and words the error). For a ``PlainValidator`` type it is the
    validator itself; calling it directly saves pydantic's call overhead, which is
    most of the cost for the short values headers carry.

    ``quick``, when given, goes further for the commonest values: it returns the header
    text :meth:`render_for` would return, or ``None`` for anything else, which then
    takes the way above.

    Example::

        >>> RETRY_AFTER.render_for("HttpResponseServiceUnavailable", 1.5)
        '2'
    """

    argument: str
    header: str
    adapter: TypeAdapter[T]
    render: Callable[[T], str]
    expected: str
    required: bool = False
    accept: Callable[[object], T] | None = None
    quick: Callable[[object], str | None] | None = None

    @property
    def mandatory(self) -> HeaderField[T]:
        """The same field for a class that requires it: ``None`` is refused, not skipped."""
        return replace(self, required=True)

    def validate_for(self, owner: str, value: object) -> T:
        """Validate ``value`` for the class named ``owner``; errors name both."""
        if self.accept is not None:
            try:
                return self.accept(value)
            except ValueError:
                pass  # the adapter decides, and says why
        try:
            return self.adapter.validate_python(value)
        except ValidationError as error:
            raise _wrap(error, owner, self, value) from error

    def render_for(self, owner: str, value: object) -> str:
        """Validate ``value`` for the class named ``owner`` and return the header text."""
        if self.quick is not None:
            text = self.quick(value)
            if text is not None:
                return text
        validated = self.validate_for(owner, value)
        try:
            return check_field_value(self.render(validated))
        except ValidationError as error:
            raise _wrap(error, owner, self, value) from error
        except ValueError as error:
            raise ResponseValidationError(
                f"{owner}: invalid {self.argument}={describe(value)}: {error}; "
                f"expected {self.expected}",
                response_class=owner,
                argument=self.argument,
            ) from error


def _wrap(
    error: ValidationError, owner: str, field: HeaderField[Any], value: object
) -> ResponseValidationError:
    wrapped = from_pydantic(error, response_class=owner, argument=field.argument, value=value)
    return ResponseValidationError(
        f"{wrapped}; expected {field.expected}",
        response_class=owner,
        argument=field.argument,
        errors=wrapped.errors,
    )


def _sequence_of(kind: str, value: object) -> Sequence[object]:
    if isinstance(value, str | bytes):
        raise ValueError(
            f"a bare string is not a list of {kind}: write [{value!r}], not {value!r}"
        )
    if isinstance(value, list | tuple):
        return value  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, Set):
        return sorted(value, key=str)  # pyright: ignore[reportUnknownArgumentType,reportUnknownVariableType]
    raise ValueError(f"expected a list, tuple or set of {kind}, got {type(value).__name__}")


def _methods(value: object) -> tuple[str, ...]:
    methods: dict[str, None] = {}
    for item in _sequence_of("methods", value):
        method = item.value if isinstance(item, HTTPMethod) else item
        if not isinstance(method, str) or not _TOKEN.fullmatch(method):
            raise ValueError(f"{method!r} is not a method token (RFC 9110, Section 9.1)")
        upper = method.upper()
        if upper != method and upper in STANDARD_METHODS:
            raise ValueError(f"methods are case-sensitive: write {upper!r}, not {method!r}")
        methods[method] = None
    return tuple(methods)


def _protocols(value: object) -> tuple[str, ...]:
    items: Sequence[object] = (
        [value] if isinstance(value, str) else _sequence_of("protocols", value)
    )
    if not items:
        raise ValueError("at least one protocol is required")
    protocols: list[str] = []
    for item in items:
        if not isinstance(item, str) or not _PROTOCOL.fullmatch(item):
            raise ValueError(
                f"{item!r} is not one protocol name['/'version] (RFC 9110, Section 7.8); "
                "give several protocols as a list"
            )
        protocols.append(item)
    return tuple(protocols)


def _challenges(value: object) -> str:
    items: Sequence[object] = (
        [value] if isinstance(value, str | Challenge) else _sequence_of("challenges", value)
    )
    if not items:
        raise ValueError("at least one challenge is required")
    rendered: list[str] = []
    for item in items:
        if isinstance(item, Challenge):
            rendered.append(str(item))
        elif isinstance(item, str) and _challenges_pattern().fullmatch(item):
            rendered.append(item.strip(" \t"))
        else:
            raise ValueError(
                f"{item!r} is not a challenge such as 'Basic realm=\"api\"' "
                "(RFC 9110, Section 11.2)"
            )
    return ", ".join(rendered)


def _links(value: object) -> str:
    items = _sequence_of("links", value)
    if not items:
        raise ValueError("at least one link is required; leave links out to send none")
    rendered: list[str] = []
    for item in items:
        link = item if isinstance(item, Link) else Link.model_validate({"href": item})
        rendered.append(str(link))
    return ", ".join(rendered)


def _content_range(value: object) -> ContentRange:
    if isinstance(value, ContentRange):
        return value
    if isinstance(value, str):
        return ContentRange.parse(value)
    if isinstance(value, tuple):
        if len(value) != 3:  # pyright: ignore[reportUnknownArgumentType]
            raise ValueError(f"expected a (start, end, total) tuple, got {len(value)} items")  # pyright: ignore[reportUnknownArgumentType]
        start, end, total = value  # pyright: ignore[reportUnknownVariableType]
        return ContentRange.model_validate({"start": start, "end": end, "total": total})
    raise ValueError(f"expected a tuple, a ContentRange or a string, got {type(value).__name__}")


# --- Quick renderings: the header text of the commonest values, or None ---------------------
# Each returns exactly what the field's render_for returns, for values its checks surely
# take; for anything else it returns None and render_for validates and renders as usual.


def _field_text(text: str) -> str | None:
    """``text``, unless it holds CR, LF or NUL (then render_for words the error)."""
    if "\r" in text or "\n" in text or "\x00" in text:
        return None
    return text


def _quick_uri(value: object) -> str | None:
    if type(value) is str and _PLAIN_URI.fullmatch(value):
        return value
    return None


def _quick_blocked_by(value: object) -> str | None:
    uri = _quick_uri(value)
    return None if uri is None else f'<{uri}>; rel="blocked-by"'


def _quick_retry_after(value: object) -> str | None:
    if type(value) is int:
        if value >= 0:
            return str(value)
    elif type(value) is timedelta and value >= _NO_DELAY:
        return str(math.ceil(value.total_seconds()))
    return None


def sure_byte_range(value: object) -> tuple[str, int] | None:
    """For a ``(start, end, total)`` tuple of plain ints that :class:`ContentRange` surely
    takes, its header text and length; ``None`` for anything else.

    Example::

        >>> sure_byte_range((0, 9, 100))
        ('bytes 0-9/100', 10)
        >>> sure_byte_range((9, 0, 100)) is None
        True
    """
    if type(value) is not tuple:
        return None
    items = cast(tuple[object, ...], value)
    if len(items) != 3:
        return None
    start, end, total = items
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        return None
    if total is None:
        return f"bytes {start}-{end}/*", end - start + 1
    if type(total) is int and end < total:
        return f"bytes {start}-{end}/{total}", end - start + 1
    return None


def _quick_total_length(value: object) -> str | None:
    if type(value) is int and value >= 0:
        return f"bytes */{value}"
    return None


def _quick_content_range(value: object) -> str | None:
    sure = sure_byte_range(value)
    return None if sure is None else sure[0]


def _quick_methods(value: object) -> str | None:
    if type(value) is list or type(value) is tuple:
        items = cast(Sequence[object], value)
        for item in items:
            if type(item) is not str or item not in STANDARD_METHODS:
                return None
        return ", ".join(dict.fromkeys(cast(Sequence[str], items)))
    return None


def _quick_protocol(value: object) -> str | None:
    if type(value) is str and _PROTOCOL.fullmatch(value):
        return value
    return None


def _quick_connection_upgrade(value: object) -> str | None:
    return None if _quick_protocol(value) is None else "Upgrade"


def _quick_challenges(value: object) -> str | None:
    if type(value) is Challenge:
        return _field_text(str(value))
    if type(value) is str and _challenges_pattern().fullmatch(value):
        return value.strip(" \t")
    return None


def _quick_links(value: object) -> str | None:
    if (type(value) is list or type(value) is tuple) and value:
        rendered: list[str] = []
        for item in cast(Sequence[object], value):
            if type(item) is not Link:
                return None
            rendered.append(str(item))
        return _field_text(", ".join(rendered))
    return None


def _plain(validate: Callable[[object], T]) -> TypeAdapter[T]:
    return TypeAdapter[T](Annotated[Any, PlainValidator(validate)], config=_DEFERRED)


_URI_REFERENCE_ADAPTER: Final = TypeAdapter(UriReference, config=_DEFERRED)

LOCATION: Final = HeaderField[str](
    "location",
    "Location",
    _URI_REFERENCE_ADAPTER,
    str,
    "a URI reference",
    accept=_uri_reference,
    quick=_quick_uri,
)
CONTENT_LOCATION: Final = HeaderField[str](
    "content_location",
    "Content-Location",
    _URI_REFERENCE_ADAPTER,
    str,
    "a URI reference",
    accept=_uri_reference,
    quick=_quick_uri,
)
REDIRECT_TO: Final = HeaderField[str](
    "redirect_to",
    "Location",
    _URI_REFERENCE_ADAPTER,
    str,
    "a URI reference",
    accept=_uri_reference,
    quick=_quick_uri,
)
RETRY_AFTER: Final = HeaderField[RetryAfter](
    "retry_after",
    "Retry-After",
    _RETRY_AFTER,
    _render_retry_after,
    "a delay in seconds >= 0 (int, float or timedelta) or a datetime",
    accept=_sure_retry_after,
    quick=_quick_retry_after,
)
CONTENT_RANGE: Final = HeaderField[ContentRange](
    "content_range",
    "Content-Range",
    _plain(_content_range),
    str,
    "a (start, end, total) tuple, a ContentRange or a header such as 'bytes 0-99/200'",
    accept=_content_range,
    quick=_quick_content_range,
)
TOTAL_LENGTH: Final = HeaderField[int](
    "total_length",
    "Content-Range",
    TypeAdapter(NonNegativeInt, config=_DEFERRED),
    "bytes */{}".format,
    "an integer >= 0",
    accept=_sure_non_negative_int,
    quick=_quick_total_length,
)
PERMITTED_METHODS: Final = HeaderField[tuple[str, ...]](
    "permitted_methods",
    "Allow",
    _plain(_methods),
    ", ".join,
    "a list, tuple or set of method tokens or http.HTTPMethod members",
    accept=_methods,
    quick=_quick_methods,
)
UPGRADE: Final = HeaderField[tuple[str, ...]](
    "upgrade",
    "Upgrade",
    _plain(_protocols),
    ", ".join,
    "a protocol such as 'websocket' or 'TLS/1.2', or a list of them",
    accept=_protocols,
    quick=_quick_protocol,
)
WWW_AUTHENTICATE: Final = HeaderField[str](
    "www_authenticate",
    "WWW-Authenticate",
    _plain(_challenges),
    str,
    "a challenge string, a Challenge, or a list of them",
    accept=_challenges,
    quick=_quick_challenges,
)
PROXY_AUTHENTICATE: Final = HeaderField[str](
    "proxy_authenticate",
    "Proxy-Authenticate",
    WWW_AUTHENTICATE.adapter,
    str,
    WWW_AUTHENTICATE.expected,
    accept=_challenges,
    quick=_quick_challenges,
)
LINKS: Final = HeaderField[str](
    "links",
    "Link",
    _plain(_links),
    str,
    "a list of Link models or URI references",
    accept=_links,
    quick=_quick_links,
)
BLOCKED_BY: Final = HeaderField[str](
    "blocked_by",
    "Link",
    _URI_REFERENCE_ADAPTER,
    '<{}>; rel="blocked-by"'.format,
    "a URI reference",
    accept=_uri_reference,
    quick=_quick_blocked_by,
)


def retry_after_value(retry_after: RetryAfter) -> str:
    """Return the Retry-After header value for the given delay.

    Use with 408, 413, 429, 503, or 3xx responses when the client may retry
    later. Seconds (``int``, ``float`` rounded up, ``timedelta``) give
    delay-seconds; a ``datetime`` (UTC if naive) gives an IMF-fixdate.

    Example::

        >>> retry_after_value(120)
        '120'
        >>> retry_after_value(datetime(2026, 1, 2, 3, 4, 5))
        'Fri, 02 Jan 2026 03:04:05 GMT'
        >>> from django_allresponses import HttpResponseServiceUnavailable
        >>> response = HttpResponseServiceUnavailable()
        >>> response["Retry-After"] = retry_after_value(120)
    """
    return RETRY_AFTER.render_for("retry_after_value", retry_after)


# --- Checks for header values set after construction ----------------------------------------


def _check_string(
    field: HeaderField[Any], parse: Callable[[str], object]
) -> Callable[[object, str], str]:
    """Check a header value: strings against the header grammar, other values as the argument."""

    def check(value: object, owner: str) -> str:
        if not isinstance(value, str):
            return field.render_for(owner, value)
        try:
            check_field_value(value)
            parse(value)
        except ValueError as error:
            raise ResponseValidationError(
                f"{owner}: invalid {field.header} header {describe(value)}: {error}; "
                f"expected {field.expected}",
                response_class=owner,
                argument=field.header,
            ) from error
        return value

    return check


def _grammar(pattern: Callable[[], re.Pattern[str]], what: str) -> Callable[[str], None]:
    def parse(value: str) -> None:
        if not pattern().fullmatch(value):
            raise ValueError(f"not a valid {what}")

    return parse


def _retry_after_text(value: str) -> None:
    if not (_DELAY_SECONDS.fullmatch(value) or _imf_fixdate().fullmatch(value)):
        raise ValueError("not delay-seconds or an IMF-fixdate (RFC 9110, Section 10.2.3)")


def _content_range_text(value: str) -> None:
    match = _CONTENT_RANGE.fullmatch(value)
    if match is None:
        raise ValueError("not a Content-Range (RFC 9110, Section 14.4)")
    if match[2] is not None:
        ContentRange.parse(value)


def _allow_text(value: str) -> None:
    if value.strip(" \t"):
        _methods(_LIST_SEPARATOR.split(value.strip(" \t")))


def _upgrade_text(value: str) -> None:
    _protocols(_LIST_SEPARATOR.split(value.strip(" \t")))


def _link_text(value: str) -> None:
    if not _links_pattern().fullmatch(value):
        raise ValueError("not a list of link-values such as '</a>; rel=\"next\"' (RFC 8288)")
    # Link-values one after another, so that a '<' inside a quoted parameter is not
    # taken for the start of a target.
    for link in _ONE_LINK.finditer(value):
        _uri_reference(link[1])


HEADER_CHECKS: Final[Mapping[str, Callable[[object, str], str]]] = {
    "location": _check_string(LOCATION, _uri_reference),
    "content-location": _check_string(CONTENT_LOCATION, _uri_reference),
    "retry-after": _check_string(RETRY_AFTER, _retry_after_text),
    "content-range": _check_string(CONTENT_RANGE, _content_range_text),
    "allow": _check_string(PERMITTED_METHODS, _allow_text),
    "upgrade": _check_string(UPGRADE, _upgrade_text),
    "www-authenticate": _check_string(
        WWW_AUTHENTICATE, _grammar(_challenges_pattern, "challenge list")
    ),
    "proxy-authenticate": _check_string(
        PROXY_AUTHENTICATE, _grammar(_challenges_pattern, "challenge list")
    ),
    "link": _check_string(LINKS, _link_text),
}
"""Header name (lower case) -> check for a value assigned after construction.

Strings are checked against the header's grammar; other values are validated
and rendered as the constructor argument would be.
"""

ContentRangeInput: TypeAlias = tuple[int, int, int | None] | ContentRange | str
PermittedMethods: TypeAlias = (
    list[str | HTTPMethod]
    | list[str]
    | list[HTTPMethod]
    | tuple[str | HTTPMethod, ...]
    | Set[str | HTTPMethod]
    | Set[str]
    | Set[HTTPMethod]
)
Protocols: TypeAlias = str | list[str] | tuple[str, ...]
Challenges: TypeAlias = str | Challenge | Sequence[str | Challenge]
Links: TypeAlias = list[Link | str] | list[Link] | list[str] | tuple[Link | str, ...]
HeaderMap: TypeAlias = Mapping[str, str]


CONNECTION_UPGRADE: Final = HeaderField[tuple[str, ...]](
    "upgrade",
    "Connection",
    UPGRADE.adapter,
    lambda _protocols: "Upgrade",
    UPGRADE.expected,
    accept=_protocols,
    quick=_quick_connection_upgrade,
)
"""``Connection: Upgrade``, sent with every ``Upgrade`` (RFC 9110, Section 7.8)."""


def check_partial_length(
    owner: str, body: bytes, content_range: ContentRange | str, value: object
) -> None:
    """For one byte range, the body's length must equal the range's (RFC 9110, Section 15.3.7).

    ``content_range`` is a validated :class:`ContentRange` or a header value.

    Example::

        >>> check_partial_length("HttpResponsePartialContent", b"abc", "bytes 0-2/10", (0, 2, 10))
    """
    parsed = (
        content_range
        if isinstance(content_range, ContentRange)
        else ContentRange.parse(content_range)
    )
    if parsed.unit == "bytes" and len(body) != parsed.length:
        raise ResponseValidationError(
            f"{owner}: content is {len(body)} bytes but content_range={describe(value)} "
            f"covers {parsed.length} (bytes {parsed.start}-{parsed.end})",
            response_class=owner,
            argument="content_range",
        )


def partial_content_range(
    owner: str, content_range: object, content_type: str | None
) -> tuple[str | None, int | None]:
    """A 206's ``Content-Range`` text and the body length it demands (``None``: no check).

    Without a range, the content type must be ``multipart/byteranges; boundary=…``.

    Example::

        >>> partial_content_range("HttpResponsePartialContent", (0, 9, 100), None)
        ('bytes 0-9/100', 10)
        >>> partial_content_range("X", "items 0-9/100", None)
        ('items 0-9/100', None)
    """
    if content_range is None:
        require_range_or_multipart(owner, content_type)
        return None, None
    sure = sure_byte_range(content_range)
    if sure is not None:
        return sure
    validated = CONTENT_RANGE.validate_for(owner, content_range)
    return str(validated), validated.length if validated.unit == "bytes" else None


def check_partial_body(owner: str, body: bytes, length: int | None, value: object) -> None:
    """The body of a single byte range must be as long as the range (``length``).

    Example::

        >>> check_partial_body("HttpResponsePartialContent", b"abc", 3, (0, 2, 10))
    """
    if length is not None and len(body) != length:
        check_partial_length(owner, body, CONTENT_RANGE.validate_for(owner, value), value)


def require_range_or_multipart(owner: str, content_type: str | None) -> None:
    """A 206 without ``content_range`` must be ``multipart/byteranges; boundary=…``.

    Example::

        >>> require_range_or_multipart("X", "multipart/byteranges; boundary=THIS")
    """
    media_type = (content_type or "").lower()
    if not (media_type.startswith("multipart/byteranges") and "boundary=" in media_type):
        raise ResponseValidationError(
            f"{owner}: content_range is required unless content_type is "
            f"'multipart/byteranges; boundary=…' (RFC 9110, Section 15.3.7); "
            f"got content_type={content_type!r}",
            response_class=owner,
            argument="content_range",
        )


REQUIRED_LOCATION: Final = LOCATION.mandatory
REQUIRED_UPGRADE: Final = UPGRADE.mandatory
REQUIRED_PERMITTED_METHODS: Final = PERMITTED_METHODS.mandatory
