"""Import time: ``import django_allresponses`` against ``import django.http`` alone.

Each import runs in a fresh interpreter, which measures the CPU time of the
import statement itself (:func:`time.process_time`) and prints it. The
statements alternate, one fresh interpreter each per round, in a shuffled order
every round (:func:`benchmarks.timing.interleave`); the figure is the median of
the per-round ratios. ``import django_allresponses`` and ``import django.http`` (and its
A/A run) take the median of three fresh interpreters a round (:func:`measure_imports`).
All interpreters first configure Django's settings the
same way (``settings.configure()``, without ``django.setup()``, which would
import ``django.http`` before the clock starts).

Bytecode is cached, as in a deployment: the interpreters share a temporary
``PYTHONPYCACHEPREFIX`` that one warm-up run of each statement fills, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling environment.

The same two statements are also timed the way a user meets them: a whole fresh
interpreter (``python -c "import ..."``, interpreter start-up included), with no settings
configured, its CPU time (user and system, from :func:`os.wait4`) and, for information, its
wall time. Both CPU figures must meet the same limit. Each is read against its A/A
control: ``import django.http`` in a second fresh interpreter in every round.

More statements are measured for reference, without a target:

* the first use of a class, ``from django_allresponses import HttpResponseNotFound``
  (``import django_allresponses`` loads each public name on first use, so this is where
  the HTTP classes are made) and ``from django_allresponses import HttpResponseNotFound,
  JsonResponseOK`` (the JSON twins too): what a project's views pay;
* ``import django.http, pydantic`` and ``import django.http; from pydantic import
  BaseModel, TypeAdapter`` (``import pydantic`` alone loads neither, so any package that
  defines a pydantic model at import pays for them).
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
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .timing import AGAIN, Comparison, interleave

ROOT = Path(__file__).resolve().parent.parent
OURS = "import django_allresponses"
BASELINE = "import django.http"
REFERENCES = {
    "first class": (
        "from django_allresponses import HttpResponseNotFound",
        "django_allresponses.responses.http",
    ),
    "first twin": (
        "from django_allresponses import HttpResponseNotFound, JsonResponseOK",
        "django_allresponses.responses.json",
    ),
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
    cpu: dict[str, list[float]]
    """CPU seconds of those same interpreters, start-up included."""
    repeat: int = 1
    """Fresh interpreters a side of the main comparison runs in a round (their median)."""

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

    @property
    def interpreter_ratio(self) -> Comparison:
        """Ours against ``import django.http`` in CPU time of a whole fresh interpreter
        without settings, with its A/A control."""
        cpu = self.cpu
        return Comparison.of(cpu["ours"], cpu["baseline"], cpu[AGAIN])

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


def time_interpreter(statement: str, pycache: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user and system) of a fresh interpreter that runs
    ``statement`` and exits, no settings."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", statement], cwd=ROOT, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, process.args)
    return wall, usage.ru_utime + usage.ru_stime


def _medians(values: list[float], repeat: int) -> list[float]:
    """The median of each run of ``repeat`` consecutive values."""
    return [
        statistics.median(values[start : start + repeat])
        for start in range(0, len(values), repeat)
    ]


def _rounds(
    main: dict[str, Callable[[], float]],
    extra: dict[str, Callable[[], float]],
    *,
    rounds: int,
    repeat: int,
    rng: random.Random,
) -> dict[str, list[float]]:
    """``rounds`` rounds; in each, the sides of ``main`` run ``repeat`` times in shuffled
    sub-rounds (the sides of ``extra`` in the first of them, once), and a ``main`` side's
    figure of the round is the median of its runs."""
    values: dict[str, list[float]] = {name: [] for name in (*main, *extra)}
    for _ in range(rounds):
        runs = interleave({**main, **extra}, rounds=1, rng=rng)
        if repeat > 1:
            for name, more in interleave(main, rounds=repeat - 1, rng=rng).items():
                runs[name] += more
        for name, found in runs.items():
            values[name].append(statistics.median(found))
    return values


def measure_imports(rounds: int, seed: int, repeat: int = 3) -> ImportResult:
    """Time each import statement once per round, interleaved, after one warm-up each.

    The warm-up writes the bytecode caches, so that no run pays for compiling. Within a
    round, ``import django_allresponses`` and ``import django.http`` (twice: the A/A
    control) each run in ``repeat`` fresh interpreters, in shuffled sub-rounds, and the
    median of the ``repeat`` is the round's figure: a fresh interpreter's time varies by
    several percent on a busy machine, more than the limit leaves. The reference
    statements run once a round.
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
        main = {"ours": sides.pop("ours"), "baseline": sides["baseline"]}
        main[AGAIN] = sides.pop("baseline")
        times = _rounds(main, sides, rounds=rounds, repeat=repeat, rng=random.Random(seed))
        for statement in (OURS, BASELINE):
            time_interpreter(statement, pycache)
        cpu: dict[str, list[float]] = {"ours": [], "baseline": [], AGAIN: []}

        def whole(name: str, statement: str) -> float:
            wall, used = time_interpreter(statement, pycache)
            cpu[name].append(used)
            return wall

        wall = interleave(
            {
                "ours": partial(whole, "ours", OURS),
                "baseline": partial(whole, "baseline", BASELINE),
                AGAIN: partial(whole, AGAIN, BASELINE),
            },
            rounds=rounds * repeat,
            rng=random.Random(seed + 1),
        )
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return ImportResult(
        rounds,
        times,
        {name: statement for name, (statement, _) in statements.items()},
        {name: _medians(values, repeat) for name, values in wall.items()},
        {name: _medians(values, repeat) for name, values in cpu.items()},
        repeat,
    )
