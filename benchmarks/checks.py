"""What ``ResponseChecksMiddleware`` costs a request, in each mode.

A request as a WSGI server makes it: Django's WSGI application (``WSGIHandler``,
with Django's default ``MIDDLEWARE``) called with a new environ, the content
iterated and ``close()`` called, with ``ResponseChecksMiddleware`` last in the list
in mode ``off``, ``log`` or ``raise``, against the same request without it. The
views return a prebuilt response (built again for each request, so that no check
is remembered):

* a small page, as this library's class and as Django's own;
* JSON of 1 KB, 100 KB and 3 MB, as this library's JSON twin and as Django's
  ``JsonResponse``.

Each mode is its own application; the sides alternate in short chunks over shuffled
rounds (:mod:`benchmarks.timing`). The figure is the median of the per-round
ratios "with the checks / without".

On a shared machine two identical handlers already differ by a few percent in
that comparison, more than what ``"log"`` adds to a small response. So
:func:`measure_own_time` also times the checks from inside the request: in
``"log"`` mode, the time spent in the middleware's ``process_response`` and in
its close-time check (the clock's own cost, calibrated on a control timed the
same way, taken off), against the CPU time of the whole request, both in the
same requests. That share does not move with the machine's load.

Those two sections last a microsecond or two, and are timed with
``time.perf_counter``, read in user space (about 45 ns a read here), not with the
CPU clock of the chunks (``time.thread_time``, a system call of about 600 ns a read
here): the clock's cost to take off is then a few hundred nanoseconds, not two or
three microseconds, as long as what it is taken from, and its variation no longer
swamps the figure. A section that the scheduler interrupts is an outlier of its
round: each round takes the median of each section.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.test import RequestFactory, override_settings
from django.urls import path

from .in_process import quiet_loggers
from .timing import Ratio, clock, compare

MODES = ("off", "log", "raise")
SMALL_LOG = 0.03
"""What ``"log"`` mode may add to a small request through ``WSGIHandler`` beyond the A/A
control's band."""
CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"
SIZES = {"1 KB": 1_000, "100 KB": 100_000, "3 MB": 3_000_000}


def _rows(size: int) -> list[dict[str, object]]:
    row = {"id": 12345, "name": "a name of some length", "tags": ["x", "y"], "ok": True}
    return [dict(row) for _ in range(max(1, size // 80))]


def _builders() -> dict[str, Callable[[], HttpResponseBase]]:
    from django_allresponses import HttpResponseOK, JsonResponseOK

    page = b"<!doctype html><title>Items</title><p>" + b"item " * 40
    builders: dict[str, Callable[[], HttpResponseBase]] = {
        "page, this library's class": lambda: HttpResponseOK(page),
        "page, Django's class": lambda: HttpResponse(page),
    }
    for label, size in SIZES.items():
        rows = _rows(size)
        builders[f"JSON {label}, this library's class"] = lambda rows=rows: JsonResponseOK(
            rows, safe=False
        )
        builders[f"JSON {label}, Django's class"] = lambda rows=rows: JsonResponse(
            rows, safe=False
        )
    return builders


BUILDERS: dict[str, Callable[[], HttpResponseBase]] = {}


def view(request: HttpRequest, index: int) -> HttpResponseBase:
    return list(BUILDERS.values())[index]()


urlpatterns = [path("checks/<int:index>", view)]


@dataclass
class ChecksResult:
    """Per-round CPU seconds per response kind and mode, with and without the checks."""

    times: dict[str, dict[str, list[float]]]

    def ratio(self, kind: str, mode: str) -> Ratio:
        """The request with the checks in ``mode`` (or ``"again"``, the A/A control)
        against the request without them."""
        times = self.times[kind]
        return Ratio.of(times[mode], times["without"])

    def log_targets(self, share: float = SMALL_LOG) -> list[tuple[str, bool, str]]:
        """``"log"`` mode as users pay it, for a small page and 1 KB of JSON (this library's
        class and Django's): its median over the request without, beyond the A/A control's
        band (its upper quartile), at most ``share``, with a band no wider than twice
        ``share`` (a wider one cannot tell). Each as (name, met, detail), for
        ``benchmarks/run.py``."""
        targets: list[tuple[str, bool, str]] = []
        for kind in self.times:
            if not kind.startswith(("page", "JSON 1 KB")):
                continue
            log, again = self.ratio(kind, "log"), self.ratio(kind, "again")
            beyond = log.median - again.high
            # A band wider than twice the target cannot tell a pass from noise: a miss.
            decided = again.high - again.low <= 2 * share
            targets.append(
                (
                    f"log mode through WSGIHandler <= {share:.0%} beyond A/A, {kind}",
                    beyond <= share and decided,
                    f"log {log.median - 1:+.1%} (IQR {log.low - 1:+.1%} to {log.high - 1:+.1%}), "
                    f"A/A {again.median - 1:+.1%} (IQR {again.low - 1:+.1%} to "
                    f"{again.high - 1:+.1%}): {beyond:+.1%} beyond its band"
                    + ("" if decided else "; the A/A band is too wide to tell"),
                )
            )
        return targets


def _application(mode: str | None) -> WSGIHandler:
    """Django's WSGI application with its default middleware and, unless ``mode`` is
    ``None``, `ResponseChecksMiddleware` last in ``mode``."""
    from django.conf import settings

    middleware = list(settings.MIDDLEWARE)
    if mode is not None:
        middleware.append(CHECKS)
    with override_settings(
        MIDDLEWARE=middleware, ALLRESPONSES_CHECKS=mode or "off", ROOT_URLCONF=__name__
    ):
        return WSGIHandler()


def _start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
    pass


def _serve(application: WSGIHandler, environ: dict[str, Any]) -> None:
    """One request as a WSGI server makes it: the application called with a new
    environ, the content iterated, the response closed."""
    response = application(dict(environ), _start_response)
    for _ in response:
        pass
    response.close()


@dataclass
class OwnTime:
    """What ``"log"`` mode spends per request, timed from inside the requests."""

    kind: str
    own: list[float]
    """Per round: seconds per request in the checks (the medians of its two sections,
    the clock's cost taken off)."""
    request: list[float]
    """Per round: CPU seconds per request, the checks included."""

    @property
    def share(self) -> float:
        """The median of the per-round shares of the request spent in the checks."""
        return statistics.median(o / r for o, r in zip(self.own, self.request, strict=True))


def _timed(function: Callable[..., Any], sections: list[float]) -> Callable[..., Any]:
    """``function``, recording how long each call takes (``time.perf_counter``) in
    ``sections``."""
    counter = time.perf_counter

    def timed(*args: Any) -> Any:
        start = counter()
        try:
            return function(*args)
        finally:
            sections.append(counter() - start)

    return timed


def _time_log_call(checks: Any, sections: list[float]) -> None:
    """Time, in each call of ``checks`` (``"log"`` mode's middleware, whose ``__call__``
    leaves the check to the response's close itself), what follows the inner chain's
    answer: its own part of the call."""
    counter = time.perf_counter
    inner = checks.get_response
    answered = [0.0]

    def marked(request: HttpRequest) -> Any:
        response = inner(request)
        answered[0] = counter()
        return response

    base: Any = type(checks)

    class Timed(base):
        def __call__(self, request: HttpRequest) -> Any:
            response = base.__call__(self, request)
            sections.append(counter() - answered[0])
            return response

    checks.get_response = marked
    checks.__class__ = Timed


def measure_own_time(*, rounds: int, number: int = 500) -> list[OwnTime]:
    """Per kind of response, the time per request spent in ``"log"`` mode's checks
    (``process_response`` and the close-time check, each the median of its round,
    ``time.perf_counter``) and the CPU time of the whole request, through Django's
    default middleware with ``close()`` called.

    The clock's own cost is measured in the same requests, the same way: a control
    handler, with the middleware in ``"off"`` mode, times its ``process_response``
    (the 1xx check, which ``"off"`` makes too) and an empty closer called by
    ``close()``. What the control's two sections spend is taken off what ``"log"``'s
    two spend, round by round.
    """
    from django_allresponses.checks import middleware

    BUILDERS.clear()
    BUILDERS.update(_builders())
    # per handler, the durations of its two timed sections, this round
    first: dict[str, list[float]] = {"control": [], "log": []}
    closer: dict[str, list[float]] = {"control": [], "log": []}
    original_sent = middleware._sent
    middleware._sent = _timed(original_sent, closer["log"])  # type: ignore[assignment]
    try:
        logged = _application("log")
        checks = _checks_instance(logged)
        _time_log_call(checks, first["log"])
        control = _application("off")
        idle = _checks_instance(control)
        empty_closer = _timed(lambda: None, closer["control"])
        first_check = idle.process_response

        def control_response(request: HttpRequest, response: HttpResponseBase) -> Any:
            response._resource_closers.append(empty_closer)  # type: ignore[attr-defined]
            return first_check(request, response)

        idle.process_response = _timed(control_response, first["control"])  # type: ignore[method-assign]
        factory = RequestFactory()
        results = []
        median = statistics.median
        with override_settings(ROOT_URLCONF=__name__), quiet_loggers():
            for index, kind in enumerate(BUILDERS):
                environ = factory.get(f"/checks/{index}").environ
                start = clock()
                for _ in range(3):
                    _serve(logged, environ)
                    _serve(control, environ)
                # about 0.1 s of requests a side and round, the collector paused as in
                # every chunk
                calls = max(5, min(number, round(0.1 / ((clock() - start) / 6))))
                own: list[float] = []
                whole: list[float] = []
                for _ in range(rounds):
                    spent: dict[str, float] = {}
                    request_time: dict[str, float] = {}
                    for name, application in (("control", control), ("log", logged)):
                        first[name].clear()
                        closer[name].clear()
                        gc.disable()
                        start = clock()
                        for _ in range(calls):
                            _serve(application, environ)
                        request_time[name] = (clock() - start) / calls
                        gc.enable()
                        spent[name] = median(first[name]) + median(closer[name])
                    own.append(max(0.0, spent["log"] - spent["control"]))
                    whole.append(request_time["log"] - spent["control"])
                results.append(OwnTime(kind, own, whole))
    finally:
        middleware._sent = original_sent  # type: ignore[assignment]
    return results


def _checks_instance(handler: BaseHandler) -> Any:
    """The `ResponseChecksMiddleware` instance in ``handler``'s chain (a WSGI
    application's)."""
    from django_allresponses.checks.middleware import ResponseChecksMiddleware

    seen: set[int] = set()
    pending: list[object] = [handler._middleware_chain]
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ResponseChecksMiddleware):
            return item
        cells = getattr(item, "__closure__", None) or ()
        pending.extend(cell.cell_contents for cell in cells)
        pending.extend(vars(item).values() if hasattr(item, "__dict__") else ())
    raise LookupError("no ResponseChecksMiddleware in the handler's chain")


def measure_checks(
    *, rounds: int, chunk: float, seed: int, kinds: list[str] | None = None
) -> ChecksResult:
    """Time each kind of response through each mode, against no checks at all."""
    BUILDERS.clear()
    BUILDERS.update(_builders())
    applications = {mode: _application(mode) for mode in MODES}
    plain = _application(None)
    factory = RequestFactory()
    sides: dict[str, dict[str, Callable[[], Any]]] = {}
    for index, kind in enumerate(BUILDERS):
        if kinds is not None and kind not in kinds:
            continue
        environ = factory.get(f"/checks/{index}").environ
        # "again": the same handler as "without", timed as another side: the A/A control
        sides[kind] = {side: lambda e=environ: _serve(plain, e) for side in ("without", "again")}
        for mode, application in applications.items():
            sides[kind][mode] = lambda e=environ, a=application: _serve(a, e)
    with override_settings(ROOT_URLCONF=__name__), quiet_loggers():
        times = compare(sides, rounds=rounds, chunk=chunk, rng=random.Random(seed))
    return ChecksResult(times)
