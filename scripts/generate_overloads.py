"""Regenerate the typed overloads of ``response_class`` and ``abort``.

The overloads of ``response_class`` (in ``django_allresponses/lookup.py``) make
``response_class(404)`` a ``type[HttpResponseNotFound]`` and
``response_class(404, json=True)`` a ``type[JsonResponseNotFound]``, for int
literals and ``HTTPStatus`` members. Those of ``abort`` (in
``django_allresponses/immediate.py``) give each status that allows content the
parameters of its class, read with ``inspect.signature``: the HTTP class's, its
JSON twin's with ``json=True``, and for 4xx and 5xx the twin's with a
``ProblemDetails`` as data. Both are derived from ``STATUSES``, the class
registries and the classes' signatures, never written by hand::

    python scripts/generate_overloads.py           rewrite both blocks
    python scripts/generate_overloads.py --check   exit 1 if either block is stale

``tests/test_typing.py`` fails when a committed block differs from what this
script produces.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOKUP = ROOT / "django_allresponses" / "responses" / "lookup.py"
IMMEDIATE = ROOT / "django_allresponses" / "immediate" / "abort.py"
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
    lines += _overload("int | HTTPStatus", "Literal[False] = False", "type[StatusResponse]")
    lines += _overload("int | HTTPStatus", "Literal[True]", "type[StatusJsonResponse]")
    lines += _overload(
        "int | HTTPStatus", "bool = False", "type[StatusResponse] | type[StatusJsonResponse]"
    )
    lines += ["", "", END]  # ruff format's spacing after a function
    return "\n".join(lines) + "\n"


def _parameter(parameter: inspect.Parameter) -> str:
    annotation = parameter.annotation
    if annotation is inspect.Parameter.empty or not isinstance(annotation, str):
        raise AssertionError(f"parameter {parameter.name} has no annotation as text")
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

    lines = [BEGIN]
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


BLOCKS: dict[Path, Callable[[], str]] = {LOOKUP: overload_block, IMMEDIATE: abort_block}
"""Each file holding a generated block, and the function that writes it."""


def committed_block(text: str) -> str:
    """The block as it stands in ``text`` (the source of lookup.py or immediate.py)."""
    start = text.index(BEGIN)
    end = text.index(END, start) + len(END)
    return text[start:end] + "\n"


def main(argv: list[str]) -> int:
    stale = 0
    for path, generate in BLOCKS.items():
        text = path.read_text()
        current, fresh = committed_block(text), generate()
        if "--check" in argv:
            if current != fresh:
                print(f"{path}: the generated overloads are stale; run {__file__}")
                stale = 1
        elif current != fresh:
            path.write_text(text.replace(current, fresh))
    return stale


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
