"""Packaging: the sdist and the wheel carry what they must, and the sdist's own tests pass
when it is unpacked alone.

The distributions are built with ``python -m build --no-isolation`` (hatchling from the
``dev`` extra, no download): the sdist first, then the wheel from the sdist.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# once: the packaging test checks the distributions, not the versions.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
VERSION = "2.0.0"
QUICK_SUBSET = [
    "tests/rfc/test_status_table.py",
    "tests/tools/test_catalogue.py",
    "tests/integration/test_benchmarks_smoke.py",
    "-k",
    "not test_benchmarks_smoke or covers_every_class",
]
"""Tests run inside the unpacked sdist: the status table, the catalogue, and one benchmark
smoke run, which needs ``benchmarks/``."""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    completed = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    yield out


def sdist_path(dist: Path) -> Path:
    (path,) = dist.glob("django_allresponses-*.tar.gz")
    return path


def wheel_path(dist: Path) -> Path:
    (path,) = dist.glob("django_allresponses-*.whl")
    return path


def test_the_file_names_carry_the_version(dist: Path) -> None:
    assert sdist_path(dist).name == f"django_allresponses-{VERSION}.tar.gz"
    assert wheel_path(dist).name == f"django_allresponses-{VERSION}-py3-none-any.whl"


def test_the_sdist_carries_the_tests_and_what_they_need(dist: Path) -> None:
    with tarfile.open(sdist_path(dist)) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "CHANGELOG.md",
        "README.md",
        "pyproject.toml",
        "mkdocs.yml",
        "noxfile.py",
        "docs/gen_pages.py",
        "docs/guides/migrating.md",
        "benchmarks/run.py",
        "scripts/test.sh",
        "tests/integration/test_benchmarks_smoke.py",
        "typings/README.md",
        "django_allresponses/py.typed",
    ):
        assert needed in names, needed
    assert not any(name.startswith(("artifacts/", ".venv/")) for name in names)


def test_the_wheel_carries_the_license_and_the_metadata(dist: Path) -> None:
    with zipfile.ZipFile(wheel_path(dist)) as archive:
        names = set(archive.namelist())
        info = f"django_allresponses-{VERSION}.dist-info"
        assert f"{info}/licenses/LICENSE" in names
        assert archive.read(f"{info}/licenses/LICENSE").startswith(b"MIT License\n")
        metadata = archive.read(f"{info}/METADATA").decode()
    assert not any(name.startswith(("tests/", "benchmarks/", "docs/")) for name in names)
    assert f"\nVersion: {VERSION}\n" in metadata
    assert "\nLicense-Expression: MIT\n" in metadata
    assert "\nLicense-File: LICENSE\n" in metadata
    assert "\nClassifier: Framework :: Django :: 6.1\n" in metadata
    for label in ("Homepage", "Documentation", "Repository", "Changelog", "Issues"):
        assert f"\nProject-URL: {label}, https://" in metadata, label


def test_the_unpacked_sdist_passes_its_quick_tests(dist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist_path(dist)) as archive:
        archive.extractall(tmp_path, filter="data")
    (source,) = tmp_path.iterdir()
    env = {**os.environ, "PYTHONPATH": str(source), "COLUMNS": "80"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django_allresponses as d; print(d.__file__, d.__version__)",
        ],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert where.stdout.split() == [str(source / "django_allresponses" / "__init__.py"), VERSION]
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *QUICK_SUBSET],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-5000:]
    summary = completed.stdout.splitlines()[-1]
    assert " passed" in summary and " failed" not in summary
    assert "deselected" in summary, "the benchmark smoke run is the only one of its module"
