"""Import time: ``import django_allresponses`` against ``import django.http, pydantic``.

Each import runs in a fresh interpreter, many times, alternating the two. Both
interpreters first configure Django's settings the same way (``settings.configure()``,
without ``django.setup()``, which would import ``django.http`` before the clock
starts); only the import statement itself is timed.

Bytecode is cached, as in a deployment: the interpreters share a temporary
``PYTHONPYCACHEPREFIX`` that one warm-up run of each statement fills, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling environment.

A third statement, ``import django.http; from pydantic import BaseModel, TypeAdapter``,
is measured for reference: ``import pydantic`` alone loads neither, so any package
that defines a pydantic model pays for them.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = "import django_allresponses"
BASELINE = "import django.http, pydantic"
FLOOR = "import django.http; from pydantic import BaseModel, TypeAdapter"

_SNIPPET = """\
import sys, time
sys.path.insert(0, {root!r})
from django.conf import settings
settings.configure()
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
assert {module!r} in sys.modules
sys.stdout.write(repr(elapsed))
"""


@dataclass
class ImportResult:
    """Median and best seconds of each import statement over ``runs`` fresh interpreters."""

    runs: int
    ours: list[float]
    baseline: list[float]
    floor: list[float]

    @property
    def ours_median(self) -> float:
        """Median seconds of ``import django_allresponses``."""
        return statistics.median(self.ours)

    @property
    def baseline_median(self) -> float:
        """Median seconds of ``import django.http, pydantic``."""
        return statistics.median(self.baseline)

    @property
    def floor_median(self) -> float:
        """Median seconds of the reference statement, :data:`FLOOR`."""
        return statistics.median(self.floor)

    @property
    def ratio(self) -> float:
        """Ours divided by the baseline, medians."""
        return self.ours_median / self.baseline_median

    @property
    def floor_ratio(self) -> float:
        """The reference statement divided by the baseline: what using pydantic models costs."""
        return self.floor_median / self.baseline_median


def time_import(statement: str, module: str, pycache: Path) -> float:
    """Seconds that ``statement`` takes in a fresh interpreter, settings configured,
    with bytecode cached under ``pycache``."""
    code = _SNIPPET.format(root=str(ROOT), statement=statement, module=module)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    return float(result.stdout)


def measure_imports(runs: int) -> ImportResult:
    """Time each import statement ``runs`` times, alternating, after one warm-up each.

    The warm-up writes the bytecode caches, so that no run pays for compiling.
    """
    statements = {"ours": (OURS, "django_allresponses"), "baseline": (BASELINE, "pydantic")}
    statements["floor"] = (FLOOR, "pydantic.main")
    times: dict[str, list[float]] = {name: [] for name in statements}
    pycache = Path(tempfile.mkdtemp(prefix="allresponses-pycache-"))
    try:
        for statement, module in statements.values():
            time_import(statement, module, pycache)
        for _ in range(runs):
            for name, (statement, module) in statements.items():
                times[name].append(time_import(statement, module, pycache))
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return ImportResult(runs, times["ours"], times["baseline"], times["floor"])
