"""The package's folders are its layers: few modules at the top, no import cycle, and no
module found through ``sys.modules``.

The layers, lowest first: ``rfc`` (status facts, no Django), ``headers`` (values, units,
the checked store), ``responses`` (the classes), then the features (``immediate``,
``checks``, ``ranges``), the integrations (``contrib``) and the tools (``tools``).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import django_allresponses

PACKAGE = Path(django_allresponses.__file__).resolve().parent
NAME = "django_allresponses"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that runs, at import or in a function: ``if TYPE_CHECKING:`` bodies do not."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in {
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        }:
            for other in node.orelse:
                yield other
                yield from _runtime_nodes(other)
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(name: str) -> set[str]:
    """The package's modules that importing (or calling into) ``name`` imports."""
    path = MODULES[name]
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text())):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        for target in targets:
            if target in MODULES:
                parts = target.split(".")
                # importing a.b.c runs a and a.b first
                found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    own_parents = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    return found - own_parents - {name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        for target in sorted(graph[name]):
            cycle = visit(target, [*path, name])
            if cycle:
                return cycle
        done.add(name)
        return None

    for name in graph:
        cycle = visit(name, [])
        if cycle:
            return cycle
    return None


def test_at_most_eight_modules_at_the_top() -> None:
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(top) <= 8, top


def test_the_layers_are_subpackages() -> None:
    folders = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert {"rfc", "headers", "responses", "immediate", "checks", "ranges"} <= folders
    assert {"contrib", "tools"} <= folders


def test_no_import_cycle_function_level_imports_included() -> None:
    cycle = _cycle({name: _imports(name) for name in MODULES})
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_function_level_imports_count_and_type_checking_ones_do_not() -> None:
    # units imports the pydantic models inside a function; values names them for checkers only
    assert f"{NAME}.headers.models" in _imports(f"{NAME}.headers.units")
    assert f"{NAME}.headers.models" not in _imports(f"{NAME}.headers.values")


def test_the_rfc_layer_imports_no_django() -> None:
    for name, path in MODULES.items():
        if name.startswith(f"{NAME}.rfc"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom | ast.Import):
                    modules = (
                        [node.module or ""]
                        if isinstance(node, ast.ImportFrom)
                        else [a.name for a in node.names]
                    )
                    assert not any(m.split(".")[0] == "django" for m in modules), name


def test_no_module_of_the_package_is_found_through_sys_modules() -> None:
    offenders = [
        name
        for name, path in MODULES.items()
        if f'sys.modules.get("{NAME}' in path.read_text()
        or f'sys.modules["{NAME}' in path.read_text()
        or "sys.modules[__name__]" in path.read_text()
        or "sys.modules[module]" in path.read_text()
    ]
    assert not offenders


@pytest.mark.parametrize(
    ("path", "names"),
    [
        (
            "django_allresponses.middleware",
            ["ResponseChecksMiddleware", "ProblemDetailsMiddleware"],
        ),
        ("django_allresponses.middleware", ["ImmediateResponseMiddleware"]),
        ("django_allresponses.middleware", ["InterimResponseMiddleware"]),
        ("django_allresponses.immediate", ["ImmediateResponse", "abort"]),
        ("django_allresponses.immediate", ["ImmediateResponseMiddleware"]),
        ("django_allresponses.immediate", ["ProblemDetailsMiddleware"]),
        ("django_allresponses.checks", ["RULES", "check_response", "assert_conforms"]),
        ("django_allresponses.ranges", ["MAX_RANGES", "serve_file", "conditional"]),
        ("django_allresponses.errors", ["ResponseValidationError"]),
        ("django_allresponses.contrib.drf", ["exception_handler"]),
        ("django_allresponses.contrib.ninja", ["register"]),
    ],
)
def test_documented_module_paths_keep_working(path: str, names: list[str]) -> None:
    module = importlib.import_module(path)
    for name in names:
        assert getattr(module, name) is getattr(django_allresponses, name, getattr(module, name))


@pytest.mark.parametrize(
    "name",
    [
        "abort",
        "ImmediateResponse",
        "ImmediateResponseMiddleware",
        "ProblemDetailsMiddleware",
        "ResponseChecksMiddleware",
        "InterimResponseMiddleware",
        "RULES",
    ],
)
def test_every_public_name_imports_from_the_top(name: str) -> None:
    assert name in django_allresponses.__all__
    assert getattr(django_allresponses, name) is not None
