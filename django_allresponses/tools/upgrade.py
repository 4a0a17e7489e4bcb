"""``python -m django_allresponses upgrade``: plain Django responses into the typed classes.

A call is rewritten only when its status is known statically and the typed class
sends the same status, body and headers (less the headers the typed classes never
send: no ``Content-Type`` on a status without content). Everything else is left
alone and reported, with the reason.

Rewritten (the class is looked up with `response_class`,
never from a table kept by hand):

* ``HttpResponse(..., status=404)``, ``status=HTTPStatus.NOT_FOUND``,
  ``status=http.HTTPStatus.NOT_FOUND`` and ``status=status.HTTP_404_NOT_FOUND``
  (Django REST framework's constants, when the name is that import);
* ``JsonResponse(data, status=409)``, into the JSON twin;
* Django's own classes, at the status they send (``HttpResponsePermanentRedirect``
  is a 301: ``HttpResponseMovedPermanently``; ``HttpResponseRedirect`` a 302:
  ``HttpResponseFound``; ``HttpResponseNotAllowed(methods)`` takes
  ``permitted_methods``);
* a header set right after the response is built, which the class takes as an
  argument, when the value is a literal whose header is the same either way
  (``response["Retry-After"] = "30"`` becomes ``retry_after=30``).

Left alone: a computed status, ``*args`` or ``**kwargs``, a required header
argument that is not given (a 201 without a location), content on a status
without content, a literal the typed class refuses, a response whose
``status_code`` is set later in the same function, and a class name that would
clash with a name the module uses otherwise.

Examples:
    >>> source = '''from django.http import HttpResponse
    ...
    ... def gone(request):
    ...     return HttpResponse("Gone for good", status=410)
    ... '''
    >>> result = upgrade_source(source)
    >>> print(result.source, end="")
    from django_allresponses import HttpResponseGone
    <BLANKLINE>
    def gone(request):
        return HttpResponseGone("Gone for good")
    >>> [(change.line, change.after) for change in result.changes]
    [(4, 'HttpResponseGone("Gone for good")')]
"""

from __future__ import annotations

import argparse
import ast
import functools
import http
import inspect
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TextIO

import libcst as cst
from libcst.metadata import (
    CodeRange,
    MetadataWrapper,
    PositionProvider,
    QualifiedNameProvider,
    Scope,
    ScopeProvider,
)

from .command import PROG, CommandError, CommandParser

PACKAGE: Final = "django_allresponses"
DJANGO_MODULES: Final = ("django.http", "django.http.response")
"""The modules Django's response classes are imported from."""
DJANGO_CLASSES: Final = (
    "HttpResponse",
    "JsonResponse",
    "HttpResponseRedirect",
    "HttpResponsePermanentRedirect",
    "HttpResponseNotModified",
    "HttpResponseBadRequest",
    "HttpResponseNotFound",
    "HttpResponseForbidden",
    "HttpResponseNotAllowed",
    "HttpResponseGone",
    "HttpResponseServerError",
)
"""Django's response classes the command rewrites; their statuses are read from Django."""

_DRF_CONSTANT: Final = re.compile(r"rest_framework\.status\.HTTP_(?P<code>[0-9]{3})_[A-Z_]+")
_HTTPSTATUS: Final = re.compile(r"http\.HTTPStatus\.(?P<name>[A-Z_]+)")
_EMPTY: Final = ("", b"")


@dataclass(frozen=True, slots=True)
class Change:
    """One call: rewritten (``after`` is its new text) or left alone (``reason`` says why).

    Examples:
        >>> change = Change("views.py", 3, "HttpResponse(status=204)", "HttpResponseNoContent()")
        >>> print(change.describe())
        views.py:3: HttpResponse(status=204) -> HttpResponseNoContent()
    """

    path: str
    line: int
    before: str
    after: str | None = None
    reason: str | None = None

    @property
    def rewritten(self) -> bool:
        """Whether the call is rewritten.

        Examples:
            >>> Change("a.py", 1, "HttpResponse(status=n)", reason="computed status").rewritten
            False
        """
        return self.after is not None

    def describe(self) -> str:
        """One line: ``file:line: before -> after``, or ``file:line: left alone: reason``.

        Examples:
            >>> print(Change("a.py", 1, "HttpResponse(status=n)", reason="x").describe())
            a.py:1: left alone: HttpResponse(status=n): x
        """
        before = _one_line(self.before)
        if self.after is None:
            return f"{self.path}:{self.line}: left alone: {before}: {self.reason}"
        return f"{self.path}:{self.line}: {before} -> {_one_line(self.after)}"


@dataclass(frozen=True, slots=True)
class Upgraded:
    """The result of `upgrade_source`: the new source and every call seen.

    Examples:
        >>> upgrade_source("x = 1\\n").source
        'x = 1\\n'
    """

    source: str
    changes: tuple[Change, ...]

    @property
    def rewritten(self) -> tuple[Change, ...]:
        """The calls rewritten.

        Examples:
            >>> upgrade_source("x = 1\\n").rewritten
            ()
        """
        return tuple(change for change in self.changes if change.rewritten)

    @property
    def left_alone(self) -> tuple[Change, ...]:
        """The calls left alone, each with its reason.

        Examples:
            >>> upgrade_source("x = 1\\n").left_alone
            ()
        """
        return tuple(change for change in self.changes if not change.rewritten)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- What Django's classes take ----------------------------------------------------------------


@functools.cache
def _django_class(name: str) -> type[Any]:
    import django.http

    cls: type[Any] = getattr(django.http, name)
    return cls


@functools.cache
def _django_positional(name: str) -> tuple[str, ...]:
    """The names of a Django class's positional parameters, through ``*args`` to
    ``HttpResponse``'s (content, then ``HttpResponseBase``'s)."""
    from django.http import HttpResponse
    from django.http.response import HttpResponseBase

    names: list[str] = []
    for parameter in list(inspect.signature(_django_class(name).__init__).parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            names.append(parameter.name)
        elif parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            if _django_class(name) is not HttpResponse:
                names.append("content")
            elif "content" not in names:
                names.insert(0, "content")
            base = inspect.signature(HttpResponseBase.__init__).parameters
            names.extend(list(base)[1:])
            break
    if name == "HttpResponse" and names[:1] != ["content"]:
        names.insert(0, "content")
    return tuple(names)


@functools.cache
def _django_keywords(name: str) -> frozenset[str]:
    from django.http.response import HttpResponseBase

    own = inspect.signature(_django_class(name).__init__).parameters
    base = inspect.signature(HttpResponseBase.__init__).parameters
    return frozenset(
        [*_django_positional(name), *own, *(list(base)[1:] if name == "JsonResponse" else ())]
    ) - {"self", "args", "kwargs"}


def _ensure_settings() -> None:
    from django.conf import settings

    if not settings.configured:
        settings.configure()


# --- Reading a call ------------------------------------------------------------------------------


def _literal(node: cst.BaseExpression) -> tuple[bool, object]:
    """``(True, value)`` for a literal Python can evaluate without running code."""
    try:
        return True, ast.literal_eval(cst.Module([]).code_for_node(node).strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False, None


@dataclass(slots=True)
class _Draft:
    """A call that may be rewritten, before the statements after it are looked at."""

    call: cst.Call
    line: int
    target: type[Any]
    code: int
    arguments: dict[str, int]  # Django's parameter name -> index in call.args
    dropped: set[int]
    renamed: dict[int, str]  # index -> the keyword the typed class takes it as
    removed_nodes: list[cst.CSTNode]
    assigned: str | None = None
    statement: cst.SimpleStatementLine | None = None
    scope_node: cst.CSTNode | None = None
    folds: list[tuple[cst.SimpleStatementLine, str, object]] = field(
        default_factory=lambda: list[tuple[cst.SimpleStatementLine, str, object]]()
    )


class _Reader(cst.CSTVisitor):
    """Reads every call of a Django response class: a draft, or why it is left alone."""

    METADATA_DEPENDENCIES = (PositionProvider, QualifiedNameProvider, ScopeProvider)

    def __init__(self, path: str, module: cst.Module) -> None:
        super().__init__()
        self.path = path
        self.module = module
        self.drafts: dict[cst.Call, _Draft] = {}
        self.left: list[Change] = []
        self._functions: list[cst.CSTNode] = [module]

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._functions.append(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._functions.pop()

    def _qualified(self, node: cst.CSTNode) -> str | None:
        names = self.get_metadata(QualifiedNameProvider, node, set())
        return next(iter(names)).name if len(names) == 1 else None

    def _leave(self, node: cst.Call, reason: str) -> None:
        self.left.append(
            Change(self.path, self._line(node), self.module.code_for_node(node), reason=reason)
        )

    def _line(self, node: cst.CSTNode) -> int:
        position = self.get_metadata(PositionProvider, node)
        assert isinstance(position, CodeRange)
        return position.start.line

    def visit_Call(self, node: cst.Call) -> None:
        qualified = self._qualified(node.func)
        if qualified is None:
            return
        module, _, name = qualified.rpartition(".")
        if module not in DJANGO_MODULES or name not in DJANGO_CLASSES:
            return
        draft = self._draft(node, name)
        if draft is not None:
            draft.scope_node = self._functions[-1]
            self.drafts[node] = draft

    def _draft(self, node: cst.Call, name: str) -> _Draft | None:
        from ..responses.lookup import response_class
        from ..rfc.statuses import STATUSES

        if any(arg.star for arg in node.args):
            self._leave(node, "*args or **kwargs: the arguments cannot be seen")
            return None
        positional = _django_positional(name)
        arguments: dict[str, int] = {}
        for index, arg in enumerate(node.args):
            if arg.keyword is None:
                if index >= len(positional):
                    return None  # a TypeError in Django already
                key = positional[index]
            else:
                key = arg.keyword.value
            if key in arguments or key not in _django_keywords(name):
                return None  # Django refuses it: nothing to preserve
            arguments[key] = index
        json = name == "JsonResponse"
        code: int = _django_class(name).status_code
        dropped: set[int] = set()
        removed: list[cst.CSTNode] = [node.func]
        if "status" in arguments:
            index = arguments.pop("status")
            value = node.args[index].value
            status = self._status(value)
            if status is None:
                self._leave(node, "the status is computed: it is not known before the view runs")
                return None
            code = status
            dropped.add(index)
            removed.append(value)
        elif name in ("HttpResponse", "JsonResponse"):
            return None  # a plain 200: nothing says which status was meant
        if "preserve_request" in arguments:
            index = arguments.pop("preserve_request")
            known, preserve = _literal(node.args[index].value)
            if not known or not isinstance(preserve, bool):
                self._leave(node, "preserve_request= is computed: the status is not known")
                return None
            if preserve:
                code = {301: 308, 302: 307}.get(code, code)
            dropped.add(index)
        if code not in STATUSES:
            self._leave(node, f"{code} is not an assigned status code")
            return None
        facts = STATUSES[code]
        if json and not facts.allows_content:
            self._leave(
                node, f"content on a bodiless status: {code} {facts.phrase} forbids content"
            )
            return None
        target: type[Any] = response_class(code, json=json)
        if not facts.allows_content:
            for key in ("content", "content_type", "charset"):
                if key not in arguments:
                    continue
                known, given = _literal(node.args[arguments[key]].value)
                if key == "content" and not (known and given in _EMPTY):
                    self._leave(
                        node,
                        f"content on a bodiless status: {code} {facts.phrase} forbids content",
                    )
                    return None
                if not known:
                    self._leave(node, f"{key}= is computed, and {target.__name__} sends none")
                    return None
                dropped.add(arguments.pop(key))
        for index in sorted(dropped):
            if "#" in self.module.code_for_node(node.args[index]):
                self._leave(node, "a comment on an argument that would be removed")
                return None
        parameters = inspect.signature(target).parameters
        renamed: dict[int, str] = {}
        for key, index in arguments.items():
            if key not in parameters:
                self._leave(node, f"{target.__name__} takes no {key}=")
                return None
            renamed[index] = key
        checked = self._check_literals(node, target, arguments)
        if checked is not None:
            self._leave(node, checked)
            return None
        return _Draft(
            call=node,
            line=self._line(node),
            target=target,
            code=code,
            arguments=arguments,
            dropped=dropped,
            renamed=renamed,
            removed_nodes=removed,
        )

    def _status(self, value: cst.BaseExpression) -> int | None:
        if isinstance(value, cst.Integer):
            return value.evaluated_value
        if not isinstance(value, cst.Attribute):
            return None
        qualified = self._qualified(value)
        if qualified is None:
            return None
        match = _HTTPSTATUS.fullmatch(qualified)
        if match is not None:
            member = http.HTTPStatus.__members__.get(match["name"])
            return None if member is None else member.value
        match = _DRF_CONSTANT.fullmatch(qualified)
        if match is not None:
            # Django REST framework's constants are named after their value.
            return int(match["code"])
        return None

    def _check_literals(
        self, node: cst.Call, target: type[Any], arguments: dict[str, int]
    ) -> str | None:
        """Build the typed class with the call's literal arguments: what it refuses, Django
        would have sent malformed."""
        from .examples import ARGUMENT_EXAMPLES

        literal: dict[str, object] = {}
        for key, index in arguments.items():
            known, value = _literal(node.args[index].value)
            if known:
                literal[key] = value
        for key, parameter in inspect.signature(target).parameters.items():
            if parameter.default is inspect.Parameter.empty and key not in literal:
                literal[key] = ARGUMENT_EXAMPLES.get(key, {})
        try:
            target(**literal)
        except (ValueError, TypeError) as error:
            return f"{target.__name__} refuses it: {error}"
        return None


# --- Statements after a call: folded headers, later changes --------------------------------


def _header_set(statement: cst.BaseStatement, name: str) -> tuple[str, cst.BaseExpression] | None:
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


def _fold_value(
    target: type[Any], code: int, header: str, value: object
) -> tuple[str, object] | None:
    """The argument and value that send ``header: value`` as setting it after does, proven
    by building both: Django's response with the header set, and the typed class."""
    from django.http import HttpResponse

    from .examples import ARGUMENT_EXAMPLES

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
    expected = HttpResponse(status=code)
    expected[header] = value
    for candidate in candidates:
        arguments: dict[str, object] = {
            key: ARGUMENT_EXAMPLES.get(key, {})
            for key, parameter in inspect.signature(target).parameters.items()
            if parameter.default is inspect.Parameter.empty and key != unit.argument
        }
        arguments[unit.argument] = candidate
        try:
            built = target(**arguments)
        except (ValueError, TypeError):
            continue
        if built.headers.get(header) == expected.headers[header]:
            return unit.argument, candidate
    return None


class _Uses(cst.CSTVisitor):
    """What a function does later with a name: attributes set, methods called, headers set."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.attributes: set[str] = set()
        self.headers: set[str] = set()

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if isinstance(node.value, cst.Name) and node.value.value == self.name:
            self.attributes.add(node.attr.value)

    def visit_Subscript(self, node: cst.Subscript) -> None:
        if isinstance(node.value, cst.Name) and node.value.value == self.name:
            for element in node.slice:
                if isinstance(element.slice, cst.Index) and isinstance(
                    element.slice.value, cst.SimpleString
                ):
                    text = element.slice.value.evaluated_value
                    self.headers.add(str(text).lower())
                else:
                    self.headers.add("?")


def _blocks(module: cst.Module) -> Iterator[Sequence[cst.BaseStatement]]:
    class Blocks(cst.CSTVisitor):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[Sequence[cst.BaseStatement]] = [module.body]

        def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
            self.found.append(node.body)

    visitor = Blocks()
    module.visit(visitor)
    yield from visitor.found


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


def _attach_statements(module: cst.Module, drafts: dict[cst.Call, _Draft]) -> None:
    for body in _blocks(module):
        for position, statement in enumerate(body):
            found = _assigned_call(statement)
            if found is None or found[1] not in drafts:
                continue
            name, call = found
            draft = drafts[call]
            draft.assigned = name
            assert isinstance(statement, cst.SimpleStatementLine)
            draft.statement = statement
            for following in body[position + 1 :]:
                header_set = _header_set(following, name)
                if header_set is None:
                    break
                header, value_node = header_set
                known, value = _literal(value_node)
                folded = _fold_value(draft.target, draft.code, header, value) if known else None
                if (
                    folded is None
                    or folded[0] in draft.arguments
                    or any(folded[0] == argument for _, argument, _ in draft.folds)
                ):
                    break
                assert isinstance(following, cst.SimpleStatementLine)
                draft.folds.append((following, folded[0], folded[1]))


def _later_refusal(draft: _Draft) -> str | None:
    """Why what the function does later with the response would change behaviour."""
    if draft.assigned is None or draft.scope_node is None:
        return None
    uses = _Uses(draft.assigned)
    draft.scope_node.visit(uses)
    if "status_code" in uses.attributes:
        return f"{draft.assigned}.status_code is set later: {draft.target.__name__} fixes it"
    if not draft.target.facts.allows_content:
        touched = uses.attributes & {"content", "write", "writelines"}
        if touched or "content-type" in uses.headers or "?" in uses.headers:
            return (
                f"content on a bodiless status: {draft.assigned} gets content or a "
                f"Content-Type later, which {draft.target.__name__} refuses"
            )
    return None


def _missing(draft: _Draft) -> str | None:
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


# --- Writing the new call --------------------------------------------------------------------


def _new_call(draft: _Draft, updated: cst.Call) -> cst.Call:
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
        given = _header_set(statement, draft.assigned or "")
        node = given[1] if given is not None and _literal(given[1]) == (True, value) else None
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


class _Writer(cst.CSTTransformer):
    """The calls planned, the header sets folded removed, and the imports left unused."""

    def __init__(
        self,
        plans: dict[cst.Call, _Draft],
        removed: set[cst.SimpleStatementLine],
        drop: _DropImports | None,
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
        new = _new_call(draft, updated_node)
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


# --- A source, a file, a tree ------------------------------------------------------------------


_CALL: Final = re.compile(r"\b(?:HttpResponse\w*|JsonResponse)(?:\s*\(|\s+as\b)")


def _mentions_django_responses(source: str) -> bool:
    """Whether ``source`` may call a Django response class: the rest need no parsing."""
    return "django" in source and _CALL.search(source) is not None


def upgrade_source(source: str, path: str = "<string>", *, imports: bool = True) -> Upgraded:
    """Rewrite the plain Django responses of a module's source.

    ``imports=False`` leaves the imports as they are: the calls and the changes are the
    same, for a caller that only lists the changes (``--check``).

    Raises `libcst.ParserSyntaxError` when ``source`` is not Python.

    Examples:
        >>> result = upgrade_source(
        ...     "from django.http import HttpResponse\\n"
        ...     "def f(request, code):\\n"
        ...     "    return HttpResponse(status=code)\\n"
        ... )
        >>> result.source == result.source and print(result.left_alone[0].reason)
        the status is computed: it is not known before the view runs
    """
    if not _mentions_django_responses(source):
        return Upgraded(source, ())
    _ensure_settings()
    module = cst.parse_module(source)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    reader = _Reader(path, module)
    wrapper.visit(reader)
    left = list(reader.left)
    if not reader.drafts:
        return Upgraded(source, tuple(left))
    _attach_statements(module, reader.drafts)
    plans: dict[cst.Call, _Draft] = {}
    for call, draft in reader.drafts.items():
        reason = _missing(draft) or _later_refusal(draft)
        if reason is not None:
            left.append(Change(path, draft.line, module.code_for_node(call), reason=reason))
        else:
            plans[call] = draft
    scopes = wrapper.resolve(ScopeProvider)
    _refuse_clashes(plans, scopes, module, path, left)
    if not plans:
        return Upgraded(source, tuple(sorted(left, key=lambda change: change.line)))
    removed = {statement for draft in plans.values() for statement, _, _ in draft.folds}
    names = sorted({draft.target.__name__ for draft in plans.values()})
    drop = _DropImports(_unused_imports(scopes, module, plans), set(names)) if imports else None
    writer = _Writer(plans, removed, drop)
    new_module = wrapper.module.visit(writer)
    if imports:
        new_module = _add_import(new_module, names)
    new_module = new_module.visit(_WrapImport())
    code = new_module.code
    if code.startswith("\n") and not source.startswith("\n"):
        code = code.lstrip("\n")
    changes = [
        Change(
            path,
            draft.line,
            "\n".join(
                [
                    module.code_for_node(
                        draft.statement if draft.folds and draft.statement else call
                    ),
                    *(module.code_for_node(statement).strip() for statement, _, _ in draft.folds),
                ]
            )
            if draft.folds
            else module.code_for_node(call),
            after=module.code_for_node(writer.written[call]),
        )
        for call, draft in plans.items()
    ]
    return Upgraded(code, tuple(sorted([*changes, *left], key=lambda change: change.line)))


def _base_name(node: cst.CSTNode) -> cst.Name | None:
    while isinstance(node, cst.Attribute):
        node = node.value
    return node if isinstance(node, cst.Name) else None


def _unused_imports(
    scopes: Any, module: cst.Module, plans: dict[cst.Call, _Draft]
) -> dict[cst.CSTNode, set[str]]:
    """The module's imports used only by what the rewrite removes: import statement ->
    the names it binds that go."""
    removed = {
        base
        for draft in plans.values()
        for node in draft.removed_nodes
        if (base := _base_name(node)) is not None
    }
    scope = scopes.get(module)
    unused: dict[cst.CSTNode, set[str]] = {}
    if scope is None:
        return unused
    for assignment in scope.assignments:
        node = getattr(assignment, "node", None)
        if not isinstance(node, cst.Import | cst.ImportFrom):
            continue
        references = [access.node for access in assignment.references]
        if references and all(reference in removed for reference in references):
            unused.setdefault(node, set()).add(assignment.name)
    return unused


def _bound_name(alias: cst.ImportAlias) -> str:
    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
        return alias.asname.name.value
    return cst.Module([]).code_for_node(alias.name).split(".")[0]


class _DropImports(cst.CSTTransformer):
    """Drop the names the rewrite leaves unused, and Django's imports of the names that
    now name this library's classes (every use of them was a call rewritten)."""

    def __init__(self, unused: dict[cst.CSTNode, set[str]], renamed: set[str]) -> None:
        super().__init__()
        self.unused = unused
        self.renamed = renamed

    def _kept(
        self, original: cst.Import | cst.ImportFrom, names: Sequence[cst.ImportAlias]
    ) -> list[cst.ImportAlias] | None:
        going = set(self.unused.get(original, ()))
        if isinstance(original, cst.ImportFrom) and _import_module(original) in DJANGO_MODULES:
            going |= self.renamed
        kept = [alias for alias in names if _bound_name(alias) not in going]
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
        return updated_node.with_changes(names=kept)

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.RemovalSentinel:
        return updated_node if updated_node.body else cst.RemoveFromParent()


def _add_import(module: cst.Module, names: list[str]) -> cst.Module:
    """``from django_allresponses import ...`` with ``names``: an existing one of the module
    extended, else a new one after the module's last import at the top level."""
    body = list(module.body)
    last = -1
    for index, statement in enumerate(body):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.ImportFrom) and _import_module(small) == PACKAGE:
                if isinstance(small.names, cst.ImportStar):
                    return module
                have = {_bound_name(alias) for alias in small.names}
                every = sorted(have | set(names))
                if len(every) == len(have):
                    return module
                aliases = [alias for alias in small.names if alias.asname is not None] + [
                    cst.ImportAlias(name=cst.Name(name))
                    for name in every
                    if name
                    not in {
                        _bound_name(alias) for alias in small.names if alias.asname is not None
                    }
                ]
                aliases = [
                    alias.with_changes(
                        comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                        if position < len(aliases) - 1
                        else cst.MaybeSentinel.DEFAULT
                    )
                    for position, alias in enumerate(aliases)
                ]
                body[index] = statement.with_changes(
                    body=[small.with_changes(names=aliases, lpar=None, rpar=None)]
                )
                return module.with_changes(body=body)
            if isinstance(small, cst.Import | cst.ImportFrom):
                last = index
    line = cst.parse_statement(f"from {PACKAGE} import {', '.join(names)}\n")
    if last < 0:
        first = body[0] if body else None
        docstring = (
            isinstance(first, cst.SimpleStatementLine)
            and isinstance(first.body[0], cst.Expr)
            and isinstance(first.body[0].value, cst.SimpleString | cst.ConcatenatedString)
        )
        last = 0 if docstring else -1
    body.insert(last + 1, line)
    return module.with_changes(body=body)


class _WrapImport(cst.CSTTransformer):
    """This library's import, one name a line in parentheses when it is long."""

    def leave_ImportFrom(
        self, original_node: cst.ImportFrom, updated_node: cst.ImportFrom
    ) -> cst.ImportFrom:
        names = updated_node.names
        if (
            _import_module(updated_node) != PACKAGE
            or isinstance(names, cst.ImportStar)
            or updated_node.lpar is not None
            or len(cst.Module([]).code_for_node(updated_node)) <= 88
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
            names=wrapped,
            lpar=cst.LeftParen(whitespace_after=indent),
            rpar=cst.RightParen(),
        )


def _refuse_clashes(
    plans: dict[cst.Call, _Draft],
    scopes: Any,
    module: cst.Module,
    path: str,
    left: list[Change],
) -> None:
    """Leave alone the calls whose new class name is bound, where they are, to something
    other than this library's class that stays in use after the rewrite."""
    funcs = {draft.call.func for draft in plans.values()}
    for call, draft in list(plans.items()):
        name = draft.target.__name__
        scope: Scope | None = scopes.get(call)
        if scope is None or name not in scope:
            continue
        for assignment in scope[name]:
            node = getattr(assignment, "node", None)
            qualified = getattr(assignment, "name", name)
            if isinstance(node, cst.ImportFrom) and _import_module(node) == PACKAGE:
                continue
            if isinstance(node, cst.ImportFrom) and all(
                access.node in funcs for access in assignment.references
            ):
                continue
            del plans[call]
            left.append(
                Change(
                    path,
                    draft.line,
                    module.code_for_node(call),
                    reason=f"{qualified} is another name here, still in use; "
                    f"{name} would shadow it",
                )
            )
            break


def _import_module(node: cst.ImportFrom) -> str:
    if node.module is None:
        return ""
    return cst.Module([]).code_for_node(node.module)


def python_files(paths: Iterable[str]) -> Iterator[Path]:
    """The Python files under ``paths`` (files as given; directories walked, sorted).

    Examples:
        >>> import django_allresponses.tools.upgrade as this
        >>> [path.name for path in python_files([this.__file__])]
        ['upgrade.py']
    """
    for text in paths:
        path = Path(text)
        if path.is_dir():
            for directory, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
                for filename in sorted(filenames):
                    if filename.endswith(".py"):
                        yield Path(directory, filename)
        else:
            yield path


def upgrade_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses upgrade``.

    Examples:
        >>> upgrade_parser().parse_args(["--check", "src"]).check
        True
    """
    parser = CommandParser(
        prog=f"{PROG} upgrade",
        description="Rewrite plain Django responses whose status is known into the typed "
        "classes of django-allresponses, in place; report each call left alone and why.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Python files or directories")
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 listing each call that would be rewritten",
    )
    parser.add_argument("--diff", action="store_true", help="print a diff; change nothing")
    parser.add_argument("--quiet", action="store_true", help="do not list the calls left alone")
    return parser


def run(arguments: Sequence[str], out: TextIO) -> int:
    """Run ``upgrade`` with command-line ``arguments``; return the exit status.

    Exit 1 when ``--check`` or ``--diff`` finds a call to rewrite, or when a file
    cannot be read or parsed; 0 otherwise.

    Examples:
        >>> import io
        >>> run(["--check", __file__], io.StringIO())
        0
    """
    import difflib

    options = upgrade_parser().parse_args(list(arguments))
    write = not (options.check or options.diff)
    rewritten = left_alone = failed = files = 0
    started = time.perf_counter()
    for path in python_files(options.paths):
        files += 1
        try:
            source = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file or directory") from None
        except (OSError, UnicodeDecodeError) as error:
            print(f"{path}: cannot be read: {error}", file=sys.stderr)
            failed += 1
            continue
        try:
            result = upgrade_source(source, str(path), imports=not options.check)
        except cst.ParserSyntaxError as error:
            print(f"{path}:{error.raw_line}: cannot be parsed: {error.message}", file=sys.stderr)
            failed += 1
            continue
        rewritten += len(result.rewritten)
        left_alone += len(result.left_alone)
        for change in result.changes:
            if change.rewritten or not options.quiet:
                print(change.describe(), file=out)
        if result.source == source:
            continue
        if options.diff:
            out.writelines(
                difflib.unified_diff(
                    source.splitlines(keepends=True),
                    result.source.splitlines(keepends=True),
                    f"{path}",
                    f"{path}",
                )
            )
        if write:
            try:
                path.write_text(result.source, encoding="utf-8")
            except OSError as error:
                print(f"{path}: cannot be written: {error.strerror or error}", file=sys.stderr)
                failed += 1
    elapsed = time.perf_counter() - started
    verb = "rewritten" if write else "to rewrite"
    out.flush()
    print(
        f"{files} files, {rewritten} calls {verb}, {left_alone} left alone ({elapsed:.2f}s)",
        file=sys.stderr,
    )
    if failed:
        return 1
    return 1 if rewritten and not write else 0
