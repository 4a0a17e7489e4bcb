"""Headers set after construction: single sets, and the pass of Django's default middleware.

Middleware sets headers on every response on its way out, so this is the one
overhead of the library that every response pays whatever class it is.

* **One set:** ``response[name] = value``, and ``response.headers[name] = value``, on a
  response built with the example arguments, against the same set on its hand-written
  Django equivalent (:mod:`benchmarks.construction`): a plain header, and the header of
  every unit the library checks when it is set later (``Retry-After``, ``Location``,
  ``Allow``, ``Upgrade``, the challenges, ``Content-Range``, ``Link``).
* **The default middleware pass:** the ``process_response`` of every
  middleware in Django's default ``MIDDLEWARE`` (the list ``startproject``
  writes), in the order Django calls them, on a GET request that went through
  their ``process_request`` first. On a plain response they set
  ``Content-Length``, ``X-Content-Type-Options``, ``Referrer-Policy``,
  ``Cross-Origin-Opener-Policy`` and ``X-Frame-Options`` (the run prints the
  list it observed), after asking whether each is there. A pass changes the
  response, so each call builds a fresh response and passes it: the pass costs
  that minus building alone, both measured in the same round.

Each figure comes with its A/A control: Django's side measured a second time in the
same rounds (:class:`benchmarks.timing.Comparison`).

Each single set gives a value equal to the table's but a new string each time, as a
response's ``Location`` built for it is: a unit's quick test reads every one. A new text
each time (a pagination ``Link``, ``?page=N``) is timed by :func:`measure_new_links`
(``python -m benchmarks.headers_later``), which no target covers.
"""

from __future__ import annotations

import itertools
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Final

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.test import RequestFactory
from django.utils.module_loading import import_string

from .construction import Case
from .timing import AGAIN, Comparison, Ratio, compare, compare_with_control

_UNIT_SETS: tuple[tuple[str, int, bool, str, str], ...] = (
    ("plain header on a 200", 200, False, "X-Request-Id", "a1b2c3d4"),
    ("plain header on a JSON 200", 200, True, "X-Request-Id", "a1b2c3d4"),
    ("Retry-After on a 429 (checked)", 429, False, "Retry-After", "60"),
    ("Retry-After on a JSON 503 (checked)", 503, True, "Retry-After", "60"),
    ("Location on a 201 (checked)", 201, False, "Location", "/items/2"),
    ("Content-Location on a 201 (checked)", 201, False, "Content-Location", "/items/2.json"),
    ("Location on a 302 (checked)", 302, False, "Location", "/elsewhere/2"),
    ("Allow on a 405 (checked)", 405, False, "Allow", "GET, HEAD"),
    ("Upgrade on a 101 (checked)", 101, False, "Upgrade", "websocket"),
    ("WWW-Authenticate on a 401 (checked)", 401, False, "WWW-Authenticate", 'Basic realm="api"'),
    ("Proxy-Authenticate on a 407 (checked)", 407, False, "Proxy-Authenticate", 'Basic realm="p"'),
    ("Content-Range on a 416 (checked)", 416, False, "Content-Range", "bytes */100"),
    ("Link on a 103 (checked)", 103, False, "Link", "</style.css>; rel=preload; as=style"),
)

SETS: tuple[tuple[str, int, bool, str, str, str], ...] = tuple(
    (f"{label}{suffix}", code, json, name, value, door)
    for door, suffix in (("response", ""), ("headers", ", .headers[]"))
    for label, code, json, name, value in _UNIT_SETS
)
"""Each single set measured: label, status, JSON twin or not, header name, value, and
whether it is set as ``response[name] = value`` or ``response.headers[name] = value``."""

PASS_CASES: tuple[tuple[int, bool], ...] = (
    (200, False),
    (201, False),
    (302, False),
    (404, False),
    (429, False),
    (200, True),
    (404, True),
)
"""The classes, as ``(status, json)``, that go through the default middleware pass."""


@dataclass
class HeadersResult:
    """Per-round CPU seconds of every single set, and of building with and without the pass."""

    sets: dict[str, dict[str, list[float]]]
    passes: dict[str, dict[str, list[float]]]
    middleware: list[str]
    headers_set: list[str]

    def set_ratio(self, label: str) -> Comparison:
        """Ours against Django for one set, with Django against itself as the A/A control."""
        times = self.sets[label]
        return Comparison.of(times["ours"], times["django"], times[AGAIN])

    def set_seconds(self, label: str, side: str) -> float:
        """Median CPU seconds of one set on ``side``."""
        return statistics.median(self.sets[label][side])

    def pass_costs(self, label: str, side: str) -> list[float]:
        """Per-round CPU seconds of the middleware pass alone (build and pass, minus build)."""
        times = self.passes[label]
        return [
            full - build for full, build in zip(times[f"{side}+pass"], times[side], strict=True)
        ]

    def pass_seconds(self, label: str, side: str) -> float:
        """Median CPU seconds of the middleware pass alone on ``side``."""
        return statistics.median(self.pass_costs(label, side))

    def pass_ratio(self, label: str) -> Comparison:
        """Ours against Django for the middleware pass alone, with Django's second run as
        the A/A control, over the rounds where every difference is positive (a round too
        noisy to tell is left out)."""
        triples = [
            (ours, django, again)
            for ours, django, again in zip(
                self.pass_costs(label, "ours"),
                self.pass_costs(label, "django"),
                self.pass_costs(label, AGAIN),
                strict=True,
            )
            if ours > 0 and django > 0 and again > 0
        ]
        if not triples:
            nothing = Ratio(float("nan"), float("nan"), float("nan"), 0)
            return Comparison(nothing, nothing)
        ours, django, again = (list(column) for column in zip(*triples, strict=True))
        return Comparison.of(ours, django, again)


def default_middleware() -> tuple[list[str], list[Any], HttpRequest]:
    """Django's default middleware, instantiated, and a GET request they have processed.

    The request goes through the whole chain once (sessions, CSRF, user,
    messages), so that each ``process_response`` finds what it expects.
    """
    paths = list(settings.MIDDLEWARE)
    instances: list[Any] = []

    def view(request: HttpRequest) -> HttpResponseBase:
        return HttpResponse("ok")

    handler: Callable[[HttpRequest], HttpResponseBase] = view
    for path in reversed(paths):
        handler = import_string(path)(handler)
        instances.append(handler)
    instances.reverse()
    request = RequestFactory().get("/")
    handler(request)
    return paths, instances, request


def middleware_pass(
    instances: list[Any], request: HttpRequest, build: Callable[[], HttpResponseBase]
) -> Callable[[], HttpResponseBase]:
    """A callable that builds a response and passes it through ``process_response`` of each
    middleware, innermost first, as Django's handler does."""
    steps = [
        partial(instance.process_response, request)
        for instance in reversed(instances)
        if hasattr(instance, "process_response")
    ]

    def run() -> HttpResponseBase:
        response = build()
        for step in steps:
            response = step(response)
        return response

    return run


def _target(response: HttpResponseBase, door: str) -> Any:
    """What a set goes through: the response itself, or its ``headers``."""
    return response if door == "response" else response.headers


def _case(cases: list[Case], code: int, json: bool) -> Case:
    return next(case for case in cases if case.code == code and case.json is json)


def label_of(code: int, json: bool) -> str:
    """How a class is named in the middleware pass table."""
    return f"{'JSON ' if json else ''}{code}"


FRESH: Final = 64
"""How many string objects of the same text a single set cycles through (:func:`fresh`)."""


def fresh(value: str) -> Callable[[], str]:
    """A function giving ``value``'s text as another string object each call, cycling through
    :data:`FRESH` of them, none of them ``value`` itself."""
    return itertools.cycle([(value + ".")[:-1] for _ in range(FRESH)]).__next__


def _setter(target: Any, name: str, following: Callable[[], str]) -> Callable[[], None]:
    """A function setting header ``name`` of ``target`` to the next of ``following``."""
    set_item = target.__setitem__
    return lambda: set_item(name, following())


def measure_headers(cases: list[Case], *, rounds: int, chunk: float, seed: int) -> HeadersResult:
    """Time the single sets and the default middleware pass, interleaved."""
    set_sides: dict[str, dict[str, Callable[[], Any]]] = {}
    for label, code, json, name, value, door in SETS:
        case = _case(cases, code, json)
        set_sides[label] = {
            side: _setter(_target(build(), door), name, fresh(value))
            for side, build in (("ours", case.ours), ("django", case.django), (AGAIN, case.django))
        }
    set_times = compare(
        set_sides, rounds=rounds, chunk=chunk, rng=random.Random(seed), calibrate_on="django"
    )

    paths, instances, request = default_middleware()
    plain = HttpResponse("ok")
    headers_set = sorted(
        set(middleware_pass(instances, request, lambda: HttpResponse("ok"))().headers)
        - set(plain.headers)
    )
    pass_sides: dict[str, dict[str, Callable[[], Any]]] = {}
    for code, json in PASS_CASES:
        case = _case(cases, code, json)
        pass_sides[label_of(code, json)] = {
            "ours": case.ours,
            "ours+pass": middleware_pass(instances, request, case.ours),
            "django": case.django,
            "django+pass": middleware_pass(instances, request, case.django),
            AGAIN: case.django,
            f"{AGAIN}+pass": middleware_pass(instances, request, case.django),
        }
    pass_times = compare(
        pass_sides, rounds=rounds, chunk=chunk, rng=random.Random(seed + 1), calibrate_on="ours"
    )
    return HeadersResult(set_times, pass_times, paths, headers_set)


NEW_LINKS: Final = 8192
"""How many different ``Link`` values :func:`measure_new_links` cycles through."""


def measure_new_links(*, rounds: int = 21, chunk: float = 0.002, seed: int = 13) -> None:
    """Print ``Link`` set later on a 103 with a new value each set (``<https://…?page=N>;
    rel="next"``), both ways, against Django, with the A/A band: the quick test on
    texts of every length a page number gives."""
    from django_allresponses import HttpResponseEarlyHints

    values = [f'<https://example.com/items?page={page}>; rel="next"' for page in range(NEW_LINKS)]

    def setter(response: HttpResponseBase, door: str) -> Callable[[], None]:
        target = _target(response, door)
        target["Link"] = "</a>; rel=next"  # the name is known from now on
        return _setter(target, "Link", itertools.cycle(values).__next__)

    found = compare_with_control(
        {
            door: (setter(HttpResponseEarlyHints(), door), setter(HttpResponse(status=103), door))
            for door in ("response", "headers")
        },
        rounds=rounds,
        chunk=chunk,
        rng=random.Random(seed),
    )
    for door, comparison in found.items():
        print(f"Link set later, a new value each set ({door}): {comparison}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    django.setup()
    measure_new_links()
