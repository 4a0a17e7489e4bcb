"""A module's source rewritten: the calls read, the drafts planned, the new text written."""

from __future__ import annotations

import ast
import re
from typing import Any, Final

import libcst as cst
from libcst.metadata import MetadataWrapper, ScopeProvider

from ._changes import Change, Upgraded
from ._facts import DJANGO_CLASSES, ensure_settings
from ._folding import attach_statements, later_refusal, missing
from ._imports import (
    DropImports,
    ImportStyle,
    WrapImport,
    add_import,
    refuse_clashes,
    unused_imports,
)
from ._reading import Draft, Reader, call_lines
from ._writing import Writer

_CALL: Final = re.compile(r"\b(?:HttpResponse\w*|JsonResponse)(?:\s*\(|\s+as\b)")


class UnkeptSource(ValueError):
    """A source whose bytes the rewrite could not keep exactly (libcst does not give back
    some rare layouts, such as a form feed at the start of a line): left alone whole."""


def mentions_django_responses(source: str) -> bool:
    """Whether ``source`` may call a Django response class: the rest need no parsing."""
    return "django" in source and _CALL.search(source) is not None


def _candidate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in DJANGO_CLASSES:
        return False
    if name not in ("HttpResponse", "JsonResponse"):
        return True
    starred = any(isinstance(arg, ast.Starred) for arg in call.args)
    keywords = {keyword.arg for keyword in call.keywords}
    return starred or None in keywords or "status" in keywords or len(call.args) >= 3


def has_candidates(source: str) -> bool:
    """Whether ``source`` calls a class of `DJANGO_CLASSES` by a name that may be
    Django's, other than a plain 200: Python's own parser tells it many times faster than
    libcst's reading, which only those files need. A source Python cannot parse here
    (newer syntax) is read with libcst, which says what is wrong or reads it."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return True
    return any(isinstance(node, ast.Call) and _candidate(node) for node in ast.walk(tree))


def upgrade_source(
    source: str,
    path: str = "<string>",
    *,
    imports: bool = True,
    style: ImportStyle | None = None,
) -> Upgraded:
    """Rewrite the plain Django responses of a module's source.

    ``imports=False`` leaves the imports as they are: the calls and the changes are the
    same, for a caller that only lists the changes (``--check``). ``style`` says where
    isort would place an import (the project's settings; isort's defaults otherwise).
    Line endings (LF, CRLF, CR, mixed) are kept: only the rewritten spans change.

    Raises `libcst.ParserSyntaxError` when ``source`` is not Python, and `UnkeptSource`
    when its bytes could not be kept outside the rewritten spans.

    Examples:
        >>> result = upgrade_source(
        ...     "from django.http import HttpResponse\\n"
        ...     "def f(request, code):\\n"
        ...     "    return HttpResponse(status=code)\\n"
        ... )
        >>> print(result.left_alone[0].reason)
        the status is computed: it is not known before the view runs
    """
    if not mentions_django_responses(source) or not has_candidates(source):
        return Upgraded(source, ())
    if "\r" in source and "\n" not in source:  # old Mac line endings, which libcst drops
        result = upgrade_source(source.replace("\r", "\n"), path, imports=imports, style=style)
        return Upgraded(result.source.replace("\n", "\r"), result.changes)
    ensure_settings()
    module = cst.parse_module(source)
    if module.code != source:
        raise UnkeptSource("libcst cannot give back this file's bytes exactly")
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    reader = Reader(path, module, call_lines(module))
    wrapper.visit(reader)
    left = list(reader.left)
    plans = _plans(module, reader.drafts, path, left)
    scopes = wrapper.resolve(ScopeProvider)
    refuse_clashes(plans, scopes, module, path, left)
    if not plans:
        return Upgraded(source, tuple(sorted(left, key=_line)))
    written, code = _write(module, plans, scopes, (style or ImportStyle()) if imports else None)
    if code.startswith(module.default_newline) and not source.startswith(module.default_newline):
        code = code[len(module.default_newline) :]
    changes = [_change(module, path, draft, written[call]) for call, draft in plans.items()]
    return Upgraded(code, tuple(sorted([*changes, *left], key=_line)))


def _line(change: Change) -> int:
    return change.line


def _plans(
    module: cst.Module, drafts: dict[cst.Call, Draft], path: str, left: list[Change]
) -> dict[cst.Call, Draft]:
    """The drafts that nothing after them refuses; the others left alone with the reason."""
    attach_statements(module, drafts)
    plans: dict[cst.Call, Draft] = {}
    for call, draft in drafts.items():
        reason = missing(draft) or later_refusal(draft)
        if reason is not None:
            left.append(Change(path, draft.line, module.code_for_node(call), reason=reason))
        else:
            plans[call] = draft
    return plans


def _write(
    module: cst.Module, plans: dict[cst.Call, Draft], scopes: Any, style: ImportStyle | None
) -> tuple[dict[cst.Call, cst.Call], str]:
    """Each call's new node, and the module's new text (``style`` None: imports kept)."""
    removed = {statement for draft in plans.values() for statement, _, _ in draft.folds}
    names = sorted({draft.target.__name__ for draft in plans.values()})
    drop = None
    if style is not None:
        drop = DropImports(unused_imports(scopes, module, plans), set(names), style)
    writer = Writer(plans, removed, drop)
    new_module = module.visit(writer)
    if style is not None:
        new_module = add_import(new_module, names, style)
        new_module = new_module.visit(WrapImport(style.line_length))
    return writer.written, new_module.code


def _change(module: cst.Module, path: str, draft: Draft, written: cst.Call) -> Change:
    before = module.code_for_node(draft.call)
    if draft.folds and draft.statement is not None:
        before = "\n".join(
            [
                module.code_for_node(draft.statement),
                *(module.code_for_node(statement).strip() for statement, _, _ in draft.folds),
            ]
        )
    return Change(path, draft.line, before, after=module.code_for_node(written))
