"""Building a response: what Django's ``HttpResponse.__init__`` does, with this library's
checked header store and cookies in place from the start (`start`, or `adopt` after
Django's own ``__init__``), the header arguments and ``headers=`` (`add_headers`), the
reason phrase as sent (`reason_text`) and the fixed status (`FixedStatus`).

The responses layer builds; the header store (`django_allresponses.headers.store`) keeps
and checks what is built, and knows nothing of the responses layer.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, cast

from django.conf import settings
from django.http.cookie import SimpleCookie
from django.http.response import ResponseHeaders

from ..errors import FixedStatusError, HeaderValueError, ResponseValidationError, describe
from ..headers.store import DIRECT_STORE, CheckedCookies, CheckedHeaders
from ..headers.units import name_of
from ..headers.values import field_text
from ..rfc.statuses import StatusFacts

if TYPE_CHECKING:
    from django.http.response import HttpResponse, HttpResponseBase


_NO_CHARSET: Final = frozenset({"application/json", "application/problem+json"})
"""The JSON twins' content types, which name no charset."""

_DJANGO_STATE: Final = frozenset(
    {"headers", "_charset", "_resource_closers", "_handler_class", "cookies", "closed",
     "_reason_phrase", "_container"}
)  # fmt: skip
"""What Django's ``HttpResponse.__init__`` sets on a response, as `start` sets it."""


def _start_fits() -> bool:
    """Whether Django's ``HttpResponse.__init__`` still sets exactly what `start`
    sets, as it does in Django 5.2 to 6.1. Checked once, against the Django in use."""
    from django.http import HttpResponse

    plain = HttpResponse(b"x", content_type="text/plain", reason="Fine", charset="utf-8")
    state = plain.__dict__
    text = HttpResponse("\xe9", content_type="application/json", charset="latin-1").__dict__
    return (
        DIRECT_STORE
        and frozenset(state) == _DJANGO_STATE
        and state["headers"]._store == {"content-type": ("Content-Type", "text/plain")}
        and state["_charset"] == "utf-8"
        and state["_resource_closers"] == []
        and state["_handler_class"] is None
        and type(state["cookies"]) is SimpleCookie
        and not state["cookies"]
        and state["closed"] is False
        and state["_reason_phrase"] == "Fine"
        and state["_container"] == [b"x"]
        and frozenset(text) == _DJANGO_STATE
        and text["_container"] == [b"\xe9"]
    )


QUICK_START: Final = _start_fits()
"""``True`` where `start` builds a response's state directly, as Django's own
``__init__`` would, with the checked header store and cookies in place from the start;
otherwise responses take Django's ``__init__`` and are adopted afterwards
(`adopt`). Either way the response is the same (the test suite checks both)."""


def start(
    response: HttpResponse,
    content: object,
    content_type: str | None,
    reason: str | None,
    charset: str | None,
    linked: bool,
) -> CheckedHeaders:
    """What ``HttpResponse.__init__`` does, with this library's checked header store and
    cookies from the start: ``content_type``, ``reason`` and ``charset`` are checked.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> HttpResponseOK("hi", content_type="text/plain")["Content-Type"]
        'text/plain'
    """
    owner = type(response)
    state = response.__dict__
    headers = CheckedHeaders.__new__(CheckedHeaders)
    store: dict[str, tuple[str, str]] = {}
    headers.__dict__.update(_store=store, _owner=owner)
    if linked:
        headers.__dict__["_response"] = weakref.ref(response)
    state["headers"] = headers
    state["_charset"] = charset
    if content_type is None:
        # What Django's ``charset`` property answers while there is no Content-Type yet.
        encoding: str | None = settings.DEFAULT_CHARSET if charset is None else charset
        content_type = f"text/html; charset={encoding}"
    elif charset is None:
        # A content type known to name no charset: Django encodes text in DEFAULT_CHARSET.
        encoding = settings.DEFAULT_CHARSET if content_type in _NO_CHARSET else None
    else:
        encoding = charset
    if content_type.isascii():
        store["content-type"] = ("Content-Type", content_type)
    else:
        headers["Content-Type"] = content_type  # MIME-encoded as Django encodes it
    state["_resource_closers"] = []
    state["_handler_class"] = None
    cookies = CheckedCookies()
    cookies.__dict__["owner"] = owner.__name__
    state["cookies"] = cookies
    state["closed"] = False
    state["_reason_phrase"] = reason
    # Django's content setter, for the commonest content: bytes are kept, text encoded in
    # the charset the response states. Anything else takes the setter itself.
    kind = type(content)
    built: list[bytes]
    if kind is bytes:
        state["_container"] = built = [cast(bytes, content)]
    elif kind is str and encoding is not None:
        state["_container"] = built = [cast(str, content).encode(encoding)]
    else:
        response.content = content
        built = state["_container"]
    # The container as built (always one chunk), so that the checks can tell it from
    # content set or written later.
    headers.__dict__["built_content"] = built
    return headers


def reason_text(owner: type | str, value: object) -> str | None:
    """A reason phrase as sent (RFC 9110, Section 4): text that ends the status line, so
    no line break or control character, and Latin-1 as servers encode it. Bytes are
    refused: Django would send their repr (``200 b'OK'``).

    Examples:
        >>> reason_text("HttpResponseOK", "Fine")
        'Fine'
        >>> reason_text("HttpResponseOK", b"Fine")
        Traceback (most recent call last):
        ...
        django_allresponses.errors.HeaderValueError: HttpResponseOK: reason=b'Fine': a reason \
phrase is text, not bytes, which Django would send as their repr; give a str
    """
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        # Django writes the status line with "%s": bytes would go out as their repr, b'OK'.
        owner = name_of(owner)
        raise HeaderValueError(
            f"{owner}: reason={describe(value)}: a reason phrase is text, not bytes, which "
            "Django would send as their repr; give a str",
            response_class=owner,
            argument="reason",
        )
    try:
        text = field_text(value)
        text.encode("latin-1")
    except (ValueError, UnicodeEncodeError) as error:
        owner = name_of(owner)
        reason = (
            "a reason phrase is Latin-1 text"
            if isinstance(error, UnicodeEncodeError)
            else str(error).replace("header value", "reason phrase")
        )
        raise HeaderValueError(
            f"{owner}: reason={describe(value)}: {reason}",
            response_class=owner,
            argument="reason",
        ) from None
    return text


def adopt(response: HttpResponseBase, linked: bool) -> CheckedHeaders:
    """Make the header store and the cookies Django gave ``response`` this library's
    checked ones (``linked``: the store knows the response, for rules with the body).

    Django builds both in ``HttpResponseBase.__init__``; giving them their checked class
    afterwards keeps construction as fast as Django's while every later change is checked.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> type(HttpResponseOK().headers).__name__, type(HttpResponseOK().cookies).__name__
        ('CheckedHeaders', 'CheckedCookies')
    """
    state: dict[str, Any] = response.__dict__
    headers: Any = state["headers"]
    if type(headers) is not CheckedHeaders:
        if type(headers) is not ResponseHeaders:  # not what Django builds: copy it, checked
            plain = headers
            headers = ResponseHeaders({})
            headers.__class__ = CheckedHeaders
            headers.__dict__["_owner"] = type(response)
            for name, value in ResponseHeaders._unpack_items(plain):  # type: ignore[attr-defined]
                headers[name] = value
            state["headers"] = headers
        headers.__class__ = CheckedHeaders
    headers.__dict__["_owner"] = type(response)
    if linked:
        headers.__dict__["_response"] = weakref.ref(response)
    cookies: Any = state["cookies"]
    if type(cookies) is not CheckedCookies:
        if type(cookies) is not SimpleCookie:
            copied = CheckedCookies()
            for key, morsel in dict(cookies).items():
                copied[key] = morsel
            state["cookies"] = cookies = copied
        cookies.__class__ = CheckedCookies
    cookies.__dict__["owner"] = type(response).__name__
    return cast(CheckedHeaders, headers)


class FixedStatus:
    """A class's ``status_code``: read as the class's code, refused when changed.

    Examples:
        >>> from django_allresponses import HttpResponseNoContent
        >>> response = HttpResponseNoContent()
        >>> response.status_code = 200
        Traceback (most recent call last):
        ...
        django_allresponses.errors.FixedStatusError: HttpResponseNoContent always sends \
204 No Content; its status_code cannot become 200. Use response_class(200) for that status.
    """

    __slots__ = ("code",)

    def __init__(self, code: int) -> None:
        self.code: int = code

    def __get__(self, response: object, owner: type | None = None) -> int:
        return self.code

    def __set__(self, response: HttpResponseBase, value: object) -> None:
        if value == self.code and type(value) is int:
            return
        owner = type(response)
        facts: StatusFacts = getattr(owner, "facts")  # noqa: B009
        raise FixedStatusError(
            f"{owner.__name__} always sends {facts.code} {facts.phrase}; its status_code "
            f"cannot become {describe(value)}. Use response_class({describe(value)}) for that "
            "status.",
            response_class=owner.__name__,
            argument="status_code",
        )


def add_headers(
    response: HttpResponseBase,
    headers: Mapping[str, object] | Any,
    set_by_arguments: Mapping[str, str],
) -> None:
    """Add ``headers=`` to a response, each checked by the store; a header that an argument
    set too is an error.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> response = HttpResponseOK()
        >>> add_headers(response, [("X-A", "1")], {})
        >>> response["X-A"]
        '1'
    """
    store = response.headers
    for name, value in ResponseHeaders._unpack_items(headers):  # type: ignore[attr-defined]
        if isinstance(name, str) and name.lower() in set_by_arguments:
            owner = type(response).__name__
            raise ResponseValidationError(
                f"{owner}: the {set_by_arguments[name.lower()]} header is set by an argument; "
                "do not also pass it in "
                "headers=",
                response_class=owner,
                argument="headers",
            )
        store[name] = value
