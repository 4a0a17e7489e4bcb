"""Packaging: the sdist and the wheel carry what they must, the sdist's own tests pass
when it is unpacked alone, and no install (editable, wheel or sdist) puts anything but the
package on ``sys.path``: the checkout's ``tests`` never shadows a project's own.

The distributions are built with ``python -m build --no-isolation`` (hatchling from the
``dev`` extra, no download): the sdist first, then the wheel from the sdist.
"""

from __future__ import annotations

import json
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
VERSION = "3.3.0"
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
        "CONTRIBUTING.md",
        ".readthedocs.yaml",
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
    assert not any(name.startswith(("artifacts/", ".venv/", ".editable/")) for name in names)


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


SHADOWING = ("tests", "benchmarks", "docs", "typings", "scripts", "noxfile")
"""Top-level names of the checkout that an install must not make importable."""
FIND = (
    "import importlib.util, json; "
    f"names = {SHADOWING!r} + ('django_allresponses',); "
    "specs = {name: importlib.util.find_spec(name) for name in names}; "
    "print(json.dumps({name: spec and spec.origin for name, spec in specs.items()}))"
)
"""Where each name would be imported from (``None``: it would not be), without running
the package (installed with ``--no-deps``, it has no Django to import)."""


def fresh_environment(folder: Path, *install: str) -> Path:
    """A new virtual environment in ``folder`` with ``pip install --no-deps *install``;
    return its interpreter."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    completed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", *install],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return python


def importable(python: Path, elsewhere: Path) -> dict[str, str | None]:
    """What ``python`` run in ``elsewhere`` (a project's folder) would import, by name."""
    elsewhere.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    completed = subprocess.run(
        [str(python), "-c", FIND],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found: dict[str, str | None] = json.loads(completed.stdout)
    return found


def path_files(python: Path) -> list[Path]:
    """The ``.pth`` files the install put in the environment's site-packages."""
    (site,) = python.parent.parent.glob("lib/python*/site-packages")
    return sorted(path for path in site.glob("*.pth") if "allresponses" in path.name)


def test_an_editable_install_exposes_only_the_package(tmp_path: Path) -> None:
    python = fresh_environment(tmp_path / "venv", "-e", str(ROOT))
    found = importable(python, tmp_path / "project")
    assert {name: found[name] for name in SHADOWING} == dict.fromkeys(SHADOWING)
    origin = found["django_allresponses"]
    assert origin is not None
    assert Path(origin).resolve() == ROOT / "django_allresponses" / "__init__.py"
    # Type checkers and editors read the folders a .pth file names (never an import hook):
    # each folder holds the package alone.
    (pth,) = path_files(python)
    folders = [Path(line) for line in pth.read_text().splitlines() if line.strip()]
    assert folders and all(not line.startswith("import ") for line in map(str, folders))
    for folder in folders:
        assert sorted(child.name for child in folder.iterdir()) == ["django_allresponses"]


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_a_built_install_exposes_only_the_package(dist: Path, tmp_path: Path, kind: str) -> None:
    built = wheel_path(dist) if kind == "wheel" else sdist_path(dist)
    python = fresh_environment(tmp_path / "venv", str(built))
    found = importable(python, tmp_path / "project")
    assert {name: found[name] for name in SHADOWING} == dict.fromkeys(SHADOWING)
    origin = found["django_allresponses"]
    assert origin is not None and "site-packages" in origin
    assert path_files(python) == []
