"""The upgrade command over a real project: Django REST framework, from its sdist on the
package index, whose own test suite must still pass after the rewrite.

The sdist is fetched with pip, its test dependencies installed with uv from its own
``test`` dependency group, in a virtual environment of its own; this package comes from
the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "djangorestframework"
VERSION = "3.18.3"


def run(
    *argv: str | Path, cwd: Path, env: dict[str, str] | None = None, expect: int = 0
) -> str:
    done = subprocess.run(
        [str(arg) for arg in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == expect, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        pytest.fail("uv is not installed: it is in the dev extra")
    where = tmp_path_factory.mktemp("real")
    run(
        sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps",
        f"{PROJECT}=={VERSION}", "-d", where, cwd=where,
    )  # fmt: skip
    (archive,) = where.glob(f"{PROJECT}-{VERSION}.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="data")
    source = where / f"{PROJECT}-{VERSION}"
    env = where / "venv"
    run(uv, "venv", "-q", env, "--python", sys.executable, cwd=source)
    python = env / "bin" / "python"
    run(
        uv, "pip", "install", "-q", "--python", python, "--group", "test", "-e", ".",
        "django>=5.2", "pydantic>=2.7,<3", "libcst>=1.1", cwd=source,
    )  # fmt: skip
    return source, python


def test_rest_framework_is_rewritten_and_its_suite_still_passes(
    project: tuple[Path, Path],
) -> None:
    source, python = project
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    ruff = [Path(sys.executable).with_name("ruff"), "check", "--no-cache", "--select", "F,I"]
    lint = run(*ruff, "--exit-zero", "--output-format", "concise", ".", cwd=source)
    report = run(
        python, "-m", "django_allresponses", "upgrade", ".", cwd=source, env=env, expect=1
    )
    assert run(*ruff, "--exit-zero", "--output-format", "concise", ".", cwd=source) == lint
    assert report.splitlines()[:3] == [
        "rest_framework/exceptions.py:254: JsonResponse(data, "
        "status=status.HTTP_500_INTERNAL_SERVER_ERROR) -> JsonResponseInternalServerError(data)",
        "rest_framework/exceptions.py:264: JsonResponse(data, "
        "status=status.HTTP_400_BAD_REQUEST) -> JsonResponseBadRequest(data)",
        "tests/test_testing.py:49: left alone: HttpResponseRedirect('/view/', status=code): "
        "the status is computed: it is not known before the view runs",
    ]
    assert "2 calls rewritten, 1 left alone" in report
    exceptions = (source / "rest_framework" / "exceptions.py").read_text()
    assert "from django_allresponses import JsonResponseBadRequest, " in exceptions
    assert "from django.http import JsonResponse" not in exceptions
    again = run(
        python, "-m", "django_allresponses", "upgrade", "--check", ".", cwd=source, env=env
    )
    assert "0 calls to rewrite, 1 left alone" in again
    suite = run(
        python, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider", cwd=source, env=env
    )
    assert " failed" not in suite
    assert "1575 passed" in suite.splitlines()[-1]
