"""Import time: ``import django_allresponses`` against ``import django.http, pydantic``.

Each import runs in a fresh interpreter, many times, alternating the two. Both
interpreters first configure Django's settings the same way (``settings.configure()``,
without ``django.setup()``, which would import ``django.http`` before the clock
starts); only the import statement itself is timed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = "import django_allresponses"
BASELINE = "import django.http, pydantic"

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

    @property
    def ours_median(self) -> float:
        """Median seconds of ``import django_allresponses``."""
        return statistics.median(self.ours)

    @property
    def baseline_median(self) -> float:
        """Median seconds of ``import django.http, pydantic``."""
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        """Ours divided by the baseline, medians."""
        return self.ours_median / self.baseline_median


def time_import(statement: str, module: str) -> float:
    """Seconds that ``statement`` takes in a fresh interpreter, settings configured."""
    code = _SNIPPET.format(root=str(ROOT), statement=statement, module=module)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout)


def measure_imports(runs: int) -> ImportResult:
    """Time both imports ``runs`` times each, alternating, after one warm-up each.

    The warm-up writes the bytecode caches, so that no run pays for compiling.
    """
    time_import(OURS, "django_allresponses")
    time_import(BASELINE, "pydantic")
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(runs):
        ours.append(time_import(OURS, "django_allresponses"))
        baseline.append(time_import(BASELINE, "pydantic"))
    return ImportResult(runs, ours, baseline)
