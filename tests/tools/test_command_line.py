"""The command line as a terminal and a shell see it: width, ``--json``, and its errors.

Each error case runs the real command in a subprocess and checks its exit status and
its one line on stderr: never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from django_allresponses import STATUSES, response_class

# once: the command line is this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
PROG = "python -m django_allresponses"


def command(*argv: str, columns: int | None = None) -> list[str]:
    return [sys.executable, "-m", "django_allresponses", *argv]


def environment(columns: int | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("COLUMNS", None)
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return env


def run(*argv: str, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*argv),
        cwd=ROOT,
        env=environment(columns),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A loopback port that another socket is listening on."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


@pytest.mark.parametrize("columns", [80, 100, 132])
def test_the_catalogue_fits_the_terminal(columns: int) -> None:
    completed = run(columns=columns)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    text = completed.stdout
    for code, facts in STATUSES.items():
        assert f"\n{code}  {facts.phrase}" in text
        assert response_class(code).__name__ in text
        if facts.allows_content:
            assert response_class(code, json=True).__name__ in text


def test_a_wide_terminal_gets_one_row_per_status() -> None:
    completed = run(columns=400)
    lines = completed.stdout.splitlines()
    assert lines[0].split() == [
        "CODE", "REASON", "HTTP", "CLASS", "JSON", "TWIN", "REQUIRED", "OPTIONAL", "CONTENT"
    ]  # fmt: skip
    assert len(lines) == 1 + len(STATUSES)
    row = next(line for line in lines if line.startswith("429 "))
    assert row.split() == [
        "429", "Too", "Many", "Requests", "HttpResponseTooManyRequests",
        "JsonResponseTooManyRequests", "-", "retry_after", "allowed",
    ]  # fmt: skip


def test_a_narrower_terminal_than_80_columns_still_gets_80() -> None:
    completed = run(columns=40)
    lines = completed.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert max(len(line) for line in lines) > 40


@pytest.mark.parametrize("entry", ["206", "JsonResponsePartialContent", "401", "103", "511"])
def test_one_status_fits_80_columns_with_its_signature_wrapped(entry: str) -> None:
    completed = run(entry, columns=80)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.endswith("(") and line[0].isalpha() for line in lines), "one parameter a line"


def test_the_206_signature_takes_one_parameter_a_line() -> None:
    lines = run("206", columns=80).stdout.splitlines()
    start = lines.index("HttpResponsePartialContent(")
    assert lines[start + 1 : start + 4] == [
        "    content: Content = b'',",
        "    *,",
        "    content_range: ContentRangeInput | None = None,",
    ]


def test_json_prints_the_catalogue_for_tools() -> None:
    completed = run("--json", columns=80)
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert [item["code"] for item in data] == list(STATUSES)
    item = next(item for item in data if item["code"] == 405)
    assert item["phrase"] == "Method Not Allowed"
    assert item["http_class"] == "HttpResponseNotAllowed"
    assert item["json_class"] == "JsonResponseNotAllowed"
    assert item["required"] == ["permitted_methods"]
    assert item["optional"] == []
    assert item["content"] == "allowed"
    assert item["reference"] == "RFC 9110, Section 15.5.6"
    assert item["reference_url"] == "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"
    no_content = next(item for item in data if item["code"] == 204)
    assert (no_content["json_class"], no_content["content"]) == (None, "forbidden")


def test_json_prints_one_status() -> None:
    completed = run("429", "--json")
    data = json.loads(completed.stdout)
    assert (data["code"], data["phrase"]) == (429, "Too Many Requests")
    assert set(data["signatures"]) == {
        "HttpResponseTooManyRequests",
        "JsonResponseTooManyRequests",
    }
    assert data["signatures"]["HttpResponseTooManyRequests"].startswith(
        "HttpResponseTooManyRequests(content: Content = b'', *, retry_after:"
    )


# --- Errors: one line on stderr, a non-zero exit status, no traceback. ---


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["418"],
            f"{PROG}: error: 418 is not an assigned HTTP status code "
            "(the IANA registry marks it unused)",
        ),
        (
            ["999"],
            f"{PROG}: error: 999 is not an HTTP status code (they run from 100 to 599)",
        ),
        (
            ["HttpResponseTooManyReqests"],
            f"{PROG}: error: no status code or class named 'HttpResponseTooManyReqests'; "
            "did you mean HttpResponseTooManyRequests or JsonResponseTooManyRequests or "
            "HttpResponseBadRequest?",
        ),
        (
            ["429", "430"],
            f"{PROG}: error: unrecognized arguments: 430 (see '{PROG} --help')",
        ),
        (
            ["serve", "--port", "http"],
            f"{PROG}: error: argument --port: 'http' is not a TCP port (0-65535) "
            f"(see '{PROG} serve --help')",
        ),
        (
            ["docs", "--port", "70000"],
            f"{PROG}: error: argument --port: '70000' is not a TCP port (0-65535) "
            f"(see '{PROG} docs --help')",
        ),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(argv: list[str], line: str) -> None:
    completed = run(*argv)
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr == line + "\n"


@pytest.mark.parametrize("subcommand", ["serve", "docs"])
def test_a_busy_port_is_one_line_and_exits_1(subcommand: str, busy_port: int) -> None:
    completed = run(subcommand, "--port", str(busy_port))
    assert completed.returncode == 1
    assert completed.stderr == (
        f"{PROG}: error: cannot listen on 127.0.0.1:{busy_port}: the port is in use\n"
    )
    assert "Traceback" not in completed.stdout


@pytest.mark.parametrize("argv", [[], ["429"], ["--json"]])
def test_a_closed_pipe_is_one_line_and_exits_1(argv: list[str]) -> None:
    """The reader is gone before the command writes a byte: every write meets a closed pipe."""
    process = subprocess.Popen(
        command(*argv),
        cwd=ROOT,
        env=environment(80),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    status = process.wait(timeout=60)
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert status == 1
    assert stderr == f"{PROG}: error: the output was closed before it was all written\n"


def test_head_reads_the_first_line_without_a_traceback() -> None:
    """``python -m django_allresponses | head -1``, as a shell runs it."""
    completed = subprocess.run(
        ["bash", "-c", f"'{sys.executable}' -m django_allresponses | head -1"],
        cwd=ROOT,
        env=environment(80),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0  # head's status
    assert completed.stdout.split() == ["CODE", "REASON", "CONTENT"]
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") <= 1


def _package_copy(tmp_path: Path) -> None:
    """The package alone in ``tmp_path``, as an installed wheel holds it."""
    shutil.copytree(
        ROOT / "django_allresponses",
        tmp_path / "django_allresponses",
        ignore=shutil.ignore_patterns("__pycache__"),
    )


def _docs_in(tmp_path: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """``docs`` run in ``tmp_path``, importing the package from there."""
    env = environment()
    env["PYTHONPATH"] = str(tmp_path)
    return subprocess.run(
        command("docs", "--port", "0"),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_docs_without_sources_is_one_line_and_exits_1(tmp_path: Path) -> None:
    """An installed wheel has no ``mkdocs.yml``: the command says so in one line."""
    _package_copy(tmp_path)
    completed = _docs_in(tmp_path, timeout=60)
    assert completed.returncode == 1
    lines = completed.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{PROG}: error: no documentation sources at ")


def test_serve_prints_its_address_and_stops_on_interrupt() -> None:
    """The happy path of ``serve``: it says where it listens; Ctrl+C ends it with 0."""
    import signal

    process = subprocess.Popen(
        command("serve", "--port", "0"),
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl+C as a terminal sends it, even where this run was started with SIGINT
        # ignored (a background job of a shell), which a child would inherit.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdout is not None
    try:
        first = process.stdout.readline()
        assert first.startswith("django-allresponses playground on http://127.0.0.1:")
        time.sleep(0.2)
        for _ in range(30):  # Ctrl+C, again each second on a machine too busy to see it
            process.send_signal(signal.SIGINT)
            try:
                assert process.wait(timeout=1) == 0
                break
            except subprocess.TimeoutExpired:
                continue
        else:
            pytest.fail("serve did not stop on Ctrl+C")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()


def test_docs_that_do_not_build_is_one_line_and_exits_1(tmp_path: Path) -> None:
    """A ``mkdocs.yml`` naming a theme that is not installed: MkDocs refuses it, in one line."""
    _package_copy(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: broken\ntheme:\n  name: no-such-theme\n", encoding="utf-8"
    )
    completed = _docs_in(tmp_path, timeout=120)
    assert completed.returncode == 1
    last = completed.stderr.splitlines()[-1]
    assert last.startswith(f"{PROG}: error: the documentation site did not build: ")
    assert "no-such-theme" in last
    assert "Traceback" not in completed.stderr
