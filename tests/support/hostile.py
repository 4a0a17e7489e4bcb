"""Hostile values for the hardening tests: line breaks, in every form Python lets a user pass.

A value reaches a response as a ``str``, ``bytes``, a lazy string
(``django.utils.functional.lazy``, ``gettext_lazy``), an ``int``, or a subclass
of those with odd methods. :func:`forms` gives every form of one text that
can carry it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from django.http import HttpResponseBase
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy

from django_allresponses import ResponseValidationError

BREAKS = {
    "CR": "\r",
    "LF": "\n",
    "CRLF": "\r\n",
    "NUL": "\x00",
    "VT": "\x0b",
    "FF": "\x0c",
    "NEL": "\x85",
    "LS": "\u2028",
    "PS": "\u2029",
}
"""Every character that breaks or folds a line somewhere: in HTTP/1.1 (CR, LF), in C
strings (NUL), or in ``str.splitlines`` and the e-mail header folding Django uses for
non-ASCII values (VT, FF, NEL, U+2028, U+2029)."""

CR_LF_NUL = {name: BREAKS[name] for name in ("CR", "LF", "CRLF", "NUL")}
"""The breaks that split a head outright: those the cookie tests try."""


class LyingStr(str):
    """A ``str`` whose ``in`` says no: ``"\\n" in value`` is ``False`` whatever it holds."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        return False


class LyingFindStr(str):
    """A ``str`` whose ``find`` and ``count`` find nothing, and whose ``in`` lies."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        return False

    def find(self, *args: object) -> int:  # type: ignore[override]
        return -1

    def count(self, *args: object) -> int:  # type: ignore[override]
        return 0


class SneakyInt(int):
    """An ``int`` whose text carries a line break: ``str(SneakyInt(1))`` is ``"1\\r\\nX: y"``."""

    text = "1\r\nX: y"

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return self.text


def sneaky_int(text: str) -> int:
    """An ``int`` subclass instance whose ``str()`` and ``format()`` give ``text``."""
    return type("SneakyInt", (SneakyInt,), {"text": text})(1)


_lazy_text = lazy(str, str)


def forms(text: str) -> dict[str, object]:
    """``text`` in every form that can hold it, by name: str, lazy strings, lying ``str``
    subclasses, an ``int`` whose ``str()`` is ``text``, and bytes when it is Latin-1."""
    values: dict[str, object] = {
        "str": text,
        "lazy": _lazy_text(text),
        "gettext_lazy": gettext_lazy(text),
        "LyingStr": LyingStr(text),
        "LyingFindStr": LyingFindStr(text),
        "SneakyInt": sneaky_int(text),
    }
    with contextlib.suppress(UnicodeEncodeError):
        values["bytes"] = text.encode("latin-1")
    return values


def cases(texts: dict[str, str], *, exclude: tuple[str, ...] = ()) -> list[object]:
    """pytest parameters: every text of ``texts`` in every form but ``exclude``, with
    readable ids (``"CRLF-lazy"``)."""
    return [
        pytest.param(value, id=f"{name}-{form}")
        for name, text in texts.items()
        for form, value in forms(text).items()
        if form not in exclude
    ]


def refused(action: Callable[[], object], *names: str) -> ResponseValidationError:
    """Run ``action``; it must raise :class:`ResponseValidationError` naming each of ``names``."""
    with pytest.raises(ResponseValidationError) as caught:
        action()
    message = str(caught.value)
    for name in names:
        assert name in message, f"{name!r} not named in {message!r}"
    return caught.value


def _item(response: HttpResponseBase, value: object) -> None:
    response["X-Custom"] = value  # type: ignore[assignment]


def _headers_item(response: HttpResponseBase, value: object) -> None:
    response.headers["X-Custom"] = value  # type: ignore[assignment]


def _setdefault(response: HttpResponseBase, value: object) -> None:
    response.headers.setdefault("X-Custom", value)  # type: ignore[arg-type]


SET_LATER: list[Any] = [
    pytest.param(_item, id="response[]"),
    pytest.param(_headers_item, id="headers[]"),
    pytest.param(_setdefault, id="setdefault"),
]
"""Each way to set a header (``X-Custom``) on a response already built."""
