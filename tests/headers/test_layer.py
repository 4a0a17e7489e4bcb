"""The headers layer stands below the responses layer: no module of ``headers`` imports
anything from ``responses``, not even for type checkers (``if TYPE_CHECKING:`` blocks are
read too). The store types a response's class by a protocol of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import django_allresponses.headers

FOLDER = Path(django_allresponses.headers.__file__).parent


def _imported(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it, as an absolute name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.add(node.module or "")
                continue
            base = ["django_allresponses", "headers"][: 2 - (node.level - 1)]
            names.add(".".join([*base, *([node.module] if node.module else [])]))
    return names


def test_no_module_of_headers_imports_responses() -> None:
    modules = sorted(FOLDER.glob("*.py"))
    assert {path.name for path in modules} >= {"store.py", "units.py", "values.py"}
    for path in modules:
        found = {
            name for name in _imported(path) if name.startswith("django_allresponses.responses")
        }
        assert not found, f"{path.name} imports {sorted(found)}"


def test_the_reader_resolves_relative_imports() -> None:
    store = _imported(FOLDER / "store.py")
    assert "django_allresponses.errors" in store
    assert "django_allresponses.headers.units" in store
