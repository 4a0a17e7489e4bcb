"""Header values and their grammars: what each header argument accepts, in plain Python.

Every function here takes a user's value, returns it validated (or rendered)
and raises `ValueError` with one plain sentence saying what was wrong.
They are the validators of the pydantic types in `django_allresponses.headers.models`
(built on first need) and of the header units in `django_allresponses.headers.units`;
importing this module does not import pydantic.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from collections.abc import Callable, Mapping, Sequence, Set
from datetime import UTC, datetime, timedelta
from http import HTTPMethod
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

from django.utils.encoding import iri_to_uri
from django.utils.functional import Promise

if TYPE_CHECKING:
    from .models import Challenge, ContentRange, Link

# RFC 9110, Section 5.6.2: token = 1*tchar
TOKEN: Final = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"

STANDARD_METHODS: Final = frozenset(method.value for method in HTTPMethod)

StrOrPromise: TypeAlias = str | Promise
"""A string, or a lazy string such as ``reverse_lazy("home")`` (Django's ``Promise``).

Two classes, so that pyright's message about a wrong value lists two lines and
pyrefly's none: a protocol for lazy strings would keep mypy refusing an ``int``
in a project without django-stubs (there ``Promise`` is ``Any``), at the cost of
every checker's message spelling out the protocol's members."""

if TYPE_CHECKING:
    # A checker's float takes an int: one class fewer for a message to list.
    RetryAfter: TypeAlias = float | timedelta | datetime
else:
    RetryAfter: TypeAlias = int | float | timedelta | datetime
"""A Retry-After value: a delay in seconds (``int``, ``float`` rounded up,
``timedelta``), never negative, never ``bool``; or a ``datetime`` (naive
means UTC), sent as an IMF-fixdate."""

ContentRangeInput: TypeAlias = "tuple[int, int, int | None] | ContentRange | str"
"""206's ``content_range``: a ``(start, end, total)`` tuple, a ``ContentRange`` or a header."""
PermittedMethods: TypeAlias = list[str] | tuple[str, ...] | Set[str]
"""405's methods: a list, tuple or set, never a bare string. An ``HTTPMethod`` is a
``str``; a variable typed ``list[HTTPMethod]`` is not a ``list[str]`` (a list is
invariant) and is given as ``tuple(methods)``. Three kinds, so that a message about
a wrong value lists three."""
Protocols: TypeAlias = "str | list[str] | tuple[str, ...]"
"""101's and 426's ``upgrade``: one protocol or a list of them."""
Challenges: TypeAlias = "str | Challenge | Sequence[str | Challenge]"
"""401's and 407's challenges: a string, a ``Challenge``, or a list of them."""
Links: TypeAlias = "list[Link | str] | list[Link] | list[str] | tuple[Link | str, ...]"
"""103's ``links``: ``Link`` models or URI references."""


def _lazy_pattern(source: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: the large ones cost milliseconds at import."""

    @functools.cache
    def pattern() -> re.Pattern[str]:
        return re.compile(source)

    return pattern


_token = _lazy_pattern(TOKEN)
"""A token (RFC 9110, Section 5.6.2), such as a header field name or a method."""


_challenge_model: tuple[type, ...] = ()
_link_model: tuple[type, ...] = ()
_content_range_model: tuple[type, ...] = ()
"""The pydantic models a value may be: none until `django_allresponses.headers.models`
is imported (a value cannot be one of its models before), so plain values never pay for
importing pydantic."""


def know_models(*, challenge: type, link: type, content_range: type) -> None:
    """Called once by `django_allresponses.headers.models` when it has defined its models.

    Examples:
        >>> from django_allresponses import Challenge
        >>> _challenge_model == (Challenge,)
        True
    """
    global _challenge_model, _link_model, _content_range_model
    _challenge_model, _link_model, _content_range_model = (challenge,), (link,), (content_range,)


# --- Field values: what any header value may hold (RFC 9110, Section 5.5) -------------------

# CTLs but HTAB, and the characters Python and e-mail folding take for line breaks:
# NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR; and lone surrogates, which no encoding sends.
_line_break_or_control = _lazy_pattern("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")


def field_text(value: object) -> str:
    """Any header value as the plain ``str`` that is sent, or `ValueError`.

    ``bytes`` are Latin-1, ``int`` and other objects their ``str()`` (checked like
    any text, as Django checks it); ``str`` subclasses are read through ``str``'s own
    methods, so an odd ``__contains__`` or ``__str__`` hides nothing. No control
    character but HTAB and no line
    break of any kind (CR, LF, NUL, VT, FF, NEL, U+2028, U+2029) nor lone surrogate
    (U+D800 to U+DFFF) may appear.

    Examples:
        >>> field_text(b"gzip")
        'gzip'
        >>> field_text(42)
        '42'
        >>> field_text("a\\u2028b")
        Traceback (most recent call last):
        ...
        ValueError: a header value cannot contain a line break or a control character (U+2028)
    """
    kind = type(value)
    if kind is not str:
        if isinstance(value, str):
            value = str.__str__(value)
        elif isinstance(value, bytes | bytearray):
            value = bytes(value).decode("latin-1")
        else:
            # A lazy string, or an object that renders itself: str() returns a str (or a
            # subclass, read through str's own method).
            value = str.__str__(str(value))
    text = cast(str, value)
    if not (text.isascii() and text.isprintable()):
        bad = _line_break_or_control().search(text)
        if bad is not None and "\ud800" <= bad[0] <= "\udfff":
            # What Django's encoding of the value raises (UnicodeEncodeError) as it builds it.
            raise ValueError(
                f"a header value cannot contain a lone surrogate (U+{ord(bad[0]):04X}), "
                "which no encoding can send"
            )
        if bad is not None:
            raise ValueError(
                "a header value cannot contain a line break or a control character "
                f"(U+{ord(bad[0]):04X})"
            )
    if text and (text[0] in " \t" or text[-1] in " \t"):
        # Parsers drop it (RFC 9110, Section 5.5): the value would not arrive as set.
        raise ValueError("a header value cannot start or end with a space or a tab")
    return text


def field_name(name: object) -> str:
    """A header field name: an RFC 9110 token, as a plain ``str``.

    Examples:
        >>> field_name("X-Request-Id")
        'X-Request-Id'
    """
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, str) or not _token().fullmatch(name):
        raise ValueError("a header field name is a token (RFC 9110, Section 5.1)")
    return str.__str__(name)


# --- URI references (RFC 3986, Appendix A, after IRI-to-URI conversion) --------------------

_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|{_PCT})"
_SEGMENT_NZ_NC = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|{_PCT})+"
_AUTHORITY = (
    rf"(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|{_PCT})*@)?"
    rf"(?:\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]"
    rf"|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|{_PCT})*)"
    r"(?::[0-9]*)?"
)
# The commonest URI references, which need no IRI conversion: an absolute path, or an
# http(s) URL with a plain host, each with an optional query and fragment, made of
# characters that iri_to_uri() keeps and RFC 3986 allows unescaped there.
_PLAIN_CHARS = r"A-Za-z0-9\-._~!$&'()*+,;=:@/"
PLAIN_URI: Final = re.compile(
    rf"(?:/(?!/)|https?://[A-Za-z0-9\-.]+(?::[0-9]*+)?(?=[/?#]|$))"
    rf"[{_PLAIN_CHARS}?]*+(?:#[{_PLAIN_CHARS}?]*+)?"
)
"""The commonest URI references, whole (``PLAIN_URI.fullmatch``): compiled at import, as
every Location passes it."""


def plain_digits(value: str) -> bool:
    """Whether ``value`` is ASCII digits, whole (``[0-9]+``): delay-seconds as commonly set.

    Examples:
        >>> plain_digits("120"), plain_digits("\u0663"), plain_digits(" 1")
        (True, False, False)
    """
    return value.isascii() and value.isdigit()


_ip_literal = _lazy_pattern(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//(?:[^@/?#]*@)?\[([^\]]*)\]")
_PATH_ABEMPTY = rf"(?:/{_PCHAR}*)*"
# Square brackets are tolerated in the query and fragment, as every client does
# (``?filter[name]=x``), though RFC 3986 reserves them for IP literals.
_TAIL = rf"(?:\?(?:{_PCHAR}|[/?\[\]])*)?(?:#(?:{_PCHAR}|[/?\[\]])*)?"
_uri_reference_pattern = _lazy_pattern(
    rf"(?:[A-Za-z][A-Za-z0-9+.\-]*:(?://{_AUTHORITY}{_PATH_ABEMPTY}|/?(?:{_PCHAR}+{_PATH_ABEMPTY})?)"
    rf"|//{_AUTHORITY}{_PATH_ABEMPTY}|/(?:{_PCHAR}+{_PATH_ABEMPTY})?"
    rf"|(?:{_SEGMENT_NZ_NC}{_PATH_ABEMPTY})?){_TAIL}"
)
_whitespace_or_control = _lazy_pattern(
    r"[\x00-\x20\x7f-\x9f\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]"
)


def uri_reference(value: object) -> str:
    """A URI reference (RFC 3986), with IRIs converted as Django's redirects convert them.

    Lazy strings are accepted; whitespace and control characters are refused.

    Examples:
        >>> uri_reference("/café")
        '/caf%C3%A9'
        >>> uri_reference("a b")
        Traceback (most recent call last):
        ...
        ValueError: a URI reference cannot contain whitespace or control characters
    """
    if type(value) is str and PLAIN_URI.fullmatch(value):
        return value
    if isinstance(value, Promise):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"a URI reference is a string, not {type(value).__name__}")
    value = str.__str__(value)
    if not value:
        raise ValueError("an empty URI reference points nowhere; give a path or a URL")
    if _whitespace_or_control().search(value):
        raise ValueError("a URI reference cannot contain whitespace or control characters")
    uri = iri_to_uri(value)
    if not _uri_reference_pattern().fullmatch(uri):
        raise ValueError("it is not a URI reference (RFC 3986, Section 4.1)")
    if "[" in uri:
        literal = _ip_literal().search(uri)
        if literal is not None and literal[1][:1] not in "vV":
            import ipaddress

            try:
                ipaddress.IPv6Address(literal[1])
            except ValueError:
                raise ValueError(
                    f"[{literal[1]}] is not an IPv6 address (RFC 3986, Section 3.2.2)"
                ) from None
    return uri


# --- Retry-After (RFC 9110, Section 10.2.3) -------------------------------------------------

_NO_DELAY: Final = timedelta(0)
_DELAY_SECONDS = re.compile(r"[0-9]+")
_imf_fixdate = _lazy_pattern(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"
)


def retry_after(value: object) -> RetryAfter:
    """A Retry-After value, checked: seconds >= 0 (``int``, finite ``float``, ``timedelta``)
    or a ``datetime``; never ``bool``, a string, ``Decimal`` or ``Fraction``.

    Examples:
        >>> retry_after(1.5)
        1.5
        >>> retry_after(-5)
        Traceback (most recent call last):
        ...
        ValueError: a delay cannot be negative
    """
    kind = type(value)
    if kind is int or kind is float:
        number = cast(float, value)
        if number >= 0:
            if kind is float and number == math.inf:
                raise ValueError("a delay must be a finite number of seconds")
            return number
        if number != number:  # NaN
            raise ValueError("a delay must be a finite number of seconds")
        raise ValueError("a delay cannot be negative")
    if isinstance(value, datetime):
        return value
    if isinstance(value, timedelta):
        if value < _NO_DELAY:
            raise ValueError("a delay cannot be negative")
        return value
    if isinstance(value, bool):
        raise ValueError("a bool is not a delay")
    if isinstance(value, int | float):
        return retry_after(int(value) if isinstance(value, int) else float(value))
    if isinstance(value, numbers.Number):
        raise ValueError(f"a delay is an int, float or timedelta, not {type(value).__name__}")
    raise ValueError(f"a delay is a number of seconds or a datetime, not {type(value).__name__}")


def render_retry_after(value: RetryAfter) -> str:
    """The header text of a checked Retry-After value: seconds rounded up, or an IMF-fixdate.

    Examples:
        >>> render_retry_after(timedelta(seconds=1, milliseconds=1))
        '2'
    """
    if isinstance(value, datetime):
        try:
            moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        except OverflowError:
            raise ValueError("the date is past the year 9999 in UTC") from None
        # Formatted from the fields, not a float timestamp, which loses microseconds (and
        # so rounds up a second) far ahead.
        from email.utils import format_datetime

        return format_datetime(moment.replace(microsecond=0), usegmt=True)
    if isinstance(value, timedelta):
        return str(math.ceil(value.total_seconds()))
    return str(math.ceil(value))


def retry_after_text(text: str) -> None:
    """A Retry-After header string: delay-seconds or an IMF-fixdate.

    Examples:
        >>> retry_after_text("120")
    """
    if not (_DELAY_SECONDS.fullmatch(text) or _imf_fixdate().fullmatch(text)):
        raise ValueError("it is not delay-seconds or an IMF-fixdate (RFC 9110, Section 10.2.3)")


# --- Lists of tokens: methods (Allow) and protocols (Upgrade) --------------------------------

_protocol = _lazy_pattern(rf"{TOKEN}(?:/{TOKEN})?")
_list_separator = _lazy_pattern(r"[ \t]*,[ \t]*")


def _items(kind: str, value: object) -> Sequence[object]:
    if isinstance(value, str | bytes):
        raise ValueError(
            f"a bare string is not a list of {kind}: write [{value!r}], not {value!r}"
        )
    if isinstance(value, list | tuple):
        return value  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, Set):
        return sorted(value, key=str)  # pyright: ignore[reportUnknownArgumentType,reportUnknownVariableType]
    raise ValueError(f"{kind} come as a list, tuple or set, not {type(value).__name__}")


def methods(value: object) -> tuple[str, ...]:
    """Method tokens (RFC 9110, Section 9.1): order kept, duplicates dropped, case kept,
    but a lowercase standard method refused.

    Examples:
        >>> methods(["GET", "HEAD", "GET"])
        ('GET', 'HEAD')
        >>> methods("GET")
        Traceback (most recent call last):
        ...
        ValueError: a bare string is not a list of methods: write ['GET'], not 'GET'
    """
    if type(value) is list or type(value) is tuple:
        # The commonest case: standard methods, spelled as HTTP spells them.
        items = cast(Sequence[object], value)
        if all(type(item) is str and item in STANDARD_METHODS for item in items):
            return tuple(dict.fromkeys(cast(Sequence[str], items)))
    found: dict[str, None] = {}
    for item in _items("methods", value):  # pyright: ignore[reportUnknownArgumentType]
        method: object = item.value if isinstance(item, HTTPMethod) else item
        if not isinstance(method, str) or not _token().fullmatch(method):
            raise ValueError(f"{method!r} is not a method token (RFC 9110, Section 9.1)")
        method = str.__str__(method)
        upper = method.upper()
        if upper != method and upper in STANDARD_METHODS:
            raise ValueError(f"methods are case-sensitive: write {upper!r}, not {method!r}")
        found[method] = None
    return tuple(found)


def allow_text(text: str) -> None:
    """An ``Allow`` header string: a comma-separated list of method tokens (may be empty).

    Examples:
        >>> allow_text("GET, HEAD")
    """
    if text.strip(" \t"):
        methods(_list_separator().split(text.strip(" \t")))


def protocols(value: object) -> tuple[str, ...]:
    """One protocol or a list of them, each ``name["/"version]`` (RFC 9110, Section 7.8).

    Examples:
        >>> protocols("websocket")
        ('websocket',)
        >>> protocols(["HTTP/2.0", "TLS/1.3"])
        ('HTTP/2.0', 'TLS/1.3')
    """
    if type(value) is str and _protocol().fullmatch(value):
        return (value,)
    items: Sequence[object] = [value] if isinstance(value, str) else _items("protocols", value)
    if not items:
        raise ValueError("at least one protocol is required")
    for item in items:
        if not isinstance(item, str) or not _protocol().fullmatch(item):
            raise ValueError(
                f"{item!r} is not one protocol name['/'version] (RFC 9110, Section 7.8); "
                "give several protocols as a list"
            )
    return tuple(str.__str__(cast(str, item)) for item in items)


def upgrade_text(text: str) -> None:
    """An ``Upgrade`` header string: a comma-separated list of protocols.

    Examples:
        >>> upgrade_text("websocket, h2c")
    """
    protocols(_list_separator().split(text.strip(" \t")))


# --- Authentication challenges (RFC 9110, Section 11.2) --------------------------------------

_QUOTED_STRING = r'"(?:[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\t \x21-\x7e\x80-\xff])*"'
TOKEN68: Final = r"[A-Za-z0-9\-._~+/]+=*"
_OWS = r"[ \t]*"
_AUTH_PARAM = rf"{TOKEN}{_OWS}={_OWS}(?:{TOKEN}|{_QUOTED_STRING})"
_CHALLENGE = (
    rf"{TOKEN}(?: +(?:{_AUTH_PARAM}(?:{_OWS},{_OWS}{_AUTH_PARAM})*|{TOKEN68}(?={_OWS}(?:,|$))))?"
)
_challenges_pattern = _lazy_pattern(rf"{_OWS}{_CHALLENGE}(?:{_OWS},{_OWS}{_CHALLENGE})*{_OWS}")
_quotable = _lazy_pattern(r"[\t \x21-\x7e\x80-\xff]*")


def quote(value: str) -> str:
    """``value`` as a quoted-string (RFC 9110, Section 5.6.4), escaped.

    Examples:
        >>> quote('say "hi"')
        '"say \\\\"hi\\\\""'
    """
    if not _quotable().fullmatch(value):
        raise ValueError(f"{value!r} cannot be sent in a quoted-string (RFC 9110, Section 5.6.4)")
    if "\\" in value or '"' in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"'


def challenges(value: object) -> str:
    """A challenge string, a ``Challenge`` or a list of them, as one header value.

    Examples:
        >>> challenges(['Basic realm="api"', "Bearer"])
        'Basic realm="api", Bearer'
    """
    challenge = _challenge_model
    if type(value) is str and _challenges_pattern().fullmatch(value):
        return value.strip(" \t")
    if challenge and isinstance(value, challenge):
        return str(value)  # rendered once by the frozen model
    items: Sequence[object] = [value] if isinstance(value, str) else _items("challenges", value)
    if not items:
        raise ValueError("at least one challenge is required")
    rendered: list[str] = []
    for item in items:
        if challenge and isinstance(item, challenge):
            rendered.append(str(item))
        elif isinstance(item, str) and _challenges_pattern().fullmatch(item):
            rendered.append(str.__str__(item).strip(" \t"))
        else:
            raise ValueError(
                f"{item!r} is not a challenge such as 'Basic realm=\"api\"' "
                "(RFC 9110, Section 11.2)"
            )
    return ", ".join(rendered)


def challenges_text(text: str) -> None:
    """A ``WWW-Authenticate`` / ``Proxy-Authenticate`` header string.

    Examples:
        >>> challenges_text('Basic realm="api"')
    """
    if not _challenges_pattern().fullmatch(text):
        raise ValueError("it is not a list of challenges (RFC 9110, Section 11.2)")


# --- Link (RFC 8288) ---------------------------------------------------------------------------

_LINK_PARAM = rf"{TOKEN}(?:{_OWS}={_OWS}(?:{TOKEN}|{_QUOTED_STRING}))?"
_LINK_VALUE = rf"<([^>]*)>(?:{_OWS};{_OWS}{_LINK_PARAM})*"
_links_pattern = _lazy_pattern(rf"{_OWS}{_LINK_VALUE}(?:{_OWS},{_OWS}{_LINK_VALUE})*{_OWS}")
_one_link = _lazy_pattern(_LINK_VALUE)


def link_value(href: str, rel: str, params: Mapping[str, str] | None = None) -> str:
    """One rendered link-value: ``<href>; rel="rel"`` and its parameters, quoted.

    Examples:
        >>> link_value("/a.css", "preload", {"as": "style"})
        '</a.css>; rel="preload"; as="style"'
    """
    if not params:
        return f'<{href}>; rel="{rel}"'
    rendered = "".join([f"; {name}={quote(value)}" for name, value in params.items()])
    return f'<{href}>; rel="{rel}"{rendered}'


def links(value: object) -> str:
    """A list of ``Link`` models or URI references, as one ``Link`` header value.

    Examples:
        >>> links(["/style.css"])
        '</style.css>; rel="preload"'
    """
    link = _link_model
    items = _items("links", value)
    if not items:
        raise ValueError("at least one link is required; leave links out to send none")
    rendered: list[str] = []
    for item in items:
        if link and isinstance(item, link):
            rendered.append(str(item))
        else:
            rendered.append(link_value(uri_reference(item), "preload"))
    return ", ".join(rendered)


def blocked_by(value: object) -> str:
    """The ``Link`` value of 451's ``blocked_by`` (RFC 7725, Section 4).

    Examples:
        >>> blocked_by("https://authority.example/")
        '<https://authority.example/>; rel="blocked-by"'
    """
    return f'<{uri_reference(value)}>; rel="blocked-by"'


def link_text(text: str) -> None:
    """A ``Link`` header string: link-values whose targets are URI references.

    Examples:
        >>> link_text('</a>; rel="next"')
    """
    if not _links_pattern().fullmatch(text):
        raise ValueError("it is not a list of link-values such as '</a>; rel=\"next\"' (RFC 8288)")
    # Link-values one after another, so that a '<' inside a quoted parameter is not
    # taken for the start of a target.
    for found in _one_link().finditer(text):
        uri_reference(found[1])


# --- Content-Range (RFC 9110, Section 14.4) -----------------------------------------------------

_content_range = _lazy_pattern(rf"({TOKEN}) (?:([0-9]+)-([0-9]+)/([0-9]+|\*)|\*/([0-9]+))")

ByteRange: TypeAlias = tuple[str, int, int, int | None]
"""A checked range: (unit, start, end, total or ``None`` for unknown)."""


def byte_range(unit: str, start: object, end: object, total: object) -> ByteRange:
    """Check one satisfied range: ``0 <= start <= end``, ``end < total`` when known.

    Examples:
        >>> byte_range("bytes", 0, 9, 100)
        ('bytes', 0, 9, 100)
        >>> byte_range("bytes", 9, 0, 100)
        Traceback (most recent call last):
        ...
        ValueError: start (9) must not be greater than end (0)
    """
    if (
        type(start) is int
        and type(end) is int
        and (total is None or type(total) is int)
        and 0 <= start <= end
        and (total is None or end < total)
    ):
        return unit, start, end, total
    for name, number in (("start", start), ("end", end), ("total", total)):
        if name == "total" and number is None:
            continue
        if type(number) is not int or number < 0:
            raise ValueError(f"{name} must be an integer >= 0, not {number!r}")
    first, last, length = cast(int, start), cast(int, end), cast("int | None", total)
    if first > last:
        raise ValueError(f"start ({first}) must not be greater than end ({last})")
    if length is not None and last >= length:
        raise ValueError(f"end ({last}) must be less than total ({length})")
    return unit, first, last, length


def parse_content_range(text: str) -> ByteRange | None:
    """A ``Content-Range`` string: the range it states, or ``None`` for an unsatisfied
    range (``bytes */N``). Range units are case-insensitive; ``bytes`` comes back lower case.

    Examples:
        >>> parse_content_range("BYTES 0-1/10")
        ('bytes', 0, 1, 10)
        >>> parse_content_range("bytes */10") is None
        True
    """
    found = _content_range().fullmatch(text)
    if found is None:
        raise ValueError(
            f"{text!r} is not a Content-Range such as 'bytes 0-99/200' or 'bytes 0-99/*' "
            "(RFC 9110, Section 14.4)"
        )
    if found[2] is None:
        return None
    unit = "bytes" if found[1].lower() == "bytes" else found[1]
    total = None if found[4] == "*" else int(found[4])
    return byte_range(unit, int(found[2]), int(found[3]), total)


def content_range(value: object) -> ByteRange:
    """A ``(start, end, total)`` tuple, a ``ContentRange`` or a header string, checked.

    Examples:
        >>> content_range((0, 9, None))
        ('bytes', 0, 9, None)
    """
    if type(value) is tuple:
        if len(value) != 3:  # pyright: ignore[reportUnknownArgumentType]
            raise ValueError(f"a range is a (start, end, total) tuple, not {len(value)} items")  # pyright: ignore[reportUnknownArgumentType]
        return byte_range("bytes", *value)  # pyright: ignore[reportUnknownArgumentType]
    if isinstance(value, str):
        found = parse_content_range(str.__str__(value))
        if found is None:
            raise ValueError("a 206 states the range it sends, not 'bytes */N'")
        return found
    if _content_range_model and isinstance(value, _content_range_model):
        model: Any = value
        return model.unit, model.start, model.end, model.total
    raise ValueError(
        f"a range is a (start, end, total) tuple, a ContentRange or a string, "
        f"not {type(value).__name__}"
    )


def render_content_range(found: ByteRange) -> str:
    """The header text of a checked range.

    Examples:
        >>> render_content_range(("bytes", 0, 9, None))
        'bytes 0-9/*'
    """
    unit, start, end, total = found
    return f"{unit} {start}-{end}/{'*' if total is None else total}"


def content_range_text(text: str) -> None:
    """Any ``Content-Range`` string, satisfied or not.

    Examples:
        >>> content_range_text("bytes */100")
    """
    parse_content_range(text)


def total_length(value: object) -> int:
    """A complete length for 416's ``Content-Range: bytes */N``: an integer >= 0.

    Examples:
        >>> total_length(100)
        100
    """
    if type(value) is int and value >= 0:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"a length is an integer, not {type(value).__name__}")
    raise ValueError("a length cannot be negative")
