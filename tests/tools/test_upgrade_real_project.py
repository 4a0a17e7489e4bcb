"""The upgrade command over real projects: Django REST framework and django-allauth,
each from its sdist on the package index, whose own test suites must still pass after
the rewrite, with their imports as their own tools (ruff, isort) accept them.

Each sdist is fetched with pip, its test dependencies installed with uv in a virtual
environment of its own; this package comes from the working tree.
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


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None, expect: int = 0) -> str:
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


def unpacked_sdist(where: Path, requirement: str, folder: str, *install: str) -> tuple[Path, Path]:
    """The sdist of ``requirement`` unpacked in ``where``, and the interpreter of a virtual
    environment of its own with ``install`` (its test dependencies) installed by uv."""
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        pytest.fail("uv is not installed: it is in the dev extra")
    run(
        sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps",
        requirement, "-d", where, cwd=where,
    )  # fmt: skip
    (archive,) = where.glob(f"{folder}.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="data")
    source = where / folder
    env = where / "venv"
    run(uv, "venv", "-q", env, "--python", sys.executable, cwd=source)
    python = env / "bin" / "python"
    run(uv, "pip", "install", "-q", "--python", python, *install, cwd=source)
    return source, python


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return unpacked_sdist(
        tmp_path_factory.mktemp("real"), f"{PROJECT}=={VERSION}", f"{PROJECT}-{VERSION}",
        "--group", "test", "-e", ".", "django>=5.2", "pydantic>=2.7,<3", "libcst>=1.1",
    )  # fmt: skip


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


# --- django-allauth: 1,318 files, its own isort settings (a DJANGO section) ----------------------

ALLAUTH = "django_allauth"
ALLAUTH_VERSION = "65.22.1"


@pytest.fixture(scope="module")
def allauth(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    # Its requirements-dev.txt, less SAML (xmlsec, a C library) and the tools it does
    # not test with; isort at the version its own lint session pins.
    return unpacked_sdist(
        tmp_path_factory.mktemp("allauth"), f"django-allauth=={ALLAUTH_VERSION}",
        f"{ALLAUTH}-{ALLAUTH_VERSION}",
        "-e", ".[headless,socialaccount,mfa,idp-oidc,openid,steam]",
        "pytest>=7.4", "pytest-asyncio==1.3.0", "pytest-django>=4.5.2", "Pillow>=9.0",
        "psycopg[binary]>=3.2.10", "djangorestframework>=3.15.2,<4", "django-ninja>=1.3.0,<2",
        "pyyaml>=6.0.2,<7", "isort==5.13.2", "django>=5.2", "pydantic>=2.7,<3", "libcst>=1.1",
    )  # fmt: skip


def test_allauth_is_rewritten_its_imports_stay_sorted_and_its_suite_still_passes(
    allauth: tuple[Path, Path],
) -> None:
    source, python = allauth
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    isort = [python.with_name("isort"), "--check-only", "."]
    assert run(*isort, cwd=source) == ""  # its own lint session's check, clean before
    ruff = [Path(sys.executable).with_name("ruff"), "check", "--no-cache", "--select", "F"]
    lint = run(*ruff, "--exit-zero", "--output-format", "concise", ".", cwd=source)
    report = run(
        python, "-m", "django_allresponses", "upgrade", ".", cwd=source, env=env, expect=1
    )
    assert report.splitlines()[-1].startswith("1318 files, 87 calls rewritten, 9 left alone (")
    assert run(*isort, cwd=source) == ""  # and after: the DJANGO section, then ours
    assert run(*ruff, "--exit-zero", "--output-format", "concise", ".", cwd=source) == lint
    decorators = (source / "allauth" / "account" / "decorators.py").read_text()
    assert "from django.urls import reverse\n\nfrom django_allresponses import " in decorators
    again = run(
        python, "-m", "django_allresponses", "upgrade", "--check", ".", cwd=source, env=env
    )
    assert "0 calls to rewrite, 9 left alone" in again
    suite = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=source, env=env)
    assert " failed" not in suite
    (summary,) = [line for line in suite.splitlines() if " passed" in line]
    assert summary.startswith("2500 passed, 1 skipped")
