"""Reading a call of one of Django's response classes: a draft of its rewrite, or the reason
it is left alone."""

from __future__ import annotations

import ast
import bisect
import http
import inspect
import itertools
import re
from collections.abc import Generator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import libcst as cst
from libcst._nodes.internal import CodegenState
from libcst.helpers import get_full_name_for_node
from libcst.metadata import ExpressionContextProvider, MetadataWrapper, Scope, ScopeProvider

from ._changes import Change
from ._facts import (
    DJANGO_CLASSES,
    DJANGO_MODULES,
    DRF_CONSTANT,
    EMPTY,
    HTTPSTATUS,
    argument_example,
    django_class,
    django_keywords,
    django_positional,
    drf_status_names,
    preserving_status,
)

if TYPE_CHECKING:
    from ._names import Names


def literal(node: cst.BaseExpression) -> tuple[bool, object]:
    """``(True, value)`` for a literal Python can evaluate without running code."""
    try:
        return True, ast.literal_eval(cst.Module([]).code_for_node(node).strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False, None


_NEWLINE: Final = re.compile(r"\r\n?|\n")


Place = tuple[int, cst.CSTNode, cst.CSTNode]
"""Where a call is: the line it starts on, the statement of the module's body it is in, and
the function it is in (the module outside any)."""


Span = tuple[int, int, tuple[str, ...]]
"""Where a node's code is in the module's: its start and end, and the indentation it is
generated at (the indent tokens of the blocks around it)."""


@dataclass(frozen=True, slots=True)
class Places:
    """What one pass of code generation tells of a module: its code (``module.code``),
    each call's `Place`, in the order a visitor meets them, the module's body and every
    indented block in it, in that order too, and the `Span` of each call and each
    statement line."""

    code: str
    calls: dict[cst.Call, Place]
    blocks: list[Sequence[cst.BaseStatement]]
    spans: dict[cst.CSTNode, Span]


_NOTED: Final = frozenset(
    {
        cst.Call,
        cst.SimpleStatementLine,
        cst.FunctionDef,
        cst.IndentedBlock,
        *(
            kind
            for kind in vars(cst).values()
            if isinstance(kind, type) and issubclass(kind, cst.BaseCompoundStatement)
        ),
    }
)
"""The nodes `_Placing` notes: calls, statement lines, functions, blocks, and the statements
a module's body may hold."""


class _Placing(CodegenState):
    """Code generation that notes where each call is, and where each call and statement
    line starts and ends, as the number of tokens generated before it: the offsets and
    line numbers are counted afterwards, over the tokens, rather than token by token."""

    __slots__ = ("blocks", "body", "calls", "functions", "marks", "popped", "top")

    def __init__(self, module: cst.Module) -> None:
        super().__init__(
            default_indent=module.default_indent, default_newline=module.default_newline
        )
        self.body = set(module.body)
        self.top: cst.CSTNode = module
        self.functions: list[cst.CSTNode] = [module]
        self.calls: dict[cst.Call, tuple[int, cst.CSTNode, cst.CSTNode]] = {}
        self.blocks: list[Sequence[cst.BaseStatement]] = [module.body]
        self.marks: dict[cst.CSTNode, list[Any]] = {}
        self.popped = False

    def before_codegen(self, node: cst.CSTNode) -> None:
        kind = type(node)
        if kind not in _NOTED:
            return
        if node in self.body:
            self.top = node
        if kind is cst.Call or kind is cst.SimpleStatementLine:
            self.marks[node] = [len(self.tokens), 0, tuple(self.indent_tokens)]
        elif kind is cst.FunctionDef:
            self.functions.append(node)
        elif kind is cst.IndentedBlock:
            assert isinstance(node, cst.IndentedBlock)
            self.blocks.append(node.body)

    def after_codegen(self, node: cst.CSTNode) -> None:
        kind = type(node)
        if kind is cst.Call or kind is cst.SimpleStatementLine:
            self.marks[node][1] = len(self.tokens)
        elif kind is cst.FunctionDef:
            self.functions.pop()

    def pop_trailing_newline(self) -> None:
        self.popped = bool(self.tokens)  # the code leaves it out; the offsets count it

    @contextmanager
    def record_syntactic_position(
        self,
        node: cst.CSTNode,
        *,
        start_node: cst.CSTNode | None = None,
        end_node: cst.CSTNode | None = None,
    ) -> Generator[None]:
        if type(node) is cst.Call:
            assert isinstance(node, cst.Call)
            self.calls[node] = (len(self.tokens), self.top, self.functions[-1])
        yield


def _lines(tokens: list[str]) -> tuple[list[int], list[int]]:
    """The index of each token holding line breaks, and the number of line breaks up to
    and including it: the line a token starts on is found by bisection."""
    indexes: list[int] = []
    counts: list[int] = []
    total = 0
    for index in [index for index, token in enumerate(tokens) if "\n" in token or "\r" in token]:
        total += len(_NEWLINE.findall(tokens[index]))
        indexes.append(index)
        counts.append(total)
    return indexes, counts


def places(module: cst.Module) -> Places:
    """Where each call of ``module`` is, its blocks and its code, from one pass of code
    generation: libcst generates code in the order its visitors visit.

    Examples:
        >>> module = cst.parse_module("x = 1\\n\\ny = (\\n    f(2)\\n)\\n")
        >>> found = places(module)
        >>> [(line, top is module.body[1]) for line, top, _ in found.calls.values()]
        [(4, True)]
        >>> found.code == module.code
        True
    """
    state = _Placing(module)
    module._codegen(state)  # pyright: ignore[reportPrivateUsage]
    tokens = state.tokens
    offsets = list(itertools.accumulate(map(len, tokens), initial=0))
    indexes, counts = _lines(tokens)
    calls: dict[cst.Call, Place] = {}
    for call, (at, top, function) in state.calls.items():
        before = bisect.bisect_left(indexes, at)  # the tokens with line breaks before it
        calls[call] = (1 + (counts[before - 1] if before else 0), top, function)
    spans: dict[cst.CSTNode, Span] = {
        node: (offsets[start], offsets[end], indent)
        for node, (start, end, indent) in state.marks.items()
    }
    code = "".join(tokens[:-1] if state.popped else tokens)
    return Places(code, calls, state.blocks, spans)


def module_scopes(module: cst.Module) -> Mapping[cst.CSTNode, Scope | None]:
    """libcst's ``ScopeProvider`` metadata of ``module`` (the scope of each node), computed
    as ``MetadataWrapper(module).resolve(ScopeProvider)`` computes it (its two providers'
    own visitors, one after the other) without the wrapper's batched walk of the whole
    module for each provider, in which neither does anything after ``visit_Module``.

    Examples:
        >>> module = cst.parse_module("import os\\n\\ndef f():\\n    return os.sep\\n")
        >>> type(module_scopes(module)[module.body[1]]).__name__
        'GlobalScope'
    """
    try:
        return _scopes_directly(module)
    except AttributeError:  # a libcst whose providers keep their results elsewhere
        return MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)


def _scopes_directly(module: cst.Module) -> Mapping[cst.CSTNode, Scope | None]:
    context = ExpressionContextProvider()
    context.visit_Module(module)
    contexts: dict[cst.CSTNode, object] = dict(context._computed)  # pyright: ignore[reportPrivateUsage, reportUnknownMemberType, reportUnknownArgumentType]
    provider = ScopeProvider()
    provider.metadata = {ExpressionContextProvider: MappingProxyType(contexts)}
    provider.visit_Module(module)
    provider.metadata = {}
    scopes: dict[cst.CSTNode, Scope | None] = dict(provider._computed)  # type: ignore[arg-type]  # pyright: ignore[reportPrivateUsage, reportUnknownMemberType, reportUnknownArgumentType]
    return MappingProxyType(scopes)


Fold = tuple[cst.SimpleStatementLine, str, object]
"""A header set after the call, folded into it: the statement, the argument, its value."""


@dataclass(slots=True)
class Draft:
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
    folds: list[Fold] = field(default_factory=lambda: list[Fold]())


class LeftAlone(Exception):
    """A call the command cannot rewrite without changing what it sends: the reason."""


class NotOurs(Exception):
    """A call Django itself refuses (a TypeError when it runs), or a plain 200: nothing to
    rewrite and nothing to report."""


class Reader:
    """Reads every call of a Django response class: a draft, or why it is left alone.

    The calls are those `places` found, in the order a visitor meets them. A name's
    qualified name is asked of ``names`` (as libcst's ``QualifiedNameProvider`` would
    give it) for the few nodes that need it: a call's name that may be one of Django's
    classes, a status given as a constant.
    """

    def __init__(self, path: str, module: cst.Module, found: Places, names: Names) -> None:
        self.path = path
        self.module = module
        self.places = found.calls
        self.blocks = found.blocks
        self.names = names
        self.drafts: dict[cst.Call, Draft] = {}
        self.left: list[Change] = []

    def read(self) -> None:
        """Read every call: `drafts` and `left` filled."""
        for node, (_, _, function) in self.places.items():
            self._read(node, function)

    def _line(self, node: cst.Call) -> int:
        return self.places[node][0]

    def _may_be_django(self, func: cst.BaseExpression) -> bool:
        """Whether a call's name may be one of `DJANGO_CLASSES`: the last part of its full
        name is one, or it is a name an import may bind one of them to under another name
        (any other qualified name ends as the full name does)."""
        full_name = get_full_name_for_node(func)
        if full_name is None:
            return False
        return full_name.rpartition(".")[2] in DJANGO_CLASSES or self.names.may_be_alias(full_name)

    def _read(self, node: cst.Call, function: cst.CSTNode) -> None:
        if not self._may_be_django(node.func):
            return
        qualified = self.names.qualified(node.func, self._line(node))
        if qualified is None:
            return
        module, _, name = qualified.rpartition(".")
        if module not in DJANGO_MODULES or name not in DJANGO_CLASSES:
            return
        try:
            draft = self._draft(node, name)
        except NotOurs:
            return
        except LeftAlone as reason:
            self.left.append(
                Change(
                    self.path,
                    self._line(node),
                    self.module.code_for_node(node),
                    reason=str(reason),
                )
            )
            return
        draft.scope_node = function
        self.drafts[node] = draft

    def _draft(self, node: cst.Call, name: str) -> Draft:
        from ...responses.lookup import response_class

        arguments = self._arguments(node, name)
        dropped: set[int] = set()
        removed: list[cst.CSTNode] = [node.func]
        code = self._code(node, name, arguments, dropped, removed)
        json = name == "JsonResponse"
        target: type[Any] = response_class(self._assigned(code, json), json=json)
        self._drop_bodiless(node, target, arguments, dropped)
        for index in sorted(dropped):
            if "#" in self.module.code_for_node(node.args[index]):
                raise LeftAlone("a comment on an argument that would be removed")
        parameters = inspect.signature(target).parameters
        renamed: dict[int, str] = {}
        for key, index in arguments.items():
            if key not in parameters:
                raise LeftAlone(f"{target.__name__} takes no {key}=")
            renamed[index] = key
        self._check_literals(node, target, arguments)
        return Draft(
            call=node,
            line=self._line(node),
            target=target,
            code=code,
            arguments=arguments,
            dropped=dropped,
            renamed=renamed,
            removed_nodes=removed,
        )

    def _arguments(self, node: cst.Call, name: str) -> dict[str, int]:
        """Django's parameter name of each argument -> its index in the call."""
        if any(arg.star for arg in node.args):
            raise LeftAlone("*args or **kwargs: the arguments cannot be seen")
        positional = django_positional(name)
        arguments: dict[str, int] = {}
        for index, arg in enumerate(node.args):
            if arg.keyword is None:
                if index >= len(positional):
                    raise NotOurs  # a TypeError in Django already
                key = positional[index]
            else:
                key = arg.keyword.value
            if key in arguments or key not in django_keywords(name):
                raise NotOurs  # Django refuses it: nothing to preserve
            arguments[key] = index
        return arguments

    def _code(
        self,
        node: cst.Call,
        name: str,
        arguments: dict[str, int],
        dropped: set[int],
        removed: list[cst.CSTNode],
    ) -> int:
        """The status the call sends, its ``status=`` and ``preserve_request=`` dropped."""
        code: int = django_class(name).status_code
        if "status" in arguments:
            index = arguments.pop("status")
            value = node.args[index].value
            code = self._status(value, self._line(node))
            dropped.add(index)
            removed.append(value)
        elif name in ("HttpResponse", "JsonResponse"):
            raise NotOurs  # a plain 200: nothing says which status was meant
        if "preserve_request" in arguments:
            index = arguments.pop("preserve_request")
            known, preserve = literal(node.args[index].value)
            if not known or not isinstance(preserve, bool):
                raise LeftAlone("preserve_request= is computed: the status is not known")
            if preserve:
                # Django sets the class's own preserving status after status=.
                code = preserving_status(name)
            dropped.add(index)
        return code

    @staticmethod
    def _assigned(code: int, json: bool) -> int:
        from ...rfc.statuses import STATUSES

        if code not in STATUSES:
            raise LeftAlone(f"{code} is not an assigned status code")
        facts = STATUSES[code]
        if json and not facts.allows_content:
            raise LeftAlone(f"content on a bodiless status: {code} {facts.phrase} forbids content")
        return code

    def _drop_bodiless(
        self, node: cst.Call, target: type[Any], arguments: dict[str, int], dropped: set[int]
    ) -> None:
        """Drop empty content and its type on a status without content, or refuse."""
        facts = target.facts
        if facts.allows_content:
            return
        for key in ("content", "content_type", "charset"):
            if key not in arguments:
                continue
            known, given = literal(node.args[arguments[key]].value)
            if key == "content" and not (known and given in EMPTY):
                raise LeftAlone(
                    f"content on a bodiless status: {facts.code} {facts.phrase} forbids content"
                )
            if not known:
                raise LeftAlone(f"{key}= is computed, and {target.__name__} sends none")
            dropped.add(arguments.pop(key))

    def _status(self, value: cst.BaseExpression, line: int) -> int:
        if isinstance(value, cst.Integer):
            return int(value.evaluated_value)
        qualified = self.names.qualified(value, line) if isinstance(value, cst.Attribute) else None
        if qualified is None:
            raise LeftAlone("the status is computed: it is not known before the view runs")
        match = HTTPSTATUS.fullmatch(qualified)
        if match is not None:
            member = http.HTTPStatus.__members__.get(match["name"])
            if member is None:
                raise LeftAlone(f"HTTPStatus has no member {match['name']}")
            return member.value
        match = DRF_CONSTANT.fullmatch(qualified)
        if match is None:
            raise LeftAlone("the status is computed: it is not known before the view runs")
        names = drf_status_names()
        if names is None:
            raise LeftAlone(
                f"status.{match['name']}: Django REST framework is not installed to tell it "
                "from a misspelt name"
            )
        if match["name"] not in names:
            raise LeftAlone(f"rest_framework.status has no {match['name']}")
        # Django REST framework's constants are named after their value.
        return int(match["code"])

    def _check_literals(
        self, node: cst.Call, target: type[Any], arguments: dict[str, int]
    ) -> None:
        """Build the typed class with the call's literal arguments: what it refuses, Django
        would have refused or sent malformed."""
        given: dict[str, object] = {}
        for key, index in arguments.items():
            known, value = literal(node.args[index].value)
            if known:
                given[key] = value
        for key, parameter in inspect.signature(target).parameters.items():
            if parameter.default is inspect.Parameter.empty and key not in given:
                given[key] = argument_example(key)
        try:
            target(**given)
        except Exception as error:  # Django's DisallowedRedirect as well as ours
            raise LeftAlone(f"{target.__name__} refuses it: {error}") from None
