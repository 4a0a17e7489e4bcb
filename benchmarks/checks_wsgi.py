"""What ``"log"`` mode costs a request as users pay it, with an A/A control beside it.

    python benchmarks/checks_wsgi.py --rounds 21

Requests as a WSGI server makes them: Django's ``WSGIHandler`` with Django's default
``MIDDLEWARE``, called with a new environ, its content iterated and ``close()`` called;
the views build the response anew for each request. For a small page and 1 KB of JSON,
each as this library's class and as Django's, five sides alternate in short chunks over
shuffled rounds (:func:`benchmarks.timing.compare`, CPU time):

* ``without``: no response checks middleware;
* ``again``: the same handler as ``without``, timed as another side: the A/A control,
  whose ratio to ``without`` is what the machine's noise alone makes of two equal sides;
* ``passthrough``: a middleware that only calls the next one, last in the list: what a
  middleware's place in Django's chain costs, whatever it does;
* ``off``: ``ResponseChecksMiddleware`` in mode ``"off"`` (its 1xx check alone);
* ``log``: ``ResponseChecksMiddleware`` in mode ``"log"``;
* ``spin``: a middleware that, like ``"log"`` mode, leaves its work to a closer the
  response calls when the server closes it, and whose work is a loop of pure CPU that
  takes ``--spin`` microseconds when timed alone (median of ``perf_counter``): what a
  microsecond timed inside the request costs when measured from outside.

Each side's figure is the median of its per-round ratios to ``without``, with their
quartiles; the microseconds are that ratio less one, times the median request without.

``--serve SIDE KIND N`` only serves ``N`` requests of one side and kind (an index of the
kinds above, 0 to 3) after 200 to warm up, for a counter of instructions and cache
misses that the machine's load does not move; the difference between ``N`` = 1000 and
``N`` = 0, divided by 1000, is one request's::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=yes \
        python benchmarks/checks_wsgi.py --serve log 1 1000
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from django.urls import path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"
PASSTHROUGH = "benchmarks.checks_wsgi.passthrough"
SPIN = "benchmarks.checks_wsgi.Spin"
SIDES = ("without", "again", "passthrough", "off", "log", "spin")


def passthrough(get_response: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A middleware that does nothing but call the next one."""

    def middleware(request: Any) -> Any:
        return get_response(request)

    return middleware


class Spin:
    """A middleware that appends to each response a closer spinning ``LOOPS`` times."""

    LOOPS: ClassVar[int] = 100

    def __init__(self, get_response: Callable[[Any], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        response = self.get_response(request)
        response._resource_closers.append(partial(spin, request, response))
        return response


def spin(*arguments: object) -> None:
    """The spinning closer: ``Spin.LOOPS`` turns of an empty loop."""
    for _ in range(Spin.LOOPS):
        pass


def calibrate_spin(microseconds: float) -> float:
    """Set ``Spin.LOOPS`` so that `spin`, timed alone, takes about ``microseconds``
    (the median of ``perf_counter`` sections); return what it takes."""
    Spin.LOOPS = 10
    while True:
        sections: list[float] = []
        for _ in range(2000):
            start = time.perf_counter()
            spin()
            sections.append(time.perf_counter() - start)
        taken = statistics.median(sections) * 1e6
        if taken >= microseconds:
            return taken
        Spin.LOOPS = int(Spin.LOOPS * max(1.1, microseconds / max(taken, 0.01))) + 1


def _builders() -> dict[str, Callable[[], Any]]:
    from django.http import HttpResponse, JsonResponse

    from django_allresponses import HttpResponseOK, JsonResponseOK

    page = b"<!doctype html><title>Items</title><p>" + b"item " * 40
    row = {"id": 12345, "name": "a name of some length", "tags": ["x", "y"], "ok": True}
    rows = [dict(row) for _ in range(12)]  # about 1 KB of JSON
    return {
        "page, this library's class": lambda: HttpResponseOK(page),
        "page, Django's HttpResponse": lambda: HttpResponse(page),
        "JSON 1 KB, this library's twin": lambda: JsonResponseOK(rows, safe=False),
        "JSON 1 KB, Django's JsonResponse": lambda: JsonResponse(rows, safe=False),
    }


BUILDERS: dict[str, Callable[[], Any]] = {}


def view(request: Any, index: int) -> Any:
    """The benchmark's one view: the response of the ``index``-th builder, built anew."""
    return list(BUILDERS.values())[index]()


def _application(extra: str | None, mode: str) -> Any:
    """Django's WSGI application with its default middleware and ``extra`` last."""
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    middleware = [*settings.MIDDLEWARE, *([extra] if extra else [])]
    with override_settings(MIDDLEWARE=middleware, ALLRESPONSES_CHECKS=mode, ROOT_URLCONF=__name__):
        return WSGIHandler()


def _start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
    pass


def _serve(application: Any, environ: dict[str, Any]) -> None:
    response = application(dict(environ), _start_response)
    for _ in response:
        pass
    response.close()


def measure(*, rounds: int, chunk: float, seed: int) -> dict[str, dict[str, list[float]]]:
    """CPU seconds per request of each side of each kind of response, per round."""
    from django.test import RequestFactory, override_settings

    from benchmarks.in_process import quiet_loggers
    from benchmarks.timing import compare

    BUILDERS.clear()
    BUILDERS.update(_builders())
    plain = _application(None, "off")
    applications = {
        "without": plain,
        "again": plain,
        "passthrough": _application(PASSTHROUGH, "off"),
        "off": _application(CHECKS, "off"),
        "log": _application(CHECKS, "log"),
        "spin": _application(SPIN, "off"),
    }
    cases: dict[str, dict[str, Callable[[], None]]] = {}
    for index, kind in enumerate(BUILDERS):
        environ = RequestFactory().get(f"/checks/{index}").environ
        cases[kind] = {
            side: (lambda a=application, e=environ: _serve(a, e))
            for side, application in applications.items()
        }
    with override_settings(ROOT_URLCONF=__name__), quiet_loggers() as said:
        times = compare(cases, rounds=rounds, chunk=chunk, rng=random.Random(seed))
    if said.count:
        raise SystemExit(f"the checks logged {said.count} findings: a view is wrong")
    return times


def serve(side: str, index: int, number: int) -> None:
    """Serve ``number`` requests of ``side`` for the ``index``-th kind, after 200 to warm
    up, the collector paused as in the timed chunks."""
    import gc

    from django.test import RequestFactory, override_settings

    from benchmarks.in_process import quiet_loggers

    BUILDERS.clear()
    BUILDERS.update(_builders())
    extra = {"passthrough": PASSTHROUGH, "off": CHECKS, "log": CHECKS, "spin": SPIN}.get(side)
    application = _application(extra, "log" if side == "log" else "off")
    environ = RequestFactory().get(f"/checks/{index}").environ
    with override_settings(ROOT_URLCONF=__name__), quiet_loggers() as said:
        for _ in range(200):
            _serve(application, environ)
        gc.disable()
        for _ in range(number):
            _serve(application, environ)
        gc.enable()
    if said.count:
        raise SystemExit(f"the checks logged {said.count} findings: a view is wrong")


def report(times: dict[str, dict[str, list[float]]]) -> list[str]:
    """One line per kind and side: the median ratio to ``without``, its quartiles, and the
    microseconds it adds to the median request without."""
    from benchmarks.timing import Ratio

    lines: list[str] = []
    for kind, sides in times.items():
        base = statistics.median(sides["without"]) * 1e6
        lines.append(f"{kind}: {base:.1f} µs a request without the checks")
        for side in SIDES[1:]:
            ratio = Ratio.of(sides[side], sides["without"])
            delta = (ratio.median - 1) * base
            lines.append(
                f"  {side:<12} {ratio.median - 1:+6.1%} (IQR {ratio.low - 1:+.1%} to "
                f"{ratio.high - 1:+.1%})  {delta:+5.1f} µs"
            )
    return lines


def main(arguments: list[str] | None = None) -> None:
    """Run the measurement and print its figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--chunk", type=float, default=0.02, help="CPU seconds per chunk")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spin", type=float, default=3.0, help="µs of the spin side")
    parser.add_argument(
        "--serve",
        nargs=3,
        metavar=("SIDE", "KIND", "N"),
        help="only serve N requests of one side and kind (for cachegrind)",
    )
    options = parser.parse_args(arguments)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    import django

    django.setup()
    if options.serve is not None:
        side, kind, number = options.serve
        if side not in SIDES:
            parser.error(f"--serve: SIDE is one of {', '.join(SIDES)}")
        serve(side, int(kind), int(number))
        return
    taken = calibrate_spin(options.spin)
    times = measure(rounds=options.rounds, chunk=options.chunk, seed=options.seed)
    print(f"spin: {Spin.LOOPS} loops, {taken:.2f} µs timed alone")
    print("\n".join(report(times)))


urlpatterns = [path("checks/<int:index>", view)]

if __name__ == "__main__":
    main()
