"""The range benchmark runs in its quick mode, so that it cannot rot. Nothing here is timed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# once: the benchmarks' smoke run checks this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]


def test_the_quick_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "ranges.json"
    completed = subprocess.run(
        [sys.executable, "benchmarks/ranges.py", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [(row["file"], row["request"]) for row in results["memory"]] == [
        (67_108_864, "one range"),
        (67_108_864, "two ranges"),
        (67_108_864, "one, ASGI"),
        (268_435_456, "one range"),
        (268_435_456, "two ranges"),
        (268_435_456, "one, ASGI"),
    ]
    assert [row["sent"] for row in results["memory"] if row["request"] == "one range"] == [
        16_777_216,
        16_777_216,
    ]
    assert [row["case"] for row in results["throughput"]] == [
        "FileResponse, whole file",
        "FileResponse, 64 KiB blocks",
        "serve_file, whole file",
        "serve_file, bytes=0-",
    ]
    assert "Peak traced memory while a 206 streams" in completed.stdout
    served = {(row["worker"], row["request"], row["server"]) for row in results["servers"]}
    assert len(served) == 2 * 5 * 3  # sync and gthread, five requests, three servers
    statuses = {(row["request"], row["server"]): row["statuses"] for row in results["servers"]}
    assert statuses[("4 MiB, one 1 MiB range", "serve_file")] == [206]
    assert statuses[("64 KiB, three ranges", "serve_file")] == [206]
    assert statuses[("4 MiB, one 1 MiB range", "FileResponse")] == [200]  # Django ignores Range
    assert statuses[("4 MiB, one 1 MiB range", "WhiteNoise")] == [206]
    assert "multipart_target_met" in results
