"""benchmarks/fast_json.py runs and prints every figure with its A/A control and one
verdict (a quick run: its figures are not read as results)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_fast_json_benchmark_prints_each_figure_and_a_verdict() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.fast_json", "--rounds", "2", "--chunk", "0.002"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = completed.stdout.splitlines()
    figures = [line for line in lines if line.startswith("  ") and "A/A" in line]
    assert len(figures) == 6, completed.stdout
    for size in ("1 KB", "100 KB", "1 MB"):
        assert sum(f", {size} " in line for line in figures) == 2, size
    assert all(re.search(r"\d\.\d\dx ±\d+\.\d%", line) for line in figures)
    verdicts = [line for line in lines if line.startswith(("PASS:", "MISS:"))]
    assert len(verdicts) == 1
    assert "at least 3x JsonResponse" in verdicts[0]
