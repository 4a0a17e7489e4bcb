"""Regenerate the typed overloads of ``response_class`` in ``django_allresponses/lookup.py``.

The overloads make ``response_class(404)`` a ``type[HttpResponseNotFound]`` and
``response_class(404, json=True)`` a ``type[JsonResponseNotFound]``, for int
literals and ``HTTPStatus`` members. They are derived from ``STATUSES`` and the
class registries, never written by hand::

    python scripts/generate_overloads.py           rewrite the block in lookup.py
    python scripts/generate_overloads.py --check   exit 1 if the block is stale

``tests/test_typing.py`` fails when the committed block differs from what this
script produces.
"""

from __future__ import annotations

import sys
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOKUP = ROOT / "django_allresponses" / "lookup.py"
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


def committed_block(text: str) -> str:
    """The block as it stands in ``text`` (the source of lookup.py)."""
    start = text.index(BEGIN)
    end = text.index(END, start) + len(END)
    return text[start:end] + "\n"


def main(argv: list[str]) -> int:
    text = LOOKUP.read_text()
    current, fresh = committed_block(text), overload_block()
    if "--check" in argv:
        if current != fresh:
            print(f"{LOOKUP}: the response_class overloads are stale; run {__file__}")
            return 1
        return 0
    LOOKUP.write_text(text.replace(current, fresh))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
