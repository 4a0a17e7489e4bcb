"""Writing the new call: the typed class, its arguments renamed or dropped, the header sets
folded in; the statements folded removed and the imports left unused dropped."""

from __future__ import annotations

import inspect

import libcst as cst

from ._folding import header_set
from ._imports import DropImports
from ._reading import Draft, literal


def new_call(draft: Draft, updated: cst.Call) -> cst.Call:
    parameters = list(inspect.signature(draft.target).parameters.values())
    positional = [
        parameter.name
        for parameter in parameters
        if parameter.kind
        in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    args: list[cst.Arg] = []
    kept_positional = True
    for index, arg in enumerate(updated.args):
        if index in draft.dropped:
            if index == len(updated.args) - 1 and args:
                args[-1] = _take_end(args[-1], arg)
            continue
        key = draft.renamed[index]
        if arg.keyword is None:
            if kept_positional and len(args) < len(positional) and positional[len(args)] == key:
                args.append(arg)
                continue
            kept_positional = False
            arg = arg.with_changes(
                keyword=cst.Name(key),
                equal=cst.AssignEqual(
                    whitespace_before=cst.SimpleWhitespace(""),
                    whitespace_after=cst.SimpleWhitespace(""),
                ),
            )
        args.append(arg)
    for statement, argument, value in draft.folds:
        given = header_set(statement, draft.assigned or "")
        node = given[1] if given is not None and literal(given[1]) == (True, value) else None
        new = cst.Arg(
            value=node if node is not None else cst.parse_expression(repr(value)),
            keyword=cst.Name(argument),
            equal=cst.AssignEqual(
                whitespace_before=cst.SimpleWhitespace(""),
                whitespace_after=cst.SimpleWhitespace(""),
            ),
        )
        if args:
            last = args[-1]
            if isinstance(last.comma, cst.Comma):
                new = new.with_changes(
                    comma=last.comma, whitespace_after_arg=last.whitespace_after_arg
                )
            else:
                new = new.with_changes(whitespace_after_arg=last.whitespace_after_arg)
                last = last.with_changes(
                    comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                )
            args[-1] = last.with_changes(whitespace_after_arg=cst.SimpleWhitespace(""))
        args.append(new)
    if args and not draft.folds:
        last = args[-1]
        if isinstance(last.comma, cst.Comma) and not _multiline(updated):
            args[-1] = last.with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return updated.with_changes(func=cst.Name(draft.target.__name__), args=args)


def _take_end(previous: cst.Arg, removed: cst.Arg) -> cst.Arg:
    """``previous`` as the last argument in place of ``removed``: its own comment kept, the
    removed one's trailing comma (or none) and the line break before ``)``."""
    comma = previous.comma
    if (
        isinstance(comma, cst.Comma)
        and isinstance(comma.whitespace_after, cst.ParenthesizedWhitespace)
        and comma.whitespace_after.first_line.comment is not None
    ):
        after: cst.BaseParenthesizableWhitespace = removed.whitespace_after_arg
        if isinstance(removed.comma, cst.Comma) and isinstance(
            removed.comma.whitespace_after, cst.ParenthesizedWhitespace
        ):
            last = removed.comma.whitespace_after.last_line
        elif isinstance(after, cst.ParenthesizedWhitespace):
            last, after = after.last_line, cst.SimpleWhitespace("")
        else:
            last = cst.SimpleWhitespace("")
        return previous.with_changes(
            comma=comma.with_changes(
                whitespace_after=comma.whitespace_after.with_changes(last_line=last)
            ),
            whitespace_after_arg=after,
        )
    return previous.with_changes(
        comma=removed.comma, whitespace_after_arg=removed.whitespace_after_arg
    )


def _multiline(call: cst.Call) -> bool:
    return "\n" in cst.Module([]).code_for_node(call)


class Writer(cst.CSTTransformer):
    """The calls planned, the header sets folded removed, and the imports left unused."""

    def __init__(
        self,
        plans: dict[cst.Call, Draft],
        removed: set[cst.SimpleStatementLine],
        drop: DropImports | None,
    ) -> None:
        super().__init__()
        self.plans = plans
        self.removed = removed
        self.drop = drop
        self.written: dict[cst.Call, cst.Call] = {}
        self.emptied: set[cst.SimpleStatementLine] = set()

    def leave_Import(
        self, original_node: cst.Import, updated_node: cst.Import
    ) -> cst.Import | cst.RemovalSentinel:
        if self.drop is None:
            return updated_node
        return self.drop.leave_Import(original_node, updated_node)

    def leave_ImportFrom(
        self, original_node: cst.ImportFrom, updated_node: cst.ImportFrom
    ) -> cst.ImportFrom | cst.RemovalSentinel:
        if self.drop is None:
            return updated_node
        return self.drop.leave_ImportFrom(original_node, updated_node)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        draft = self.plans.get(original_node)
        if draft is None:
            return updated_node
        new = new_call(draft, updated_node)
        self.written[original_node] = new
        return new

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.RemovalSentinel:
        if original_node in self.removed:
            return cst.RemoveFromParent()
        if not updated_node.body:  # an import gone: its blank lines and comments stay
            emptied = updated_node.with_changes(body=[cst.Pass()])
            self.emptied.add(emptied)
            return emptied
        return updated_node

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        body: list[cst.BaseStatement] = []
        carried: list[cst.EmptyLine] = []
        for statement in updated_node.body:
            if statement in self.emptied:
                assert isinstance(statement, cst.SimpleStatementLine)
                carried.extend(statement.leading_lines)
                continue
            if carried:
                own = list(statement.leading_lines)
                if own:
                    carried = [line for line in carried if line.comment is not None]
                statement = statement.with_changes(leading_lines=[*carried, *own])
                carried = []
            body.append(statement)
        return updated_node.with_changes(body=body)
