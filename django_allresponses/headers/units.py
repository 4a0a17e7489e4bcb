"""Header units: one per header behaviour, shared by every class that has it.

A unit owns a header argument from end to end: its name and the header it
sets, whether a class requires it, how a value is validated and rendered (the
plain functions of `django_allresponses.headers.values`, which are also the
validators of the pydantic types), and the rule for a value set later on the
response (``response["Retry-After"] = …``). A response class says which units
it takes; `django_allresponses.responses.base` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal
from urllib.parse import urlsplit

from django.core.exceptions import DisallowedRedirect
from django.utils.functional import Promise
from django.utils.http import MAX_URL_REDIRECT_LENGTH

from ..errors import HeaderValueError, ResponseValidationError, describe
from ..rfc.frozen import FrozenValue
from . import values
from .values import field_text

if TYPE_CHECKING:
    from django.http.response import HttpResponseBase

Owner = type | str
"""The class a value is checked for (its name is in every message), or a function's name."""

Store = dict[str, tuple[str, str]]
"""Django's header store: lower-case name -> (name as given, value)."""

Level = Literal["MUST", "SHOULD"]
"""How strongly the RFC asks a status for a header: its MUST, or its SHOULD."""


def _no_grammar(text: str) -> None:
    """Headers whose string form any field value may take."""


def _uri_text(text: str) -> None:
    values.uri_reference(text)


class HeaderUnit(FrozenValue):
    """One header argument: the header it sets and how its values are checked.

    ``parse`` validates a value (or raises `ValueError` with a plain
    sentence); ``render`` turns what it returns into the header's text;
    ``grammar`` checks a string set later on the response; ``expected`` says
    what is allowed, for error messages.

    Examples:
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
        "anywhere", "argument", "example_of", "expected", "grammar", "header", "key",
        "needed_by", "parse", "quick", "reference", "render", "required", "shown",
    )  # fmt: skip
    fields: ClassVar[tuple[str, ...]] = (
        "argument", "header", "expected", "parse", "render", "grammar", "required", "quick",
        "reference", "example_of", "needed_by", "shown", "anywhere",
    )  # fmt: skip
    unless: ClassVar[str] = ""
    """What a response of a status in ``needed_by`` may be instead of sending the header
    (``""``: nothing); see `excused`."""

    argument: str
    header: str
    expected: str
    parse: Callable[[object], Any]
    render: Callable[[Any], str]
    grammar: Callable[[str], None]
    required: bool
    quick: Callable[[str], object] | None
    """A test that a ``str`` set later is, whole, in the grammar's commonest form (a true
    result): ASCII, printable, nothing to strip, with no other rule of the class to apply;
    ``None`` where every string takes `header_for`. A false result only means the full
    check is made."""
    reference: str
    """The RFC section that defines the header's field and its grammar."""
    example_of: Callable[[], object]
    """Builds one representative valid value of the argument (called when needed, so that
    an example that is a pydantic model costs nothing at import); see `example`."""
    needed_by: tuple[tuple[int, Level], ...]
    """The statuses whose section of the RFC asks for this header, each with how strongly
    (``"MUST"`` or ``"SHOULD"``). A status the RFC sets no requirement for is not here."""
    shown: str
    """How the docs name what the argument sets, where the header's name alone does not say
    it (``"Upgrade (and Connection: Upgrade)"``); ``""`` otherwise. See `label`."""
    anywhere: bool
    """Whether the unit's rule checks its header set later on any response (`BY_HEADER`);
    ``False`` where the rule is only its own classes' (a redirect's target, 206's range,
    451's ``blocked-by`` link), and another unit's rule checks the header elsewhere."""
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
        reference: str = "RFC 9110, Section 5.5",
        example_of: Callable[[], object] = str,
        needed_by: tuple[tuple[int, Level], ...] = (),
        shown: str = "",
        anywhere: bool = True,
    ) -> None:
        self._set(
            argument=argument, header=header, expected=expected, parse=parse, render=render,
            grammar=grammar, required=required, quick=quick, reference=reference,
            example_of=example_of, needed_by=needed_by, shown=shown, anywhere=anywhere,
            key=header.lower(),
        )  # fmt: skip

    @property
    def example(self) -> object:
        """One representative valid value of the argument.

        Examples:
            >>> PERMITTED_METHODS.example
            ['GET', 'HEAD']
        """
        return self.example_of()

    @property
    def label(self) -> str:
        """What the argument sets, as the docs name it.

        Examples:
            >>> TOTAL_LENGTH.label, RETRY_AFTER.label
            ('Content-Range: bytes */N', 'Retry-After')
        """
        return self.shown or self.header

    def excused(self, content_type: str | None) -> bool:
        """Whether a response of this ``Content-Type`` may leave the header out although
        its status is in `needed_by` (the unit's `unless`).

        Examples:
            >>> CONTENT_RANGE.excused("multipart/byteranges; boundary=THIS")
            True
        """
        return False

    @property
    def mandatory(self) -> HeaderUnit:
        """The same unit for a class that requires it.

        Examples:
            >>> LOCATION.mandatory.required
            True
        """
        return self.replace(required=True)

    def value_for(self, owner: Owner, value: object) -> str:
        """Validate an argument of the class named ``owner``; return the header text.

        The common values take the first branch of ``parse``; a refused value raises
        `ResponseValidationError` with one plain sentence and pydantic's detail.
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
        from .models import pydantic_error  # pydantic loads when a value is refused

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

    Examples:
        >>> REDIRECT_TO.value_for("HttpResponseSeeOther", "/café/")
        '/caf%C3%A9/'
    """

    __slots__ = ()

    allowed_schemes: ClassVar[frozenset[str]] = frozenset({"http", "https", "ftp"})
    """Django's schemes, unless the response class names its own ``allowed_schemes``."""

    def value_for(self, owner: Owner, value: object) -> str:
        """The checked ``Location``, a target Django would redirect to."""
        location = HeaderUnit.value_for(self, owner, value)
        self.check_target(owner, location)
        return location

    def header_for(self, owner: Owner, value: object, response: HttpResponseBase | None) -> str:
        """The checked ``Location`` set later, a target Django would redirect to."""
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

    Examples:
        >>> store = {}
        >>> UPGRADE.apply("HttpResponseUpgradeRequired", store, "websocket")
        >>> store["connection"]
        ('Connection', 'Upgrade')
    """

    __slots__ = ()

    def apply(self, owner: Owner, store: Store, value: object) -> None:
        """Store ``Upgrade`` and, with it, ``Connection: Upgrade``."""
        store[self.key] = (self.header, self.value_for(owner, value))
        store["connection"] = ("Connection", "Upgrade")


class PartialContentUnit(HeaderUnit):
    """206's ``Content-Range`` and its rules with the body (RFC 9110, Section 15.3.7).

    One byte range: the content is exactly as long as the range, at
    construction, when ``Content-Range`` is set later and when the content is
    replaced. No range: the content type must be ``multipart/byteranges;
    boundary=…``.

    Examples:
        >>> CONTENT_RANGE.value_for("HttpResponsePartialContent", (0, 9, 100))
        'bytes 0-9/100'
    """

    __slots__ = ()

    unless: ClassVar[str] = "multipart/byteranges"

    def excused(self, content_type: str | None) -> bool:
        """Whether the body is ``multipart/byteranges``, which needs no ``Content-Range``."""
        return is_multipart_byteranges(content_type)

    def header_for(self, owner: Owner, value: object, response: HttpResponseBase | None) -> str:
        """The checked ``Content-Range`` set later, as long as the body it describes."""
        text = HeaderUnit.header_for(self, owner, value, response)
        found = values.parse_content_range(text)
        if response is not None and found is not None:
            self.check_length(owner, _body(response), found, value, self.header)
        return text

    def after(self, response: HttpResponseBase, value: object) -> None:
        """Check the built response: a range as long as the body, or a multipart body."""
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

        Examples:
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

    Examples:
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


def _rfc9110(section: str) -> str:
    return f"RFC 9110, Section {section}"


class QuickPattern:
    """A unit's quick test (`HeaderUnit.quick`): a regular expression's ``fullmatch``,
    compiled on first use, since compiling every unit's at import would cost import time.
    The header store keeps the compiled ``fullmatch`` (`compiled`) for the names it has
    taken, so a set pays for the match alone.

    Examples:
        >>> quick = QuickPattern("[0-9]+")
        >>> bool(quick("120")), bool(quick("1 2"))
        (True, False)
    """

    __slots__ = ("_fullmatch", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern: str = pattern
        self._fullmatch: Callable[[str], object] | None = None

    @property
    def compiled(self) -> Callable[[str], object]:
        """The pattern's ``fullmatch``, compiled the first time it is asked for."""
        found = self._fullmatch
        if found is None:
            found = self._fullmatch = re.compile(self.pattern).fullmatch
        return found

    def __call__(self, value: str) -> object:
        return self.compiled(value)

    def __repr__(self) -> str:
        return f"QuickPattern({self.pattern!r})"


# The quick tests below each take, whole, a part of the commonest values of their header's
# grammar (`HeaderUnit.quick`): printable ASCII, nothing to strip at either end, and each
# string they take passes the grammar and every rule of the unit (the tests check both).
_TOKEN = values.TOKEN.replace("]+", "]++")
"""A token (RFC 9110, Section 5.6.2), taken whole: nothing after it can be part of it."""
_QUOTED = r'"[ !#-\[\]-~]*+"'
"""A quoted-string of printable ASCII without a quote or a backslash (RFC 9110, 5.6.4)."""
_LINK_QUOTED = r'"[ !#-;=?-\[\]-~]*+"'
"""The same without ``<`` or ``>``, which a Link's reader could take for a target."""
_PLAIN = r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?]"
"""What `values.PLAIN_URI` takes in a path, a query and a fragment."""
_LINK_TARGET = (
    rf"<(?:/(?!/)|https?://[A-Za-z0-9\-.]++(?::[0-9]*+)?(?=[/?#>]))"
    rf"{_PLAIN}*+(?:#{_PLAIN}*+)?>"
)
"""A Link's target as `values.PLAIN_URI` takes a URI reference, between ``<`` and ``>``."""
_LINK = rf"{_LINK_TARGET}(?:; ?{_TOKEN}=(?:{_TOKEN}|{_LINK_QUOTED}))*+"
_PROTOCOL = rf"{_TOKEN}(?:/{_TOKEN})?"
# Few groups: each costs the regular expression engine more than the characters it reads.
QUICK_ALLOW: Final = QuickPattern(r"(?:[A-Z]++, ?)*+[A-Z]++")
"""Upper-case method tokens, such as ``GET, HEAD`` (RFC 9110, Section 10.2.1)."""
QUICK_UPGRADE: Final = QuickPattern(rf"{_PROTOCOL}(?:, ?{_PROTOCOL})*+")
"""Protocols, such as ``websocket`` or ``h2c, TLS/1.3`` (RFC 9110, Section 7.8)."""
QUICK_CHALLENGE: Final = QuickPattern(
    rf"{_TOKEN} {_TOKEN}={_QUOTED}|{_TOKEN}(?: {_TOKEN}={_QUOTED}(?:, ?{_TOKEN}={_QUOTED})*+)?"
)
"""One challenge, alone or with quoted parameters, such as ``Basic realm="api"``
(RFC 9110, Section 11.2); the commonest, one parameter, first, without a group."""
QUICK_LINKS: Final = QuickPattern(
    rf"</(?!/){_PLAIN}*+>(?:; ?{_TOKEN}={_TOKEN})*+"
    rf"|<https?://[A-Za-z0-9\-.]++(?::[0-9]*+)?(?=[/?#>]){_PLAIN}*+>; ?{_TOKEN}="
    rf"(?:{_LINK_QUOTED}|{_TOKEN})|{_LINK}(?:, ?{_LINK})*+"
)
"""Link-values with a plain target and parameters with values, such as
``</a.css>; rel=preload`` (RFC 8288); the commonest, one link to a path with unquoted
parameters, then one link to an absolute URI with one parameter (a page's
``<https://example.com/?page=2>; rel="next"``), first and with fewer groups: each is
a part of the last, every Link-value the pattern takes."""
QUICK_UNSATISFIED: Final = QuickPattern(r"bytes \*/[0-9]{1,15}")
"""``Content-Range: bytes */N`` (RFC 9110, Section 14.4)."""
QUICK_REDIRECT: Final = QuickPattern(rf"/(?!/){_PLAIN}{{0,{MAX_URL_REDIRECT_LENGTH - 1}}}+")
"""An absolute path without a fragment, no longer than Django redirects to: no scheme to
refuse (`RedirectUnit.check_target`)."""


def _challenge(realm: str) -> Callable[[], object]:
    def example() -> object:
        from .models import Challenge

        return Challenge(scheme="Basic", params={"realm": realm})

    return example


def _preload() -> object:
    from .models import Link

    return [Link(href="/static/site.css", params={"as": "style"})]


LOCATION: Final = HeaderUnit(
    "location", "Location", _URI, values.uri_reference, grammar=_uri_text,
    quick=values.PLAIN_URI.fullmatch, reference=_rfc9110("10.2.2"),
    example_of=lambda: "/items/1",
)  # fmt: skip
CONTENT_LOCATION: Final = LOCATION.replace(
    argument="content_location", header="Content-Location", reference=_rfc9110("8.7"),
    example_of=lambda: "/items/1.json",
)  # fmt: skip
REDIRECT_TO: Final = RedirectUnit(
    "redirect_to", "Location", _URI, values.uri_reference, grammar=_uri_text,
    required=True, quick=QUICK_REDIRECT, reference=_rfc9110("10.2.2"),
    example_of=lambda: "/elsewhere/",
    # 301, 302, 307, 308: "The server SHOULD generate a Location header field in the
    # response"; 303 names its target "as indicated by a URI in the Location header
    # field", with no requirement.
    needed_by=((301, "SHOULD"), (302, "SHOULD"), (307, "SHOULD"), (308, "SHOULD")),
    anywhere=False,  # a Location set later on another response takes LOCATION's rule
)  # fmt: skip
RETRY_AFTER: Final = HeaderUnit(
    "retry_after",
    "Retry-After",
    "seconds >= 0 (int, float or timedelta) or a datetime",
    values.retry_after,
    values.render_retry_after,
    values.retry_after_text,
    quick=values.plain_digits,
    reference=_rfc9110("10.2.3"),
    example_of=lambda: timedelta(seconds=120),
)
PERMITTED_METHODS: Final = HeaderUnit(
    "permitted_methods",
    "Allow",
    "a list, tuple or set of method tokens or http.HTTPMethod members",
    values.methods,
    ", ".join,
    values.allow_text,
    required=True,
    quick=QUICK_ALLOW,
    reference=_rfc9110("10.2.1"),
    example_of=lambda: ["GET", "HEAD"],
    needed_by=((405, "MUST"),),  # "The origin server MUST generate an Allow header field"
)
UPGRADE: Final = UpgradeUnit(
    "upgrade",
    "Upgrade",
    "a protocol such as 'websocket' or 'TLS/1.2', or a list of them",
    values.protocols,
    ", ".join,
    values.upgrade_text,
    required=True,
    quick=QUICK_UPGRADE,
    reference=_rfc9110("7.8"),
    example_of=lambda: "websocket",
    needed_by=((101, "MUST"), (426, "MUST")),
    shown="Upgrade (and Connection: Upgrade)",
)
WWW_AUTHENTICATE: Final = HeaderUnit(
    "www_authenticate",
    "WWW-Authenticate",
    "a challenge string such as 'Basic realm=\"api\"', a Challenge, or a list of them",
    values.challenges,
    grammar=values.challenges_text,
    quick=QUICK_CHALLENGE,
    reference=_rfc9110("11.6.1"),
    example_of=_challenge("example"),
    needed_by=((401, "MUST"),),
)
PROXY_AUTHENTICATE: Final = WWW_AUTHENTICATE.replace(
    argument="proxy_authenticate",
    header="Proxy-Authenticate",
    reference=_rfc9110("11.7.1"),
    example_of=_challenge("proxy"),
    needed_by=((407, "MUST"),),
)
LINKS: Final = HeaderUnit(
    "links",
    "Link",
    "a list of Link models or URI references",
    values.links,
    grammar=values.link_text,
    quick=QUICK_LINKS,
    reference="RFC 8288, Section 3",
    example_of=_preload,
)
BLOCKED_BY: Final = HeaderUnit(
    "blocked_by", "Link", _URI, values.blocked_by, grammar=values.link_text, quick=QUICK_LINKS,
    reference="RFC 8288, Section 3", example_of=lambda: "https://authority.example/",
    shown='Link: <…>; rel="blocked-by"', anywhere=False,  # any other Link: LINKS's rule
)  # fmt: skip
CONTENT_RANGE: Final = PartialContentUnit(
    "content_range",
    "Content-Range",
    "a (start, end, total) tuple, a ContentRange or a header such as 'bytes 0-99/200'",
    values.content_range,
    values.render_content_range,
    values.content_range_text,
    reference=_rfc9110("14.4"),
    example_of=lambda: (0, 9, 100),
    needed_by=((206, "MUST"),),
    anywhere=False,  # any Content-Range string elsewhere: TOTAL_LENGTH's rule
)
TOTAL_LENGTH: Final = HeaderUnit(
    "total_length",
    "Content-Range",
    "an integer >= 0",
    values.total_length,
    "bytes */{}".format,
    values.content_range_text,
    quick=QUICK_UNSATISFIED,
    reference=_rfc9110("14.4"),
    example_of=lambda: 100,
    needed_by=((416, "SHOULD"),),
    shown="Content-Range: bytes */N",
)

ARGUMENT_UNITS: Final[Mapping[str, HeaderUnit]] = {
    unit.argument: unit for unit in tuple(globals().values()) if isinstance(unit, HeaderUnit)
}
"""Every header argument of the library's classes -> its unit: each unit declared above,
in the order declared. A unit is declared once, here; this table, `NEEDED`, `BY_HEADER`,
``HeaderOptions``' check, the generated overloads, the classes' ``Args:`` sections and the
classes guide's table are all read from it."""

NEEDED: Final[Mapping[int, tuple[HeaderUnit, Level]]] = {
    code: (unit, level) for unit in ARGUMENT_UNITS.values() for code, level in unit.needed_by
}
"""Derived from the units' `needed_by`: each status whose section of the
RFC asks for a header -> that header's unit and how strongly."""

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
(`Framing`): no value set later skips them. The header
store applies the rules; these units only mark the headers."""

BY_HEADER: Final[Mapping[str, HeaderUnit]] = {
    unit.key: unit for unit in ARGUMENT_UNITS.values() if unit.anywhere
}
"""The rule for each header this library knows, on any response: a value set later
is checked against it whatever the class (lower-case header name -> unit)."""


def retry_after_value(retry_after: values.RetryAfter) -> str:
    """Return the Retry-After header value for the given delay.

    Use with 408, 413, 429, 503, or 3xx responses when the client may retry
    later. Seconds (``int``, ``float`` rounded up, ``timedelta``) give
    delay-seconds; a ``datetime`` (UTC if naive) gives an IMF-fixdate.

    Examples:
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
