"""What Python's own parser says of the names a module binds, and the qualified name it
makes certain: read without libcst, for `Names` and for the first look of ``--check``.

A name bound nowhere in the module resolves to no import; a name bound once, by ``from
module import name`` outside any function or class, resolves to that import from every
scope, as libcst's scopes resolve it (a bare name read before the import, in the same
scope, excepted). Nothing is certain about any other name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

from ._facts import DJANGO_CLASSES


@dataclass(slots=True)
class Bindings:
    """What Python's parser says of the names a module binds: how many times each name is
    bound anywhere (an assignment, a parameter, a definition, an import, ``global``...),
    the ``from`` imports outside any function or class, the names an import binds one of
    `DJANGO_CLASSES` to under another name, and whether ``import *`` is used."""

    counts: dict[str, int] = field(default_factory=lambda: dict[str, int]())
    imports: dict[str, ast.ImportFrom] = field(default_factory=lambda: dict[str, ast.ImportFrom]())
    aliases: set[str] = field(default_factory=lambda: set[str]())
    star: bool = False


_NAMED: tuple[type[ast.AST], ...] = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.ExceptHandler,
    ast.MatchAs,
    ast.MatchStar,
    *(
        getattr(ast, kind)
        for kind in ("TypeVar", "ParamSpec", "TypeVarTuple")
        if hasattr(ast, kind)  # Python 3.12's type parameters
    ),
)
"""The nodes that bind their ``name``: definitions, except handlers, match captures and
type parameters (an import's ``alias`` binds through its statement)."""


_BINDING: Final = frozenset(
    {ast.arg, ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal, ast.MatchMapping, *_NAMED}
)
"""The nodes other than `ast.Name` that bind names."""


def _names_bound(node: ast.AST) -> Iterator[str]:
    """The names ``node`` itself binds (its children aside), for one of `_BINDING`."""
    if isinstance(node, ast.arg):
        yield node.arg
    elif isinstance(node, ast.Import | ast.ImportFrom):
        for alias in node.names:
            yield alias.asname or alias.name.partition(".")[0]
    elif isinstance(node, ast.Global | ast.Nonlocal):
        yield from node.names
    elif isinstance(node, ast.MatchMapping):
        if node.rest is not None:
            yield node.rest
    elif isinstance(node, _NAMED):
        name = getattr(node, "name", None)
        if isinstance(name, str):
            yield name


def _module_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements run in the module's own scope: its body and the blocks of its
    compound statements, not those of a function or class."""
    for statement in body:
        yield statement
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for name in ("body", "orelse", "finalbody"):
            block = getattr(statement, name, None)
            if isinstance(block, list):
                yield from _module_level(block)  # pyright: ignore[reportUnknownArgumentType]
        for part in [*getattr(statement, "handlers", ()), *getattr(statement, "cases", ())]:
            yield from _module_level(part.body)


def bindings(nodes: Sequence[ast.AST]) -> Bindings:
    """The names a module binds, from all its ``nodes``, the module first (as `ast.walk`
    gives them).

    Examples:
        >>> tree = ast.parse("from django.http import HttpResponse as R\\nR = 1\\n")
        >>> found = bindings(list(ast.walk(tree)))
        >>> found.counts["R"], sorted(found.aliases)
        (2, ['R'])
    """
    found = Bindings()
    counts = found.counts
    # Most nodes are names read: one pass in a comprehension tells the names bound.
    for name in [n.id for n in nodes if type(n) is ast.Name and type(n.ctx) is not ast.Load]:
        counts[name] = counts.get(name, 0) + 1
    for node in [node for node in nodes if type(node) in _BINDING]:
        for name in _names_bound(node):
            counts[name] = counts.get(name, 0) + 1
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.aliases.update(
                alias.asname
                for alias in node.names
                if alias.asname and alias.name.rpartition(".")[2] in DJANGO_CLASSES
            )
            found.star = found.star or any(alias.name == "*" for alias in node.names)
    tree = nodes[0]
    assert isinstance(tree, ast.Module)
    for statement in _module_level(tree.body):
        if isinstance(statement, ast.ImportFrom) and statement.level == 0:
            for alias in statement.names:
                found.imports[alias.asname or alias.name] = statement
    return found


def _from_import(statement: ast.ImportFrom, full_name: str) -> set[str]:
    """The qualified names of ``full_name`` through a ``from`` import, as libcst's
    ``ImportAssignment.get_qualified_names_for`` gives them (every name the statement
    imports whose bound name starts ``full_name``)."""
    results: set[str] = set()
    for alias in statement.names:
        bound = alias.asname or alias.name
        if not full_name.startswith(bound):
            continue
        remaining = full_name.split(bound, 1)[1]
        if remaining and not remaining.startswith("."):
            continue
        remaining = remaining.lstrip(".")
        real = f"{statement.module}.{alias.name}"
        results.add(f"{real}.{remaining}" if remaining else real)
    return results


UNKNOWN: Final = "?"
"""What `resolve` gives for a name it cannot be certain of."""


def resolve(found: Bindings, full_name: str, bare: bool, line: int) -> str | None:
    """The one qualified name of ``full_name`` read on ``line`` (``bare``: a name, not an
    attribute), ``None`` when it has none or several (a builtin included), or `UNKNOWN`.

    Examples:
        >>> tree = ast.parse("from django import http\\n")
        >>> resolve(bindings(list(ast.walk(tree))), "http.HttpResponseGone", False, 1)
        'django.http.HttpResponseGone'
    """
    if found.star:
        return UNKNOWN
    base = full_name.partition(".")[0]
    count = found.counts.get(base, 0)
    if count == 0:
        return None  # a builtin, or nothing: never an import
    statement = found.imports.get(base)
    if count != 1 or statement is None:
        return UNKNOWN
    end = statement.end_lineno
    if bare and (end is None or end >= line):
        return UNKNOWN  # libcst orders a name and its import in the same scope
    names = _from_import(statement, full_name)
    return next(iter(names)) if len(names) == 1 else None
