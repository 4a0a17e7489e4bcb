"""The imports of a rewritten module: those left unused dropped, this library's added where
isort (and ruff's ``I`` rules) would place it, and names that would clash refused."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import libcst as cst
from libcst.metadata import Scope

from ._changes import Change
from ._facts import DJANGO_MODULES, PACKAGE
from ._names import Names
from ._reading import Draft
from ._style import ImportStyle

Statement = cst.SimpleStatementLine | cst.BaseCompoundStatement
"""A statement of a module's body."""


def import_module(node: cst.ImportFrom) -> str:
    """The module an ``import from`` names (empty for ``from . import x``)."""
    if node.module is None:
        return ""
    return cst.Module([]).code_for_node(node.module)


def _level(node: cst.ImportFrom) -> int:
    return len(node.relative)


def bound_name(alias: cst.ImportAlias) -> str:
    """The name an import binds."""
    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
        return alias.asname.name.value
    return cst.Module([]).code_for_node(alias.name).split(".")[0]


def _real_name(alias: cst.ImportAlias) -> str:
    return cst.Module([]).code_for_node(alias.name)


def exported(module: cst.Module) -> frozenset[str]:
    """The names a module's ``__all__`` lists (string literals in a list or tuple)."""
    names: set[str] = set()
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            targets: Sequence[cst.BaseExpression] = ()
            value: cst.BaseExpression | None = None
            if isinstance(small, cst.Assign):
                targets, value = [target.target for target in small.targets], small.value
            elif isinstance(small, cst.AugAssign | cst.AnnAssign):
                targets, value = [small.target], small.value
            if value is None or not any(
                isinstance(target, cst.Name) and target.value == "__all__" for target in targets
            ):
                continue
            for element in getattr(value, "elements", ()):
                string = getattr(element, "value", None)
                if isinstance(string, cst.SimpleString) and isinstance(
                    string.evaluated_value, str
                ):
                    names.add(string.evaluated_value)
    return frozenset(names)


def _base_name(node: cst.CSTNode) -> cst.Name | None:
    while isinstance(node, cst.Attribute):
        node = node.value
    return node if isinstance(node, cst.Name) else None


def unused_imports(
    scopes: Names, module: cst.Module, plans: dict[cst.Call, Draft]
) -> dict[cst.CSTNode, set[str]]:
    """The module's imports used only by what the rewrite removes: import statement ->
    the names it binds that go. A name ``__all__`` lists stays."""
    removed = {
        base
        for draft in plans.values()
        for node in draft.removed_nodes
        if (base := _base_name(node)) is not None
    }
    keep = exported(module)
    scope = scopes.get(module)
    unused: dict[cst.CSTNode, set[str]] = {}
    if scope is None:
        return unused
    for assignment in scope.assignments:
        node = getattr(assignment, "node", None)
        if not isinstance(node, cst.Import | cst.ImportFrom) or assignment.name in keep:
            continue
        references = [access.node for access in assignment.references]
        if references and all(reference in removed for reference in references):
            unused.setdefault(node, set()).add(assignment.name)
    return unused


class DropImports(cst.CSTTransformer):
    """Drop the names the rewrite leaves unused, and Django's imports of the names that
    now name this library's classes (every use of them was a call rewritten)."""

    def __init__(
        self, unused: dict[cst.CSTNode, set[str]], renamed: set[str], style: ImportStyle
    ) -> None:
        super().__init__()
        self.unused = unused
        self.renamed = renamed
        self.style = style

    def _kept(
        self, original: cst.Import | cst.ImportFrom, names: Sequence[cst.ImportAlias]
    ) -> list[cst.ImportAlias] | None:
        going = set(self.unused.get(original, ()))
        if isinstance(original, cst.ImportFrom) and import_module(original) in DJANGO_MODULES:
            going |= self.renamed
        kept = [alias for alias in names if bound_name(alias) not in going]
        if len(kept) == len(names):
            return None
        if kept:
            kept[-1] = kept[-1].with_changes(comma=names[-1].comma)
        return kept

    def leave_Import(
        self, original_node: cst.Import, updated_node: cst.Import
    ) -> cst.Import | cst.RemovalSentinel:
        kept = self._kept(original_node, updated_node.names)
        if kept is None:
            return updated_node
        return updated_node.with_changes(names=kept) if kept else cst.RemoveFromParent()

    def leave_ImportFrom(
        self, original_node: cst.ImportFrom, updated_node: cst.ImportFrom
    ) -> cst.ImportFrom | cst.RemovalSentinel:
        if isinstance(updated_node.names, cst.ImportStar):
            return updated_node
        kept = self._kept(original_node, updated_node.names)
        if kept is None:
            return updated_node
        if not kept:
            return cst.RemoveFromParent()
        if updated_node.lpar is not None and len(kept) == 1:
            kept = [kept[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)]
            return updated_node.with_changes(names=kept, lpar=None, rpar=None)
        shorter = updated_node.with_changes(names=kept)
        if updated_node.lpar is None or self.style.split_on_trailing_comma:
            return shorter  # ruff keeps a wrapped import whose last name has a comma
        space = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        flat = [
            alias.with_changes(comma=space if index < len(kept) - 1 else cst.MaybeSentinel.DEFAULT)
            for index, alias in enumerate(kept)
        ]
        one_line = updated_node.with_changes(names=flat, lpar=None, rpar=None)
        fits = len(cst.Module([]).code_for_node(one_line)) <= self.style.line_length
        return one_line if fits else shorter  # isort joins what fits on a line


def refuse_clashes(
    plans: dict[cst.Call, Draft], scopes: Names, module: cst.Module, path: str, left: list[Change]
) -> None:
    """Leave alone the calls whose new class name is bound, where they are, to something
    other than this library's class of that name that stays in use after the rewrite (or
    that ``__all__`` re-exports)."""
    funcs = {draft.call.func for draft in plans.values()}
    keep = exported(module)
    for call, draft in list(plans.items()):
        name = draft.target.__name__
        if not scopes.may_be_bound(name):
            continue  # bound nowhere in the module: no scope needed to tell
        scope: Scope | None = scopes.get(call)
        if scope is None or name not in scope:
            continue
        for assignment in scope[name]:
            reason = _clash(assignment, name, funcs, keep)
            if reason is None:
                continue
            del plans[call]
            left.append(Change(path, draft.line, module.code_for_node(call), reason=reason))
            break


def _clash(
    assignment: Any, name: str, funcs: set[cst.BaseExpression], keep: frozenset[str]
) -> str | None:
    node = getattr(assignment, "node", None)
    qualified = getattr(assignment, "name", name)
    if isinstance(node, cst.ImportFrom) and not isinstance(node.names, cst.ImportStar):
        alias = next((alias for alias in node.names if bound_name(alias) == name), None)
        real = _real_name(alias) if alias is not None else name
        if import_module(node) == PACKAGE:
            if real == name:
                return None
            return f"{name} names django_allresponses.{real} here; {name} would send its status"
        if name in keep:
            return f"{name} is re-exported through __all__: it must stay Django's"
        if all(access.node in funcs for access in assignment.references):
            return None
    return f"{qualified} is another name here, still in use; {name} would shadow it"


def _member_key(alias: cst.ImportAlias) -> tuple[int, str, str]:
    """isort's and ruff's order of names in an import (``order-by-type``): constants,
    classes, then the rest, each case-insensitively."""
    name = _real_name(alias)
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name.lower(), name


def _statement_key(
    small: cst.Import | cst.ImportFrom, style: ImportStyle
) -> tuple[int, int, str, str]:
    if isinstance(small, cst.ImportFrom):
        name, level, kind = import_module(small), _level(small), 1
    else:
        name, level, kind = _real_name(small.names[0]), 0, 0
    if style.force_sort_within_sections:
        kind = 0
    return style.section(name, level), kind, ("." * level + name).lower(), name


def _import_block(body: Sequence[Statement]) -> list[int]:
    """The indexes of the module's first run of top-level import statements."""
    found: list[int] = []
    for index, statement in enumerate(body):
        imports = isinstance(statement, cst.SimpleStatementLine) and all(
            isinstance(small, cst.Import | cst.ImportFrom) for small in statement.body
        )
        if imports:
            found.append(index)
        elif found or not (index == 0 and _is_docstring(statement)):
            break
    return found


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, cst.SimpleString | cst.ConcatenatedString)
    )


def _blank(count: int, lines: Sequence[cst.EmptyLine]) -> list[cst.EmptyLine]:
    """``lines`` with its leading blank lines made ``count``."""
    rest = list(lines)
    while rest and rest[0].comment is None:
        rest.pop(0)
    return [cst.EmptyLine() for _ in range(count)] + rest


def _extend(small: cst.ImportFrom, names: Sequence[str]) -> cst.ImportFrom | None:
    """An import of this library with ``names`` added in isort's order, or ``None`` when
    it has them all (or is a star import)."""
    if isinstance(small.names, cst.ImportStar):
        return None
    have = {bound_name(alias) for alias in small.names}
    new = [cst.ImportAlias(name=cst.Name(name)) for name in names if name not in have]
    if not new:
        return None
    aliases = sorted([*small.names, *new], key=_member_key)
    space = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    aliases = [
        alias.with_changes(
            comma=space if position < len(aliases) - 1 else cst.MaybeSentinel.DEFAULT
        )
        for position, alias in enumerate(aliases)
    ]
    return small.with_changes(names=aliases, lpar=None, rpar=None)


def add_import(module: cst.Module, names: Sequence[str], style: ImportStyle) -> cst.Module:
    """``from django_allresponses import ...`` with ``names``: an existing one of the module
    extended, else a new one where isort would place it, blank lines included."""
    body = list(module.body)
    for index, statement in enumerate(body):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.ImportFrom) and import_module(small) == PACKAGE:
                extended = _extend(small, names)
                if extended is None:
                    return module
                body[index] = statement.with_changes(body=[extended])
                return module.with_changes(body=body)
    line = cst.parse_statement(f"from {PACKAGE} import {', '.join(names)}\n")
    assert isinstance(line, cst.SimpleStatementLine)
    block = _import_block(body)
    if block:
        _insert_in_block(body, block, line, style)
    else:
        _insert_first(body, line)
    return module.with_changes(body=body)


def _insert_first(body: list[Statement], line: cst.SimpleStatementLine) -> None:
    """The module's first import: after its docstring, and the blank lines after it that
    isort wants (two before a class or function, one before anything else)."""
    at = 1 if body and _is_docstring(body[0]) else 0
    if at < len(body):
        following = body[at]
        lines = following.leading_lines
        if not lines or lines[0].comment is not None:  # no blank line kept from before
            definition = isinstance(following, cst.FunctionDef | cst.ClassDef)
            body[at] = following.with_changes(leading_lines=_blank(2 if definition else 1, lines))
    body.insert(at, line)


def _insert_in_block(
    body: list[Statement],
    block: list[int],
    line: cst.SimpleStatementLine,
    style: ImportStyle,
) -> None:
    """Insert ``line`` in the import block in isort's order, one blank line between
    sections."""

    def key(index: int) -> tuple[int, int, str, str]:
        statement = body[index]
        assert isinstance(statement, cst.SimpleStatementLine)
        small = statement.body[0]
        assert isinstance(small, cst.Import | cst.ImportFrom)
        return _statement_key(small, style)

    small = line.body[0]
    assert isinstance(small, cst.ImportFrom)
    ours = _statement_key(small, style)
    keys = {index: key(index) for index in block}  # a section may look at the disk: once
    after = [index for index in block if keys[index] > ours]
    at = after[0] if after else block[-1] + 1
    before = [index for index in block if index < at]
    prev = keys[before[-1]][0] if before else None
    if after:
        following = body[at]
        if prev is None:  # first of the block: its leading lines are ours
            lines = following.leading_lines
            line = line.with_changes(leading_lines=_blank(0, lines) if at == 0 else lines)
            following = following.with_changes(leading_lines=[])
        count = 1 if keys[at][0] != ours[0] else 0
        body[at] = following.with_changes(leading_lines=_blank(count, following.leading_lines))
    if prev is not None:
        line = line.with_changes(leading_lines=[cst.EmptyLine()] if prev != ours[0] else [])
    body.insert(at, line)


class WrapImport(cst.CSTTransformer):
    """This library's import, one name a line in parentheses when it is longer than the
    line length."""

    def __init__(self, line_length: int) -> None:
        super().__init__()
        self.line_length = line_length

    def leave_ImportFrom(
        self, original_node: cst.ImportFrom, updated_node: cst.ImportFrom
    ) -> cst.ImportFrom:
        names = updated_node.names
        if (
            import_module(updated_node) != PACKAGE
            or isinstance(names, cst.ImportStar)
            or updated_node.lpar is not None
            or len(cst.Module([]).code_for_node(updated_node)) <= self.line_length
        ):
            return updated_node
        indent = cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(),
            empty_lines=[],
            indent=False,
            last_line=cst.SimpleWhitespace("    "),
        )
        end = cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(), empty_lines=[], indent=False
        )
        wrapped = [
            alias.with_changes(
                comma=cst.Comma(whitespace_after=end if index == len(names) - 1 else indent)
            )
            for index, alias in enumerate(names)
        ]
        return updated_node.with_changes(
            names=wrapped, lpar=cst.LeftParen(whitespace_after=indent), rpar=cst.RightParen()
        )
