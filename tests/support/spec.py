"""The contract the tests check against, read from the files in tests/reference/.

``status-table.md`` is the project's status table, verbatim; ``api-reference.txt``
is the API reference the project starts from. Tests compare the package with
these texts rather than with lists written again by hand.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from django import http
from django.http.response import HttpResponseRedirectBase

REFERENCE = Path(__file__).resolve().parents[1] / "reference"

DJANGO_BASES: dict[str, type[http.HttpResponseBase]] = {
    "HttpResponse": http.HttpResponse,
    "redirect base": HttpResponseRedirectBase,
    "django HttpResponsePermanentRedirect": http.HttpResponsePermanentRedirect,
    "django HttpResponseRedirect": http.HttpResponseRedirect,
    "django HttpResponseNotModified": http.HttpResponseNotModified,
    "django HttpResponseBadRequest": http.HttpResponseBadRequest,
    "django HttpResponseForbidden": http.HttpResponseForbidden,
    "django HttpResponseNotFound": http.HttpResponseNotFound,
    "django HttpResponseNotAllowed": http.HttpResponseNotAllowed,
    "django HttpResponseGone": http.HttpResponseGone,
    "django HttpResponseServerError": http.HttpResponseServerError,
}


@dataclass(frozen=True)
class SpecRow:
    """One row of the status table."""

    code: int
    name: str
    django_base: type[http.HttpResponseBase]
    allows_content: bool
    required: tuple[str, ...]
    optional: tuple[str, ...]
    aliases: tuple[str, ...] = field(default=())


def status_table() -> dict[int, SpecRow]:
    """The status table, parsed."""
    rows: dict[int, SpecRow] = {}
    for line in (REFERENCE / "status-table.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not cells[0].isdigit():
            continue
        code, name_cell, base, body, arguments = cells
        name = name_cell.split(" (")[0]
        aliases = tuple(re.findall(r"alias (HttpResponse\w+)", name_cell))
        required: list[str] = []
        optional: list[str] = []
        for argument in filter(None, (part.strip() for part in arguments.split(","))):
            bare = re.sub(r"\s*\(.*\)", "", argument)
            if bare.startswith("**"):
                required.append(bare.strip("*"))
            else:
                optional.append(bare)
        rows[int(code)] = SpecRow(
            code=int(code),
            name=name,
            django_base=DJANGO_BASES[base],
            allows_content=body == "yes",
            required=tuple(required),
            optional=tuple(optional),
            aliases=aliases,
        )
    return rows


@dataclass(frozen=True)
class ReferenceEntry:
    """One documented name of the API reference."""

    name: str
    bases: str | None
    status: int | None
    examples: tuple[str, ...]


def reference_entries() -> list[ReferenceEntry]:
    """Every name documented in the API reference, with its examples as code."""
    lines = (REFERENCE / "api-reference.txt").read_text().splitlines()
    starts = [index - 1 for index, line in enumerate(lines) if line.strip() == "¶"]
    entries: list[ReferenceEntry] = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        body = lines[start + 2 : end]
        name = lines[start].split("(")[0].strip()
        bases = next((ln.split(":", 1)[1].strip() for ln in body if ln.startswith("Bases:")), None)
        status_line = next((ln for ln in body if re.match(r"^\d{3} ", ln)), None)
        entries.append(
            ReferenceEntry(
                name=name,
                bases=bases,
                status=int(status_line[:3]) if status_line else None,
                examples=tuple(_examples(body)),
            )
        )
    return entries


def module_examples() -> list[str]:
    """The two examples at the top of the reference (HttpResponse and JsonResponse)."""
    lines = (REFERENCE / "api-reference.txt").read_text().splitlines()
    first_entry = next(index for index, line in enumerate(lines) if line.strip() == "¶") - 1
    return list(_examples(lines[:first_entry]))


def _examples(lines: list[str]) -> list[str]:
    """Code after each ``Example::``, re-indented (the reference's text lost its indentation)."""
    examples: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if re.fullmatch(r"Example( \(\w+\))?::", line.strip()):
            if current:
                examples.append(_indent(current))
            current = []
        elif current is not None:
            if line.startswith("Source code in") or not line.strip():
                examples.append(_indent(current))
                current = None
            else:
                current.append(line.strip())
    if current:
        examples.append(_indent(current))
    return [example for example in examples if example.strip()]


def _indent(statements: list[str]) -> str:
    """Rebuild indentation: a line ending in ':' opens a block, a 'return' closes it."""
    out: list[str] = []
    depth = 0
    parens = 0
    for statement in statements:
        out.append("    " * depth + statement)
        opened = parens == 0
        parens += sum(statement.count(c) for c in "([{") - sum(statement.count(c) for c in ")]}")
        if parens:
            continue
        if statement.endswith(":"):
            depth += 1
        elif out[-1].lstrip().startswith("return") or not opened:
            returned = any(
                ln.lstrip().startswith("return") for ln in out[-1:] + _last_statement(out)
            )
            if returned and depth > 1:
                depth -= 1
    return textwrap.dedent("\n".join(out))


def _last_statement(out: list[str]) -> list[str]:
    """The lines of the statement that ends at ``out[-1]``."""
    lines: list[str] = []
    balance = 0
    for line in reversed(out):
        lines.insert(0, line)
        balance += sum(line.count(c) for c in ")]}") - sum(line.count(c) for c in "([{")
        if balance <= 0:
            break
    return lines
