"""The statements after a call: headers set right after it, folded into its arguments, and
what the function does later with the response that the typed class would refuse."""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any

import libcst as cst

from ._facts import argument_example
from ._reading import Draft, literal


def header_set(statement: cst.BaseStatement, name: str) -> tuple[str, cst.BaseExpression] | None:
    """``name["Header"] = value`` alone on its line without comments: the header and value."""
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    if statement.trailing_whitespace.comment is not None or any(
        line.comment is not None for line in statement.leading_lines
    ):
        return None
    assign = statement.body[0]
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    target = assign.targets[0].target
    if not (
        isinstance(target, cst.Subscript)
        and isinstance(target.value, cst.Name)
        and target.value.value == name
        and len(target.slice) == 1
        and isinstance(target.slice[0].slice, cst.Index)
    ):
        return None
    key = target.slice[0].slice.value
    if not isinstance(key, cst.SimpleString):
        return None
    header = key.evaluated_value
    return (header, assign.value) if isinstance(header, str) else None


def _sent_by_django(code: int, header: str, value: str | int) -> str | None:
    from django.http import HttpResponse

    expected = HttpResponse(status=code)
    try:
        expected[header] = value
    except Exception:  # Django refuses the value: the line stays as it is
        return None
    return expected.headers[header]


def fold_value(
    target: type[Any], code: int, header: str, value: object
) -> tuple[str, object] | None:
    """The argument and value that send ``header: value`` as setting it after does, proven
    by building both: Django's response with the header set, and the typed class."""
    units = {unit.key: unit for unit in getattr(target, "takes", ())}
    unit = units.get(header.lower())
    if unit is None or not isinstance(value, str | int) or isinstance(value, bool):
        return None
    text = str(value)
    candidates: list[object] = [text]
    if text.isdigit():
        candidates.insert(0, int(text))
    if unit.argument in ("permitted_methods", "upgrade"):
        candidates.insert(0, [part.strip() for part in text.split(",")])
    expected = _sent_by_django(code, header, value)
    if expected is None:
        return None
    for candidate in candidates:
        arguments: dict[str, object] = {
            key: argument_example(key)
            for key, parameter in inspect.signature(target).parameters.items()
            if parameter.default is inspect.Parameter.empty and key != unit.argument
        }
        arguments[unit.argument] = candidate
        try:
            built = target(**arguments)
        except Exception:
            continue
        if built.headers.get(header) == expected:
            return unit.argument, candidate
    return None


class _Aliases(cst.CSTVisitor):
    """The names a function binds to the response: its own, and ``other = name`` after."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.names = {name}

    def visit_Assign(self, node: cst.Assign) -> None:
        if isinstance(node.value, cst.Name) and node.value.value in self.names:
            for target in node.targets:
                if isinstance(target.target, cst.Name):
                    self.names.add(target.target.value)


class _Uses(cst.CSTVisitor):
    """What a function does later with the response, under any of its names: attributes
    set, methods called, headers set, ``setattr`` called on it."""

    def __init__(self, names: set[str]) -> None:
        super().__init__()
        self.names = names
        self.attributes: set[str] = set()
        self.headers: set[str] = set()
        self.setattr = False

    def _ours(self, node: cst.BaseExpression) -> bool:
        return isinstance(node, cst.Name) and node.value in self.names

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if self._ours(node.value):
            self.attributes.add(node.attr.value)

    def visit_Call(self, node: cst.Call) -> None:
        if (
            isinstance(node.func, cst.Name)
            and node.func.value in ("setattr", "vars")
            and node.args
            and self._ours(node.args[0].value)
        ):
            self.setattr = True

    def visit_Subscript(self, node: cst.Subscript) -> None:
        if not self._ours(node.value):
            return
        for element in node.slice:
            if isinstance(element.slice, cst.Index) and isinstance(
                element.slice.value, cst.SimpleString
            ):
                self.headers.add(str(element.slice.value.evaluated_value).lower())
            else:
                self.headers.add("?")


def _assigned_call(statement: cst.BaseStatement) -> tuple[str, cst.Call] | None:
    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    assign = statement.body[0]
    if (
        isinstance(assign, cst.Assign)
        and len(assign.targets) == 1
        and isinstance(assign.targets[0].target, cst.Name)
        and isinstance(assign.value, cst.Call)
    ):
        return assign.targets[0].target.value, assign.value
    return None


def _fold_following(draft: Draft, name: str, following: Sequence[cst.BaseStatement]) -> None:
    for statement in following:
        found = header_set(statement, name)
        if found is None:
            return
        header, value_node = found
        known, value = literal(value_node)
        folded = fold_value(draft.target, draft.code, header, value) if known else None
        if (
            folded is None
            or folded[0] in draft.arguments
            or any(folded[0] == argument for _, argument, _ in draft.folds)
        ):
            return
        assert isinstance(statement, cst.SimpleStatementLine)
        draft.folds.append((statement, folded[0], folded[1]))


def attach_statements(
    blocks: Sequence[Sequence[cst.BaseStatement]], drafts: dict[cst.Call, Draft]
) -> None:
    """Give each draft assigned to a name its statement and the header sets after it;
    ``blocks`` are the module's body and every indented block in it."""
    for body in blocks:
        for position, statement in enumerate(body):
            found = _assigned_call(statement)
            if found is None or found[1] not in drafts:
                continue
            name, call = found
            draft = drafts[call]
            draft.assigned = name
            assert isinstance(statement, cst.SimpleStatementLine)
            draft.statement = statement
            _fold_following(draft, name, body[position + 1 :])


def later_refusal(draft: Draft) -> str | None:
    """Why what the function does later with the response would change behaviour."""
    if draft.assigned is None or draft.scope_node is None:
        return None
    aliases = _Aliases(draft.assigned)
    for _ in range(3):  # b = a; c = b: a name bound to a name bound before
        draft.scope_node.visit(aliases)
    uses = _Uses(aliases.names)
    draft.scope_node.visit(uses)
    name = draft.assigned
    if uses.setattr or {"__setattr__", "__dict__"} & uses.attributes:
        return f"setattr() on {name}: what it changes cannot be seen"
    if "status_code" in uses.attributes:
        return f"{name}.status_code is set later: {draft.target.__name__} fixes it"
    if not draft.target.facts.allows_content:
        touched = uses.attributes & {"content", "write", "writelines"}
        if touched or "content-type" in uses.headers or "?" in uses.headers:
            return (
                f"content on a bodiless status: {name} gets content or a "
                f"Content-Type later, which {draft.target.__name__} refuses"
            )
    return None


def missing(draft: Draft) -> str | None:
    """A required argument of the typed class the call and its header sets do not give."""
    folded = {argument for _, argument, _ in draft.folds}
    for key, parameter in inspect.signature(draft.target).parameters.items():
        if (
            parameter.default is inspect.Parameter.empty
            and key not in draft.arguments
            and key not in folded
            and key not in ("data", "content")
        ):
            facts = draft.target.facts
            return (
                f"a {facts.code} without {key}: {draft.target.__name__} requires it "
                f"({facts.code} {facts.phrase})"
            )
    return None
