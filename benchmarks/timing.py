"""Timing in the style of :mod:`timeit`: best of several repeats, garbage collector off."""

from __future__ import annotations

import math
import timeit
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def calibrate(function: Callable[[], Any], budget: float) -> int:
    """How many calls of ``function`` take about ``budget`` seconds (at least one)."""
    timer = timeit.Timer(function)
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= budget / 10 or number >= 1_000_000:
            break
        number *= 10
    per_call = elapsed / number
    return max(1, min(1_000_000, math.ceil(budget / per_call) if per_call else number))


def best_of(
    functions: Mapping[str, Callable[[], Any]], *, number: int, repeat: int
) -> dict[str, float]:
    """Best seconds per call of each function, measured side by side.

    Each repeat times every function once, in turn, so that a slow moment of
    the machine affects them all alike; the best repeat of each is kept.

    Example::

        >>> times = best_of({"a": lambda: None}, number=10, repeat=2)
        >>> times["a"] >= 0
        True
    """
    timers = {name: timeit.Timer(function) for name, function in functions.items()}
    best = dict.fromkeys(functions, math.inf)
    for _ in range(repeat):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(number) / number)
    return best


def geometric_mean(values: Iterable[float]) -> float:
    """The geometric mean of positive ``values`` (``nan`` when there are none).

    Example::

        >>> geometric_mean([1.0, 4.0])
        2.0
    """
    logs = [math.log(value) for value in values]
    return math.exp(sum(logs) / len(logs)) if logs else math.nan
