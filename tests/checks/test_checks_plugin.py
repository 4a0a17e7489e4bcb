"""The pytest plugin on a real test suite: the sample shop in tests/sample_project/project.

The shop's eight tests pass on their own. With the response checks on, the
tests that received a seeded bad response fail, naming it, and the run's
summary lists exactly the seeded bad responses: DRF's 204 given
``Content-Length: 0`` by CommonMiddleware, a 405 without ``Allow``, a bad
``Retry-After`` (through the async client), a 204 with content (seen before the
test client empties it), and a 201 without ``Location`` (a warning).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

# once: the pytest plugin's sample run is this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

PROJECT = Path(__file__).resolve().parents[1] / "sample_project" / "project"

SUMMARY = [
    "test_shop.py::test_delete_items: DELETE /items/ -> 204 No Content",
    "  error bodiless-content-length: a 204 (No Content) response must not send "
    "Content-Length; got '0' (RFC 9110, Section 8.6)",
    "test_shop.py::test_checkout_refuses_get: GET /checkout/ -> 405 Method Not Allowed",
    "  error missing-allow: a 405 (Method Not Allowed) response must send an Allow header "
    "(RFC 9110, Section 15.5.6)",
    "test_shop.py::test_busy: GET /busy/ -> 503 Service Unavailable",
    "  error invalid-retry-after: Retry-After header 'soon': it is not delay-seconds or an "
    "IMF-fixdate (RFC 9110, Section 10.2.3); give seconds >= 0 (int, float or "
    "timedelta) or a datetime (RFC 9110, Section 10.2.3)",
    "test_shop.py::test_forget: POST /forget/ -> 204 No Content",
    "  error bodiless-content-length: a 204 (No Content) response must not send "
    "Content-Length; got '10' (RFC 9110, Section 8.6)",
    "  error bodiless-content: a 204 (No Content) response cannot have content; it has 10 "
    "bytes (RFC 9110, Section 15.3.5)",
    "11 responses checked, 4 non-conforming (5 errors, 0 warnings)",
]
SEEDED_ERRORS = {"test_delete_items", "test_checkout_refuses_get", "test_busy", "test_forget"}
ALL_TESTS = {
    "test_home_redirects",
    "test_items",
    "test_delete_items",
    "test_basket",
    "test_checkout_refuses_get",
    "test_order",
    "test_busy",
    "test_forget",
}


def _run(tmp_path: Path, *arguments: str) -> tuple[dict[str, str], list[str]]:
    """Run the shop's tests; return each test's outcome and the plugin's summary lines."""
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    report = tmp_path / "report.xml"
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", f"--junitxml={report}", *arguments],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        # pytest-django put this run's settings module in the environment, where it would
        # win over the shop's pytest.ini.
        env={
            name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"
        },
    )
    outcomes: dict[str, str] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        outcomes[case.attrib["name"]] = "failed" if failed else "passed"
    lines = finished.stdout.splitlines()
    title = [i for i, line in enumerate(lines) if "django-allresponses response checks" in line]
    summary: list[str] = []
    if title:
        for line in lines[title[0] + 1 :]:
            if line.startswith("="):
                break
            summary.append(line)
    return outcomes, summary


def test_off_by_default(tmp_path: Path) -> None:
    outcomes, summary = _run(tmp_path)
    assert outcomes == dict.fromkeys(ALL_TESTS, "passed")
    assert summary == []


@pytest.mark.parametrize(
    "arguments",
    [("--allresponses-checks",), ("-o", "allresponses_checks=true")],
    ids=["option", "ini"],
)
def test_on_it_reports_exactly_the_seeded_bad_responses(
    tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    outcomes, summary = _run(tmp_path, *arguments)
    assert {name for name, outcome in outcomes.items() if outcome == "failed"} == SEEDED_ERRORS
    assert set(outcomes) == ALL_TESTS
    assert summary == SUMMARY
    [failure] = [
        case.find("failure")
        for case in ElementTree.parse(tmp_path / "report.xml").iter("testcase")
        if case.attrib["name"] == "test_checkout_refuses_get"
    ]
    assert failure is not None
    assert failure.attrib["message"] == (
        "Failed: non-conforming responses (django-allresponses):\n"
        "test_shop.py::test_checkout_refuses_get: GET /checkout/ -> 405 Method Not Allowed\n"
        "  error missing-allow: a 405 (Method Not Allowed) response must send an Allow header "
        "(RFC 9110, Section 15.5.6)"
    )


def test_warnings_fail_too_when_asked(tmp_path: Path) -> None:
    outcomes, summary = _run(tmp_path, "--allresponses-checks", "--allresponses-checks-warnings")
    # test_order's 201 has no Location, which RFC 9110 allows: no warning fails it.
    assert {name for name, outcome in outcomes.items() if outcome == "failed"} == SEEDED_ERRORS
    assert summary == SUMMARY
