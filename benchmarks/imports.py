"""Import time: ``import django_allresponses`` against ``import django.http`` alone.

Each import runs in a fresh interpreter, which measures the CPU time of the
import statement itself (:func:`time.process_time`) and prints it. The
statements alternate, one fresh interpreter each per round, in a shuffled order
every round (:func:`benchmarks.timing.interleave`); the figure is the median of
the per-round ratios. All interpreters first configure Django's settings the
same way (``settings.configure()``, without ``django.setup()``, which would
import ``django.http`` before the clock starts).

Bytecode is cached, as in a deployment: the interpreters share a temporary
``PYTHONPYCACHEPREFIX`` that one warm-up run of each statement fills, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling environment.

The same two statements are also timed the way a user meets them: the wall time of a whole
fresh interpreter (``python -c "import ..."``, interpreter start-up included), with no
settings configured. Both figures must meet the same limit. Each is read against its
A/A control: ``import django.http`` in a second fresh interpreter in every round.

Two more statements are measured for reference: ``import django.http, pydantic``
and ``import django.http; from pydantic import BaseModel, TypeAdapter``
(``import pydantic`` alone loads neither, so any package that defines a
pydantic model at import pays for them).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .timing import AGAIN, Comparison, interleave

ROOT = Path(__file__).resolve().parent.parent
OURS = "import django_allresponses"
BASELINE = "import django.http"
REFERENCES = {
    "pydantic": ("import django.http, pydantic", "pydantic"),
    "models": ("import django.http; from pydantic import BaseModel, TypeAdapter", "pydantic.main"),
}
"""Statements measured for reference only, each with a module it must have imported."""

_SNIPPET = """\
import sys, time
sys.path.insert(0, {root!r})
from django.conf import settings
settings.configure()
start = time.process_time()
{statement}
elapsed = time.process_time() - start
assert {module!r} in sys.modules
sys.stdout.write(repr(elapsed))
"""


@dataclass
class ImportResult:
    """CPU seconds of each import statement, one fresh interpreter per statement per round."""

    rounds: int
    times: dict[str, list[float]]
    statements: dict[str, str]
    wall: dict[str, list[float]]
    """Wall seconds of a fresh interpreter that only imports (no settings): ours, baseline."""

    @property
    def ratio(self) -> Comparison:
        """Ours against ``import django.http``: median of the per-round ratios, with
        ``import django.http`` against itself (a second fresh interpreter each round) as
        the A/A control."""
        times = self.times
        return Comparison.of(times["ours"], times["baseline"], times[AGAIN])

    def median(self, name: str) -> float:
        """Median CPU seconds of statement ``name``."""
        return statistics.median(self.times[name])

    @property
    def wall_ratio(self) -> Comparison:
        """Ours against ``import django.http`` in wall time of a fresh interpreter, with
        its A/A control."""
        wall = self.wall
        return Comparison.of(wall["ours"], wall["baseline"], wall[AGAIN])

    def ratio_of(self, name: str) -> Comparison:
        """Statement ``name`` against ``import django.http``, with the A/A control."""
        times = self.times
        return Comparison.of(times[name], times["baseline"], times[AGAIN])


def time_import(statement: str, module: str, pycache: Path) -> float:
    """CPU seconds that ``statement`` takes in a fresh interpreter, settings configured,
    with bytecode cached under ``pycache``."""
    code = _SNIPPET.format(root=str(ROOT), statement=statement, module=module)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    return float(result.stdout)


def time_interpreter(statement: str, pycache: Path) -> float:
    """Wall seconds of a fresh interpreter that runs ``statement`` and exits, no settings."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT, env=env)
    return time.perf_counter() - start


def measure_imports(rounds: int, seed: int) -> ImportResult:
    """Time each import statement once per round, interleaved, after one warm-up each.

    The warm-up writes the bytecode caches, so that no run pays for compiling.
    """
    statements = {
        "ours": (OURS, "django_allresponses"),
        "baseline": (BASELINE, "django.http"),
        **REFERENCES,
    }
    pycache = Path(tempfile.mkdtemp(prefix="allresponses-pycache-"))
    try:
        for statement, module in statements.values():
            time_import(statement, module, pycache)
        sides = {
            name: partial(time_import, statement, module, pycache)
            for name, (statement, module) in statements.items()
        }
        sides[AGAIN] = sides["baseline"]
        times = interleave(sides, rounds=rounds, rng=random.Random(seed))
        for statement in (OURS, BASELINE):
            time_interpreter(statement, pycache)
        wall = interleave(
            {
                "ours": partial(time_interpreter, OURS, pycache),
                "baseline": partial(time_interpreter, BASELINE, pycache),
                AGAIN: partial(time_interpreter, BASELINE, pycache),
            },
            rounds=rounds,
            rng=random.Random(seed + 1),
        )
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return ImportResult(
        rounds, times, {name: statement for name, (statement, _) in statements.items()}, wall
    )
