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
