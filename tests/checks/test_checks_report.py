"""The pytest plugin's report mode, its marker and its one copy of each finding, on the
small suite suites/report_suite.py run in a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

SUITES = Path(__file__).resolve().parent / "suites"
ROOT = Path(__file__).resolve().parents[2]

ALLOW = (
    "error missing-allow: a 405 (Method Not Allowed) response must send an Allow header "
    "(RFC 9110, Section 15.5.6)"
)
TABLE = [
    "rule                      severity  count",
    "missing-allow             error         3",
    "  views: report_suite.not_allowed",
    "  tests: report_suite.py::test_not_allowed, report_suite.py::test_not_allowed_twice",
    "missing-www-authenticate  error         2",
    "  views: report_suite.private, report_suite.Items",
    "  tests: report_suite.py::test_private, report_suite.py::test_private_drf_called_directly",
    "8 responses checked, 5 non-conforming (5 errors, 0 warnings)",
    "3 findings ignored (missing-www-authenticate 3)",
]
UNKNOWN = "report_suite.py::test_marker_with_an_unknown_rule"


def _run(tmp_path: Path, *arguments: str, ini: str = "") -> tuple[str, list[str]]:
    shutil.copy(SUITES / "report_suite.py", tmp_path / "report_suite.py")
    shutil.copy(SUITES / "suite_settings.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text(f"[pytest]\n{ini}")
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:django",
         "--strict-markers", "-rfE", *arguments, "report_suite.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={
            **{name: value for name, value in os.environ.items()
               if name != "DJANGO_SETTINGS_MODULE"},
            "PYTHONPATH": str(ROOT),
        },
    )  # fmt: skip
    output = finished.stdout + finished.stderr
    assert "INTERNALERROR" not in output, output
    if " django-allresponses response checks " not in output:
        return output, []
    section = output.split(" django-allresponses response checks ")[1].splitlines()[1:]
    end = next(i for i, line in enumerate(section) if line.startswith("="))
    return output, section[:end]


def _outcomes(output: str) -> list[str]:
    return sorted(re.findall(r"^((?:FAILED|ERROR) \S+)", output, flags=re.MULTILINE))


@pytest.mark.parametrize(
    ("arguments", "ini"),
    [(("--allresponses-checks=report",), ""), ((), "allresponses_checks = report\n")],
    ids=["option", "ini"],
)
def test_report_fails_no_test_and_ends_with_the_table(
    tmp_path: Path, arguments: tuple[str, ...], ini: str
) -> None:
    output, summary = _run(tmp_path, *arguments, ini=ini)
    assert summary == TABLE
    # Only the marker that names an unknown rule errs, naming it.
    assert _outcomes(output) == [f"ERROR {UNKNOWN}"]
    assert (
        "ResponseValidationError: @pytest.mark.allresponses_ignore: unknown rule "
        "'missing-challenge'; the rules are: bodiless-content, " in output
    )
    assert "6 passed, 1 error" in output


@pytest.mark.parametrize(
    "arguments", [("--allresponses-checks",), ("--allresponses-checks=fail",)]
)
def test_fail_mode_keeps_failing_tests_and_prints_each_finding_once(
    tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    output, summary = _run(tmp_path, *arguments)
    assert _outcomes(output) == [
        f"ERROR {UNKNOWN}",
        "FAILED report_suite.py::test_not_allowed",
        "FAILED report_suite.py::test_not_allowed_twice",
        "FAILED report_suite.py::test_private",
        "FAILED report_suite.py::test_private_drf_called_directly",
    ]
    assert summary[-2:] == TABLE[-2:]
    assert summary[:2] == [
        "report_suite.py::test_not_allowed: GET /not-allowed/ -> 405 Method Not Allowed",
        f"  {ALLOW}",
    ]
    # The failure text names the finding; the middleware (in log mode) logged it too, but
    # no second copy shows up in the test's captured log or stderr.
    failures = output.split(" FAILURES ")[1].split(" django-allresponses response checks ")[0]
    first = failures.split("_ test_not_allowed _")[1].split("_ test_not_allowed_twice _")[0]
    assert first.count("missing-allow") == 1
    assert failures.count(ALLOW) == 3  # test_not_allowed once, test_not_allowed_twice twice
    assert "django_allresponses" not in failures.replace("(django-allresponses)", "")


def test_off_the_marker_is_declared_and_still_checked(tmp_path: Path) -> None:
    output, summary = _run(tmp_path, ini="allresponses_checks = false\n")
    assert summary == []
    assert _outcomes(output) == [f"ERROR {UNKNOWN}"]  # not "unknown marker" for the others
    assert "6 passed, 1 error" in output


def test_an_unknown_ini_value_is_a_usage_error(tmp_path: Path) -> None:
    output, _ = _run(tmp_path, ini="allresponses_checks = loud\n")
    assert "allresponses_checks = 'loud': give true (or fail), report or false" in output
