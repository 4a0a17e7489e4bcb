"""``serve_file`` against WhiteNoise through gunicorn: requests per second on a 64 KiB file.

    python benchmarks/serve_file_gunicorn.py                61 rounds of 0.15 s slices
    python benchmarks/serve_file_gunicorn.py --quick        3 rounds of 0.1 s slices
    python benchmarks/serve_file_gunicorn.py --json out.json

gunicorn (one worker, ``gthread`` with :data:`THREADS` threads, so that connections are
kept alive) serves a small project on a loopback port, in two configurations
(:data:`PROJECTS`), one server after the other:

* the **small project** (:mod:`benchmarks.serve_file_settings_minimal`): WhiteNoise's
  middleware alone, so that what ``serve_file`` pays beyond WhiteNoise is the URL resolver,
  the view and its own work;
* **Django's default middleware** (:mod:`benchmarks.serve_file_settings`), with
  WhiteNoise's right after ``SecurityMiddleware``, where WhiteNoise's documentation puts it:
  WhiteNoise answers before the rest of the middleware, which a view's response passes
  through both ways.

The same 64 KiB file of random bytes is served two ways: by a view returning
``serve_file(request, path)`` (``/serve_file/small.bin``, :mod:`benchmarks.serve_file_urls`)
and by WhiteNoise's middleware (``/small.bin``, ``WHITENOISE_ROOT``).

:data:`CLIENTS` client threads, each with one kept-alive HTTP/1.1 connection (the standard
library's :mod:`http.client`), send GETs back to back for a fixed slice of wall time; a
slice's figure is the responses completed over the slice's wall time. Each round runs four
slices in a shuffled order (:func:`benchmarks.timing.interleave`): ``serve_file``,
WhiteNoise, WhiteNoise again (the A/A control), and a view returning Django's own
``FileResponse``, a reference for what any view pays that WhiteNoise does not. Many short
slices rather than a few long ones: the load of a shared machine drifts over seconds, and
slices close in time share it, so the per-round ratios vary less (61 rounds of 0.15 s gave
a band of about ±5%, 21 of 0.5 s about ±13%, on a shared 2-core machine). The figure is the
median of the per-round ratios ``serve_file`` / WhiteNoise, printed with its A/A band
(:class:`benchmarks.timing.Comparison`); the target, at least :data:`LIMIT`, passes only
when the whole band is at least that. The worker's CPU time per request (from ``/proc``) is
printed the same way, for information: the server's own cost, which the other processes of
a shared machine disturb less than requests per second.

Every response is checked (status 200, the file's 65,536 bytes); a failed request is
counted and reported. The server is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.end_to_end import kept_alive  # noqa: E402
from benchmarks.timing import AGAIN, Comparison, interleave  # noqa: E402

SIZE = 64 * 1024
LIMIT = 0.80
"""The target: ``serve_file`` at least this many times WhiteNoise's requests per second."""
THREADS = 2
CLIENTS = 2
TIMEOUT = 5.0
PROJECTS = {
    "small project": "benchmarks.serve_file_settings_minimal",
    "Django's default middleware": "benchmarks.serve_file_settings",
}
"""Each configuration measured: its label and its settings module."""
PATHS = {
    "serve_file": "/serve_file/small.bin",
    "whitenoise": "/small.bin",
    "FileResponse": "/file_response/small.bin",
}
"""What each side asks for; WhiteNoise's A/A side asks for the same as WhiteNoise. The
``FileResponse`` side, a view returning Django's own ``FileResponse``, is a reference: what a
view pays that WhiteNoise's middleware, answering before the rest, does not."""


@dataclass
class Slice:
    """One slice of requests: responses per second, the worker's CPU seconds per
    response, and the requests that failed."""

    rps: float
    cpu: float
    errors: int


@dataclass
class ServeFileServerResult:
    """Every slice of every round, per side; or why the server could not be measured."""

    rounds: int
    slices: dict[str, list[Slice]] = field(default_factory=dict[str, list[Slice]])
    error: str | None = None

    def values(self, side: str, metric: str) -> list[float]:
        """One figure of ``side`` per round: ``"rps"`` or ``"cpu"``."""
        return [float(getattr(one, metric)) for one in self.slices[side]]

    def comparison(self, metric: str, side: str = "serve_file") -> Comparison:
        """``side`` (``serve_file`` or the ``FileResponse`` view) over WhiteNoise for
        ``metric``, with WhiteNoise against itself as the A/A control."""
        return Comparison.of(
            self.values(side, metric),
            self.values("whitenoise", metric),
            self.values(AGAIN, metric),
        )

    @property
    def errors(self) -> int:
        """Requests that failed or answered anything but the file, all slices together."""
        return sum(one.errors for slices in self.slices.values() for one in slices)


def _get(connection: http.client.HTTPConnection, path: str) -> bool:
    """One GET of ``path``; whether it answered 200 with the whole file."""
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    return response.status == 200 and len(body) == SIZE


def run_slice(
    connections: Sequence[http.client.HTTPConnection],
    path: str,
    seconds: float,
    server_cpu: Callable[[], float],
) -> Slice:
    """GETs of ``path`` back to back on every connection, each in a thread, for ``seconds``."""
    counts = [0] * len(connections)
    errors = [0] * len(connections)

    def client(index: int, connection: http.client.HTTPConnection, stop: float) -> None:
        while time.perf_counter() < stop:
            try:
                ok = _get(connection, path)
            except (OSError, http.client.HTTPException):
                connection.close()  # reopened by the next request
                ok = False
            if ok:
                counts[index] += 1
            else:
                errors[index] += 1

    cpu_before = server_cpu()
    start = time.perf_counter()
    threads = [
        threading.Thread(target=client, args=(index, connection, start + seconds))
        for index, connection in enumerate(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + TIMEOUT * 2)
    wall = time.perf_counter() - start
    cpu = server_cpu() - cpu_before
    done = sum(counts)
    return Slice(done / wall, cpu / done if done else math.inf, sum(errors))


@contextlib.contextmanager
def _served_folder() -> Iterator[Path]:
    """A folder holding ``small.bin`` (64 KiB of random bytes), named by
    ``ALLRESPONSES_RANGES_FILES`` for the server; both undone afterwards."""
    previous = os.environ.get("ALLRESPONSES_RANGES_FILES")
    with tempfile.TemporaryDirectory(prefix="serve-file-gunicorn-") as name:
        folder = Path(name)
        (folder / "small.bin").write_bytes(os.urandom(SIZE))
        os.environ["ALLRESPONSES_RANGES_FILES"] = str(folder)
        try:
            yield folder
        finally:
            if previous is None:
                os.environ.pop("ALLRESPONSES_RANGES_FILES", None)
            else:
                os.environ["ALLRESPONSES_RANGES_FILES"] = previous


def _check_bodies(port: int, expected: bytes) -> None:
    """Both sides send the file's bytes, with 200, before anything is timed."""
    for side, path in PATHS.items():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        if response.status != 200 or body != expected:
            raise RuntimeError(f"{side} ({path}) answered {response.status}, not the file")


def measure_serve_file_server(
    *, rounds: int, seconds: float, seed: int, settings: str
) -> ServeFileServerResult:
    """Serve the file with gunicorn under ``settings`` and run ``rounds`` rounds of four
    slices.

    Never raises for a server that cannot start or a side that does not send the file:
    the result says why.
    """
    from tests.support.servers import serve

    slices: dict[str, list[Slice]] = {side: [] for side in PATHS} | {AGAIN: []}
    try:
        with contextlib.ExitStack() as stack:
            folder = stack.enter_context(_served_folder())
            server = stack.enter_context(
                serve("gunicorn", settings=settings, workers=1, threads=THREADS)
            )
            _check_bodies(server.port, (folder / "small.bin").read_bytes())
            connections, server_cpu = kept_alive(
                stack, (server.host, server.port), CLIENTS, TIMEOUT, server.process.pid
            )

            def side(name: str) -> Callable[[], float]:
                path = PATHS["whitenoise" if name == AGAIN else name]

                def run() -> float:
                    measured = run_slice(connections, path, seconds, server_cpu)
                    slices[name].append(measured)
                    return measured.rps

                return run

            for path in PATHS.values():  # warm-up: imports, caches, connections
                run_slice(connections, path, max(seconds, 0.1), server_cpu)
            interleave(
                {name: side(name) for name in slices}, rounds=rounds, rng=random.Random(seed)
            )
    except (OSError, RuntimeError, TimeoutError) as error:
        return ServeFileServerResult(0, slices, f"{type(error).__name__}: {error}")
    return ServeFileServerResult(rounds, slices)


def measure_projects(
    *, rounds: int, seconds: float, seed: int
) -> dict[str, ServeFileServerResult]:
    """:func:`measure_serve_file_server` for each of :data:`PROJECTS`, one after the other."""
    return {
        label: measure_serve_file_server(
            rounds=rounds, seconds=seconds, seed=seed + index, settings=settings
        )
        for index, (label, settings) in enumerate(PROJECTS.items())
    }


def report(label: str, result: ServeFileServerResult) -> tuple[bool, dict[str, Any]]:
    """Print the figures of one project; return whether the target is met, and the facts."""
    print(
        f"serve_file / WhiteNoise on a 64 KiB file through gunicorn, {label} (1 worker, "
        f"{THREADS} threads, {CLIENTS} kept-alive connections, {result.rounds} rounds)"
    )
    if result.error is not None or not result.rounds:
        print(f"  could not run: {result.error}")
        print()
        return False, {"error": result.error}
    rps, cpu = result.comparison("rps"), result.comparison("cpu")
    for label, metric, scale, unit in (
        ("requests per second", "rps", 1.0, "req/s"),
        ("worker CPU per request", "cpu", 1e6, "µs"),
    ):
        medians = {
            side: sorted(result.values(side, metric))[len(result.slices[side]) // 2] * scale
            for side in PATHS
        }
        print(
            f"  {label:<23} serve_file {medians['serve_file']:8.1f} {unit:<5} "
            f"WhiteNoise {medians['whitenoise']:8.1f} {unit:<5} "
            f"{result.comparison(metric)}" + ("  (for information)" if metric == "cpu" else "")
        )
        print(
            f"  {'':<23} FileResponse view {medians['FileResponse']:8.1f} {unit:<5} "
            f"{result.comparison(metric, 'FileResponse')}  (reference: a view of Django's own)"
        )
    if result.errors:
        print(f"  failed requests: {result.errors}")
    print()
    passed = rps.at_least(LIMIT) and result.errors == 0
    return passed, {
        "rounds": result.rounds,
        "errors": result.errors,
        "rps": rps.facts(),
        "cpu": cpu.facts(),
        "file_response_rps": result.comparison("rps", "FileResponse").facts(),
    }


def target_name(label: str) -> str:
    """The name of the target of one project."""
    return (
        f"serve_file on a 64 KiB file >= {LIMIT:.2f}x WhiteNoise's requests per second "
        f"through gunicorn, {label}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the figures and the target's verdict; 0 whatever the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=61, help="rounds of four slices")
    parser.add_argument("--slice", type=float, default=0.15, help="seconds of one slice")
    parser.add_argument("--quick", action="store_true", help="3 rounds of 0.1 s slices")
    parser.add_argument("--seed", type=int, default=13, help="seed of the shuffled orders")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    options = parser.parse_args(argv)
    if options.quick:
        options.rounds, options.slice = 3, 0.1
    results = measure_projects(rounds=options.rounds, seconds=options.slice, seed=options.seed)
    verdicts: list[str] = []
    facts: dict[str, Any] = {}
    for label, result in results.items():
        passed, facts[label] = report(label, result)
        detail = facts[label].get("error") or f"{result.comparison('rps')}"
        verdicts.append(f"  {'PASS' if passed else 'MISS'}  {target_name(label)}: {detail}")
    print("Targets")
    print("\n".join(verdicts))
    if options.json is not None:
        options.json.write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
