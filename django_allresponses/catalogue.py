"""The catalogue of every status, and the ``python -m django_allresponses`` command.

Everything here is derived from :data:`~django_allresponses.STATUSES`,
:func:`~django_allresponses.response_class` and
:func:`~django_allresponses.examples.header_arguments`: no status is listed by hand.

Usage::

    python -m django_allresponses                    # the catalogue, one row per status
    python -m django_allresponses 429                # one status in full
    python -m django_allresponses JsonResponseGone   # one class in full
    python -m django_allresponses serve [--host H] [--port P]   # the playground site

An unknown code or name is reported on stderr with exit code 2.

Example::

    >>> table = format_catalogue().splitlines()
    >>> print(next(line for line in table if line.startswith("429")).split())
    ['429', 'Too', 'Many', 'Requests', 'HttpResponseTooManyRequests', \
'JsonResponseTooManyRequests', '-', 'retry_after', 'allowed']
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import inspect
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, TextIO

from django.http import HttpResponseBase

from .examples import example_arguments, header_arguments
from .lookup import response_class
from .statuses import STATUSES, StatusFacts

PROG: Final = "python -m django_allresponses"
COLUMNS: Final = ("CODE", "REASON", "HTTP CLASS", "JSON TWIN", "REQUIRED", "OPTIONAL", "CONTENT")
"""The header row of :func:`format_catalogue`."""

_NONE: Final = "-"
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z`])")


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One status of the catalogue: its facts, its classes and their header arguments.

    Example::

        >>> entry = catalogue_entry(429)
        >>> entry.http_class.__name__, entry.optional
        ('HttpResponseTooManyRequests', ('retry_after',))
    """

    facts: StatusFacts
    http_class: type[HttpResponseBase]
    json_class: type[HttpResponseBase] | None
    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def code(self) -> int:
        """The status code.

        Example::

            >>> catalogue_entry(404).code
            404
        """
        return self.facts.code

    @property
    def classes(self) -> tuple[type[HttpResponseBase], ...]:
        """The HTTP class, then the JSON twin when there is one.

        Example::

            >>> [cls.__name__ for cls in catalogue_entry(204).classes]
            ['HttpResponseNoContent']
        """
        return (
            (self.http_class,) if self.json_class is None else (self.http_class, self.json_class)
        )


def catalogue_entry(code: int) -> CatalogueEntry:
    """The catalogue entry of an assigned status code.

    An unassigned code raises :class:`~django_allresponses.ResponseValidationError`.

    Example::

        >>> catalogue_entry(201).required
        ('location',)
    """
    http_class = response_class(code)
    facts = STATUSES[code]
    arguments = header_arguments(http_class)
    return CatalogueEntry(
        facts=facts,
        http_class=http_class,
        json_class=response_class(code, json=True) if facts.allows_content else None,
        required=tuple(name for name, required in arguments.items() if required),
        optional=tuple(name for name, required in arguments.items() if not required),
    )


@cache
def catalogue() -> tuple[CatalogueEntry, ...]:
    """Every status of :data:`~django_allresponses.STATUSES`, in ascending order.

    Example::

        >>> len(catalogue()) == len(STATUSES)
        True
        >>> catalogue()[0].facts.phrase
        'Continue'
    """
    return tuple(catalogue_entry(code) for code in STATUSES)


def catalogue_row(entry: CatalogueEntry) -> tuple[str, ...]:
    """The cells of one catalogue row, in the order of :data:`COLUMNS`.

    Example::

        >>> catalogue_row(catalogue_entry(405))
        ('405', 'Method Not Allowed', 'HttpResponseNotAllowed', 'JsonResponseNotAllowed', \
'permitted_methods', '-', 'allowed')
    """
    return (
        str(entry.code),
        entry.facts.phrase,
        entry.http_class.__name__,
        _NONE if entry.json_class is None else entry.json_class.__name__,
        ", ".join(entry.required) or _NONE,
        ", ".join(entry.optional) or _NONE,
        entry.facts.body.value,
    )


def format_catalogue(entries: Iterable[CatalogueEntry] | None = None) -> str:
    """The catalogue as an aligned text table: a header row, then one row per status.

    Cells are separated by at least two spaces; an empty cell is ``-``.

    Example::

        >>> print(format_catalogue([catalogue_entry(204)]))
        CODE  REASON      HTTP CLASS             JSON TWIN  REQUIRED  OPTIONAL  CONTENT
        204   No Content  HttpResponseNoContent  -          -         -         forbidden
    """
    chosen = catalogue() if entries is None else entries
    rows = [COLUMNS, *(catalogue_row(entry) for entry in chosen)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def summary(cls: type[HttpResponseBase]) -> str:
    """The first line of a class's docstring.

    Example::

        >>> summary(response_class(429))
        '429 Too Many Requests (RFC 6585).'
    """
    return (inspect.getdoc(cls) or cls.__name__).splitlines()[0]


def description(cls: type[HttpResponseBase]) -> str:
    """The first sentence of a class's description (the paragraph after the summary).

    Empty when the docstring has no description.

    Example::

        >>> description(response_class(429))
        'The client is rate limited.'
    """
    paragraphs = (inspect.getdoc(cls) or "").split("\n\n")
    if len(paragraphs) < 2 or paragraphs[1].startswith(("Example", "Note")):
        return ""
    text = " ".join(paragraphs[1].split())
    return _SENTENCE_END.split(text, maxsplit=1)[0]


class _Source(str):
    """Text shown as is in a signature, without the quotes of ``repr``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def signature(cls: type[HttpResponseBase]) -> str:
    """``inspect.signature`` of a class, with annotations and class defaults as in the source.

    Example::

        >>> print(signature(response_class(405)))  # doctest: +NORMALIZE_WHITESPACE
        HttpResponseNotAllowed(permitted_methods: PermittedMethods, content: Content = b'', *,
        content_type: str | None = None, charset: str | None = None,
        headers: HeadersInput = None, reason: str | None = None)
    """
    parameters = [
        parameter.replace(
            annotation=_readable(parameter.annotation), default=_readable(parameter.default)
        )
        for parameter in inspect.signature(cls).parameters.values()
    ]
    return f"{cls.__name__}{inspect.Signature(parameters)}"


def _readable(value: object) -> object:
    """An annotation string or a class default as the source spells it."""
    if value is inspect.Parameter.empty:
        return value
    if isinstance(value, str):
        return _Source(value)
    if isinstance(value, type):
        return _Source(value.__name__)
    return value


def example_call(cls: type[HttpResponseBase], arguments: dict[str, Any]) -> str:
    """The Python call that builds ``cls`` from keyword ``arguments``, content or data first.

    Example::

        >>> example_call(response_class(405), example_arguments(405))
        "HttpResponseNotAllowed(content='Method Not Allowed', permitted_methods=['GET', 'HEAD'])"
    """
    first = [name for name in ("content", "data") if name in arguments]
    names = [*first, *(name for name in arguments if name not in first)]
    rendered = ", ".join(f"{name}={arguments[name]!r}" for name in names)
    return f"{cls.__name__}({rendered})"


def wire_text(response: HttpResponseBase, *, limit: int = 300) -> str:
    """A response as it would look on the wire: status line, header fields, content.

    Content longer than ``limit`` characters is cut.

    Example::

        >>> from django_allresponses import HttpResponseNoContent
        >>> print(wire_text(HttpResponseNoContent()))
        HTTP/1.1 204 No Content
    """
    lines = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}"]
    lines.extend(f"{name}: {value}" for name, value in response.items())
    content: bytes = getattr(response, "content", b"")
    if content:
        text = content.decode(response.charset, errors="replace")
        lines.extend(["", text if len(text) <= limit else text[: limit - 3] + "..."])
    return "\n".join(lines)


def _class_section(cls: type[HttpResponseBase], code: int) -> str:
    json = cls is not response_class(code)
    arguments = example_arguments(code, json=json)
    built = response_class(code, json=json)(**arguments)
    doc = inspect.getdoc(cls) or ""
    call = f"example_arguments({code}{', json=True' if json else ''})"
    return "\n".join(
        [
            signature(cls),
            "",
            _indent(doc),
            "",
            f"  Built from {call}:",
            "",
            _indent(">>> " + example_call(cls, arguments)),
            _indent(wire_text(built)),
        ]
    )


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line else "" for line in text.splitlines())


def format_entry(entry: CatalogueEntry, only: type[HttpResponseBase] | None = None) -> str:
    """One status in full: its facts, then for each of its classes (or only ``only``)
    the signature, the docstring and an example built from
    :func:`~django_allresponses.examples.example_arguments`.

    Example::

        >>> print(format_entry(catalogue_entry(429)).splitlines()[0])
        429 Too Many Requests
    """
    facts = entry.facts
    header = [
        f"{facts.code} {facts.phrase}",
        f"  reference:  {facts.reference}",
        f"  content:    {facts.body.value}",
        f"  HTTP class: {entry.http_class.__name__}",
        f"  JSON twin:  {_NONE if entry.json_class is None else entry.json_class.__name__}",
        f"  required:   {', '.join(entry.required) or _NONE}",
        f"  optional:   {', '.join(entry.optional) or _NONE}",
    ]
    classes = entry.classes if only is None else (only,)
    sections = [_class_section(cls, facts.code) for cls in classes]
    return "\n\n".join(["\n".join(header), *sections])


class UnknownEntryError(LookupError):
    """Neither an assigned status code nor the name of a class of this library.

    Example::

        >>> try:
        ...     find_entry("418")
        ... except UnknownEntryError as error:
        ...     print(error)
        418 is not an assigned HTTP status code (306 and 418 are unused)
    """


def _class_names() -> dict[str, tuple[CatalogueEntry, type[HttpResponseBase]]]:
    """Every public class name of the package, aliases included, with its entry and class."""
    import django_allresponses

    entries = {cls: entry for entry in catalogue() for cls in entry.classes}
    return {
        name: (entries[value], value)
        for name, value in vars(django_allresponses).items()
        if isinstance(value, type) and value in entries
    }


def find_entry(text: str) -> tuple[CatalogueEntry, type[HttpResponseBase] | None]:
    """The entry named by a status code or a class name (any case), and that class.

    The class is ``None`` when a code was given. Anything else raises
    :class:`UnknownEntryError`, suggesting close names.

    Example::

        >>> entry, cls = find_entry("HttpResponseRedirect")
        >>> entry.code, cls.__name__
        (302, 'HttpResponseFound')
    """
    text = text.strip()
    if text.isdigit():
        code = int(text)
        if code not in STATUSES:
            raise UnknownEntryError(
                f"{code} is not an assigned HTTP status code (306 and 418 are unused)"
            )
        return catalogue_entry(code), None
    names = _class_names()
    by_lower = {name.lower(): name for name in names}
    name = by_lower.get(text.lower())
    if name is None:
        message = f"no status code or class named {text!r}"
        close = difflib.get_close_matches(text, names, n=3)
        if close:
            message += f"; did you mean {' or '.join(close)}?"
        raise UnknownEntryError(message)
    return names[name]


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a TCP port (0-65535)")
    return port


def catalogue_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses [CODE | CLASS]``.

    Example::

        >>> catalogue_parser().parse_args(["429"]).entry
        '429'
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [CODE | CLASS]\n       {PROG} serve [-h] [--host HOST] [--port PORT]",
        description="The catalogue of django-allresponses: every HTTP status code, its "
        "response classes, their header arguments and whether content is allowed.",
        epilog=f"'{PROG} serve --help' describes the playground site.",
    )
    parser.add_argument(
        "entry",
        nargs="?",
        metavar="CODE | CLASS",
        help="show one status in full: a code such as 429, or a class name such as "
        "HttpResponseTooManyRequests or JsonResponseTooManyRequests",
    )
    return parser


def serve_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses serve``.

    Example::

        >>> serve_parser().parse_args(["--port", "8080"]).port
        8080
    """
    from .playground.server import DEFAULT_HOST, DEFAULT_PORT

    parser = argparse.ArgumentParser(
        prog=f"{PROG} serve",
        description="Run the playground: a small Django site with an index of every status, "
        "/status/<code> and /json/<code> returning each class (query parameters override "
        "header arguments).",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST}")
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0 picks one"
    )
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status.

    Usage errors (an unknown code or class) exit with status 2 through argparse.

    Example::

        >>> main(["204"])  # doctest: +ELLIPSIS
        204 No Content
        ...
        0
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if stdout is None else stdout
    if arguments[:1] == ["serve"]:
        options = serve_parser().parse_args(arguments[1:])
        from .playground.server import serve

        with contextlib.suppress(KeyboardInterrupt):
            serve(options.host, options.port, stdout=out)
        return 0
    parser = catalogue_parser()
    options = parser.parse_args(arguments)
    _ensure_settings()
    if options.entry is None:
        print(format_catalogue(), file=out)
        return 0
    try:
        entry, cls = find_entry(options.entry)
    except UnknownEntryError as error:
        parser.error(str(error))
    print(format_entry(entry, cls), file=out)
    return 0


def _ensure_settings() -> None:
    """Responses read ``DEFAULT_CHARSET``: give Django its defaults when nothing configured it."""
    from django.conf import settings

    if not settings.configured:
        settings.configure()
