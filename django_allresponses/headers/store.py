"""Where values reach a response's head: the header store and the cookies.

Every way of giving a response a header (a header argument, ``headers=``,
``response[...] =``, ``response.headers[...] =``, ``setdefault``, Django's
``content_type=`` and ``charset=``) or a cookie (``set_cookie``,
``response.cookies[...]``) ends in one of the places below, so each value is checked
once, here, whatever its type and whichever door it came through. Building a response
(giving it this store, its status and its reason phrase) is the responses layer's:
`django_allresponses.responses.construction`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http.cookies import CookieError, Morsel
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

from django.http.cookie import SimpleCookie
from django.http.response import ResponseHeaders

from ..errors import HeaderValueError, describe
from ..rfc.statuses import Framing
from .values import field_name, field_text

if TYPE_CHECKING:
    from typing import ClassVar, Protocol

    from django.http.response import HttpResponseBase

    from .units import HeaderUnit

    class HeaderOwner(Protocol):
        """What the store asks of a response's class: the unit that checks each header it
        knows, by lower-case name (``StatusResponseMixin.header_units``). The store needs
        no more of the responses layer, which it does not import."""

        header_units: ClassVar[Mapping[str, HeaderUnit]]
        quick_sets: ClassVar[dict[str, QuickSet]]


def _direct_store_fits() -> bool:
    """Whether Django keeps headers as this library writes them straight in:
    ``_store[name.lower()] = (name, value)``. Checked once, against the Django in use."""
    probe = ResponseHeaders({"X-Probe": "1"})
    store = getattr(probe, "_store", None)
    return store == {"x-probe": ("X-Probe", "1")} and probe.get("X-PROBE") == "1"


DIRECT_STORE: Final = _direct_store_fits()
"""``True`` where checked header values go straight into Django's header store;
otherwise every value takes Django's own ``ResponseHeaders.__setitem__`` after
being checked, which costs a second conversion and nothing else."""

QuickSet: TypeAlias = tuple[str, str, "Callable[[str], object] | None"]
"""How a class takes a header name already set once, checked (`CheckedHeaders._set`): the
name as sent, its lower-case form, and the quick test of the unit that checks it
(``HeaderUnit.quick``), or ``None`` for a header no unit knows. Each class keeps its own
(``quick_sets``, name as given -> `QuickSet`), since the units differ between classes."""

QUICK_SETS_MAX: Final = 256
"""How many header names a class remembers (`QuickSet`); a name past them takes every check."""

_FRAMING: Final = frozenset({"content-length", "transfer-encoding"})


class CheckedHeaders(ResponseHeaders):
    """A response's headers, checked as they are set.

    Names must be tokens; values may hold no line break or control character
    (whatever their type); a header this library knows (``Retry-After``,
    ``Location``, ``Allow``, ``Content-Range``, …) is checked against its
    grammar and the rules of the response's class, and ``Content-Length`` /
    ``Transfer-Encoding`` against its status's framing rules.

    Examples:
        >>> from django_allresponses import HttpResponseTooManyRequests
        >>> response = HttpResponseTooManyRequests()
        >>> response["Retry-After"] = "-5"
        Traceback (most recent call last):
        ...
        django_allresponses.errors.HeaderValueError: HttpResponseTooManyRequests: Retry-After \
header '-5': it is not delay-seconds or an IMF-fixdate (RFC 9110, Section 10.2.3); give seconds \
>= 0 (int, float or timedelta) or a datetime
    """

    _owner: type[HeaderOwner]
    _response: Callable[[], HttpResponseBase | None] = staticmethod(lambda: None)
    """The response, for rules between a header and the body (206); ``None`` elsewhere."""

    def __setitem__(self, key: str, value: object) -> None:
        # A name this class has taken before (`QuickSet`), which Django's store can take as
        # it is. (``StatusResponseMixin.__setitem__`` repeats these lines for
        # ``response[key] = value``, to save a call.)
        known = self._owner.quick_sets.get(key)
        if known is not None and type(value) is str:
            name, lower, quick = known
            # The commonest value, taken as field_text() would take it, without the call:
            # ASCII, nothing to strip at either end (strip() returns the string itself),
            # printable; for a header a unit knows, in its grammar's commonest form with no
            # other rule of the class to apply, which its quick test tells whole.
            if (
                (value.isascii() and value.strip() is value and value.isprintable())
                if quick is None
                else quick(value)
            ):
                self._store[lower] = (name, value)
                return
        self._set(key, value)

    def _set(self, key: object, value: object) -> None:
        """Check and store any header: every check, whatever the name and the value."""
        name, lower = self._name(key)
        owner = self._owner
        unit: HeaderUnit | None = owner.header_units.get(lower)
        if lower in _FRAMING:
            text = self.check_value(owner, name, value)
            if not self._framing_keeps(name, text):
                return
        elif unit is not None:
            text = unit.header_for(owner, value, self._response())
        else:
            text = self.check_value(owner, name, value)
        if not text.isascii():
            text = self._convert_to_charset(text, "latin-1", mime_encode=True)
        if DIRECT_STORE:
            self._store[lower] = (name, text)
            quick = None if unit is None else unit.quick
            if type(key) is str and (unit is None or quick is not None):
                # A unit's pattern compiled on first use (`units.QuickPattern`) is kept
                # compiled, so that a set pays for the match alone.
                _remember(owner, key, (name, lower, getattr(quick, "compiled", quick)))
        else:
            ResponseHeaders.__setitem__(self, name, text)

    @staticmethod
    def check_value(owner: type[HeaderOwner], name: str, value: object) -> str:
        """``value`` as the text of header ``name`` on a response of class ``owner``.

        Examples:
            >>> from django_allresponses import HttpResponseOK
            >>> CheckedHeaders.check_value(HttpResponseOK, "Content-Type", b"text/plain")
            'text/plain'
        """
        try:
            return field_text(value)
        except ValueError as error:
            raise HeaderValueError(
                f"{owner.__name__}: {name} header {describe(value)}: {error}",
                response_class=owner.__name__,
                argument=name,
            ) from None

    def _name(self, key: object) -> tuple[str, str]:
        try:
            name = field_name(key)
        except ValueError:
            owner = self._owner.__name__
            raise HeaderValueError(
                f"{owner}: {describe(key)} is not a header field name (RFC 9110, Section 5.1)",
                response_class=owner,
                argument="headers",
            ) from None
        return name, name.lower()

    def _framing_keeps(self, name: str, text: str) -> bool:
        """Apply the status's framing rules (`Framing`).

        ``False`` for a value to leave out (the ``Content-Length: 0`` that Django's
        ``CommonMiddleware`` adds to every response); raises for one this status must
        not send.
        """
        facts = getattr(self._owner, "facts", None)
        framing = Framing.CONTENT if facts is None else facts.framing
        if framing is Framing.CONTENT:
            return True
        if name.lower() == "content-length":
            if text.strip() == "0":
                return framing is Framing.EMPTY
            if framing is Framing.SELECTED_LENGTH:
                return True
        owner = self._owner.__name__
        raise HeaderValueError(
            f"{owner}: a {name.title()} header of {text!r} is not allowed on a "
            f"{facts.code} ({facts.phrase}) response (RFC 9110, Section 8.6)",  # type: ignore[union-attr]
            response_class=owner,
            argument=name.title(),
        )

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("_response", None)  # a weak reference; the response restores it
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


def _remember(owner: type[HeaderOwner], key: str, known: QuickSet) -> None:
    """Keep ``key`` among the names ``owner`` takes quickly (`QuickSet`), in the class's own
    ``quick_sets`` (never one it inherits, whose units may differ)."""
    sets: dict[str, QuickSet] | None = owner.__dict__.get("quick_sets")
    if sets is None:
        sets = {}
        setattr(owner, "quick_sets", sets)  # noqa: B010
    if len(sets) < QUICK_SETS_MAX:
        sets[key] = known


class CheckedMorsel(Morsel[str]):
    """A cookie whose value and attributes may hold no line break or control character,
    on every Python version, whatever ``http.cookies`` itself checks.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> response = HttpResponseOK()
        >>> response.set_cookie("id", "1", path="/\\r\\nX: y")
        Traceback (most recent call last):
        ...
        django_allresponses.errors.HeaderValueError: HttpResponseOK: cookie 'id' attribute path \
'/\\r\\nX: y': a header value cannot contain a line break or a control character (U+000D)
    """

    owner: str = "HttpResponse"
    """The class of the response the cookie belongs to, named in error messages."""

    # Morsel names its parameters K and V; every caller passes them by position.
    def __setitem__(self, key: str, value: Any) -> None:  # pyrefly: ignore[bad-override-param-name]
        if type(value) is not bool and type(value) is not int:  # an int subclass may lie
            # While unpickling, attributes come back before the cookie's name.
            name = getattr(self, "_key", None)
            _check_cookie_text(self.owner, f"cookie {name!r} attribute {key}", value, key)
            if key.lower() == "samesite":
                check_samesite(self.owner, name, value)
        super().__setitem__(key, value)

    def set(self, key: str, val: str, coded_val: str) -> None:
        """Set the cookie's name and value, checked: no line break, a valid name."""
        # http.cookies would quote a line break; a cookie holding one is refused outright.
        _check_cookie_text(self.owner, f"cookie {key!r}", val, key)
        _check_cookie_text(self.owner, f"cookie {key!r}", coded_val, key)
        try:
            super().set(key, val, coded_val)
        except CookieError as error:
            raise HeaderValueError(
                f"{self.owner}: cookie name {describe(key)}: {error}",
                response_class=self.owner,
                argument="cookies",
            ) from None

    # Morsel.update takes one mapping; this one takes keywords too, as dict.update does.
    def update(self, values: Any = (), /, **more: Any) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]  # pyrefly: ignore[bad-override]
        """Set each attribute, checked as one set alone is."""
        for key, value in {**dict(values), **more}.items():
            self[key] = value


_SAMESITE: Final = frozenset({"lax", "none", "strict"})


def _check_cookie_text(owner: str, what: str, value: object, argument: str) -> None:
    try:
        field_text(value).encode("latin-1")  # servers send Set-Cookie as Latin-1
    except (ValueError, UnicodeEncodeError) as error:
        raise HeaderValueError(
            f"{owner}: {what} {describe(value)}: {error}",
            response_class=owner,
            argument=argument,
        ) from None


def check_samesite(owner: str, cookie: object, value: object) -> None:
    """A cookie's ``SameSite``: ``Lax``, ``None`` or ``Strict`` (any case), as Django asks.

    Examples:
        >>> check_samesite("HttpResponseOK", "id", "Lax")
    """
    if not isinstance(value, str) or value.lower() not in _SAMESITE:
        raise HeaderValueError(
            f"{owner}: cookie {cookie!r} attribute samesite {describe(value)}: "
            'give "Lax", "None" or "Strict"',
            response_class=owner,
            argument="samesite",
        )


class CheckedCookies(SimpleCookie):
    """A response's cookies: each one a `CheckedMorsel`.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> response = HttpResponseOK()
        >>> response.cookies["theme"] = "dark"
        >>> type(response.cookies["theme"]).__name__
        'CheckedMorsel'
    """

    owner: str = "HttpResponse"
    """The class of the response, named in error messages."""

    def __setitem__(self, key: str, value: Any) -> None:
        if isinstance(value, Morsel):
            checked = CheckedMorsel()
            checked.owner = self.owner
            plain = cast("Morsel[str]", value)
            checked.set(plain.key, plain.value, plain.coded_value)
            for attribute, setting in plain.items():
                if setting:
                    checked[attribute] = setting
            dict.__setitem__(self, key, checked)  # pyright: ignore[reportUnknownMemberType]
            return
        real, coded = self.value_encode(value)
        morsel = self.get(key)
        if not isinstance(morsel, CheckedMorsel):
            morsel = CheckedMorsel()
            morsel.owner = self.owner
        morsel.set(key, real, coded)
        dict.__setitem__(self, key, morsel)  # pyright: ignore[reportUnknownMemberType]
