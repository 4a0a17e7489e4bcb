"""Memory and throughput of serve_file on files of 1 GiB and more, and file serving by gunicorn.

    python benchmarks/ranges.py                 1 GiB and 4 GiB sparse files, 256 MiB ranges;
                                                gunicorn, 5 rounds of 200 requests a case
    python benchmarks/ranges.py --quick         64 MiB and 256 MiB files, 16 MiB ranges;
                                                gunicorn, 1 round of 20 requests (seconds)
    python benchmarks/ranges.py --json out.json also write the results as JSON
    python benchmarks/ranges.py --no-servers    the in-process part only

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

* **servers**: gunicorn (one worker; ``sync``, and ``gthread`` with 4 threads)
  serves a 4 MiB and a 64 KiB file of random bytes three ways: serve_file,
  Django's ``FileResponse`` (which ignores ``Range``: its answers are 200s) and
  WhiteNoise's middleware (``WHITENOISE_ROOT``). For the whole file, one 1 MiB
  range and three ranges, requests per second (two client threads, a new
  connection per request, as a sync worker closes each) and the worker's CPU
  time per request (from ``/proc``), the median of the rounds, the cases of a
  round in a shuffled order. Each row says the status each server answered.

Prints PASS or MISS for the memory target, and for the multipart target (three
ranges of the 64 KiB file served at least as fast as the whole of it); a miss is
reported, never an error exit. Compare ratios, not absolute numbers, across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Final

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


# --- file serving through gunicorn ---------------------------------------------------------

SERVERS: Final = {"sync": 1, "gthread": 4}
"""gunicorn's worker kinds, by the threads given (1 thread is the sync worker)."""

CONTENDERS: Final = {
    "serve_file": "/serve_file/{name}",
    "FileResponse": "/file_response/{name}",
    "WhiteNoise": "/{name}",
}
SERVED_REQUESTS: Final = (
    ("4 MiB, whole file", "big.bin", None),
    ("4 MiB, one 1 MiB range", "big.bin", "bytes=1048576-2097151"),
    ("4 MiB, three ranges", "big.bin", "bytes=0-65535,1048576-1114111,3000000-3065535"),
    ("64 KiB, whole file", "small.bin", None),
    ("64 KiB, three ranges", "small.bin", "bytes=0-99,30000-30099,60000-60099"),
)
CLIENTS: Final = 2
TIMEOUT: Final = 10.0


def _get(port: int, path: str, headers: dict[str, str]) -> tuple[int, int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers={**headers, "Connection": "close"})
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


def _load(port: int, path: str, headers: dict[str, str], count: int) -> tuple[float, set[int]]:
    """Send ``count`` GETs from :data:`CLIENTS` threads; the wall time and the statuses."""
    statuses: set[int] = set()
    failures: list[BaseException] = []

    def client(number: int) -> None:
        try:
            for _ in range(number):
                statuses.add(_get(port, path, headers)[0])
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=client, args=(count // CLIENTS,)) for _ in range(CLIENTS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * count)
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"{path} {headers}: {failures[0]!r}")
    return elapsed, statuses


def measure_servers(rounds: int, requests: int, seed: int = 0) -> list[dict[str, object]]:
    """Requests per second and worker CPU per request of each contender and request."""
    from benchmarks.end_to_end import process_cpu, worker_pid
    from tests.support.servers import serve

    shuffle = random.Random(seed).shuffle
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="ranges-servers-") as name:
        folder = Path(name)
        (folder / "big.bin").write_bytes(os.urandom(4 * MiB))
        (folder / "small.bin").write_bytes(os.urandom(64 * 1024))
        previous = os.environ.get("ALLRESPONSES_RANGES_FILES")
        os.environ["ALLRESPONSES_RANGES_FILES"] = str(folder)
        try:
            for worker, threads in SERVERS.items():
                settings_module = "benchmarks.ranges_settings"
                with serve("gunicorn", settings=settings_module, threads=threads) as server:
                    pid = worker_pid(server.process.pid)
                    cases = [
                        (contender, label, route.format(name=file), value)
                        for contender, route in CONTENDERS.items()
                        for label, file, value in SERVED_REQUESTS
                    ]
                    samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
                    statuses: dict[tuple[str, str], set[int]] = {}
                    for _, _, path, value in cases:  # warm: imports, WhiteNoise's scan
                        _get(server.port, path, {"Range": value} if value else {})
                    for _ in range(rounds):
                        shuffle(cases)
                        for contender, label, path, value in cases:
                            headers = {"Range": value} if value else {}
                            before = process_cpu(pid) if pid is not None else float("nan")
                            elapsed, seen = _load(server.port, path, headers, requests)
                            after = process_cpu(pid) if pid is not None else float("nan")
                            key = (contender, label)
                            samples.setdefault(key, []).append(
                                (requests / elapsed, (after - before) / requests)
                            )
                            statuses.setdefault(key, set()).update(seen)
                    for contender in CONTENDERS:
                        for label, _, _ in SERVED_REQUESTS:
                            measured = samples[(contender, label)]
                            rows.append(
                                {
                                    "worker": worker,
                                    "request": label,
                                    "server": contender,
                                    "statuses": sorted(statuses[(contender, label)]),
                                    "rps": statistics.median(rate for rate, _ in measured),
                                    "cpu_per_request": statistics.median(
                                        cpu for _, cpu in measured
                                    ),
                                }
                            )
        finally:
            if previous is None:
                os.environ.pop("ALLRESPONSES_RANGES_FILES", None)
            else:
                os.environ["ALLRESPONSES_RANGES_FILES"] = previous
    return rows


def report_servers(rows: list[dict[str, object]]) -> bool:
    """Print the table; return whether the multipart target is met under every worker."""
    print()
    print("gunicorn, one worker: requests per second | worker CPU ms per request | status")
    passed = True
    for worker in SERVERS:
        print(f"  {worker}:")
        header = "".join(f"{name:>30}" for name in CONTENDERS)
        print(f"    {'request':<24}{header}")
        by = {(row["server"], row["request"]): row for row in rows if row["worker"] == worker}
        for label, _, _ in SERVED_REQUESTS:
            cells = ""
            for contender in CONTENDERS:
                row = by[(contender, label)]
                status = "/".join(map(str, row["statuses"]))  # type: ignore[call-overload]
                cell = (
                    f"{float(row['rps']):7.0f} | {float(row['cpu_per_request']) * 1000:5.2f} "  # type: ignore[arg-type]
                    f"| {status}"
                )
                cells += f"{cell:>30}"
            print(f"    {label:<24}{cells}")
        ours = {
            str(row["request"]): float(row["rps"])
            for row in by.values()
            if row["server"] == "serve_file"
        }  # type: ignore[arg-type]
        for label, _, _ in SERVED_REQUESTS:
            for other in ("FileResponse", "WhiteNoise"):
                rate = float(by[(other, label)]["rps"])  # type: ignore[arg-type]
                print(f"    serve_file / {other:<12} {label:<24} {ours[label] / rate:5.2f}x")
        multipart = ours["64 KiB, three ranges"] / ours["64 KiB, whole file"]
        met = multipart >= 1.0
        passed = passed and met
        print(
            f"    {'PASS' if met else 'MISS'}: three ranges of 64 KiB at {multipart:.2f}x the "
            "rate of the whole file (target: at least 1.00x)"
        )
    return passed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small files, a few seconds")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--no-servers", action="store_true", help="skip the gunicorn part")
    options = parser.parse_args(argv)
    if options.quick:
        sizes, span = [64 * MiB, 256 * MiB], 16 * MiB
        rounds, requests = 1, 20
    else:
        sizes, span = [1 * GiB, 4 * GiB], 256 * MiB
        rounds, requests = 5, 200
    results = measure(sizes, span)
    results["memory_target_met"] = report(results)
    if not options.no_servers:
        results["servers"] = measure_servers(rounds, requests)
        results["multipart_target_met"] = report_servers(results["servers"])  # type: ignore[arg-type]
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
