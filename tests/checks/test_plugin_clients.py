"""The pytest plugin sees every response a test gets, once: Django's Client and
AsyncClient, DRF's APIClient and views called directly with APIRequestFactory requests
(rendered or not), django-ninja's TestClient and TestAsyncClient; and it imports neither
DRF nor ninja where they are not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

SUITES = Path(__file__).resolve().parent / "suites"
ROOT = Path(__file__).resolve().parents[2]

ALLOW = (
    "  error missing-allow: a 405 (Method Not Allowed) response must send an Allow header "
    "(RFC 9110, Section 15.5.6)"
)
CHALLENGE = (
    "  error missing-www-authenticate: a 401 (Unauthorized) response must send a "
    "WWW-Authenticate header (RFC 9110, Section 15.5.2)"
)


def _run(tmp_path: Path, suite: str, **environment: str) -> tuple[int, list[str]]:
    shutil.copy(SUITES / suite, tmp_path / suite)
    shutil.copy(SUITES / "suite_settings.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:django",
         "--allresponses-checks", suite],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={
            **{name: value for name, value in os.environ.items()
               if name != "DJANGO_SETTINGS_MODULE"},
            "PYTHONPATH": str(ROOT),
            **environment,
        },
    )  # fmt: skip
    output = finished.stdout + finished.stderr
    assert "INTERNALERROR" not in output, output
    section = output.split(" django-allresponses response checks ")[1].splitlines()[1:]
    end = next(i for i, line in enumerate(section) if line.startswith("="))
    return finished.returncode, [line for line in section[:end] if line]


def test_every_client_once(tmp_path: Path) -> None:
    code, summary = _run(tmp_path, "clients_suite.py")
    assert code == 1
    assert summary == [
        "clients_suite.py::test_client: GET /plain/ -> 405 Method Not Allowed",
        ALLOW,
        "clients_suite.py::test_async_client: GET /plain/ -> 405 Method Not Allowed",
        ALLOW,
        "clients_suite.py::test_api_client: GET /drf/ -> 401 Unauthorized",
        CHALLENGE,
        "clients_suite.py::test_factory_rendered: GET /drf/ -> 401 Unauthorized",
        CHALLENGE,
        "clients_suite.py::test_factory_never_rendered: GET /drf/ -> 401 Unauthorized",
        CHALLENGE,
        "clients_suite.py::test_ninja: GET /private -> 401 Unauthorized",
        CHALLENGE,
        "clients_suite.py::test_ninja_async: GET /private-async -> 401 Unauthorized",
        CHALLENGE,
        "7 responses checked, 7 non-conforming (7 errors, 0 warnings)",
    ]


def test_without_drf_and_ninja_nothing_of_them_is_imported(tmp_path: Path) -> None:
    code, summary = _run(tmp_path, "blocked_suite.py", BLOCK_DRF_NINJA="1")
    assert code == 0  # the test's own check: nothing of DRF or ninja imported
    assert summary == ["1 response checked, 0 non-conforming (0 errors, 0 warnings)"]
