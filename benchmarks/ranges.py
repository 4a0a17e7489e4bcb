"""Memory and throughput of serve_file on files of 1 GiB and more.

    python benchmarks/ranges.py                 1 GiB and 4 GiB sparse files, 256 MiB ranges
    python benchmarks/ranges.py --quick         64 MiB and 256 MiB files, 16 MiB ranges (seconds)
    python benchmarks/ranges.py --json out.json also write the results as JSON

Sparse files (``truncate``) take no disk space. In one process:

* **memory**: the peak of Python allocations (``tracemalloc``) while serve_file
  builds and streams a 206 for a range in the middle of each file: one range and
  two (``multipart/byteranges``) iterated as a WSGI server does, and one range
  iterated with ``async for`` as Django's ASGI handler does; the peak must not
  grow with the file;
* **throughput**: bytes per second streamed in process from the whole file, and
  from one range as large as the file allows, by serve_file against Django's plain
  ``FileResponse`` (which reads 4 KiB blocks; serve_file reads 64 KiB, and a
  ``FileResponse`` given 64 KiB blocks is measured too), the best of three runs each.

Prints PASS or MISS for the memory target; a miss is reported, never an error
exit. Compare ratios, not absolute numbers, across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure()
    django.setup()

from django.http import FileResponse, HttpResponseBase  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from django_allresponses import serve_file  # noqa: E402

MiB = 1024 * 1024
GiB = 1024 * MiB
MEMORY_LIMIT = 1 * MiB
"""The memory target: streaming any range peaks below this, whatever the file's size."""

factory = RequestFactory()


def sparse_file(folder: Path, size: int) -> Path:
    path = folder / f"sparse-{size}.bin"
    with open(path, "wb") as out:
        out.truncate(size)
    return path


def drain(response: HttpResponseBase) -> int:
    """Stream the response's body as a server would; return how many bytes it held."""
    total = 0
    try:
        for block in response:  # type: ignore[attr-defined]
            total += len(block)
    finally:
        response.close()
    return total


async def drain_async(response: HttpResponseBase) -> int:
    """Stream the body as Django's ASGI handler does (``async for``)."""
    total = 0
    try:
        async for block in response:  # type: ignore[attr-defined]
            total += len(block)
    finally:
        response.close()
    return total


def peak_memory(build: Callable[[], HttpResponseBase], asgi: bool = False) -> tuple[int, int]:
    """The peak of traced allocations while ``build()``'s response is built and streamed."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        sent = asyncio.run(drain_async(build())) if asgi else drain(build())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sent


def throughput(build: Callable[[], HttpResponseBase], runs: int = 3) -> tuple[float, int]:
    """The best bytes per second of ``runs`` streams of ``build()``'s response."""
    best = 0.0
    sent = 0
    for _ in range(runs):
        start = time.perf_counter()
        sent = drain(build())
        elapsed = time.perf_counter() - start
        best = max(best, sent / elapsed)
    return best, sent


def wide_blocks(path: Path) -> FileResponse:
    """Django's ``FileResponse`` reading serve_file's block size: the gap is the block size."""
    response = FileResponse(open(path, "rb"))  # noqa: SIM115 - closed by the response
    response.block_size = 64 * 1024
    return response


def ranged(path: Path, value: str) -> Callable[[], HttpResponseBase]:
    return lambda: serve_file(factory.get("/", headers={"Range": value}), path)


def measure(sizes: Sequence[int], span: int) -> dict[str, object]:
    results: dict[str, object] = {"memory": [], "throughput": []}
    memory: list[dict[str, object]] = results["memory"]  # type: ignore[assignment]
    speeds: list[dict[str, object]] = results["throughput"]  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="ranges-benchmark-") as name:
        folder = Path(name)
        warm = sparse_file(folder, MiB)  # first use builds models and imports: not per request
        drain(ranged(warm, "bytes=0-9")())
        drain(ranged(warm, "bytes=0-9,100-109")())
        asyncio.run(drain_async(ranged(warm, "bytes=0-9")()))
        for size in sizes:
            path = sparse_file(folder, size)
            middle = size // 2
            single = f"bytes={middle}-{middle + span - 1}"
            double = f"bytes=0-{span // 2 - 1},{middle}-{middle + span // 2 - 1}"
            for label, value, asgi in (
                ("one range", single, False),
                ("two ranges", double, False),
                ("one, ASGI", single, True),
            ):
                peak, sent = peak_memory(ranged(path, value), asgi)
                assert sent >= span, (label, sent)
                memory.append({"file": size, "request": label, "sent": sent, "peak": peak})
        largest = sparse_file(folder, sizes[0])
        whole = largest.stat().st_size
        cases: Iterable[tuple[str, Callable[[], HttpResponseBase]]] = (
            ("FileResponse, whole file", lambda: FileResponse(open(largest, "rb"))),  # noqa: SIM115
            ("FileResponse, 64 KiB blocks", lambda: wide_blocks(largest)),
            ("serve_file, whole file", lambda: serve_file(factory.get("/"), largest)),
            ("serve_file, bytes=0-", ranged(largest, "bytes=0-")),
        )
        for label, build in cases:
            rate, sent = throughput(build)
            assert sent == whole, (label, sent)
            speeds.append({"case": label, "bytes": sent, "bytes_per_second": rate})
    return results


def report(results: dict[str, object]) -> bool:
    memory: list[dict[str, int | str]] = results["memory"]  # type: ignore[assignment]
    speeds: list[dict[str, object]] = results["throughput"]  # type: ignore[assignment]
    print("Peak traced memory while a 206 streams (tracemalloc):")
    print(f"  {'file':>10}  {'request':<11} {'sent':>12}  {'peak':>10}")
    for row in memory:
        print(
            f"  {int(row['file']) / GiB:>8.2f} G  {row['request']!s:<11} {row['sent']:>12,}  "
            f"{int(row['peak']) / 1024:>7.1f} KiB"
        )
    peaks = [int(row["peak"]) for row in memory]
    by_request: dict[str, list[int]] = {}
    for row in memory:
        by_request.setdefault(str(row["request"]), []).append(int(row["peak"]))
    flat = all(max(values) <= min(values) * 1.5 + 64 * 1024 for values in by_request.values())
    passed = max(peaks) < MEMORY_LIMIT and flat
    print(
        f"{'PASS' if passed else 'MISS'}: peak below {MEMORY_LIMIT // MiB} MiB and the same "
        f"for every file size (largest peak {max(peaks) / 1024:.1f} KiB)"
    )
    print()
    print("Throughput, streamed in process (best of 3):")
    baseline = float(speeds[0]["bytes_per_second"])  # type: ignore[arg-type]
    for row in speeds:
        rate = float(row["bytes_per_second"])  # type: ignore[arg-type]
        print(f"  {row['case']!s:<28} {rate / MiB:>9.0f} MiB/s  {rate / baseline:>5.2f}x")
    return passed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small files, a few seconds")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    options = parser.parse_args(argv)
    if options.quick:
        sizes, span = [64 * MiB, 256 * MiB], 16 * MiB
    else:
        sizes, span = [1 * GiB, 4 * GiB], 256 * MiB
    results = measure(sizes, span)
    results["memory_target_met"] = report(results)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
