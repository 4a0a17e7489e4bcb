"""django-allresponses 0.1.0, fetched from PyPI at benchmark time and imported under
another name, so that it and the working copy can be measured in one process.

0.1.0 validates nothing: it is the baseline for what validation costs. Its code is
downloaded into a temporary directory and never kept.
"""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

LEGACY_VERSION = "0.1.0"
LEGACY_MODULE = "django_allresponses_legacy010"
_PACKAGE = "django_allresponses"


@dataclass
class Legacy:
    """The outcome of loading 0.1.0: the module, or why it is unavailable."""

    module: ModuleType | None
    reason: str | None = None

    @property
    def available(self) -> bool:
        """Whether 0.1.0 was downloaded and imported."""
        return self.module is not None


def _download(target: Path, timeout: float) -> Path:
    """``pip download`` the 0.1.0 wheel into ``target`` and return its path."""
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--no-input",
        "--quiet",
        "--timeout",
        "10",
        "--retries",
        "1",
        "--dest",
        str(target),
        f"django-allresponses=={LEGACY_VERSION}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    wheels = sorted(target.glob("django_allresponses-*.whl"))
    if result.returncode != 0 or not wheels:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(detail[-1] if detail else f"pip exited with {result.returncode}")
    return wheels[0]


def _unpack_renamed(wheel: Path, target: Path) -> None:
    """Unpack the package from ``wheel`` into ``target`` as :data:`LEGACY_MODULE`.

    Absolute imports of ``django_allresponses`` inside it are renamed too, so the
    copy never touches the working copy's modules.
    """
    package = target / LEGACY_MODULE
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if not name.startswith(f"{_PACKAGE}/") or not name.endswith(".py"):
                continue
            source = archive.read(name).decode("utf-8")
            source = re.sub(rf"\b{_PACKAGE}\b(?=[.\s])", LEGACY_MODULE, source)
            destination = package / name.removeprefix(f"{_PACKAGE}/")
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(source, encoding="utf-8")
    if not (package / "__init__.py").is_file():
        raise RuntimeError(f"the wheel {wheel.name} holds no {_PACKAGE} package")


def load_legacy(timeout: float = 60.0) -> Legacy:
    """Download django-allresponses 0.1.0 and import it as :data:`LEGACY_MODULE`.

    Never raises: when pip, the network or the import fails, the returned
    :class:`Legacy` says why and the benchmark goes on without it.

    Example::

        >>> legacy = load_legacy()
        >>> legacy.module.HttpResponseOK("hi").status_code if legacy.available else 200
        200
    """
    if LEGACY_MODULE in sys.modules:
        return Legacy(sys.modules[LEGACY_MODULE])
    workdir = Path(tempfile.mkdtemp(prefix="allresponses-010-"))
    try:
        wheel = _download(workdir / "wheel", timeout)
        _unpack_renamed(wheel, workdir / "src")
        sys.path.insert(0, str(workdir / "src"))
        try:
            module = importlib.import_module(LEGACY_MODULE)
            # Import every submodule now: the files are deleted below.
            for submodule in ("responses", "jsonresponses"):
                if (workdir / "src" / LEGACY_MODULE / f"{submodule}.py").is_file():
                    importlib.import_module(f"{LEGACY_MODULE}.{submodule}")
        finally:
            sys.path.remove(str(workdir / "src"))
        return Legacy(module)
    except (OSError, RuntimeError, ImportError, subprocess.SubprocessError) as error:
        return Legacy(None, f"{type(error).__name__}: {error}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
