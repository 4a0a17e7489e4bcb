"""Building a response: what Django's ``HttpResponse.__init__`` does, with this library's
checked header store and cookies in place from the start, and the reason phrase as sent.

The responses layer builds; the header store (`django_allresponses.headers.store`) keeps
and checks what is built.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Final, cast

from django.conf import settings
from django.http.cookie import SimpleCookie

from ..errors import HeaderValueError, describe
from ..headers.store import DIRECT_STORE, CheckedCookies, CheckedHeaders
from ..headers.units import name_of
from ..headers.values import field_text

if TYPE_CHECKING:
    from django.http.response import HttpResponse


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
