"""Header-argument overrides from a query string, parsed into the Python types the classes take.

The parsing only turns text into values; judging them is the library's job. A
value that cannot be parsed is passed on as text, so the class refuses it with
its own `ResponseValidationError` and message.

=====================================================  ==========================================
argument                                               query value
=====================================================  ==========================================
``retry_after``                                        ``30`` (int), ``1.5`` (float), an ISO 8601
                                                       or HTTP date (``datetime``)
``total_length``                                       ``100`` (int)
``permitted_methods``, ``links``                       comma-separated, or the parameter repeated
                                                       (list; an empty value is an empty list)
``upgrade``, ``www_authenticate``,                     one value (str), or the parameter repeated
``proxy_authenticate``                                 (list); ``upgrade`` also splits on commas
anything else (URI references, ``content_range``)      the text
=====================================================  ==========================================

An empty value leaves an optional argument out (its header is not sent) and
gives a required one the empty text; a parameter the class does not take is an
error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Final, cast

from django.http import HttpResponseBase, QueryDict
from django.utils.http import parse_http_date_safe

from ...errors import ResponseValidationError
from ..examples import header_arguments

_INTEGER: Final = re.compile(r"[+-]?[0-9]+")
_COMMA: Final = re.compile(r"\s*,\s*")


def _last(values: Sequence[str]) -> str | None:
    return values[-1] or None


def _integer(values: Sequence[str]) -> int | str | None:
    value = _last(values)
    return int(value) if value is not None and _INTEGER.fullmatch(value.strip()) else value


def _retry_after(values: Sequence[str]) -> int | float | datetime | str | None:
    value = _last(values)
    if value is None:
        return None
    text = value.strip()
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    timestamp = parse_http_date_safe(text)
    return value if timestamp is None else datetime.fromtimestamp(timestamp, UTC)


def _list(values: Sequence[str]) -> list[str]:
    return [item for value in values for item in _COMMA.split(value.strip()) if item]


def _one_or_list(split: bool) -> Callable[[Sequence[str]], str | list[str] | None]:
    def parse(values: Sequence[str]) -> str | list[str] | None:
        items = _list(values) if split else [value for value in values if value]
        if not items:
            return None
        return items[0] if len(items) == 1 else items

    return parse


PARSERS: Final[Mapping[str, Callable[[Sequence[str]], object]]] = {
    "retry_after": _retry_after,
    "total_length": _integer,
    "permitted_methods": _list,
    "links": _list,
    "upgrade": _one_or_list(split=True),
    "www_authenticate": _one_or_list(split=False),
    "proxy_authenticate": _one_or_list(split=False),
}
"""How each header argument's query value is parsed; the others are taken as text."""


def parse_value(argument: str, values: Sequence[str]) -> object:
    """Parse the query values given for one header argument.

    Examples:
        >>> parse_value("retry_after", ["30"]), parse_value("retry_after", ["-5"])
        (30, -5)
        >>> parse_value("permitted_methods", ["GET,POST"])
        ['GET', 'POST']
        >>> parse_value("permitted_methods", ["GET", "POST"])
        ['GET', 'POST']
        >>> parse_value("redirect_to", ["/x"]), parse_value("location", [""])
        ('/x', None)
        >>> parse_value("retry_after", ["Wed, 21 Oct 2015 07:28:00 GMT"])
        datetime.datetime(2015, 10, 21, 7, 28, tzinfo=datetime.timezone.utc)
    """
    return PARSERS.get(argument, _last)(values)


def parse_query(cls: type[HttpResponseBase], query: QueryDict) -> dict[str, object]:
    """Keyword arguments for ``cls`` from a query string, one per header argument given.

    A parameter that is not one of ``cls``'s header arguments raises
    `ResponseValidationError`.

    Examples:
        >>> from django_allresponses import HttpResponseNotAllowed
        >>> parse_query(HttpResponseNotAllowed, QueryDict("permitted_methods=GET,POST"))
        {'permitted_methods': ['GET', 'POST']}
        >>> parse_query(HttpResponseNotAllowed, QueryDict("retry_after=3"))
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: HttpResponseNotAllowed takes no \
header argument 'retry_after'; its header arguments are: permitted_methods
    """
    accepted = header_arguments(cls)
    arguments: dict[str, object] = {}
    for name, values in query.lists():
        if name not in accepted:
            raise ResponseValidationError(
                f"{cls.__name__} takes no header argument {name!r}; its header arguments "
                f"are: {', '.join(accepted) or 'none'}",
                response_class=cls.__name__,
                argument=name,
            )
        value = parse_value(name, values)
        # A required argument cannot be left out: its empty text goes to the class to judge.
        arguments[name] = values[-1] if value is None and accepted[name] else value
    return arguments


def query_text(argument: str, value: object) -> str:
    """The query text that `parse_value` reads back as ``value``, to fill a form.

    Examples:
        >>> from datetime import timedelta
        >>> query_text("retry_after", timedelta(seconds=120))
        '120'
        >>> query_text("permitted_methods", ["GET", "HEAD"])
        'GET,HEAD'
        >>> query_text("content_range", (0, 9, 100)), query_text("content_range", (0, 9, None))
        ('bytes 0-9/100', 'bytes 0-9/*')
    """
    if isinstance(value, timedelta):
        return str(math.ceil(value.total_seconds()))
    if argument == "content_range" and isinstance(value, tuple):
        start, end, total = cast("tuple[int, int, int | None]", value)
        return f"bytes {start}-{end}/{'*' if total is None else total}"
    if isinstance(value, list | tuple):
        items = list(cast("Sequence[object]", value))
        return ",".join(str(getattr(item, "href", item)) for item in items)
    return str(value)
