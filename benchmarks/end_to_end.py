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

**Within noise**, defined: for each figure, the per-round ratios ours/Django
and Django-again/Django (the A/A ratios) are taken. The noise of the figure is
the half-width of a 95% interval for the median of the A/A ratios: ``1.96 *
sqrt(pi/2) * sigma / sqrt(rounds)``, with ``sigma`` estimated robustly as the
interquartile range of the A/A ratios / 1.349, and at least 1%. Ours is within
noise when the median of its per-round ratios is no worse than ``1 - noise``
for requests per second, and no worse than ``1 + noise`` for each latency.
Being faster is within noise too. More rounds narrow the noise; a busy machine
widens it, and the report shows it beside every figure.

The server's CPU time per request (its worker's threads, from ``/proc``) is
reported beside them, for information.
"""

from __future__ import annotations

import contextlib
import http.client
import math
import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .timing import Ratio, interleave

CONCURRENCY = 4
THREADS = 4
REQUEST_TIMEOUT = 5.0
BLOCK_DEADLINE = 30.0
MIN_NOISE = 0.01
IQR_PER_SIGMA = 1.349
"""The interquartile range of a normal distribution, in standard deviations."""
MEDIAN_95 = 1.96 * math.sqrt(math.pi / 2)
"""A 95% interval's half-width for a median, in standard errors of the mean."""
SIDES = ("ours", "django", "django-again")
METRICS = ("rps", "p50", "p99")
HIGHER_IS_BETTER = {"rps": True, "p50": False, "p99": False, "cpu": False}


@dataclass
class Block:
    """What one block of requests measured: requests per second, p50 and p99 latency in
    seconds, the server's CPU seconds per request, and the requests that failed."""

    rps: float
    p50: float
    p99: float
    cpu: float
    errors: int


def _percentile(values: list[float], percent: int) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def process_cpu(pid: int) -> float:
    """CPU seconds that process ``pid`` has run, all its threads, from ``/proc`` (Linux;
    nanosecond resolution, from each thread's ``schedstat``); ``nan`` elsewhere."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                total += int((task / "schedstat").read_text().split()[0])
    except OSError:
        return math.nan
    return total / 1e9


def kept_alive(
    stack: contextlib.ExitStack, address: tuple[str, int], count: int, timeout: float, master: int
) -> tuple[list[http.client.HTTPConnection], Callable[[], float]]:
    """``count`` kept-alive connections to ``address`` (host, port), closed with ``stack``,
    and the CPU clock of the one worker of gunicorn's master ``master`` (``nan`` where
    ``/proc`` cannot tell it)."""
    connections = [http.client.HTTPConnection(*address, timeout=timeout) for _ in range(count)]
    for connection in connections:
        stack.callback(connection.close)
    worker = worker_pid(master)

    def server_cpu() -> float:
        return math.nan if worker is None else process_cpu(worker)

    return connections, server_cpu


def worker_pid(master: int) -> int | None:
    """The one worker gunicorn's master ``master`` has forked, from ``/proc``, if readable."""
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return None
    return int(children[0]) if len(children) == 1 else None


def run_block(
    connections: list[http.client.HTTPConnection],
    prefix: str,
    count: int,
    paths: int,
    deadline: float,
    server_cpu: Callable[[], float],
) -> Block:
    """``count`` GETs of ``/{prefix}/<n>``, one thread per kept-alive connection."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    threads_count = len(connections)
    per_thread = [
        count // threads_count + (i < count % threads_count) for i in range(threads_count)
    ]

    def client(connection: http.client.HTTPConnection, number: int, offset: int) -> None:
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
                    connection.close()  # reopened by the next request
                    with lock:
                        errors[0] += 1
                    continue
                mine.append(time.perf_counter() - start)
        finally:
            with lock:
                latencies.extend(mine)

    threads = [
        threading.Thread(target=client, args=(connection, number, i * paths // threads_count))
        for i, (connection, number) in enumerate(zip(connections, per_thread, strict=True))
    ]
    cpu_before = server_cpu()
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT)
    wall = time.perf_counter() - start
    cpu = server_cpu() - cpu_before
    if not latencies:
        return Block(0.0, math.inf, math.inf, math.inf, errors[0])
    return Block(
        len(latencies) / wall,
        _percentile(latencies, 50),
        _percentile(latencies, 99),
        cpu / len(latencies),
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
        """The half-width of a 95% interval for the median A/A ratio (Django again /
        Django) of ``metric``, at least :data:`MIN_NOISE`: see the module."""
        spread = self.ratio(metric, "django-again")
        sigma = (spread.high - spread.low) / IQR_PER_SIGMA
        return max(MEDIAN_95 * sigma / math.sqrt(spread.rounds), MIN_NOISE)

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
    from tests.support.servers import serve

    paths = len(CASES)
    blocks: dict[str, list[Block]] = {name: [] for name in SIDES}
    done = 0
    try:
        with contextlib.ExitStack() as stack:
            server = stack.enter_context(
                serve("gunicorn", settings="benchmarks.settings", workers=1, threads=THREADS)
            )
            connections, server_cpu = kept_alive(
                stack, (server.host, server.port), CONCURRENCY, REQUEST_TIMEOUT, server.process.pid
            )

            def block(prefix: str, count: int) -> Block:
                deadline = time.monotonic() + BLOCK_DEADLINE
                return run_block(connections, prefix, count, paths, deadline, server_cpu)

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
