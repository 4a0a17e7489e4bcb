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
    return _imported_by(path.read_text(encoding="utf-8"))


def _imported_by(source: str) -> set[str]:
    """Every module a module of ``headers`` with this source imports, as an absolute name
    (for ``from X import y``, both ``X`` and ``X.y``: ``y`` may be a module)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = (node.module or "").split(".")
            else:
                base = ["django_allresponses", "headers"][: 2 - (node.level - 1)]
                base += [node.module] if node.module else []
            names.add(".".join(base))
            # ``from .. import responses`` imports a module by the name it lists.
            names |= {".".join([*base, alias.name]) for alias in node.names}
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


def test_the_reader_sees_a_module_imported_by_name() -> None:
    for source in (
        "from .. import responses",
        "from django_allresponses import responses as r",
        "from ..responses import base",
        "import django_allresponses.responses.base",
    ):
        found = {name for name in _imported_by(source) if name.startswith("django_allresponses.")}
        assert any(name.startswith("django_allresponses.responses") for name in found), source


def test_response_building_lives_in_the_responses_layer() -> None:
    # Building a response (its checked store and cookies, its headers= argument, its
    # fixed status, its reason phrase) is the responses layer's, not the store's.
    from django_allresponses.headers import store
    from django_allresponses.responses import construction

    for name in ("start", "adopt", "add_headers", "FixedStatus", "reason_text"):
        assert not hasattr(store, name), name
        assert getattr(construction, name).__module__ == construction.__name__
