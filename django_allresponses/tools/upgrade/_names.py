"""The qualified name of a call's class or a status constant, told from what Python's own
parser says of the names the module binds where that is certain, and from libcst's scopes
(computed once, and only then) where it is not.

libcst's ``ScopeProvider`` walks the whole module to answer for every name. The command
asks about a few: the name of each call that may be one of Django's classes, a status
given as a constant, and the names of the classes it writes. A name bound nowhere in the
module resolves to no import; a name bound once, by ``from module import name`` outside
any function or class, resolves to that import from every scope, as libcst resolves it.
Every other name is asked of libcst's scopes.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

import libcst as cst
from libcst.helpers import get_full_name_for_node
from libcst.metadata import QualifiedName, Scope

from ._facts import DJANGO_CLASSES
from ._reading import module_scopes


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


def _read_after(node: cst.BaseExpression, statement: ast.ImportFrom, line: int) -> bool:
    """Whether libcst resolves ``node`` to ``statement`` wherever it is: a name read
    before its import in the same scope is not that import for libcst (an attribute is
    looked up without that order)."""
    end = statement.end_lineno
    return not isinstance(node, cst.Name) or (end is not None and end < line)


class Names:
    """The qualified names of a module's nodes: from ``nodes`` (every node of Python's
    parse of the same source, the module first) where certain, from libcst's scopes of
    ``module`` otherwise. ``nodes`` is ``None`` for a source Python cannot parse: every name
    is then asked of the scopes."""

    def __init__(self, module: cst.Module, nodes: Sequence[ast.AST] | None) -> None:
        self.module = module
        self.bindings = None if nodes is None else bindings(nodes)
        self._scopes: Mapping[cst.CSTNode, Scope | None] | None = None

    @property
    def scopes(self) -> Mapping[cst.CSTNode, Scope | None]:
        """libcst's scope of each node (`module_scopes`), computed on first use."""
        if self._scopes is None:
            self._scopes = module_scopes(self.module)
        return self._scopes

    def get(self, node: cst.CSTNode) -> Scope | None:
        """The scope of ``node``, as ``scopes.get(node)``."""
        return self.scopes.get(node, None)

    def may_be_bound(self, name: str) -> bool:
        """Whether any scope of the module may bind ``name``."""
        found = self.bindings
        return found is None or found.star or name in found.counts

    def may_be_alias(self, name: str) -> bool:
        """Whether ``name`` may be bound by an import to one of `DJANGO_CLASSES` under
        another name (``from django.http import HttpResponseGone as Gone``)."""
        found = self.bindings
        return found is None or found.star or name in found.aliases

    def qualified(self, node: cst.BaseExpression, line: int) -> str | None:
        """The one qualified name of ``node`` (a name or an attribute) on ``line``, as its
        libcst scope gives it, or ``None`` when it has none or several."""
        full_name = get_full_name_for_node(node)
        if full_name is None:
            return None
        found = self.bindings
        base = full_name.partition(".")[0]
        if found is not None and not found.star:
            count = found.counts.get(base, 0)
            if count == 0:
                return None  # a builtin, or nothing: never an import
            statement = found.imports.get(base)
            if count == 1 and statement is not None and _read_after(node, statement, line):
                names = _from_import(statement, full_name)
                return next(iter(names)) if len(names) == 1 else None
        return self._from_scopes(node)

    def _from_scopes(self, node: cst.CSTNode) -> str | None:
        scope = self.get(node)
        names: set[QualifiedName] = (
            set(scope.get_qualified_names_for(node)) if scope is not None else set()
        )
        return next(iter(names)).name if len(names) == 1 else None
