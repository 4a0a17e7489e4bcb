"""The response checks on a test suite nobody here wrote: Django REST framework's own.

DRF's sdist ships its ``tests/``. The fixture downloads the pinned sdist from PyPI
into the ignored ``build/`` folder (once; later runs reuse it), with the one test
dependency DRF's ``conftest.py`` needs that this project's tools do not bring
(``dj-database-url``), installed beside it; then DRF's suite runs in a subprocess with
``--allresponses-checks`` and a counter of the responses the suite builds
(``suite_plugins/produced_responses.py``), which does not rely on the plugin's hooks.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.once]

DRF_VERSION = "3.18.3"
ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "drf-sdist"
PLUGINS = Path(__file__).resolve().parent / "suite_plugins"

FINDINGS = [
    "tests/test_renderers.py::RendererEndToEndTests::"
    "test_204_no_content_responses_have_no_content_type_set: GET /empty -> 204 No Content",
    "  error bodiless-content-length: a 204 (No Content) response must not send "
    "Content-Length; got '0' (RFC 9110, Section 8.6)",
    "tests/test_routers.py::TestUrlPath::test_delete: DELETE /example/notes/123/ -> "
    "204 No Content",
    "  error bodiless-content-length: a 204 (No Content) response must not send "
    "Content-Length; got '0' (RFC 9110, Section 8.6)",
    "tests/test_testing.py::TestAPITestClient::test_delete_based_on_format: "
    "DELETE /delete-json-view/ -> 204 No Content",
    "  error bodiless-content-length: a 204 (No Content) response must not send "
    "Content-Length; got '0' (RFC 9110, Section 8.6)",
]
"""DRF's 204s, given ``Content-Length: 0`` by Django's ``CommonMiddleware``."""

REPORT = [
    "rule                     severity  count",
    "bodiless-content-length  error         3",
    "  views: tests.test_renderers.EmptyGETView, tests.test_routers.NoteViewSet, "
    "tests.test_testing.delete_json_view",
    "  tests: tests/test_renderers.py::RendererEndToEndTests::"
    "test_204_no_content_responses_have_no_content_type_set, "
    "tests/test_routers.py::TestUrlPath::test_delete, "
    "tests/test_testing.py::TestAPITestClient::test_delete_based_on_format",
]
"""The report mode's table of the same findings: the three views, the three tests."""


def _pip(*arguments: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check", *arguments],
        check=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def drf_suite() -> Path:
    """DRF's unpacked sdist, with its extra test dependency in ``deps/`` beside it."""
    source = CACHE / f"djangorestframework-{DRF_VERSION}"
    deps = CACHE / "deps"
    if not (source / "tests" / "conftest.py").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        archive = CACHE / f"djangorestframework-{DRF_VERSION}.tar.gz"
        if not archive.exists():
            _pip(
                "download", "--no-binary", ":all:", "--no-deps", "-d", str(CACHE),
                f"djangorestframework=={DRF_VERSION}",
            )  # fmt: skip
        with tarfile.open(archive) as unpacked:
            unpacked.extractall(CACHE, filter="data")
    if not (deps / "dj_database_url").exists():
        _pip("install", "--no-deps", "--target", str(deps), "dj-database-url==3.1.2")
    return source


def _run_suite(drf_suite: Path, counts: Path, mode: str) -> tuple[str, list[str]]:
    """Run DRF's suite with ``mode`` (an --allresponses-checks option); return its output and
    the lines of the plugin's summary."""
    environment = {
        name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"
    }
    environment["PYTHONPATH"] = os.pathsep.join([str(drf_suite.parent / "deps"), str(PLUGINS)])
    environment["PRODUCED_RESPONSES"] = str(counts)
    finished = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-p", "produced_responses", mode, "tests",
        ],
        cwd=drf_suite,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=environment,
    )  # fmt: skip
    output = finished.stdout + finished.stderr
    assert "INTERNALERROR" not in output, output[-3000:]
    assert "check failed:" not in output, output[-3000:]
    summary = output.split(" django-allresponses response checks ")[1].splitlines()[1:]
    end = next(i for i, line in enumerate(summary) if line.startswith("="))
    return output, summary[:end]


def test_drf_suite_runs_with_every_response_checked(drf_suite: Path, tmp_path: Path) -> None:
    counts = tmp_path / "produced.json"
    output, summary = _run_suite(drf_suite, counts, "--allresponses-checks")
    total = next(line for line in summary if line.endswith(" warnings)"))
    assert summary[: summary.index(total)] == FINDINGS
    checked = int(total.split()[0])
    assert total == f"{checked} responses checked, 3 non-conforming (3 errors, 0 warnings)"
    # The errors fail the three tests that received them, and nothing else fails.
    failed = sorted(re.findall(r"^FAILED (\S+)", output, flags=re.MULTILINE))
    assert failed == sorted({line.split(": ")[0] for line in FINDINGS[::2]}), output[-3000:]
    assert re.search(r"3 failed, \d+ passed", output), output[-3000:]
    produced = json.loads(counts.read_text())
    # Every response a view or middleware built, whether or not a test received it:
    # the checks saw at least 90 % of them.
    assert checked >= 0.9 * produced["built"], (checked, produced)
    # Django's test clients alone (what the plugin saw before it followed DRF's direct view
    # calls) hand over far fewer.
    assert produced["client"] < 0.5 * checked, (checked, produced)


def test_report_mode_on_drf_suite_fails_nothing_and_tables_the_findings(
    drf_suite: Path, tmp_path: Path
) -> None:
    output, summary = _run_suite(
        drf_suite, tmp_path / "produced.json", "--allresponses-checks=report"
    )
    assert summary[:-1] == REPORT
    assert re.fullmatch(
        r"\d+ responses checked, 3 non-conforming \(3 errors, 0 warnings\)", summary[-1]
    )
    assert not re.search(r"^FAILED ", output, flags=re.MULTILINE), output[-3000:]
    assert re.search(r"\d+ passed", output) and " failed" not in output.splitlines()[-1]
