"""What ``scripts/generate_overloads.py`` writes from the classes and their header units is
committed as it writes it: the stubs of ``response_class`` and ``abort``, the twins'
docstrings, the ``Args:`` sections and the classes guide's table of header arguments.

In the fast loop (a fraction of a second): a header argument added to a class, with the
stubs, docstrings or table not regenerated, fails here before any type checker runs.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_overloads", ROOT / "scripts" / "generate_overloads.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.mark.parametrize(
    "path", list(GENERATOR.SOURCES), ids=lambda path: str(path.relative_to(ROOT))
)
def test_the_generated_docstrings_and_table_are_fresh(path: Path) -> None:
    assert path.read_text() == GENERATOR.SOURCES[path](path.read_text()), (
        f"{path.relative_to(ROOT)} is stale: run python scripts/generate_overloads.py"
    )


@pytest.mark.parametrize(
    "path", list(GENERATOR.BLOCKS), ids=lambda path: str(path.relative_to(ROOT))
)
def test_the_generated_stubs_are_fresh(path: Path) -> None:
    assert path.read_text() == GENERATOR.stub(path), (
        f"{path.relative_to(ROOT)} is stale: run python scripts/generate_overloads.py"
    )


GUIDE = ROOT / "docs" / "guides" / "classes.md"


def test_the_guide_s_table_has_a_row_for_each_argument_with_the_statuses_taking_it() -> None:
    text = GUIDE.read_text()
    assert "| `total_length` | 416 | an `int >= 0` | `Content-Range: bytes */N` |\n" in text
    assert "| `upgrade` | 101, 426 | " in text
    assert "| `retry_after` | 301, 302, 303, 307, 308, 408, 413, 429, 503 | " in text
    # A row left out comes back in its unit's words; a wrong status list is rewritten.
    row = "| `total_length` | 416 | an `int >= 0` | `Content-Range: bytes */N` |\n"
    stale = text.replace(row, "").replace("| `upgrade` | 101, 426 | ", "| `upgrade` | 426 | ")
    fresh = GENERATOR.argument_table(stale)
    assert "| `upgrade` | 101, 426 | " in fresh
    assert "| `total_length` | 416 | an integer >= 0 | `Content-Range: bytes */N` |\n" in fresh
    assert GENERATOR.main(["--check"]) == 0


def _inits_in_the_source(path: Path) -> set[str]:
    """The classes of ``path`` whose own body declares ``__init__``, at run time or under
    ``if TYPE_CHECKING:``."""
    import ast

    declared: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ClassDef):
            body = list(node.body)
            for statement in node.body:
                if (
                    isinstance(statement, ast.If)
                    and ast.unparse(statement.test) == "TYPE_CHECKING"
                ):
                    body += statement.body
            if any(isinstance(s, ast.FunctionDef) and s.name == "__init__" for s in body):
                declared.add(node.name)
    return declared


def test_every_class_declares_its_own_init_for_checkers() -> None:
    # ty and pyrefly name the class that declares the __init__ called: each class's own
    # (HttpResponseOK.__init__), never a base's (ContentResponse.__init__).
    from django_allresponses import STATUSES, response_class

    names = {response_class(code).__name__ for code in STATUSES}
    names |= {
        response_class(code, json=True).__name__
        for code, facts in STATUSES.items()
        if facts.allows_content
    }
    declared = _inits_in_the_source(GENERATOR.HTTP) | _inits_in_the_source(GENERATOR.JSON)
    assert len(names) == 61 + 54  # every status's class and every twin
    assert names <= declared, sorted(names - declared)
