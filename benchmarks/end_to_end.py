"""End to end: our classes and Django's hand-written equivalents served by gunicorn.

gunicorn (one worker, :data:`THREADS` threads, WSGI) serves the benchmark
project (:mod:`benchmarks.settings`: Django's default ``MIDDLEWARE``) on a
loopback port. ``/ours/<n>`` returns a class of this library and
``/django/<n>`` the hand-written Django code that sends the same status,
headers and body, for every class with a final status.

The load is bounded in count and time: a block is :data:`CONCURRENCY`
threads, each with one kept-alive HTTP/1.1 connection (the standard library's
:mod:`http.client`), sending ``requests`` GETs in all that cycle through every
class; every request has a timeout and every block a deadline. Each round runs
three blocks in a shuffled order: ours, Django's, and Django's again (an A/A
pair, which says how much two identical blocks differ on this machine). A
block reports requests per second (requests / wall time of the block) and
the p50 and p99 latency of its requests.

**Within noise**, defined: for each figure the per-round ratios ours/Django
and Django-again/Django are taken; the noise of the figure is how far the A/A
ratios stray from 1, the larger of ``|Q1 - 1|`` and ``|Q3 - 1|`` of the A/A
ratios (their interquartile range around 1, at least 1%). Ours is within
noise when the median of its per-round ratios is no worse than ``1 - noise``
for requests per second, and no worse than ``1 + noise`` for each latency.
Being faster is within noise too.
"""

from __future__ import annotations

import http.client
import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .timing import Ratio, interleave

CONCURRENCY = 4
THREADS = 4
REQUEST_TIMEOUT = 5.0
BLOCK_DEADLINE = 30.0
MIN_NOISE = 0.01
SIDES = ("ours", "django", "django-again")
METRICS = ("rps", "p50", "p99")
HIGHER_IS_BETTER = {"rps": True, "p50": False, "p99": False}


@dataclass
class Block:
    """What one block of requests measured."""

    rps: float
    p50: float
    p99: float
    errors: int


def _percentile(values: list[float], percent: int) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def run_block(host: str, port: int, prefix: str, count: int, paths: int, deadline: float) -> Block:
    """``count`` GETs of ``/{prefix}/<n>``, :data:`CONCURRENCY` connections at a time."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    per_thread = [count // CONCURRENCY + (i < count % CONCURRENCY) for i in range(CONCURRENCY)]

    def client(number: int, offset: int) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
        mine: list[float] = []
        try:
            for i in range(number):
                if time.monotonic() > deadline:
                    break
                path = f"/{prefix}/{(offset + i) % paths}"
                start = time.perf_counter()
                try:
                    connection.request("GET", path)
                    connection.getresponse().read()
                except (OSError, http.client.HTTPException):
                    connection.close()
                    with lock:
                        errors[0] += 1
                    continue
                mine.append(time.perf_counter() - start)
        finally:
            connection.close()
            with lock:
                latencies.extend(mine)

    threads = [
        threading.Thread(target=client, args=(number, i * paths // CONCURRENCY))
        for i, number in enumerate(per_thread)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT)
    wall = time.perf_counter() - start
    if not latencies:
        return Block(0.0, float("inf"), float("inf"), errors[0])
    return Block(
        len(latencies) / wall,
        _percentile(latencies, 50),
        _percentile(latencies, 99),
        errors[0],
    )


@dataclass
class EndToEndResult:
    """Every block of every round, per side; or why the benchmark could not run."""

    rounds: int
    requests: int
    blocks: dict[str, list[Block]]
    error: str | None = None

    def values(self, side: str, metric: str) -> list[float]:
        """One figure of ``side``, per round."""
        return [float(getattr(block, metric)) for block in self.blocks[side]]

    def median(self, side: str, metric: str) -> float:
        """The median over the rounds of one figure of ``side``."""
        return statistics.median(self.values(side, metric))

    def ratio(self, metric: str, side: str = "ours") -> Ratio:
        """``side`` against Django's first block, per round, for one figure."""
        return Ratio.of(self.values(side, metric), self.values("django", metric))

    def noise(self, metric: str) -> float:
        """How far the A/A ratios (Django again / Django) stray from 1: see the module."""
        spread = self.ratio(metric, "django-again")
        return max(abs(spread.low - 1), abs(spread.high - 1), MIN_NOISE)

    def within_noise(self, metric: str) -> bool:
        """Whether ours is no worse than Django's by more than the noise of ``metric``."""
        ratio = self.ratio(metric).median
        if HIGHER_IS_BETTER[metric]:
            return ratio >= 1 - self.noise(metric)
        return ratio <= 1 + self.noise(metric)

    @property
    def errors(self) -> int:
        """Requests that failed (timeouts, closed connections), all blocks together."""
        return sum(block.errors for blocks in self.blocks.values() for block in blocks)


def measure_end_to_end(*, rounds: int, requests: int, budget: float, seed: int) -> EndToEndResult:
    """Serve the benchmark project with gunicorn and run up to ``rounds`` rounds of blocks.

    ``budget`` bounds the measurement in seconds: no round starts after it, and
    no block runs longer than :data:`BLOCK_DEADLINE`. Never raises for a server
    that cannot start: the result says why.
    """
    from benchmarks.urls import CASES
    from tests.servers import serve

    paths = len(CASES)
    blocks: dict[str, list[Block]] = {name: [] for name in SIDES}
    done = 0
    try:
        with serve(
            "gunicorn", settings="benchmarks.settings", workers=1, threads=THREADS
        ) as server:

            def block(prefix: str, count: int) -> Block:
                deadline = time.monotonic() + BLOCK_DEADLINE
                return run_block(server.host, server.port, prefix, count, paths, deadline)

            def side(name: str) -> Callable[[], float]:
                def run() -> float:
                    measured = block(name.removesuffix("-again"), requests)
                    blocks[name].append(measured)
                    return measured.rps

                return run

            for prefix in ("ours", "django"):  # warm-up: imports, caches, connections
                block(prefix, paths * 2)
            sides = {name: side(name) for name in SIDES}
            rng = random.Random(seed)
            stop = time.monotonic() + budget
            while done < rounds and (done == 0 or time.monotonic() < stop):
                interleave(sides, rounds=1, rng=rng)
                done += 1
    except (OSError, RuntimeError, TimeoutError) as error:
        return EndToEndResult(0, requests, blocks, f"{type(error).__name__}: {error}")
    return EndToEndResult(done, requests, blocks)
