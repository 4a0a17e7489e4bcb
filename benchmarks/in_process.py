"""A request through Django's handler in this process, and what a middleware adds to it.

* **Request:** ``BaseHandler.get_response`` with Django's default
  ``MIDDLEWARE`` (URL resolution, every middleware both ways, the view), the
  view returning one of this library's classes against the same view
  returning the hand-written Django equivalent (``/ours/<n>`` and
  ``/django/<n>`` of :mod:`benchmarks.urls`). No server, no sockets: what
  Django itself spends on a request. For information; the end-to-end target is
  measured through gunicorn (:mod:`benchmarks.end_to_end`).
* **Middleware cost:** for every entry of :data:`MIDDLEWARE_UNDER_TEST` that
  can be imported, the middleware called around a view that returns a
  prebuilt response, against calling that view directly: the CPU time the
  middleware adds per response. Adding a middleware to measure is one entry.

Both print an A/A control from the same rounds: the request with Django's class is made
twice a round (:meth:`InProcessResult.ratio` is a :class:`benchmarks.timing.Comparison`),
and the view is called without the middleware twice a round, the difference of those two
being the cost the middleware would show if it cost nothing
(:meth:`MiddlewareCost.control`).
"""

from __future__ import annotations

import logging
import random
import statistics
from collections.abc import Callable, Generator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponseBase
from django.test import RequestFactory, override_settings
from django.utils.module_loading import import_string

from .construction import Case
from .headers_later import PASS_CASES, label_of
from .timing import AGAIN, Comparison, compare, quartiles


@dataclass(frozen=True)
class MiddlewareUnderTest:
    """A middleware whose cost per response is measured, and the settings it runs under."""

    path: str
    settings: Mapping[str, Any] = field(default_factory=dict[str, Any])


MIDDLEWARE_UNDER_TEST: dict[str, MiddlewareUnderTest] = {
    "ResponseChecksMiddleware, mode off": MiddlewareUnderTest(
        "django_allresponses.middleware.ResponseChecksMiddleware", {"ALLRESPONSES_CHECKS": "off"}
    ),
    "ResponseChecksMiddleware, mode log": MiddlewareUnderTest(
        "django_allresponses.middleware.ResponseChecksMiddleware", {"ALLRESPONSES_CHECKS": "log"}
    ),
}
"""Middleware measured per response when importable: label -> path and settings."""

LOGGERS = ("django_allresponses", "django.request")
"""Loggers kept quiet while measuring (4xx and 5xx responses are logged by Django)."""


@dataclass
class MiddlewareCost:
    """Per-round CPU seconds with and without one middleware, per response class."""

    label: str
    entry: MiddlewareUnderTest
    times: dict[str, dict[str, list[float]]]
    records: int
    error: str | None = None

    def cost(self, label: str) -> float:
        """Median CPU seconds the middleware adds to one response of class ``label``."""
        times = self.times[label]
        return statistics.median(
            with_ - without for with_, without in zip(times["with"], times["without"], strict=True)
        )

    def control(self, label: str) -> tuple[float, float, float]:
        """The A/A control of :meth:`cost`: the median per-round difference between the two
        runs without the middleware, and its quartiles, in CPU seconds."""
        times = self.times[label]
        differences = [
            again - without for again, without in zip(times[AGAIN], times["without"], strict=True)
        ]
        low, high = quartiles(differences)
        return statistics.median(differences), low, high

    @property
    def mean_cost(self) -> float:
        """The mean over the classes of :meth:`cost`."""
        return statistics.fmean(self.cost(label) for label in self.times)


@dataclass
class InProcessResult:
    """Per-round CPU seconds of a request per class and side, and the middleware costs."""

    requests: dict[str, dict[str, list[float]]]
    middleware: list[MiddlewareCost]

    def ratio(self, label: str) -> Comparison:
        """Ours against Django for a request returning class ``label``, with Django's
        request made again in each round as the A/A control."""
        times = self.requests[label]
        return Comparison.of(times["ours"], times["django"], times[AGAIN])

    def seconds(self, label: str, side: str) -> float:
        """Median CPU seconds of a request returning class ``label`` on ``side``."""
        return statistics.median(self.requests[label][side])

    @property
    def mean_request(self) -> float:
        """The mean over the classes of the median request with one of our classes."""
        return statistics.fmean(self.seconds(label, "ours") for label in self.requests)


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def quiet_loggers() -> Generator[_Counter]:
    """Keep :data:`LOGGERS` from printing while measuring; count what they would have said."""
    counter = _Counter()
    saved: list[tuple[logging.Logger, bool, list[logging.Handler]]] = []
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate, list(logger.handlers)))
        logger.handlers = [counter]
        logger.propagate = False
    try:
        yield counter
    finally:
        for logger, propagate, handlers in saved:
            logger.handlers = handlers
            logger.propagate = propagate


def _index(code: int, json: bool) -> int:
    """The index ``n`` of a class in the benchmark views' paths ``/ours/<n>``, ``/django/<n>``."""
    from benchmarks.urls import CASES

    return next(i for i, case in enumerate(CASES) if case.code == code and case.json is json)


def measure_requests(*, rounds: int, chunk: float, seed: int) -> dict[str, dict[str, list[float]]]:
    """Time a request through the default middleware for each class of
    :data:`benchmarks.headers_later.PASS_CASES`, ours against Django's."""
    handler = BaseHandler()
    handler.load_middleware()
    factory = RequestFactory()
    sides: dict[str, dict[str, Callable[[], Any]]] = {}
    for code, json in PASS_CASES:
        index = _index(code, json)
        sides[label_of(code, json)] = {
            side: partial(handler.get_response, factory.get(f"/{side}/{index}"))
            for side in ("ours", "django")
        }
        sides[label_of(code, json)][AGAIN] = sides[label_of(code, json)]["django"]
    return compare(sides, rounds=rounds, chunk=chunk, rng=random.Random(seed))


def measure_middleware(
    label: str,
    entry: MiddlewareUnderTest,
    cases: list[Case],
    *,
    rounds: int,
    chunk: float,
    seed: int,
) -> MiddlewareCost:
    """Time one middleware around a view returning a prebuilt response of each class."""
    try:
        middleware_class = import_string(entry.path)
    except ImportError as error:
        return MiddlewareCost(label, entry, {}, 0, f"{type(error).__name__}: {error}")
    request = RequestFactory().get("/")
    sides: dict[str, dict[str, Callable[[], Any]]] = {}
    with override_settings(**entry.settings), quiet_loggers() as counter:
        for code, json in PASS_CASES:
            response = _case_response(cases, code, json)

            def view(request: HttpRequest, response: HttpResponseBase = response) -> Any:
                return response

            sides[label_of(code, json)] = {
                "with": partial(middleware_class(view), request),
                "without": partial(view, request),
                AGAIN: partial(view, request),
            }
        times = compare(
            sides, rounds=rounds, chunk=chunk, rng=random.Random(seed), calibrate_on="with"
        )
    return MiddlewareCost(label, entry, times, counter.count)


def _case_response(cases: list[Case], code: int, json: bool) -> HttpResponseBase:
    return next(case for case in cases if case.code == code and case.json is json).ours()


def measure_in_process(
    cases: list[Case], *, rounds: int, chunk: float, seed: int
) -> InProcessResult:
    """Requests through the default middleware, then each middleware under test."""
    with quiet_loggers():
        requests = measure_requests(rounds=rounds, chunk=chunk, seed=seed)
    costs = [
        measure_middleware(label, entry, cases, rounds=rounds, chunk=chunk, seed=seed + i)
        for i, (label, entry) in enumerate(MIDDLEWARE_UNDER_TEST.items(), start=1)
    ]
    return InProcessResult(requests, costs)
