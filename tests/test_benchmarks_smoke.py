"""The benchmark runs, in its quickest mode, and reports on every class.

Nothing here is timed: the targets of SPEC section 10 are reported by the
benchmark as PASS or MISS, never asserted.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from django_allresponses.lookup import response_class
from django_allresponses.statuses import STATUSES

ROOT = Path(__file__).resolve().parent.parent


def run_quick(out: Path, **environment: str) -> tuple[str, dict[str, Any]]:
    """Run ``python benchmarks/run.py --quick --json out``; return its output and results."""
    env = {**os.environ, **environment}
    completed = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout, json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """Output and JSON results of ``python benchmarks/run.py --quick``."""
    return run_quick(tmp_path_factory.mktemp("bench") / "results.json")


def every_class() -> set[str]:
    """The name of every HTTP class and JSON twin, from the status table."""
    names = {response_class(code).__name__ for code in STATUSES}
    names |= {
        response_class(code, json=True).__name__
        for code, facts in STATUSES.items()
        if facts.allows_content
    }
    return names


def test_the_table_covers_every_class(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    measured = {row["class"] for row in results["classes"]}
    assert measured == every_class()
    for name in every_class():
        assert f" {name} " in output


def test_the_three_headline_ratios_are_numbers(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    headline = results["headline"]
    assert set(headline) == {"construction_geomean", "import_ratio", "model_rows_speedup"}
    for value in headline.values():
        assert isinstance(value, float)
        assert math.isfinite(value) and value > 0
    assert "Headline: construction" in output


def test_every_target_is_reported(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    assert len(results["targets"]) == 4
    reported = [line for line in output.splitlines() if line.startswith(("  PASS", "  MISS"))]
    assert len(reported) == 4


def test_the_0_1_0_comparison_is_made_or_said_to_be_unavailable(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, results = quick_run
    legacy = results["legacy"]
    if legacy["available"]:
        assert any(row["ratio_legacy"] is not None for row in results["classes"])
    else:
        assert "django-allresponses 0.1.0 unavailable" in output
        assert all(row["ratio_legacy"] is None for row in results["classes"])
    # The Django comparison is made either way.
    assert all(row["ratio_django"] > 0 for row in results["classes"])


def test_without_0_1_0_the_django_comparison_still_runs(tmp_path: Path) -> None:
    # An index that refuses connections: the download fails as it does offline.
    output, results = run_quick(
        tmp_path / "results.json",
        PIP_INDEX_URL="http://127.0.0.1:9/simple/",
        PIP_EXTRA_INDEX_URL="",
        PIP_FIND_LINKS="",
        PIP_CONFIG_FILE=os.devnull,
    )
    assert "django-allresponses 0.1.0 unavailable" in output
    assert results["legacy"]["available"] is False
    assert {row["class"] for row in results["classes"]} == every_class()
    assert all(row["ratio_legacy"] is None for row in results["classes"])
    assert all(row["ratio_django"] > 0 for row in results["classes"])
    assert results["geomean_vs_legacy"] is None
