"""``--check`` without libcst, where Python's own parser tells all the reading with libcst
would: each call of one of Django's classes is ``return Class(...)`` on its own, named by
a name `resolve` makes certain, with no comment, no star, nothing the typed class refuses
and nothing around it that libcst's reading weighs (a name bound to the response, header
sets after it, a clash). Its new text is then the class's name and the call's own text,
less a ``status=`` given last. A source with anything else, or a layout libcst might not
give back (a form feed, a tab, a CR, a backslash at the end of a line), is left to the
reading with libcst, as is every call this reading cannot be sure of.

What it gives is what `upgrade_source` gives with ``imports=False``: the same new source
and the same calls at the same lines, each ``before`` and ``after`` the same text up to
white space (`one_line`), which is how the command prints them.
"""

from __future__ import annotations

import ast
import http
import inspect
import itertools
import re
from collections.abc import Sequence
from typing import Any, Final

from ._bound import UNKNOWN, Bindings, bindings, resolve
from ._candidates import parsed
from ._changes import Change, Upgraded
from ._facts import (
    DJANGO_CLASSES,
    DJANGO_MODULES,
    DRF_CONSTANT,
    HTTPSTATUS,
    argument_example,
    django_class,
    django_keywords,
    django_positional,
    drf_status_names,
    ensure_settings,
)

_UNSURE_LAYOUT: Final = re.compile(r"[\t\r\f\v\x00]|\\\n")
"""What the reading with libcst is left to: layouts libcst might not give back as they are."""
_SEPARATOR: Final = re.compile(r", *")


class _Unsure(Exception):
    """Something only the reading with libcst can tell: the whole source is left to it."""


def full_name(node: ast.expr) -> str | None:
    """A name's dotted full name, as libcst's ``get_full_name_for_node`` gives it.

    Examples:
        >>> full_name(ast.parse("http.HttpResponseGone()[0]", mode="eval").body)
        'http.HttpResponseGone'
    """
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{full_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return full_name(node.func)
    if isinstance(node, ast.Subscript):
        return full_name(node.value)
    return None


class _Text:
    """A source and where its lines start: Python's positions (UTF-8 columns) as offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def offset(self, line: int, column: int) -> int:
        text = self.lines[line - 1]
        if not text.isascii():
            column = len(text.encode("utf-8")[:column].decode("utf-8"))
        return self.starts[line - 1] + column

    def start(self, node: ast.AST) -> int:
        return self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownArgumentType, reportUnknownMemberType]

    def end(self, node: ast.AST) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownArgumentType, reportUnknownMemberType]


def quick_check(source: str, path: str) -> Upgraded | None:
    """The calls ``--check`` lists and the new source, read without libcst, or ``None``
    when only the reading with libcst can tell them.

    Examples:
        >>> result = quick_check(
        ...     "from django.http import HttpResponseRedirect\\n"
        ...     "def go(request):\\n"
        ...     "    return HttpResponseRedirect('/next')\\n",
        ...     "views.py",
        ... )
        >>> print(result.changes[0].describe())
        views.py:3: HttpResponseRedirect('/next') -> HttpResponseFound('/next')
    """
    if _UNSURE_LAYOUT.search(source) or not source.endswith("\n"):
        return None
    nodes = parsed(source)
    if nodes is None:
        return None
    try:
        return _check(source, path, nodes)
    except _Unsure:
        return None


def _check(source: str, path: str, nodes: Sequence[ast.AST]) -> Upgraded:
    found = bindings(nodes)
    if found.star:
        raise _Unsure
    text = _Text(source)
    returned = {id(node.value): node for node in nodes if type(node) is ast.Return and node.value}
    edits: list[tuple[int, int, str, int]] = []
    for call in [node for node in nodes if type(node) is ast.Call]:
        assert isinstance(call, ast.Call)
        name = _django_class(call, found)
        if name is None:
            continue
        edit = _rewrite(text, call, name, found, returned.get(id(call)))
        if edit is not None:
            edits.append(edit)
    edits.sort()
    for (_, end, _, _), (start, _, _, _) in itertools.pairwise(edits):
        if start < end:
            raise _Unsure  # a call inside another
    pieces: list[str] = []
    changes: list[Change] = []
    at = 0
    for start, end, after, line in edits:
        pieces += [source[at:start], after]
        changes.append(Change(path, line, source[start:end], after=after))
        at = end
    pieces.append(source[at:])
    return Upgraded("".join(pieces), tuple(changes))


def _django_class(call: ast.Call, found: Bindings) -> str | None:
    """The Django class a call's name resolves to, ``None`` for another callable."""
    name = full_name(call.func)
    if name is None:
        return None
    if name.rpartition(".")[2] not in DJANGO_CLASSES and name not in found.aliases:
        return None
    qualified = resolve(found, name, isinstance(call.func, ast.Name), call.lineno)
    if qualified == UNKNOWN:
        raise _Unsure
    if qualified is None:
        return None
    module, _, cls = qualified.rpartition(".")
    return cls if module in DJANGO_MODULES and cls in DJANGO_CLASSES else None


def _arguments(call: ast.Call, name: str) -> list[tuple[str, ast.expr]] | None:
    """Django's parameter name and value of each argument, in order; ``None`` for a call
    Django itself refuses."""
    if any(isinstance(arg, ast.Starred) for arg in call.args) or any(
        keyword.arg is None for keyword in call.keywords
    ):
        raise _Unsure
    positional = django_positional(name)
    items: list[tuple[str, ast.expr]] = []
    for index, arg in enumerate(call.args):
        if index >= len(positional):
            return None
        items.append((positional[index], arg))
    items += [(keyword.arg or "", keyword.value) for keyword in call.keywords]
    keys = [key for key, _ in items]
    if len(set(keys)) != len(keys) or not set(keys) <= django_keywords(name):
        return None
    return items


def _rewrite(
    text: _Text, call: ast.Call, name: str, found: Bindings, returned: ast.Return | None
) -> tuple[int, int, str, int] | None:
    """The call's span, new text and line; ``None`` for a call left to Django (a plain
    200, or one Django refuses)."""
    start, end = text.start(call), text.end(call)
    if returned is None or "#" in text.source[start:end]:
        raise _Unsure
    if not re.fullmatch(r"return +", text.source[text.start(returned) : start]):
        raise _Unsure  # parentheses around the call are the call's own for libcst
    items = _arguments(call, name)
    if items is None:
        return None
    keys = [key for key, _ in items]
    if "preserve_request" in keys:
        raise _Unsure
    code: int = django_class(name).status_code
    if "status" in keys:
        code = _status(items[keys.index("status")][1], found, call.lineno)
    elif name in ("HttpResponse", "JsonResponse"):
        return None  # a plain 200
    if "status" in keys[: len(call.args)]:
        raise _Unsure  # a status given by position
    kept = [(key, value) for key, value in items if key != "status"]
    target = _target(code, name == "JsonResponse", kept, len(call.args), found)
    after = target.__name__ + _rest(text, call, items, target)
    return start, end, after, call.lineno


def _status(value: ast.expr, found: Bindings, line: int) -> int:
    if type(value) is ast.Constant and type(value.value) is int:
        return value.value
    qualified = (
        resolve(found, full_name(value) or "", False, line)
        if isinstance(value, ast.Attribute)
        else None
    )
    if qualified is None or qualified == UNKNOWN:
        raise _Unsure
    match = HTTPSTATUS.fullmatch(qualified)
    if match is not None:
        member = http.HTTPStatus.__members__.get(match["name"])
        if member is None:
            raise _Unsure
        return member.value
    match = DRF_CONSTANT.fullmatch(qualified)
    names = drf_status_names() if match is not None else None
    if match is None or names is None or match["name"] not in names:
        raise _Unsure
    return int(match["code"])


def _target(
    code: int, json: bool, kept: list[tuple[str, ast.expr]], by_position: int, found: Bindings
) -> type[Any]:
    """The typed class, when it takes the call's arguments as they are (the first
    ``by_position`` by position, at its own positions) and builds with their literal
    values: anything else is left to the reading with libcst."""
    from ...responses.lookup import response_class
    from ...rfc.statuses import STATUSES

    facts = STATUSES.get(code)
    if facts is None or not facts.allows_content:
        raise _Unsure
    ensure_settings()
    target: type[Any] = response_class(code, json=json)
    if target.__name__ in found.counts:
        raise _Unsure  # a name the module binds: libcst's reading tells a clash
    parameters = inspect.signature(target).parameters
    positional = [
        parameter.name
        for parameter in parameters.values()
        if parameter.kind
        in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    given: dict[str, object] = {}
    for index, (key, value) in enumerate(kept):
        if key not in parameters or (
            index < by_position and (index >= len(positional) or positional[index] != key)
        ):
            raise _Unsure  # a keyword the writing with libcst would add
        known, literal = _literal(value)
        if known:
            given[key] = literal
    for key, parameter in parameters.items():
        if parameter.default is inspect.Parameter.empty and key not in given:
            if key not in ("data", "content") and key not in dict(kept):
                raise _Unsure  # a required argument missing
            given[key] = argument_example(key)
    try:
        target(**given)
    except Exception:
        raise _Unsure from None
    return target


def _literal(value: ast.expr) -> tuple[bool, object]:
    try:
        known = True, ast.literal_eval(value)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False, None
    if value.lineno != value.end_lineno:
        raise _Unsure  # libcst's text of it may not read back as one expression
    return known


def _rest(text: _Text, call: ast.Call, items: list[tuple[str, ast.expr]], target: type) -> str:
    """The call's text after its name, less a ``status=`` given last and alone at the end
    (``, status=...)``)."""
    source = text.source
    func_end, end = text.end(call.func), text.end(call)
    keys = [key for key, _ in items]
    if items and "," in source[text.end(items[-1][1]) : end]:
        raise _Unsure  # a trailing comma: libcst's writing drops it on one line
    if "status" not in keys:
        return source[func_end:end]
    index = keys.index("status")
    status = call.keywords[index - len(call.args)]
    if index != len(items) - 1 or source[text.end(status.value) : end] != ")":
        raise _Unsure
    if index == 0:
        if source[func_end : text.start(status)] != "(":
            raise _Unsure
        return "()"
    previous = text.end(items[index - 1][1])
    if not _SEPARATOR.fullmatch(source[previous : text.start(status)]):
        raise _Unsure
    return source[func_end:previous] + ")"
