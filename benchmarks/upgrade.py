"""``upgrade --check`` against django-upgrade on the same trees, side by side.

    python benchmarks/upgrade.py                 # 7 rounds over both trees
    python benchmarks/upgrade.py --rounds 3

The trees are copies, in a temporary folder, of two real code bases as installed:
Django's ``django/contrib`` and Django REST framework's ``rest_framework``. Each round
runs, in a shuffled order, three commands in fresh interpreters: ``python -m
django_allresponses upgrade --check --quiet TREE`` twice (the A/A control: the same
command against itself) and ``django-upgrade --target-version 5.2`` over the tree's
files (on a fresh copy each round, since it rewrites in place and has no check mode).
Each command's CPU time (its ``RUSAGE_CHILDREN`` user and system time) and wall time are
recorded; the figure is the median of the per-round ratios (ours / django-upgrade),
printed with the A/A median and interquartile range from the same rounds. Interpreter
start-up is part of every figure, as a user (or pre-commit) meets it.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TREES = {"django.contrib": ("django", "contrib"), "rest_framework": ("rest_framework",)}


def _tree(name: str, where: Path) -> Path:
    import importlib

    package, *rest = TREES[name]
    module = importlib.import_module(package)
    source = Path(module.__file__ or "").parent.joinpath(*rest)
    target = where / name
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _run(command: list[str]) -> tuple[float, float]:
    """The CPU seconds and wall seconds of one command in a fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    low, _, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, high


def measure(name: str, rounds: int, where: Path) -> dict[str, list[float]]:
    """Per-round CPU and wall ratios (ours / django-upgrade) and the A/A ratios."""
    tree = _tree(name, where)
    ours = [
        sys.executable,
        "-m",
        "django_allresponses",
        "upgrade",
        "--check",
        "--quiet",
        str(tree),
    ]
    peer = str(Path(sys.executable).with_name("django-upgrade"))
    figures: dict[str, list[float]] = {"cpu": [], "wall": [], "aa_cpu": [], "aa_wall": []}
    for _ in range(rounds):
        copy = where / f"{name}-peer"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(tree, copy)
        files = [str(path) for path in sorted(copy.rglob("*.py"))]
        sides = {"ours": ours, "again": ours, "peer": [peer, "--target-version", "5.2", *files]}
        order = list(sides)
        random.shuffle(order)
        times = {side: _run(sides[side]) for side in order}
        for index, key in enumerate(("cpu", "wall")):
            figures[key].append(times["ours"][index] / times["peer"][index])
            figures[f"aa_{key}"].append(times["again"][index] / times["ours"][index])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    random.seed(options.seed)
    if shutil.which("django-upgrade", path=str(Path(sys.executable).parent)) is None:
        print("django-upgrade is not installed (it is in the dev extra)", file=sys.stderr)
        return 1
    print(f"{'tree':<16} {'measure':<5} {'ours / django-upgrade':>22} {'A/A median [IQR]':>24}")
    with tempfile.TemporaryDirectory() as folder:
        for name in TREES:
            figures = measure(name, options.rounds, Path(folder))
            for key in ("cpu", "wall"):
                low, high = _quartiles(figures[f"aa_{key}"])
                print(
                    f"{name:<16} {key:<5} {statistics.median(figures[key]):>21.2f}x "
                    f"{statistics.median(figures[f'aa_{key}']):>12.2f} [{low:.2f}-{high:.2f}]"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
