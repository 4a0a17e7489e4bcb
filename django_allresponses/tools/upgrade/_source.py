"""A module's source rewritten: the calls read, the drafts planned, the new text written."""

from __future__ import annotations

import libcst as cst
from libcst._nodes.internal import CodegenState

from ._candidates import has_candidates, mentions_django_responses, parsed
from ._changes import Change, UnkeptSource, Upgraded
from ._facts import ensure_settings
from ._folding import attach_statements, later_refusal, missing
from ._imports import DropImports, WrapImport, add_import, refuse_clashes, unused_imports
from ._names import Names
from ._reading import Draft, Places, Reader, places
from ._style import ImportStyle
from ._writing import Writer

__all__ = ["UnkeptSource", "has_candidates", "mentions_django_responses", "upgrade_source"]


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
    found = places(module)
    if found.code != source:
        raise UnkeptSource("libcst cannot give back this file's bytes exactly")
    scopes = Names(module, parsed(source))
    reader = Reader(path, module, found, scopes)
    reader.read()
    left = list(reader.left)
    plans = _plans(module, reader, path, left)
    refuse_clashes(plans, scopes, module, path, left)
    if not plans:
        return Upgraded(source, tuple(sorted(left, key=_line)))
    if imports:
        written, code = _write(module, plans, scopes, style or ImportStyle())
    else:
        written, code = _write_calls(module, plans, found)
    if code.startswith(module.default_newline) and not source.startswith(module.default_newline):
        code = code[len(module.default_newline) :]
    changes = [_change(module, path, draft, written[call]) for call, draft in plans.items()]
    return Upgraded(code, tuple(sorted([*changes, *left], key=_line)))


def _line(change: Change) -> int:
    return change.line


def _plans(
    module: cst.Module, reader: Reader, path: str, left: list[Change]
) -> dict[cst.Call, Draft]:
    """The drafts that nothing after them refuses; the others left alone with the reason."""
    attach_statements(reader.blocks, reader.drafts)
    plans: dict[cst.Call, Draft] = {}
    for call, draft in reader.drafts.items():
        reason = missing(draft) or later_refusal(draft)
        if reason is not None:
            left.append(Change(path, draft.line, module.code_for_node(call), reason=reason))
        else:
            plans[call] = draft
    return plans


def _removed(plans: dict[cst.Call, Draft]) -> set[cst.SimpleStatementLine]:
    return {statement for draft in plans.values() for statement, _, _ in draft.folds}


def _write(
    module: cst.Module, plans: dict[cst.Call, Draft], scopes: Names, style: ImportStyle
) -> tuple[dict[cst.Call, cst.Call], str]:
    """Each call's new node, and the module's new text, its imports placed in ``style``."""
    names = sorted({draft.target.__name__ for draft in plans.values()})
    drop = DropImports(unused_imports(scopes, module, plans), set(names), style)
    writer = Writer(plans, _removed(plans), drop)
    new_module = module.visit(writer)
    new_module = add_import(new_module, names, style)
    new_module = new_module.visit(WrapImport(style.line_length))
    return writer.written, new_module.code


def _write_calls(
    module: cst.Module, plans: dict[cst.Call, Draft], found: Places
) -> tuple[dict[cst.Call, cst.Call], str]:
    """Each call's new node, and the module's new text with its imports as they are: the
    code of each outermost call rewritten replaced by its new node's, generated at the same
    indentation, and each header set folded cut out, as the `Writer` over the whole module
    would give them."""
    removed = _removed(plans)
    if removed and not module.has_trailing_newline:  # the last line break moves: rebuild
        return _write_statements(module, plans, found)
    writer = Writer(plans, removed, None)
    spans = found.spans
    edits: list[tuple[int, int, str]] = []
    for call in plans:
        start, end, indent = spans[call]
        if any(
            other is not call and spans[other][0] <= start and end <= spans[other][1]
            for other in plans
        ):
            continue  # inside another call rewritten: written with it
        state = CodegenState(
            default_indent=module.default_indent,
            default_newline=module.default_newline,
            indent_tokens=list(indent),
        )
        new = call.visit(writer)
        assert isinstance(new, cst.Call)
        new._codegen(state)  # pyright: ignore[reportPrivateUsage]
        edits.append((start, end, "".join(state.tokens)))
    edits.extend((spans[statement][0], spans[statement][1], "") for statement in removed)
    pieces: list[str] = []
    at = 0
    for start, end, text in sorted(edits):
        pieces += [found.code[at:start], text]
        at = end
    pieces.append(found.code[at:])
    return writer.written, "".join(pieces)


def _write_statements(
    module: cst.Module, plans: dict[cst.Call, Draft], found: Places
) -> tuple[dict[cst.Call, cst.Call], str]:
    """`_write_calls` by rebuilding the statements of the module's body that hold a call
    rewritten or a header set folded (the others are kept as they are)."""
    removed = _removed(plans)
    touched = {found.calls[call][1] for call in plans} | removed
    writer = Writer(plans, removed, None)
    body: list[cst.BaseStatement] = []
    for statement in module.body:
        if statement not in touched:
            body.append(statement)
            continue
        new = statement.visit(writer)
        if isinstance(new, cst.BaseStatement):  # a header set folded is removed
            body.append(new)
    new_module = writer.leave_Module(module, module.with_changes(body=body))
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
