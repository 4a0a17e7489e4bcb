"""Regenerate the typed overloads of ``response_class`` and ``abort``.

The overloads live in stubs that only type checkers read, never at run time:
``django_allresponses/responses/_lookup_overloads.pyi`` and
``django_allresponses/immediate/_abort_overloads.pyi``, each imported by its
runtime module under ``TYPE_CHECKING``. Those of ``response_class`` make
``response_class(404)`` a ``type[HttpResponseNotFound]`` and
``response_class(404, json=True)`` a ``type[JsonResponseNotFound]``, for int
literals and ``HTTPStatus`` members. Those of ``abort`` give each status that
allows content the parameters of its class, read with ``inspect.signature``: the
HTTP class's, its JSON twin's with ``json=True``, and for 4xx and 5xx the twin's
with a ``ProblemDetails`` as data. Both are derived from ``STATUSES``, the class
registries and the classes' signatures, never written by hand. It also writes the
docstring of each JSON twin that has none of its own into ``responses/json.py``
(`twin_doc`'s), since editors show no docstring made at run time, the ``Args:`` section
of each class that takes header arguments, the ``__init__`` each class inherits declared
for checkers in the class itself (so that their messages name it), and the classes guide's
table of header arguments::

    python scripts/generate_overloads.py           rewrite both stubs and the docstrings
    python scripts/generate_overloads.py --check   exit 1 if one of them is stale

``tests/responses/test_generated.py`` (in the fast loop) and
``tests/integration/test_typing.py`` fail when a committed file differs from what this
script produces.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOKUP = ROOT / "django_allresponses" / "responses" / "_lookup_overloads.pyi"
IMMEDIATE = ROOT / "django_allresponses" / "immediate" / "_abort_overloads.pyi"
JSON = ROOT / "django_allresponses" / "responses" / "json.py"
HTTP = ROOT / "django_allresponses" / "responses" / "http.py"
CLASSES_GUIDE = ROOT / "docs" / "guides" / "classes.md"
BEGIN = "# --- BEGIN generated overloads: python scripts/generate_overloads.py ---"
END = "# --- END generated overloads ---"

# Python 3.13 renamed these members after RFC 9110 and kept the old names as
# aliases; the old names are the ones every supported Python (3.11+) has.
_NAMES_BEFORE_3_13 = {
    413: "REQUEST_ENTITY_TOO_LARGE",
    414: "REQUEST_URI_TOO_LONG",
    416: "REQUESTED_RANGE_NOT_SATISFIABLE",
    422: "UNPROCESSABLE_ENTITY",
}


def member_name(code: int) -> str:
    """The name of the ``HTTPStatus`` member for ``code`` that Python 3.11 has."""
    name = _NAMES_BEFORE_3_13.get(code, HTTPStatus(code).name)
    if HTTPStatus[name] != code:
        raise AssertionError(f"HTTPStatus.{name} is not {code}")
    return name


def _overload(status: str, json: str, returns: str) -> list[str]:
    return [
        "@overload",
        "def response_class(",
        f"    status: {status},",
        "    *,",
        f"    json: {json},",
        f") -> {returns}: ...",
    ]


def overload_block() -> str:
    """The generated block, from ``BEGIN`` to ``END`` inclusive, with a final newline."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import STATUSES, StatusJsonResponse, StatusResponse

    lines = [BEGIN]
    for code, facts in STATUSES.items():
        status = f"Literal[{code}, HTTPStatus.{member_name(code)}]"
        http_class = StatusResponse.registry[code]
        lines += _overload(
            status, "Literal[False] = False", f"type[responses.{http_class.__name__}]"
        )
        if facts.allows_content:
            json_class = StatusJsonResponse.registry[code]
            lines += _overload(
                status, "Literal[True]", f"type[jsonresponses.{json_class.__name__}]"
            )
        else:  # refused at run time: flagged where it is written
            refused = _overload(status, "Literal[True]", "NoReturn")
            refused[1:1] = _deprecated(
                f"response_class({code}, json=True): {code} {facts.phrase} forbids content",
                f"and has no JSON twin; use response_class({code})",
            )
            lines += refused
    lines += _overload("int | HTTPStatus", "Literal[False] = False", "type[StatusResponse]")
    lines += _overload("int | HTTPStatus", "Literal[True]", "type[StatusJsonResponse]")
    lines += _overload(
        "int | HTTPStatus", "bool = False", "type[StatusResponse] | type[StatusJsonResponse]"
    )
    lines.append(END)
    return "\n".join(lines) + "\n"


def _parameter(parameter: inspect.Parameter) -> str:
    annotation = parameter.annotation
    if annotation is inspect.Parameter.empty or not isinstance(annotation, str):
        raise AssertionError(f"parameter {parameter.name} has no annotation as text")
    if "DataT" in annotation:  # a twin's data type variable: abort itself is not generic
        annotation = "object"
    default = "" if parameter.default is inspect.Parameter.empty else " = ..."
    return f"    {parameter.name}: {annotation}{default},"


def _abort_overload(status: str, cls: type, json: str, *, problem: bool = False) -> list[str]:
    """``abort(status, /, <cls's parameters>, *, json: ..., <keyword-only ones>)``."""
    parameters = list(inspect.signature(cls).parameters.values())
    for parameter in parameters:
        if parameter.name in ("status", "json") or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            raise AssertionError(f"{cls.__name__}.__init__ has parameter {parameter}")
    positional = [p for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
    keywords = [p for p in parameters if p.kind is p.KEYWORD_ONLY]
    lines = ["@overload", "def abort(", f"    {status},", "    /,"]
    for parameter in positional:
        if problem and parameter.name == "data":
            lines.append("    data: ProblemDetails,")
        else:
            lines.append(_parameter(parameter))
    lines += ["    *,", f"    json: {json},"]
    lines += [_parameter(parameter) for parameter in keywords]
    lines.append(") -> NoReturn: ...")
    return lines


def abort_block() -> str:
    """The generated block of ``abort`` overloads, from ``BEGIN`` to ``END`` inclusive."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import STATUSES, StatusJsonResponse, StatusResponse

    lines = [BEGIN, *_abort_misuse()]
    for code, facts in STATUSES.items():
        if not facts.allows_content:
            continue  # abort answers with content: 1xx, 204, 205 and 304 match no overload
        status = f"status: Literal[{code}, HTTPStatus.{member_name(code)}]"
        twin = StatusJsonResponse.registry[code]
        if code >= 400:  # ProblemDetails describe errors (RFC 9457): 4xx and 5xx
            lines += _abort_overload(status, twin, "Literal[True] | None = ...", problem=True)
        http_class = StatusResponse.registry[code]
        lines += _abort_overload(status, http_class, "Literal[False] | None = ...")
        lines += _abort_overload(status, twin, "Literal[True]")
    lines.append(END)
    return "\n".join(lines) + "\n"


def _deprecated(first: str, second: str) -> list[str]:
    """``@deprecated(...)`` with its message on two lines: what a checker prints at the call."""
    return ["@deprecated(", f'    "{first} "', f'    "{second}"', ")"]


def _abort_misuse() -> list[str]:
    """The overloads ahead of the per-status ones: ``abort(response)``, then two for
    calls refused at run time that the per-status overloads would accept, each flagged
    where it is written."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import STATUSES

    below_400 = ", ".join(
        f"{code}, HTTPStatus.{member_name(code)}"
        for code, facts in STATUSES.items()
        if facts.allows_content and code < 400
    )
    rest = ["    *args: object,", "    **kwargs: object,", ") -> NoReturn: ..."]
    return [
        # The response form first: its misuse is the constructor's, reported there.
        "@overload",
        "def abort(",
        "    response: StatusResponse | StatusJsonResponse[Any] | StreamResponse[Any], /",
        ") -> NoReturn: ...",
        "@overload",
        *_deprecated(
            "abort(status, ProblemDetails(), json=False): a ProblemDetails is sent as",
            "application/problem+json by the JSON twin; leave json out",
        ),
        "def abort(",
        "    status: int | HTTPStatus,",
        "    data: ProblemDetails,",
        "    /,",
        # No *args: pyrefly would offer ``args=`` among the keywords after abort(429, .
        "    json: Literal[False],",
        "    **kwargs: object,",
        ") -> NoReturn: ...",
        "@overload",
        *_deprecated(
            "abort(status, ProblemDetails()): a ProblemDetails describes an error",
            "(RFC 9457); abort with a 4xx or 5xx status",
        ),
        "def abort(",
        f"    status: Literal[{below_400}],",
        "    data: ProblemDetails,",
        "    /,",
        *rest,
    ]


HEADERS: dict[Path, str] = {
    LOOKUP: '''"""The overloads of ``response_class``, for type checkers only.

Written by ``scripts/generate_overloads.py`` from ``STATUSES`` and the class
registries; ``lookup.py`` imports this stub under ``TYPE_CHECKING``. A test
fails when it is stale: regenerate, never edit by hand.
"""

from http import HTTPStatus
from typing import Literal, NoReturn, overload

from typing_extensions import deprecated

from . import http as responses
from . import json as jsonresponses
from .base import StatusResponse
from .json import StatusJsonResponse

# One overload per status (and per JSON twin), so that ``response_class(404)`` is
# ``type[HttpResponseNotFound]``; a code that is not a literal falls through to the
# last three.
''',
    IMMEDIATE: '''"""The overloads of ``abort``, for type checkers only.

Written by ``scripts/generate_overloads.py`` from ``STATUSES`` and the classes'
signatures; ``abort.py`` imports this stub under ``TYPE_CHECKING``. A test fails
when it is stale: regenerate, never edit by hand.
"""

from http import HTTPStatus
from json import JSONEncoder
from typing import Any, Literal, NoReturn, overload

from typing_extensions import deprecated

from ..headers.values import VALUE_TYPES
from ..responses.base import HeadersInput, StatusResponse
from ..responses.http import Content
from ..responses.json import StatusJsonResponse
from ..responses.problems import ProblemDetails
from ..responses.streams import StreamResponse

# One overload per status that allows content, taking that class's own arguments (and,
# with json=True or a ProblemDetails, its JSON twin's).
''',
}
"""What comes before the generated block in each stub."""

BLOCKS: dict[Path, Callable[[], str]] = {LOOKUP: overload_block, IMMEDIATE: abort_block}
"""Each stub, and the function that writes its block of overloads."""


def value_types() -> list[str]:
    """The type aliases of ``headers/values.py`` (``X: TypeAlias = ...``): what a header
    argument's annotation may name from there."""
    import ast

    tree = ast.parse((ROOT / "django_allresponses" / "headers" / "values.py").read_text())
    return sorted(
        {
            node.target.id
            for node in ast.walk(tree)  # at the top level, or under ``if TYPE_CHECKING:``
            if isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and ast.unparse(node.annotation) == "TypeAlias"
        }
    )


def _with_value_types(header: str, block: str) -> str:
    """``header`` importing from ``headers/values.py`` the aliases ``block`` names, read from
    the block itself: a header argument with a new alias needs no edit here."""
    mark = "from ..headers.values import VALUE_TYPES\n"
    if mark not in header:
        return header
    named = [name for name in value_types() if re.search(rf"\b{name}\b", block)]
    imports = f"from ..headers.values import ({', '.join(named)},)\n" if named else ""
    return header.replace(mark, imports)


def stub(path: Path) -> str:
    """The whole text of the stub at ``path``, as this script writes it."""
    block = BLOCKS[path]()
    return _formatted(path, _with_value_types(HEADERS[path], block) + block)


def _formatted(path: Path, text: str) -> str:
    """``text`` as ``ruff format`` writes it, so that the stub is committed as formatted."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def committed_block(text: str) -> str:
    """The block as it stands in ``text`` (the text of a stub)."""
    start = text.index(BEGIN)
    end = text.index(END, start) + len(END)
    return text[start:end] + "\n"


def _derived(docstring: str, name: str) -> bool:
    """Whether a twin's docstring in the source is one `twin_doc` wrote."""
    return ", with a JSON body.\n\nThe twin of `HttpResponse" in docstring and (
        f'>>> {name}({{"detail": "' in docstring or f">>> {name}(\n..." in docstring
    )


def twin_docstrings(text: str) -> str:
    """``json.py``'s ``text`` with a docstring in every JSON twin that has none of its own:
    `twin_doc`'s, written into the source so that editors show it (they read no
    docstring made at run time); one written before is rewritten if it is stale."""
    import ast

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import StatusJsonResponse
    from django_allresponses.responses.behaviours import twin_doc

    twins = {cls.__name__: cls for cls in StatusJsonResponse.registry.values()}
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # (first line, end line, new lines), 0-based
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef) or node.name not in twins:
            continue
        written = ast.get_docstring(node)
        fresh = twin_doc(twins[node.name])
        docstring = [f'    """{fresh}    """\n', "\n"]
        docstring = [line + "\n" for line in "".join(docstring).split("\n")][:-1]
        if written is None:
            edits.append((node.body[0].lineno - 1, node.body[0].lineno - 1, docstring))
        elif _derived(written, node.name) and written != inspect.cleandoc(fresh):
            first = node.body[0]
            edits.append((first.lineno - 1, first.end_lineno or first.lineno, docstring[:-1]))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = new
    return "".join(line if line.strip() else "\n" for line in lines)


def _with_args(docstring: list[str], args: list[str]) -> list[str]:
    """A class docstring's lines with its ``Args:`` section replaced by (or given) ``args``."""
    if "    Args:" in docstring:
        first = docstring.index("    Args:")
        end = next(i for i in range(first, len(docstring)) if not docstring[i].strip())
        return [*docstring[:first], *args, *docstring[end:]]
    if "    Examples:" in docstring:
        at = docstring.index("    Examples:")
        return [*docstring[:at], *args, "", *docstring[at:]]
    return [*docstring[:-1], "", *args, docstring[-1]]


def class_args(text: str) -> str:
    """The module's ``text`` with an ``Args:`` section (`args_section`'s) in the docstring
    of each class of the registries that takes header arguments, where editors show it."""
    import ast

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import StatusJsonResponse, StatusResponse
    from django_allresponses.responses.behaviours import args_section

    classes = {
        cls.__name__: cls
        for registry in (StatusResponse.registry, StatusJsonResponse.registry)
        for cls in registry.values()
        if cls.takes and not getattr(cls, "derived_doc", False)
    }
    lines = text.splitlines()
    edits: list[tuple[int, int, list[str]]] = []
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef) or node.name not in classes:
            continue
        if ast.get_docstring(node) is None:
            continue
        first = node.body[0]
        start, end = first.lineno - 1, first.end_lineno or first.lineno
        args = args_section(classes[node.name].takes).rstrip("\n").split("\n")
        fresh = _with_args(lines[start:end], args)
        if fresh != lines[start:end]:
            edits.append((start, end, fresh))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = new
    return "\n".join(lines) + "\n"


INIT_MARK = "    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base"
"""The first line of the ``__init__`` this script declares in a class that inherits one."""


def _inherited_init(cls: type) -> list[str]:
    """The lines that declare, for checkers only, the ``__init__`` that ``cls`` inherits,
    as its base writes it; ``[]`` where ``cls`` has its own."""
    import ast
    import textwrap

    if "__init__" in cls.__dict__:
        return []
    owner = next(base for base in cls.__mro__ if "__init__" in base.__dict__)
    source = textwrap.dedent(inspect.getsource(owner.__dict__["__init__"]))
    function = ast.parse(source).body[0]
    if not isinstance(function, ast.FunctionDef):
        raise AssertionError(f"{owner.__name__}.__init__ is not a function")
    return [INIT_MARK, f"        def __init__({ast.unparse(function.args)}) -> None: ..."]


def typed_inits(path: Path, text: str) -> str:
    """The module's ``text`` with, in each class of the registries that inherits its
    ``__init__``, the same ``__init__`` declared under ``TYPE_CHECKING`` at the end of the
    class: ty and pyrefly then name the class in their messages (``HttpResponseOK.__init__``)
    instead of the base that defines it. Nothing changes at run time."""
    import ast

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import STATUSES, response_class

    classes: dict[str, type] = {cls.__name__: cls for cls in map(response_class, STATUSES)}
    for code, facts in STATUSES.items():
        if facts.allows_content:
            twin = response_class(code, json=True)
            classes[twin.__name__] = twin
    lines = text.splitlines()
    edits: list[tuple[int, int, list[str]]] = []
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef) or node.name not in classes:
            continue
        end = node.end_lineno or node.lineno
        body = lines[node.lineno : end]
        start = node.lineno + body.index(INIT_MARK) if INIT_MARK in body else end
        edits.append((start, end, _inherited_init(classes[node.name])))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = new
    return _formatted(path, "\n".join(lines) + "\n")


def codes_taking(argument: str) -> list[int]:
    """The statuses whose HTTP class or JSON twin takes the header argument ``argument``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses import STATUSES, response_class

    codes: list[int] = []
    for code, facts in STATUSES.items():
        units = list(response_class(code).takes)
        if facts.allows_content:
            units += response_class(code, json=True).takes
        if any(unit.argument == argument for unit in units):
            codes.append(code)
    return codes


TABLE_HEAD = "| argument | classes | accepted | sent as |\n|---|---|---|---|\n"
"""The head of the classes guide's table of header arguments."""


def argument_table(text: str) -> str:
    """The classes guide's ``text`` with its table of header arguments written from the
    units: a row for each of ``ARGUMENT_UNITS``, in order, with the statuses whose classes
    take it. What an argument accepts and what it sends are kept as written in its row; a
    new row says them in its unit's words (``expected``, ``label``), to be written better."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from django_allresponses.headers.units import ARGUMENT_UNITS

    start = text.index(TABLE_HEAD) + len(TABLE_HEAD)
    end = text.index("\n\n", start)
    written: dict[str, list[str]] = {}
    for row in text[start:end].splitlines():
        cells = row.removeprefix("| ").removesuffix(" |").split(" | ")
        written[cells[0].strip("`")] = cells
    rows: list[str] = []
    for name, unit in ARGUMENT_UNITS.items():
        accepted, sent = written.get(name, ["", "", unit.expected, f"`{unit.label}`"])[2:4]
        codes = ", ".join(map(str, codes_taking(name)))
        rows.append(f"| `{name}` | {codes} | {accepted} | {sent} |")
    return text[:start] + "\n".join(rows) + text[end:]


SOURCES: dict[Path, Callable[[str], str]] = {
    JSON: lambda text: typed_inits(JSON, class_args(twin_docstrings(text))),
    HTTP: lambda text: typed_inits(HTTP, class_args(text)),
    CLASSES_GUIDE: argument_table,
}
"""The modules whose docstrings this script writes, and how."""


def main(argv: list[str]) -> int:
    stale = 0
    for path, rewrite in SOURCES.items():
        current = path.read_text()
        fresh = rewrite(current)
        if "--check" in argv:
            if current != fresh:
                print(
                    f"{path}: a generated docstring or table is missing or stale; run {__file__}"
                )
                stale = 1
        elif current != fresh:
            path.write_text(fresh)
    for path in BLOCKS:
        current = path.read_text() if path.exists() else ""
        fresh = stub(path)
        if "--check" in argv:
            if current != fresh:
                print(f"{path}: the generated overloads are stale; run {__file__}")
                stale = 1
        elif current != fresh:
            path.write_text(fresh)
    return stale


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
