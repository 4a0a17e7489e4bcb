"""What each checker prints for the ten commonest misuses of ``abort``, line by line.

The form the docs teach first, ``abort(HttpResponseCreated(...))``, builds the
response as anywhere else: a misuse is the constructor's, reported once, on the
constructor, naming the argument. The status form (``abort(201, ...)``) has one
overload per status, so a checker that finds no match cannot tell which status's
arguments were meant: mypy and pyrefly list every overload, ty names none. The
status form's counts are held where they are, so that they get no worse.

Each checker runs once on a directory of small files, one misuse each, as a user
runs it in a terminal: mypy ``--strict`` (this project's configuration, with
django-stubs), pyright and basedpyright with no configuration, ty in its concise
format (its full format adds a code frame, about ten lines, to each message) and
pyrefly in its default one. A line is a line of a diagnostic (notes and the
continuation lines included), not the file's header or the summary.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHECKERS = ("mypy", "pyright", "basedpyright", "ty", "pyrefly")

# name: (the response form, the status form, the argument the message must name)
MISUSES: dict[str, tuple[str, str, str]] = {
    "missing_location": ("HttpResponseCreated()", "201", "location"),
    "location_not_a_string": (
        "HttpResponseCreated(location=123)",
        "201, location=123",
        "location",
    ),
    "missing_redirect_to": ("HttpResponseMovedPermanently()", "301", "redirect_to"),
    "redirect_to_none": (
        "HttpResponseFound(redirect_to=None)",
        "302, redirect_to=None",
        "redirect_to",
    ),
    "missing_permitted_methods": ("HttpResponseNotAllowed()", "405", "permitted_methods"),
    "methods_as_a_string": (
        'HttpResponseNotAllowed(permitted_methods="GET")',
        '405, permitted_methods="GET"',
        "permitted_methods",
    ),
    "retry_after_as_text": (
        'HttpResponseTooManyRequests(retry_after="soon")',
        '429, retry_after="soon"',
        "retry_after",
    ),
    "misspelt_keyword": (
        "HttpResponseTooManyRequests(retry_afte=30)",
        "429, retry_afte=30",
        "retry_afte",
    ),
    "status_keyword": ("HttpResponseNotFound(status=500)", "404, status=500", "status"),
    "missing_upgrade": ("HttpResponseUpgradeRequired()", "426", "upgrade"),
}

# The lines each checker prints for the response form (measured with the pinned checkers).
# pyright and basedpyright add to a wrong value's first line the parameter's union, one line
# a member: two for a URL (``str | Promise``), three for 405's methods, four for 429's
# Retry-After (``float | timedelta | datetime | None``: no class holds both a timedelta and a
# datetime, so it stays one over). Measured and left: the alias as ``TypeAliasType`` (or a
# ``type`` statement) is expanded member by member all the same, and ty then prints the
# alias's name instead of its types; a protocol for timedelta and datetime costs the line it
# saves (its missing member). pyrefly's block is its header, the file and a code frame.
RESPONSE_FORM_LINES: dict[str, dict[str, int]] = {
    "missing_location": {"mypy": 1, "pyright": 1, "basedpyright": 1, "ty": 1, "pyrefly": 5},
    "location_not_a_string": {"mypy": 1, "pyright": 4, "basedpyright": 4, "ty": 1, "pyrefly": 5},
    "missing_redirect_to": {"mypy": 1, "pyright": 1, "basedpyright": 1, "ty": 1, "pyrefly": 5},
    "redirect_to_none": {"mypy": 1, "pyright": 4, "basedpyright": 4, "ty": 1, "pyrefly": 5},
    "missing_permitted_methods": {
        "mypy": 1,
        "pyright": 1,
        "basedpyright": 1,
        "ty": 1,
        "pyrefly": 5,
    },
    "methods_as_a_string": {"mypy": 1, "pyright": 5, "basedpyright": 5, "ty": 1, "pyrefly": 5},
    "retry_after_as_text": {"mypy": 1, "pyright": 6, "basedpyright": 6, "ty": 1, "pyrefly": 5},
    "misspelt_keyword": {"mypy": 2, "pyright": 1, "basedpyright": 1, "ty": 1, "pyrefly": 5},
    "status_keyword": {"mypy": 2, "pyright": 1, "basedpyright": 1, "ty": 1, "pyrefly": 5},
    "missing_upgrade": {"mypy": 2, "pyright": 1, "basedpyright": 1, "ty": 1, "pyrefly": 5},
}

# The status form, before abort(response) was added: mypy 151 lines, ty 1, pyrefly 156, and
# pyright 2 to 10. One line more in mypy and pyrefly: the response form's overload, listed
# first (where a user reading the list finds the form whose message is short). pyright's
# wrong values are shorter since the header aliases were reshaped (10, 9, 9 and 8 before).
STATUS_FORM_MOST: dict[str, int] = {"mypy": 152, "ty": 1, "pyrefly": 157}
STATUS_FORM_PYRIGHT: dict[str, int] = {
    "missing_location": 5,
    "location_not_a_string": 5,
    "missing_redirect_to": 5,
    "redirect_to_none": 5,
    "missing_permitted_methods": 5,
    "methods_as_a_string": 5,
    "retry_after_as_text": 7,
    "misspelt_keyword": 2,
    "status_keyword": 2,
    "missing_upgrade": 5,
}

NAMES = re.compile(r"\b(?:HttpResponse|JsonResponse)\w+")


def _source(call: str) -> str:
    names = sorted(set(NAMES.findall(call)))
    imports = f"from django_allresponses import {', '.join(names)}\n" if names else ""
    return (
        f"{imports}from django_allresponses.immediate import abort\n\n\n"
        f"def view() -> None:\n    abort({call})\n"
    )


def _commands(directory: Path, cache: Path) -> dict[str, tuple[list[str], Path]]:
    python = sys.executable
    files = sorted(str(path) for path in directory.glob("*.py"))
    return {
        "mypy": (
            [python, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
             "--cache-dir", str(cache), "--no-error-summary", "--no-pretty", *files],
            ROOT,  # the project's configuration: django-stubs and its settings
        ),
        "pyright": ([str(BIN / "pyright"), "--pythonpath", python, *files], directory),
        "basedpyright": ([str(BIN / "basedpyright"), "--pythonpath", python, *files], directory),
        "ty": (
            [str(BIN / "ty"), "check", "--python", sys.prefix, "--color", "never",
             "--output-format", "concise", *files],
            directory,
        ),
        "pyrefly": (
            [str(BIN / "pyrefly"), "check", "--preset", "default",
             "--python-interpreter-path", python, "--summary=none", *files],
            directory,
        ),
    }  # fmt: skip


def _by_prefix(output: str) -> dict[str, int]:
    """mypy and ty concise: each line starts with its file's path."""
    counts: dict[str, int] = defaultdict(int)
    for line in output.splitlines():
        found = re.match(r"(?:.*/)?(\w+)\.py:\d+", line)
        if found:
            counts[found[1]] += 1
    return counts


def _by_header(output: str) -> dict[str, int]:
    """pyright: a file's path on a line of its own, then its diagnostics, indented."""
    counts: dict[str, int] = defaultdict(int)
    current = ""
    for line in output.splitlines():
        header = re.fullmatch(r"(?:.*/)?(\w+)\.py", line.strip())
        if header and not line.startswith(" "):
            current = header[1]
        elif line.startswith(" ") and line.strip() and current:
            counts[current] += 1
    return counts


def _by_block(output: str) -> dict[str, int]:
    """pyrefly: ``ERROR …`` starts a block, `` --> path:line`` names its file."""
    counts: dict[str, int] = defaultdict(int)
    block: list[str] = []

    def close() -> None:
        paths = [m[1] for line in block if (m := re.search(r"--> (?:.*/)?(\w+)\.py:", line))]
        if paths:
            counts[paths[0]] += len(block)

    for line in output.splitlines():
        if re.match(r"(ERROR|WARN) ", line):
            close()
            block = [line]
        elif line.strip() and block:
            block.append(line)
    close()
    return counts


SPLITTERS: dict[str, Callable[[str], dict[str, int]]] = {
    "mypy": _by_prefix,
    "pyright": _by_header,
    "basedpyright": _by_header,
    "ty": _by_prefix,
    "pyrefly": _by_block,
}


def _run(tmp_path: Path, form: int) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    directory = tmp_path / f"form{form}"
    directory.mkdir()
    for name, misuse in MISUSES.items():
        (directory / f"{name}.py").write_text(_source(misuse[form]))
    running = {
        checker: subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        for checker, (command, cwd) in _commands(directory, tmp_path / f"cache{form}").items()
    }
    outputs = {
        checker: process.communicate(timeout=600)[0] for checker, process in running.items()
    }
    counts = {checker: SPLITTERS[checker](output) for checker, output in outputs.items()}
    return counts, outputs


@pytest.fixture(scope="module")
def response_form(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    return _run(tmp_path_factory.mktemp("abort-messages"), 0)


@pytest.fixture(scope="module")
def status_form(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    return _run(tmp_path_factory.mktemp("abort-messages"), 1)


@pytest.mark.parametrize("checker", CHECKERS)
def test_the_response_form_s_misuse_is_short(
    response_form: tuple[dict[str, dict[str, int]], dict[str, str]], checker: str
) -> None:
    counts, outputs = response_form
    found = {name: counts[checker].get(name, 0) for name in MISUSES}
    expected = {name: lines[checker] for name, lines in RESPONSE_FORM_LINES.items()}
    assert found == expected, outputs[checker]


def _message(checker: str, output: str, name: str) -> str:
    """What ``checker`` printed about the file ``name``."""
    mark = rf"(?:^|/|\s){name}\.py:"
    if checker in ("mypy", "ty"):
        return "\n".join(line for line in output.splitlines() if re.search(mark, line))
    if checker == "pyrefly":
        blocks = re.split(r"\n(?=(?:ERROR|WARN) )", output)
        return "\n".join(block for block in blocks if re.search(mark, block))
    lines = output.splitlines()
    [start] = [i for i, line in enumerate(lines) if line.strip().endswith(f"/{name}.py")]
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), None)
    return "\n".join(lines[start + 1 : end])


@pytest.mark.parametrize("checker", CHECKERS)
def test_the_response_form_s_message_names_the_argument(
    response_form: tuple[dict[str, dict[str, int]], dict[str, str]], checker: str
) -> None:
    _counts, outputs = response_form
    for name, (_response, _status, argument) in MISUSES.items():
        message = _message(checker, outputs[checker], name)
        first = message.splitlines()[0] if checker != "pyrefly" else message
        first = re.sub(r"\S*\.py:[\d:-]+", "", first)  # the file's name is the misuse's
        if checker == "ty" and argument not in first:
            # ty's concise line of a wrong value names the class and the expected type,
            # and points its column at the argument
            assert "invalid-argument-type" in first, message
            continue
        assert re.search(rf"\b{argument}\b", first), f"{checker} {name}:\n{message}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_the_status_form_s_messages_get_no_worse(
    status_form: tuple[dict[str, dict[str, int]], dict[str, str]], checker: str
) -> None:
    counts, outputs = status_form
    for name in MISUSES:
        found = counts[checker].get(name, 0)
        assert found >= 1, f"{checker} accepts abort({MISUSES[name][1]})"
        most = STATUS_FORM_PYRIGHT[name] if "pyright" in checker else STATUS_FORM_MOST[checker]
        assert found <= most, f"{checker} {name}: {found} lines\n{outputs[checker]}"


@pytest.mark.parametrize("checker", ["ty", "pyrefly"])
def test_the_response_form_s_message_names_the_class_called(
    response_form: tuple[dict[str, dict[str, int]], dict[str, str]], checker: str
) -> None:
    """ty and pyrefly name the ``__init__`` a message is about: the class the user called,
    never a base of this library's (``_RetryAfterResponse``, ``ContentResponse``, ...) whose
    ``__init__`` the class inherits."""
    _counts, outputs = response_form
    for name, (response, _status, _argument) in MISUSES.items():
        message = _message(checker, outputs[checker], name)
        [called] = NAMES.findall(response)
        named = {found.rsplit(".", 1)[-1] for found in re.findall(r"([\w.]+)\.__init__", message)}
        assert named == {called}, f"{checker} {name}:\n{message}"
