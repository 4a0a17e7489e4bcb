"""The qualified name of a call's class or a status constant, told from what Python's own
parser says of the names the module binds where that is certain, and from libcst's scopes
(computed once, and only then) where it is not.

libcst's ``ScopeProvider`` walks the whole module to answer for every name. The command
asks about a few: the name of each call that may be one of Django's classes, a status
given as a constant, and the names of the classes it writes. What `resolve` makes
certain is taken; every other name is asked of libcst's scopes.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence

import libcst as cst
from libcst.helpers import get_full_name_for_node
from libcst.metadata import QualifiedName, Scope

from ._bound import UNKNOWN, bindings, resolve
from ._reading import module_scopes


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
        if self.bindings is not None:
            name = resolve(self.bindings, full_name, isinstance(node, cst.Name), line)
            if name != UNKNOWN:
                return name
        return self._from_scopes(node)

    def _from_scopes(self, node: cst.CSTNode) -> str | None:
        scope = self.get(node)
        names: set[QualifiedName] = (
            set(scope.get_qualified_names_for(node)) if scope is not None else set()
        )
        return next(iter(names)).name if len(names) == 1 else None
