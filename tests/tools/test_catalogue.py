"""``python -m django_allresponses``: the catalogue, one entry in full, and its errors.

Every expectation is derived from ``STATUSES``, ``response_class()`` and the
classes' own signatures, never from a hand-written list of statuses.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.http import HttpResponseBase

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.catalogue import COLUMNS, catalogue_entry
from django_allresponses.tools.cli import main
from django_allresponses.tools.examples import build, example_arguments

ROOT = Path(__file__).resolve().parents[2]
WIDE = 1000
"""A terminal wide enough for every line: the content tests read lines unwrapped."""
CELL_SEPARATOR = re.compile(r"\s{2,}")
NOT_HEADER_ARGUMENTS = frozenset(
    {"content", "created_document", "content_type", "charset", "headers", "reason"}
)
"""The arguments of the classes that set no header field of their own: the body and
Django's ``HttpResponse`` keywords."""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command in-process: its exit status, stdout and stderr."""
    try:
        status = main(list(argv), width=WIDE)
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": str(WIDE)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "django_allresponses", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def table_rows(output: str) -> dict[int, dict[str, str]]:
    """Parse the catalogue table; a code listed twice fails the parse."""
    lines = output.splitlines()
    header = CELL_SEPARATOR.split(lines[0].strip())
    assert tuple(header) == COLUMNS
    rows: dict[int, dict[str, str]] = {}
    for line in lines[1:]:
        cells = CELL_SEPARATOR.split(line.strip())
        assert len(cells) == len(COLUMNS), line
        code = int(cells[0])
        assert code not in rows, f"{code} is listed twice"
        rows[code] = dict(zip(COLUMNS, cells, strict=True))
    return rows


@pytest.fixture(scope="module")
def catalogue_output() -> str:
    completed = run_subprocess()
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    return completed.stdout


def test_the_catalogue_lists_every_status_once_in_order(catalogue_output: str) -> None:
    assert list(table_rows(catalogue_output)) == list(STATUSES)


@pytest.mark.parametrize("code", list(STATUSES))
def test_each_row_agrees_with_the_classes(catalogue_output: str, code: int) -> None:
    row = table_rows(catalogue_output)[code]
    facts = STATUSES[code]
    cls = response_class(code)
    assert row["REASON"] == facts.phrase
    assert row["HTTP CLASS"] == cls.__name__
    if facts.allows_content:
        assert row["JSON TWIN"] == response_class(code, json=True).__name__
        assert row["CONTENT"] == "allowed"
    else:
        assert row["JSON TWIN"] == "-"
        assert row["CONTENT"] == "forbidden"
        with pytest.raises(ResponseValidationError):
            cls(b"x", **example_arguments(code))

    parameters = inspect.signature(cls).parameters
    required = [] if row["REQUIRED"] == "-" else row["REQUIRED"].split(", ")
    optional = [] if row["OPTIONAL"] == "-" else row["OPTIONAL"].split(", ")
    arguments = example_arguments(code)
    for name in required:  # the class refuses to be built without it
        without = {key: value for key, value in arguments.items() if key != name}
        with pytest.raises((TypeError, ResponseValidationError), match=name):
            cls(**without)
    for name in optional:
        assert parameters[name].default is None, name
        cls(**{key: value for key, value in arguments.items() if key != name})
    assert set(required) | set(optional) == set(parameters) - NOT_HEADER_ARGUMENTS


def test_206_lists_content_range_as_required() -> None:
    """A 206 needs Content-Range but for a multipart/byteranges body (RFC 9110, 15.3.7):
    the signature gives it a default, the catalogue lists it as required."""
    entry = catalogue_entry(206)
    assert (entry.required, entry.optional) == (("content_range",), ("content_location",))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("999", "999 is not an HTTP status code (they run from 100 to 599)"),
        ("99", "99 is not an HTTP status code (they run from 100 to 599)"),
        ("306", "306 is not an assigned HTTP status code (the IANA registry marks it unused)"),
        ("299", "299 is not an assigned HTTP status code"),
    ],
)
def test_an_unassigned_code_is_explained_for_what_it_is(
    capsys: pytest.CaptureFixture[str], code: str, message: str
) -> None:
    status, out, err = run(capsys, code)
    assert (status, out) == (2, "")
    assert message in err and "306 and 418" not in err


@pytest.mark.parametrize("code", list(STATUSES))
def test_one_status_in_full(capsys: pytest.CaptureFixture[str], code: int) -> None:
    status, out, err = run(capsys, str(code))
    assert (status, err) == (0, "")
    facts = STATUSES[code]
    assert out.startswith(f"{code} {facts.phrase}\n")
    assert facts.reference in out
    classes: list[type[HttpResponseBase]] = [response_class(code)]
    if facts.allows_content:
        classes.append(response_class(code, json=True))
    for json, cls in enumerate(classes):
        assert f"\n{cls.__name__}(" in out, "the signature"
        for name in inspect.signature(cls).parameters:
            assert f"{name}" in out
        assert (inspect.getdoc(cls) or "").splitlines()[0] in out, "the docstring"
        built = build(code, json=bool(json))
        assert f"HTTP/1.1 {code} {built.reason_phrase}" in out
        for name, value in built.items():
            assert f"{name}: {value}" in out, "the example's headers"
    if not facts.allows_content:
        assert "JsonResponse" + facts.name not in out


def test_one_class_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "JsonResponseTooManyRequests")
    assert status == 0
    assert "\nJsonResponseTooManyRequests(data" in out
    assert "\nHttpResponseTooManyRequests(" not in out
    assert f"{build(429, json=True)['Content-Type']}" in out


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("HttpResponseRedirect", 302),
        ("httpresponsenotfound", 404),
        ("HttpResponseServerError", 500),
    ],
)
def test_aliases_and_any_case(capsys: pytest.CaptureFixture[str], name: str, code: int) -> None:
    status, out, _ = run(capsys, name)
    assert status == 0
    assert out.startswith(f"{code} {STATUSES[code].phrase}\n")
    assert f"\n{response_class(code).__name__}(" in out


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("999", "999 is not an HTTP status code (they run from 100 to 599)"),
        ("418", "418 is not an assigned HTTP status code (the IANA registry marks it unused)"),
        ("306", "306 is not an assigned HTTP status code"),
        ("nonsense", "no status code or class named 'nonsense'"),
        ("JsonResponseNoContent", "no status code or class named 'JsonResponseNoContent'"),
        ("HttpResponseTooManyReqests", "did you mean HttpResponseTooManyRequests"),
    ],
)
def test_unknown_entries_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argument: str, message: str
) -> None:
    status, out, err = run(capsys, argument)
    assert status == 2
    assert out == ""
    assert message in err
    assert err.startswith("python -m django_allresponses: error: ")
    assert err.count("\n") == 1, "one line"


def test_the_command_line_reports_an_unknown_code() -> None:
    completed = run_subprocess("999")
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "error: 999 is not an HTTP status code (they run from 100 to 599)" in completed.stderr


def test_serve_options_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "serve", "--port", "70000")
    assert status == 2
    assert "'70000' is not a TCP port" in err
    assert err.count("\n") == 1, "one line"
    status, out, _ = run(capsys, "serve", "--help")
    assert status == 0
    assert "--host" in out and "--port" in out
