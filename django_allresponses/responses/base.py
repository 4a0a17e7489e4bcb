"""What every response class shares: a fixed status, its header units, a registry.

A class is a declaration: ``status_code``, a docstring, and the header units
it ``takes`` (its ``__init__`` passes each argument by the unit's name). Building a response
is one path, `StatusResponseMixin._respond`: Django's own ``__init__``,
then each unit's header into the checked store
(`CheckedHeaders`), then ``headers=``, then
the rules between a header and the body.
"""

from __future__ import annotations

import codecs
import functools
import inspect
from abc import abstractmethod
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Unpack, cast

from django.http import HttpResponse
from django.http.response import HttpResponseBase, ResponseHeaders

from ..errors import (
    ContentNotAllowedError,
    FixedStatusError,
    HeaderValueError,
    NoStatusError,
    ResponseValidationError,
    describe,
)
from ..headers import store as _store
from ..headers.units import BY_HEADER, CONTENT_RANGE, FRAMING_UNITS, HeaderUnit
from ..headers.values import field_text
from ..rfc.statuses import STATUSES, Framing, StatusFacts
from . import construction

HeadersInput = Mapping[str, str] | Iterable[tuple[str, str]] | None
"""Extra headers, as Django takes them: a mapping, or an iterable of (name, value) pairs."""


if TYPE_CHECKING:
    from typing_extensions import TypedDict
else:

    class TypedDict:
        """The option classes as the run time reads them: their keywords, inherited ones
        included, in ``__annotations__`` and ``__optional_keys__``. Checkers read them as
        closed TypedDicts (PEP 728, ``closed=True``: a keyword they do not list is an
        error in every checker); typing_extensions, which has them, is not imported at
        run time for this."""

        def __init_subclass__(cls, *, total: bool = True, closed: bool = False) -> None:
            keywords: dict[str, object] = {}
            for base in reversed(cls.__mro__[:-2]):  # the options, not this class or object
                keywords.update(inspect.get_annotations(base))
            cls.__annotations__ = keywords
            cls.__optional_keys__ = frozenset(keywords) if not total else frozenset()


_OWN_MODULES = "django_allresponses.responses."
"""The modules whose classes fill the registries: `StatusResponse`'s and the twins'."""


class DjangoKeywords(TypedDict, total=False):
    """Django's keywords of ``HttpResponse``: the open base of the option classes."""

    content_type: str | None
    """The ``Content-Type`` (Django's default: ``text/html; charset=…``)."""
    charset: str | None
    """The charset the content is encoded in."""
    headers: HeadersInput
    """Extra headers: a mapping or (name, value) pairs, each checked."""
    reason: str | None
    """The reason phrase, instead of RFC 9110's."""


class ContentOptions(DjangoKeywords, total=False, closed=True):
    """Django's keywords of ``HttpResponse``, which every class with content takes, and no
    other (``status=``, ``preserve_request=`` and misspelt keywords are type errors)."""


class BodilessOptions(TypedDict, total=False, closed=True):
    """Django's keywords that a status without content takes: no ``content_type`` or
    ``charset``, since it sends neither."""

    headers: HeadersInput
    """Extra headers: a mapping or (name, value) pairs, each checked."""
    reason: str | None
    """The reason phrase, instead of RFC 9110's."""


if TYPE_CHECKING:
    from abc import ABCMeta as _AbstractToCheckers
    from typing import NoReturn

    from typing_extensions import deprecated

    from ..headers.values import (
        Challenges,
        ContentRangeInput,
        Links,
        PermittedMethods,
        Protocols,
        RetryAfter,
        StrOrPromise,
    )
else:
    _AbstractToCheckers = type


class HeaderOptions(TypedDict, total=False):
    """The header arguments of the HTTP classes and their JSON twins alike: what a class
    looked up with a code that is not a literal may take. Each class checks its own at
    run time."""

    location: StrOrPromise | None
    content_location: StrOrPromise | None
    redirect_to: StrOrPromise
    retry_after: RetryAfter | None
    content_range: ContentRangeInput | None
    permitted_methods: PermittedMethods
    www_authenticate: Challenges | None
    proxy_authenticate: Challenges | None
    upgrade: Protocols
    total_length: int | None
    blocked_by: StrOrPromise | None


class AnyContentOptions(HeaderOptions, DjangoKeywords, total=False, closed=True):
    """The keywords of any ``HttpResponse…`` class: ``content``, the header arguments
    (with 201's ``created_document`` and 103's ``links``, which have no JSON twin's
    counterpart) and Django's keywords (never ``status``)."""

    content: object
    created_document: object
    links: Links | None


KEYWORD_DEFAULTS: dict[str, object] = {}
"""Defaults of Django's keywords other than ``None``, as ``inspect.signature()`` shows them."""


class StatusResponseMixin:
    """The behaviour every class of this library shares, HTTP and JSON alike.

    * the status is fixed: ``status=`` and ``preserve_request=`` are refused, and so
      is a new ``status_code`` on a response;
    * header values are checked when the response is built and whenever they are
      set later, in the store they all pass through;
    * each class with a ``status_code`` registers itself for `response_class`
      (the first class of each code: a subclass never takes over).
    """

    status_code: int
    headers: ResponseHeaders
    facts: ClassVar[StatusFacts]
    registry: ClassVar[dict[int, type[Any]]]
    takes: ClassVar[tuple[HeaderUnit, ...]] = ()
    """The header units of the class's header arguments, applied in this order."""
    header_units: ClassVar[Mapping[str, HeaderUnit]] = BY_HEADER
    """Lower-case header name -> the unit that checks a value set later."""
    quick_sets: ClassVar[dict[str, _store.QuickSet]] = {}
    """The header names this class has taken once, checked, and takes quickly since
    (`django_allresponses.headers.store.QuickSet`): each class has its own."""
    _rules: ClassVar[tuple[HeaderUnit, ...]] = ()
    _units_of: ClassVar[tuple[HeaderUnit, ...]] = ()
    """The ``takes`` that ``header_units`` and ``_rules`` were built from."""
    _keywords: ClassVar[frozenset[str]] = frozenset(ContentOptions.__annotations__)
    default_content_type: ClassVar[str | None] = None
    """The ``Content-Type`` when none is given (``None``: Django's ``text/html``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.quick_sets = {}  # never a base's: its units may differ
        if cls.takes is not cls._units_of:  # declared here, or by a behaviour it takes
            cls._units_of = cls.takes
            cls.header_units = {**BY_HEADER, **{unit.key: unit for unit in cls.takes}}
            cls._rules = tuple(
                unit for unit in cls.takes if type(unit).after is not HeaderUnit.after
            )
        init = cls.__dict__.get("__init__")
        if init is not None:
            _show_keywords(init)
        code = cls.__dict__.get("status_code")
        if isinstance(code, int):
            if code not in STATUSES:
                raise ResponseValidationError(
                    f"{cls.__name__}: {code} is not an assigned HTTP status code",
                    response_class=cls.__name__,
                    argument="status_code",
                )
            cls.facts = STATUSES[code]
            if cls.facts.framing is not Framing.CONTENT:
                cls.header_units = {**cls.header_units, **FRAMING_UNITS}
            cls.status_code = construction.FixedStatus(code)  # type: ignore[assignment]
            if cls.__module__.startswith(_OWN_MODULES):
                # This library's classes only: a subclass defined elsewhere, before
                # the classes are loaded on first use, must not take a code's place.
                cls.registry.setdefault(code, cls)

    @property
    def reason_phrase(self) -> str:
        """The reason phrase sent: ``reason=`` if given, else RFC 9110's phrase.

        Django takes phrases from the standard library, which still has older
        ones for some codes (413 "Request Entity Too Large").
        """
        reason: str | None = self.__dict__["_reason_phrase"]
        return self.facts.phrase if reason is None else reason

    @reason_phrase.setter
    def reason_phrase(self, value: str) -> None:
        self._reason_phrase = construction.reason_text(type(self), value)

    def make_bytes(self, value: object) -> bytes:
        """Django's ``make_bytes`` (content, ``write()``, each chunk of an iterable), with
        what it cannot turn into bytes refused as this library's error naming ``content``:
        text the charset cannot encode (a lone surrogate) and an int longer than Python
        writes out (4,300 digits), where Django raises ``UnicodeEncodeError`` or
        ``ValueError``.

        Examples:
            >>> from django_allresponses import HttpResponseOK
            >>> response = HttpResponseOK()
            >>> response.write("\\ud800")
            Traceback (most recent call last):
            ...
            django_allresponses.errors.ResponseValidationError: HttpResponseOK: \
content='\\ud800' cannot be encoded in the charset 'utf-8': surrogates not allowed at \
position 0; give bytes, or a charset that can encode it
        """
        # Django's own steps (HttpResponseBase.make_bytes), inline: one call per chunk.
        if isinstance(value, bytes):
            return bytes(value)
        if isinstance(value, memoryview):
            return value.tobytes()
        try:
            if isinstance(value, str):
                return bytes(value.encode(self.charset))  # type: ignore[attr-defined]
            return str(value).encode(self.charset)  # type: ignore[attr-defined]
        except UnicodeEncodeError as error:
            raise _unencodable(type(self), value, self.charset, error) from error  # type: ignore[attr-defined]
        except ValueError as error:  # an int of more than 4,300 digits, a str() that raises
            if isinstance(error, ResponseValidationError):
                raise
            owner = type(self).__name__
            raise ResponseValidationError(
                f"{owner}: content={describe(value)} cannot be written out as text: {error}; "
                "give str or bytes",
                response_class=owner,
                argument="content",
            ) from error

    def set_cookie(
        self,
        key: str,
        value: str = "",
        max_age: int | timedelta | None = None,
        expires: str | datetime | None = None,
        path: str = "/",
        domain: str | None = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: Literal["Lax", "Strict", "None", False] | None = None,
    ) -> None:
        """Django's ``set_cookie``; every value is checked where cookies are kept
        (`CheckedCookies`), and what Django refuses
        (an unknown ``samesite``, ``expires`` with ``max_age``) is this library's error.

        Examples:
            >>> from django_allresponses import HttpResponseOK
            >>> response = HttpResponseOK()
            >>> response.set_cookie("theme", "dark", samesite="Lax")
            >>> response.cookies["theme"]["samesite"]
            'Lax'
        """
        if samesite:
            _store.check_samesite(type(self).__name__, key, samesite)
        cookies: Any = self.__dict__["cookies"]
        before = cookies.get(key)
        try:
            HttpResponseBase.set_cookie(
                self,  # type: ignore[arg-type]
                key,
                value,
                max_age,
                expires,
                path,
                domain,
                secure,
                httponly,
                samesite or None,
            )
        except ValueError as error:
            # Django sets the cookie before its attributes: a refused one is not half set.
            if before is None:
                cookies.pop(key, None)
            else:
                cookies[key] = before
            if isinstance(error, ResponseValidationError):
                raise
            owner = type(self).__name__
            raise HeaderValueError(
                f"{owner}: cookie {describe(key)}: {error}",
                response_class=owner,
                argument="cookies",
            ) from None

    def __setitem__(self, header: str, value: object) -> None:
        """``response[header] = value``: what Django's does (``self.headers[header] =
        value``), with the store's quick path for the commonest sets taken here whole.

        Middleware sets headers this way on every response, and the call saved is a third
        of a quick set. Every other set takes the store (`CheckedHeaders`), which checks it.

        Examples:
            >>> from django_allresponses import HttpResponseCreated
            >>> response = HttpResponseCreated(location="/items/1")
            >>> response["Location"] = "/items/2"
            >>> response["Location"]
            '/items/2'
        """
        known = type(self).quick_sets.get(header)
        if known is not None and type(value) is str:
            name, lower, quick = known
            # As `CheckedHeaders.__setitem__` takes it: see there.
            if (
                (value.isascii() and value.strip() is value and value.isprintable())
                if quick is None
                else quick(value)
            ):
                try:
                    self.headers._store[lower] = (name, value)  # pyright: ignore[reportPrivateUsage]
                except AttributeError:  # headers replaced by a mapping without Django's store
                    pass
                else:
                    return
        # Any value: the store (`CheckedHeaders`) checks it, and refuses what it cannot send.
        self.headers[header] = cast("str | bytes | int", value)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if "headers" in state and "cookies" in state:
            construction.adopt(self, bool(type(self)._rules))  # type: ignore[arg-type]

    def _respond(
        self,
        content: object,
        options: Mapping[str, Any],
        media_type: str | None = None,
        /,
        **arguments: object,
    ) -> None:
        """Build the response: Django's ``HttpResponse.__init__``, then the header
        arguments (``arguments``, one by name for each unit in ``takes``), ``headers=``,
        and the rules.
        ``media_type`` is the ``Content-Type`` when ``content_type=`` is not given
        (default: the class's ``default_content_type``).

        Django's keywords go positionally, in ``HttpResponseBase``'s order
        (content_type, status, reason, charset, headers): keywords would be packed into
        a dict twice on the way, which costs about as much as validating a header.
        """
        cls = type(self)
        if type(content) is bytearray:
            content = bytes(content)  # Django would send the digits of each byte
        elif type(content) is dict:
            raise _dict_refused(cls)
        if options:
            content_type, charset, headers, reason = _read_options(cls, options)
            if content_type is None:
                content_type = media_type or cls.default_content_type
        else:
            content_type = media_type or cls.default_content_type
            charset = headers = reason = None
        response: Any = self
        try:
            if construction.QUICK_START:
                linked = bool(cls._rules)
                checked = construction.start(
                    response, content, content_type, reason, charset, linked
                )
            else:
                HttpResponse.__init__(response, content, content_type, None, reason, charset)
                checked = construction.adopt(response, bool(cls._rules))
        except UnicodeEncodeError as error:  # Django encodes str content in the charset
            if isinstance(content_type, str) and error.object == content_type:
                raise ResponseValidationError(
                    f"{cls.__name__}: invalid content_type={describe(content_type)}: "
                    f"{error.reason} at position {error.start}; give a media type such as "
                    "'application/json' or 'text/plain; charset=utf-8'",
                    response_class=cls.__name__,
                    argument="content_type",
                ) from error
            raise _unencodable(cls, content, response.charset, error) from error
        takes = cls.takes
        if takes or arguments:
            if len(arguments) != len(takes):
                raise _arguments_mismatch(cls, arguments)
            store: dict[str, tuple[str, str]] = checked._store if _store.DIRECT_STORE else {}
            for unit in takes:
                try:
                    value = arguments[unit.argument]
                except KeyError:
                    raise _arguments_mismatch(cls, arguments) from None
                if value is None:
                    if unit.required:
                        raise ResponseValidationError(
                            f"{cls.__name__}: {unit.argument}=None: this argument is required; "
                            f"give {unit.expected}",
                            response_class=cls.__name__,
                            argument=unit.argument,
                        )
                    continue
                unit.apply(cls, store, value)
            if not _store.DIRECT_STORE:
                for name, text in store.values():
                    checked[name] = text
        if headers:
            construction.add_headers(
                self,  # type: ignore[arg-type]
                headers,
                {unit.key: unit.header for unit in takes if arguments[unit.argument] is not None},
            )
        for unit in cls._rules:
            unit.after(self, arguments[unit.argument])  # type: ignore[arg-type]


def _arguments_mismatch(
    cls: type[StatusResponseMixin], arguments: Mapping[str, object]
) -> TypeError:
    """A class whose ``__init__`` passes other header arguments than its units': a fault
    of the class's declaration, named as such."""
    wanted = sorted(unit.argument for unit in cls.takes)
    return TypeError(
        f"{cls.__name__}: its __init__ passes the header arguments {sorted(arguments)} but "
        f"its units take {wanted}"
    )


def _read_options(
    cls: type[StatusResponseMixin], options: Mapping[str, Any]
) -> tuple[str | None, str | None, Any, str | None]:
    """Django's keywords, checked: only those the class takes; never ``status=``."""
    if not options.keys() <= cls._keywords:  # pyright: ignore[reportPrivateUsage]
        _refuse_keywords(cls, options)
    charset = options.get("charset")
    if charset is not None:
        try:
            # Kept as the text checked: Django encodes with it and writes it in Content-Type.
            charset = field_text(charset)
            codecs.lookup(charset)
        except (LookupError, TypeError, ValueError):
            raise ResponseValidationError(
                f"{cls.__name__}: charset={describe(charset)}: it is not a codec Python "
                "knows; give a charset such as 'utf-8'",
                response_class=cls.__name__,
                argument="charset",
            ) from None
    content_type = options.get("content_type")
    if content_type is not None:
        try:
            content_type = field_text(content_type)
        except ValueError as error:
            raise HeaderValueError(
                f"{cls.__name__}: content_type={describe(content_type)}: {error}",
                response_class=cls.__name__,
                argument="content_type",
            ) from None
    headers = options.get("headers")
    if content_type is not None and headers:
        for name, _value in _unpack(headers):
            if isinstance(name, str) and name.lower() == "content-type":
                raise ResponseValidationError(
                    f"{cls.__name__}: give the Content-Type as content_type= or in headers=, "
                    "not both",
                    response_class=cls.__name__,
                    argument="headers",
                )
    return content_type, charset, headers, construction.reason_text(cls, options.get("reason"))


def _unpack(headers: Any) -> list[tuple[object, object]]:
    return list(_store.ResponseHeaders._unpack_items(headers))  # type: ignore[attr-defined]


def _refuse_keywords(cls: type[StatusResponseMixin], options: Mapping[str, Any]) -> None:
    unknown = sorted(options.keys() - cls._keywords)  # pyright: ignore[reportPrivateUsage]
    fixed = [name for name in unknown if name in ("status", "preserve_request")]
    if fixed:
        facts = cls.facts
        raise FixedStatusError(
            f"{cls.__name__} always sends {facts.code} {facts.phrase}; it takes no "
            f"{fixed[0]!r} argument. Use response_class(code) for the class of another status.",
            response_class=cls.__name__,
            argument=fixed[0],
        )
    if "content" in unknown and not cls.facts.allows_content:
        raise _content_refused(cls, options["content"])
    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {unknown[0]!r}")


def _unencodable(
    cls: type, content: object, charset: str, error: UnicodeEncodeError
) -> ResponseValidationError:
    """Text content the response's charset cannot encode (a lone surrogate, or a character
    outside a charset such as Latin-1)."""
    return ResponseValidationError(
        f"{cls.__name__}: content={describe(content)} cannot be encoded in the charset "
        f"{charset!r}: {error.reason} at position {error.start}; give bytes, or "
        "a charset that can encode it",
        response_class=cls.__name__,
        argument="content",
    )


def _dict_refused(cls: type[StatusResponseMixin]) -> ResponseValidationError:
    """A dict given as the content of an ``HttpResponse…`` class: Django would send its
    keys run together. The message names the JSON twin."""
    # Every status that allows content has its JSON twin, named after the HTTP class's status.
    instead = f"use JsonResponse{cls.facts.name} for JSON"
    return ResponseValidationError(
        f"{cls.__name__}: content is a dict, which Django would send as its keys run "
        f"together; give str or bytes, or {instead}",
        response_class=cls.__name__,
        argument="content",
    )


def _content_refused(cls: type[StatusResponseMixin], content: object) -> ContentNotAllowedError:
    facts = cls.facts
    return ContentNotAllowedError(
        f"{cls.__name__}: {facts.code} ({facts.phrase}) forbids content "
        f"({facts.reference}); got content={describe(content)}",
        response_class=cls.__name__,
        argument="content",
    )


def _show_keywords(init: Any) -> None:
    """Let ``inspect.signature()`` list Django's keywords by name, as type checkers do
    for ``**options: Unpack[...]`` (PEP 692)."""
    signature = inspect.signature(init)
    parameters = list(signature.parameters.values())
    if not parameters or parameters[-1].kind is not inspect.Parameter.VAR_KEYWORD:
        return
    annotation = str(parameters[-1].annotation)
    if not annotation.startswith("Unpack["):
        return
    # A bodiless class's ``content: None`` is there only to refuse content with a clear
    # error; to a reader, such a class takes no content at all.
    kept = [
        parameter
        for parameter in parameters[:-1]
        if not (parameter.name == "content" and parameter.annotation == "None")
    ]
    name = annotation[len("Unpack[") : -1]
    options = init.__globals__.get(name) or globals()[name]  # the TypedDict, by its name
    init.__signature__ = inspect.Signature(
        [*kept, *_keywords_of(options)],
        return_annotation=signature.return_annotation,
        __validate_parameters__=False,  # the function's own, then keyword-only ones
    )


@functools.cache
def _keywords_of(options: Any) -> tuple[inspect.Parameter, ...]:
    """The keyword-only parameters of a TypedDict of Django's keywords, built once."""
    return tuple(
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            default=KEYWORD_DEFAULTS.get(name),
            annotation=getattr(hint, "__forward_arg__", hint),
        )
        for name, hint in options.__annotations__.items()
    )


class StatusResponse(StatusResponseMixin, HttpResponse, metaclass=_AbstractToCheckers):
    """Base of every ``HttpResponse…`` class in this library.

    ``StatusResponse.registry`` maps each status code to its class (this library's:
    a subclass of a project's own is never registered). The base itself has no
    status: build one of its classes (or look it up with `response_class`).

    Examples:
        >>> from django_allresponses import HttpResponseNotFound
        >>> isinstance(HttpResponseNotFound(), StatusResponse)
        True
        >>> StatusResponse.registry[404] is HttpResponseNotFound
        True
    """

    registry: ClassVar[dict[int, type[Any]]] = {}

    if TYPE_CHECKING:
        # Abstract to checkers: StatusResponse(...) is refused, and a class looked up
        # with a code that is not a literal (type[StatusResponse]) takes any class's
        # arguments, but never status=.
        @abstractmethod
        def __init__(self, *args: object, **options: Unpack[AnyContentOptions]) -> None: ...
    else:

        def __init__(self, content: object = b"", **options: Any) -> None:
            raise NoStatusError(
                f"{type(self).__name__} has no status of its own; build one of its classes, "
                "such as HttpResponseOK, or the class of response_class(code)",
                response_class=type(self).__name__,
            )


class ContentResponse(StatusResponse):
    """A status with content and no header argument.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> HttpResponseOK("<p>Saved.</p>", content_type="text/html").content
        b'<p>Saved.</p>'
    """

    def __init__(self, content: object = b"", **options: Unpack[ContentOptions]) -> None:
        self._respond(content, options)


class BodilessResponse(StatusResponse):
    """A status that forbids content: 1xx, 204, 205 and 304 (RFC 9110, Section 6.4.1).

    Content is refused at construction, on ``.content = …``, ``write()`` and
    ``writelines()``; no ``Content-Type`` is sent; the framing headers follow
    the status's facts (`Framing`).

    Examples:
        >>> from django_allresponses import HttpResponseNoContent
        >>> HttpResponseNoContent().has_header("Content-Type")
        False
    """

    _keywords: ClassVar[frozenset[str]] = frozenset(BodilessOptions.__annotations__)

    def __init__(self, content: None = None, /, **options: Unpack[BodilessOptions]) -> None:
        self._respond(content, options)

    def _respond(
        self,
        content: object,
        options: Mapping[str, Any],
        media_type: str | None = None,
        /,
        **arguments: object,
    ) -> None:
        if content is not None:
            raise _content_refused(type(self), content)
        super()._respond(b"", options, **arguments)
        self.content = b""  # what this class's content setter keeps: no content at all
        store = self.headers
        if _store.DIRECT_STORE:
            del store._store["content-type"]
        else:
            del store["Content-Type"]
        if self.facts.framing is Framing.EMPTY:
            # RFC 9110, Section 15.3.6: a 205 indicates zero-length content.
            store["Content-Length"] = "0"

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

    if TYPE_CHECKING:
        # Deprecated to checkers, so that editors strike a call through and checkers
        # that report deprecation reject it; at run time it raises.

        @deprecated("This status forbids content: write() raises ContentNotAllowedError")
        def write(self, content: str | bytes) -> NoReturn:
            """Refused: this status forbids content (`ContentNotAllowedError`)."""
            ...

        @deprecated("This status forbids content: writelines() raises ContentNotAllowedError")
        def writelines(self, lines: Iterable[object]) -> NoReturn:
            """Refused: this status forbids content (`ContentNotAllowedError`)."""
            ...
    else:

        def write(self, content: str | bytes) -> None:
            """Refused: this status forbids content."""
            raise self._refuse("write")

        def writelines(self, lines: Iterable[object]) -> None:
            """Refused: this status forbids content."""
            raise self._refuse("write")


class PartialBody(HttpResponseBase):
    """206's body rule on content replaced later: one byte range, as long as the range.

    Examples:
        >>> from django_allresponses import HttpResponsePartialContent
        >>> response = HttpResponsePartialContent(b"abc", content_range=(0, 2, 10))
        >>> response.content = b"abcd"
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: HttpResponsePartialContent: \
content is 4 bytes but Content-Range 'bytes 0-2/10' covers 3 (bytes 0-2)
    """

    @property
    def content(self) -> bytes:  # pyright: ignore[reportIncompatibleVariableOverride]
        """The body: a single byte range's bytes, or a ``multipart/byteranges`` body."""
        return HttpResponse.content.fget(self)  # type: ignore[attr-defined, no-any-return]

    @content.setter
    def content(self, value: object) -> None:
        HttpResponse.content.fset(self, value)  # type: ignore[attr-defined]
        header = self.headers.get(CONTENT_RANGE.header)
        # Emptied content is what a HEAD response carries (Django's test client and
        # conditional_content_removal() empty it): the range still describes the GET.
        if header is not None and self.__dict__.get("_container") != [b""]:
            unit: HeaderUnit = getattr(type(self), "header_units")[CONTENT_RANGE.key]  # noqa: B009
            unit.header_for(type(self), header, self)

    def has_header(self, header: str) -> bool:
        """Whether ``header`` is set; ``Content-Encoding`` counts as decided (no coding).

        ``Content-Range`` counts bytes of the representation as sent (RFC 9110,
        Section 14.1.2): a range compressed afterwards would count bytes of a gzip
        representation never made. Django's ``GZipMiddleware`` asks this before it
        compresses, so the range goes out as it is (nginx's gzip leaves a 206 alone too).
        ``"Content-Encoding" in response`` still tells whether the field is set.

        Examples:
            >>> from django_allresponses import HttpResponsePartialContent
            >>> response = HttpResponsePartialContent(b"abc", content_range=(0, 2, 10))
            >>> response.has_header("Content-Encoding"), "Content-Encoding" in response
            (True, False)
        """
        return header.lower() == "content-encoding" or super().has_header(header)
