"""The cost of ResponseChecksMiddleware per response, in each of its modes.

    python benchmarks/checks.py            best of 7 repeats
    python benchmarks/checks.py --quick    one repeat, few iterations (seconds)

Each response (every class of the library built with its example arguments,
and a few plain Django responses) goes through the middleware in mode ``off``
(the final-1xx check alone) and ``log`` (every conformance rule), side by side
with the bare view, each response closed as a server closes it after sending
(the middleware checks the finished response then); the table gives the time
per response each mode adds.
Nothing is asserted: the numbers are for reading.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure(ALLOWED_HOSTS=["*"])
    django.setup()

from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

from benchmarks.timing import best_of, geometric_mean  # noqa: E402
from django_allresponses.examples import build  # noqa: E402
from django_allresponses.middleware import ResponseChecksMiddleware  # noqa: E402
from django_allresponses.statuses import STATUSES  # noqa: E402


def responses() -> dict[str, Callable[[], Any]]:
    """Name -> a function building the response afresh."""
    built: dict[str, Callable[[], Any]] = {
        "django 200": lambda: HttpResponse("hello"),
        "django json": lambda: JsonResponse({"items": list(range(20))}),
        "django 405 bare": lambda: HttpResponse(status=405),
    }
    for code, facts in STATUSES.items():
        if code >= 200:
            built[f"library {code}"] = lambda code=code: build(code)
            if facts.allows_content:
                built[f"library json {code}"] = lambda code=code: build(code, json=True)
    return built


def _returning(response: Any) -> Callable[[Any], Any]:
    """A view that returns ``response``, already built: only the middleware is measured."""

    def view(request: Any) -> Any:
        return response

    return view


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat, few iterations")
    options = parser.parse_args(argv)
    number, repeat = (20, 1) if options.quick else (500, 7)
    logging.getLogger("django_allresponses").disabled = True  # measure checking, not logging
    request = RequestFactory().get("/")
    added: dict[str, list[float]] = {"off": [], "log": []}
    print(f"{'response':<24} {'view µs':>9} {'off +µs':>9} {'log +µs':>9}")
    for name, make in responses().items():
        response = make()
        view = _returning(response)
        chains: dict[str, Callable[[], Any]] = {"view": lambda view=view: view(request).close()}
        for mode in ("off", "log"):
            with override_settings(ALLRESPONSES_CHECKS=mode):
                middleware = ResponseChecksMiddleware(view)
            # close(), as the server calls it once the response is sent: the check of the
            # finished response runs there.
            chains[mode] = lambda middleware=middleware: middleware(request).close()
        times = best_of(chains, number=number, repeat=repeat)
        for mode in ("off", "log"):
            added[mode].append(max(times[mode] - times["view"], 1e-9))
        off, log = (times[mode] - times["view"] for mode in ("off", "log"))
        print(f"{name:<24} {times['view'] * 1e6:>9.2f} {off * 1e6:>9.2f} {log * 1e6:>9.2f}")
    print(
        f"geometric mean added per response: off {geometric_mean(added['off']) * 1e6:.2f} µs, "
        f"log {geometric_mean(added['log']) * 1e6:.2f} µs"
    )


if __name__ == "__main__":
    main()
