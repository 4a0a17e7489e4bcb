"""The one way every benchmark here measures: CPU time, interleaved rounds, median ratio.

On a shared machine, wall-clock time and "best of N" both favour whichever side
happened to run in a quiet moment. So every comparison here

* counts **CPU time** of the measuring thread (:func:`time.thread_time`; a
  subprocess measures its own :func:`time.process_time`), which other
  processes on the machine do not add to;
* runs the sides **alternately in short chunks**, over many **rounds**, in a
  **shuffled order** each round (the cases, and the sides within a case), so
  that neither side is systematically first, last, or next to a slow moment;
* reports, for each pair, the **median of the per-round ratios**: a round in
  which the machine was busy slows both of its chunks and cancels out of the
  ratio, and the median ignores the rounds where it did not;
* measures, in the same rounds, the peer **against itself** (an A/A control: the
  peer run twice per round, "again" / "peer"), and prints that control beside the
  ratio (:class:`Comparison`), so that the noise of the run is visible where the
  figure is.

**When a target passes.** The doubt of a figure is its *noise*: the half-width of
a 95% interval for the median of the per-round A/A ratios, ``1.96 * sqrt(pi/2) *
sigma / sqrt(rounds)`` with ``sigma`` = the A/A interquartile range / 1.349 (a robust
standard deviation), or the A/A median's distance from 1 (a bias between two runs of
the same code) if that is larger, and never less than :data:`MIN_NOISE`. The figure's
band is ``median * (1 ± noise)``; a target "at most L" passes only when the whole band
is at most L, a target "at least L" only when the whole band is at least L. A figure
inside the band's doubt is a MISS, not a PASS: a 3% target cannot pass on a run whose
noise is 5%; more rounds, or a quieter machine, narrow the band.

:func:`interleave` is the round loop for any measurement (a chunk in this
process, a fresh interpreter, a burst of requests); :func:`compare` is that
loop over in-process callables; the rest is arithmetic on per-round values.
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)

clock: Callable[[], float] = time.thread_time
"""CPU seconds of the calling thread: the clock of every in-process chunk."""

MAX_NUMBER = 1_000_000


def time_chunk(function: Callable[[], Any], number: int) -> float:
    """CPU seconds per call of ``function``, over ``number`` calls, collector off.

    The garbage collector is paused for the chunk, as :mod:`timeit` does, so a
    collection triggered by one side's garbage is not charged to the other.

    Example::

        >>> time_chunk(lambda: None, 100) >= 0
        True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = clock()
        for _ in range(number):
            function()
        return (clock() - start) / number
    finally:
        if enabled:
            gc.enable()


def calibrate(function: Callable[[], Any], chunk: float) -> int:
    """How many calls of ``function`` take about ``chunk`` CPU seconds (at least one).

    Example::

        >>> calibrate(lambda: None, 0.001) > 1
        True
    """
    number = 1
    while True:
        elapsed = time_chunk(function, number) * number
        if elapsed >= chunk / 10 or number >= MAX_NUMBER:
            break
        number *= 10
    per_call = elapsed / number
    return max(1, min(MAX_NUMBER, math.ceil(chunk / per_call) if per_call else number))


def interleave(
    sides: Mapping[str, Callable[[], float]], *, rounds: int, rng: random.Random
) -> dict[str, list[float]]:
    """Run every side once per round, in a new shuffled order each round.

    Each side is a measurement that returns one number (CPU seconds of a
    chunk, of an import in a fresh interpreter, ...). Returns the numbers per
    side, in round order, so that ``values[a][i]`` and ``values[b][i]`` come
    from the same round.

    Example::

        >>> values = interleave({"a": lambda: 1.0, "b": lambda: 2.0}, rounds=3,
        ...                     rng=random.Random(0))
        >>> values
        {'a': [1.0, 1.0, 1.0], 'b': [2.0, 2.0, 2.0]}
    """
    values: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for _ in range(rounds):
        rng.shuffle(names)
        for name in names:
            values[name].append(sides[name]())
    return values


def compare(
    cases: Mapping[K, Mapping[str, Callable[[], Any]]],
    *,
    rounds: int,
    chunk: float,
    rng: random.Random,
    calibrate_on: str | None = None,
) -> dict[K, dict[str, list[float]]]:
    """CPU seconds per call of every side of every case, one chunk per side per round.

    Within a case all sides make the same number of calls per chunk, about
    ``chunk`` CPU seconds of side ``calibrate_on`` (the first side when
    ``None``). Each round visits the cases in a shuffled order and, within a
    case, the sides in a shuffled order, back to back.

    Example::

        >>> times = compare({"noop": {"a": lambda: None, "b": lambda: None}},
        ...                 rounds=3, chunk=0.0005, rng=random.Random(0))
        >>> len(times["noop"]["a"]), len(times["noop"]["b"])
        (3, 3)
    """
    numbers = {
        key: calibrate(sides[calibrate_on or next(iter(sides))], chunk)
        for key, sides in cases.items()
    }
    times: dict[K, dict[str, list[float]]] = {
        key: {name: [] for name in sides} for key, sides in cases.items()
    }
    keys = list(cases)
    for _ in range(rounds):
        rng.shuffle(keys)
        for key in keys:
            names = list(cases[key])
            rng.shuffle(names)
            for name in names:
                times[key][name].append(time_chunk(cases[key][name], numbers[key]))
    return times


def ratios(numerator: Sequence[float], denominator: Sequence[float]) -> list[float]:
    """Per-round ratios ``numerator[i] / denominator[i]``.

    Example::

        >>> ratios([2.0, 3.0], [1.0, 2.0])
        [2.0, 1.5]
    """
    return [a / b for a, b in zip(numerator, denominator, strict=True)]


def median_ratio(numerator: Sequence[float], denominator: Sequence[float]) -> float:
    """The median of the per-round ratios: the figure every comparison reports.

    Example::

        >>> median_ratio([2.0, 3.0, 10.0], [1.0, 2.0, 2.0])
        2.0
    """
    return statistics.median(ratios(numerator, denominator))


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """The first and third quartiles of ``values`` (both the value itself for one).

    Example::

        >>> quartiles([1.0, 2.0, 3.0, 4.0, 5.0])
        (1.5, 4.5)
    """
    if len(values) < 2:
        return values[0], values[0]
    first, _, third = statistics.quantiles(values, n=4)
    return first, third


@dataclass(frozen=True)
class Ratio:
    """A median of per-round ratios with its spread (first and third quartiles).

    Example::

        >>> Ratio.of([2.0, 3.0, 10.0], [1.0, 2.0, 2.0])
        Ratio(median=2.0, low=1.5, high=5.0, rounds=3)
    """

    median: float
    low: float
    high: float
    rounds: int

    @classmethod
    def of(cls, numerator: Sequence[float], denominator: Sequence[float]) -> Ratio:
        """The ratio of two sides measured in the same rounds."""
        per_round = ratios(numerator, denominator)
        low, high = quartiles(per_round)
        return cls(statistics.median(per_round), low, high, len(per_round))

    def __str__(self) -> str:
        return f"{self.median:.2f}x (IQR {self.low:.2f}-{self.high:.2f}, {self.rounds} rounds)"


def geometric_mean(values: Iterable[float]) -> float:
    """The geometric mean of positive ``values`` (``nan`` when there are none).

    Example::

        >>> geometric_mean([1.0, 4.0])
        2.0
    """
    logs = [math.log(value) for value in values]
    return math.exp(sum(logs) / len(logs)) if logs else math.nan


MIN_NOISE = 0.005
"""The least noise a figure is given (0.5%): no run measures finer than that."""
IQR_PER_SIGMA = 1.349
"""The interquartile range of a normal distribution, in standard deviations."""
MEDIAN_95 = 1.96 * math.sqrt(math.pi / 2)
"""A 95% interval for a median is this many standard errors of the mean, either side."""


@dataclass(frozen=True)
class Comparison:
    """One side over its peer (``ratio``), and the peer over itself in the same rounds
    (``control``, the A/A ratio): the figure and the noise it is read against.

    Example::

        >>> comparison = Comparison(
        ...     Ratio(0.90, 0.88, 0.93, 21), Ratio(1.00, 0.97, 1.03, 21)
        ... )
        >>> print(comparison)
        0.90x ±2.4% (IQR 0.88-0.93; A/A 1.00x, IQR 0.97-1.03)
        >>> comparison.at_most(1.00), comparison.at_most(0.91)
        (True, False)
    """

    ratio: Ratio
    control: Ratio

    @classmethod
    def of(
        cls, side: Sequence[float], peer: Sequence[float], again: Sequence[float]
    ) -> Comparison:
        """From per-round values of the side, its peer and the peer's second run."""
        return cls(Ratio.of(side, peer), Ratio.of(again, peer))

    @property
    def noise(self) -> float:
        """The doubt of the figure, relative: see the module."""
        control = self.control
        sigma = (control.high - control.low) / IQR_PER_SIGMA
        spread = MEDIAN_95 * sigma / math.sqrt(control.rounds)
        return max(spread, abs(control.median - 1), MIN_NOISE)

    @property
    def band(self) -> tuple[float, float]:
        """``median * (1 ± noise)``: where the figure lies, as far as this run can tell."""
        median, noise = self.ratio.median, self.noise
        return median * (1 - noise), median * (1 + noise)

    def at_most(self, limit: float) -> bool:
        """Whether the whole band is at most ``limit`` (a "no slower than" target)."""
        return self.band[1] <= limit

    def at_least(self, limit: float) -> bool:
        """Whether the whole band is at least ``limit`` (a "so many times faster" target)."""
        return self.band[0] >= limit

    def __str__(self) -> str:
        ratio, control = self.ratio, self.control
        return (
            f"{ratio.median:.2f}x ±{self.noise:.1%} (IQR {ratio.low:.2f}-{ratio.high:.2f}; "
            f"A/A {control.median:.2f}x, IQR {control.low:.2f}-{control.high:.2f})"
        )

    def facts(self) -> dict[str, float]:
        """The figures, for a JSON report."""
        return {
            "ratio": self.ratio.median,
            "ratio_low": self.ratio.low,
            "ratio_high": self.ratio.high,
            "aa": self.control.median,
            "aa_low": self.control.low,
            "aa_high": self.control.high,
            "noise": self.noise,
            "rounds": self.ratio.rounds,
        }


AGAIN = "again"
"""The side name of a peer's second run in each round: the A/A control."""


def compare_with_control(
    cases: Mapping[K, tuple[Callable[[], Any], Callable[[], Any]]],
    *,
    rounds: int,
    chunk: float,
    rng: random.Random,
) -> dict[K, Comparison]:
    """:func:`compare` each case's ``(side, peer)``, with the peer run a second time in
    every round (in the shuffled order like the others) as the A/A control.

    Example::

        >>> found = compare_with_control(
        ...     {"noop": (lambda: None, lambda: None)}, rounds=3, chunk=0.0002,
        ...     rng=random.Random(0),
        ... )
        >>> found["noop"].control.rounds
        3
    """
    sides = {key: {"side": side, "peer": peer, AGAIN: peer} for key, (side, peer) in cases.items()}
    times = compare(sides, rounds=rounds, chunk=chunk, rng=rng, calibrate_on="peer")
    return {
        key: Comparison.of(values["side"], values["peer"], values[AGAIN])
        for key, values in times.items()
    }
