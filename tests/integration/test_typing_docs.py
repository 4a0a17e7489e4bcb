"""Every python example of the README and the docs, clean under every checker in strict mode.

Each ```` ```python ```` block of ``README.md`` and ``docs/**/*.md`` becomes a module of
its own, and so does each ```` ```pycon ```` session (its statements one after the other,
under a line telling pyright that an expression's value is shown, not lost). Each checker
runs once over all of them together: mypy ``--strict`` (this project's configuration,
with django-stubs), pyright and basedpyright strict (``PYRIGHT_CONFIG``, written next to
the blocks), ty (its default rules: it has no strict mode) and pyrefly (``--preset
strict``).

Two conventions, no other:

- **The reader's project.** What an example takes from the reader's own code without
  importing it (the models ``Item``, ``Document``, ``Report``, ``Article``, ``Clip``, a
  ``User`` with a quota, ``ITEMS``, ``FILES``, ``delete`` and ``create``), the same names
  ``tests/tools/test_docs.py`` gives the guides' examples at run time, comes from a stub,
  ``PROJECT`` below: a block that uses one of these names and does not define it is given
  one import line above its first line (the line numbers reported are the block's own).
- **A line that shows an error** ends with ``# error`` (the guides' convention, which
  ``test_docs.py`` runs: the line must raise). Every checker must report an error on it;
  no other line of any block may have an error or a warning.
"""

from __future__ import annotations

import ast
import builtins
import doctest
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.test_typing import (
    BIN,
    ROOT,
    Diagnostic,
    parse_mypy,
    parse_pyrefly,
    parse_pyright,
    parse_ty,
)

pytestmark = [pytest.mark.slow, pytest.mark.once]

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)
SESSION = re.compile(r"^```pycon\n(.*?)^```$", re.M | re.S)
DISPLAYED = "# pyright: reportUnusedExpression=false\n"
"""A session's first line: the interpreter shows the value of an expression statement."""
ERROR_LINE = re.compile(r"#\s*error\b")
CHECKERS = ("mypy", "pyright", "basedpyright", "ty", "pyrefly")

PROJECT = '''\
"""What the examples take from the reader's project: its models, data and helpers."""

from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

_M = TypeVar("_M", bound=Model)

class Values:
    def first(self) -> str | None: ...

class QuerySet(Generic[_M]):
    def delete(self) -> tuple[int, dict[str, int]]: ...
    def values_list(self, *fields: str, flat: bool = ...) -> Values: ...

class Manager(Generic[_M]):
    def get(self, **lookups: object) -> _M: ...
    def create(self, **fields: object) -> _M: ...
    def filter(self, **lookups: object) -> QuerySet[_M]: ...

class Model:
    pk: int
    file: Path
    etag: str
    checksum: str
    updated_at: datetime
    owner: str
    def readable_by(self, user: User) -> bool: ...
    def get_absolute_url(self) -> str: ...
    def delete(self) -> None: ...
    def model_dump(self) -> dict[str, Any]: ...

class Item(Model):
    objects: ClassVar[Manager[Item]]

class Document(Model):
    objects: ClassVar[Manager[Document]]

class Report(Model):
    objects: ClassVar[Manager[Report]]

class Article(Model):
    objects: ClassVar[Manager[Article]]

class Clip(Model):
    objects: ClassVar[Manager[Clip]]

class User:
    requests_this_minute: int
    over_quota: bool
    is_staff: bool

ITEMS: dict[int, Item]
FILES: dict[str, Path]

def delete(pk: int) -> None: ...
def create() -> Item: ...
'''
"""The reader's project, as a stub (``_project.pyi``)."""

PYRIGHT_CONFIG = {
    "typeCheckingMode": "strict",
    "pythonVersion": "3.11",
    "reportMissingModuleSource": False,  # the reader's project is a stub only
}
"""pyright's and basedpyright's configuration: strict, as the package is checked."""

PROJECT_NAMES = frozenset(
    node.name if isinstance(node, ast.ClassDef | ast.FunctionDef) else node.target.id
    for node in ast.parse(PROJECT).body
    if isinstance(node, ast.ClassDef | ast.FunctionDef)
    or (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name))
) - {"Values", "QuerySet", "Manager", "Model"}


def blocks() -> list[tuple[str, str]]:
    """Every python and pycon block: (a module name made of the document, the language and
    the block's index; the code, a pycon block's statements one after the other)."""
    found = []
    for document in DOCUMENTS:
        stem = re.sub(r"\W", "_", str(document.relative_to(ROOT).with_suffix(""))).lower()
        text = document.read_text(encoding="utf-8")
        for index, code in enumerate(FENCE.findall(text)):
            found.append((f"{stem}_{index}", code))
        for index, session in enumerate(SESSION.findall(text)):
            examples = doctest.DocTestParser().get_examples(session)
            code = "".join(example.source for example in examples)
            found.append((f"{stem}_pycon_{index}", DISPLAYED + code))
    return found


def free_project_names(code: str) -> list[str]:
    """The names of ``PROJECT`` that ``code`` reads without binding them itself."""
    tree = ast.parse(code)
    read: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return sorted((read - bound - set(dir(builtins))) & PROJECT_NAMES)


def write_blocks(
    directory: Path, extra: list[tuple[str, str]]
) -> tuple[dict[Path, set[int]], dict[Path, int]]:
    """Write every block, and the ``extra`` ones, as modules: each file's lines marked
    ``# error``, and how many lines were put above the block's first."""
    (directory / "_project.pyi").write_text(PROJECT)
    (directory / "pyrightconfig.json").write_text(json.dumps(PYRIGHT_CONFIG))
    marked: dict[Path, set[int]] = {}
    offset: dict[Path, int] = {}
    for name, code in [*blocks(), *extra]:
        assert not code.startswith("from __future__"), name  # the import line goes first
        names = free_project_names(code)
        prefix = f"from _project import {', '.join(names)}\n" if names else ""
        path = (directory / f"{name}.py").resolve()
        path.write_text(prefix + code)
        offset[path] = prefix.count("\n")
        lines = enumerate(code.splitlines(), start=1)
        marked[path] = {number for number, line in lines if ERROR_LINE.search(line)}
    return marked, offset


def commands(directory: Path, cache: Path) -> dict[str, list[str]]:
    files = sorted(str(path) for path in directory.glob("*.py"))
    python = sys.executable
    return {
        "mypy": [python, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
                 "--cache-dir", str(cache), "--output", "json", *files],
        "pyright": [str(BIN / "pyright"), "--outputjson", "--pythonpath", python,
                    "--project", str(directory / "pyrightconfig.json"), *files],
        "basedpyright": [str(BIN / "basedpyright"), "--outputjson", "--pythonpath", python,
                         "--project", str(directory / "pyrightconfig.json"), *files],
        "ty": [str(BIN / "ty"), "check", "--python", sys.prefix, "--extra-search-path",
               str(directory), "--output-format", "gitlab", *files],
        "pyrefly": [str(BIN / "pyrefly"), "check", "--preset", "strict",
                    "--python-interpreter-path", python, "--search-path", str(directory),
                    "--output-format", "json", "--summary=none", *files],
    }  # fmt: skip


PARSERS = {
    "mypy": parse_mypy,
    "pyright": parse_pyright,
    "basedpyright": parse_pyright,
    "ty": parse_ty,
    "pyrefly": parse_pyrefly,
}


@dataclass(frozen=True)
class Checked:
    """What every checker found in the blocks, and where the blocks' lines are."""

    marked: dict[Path, set[int]]
    offset: dict[Path, int]
    found: dict[str, list[Diagnostic]]
    outputs: dict[str, str]


def check(directory: Path, cache: Path, extra: list[tuple[str, str]]) -> Checked:
    """Write the blocks to ``directory`` and run the five checkers side by side, once."""
    marked, offset = write_blocks(directory, extra)
    running = {
        checker: subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for checker, command in commands(directory, cache).items()
    }
    found: dict[str, list[Diagnostic]] = {}
    outputs: dict[str, str] = {}
    for checker, process in running.items():
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode in (0, 1), f"{checker} failed to run:\n{stdout}\n{stderr}"
        found[checker] = PARSERS[checker](stdout)
        outputs[checker] = stdout
    return Checked(marked, offset, found, outputs)


WRONG = (
    "from django_allresponses import HttpResponseCreated\n\n\n"
    "def view(request):\n"
    "    return HttpResponseCreated(location=Item.objects.get(pk=1).pk)\n\n\n"
    "HttpResponseCreated(location='/a')  # error: accepted\n"
)
"""A block every checker must fault, checked in the same run as the docs' (named
``zz_wrong``, which no document's block is): an untyped view (ty has no strict mode and
takes it), an ``int`` location, and a line marked as an error that every checker accepts."""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check(
        tmp_path_factory.mktemp("doc-blocks"),
        tmp_path_factory.mktemp("mypy-cache"),
        [("zz_wrong", WRONG)],
    )


def problems(checked: Checked, checker: str) -> list[str]:
    """Errors and warnings on unmarked lines, and marked lines without an error."""
    by_line: dict[tuple[Path, int], list[Diagnostic]] = defaultdict(list)
    for diagnostic in checked.found[checker]:
        path = diagnostic.path.resolve()
        by_line[path, diagnostic.line - checked.offset.get(path, 0)].append(diagnostic)
    wrong = [
        f"{path.name}:{line}: {item.code} {item.message.splitlines()[0]}"
        for (path, line), items in sorted(by_line.items())
        for item in items
        if line not in checked.marked.get(path, set())
    ]
    missing = [
        f"{path.name}:{line}: marked '# error' but not refused"
        for path, lines in sorted(checked.marked.items())
        for line in sorted(lines)
        if (path, line) not in by_line
    ]
    return wrong + missing


@pytest.mark.parametrize("checker", CHECKERS)
def test_every_doc_example_is_clean_in_strict_mode(checked: Checked, checker: str) -> None:
    assert [line for line in problems(checked, checker) if not line.startswith("zz_")] == []


def test_every_document_s_examples_are_checked(checked: Checked) -> None:
    names = [path.stem for path in checked.marked if path.stem != "zz_wrong"]
    assert len(names) == len(blocks()) >= 49 + 9
    assert {"readme_0", "docs_index_0", "docs_guides_typing_0", "docs_installation_3"} <= set(
        names
    )
    assert sum("_pycon_" in name for name in names) >= 9
    shown = [len(lines) for path, lines in checked.marked.items() if path.stem != "zz_wrong"]
    assert sum(shown) == 5  # the lines that show an error


@pytest.mark.parametrize("checker", CHECKERS)
def test_a_wrong_example_is_reported(checked: Checked, checker: str) -> None:
    """The test can fail: ``WRONG``'s three faults are reported by every checker."""
    (path,) = (path for path in checked.marked if path.stem == "zz_wrong")
    assert checked.offset[path] == 1  # the import of Item
    found = [line for line in problems(checked, checker) if line.startswith("zz_wrong.py:")]
    if checker != "ty":
        assert any(line.startswith("zz_wrong.py:4: ") for line in found), found
    assert any(line.startswith("zz_wrong.py:5: ") for line in found), found
    assert found[-1] == "zz_wrong.py:8: marked '# error' but not refused", found


def test_free_names_are_the_project_s_unless_the_block_defines_them() -> None:
    code = "class Item: ...\n\ndef view(pk: int) -> None:\n    Document.objects.get(pk=pk)\n"
    assert free_project_names(code) == ["Document"]
    assert free_project_names("from app import Item\nItem\n") == []
    assert free_project_names("def f(ITEMS: int) -> int:\n    return ITEMS\n") == []
