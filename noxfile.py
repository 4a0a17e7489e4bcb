"""The version matrix: Python 3.11-3.13 x Django 5.2 LTS, 6.0 and 6.1.

Django 6 needs Python 3.12 or later, so the matrix has seven cells. Each cell
is an environment of its own (built with uv when it is installed, else with
virtualenv) holding the package with its ``dev`` extra and one Django
release series, and runs the test suite there, all but the browser tests, the
benchmark smoke test, the documentation build and the packaging test (they
exercise pages, scripts and distributions, not the versions, and run once in
the main environment).

    python -m nox                                   every cell
    python -m nox -l                                list the cells
    python -m nox -s "tests(3.12, django 6.0)"      one cell
    python -m nox -R                                reuse the environments, skip installing
    python -m nox -- -k wire                        extra arguments go to pytest

A missing interpreter is an error, not a skipped cell. Interpreters are
looked up on ``PATH``; where pyenv provides them only as shims (which fail
for versions that are not selected), the pyenv installations themselves are
put on ``PATH`` first.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import nox

PYTHONS = ["3.11", "3.12", "3.13"]
DJANGOS = ["5.2", "6.0", "6.1"]
DJANGO_MINIMUM_PYTHON = {"5.2": "3.10", "6.0": "3.12", "6.1": "3.12"}
"""The oldest Python each Django series supports (Django's release notes)."""


nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = True
nox.options.download_python = "never"
nox.options.sessions = ["tests"]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


def _runs(command: str) -> bool:
    """Whether ``command`` is on PATH and starts (a pyenv shim for an unselected version fails)."""
    if shutil.which(command) is None:
        return False
    try:
        started = subprocess.run([command, "-c", ""], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return started.returncode == 0


def _pyenv_root() -> Path:
    if "PYENV_ROOT" in os.environ:
        return Path(os.environ["PYENV_ROOT"])
    if shutil.which("pyenv"):
        found = subprocess.run(
            ["pyenv", "root"], capture_output=True, text=True, timeout=30, check=False
        )
        if found.returncode == 0 and found.stdout.strip():
            return Path(found.stdout.strip())
    return Path.home() / ".pyenv"


def _put_pyenv_pythons_on_path() -> None:
    """Prepend the newest pyenv installation of each Python that PATH cannot run."""
    versions = _pyenv_root() / "versions"
    for python in PYTHONS:
        if _runs(f"python{python}"):
            continue
        installed = sorted(
            (
                found
                for found in versions.glob(f"{python}.*/bin/python{python}")
                if re.fullmatch(rf"{re.escape(python)}\.\d+", found.parent.parent.name)
            ),
            key=lambda found: _version(found.parent.parent.name),
        )
        if installed:
            bin_dir = str(installed[-1].parent)
            os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])


_put_pyenv_pythons_on_path()

CELLS = [
    nox.param(python, django, id=f"{python}, django {django}")
    for python in PYTHONS
    for django in DJANGOS
    if _version(python) >= _version(DJANGO_MINIMUM_PYTHON[django])
]


@nox.session
@nox.parametrize(("python", "django"), CELLS)
def tests(session: nox.Session, django: str) -> None:
    """Run the test suite with one Python and one Django release series."""
    session.install("-e", ".[dev]", f"django~={django}.0")
    session.run(
        "python",
        "-c",
        "import django, sys; "
        f"assert django.__version__.startswith('{django}.'), django.__version__; "
        "print('Python', sys.version.split()[0], 'Django', django.__version__)",
    )
    # Tests marked "once" check what no version changes; they run in the main environment.
    session.run(
        "python", "-m", "pytest", "-p", "no:cacheprovider", "-m", "not once", *session.posargs
    )
