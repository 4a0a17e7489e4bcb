"""The catalogue of every status: its entries, and their text for the terminal and for tools.

Everything here is derived from `STATUSES`,
`response_class` and
`header_arguments`: no status is listed by hand.

The text fits the terminal width given (at least 80 columns): a catalogue wider than
that is printed as one short record per status, and long lines are wrapped.
`django_allresponses.tools.cli` is the command line that prints it.

Examples:
    >>> table = format_catalogue().splitlines()
    >>> print(next(line for line in table if line.startswith("429")).split())
    ['429', 'Too', 'Many', 'Requests', 'HttpResponseTooManyRequests', \
'JsonResponseTooManyRequests', '-', 'retry_after', 'allowed']
"""

from __future__ import annotations

import difflib
import inspect
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from django.http import HttpResponseBase

from ..headers.units import HeaderUnit
from ..responses.lookup import response_class
from ..rfc.statuses import STATUSES, StatusFacts
from .examples import example_arguments, header_arguments

COLUMNS: Final = ("CODE", "REASON", "HTTP CLASS", "JSON TWIN", "REQUIRED", "OPTIONAL", "CONTENT")
"""The header row of `format_catalogue`."""

MIN_WIDTH: Final = 80
"""The narrowest width the text is fitted to."""

UNUSED_CODES: Final = frozenset({306, 418})
"""The codes the IANA registry lists as "(Unused)"."""

_NONE: Final = "-"
_REFERENCE: Final = re.compile(r"RFC (?P<rfc>[0-9]+), Section (?P<section>[0-9.]+)")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z`])")


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One status of the catalogue: its facts, its classes and their header arguments.

    Examples:
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

        Examples:
            >>> catalogue_entry(404).code
            404
        """
        return self.facts.code

    @property
    def classes(self) -> tuple[type[HttpResponseBase], ...]:
        """The HTTP class, then the JSON twin when there is one.

        Examples:
            >>> [cls.__name__ for cls in catalogue_entry(204).classes]
            ['HttpResponseNoContent']
        """
        return (
            (self.http_class,) if self.json_class is None else (self.http_class, self.json_class)
        )


def catalogue_entry(code: int) -> CatalogueEntry:
    """The catalogue entry of an assigned status code.

    An unassigned code raises `ResponseValidationError`.

    Examples:
        >>> catalogue_entry(201).required
        ('location',)
    """
    http_class = response_class(code)
    facts = STATUSES[code]
    units: tuple[HeaderUnit, ...] = getattr(http_class, "takes", ())
    # An argument the status requires but for one content type (206's content_range, but
    # for multipart/byteranges) has a default in the signature and is listed as required.
    excusable = {unit.argument for unit in units if unit.unless}
    arguments = {
        name: required or name in excusable
        for name, required in header_arguments(http_class).items()
    }
    return CatalogueEntry(
        facts=facts,
        http_class=http_class,
        json_class=response_class(code, json=True) if facts.allows_content else None,
        required=tuple(name for name, required in arguments.items() if required),
        optional=tuple(name for name, required in arguments.items() if not required),
    )


def unassigned(code: int) -> str:
    """Why no class answers with ``code``, in one sentence without a full stop.

    Examples:
        >>> unassigned(999)
        '999 is not an HTTP status code (they run from 100 to 599)'
        >>> unassigned(418)
        '418 is not an assigned HTTP status code (the IANA registry marks it unused)'
        >>> unassigned(299)
        '299 is not an assigned HTTP status code'
    """
    if not 100 <= code <= 599:
        return f"{code} is not an HTTP status code (they run from 100 to 599)"
    if code in UNUSED_CODES:
        return f"{code} is not an assigned HTTP status code (the IANA registry marks it unused)"
    return f"{code} is not an assigned HTTP status code"


@cache
def catalogue() -> tuple[CatalogueEntry, ...]:
    """Every status of `STATUSES`, in ascending order.

    Examples:
        >>> len(catalogue()) == len(STATUSES)
        True
        >>> catalogue()[0].facts.phrase
        'Continue'
    """
    return tuple(catalogue_entry(code) for code in STATUSES)


def catalogue_row(entry: CatalogueEntry) -> tuple[str, ...]:
    """The cells of one catalogue row, in the order of `COLUMNS`.

    Examples:
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


def format_catalogue(
    entries: Iterable[CatalogueEntry] | None = None, *, width: int | None = None
) -> str:
    """The catalogue as an aligned text table: a header row, then one row per status.

    Cells are separated by at least two spaces; an empty cell is ``-``. When the
    table is wider than ``width``, each status is printed as a short record
    instead (`format_records`), so that no line is wider than ``width``.

    Examples:
        >>> print(format_catalogue([catalogue_entry(204)]))
        CODE  REASON      HTTP CLASS             JSON TWIN  REQUIRED  OPTIONAL  CONTENT
        204   No Content  HttpResponseNoContent  -          -         -         forbidden
    """
    chosen = tuple(catalogue() if entries is None else entries)
    rows = [COLUMNS, *(catalogue_row(entry) for entry in chosen)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS))]
    table = "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    if width is None or max(len(line) for line in table.splitlines()) <= width:
        return table
    return format_records(chosen, width=width)


def format_records(entries: Iterable[CatalogueEntry], *, width: int = MIN_WIDTH) -> str:
    """The catalogue for a narrow terminal: a few lines per status, none wider than ``width``.

    The first line gives the code, the reason and whether content is allowed;
    the next ones the classes and the header arguments, wrapped and indented.

    Examples:
        >>> print(format_records([catalogue_entry(429)], width=80))
        ... # doctest: +NORMALIZE_WHITESPACE
        CODE REASON                                                         CONTENT
             HTTP CLASS, JSON TWIN
             HEADER ARGUMENTS
        <BLANKLINE>
        429  Too Many Requests                                              allowed
             HttpResponseTooManyRequests, JsonResponseTooManyRequests
             optional: retry_after
    """
    indent = " " * 5
    lines = [
        "CODE REASON".ljust(width - len("CONTENT") - 1) + " CONTENT",
        indent + "HTTP CLASS, JSON TWIN",
        indent + "HEADER ARGUMENTS",
        "",
    ]
    for entry in entries:
        content = entry.facts.body.value
        head = f"{entry.code}  {entry.facts.phrase}"
        lines.append(head.ljust(width - len(content) - 1) + " " + content)
        classes = ", ".join(cls.__name__ for cls in entry.classes)
        if entry.json_class is None:
            classes += " (no JSON twin)"
        lines.extend(_wrap(classes, width, indent))
        arguments = "; ".join(
            f"{label}: {', '.join(names)}"
            for label, names in (("required", entry.required), ("optional", entry.optional))
            if names
        )
        if arguments:
            lines.extend(_wrap(arguments, width, indent))
    return "\n".join(line.rstrip() for line in lines)


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_on_hyphens=False,
    )


def fit(text: str, width: int = MIN_WIDTH) -> str:
    """Wrap every line of ``text`` wider than ``width``, keeping its indentation.

    Examples:
        >>> print(fit("    one two three four", width=14))
            one two
              three
              four
    """
    fitted: list[str] = []
    for line in text.splitlines():
        if len(line) <= width:
            fitted.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        if len(indent) > width // 2:
            indent = indent[: width // 2]
        fitted.extend(
            textwrap.wrap(
                line.strip(),
                width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_on_hyphens=False,
                drop_whitespace=True,
            )
        )
    return "\n".join(fitted)


def reference_url(reference: str) -> str | None:
    """The address of an RFC section on the RFC Editor's site, or ``None``.

    Examples:
        >>> reference_url("RFC 9110, Section 15.5.2")
        'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2'
    """
    match = _REFERENCE.fullmatch(reference)
    if match is None:
        return None
    return f"https://www.rfc-editor.org/rfc/rfc{match['rfc']}#section-{match['section']}"


def catalogue_json(entries: Iterable[CatalogueEntry] | None = None) -> list[dict[str, Any]]:
    """The catalogue as JSON-ready data, one object per status, for tools.

    Examples:
        >>> data = catalogue_json([catalogue_entry(405)])[0]
        >>> data["code"], data["http_class"], data["required"], data["content"]
        (405, 'HttpResponseNotAllowed', ['permitted_methods'], 'allowed')
        >>> data["reference_url"]
        'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'
    """
    chosen = catalogue() if entries is None else entries
    return [
        {
            "code": entry.code,
            "phrase": entry.facts.phrase,
            "status_class": entry.facts.status_class,
            "reference": entry.facts.reference,
            "reference_url": reference_url(entry.facts.reference),
            "content": entry.facts.body.value,
            "http_class": entry.http_class.__name__,
            "json_class": None if entry.json_class is None else entry.json_class.__name__,
            "required": list(entry.required),
            "optional": list(entry.optional),
            "summary": summary(entry.http_class),
            "signatures": {cls.__name__: signature(cls) for cls in entry.classes},
        }
        for entry in chosen
    ]


def summary(cls: type[HttpResponseBase]) -> str:
    """The first line of a class's docstring.

    Examples:
        >>> summary(response_class(429))
        '429 Too Many Requests (RFC 6585).'
    """
    return (inspect.getdoc(cls) or cls.__name__).splitlines()[0]


def description(cls: type[HttpResponseBase]) -> str:
    """The first sentence of a class's description (the paragraph after the summary).

    Empty when the docstring has no description.

    Examples:
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

    Examples:
        >>> print(signature(response_class(405)))  # doctest: +NORMALIZE_WHITESPACE
        HttpResponseNotAllowed(permitted_methods: PermittedMethods, content: Content = b'', *,
        content_type: str | None = None, charset: str | None = None,
        headers: HeadersInput = None, reason: str | None = None)
    """
    return f"{cls.__name__}{_readable_signature(cls)}"


def wrapped_signature(cls: type[HttpResponseBase], width: int = MIN_WIDTH) -> str:
    """`signature`, one parameter a line when it is wider than ``width``.

    Examples:
        >>> print(wrapped_signature(response_class(204), width=60))
        HttpResponseNoContent(
            *,
            headers: HeadersInput = None,
            reason: str | None = None,
        )
    """
    text = signature(cls)
    if len(text) <= width:
        return text
    rendered: list[str] = []
    starred = False
    for parameter in _readable_signature(cls).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            starred = True
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY and not starred:
            rendered.append("*")
            starred = True
        rendered.append(str(parameter))
    return "\n".join([f"{cls.__name__}(", *(f"    {item}," for item in rendered), ")"])


def _readable_signature(cls: type[HttpResponseBase]) -> inspect.Signature:
    return inspect.Signature(
        [
            parameter.replace(
                annotation=_readable(parameter.annotation), default=_readable(parameter.default)
            )
            for parameter in inspect.signature(cls).parameters.values()
        ]
    )


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

    Examples:
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

    Examples:
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


def _class_section(cls: type[HttpResponseBase], code: int, width: int) -> str:
    json = cls is not response_class(code)
    arguments = example_arguments(code, json=json)
    built = response_class(code, json=json)(**arguments)
    doc = inspect.getdoc(cls) or ""
    call = f"example_arguments({code}{', json=True' if json else ''})"
    return "\n".join(
        [
            wrapped_signature(cls, width),
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


def format_entry(
    entry: CatalogueEntry,
    only: type[HttpResponseBase] | None = None,
    *,
    width: int | None = None,
) -> str:
    """One status in full: its facts, then for each of its classes (or only ``only``)
    the signature, the docstring and an example built from
    `example_arguments`.

    With a ``width``, long signatures take one parameter a line and every other
    long line is wrapped (`fit`).

    Examples:
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
    limit = 10_000 if width is None else width
    sections = [_class_section(cls, facts.code, limit) for cls in classes]
    text = "\n\n".join(["\n".join(header), *sections])
    return text if width is None else fit(text, width)


class UnknownEntryError(LookupError):
    """Neither an assigned status code nor the name of a class of this library.

    Examples:
        >>> try:
        ...     find_entry("418")
        ... except UnknownEntryError as error:
        ...     print(error)
        418 is not an assigned HTTP status code (the IANA registry marks it unused)
    """


def _class_names() -> dict[str, tuple[CatalogueEntry, type[HttpResponseBase]]]:
    """Every public class name of the package, aliases included, with its entry and class."""
    import django_allresponses
    from django_allresponses import __all__ as public

    entries = {cls: entry for entry in catalogue() for cls in entry.classes}
    values = {name: getattr(django_allresponses, name) for name in public}
    return {
        name: (entries[value], value)
        for name, value in values.items()
        if isinstance(value, type) and value in entries
    }


def find_entry(text: str) -> tuple[CatalogueEntry, type[HttpResponseBase] | None]:
    """The entry named by a status code or a class name (any case), and that class.

    The class is ``None`` when a code was given. Anything else raises
    `UnknownEntryError`, suggesting close names.

    Examples:
        >>> entry, cls = find_entry("HttpResponseRedirect")
        >>> entry.code, cls.__name__
        (302, 'HttpResponseFound')
    """
    text = text.strip()
    if text.isdigit():
        code = int(text)
        if code not in STATUSES:
            raise UnknownEntryError(unassigned(code))
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
