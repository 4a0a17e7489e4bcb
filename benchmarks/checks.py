"""What ``ResponseChecksMiddleware`` costs a request, in each mode.

A request through Django's handler (``BaseHandler.get_response``) with Django's
default ``MIDDLEWARE``, and ``close()`` called afterwards as servers do, with
``ResponseChecksMiddleware`` last in the list in mode ``off``, ``log`` or
``raise``, against the same request without it. The views return a prebuilt
response (built again for each request, so that no check is remembered):

* a small page, as this library's class and as Django's own;
* JSON of 1 KB, 100 KB and 3 MB, as this library's JSON twin and as Django's
  ``JsonResponse``.

Each mode is its own handler; the sides alternate in short chunks over shuffled
rounds (:mod:`benchmarks.timing`). The figure is the median of the per-round
ratios "with the checks / without".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.test import RequestFactory, override_settings
from django.urls import path

from .in_process import quiet_loggers
from .timing import Ratio, compare

MODES = ("off", "log", "raise")
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
        """The request with the checks in ``mode`` against the request without them."""
        times = self.times[kind]
        return Ratio.of(times[mode], times["without"])


def _handler(mode: str | None) -> BaseHandler:
    from django.conf import settings

    middleware = list(settings.MIDDLEWARE)
    if mode is not None:
        middleware.append(CHECKS)
    with override_settings(
        MIDDLEWARE=middleware, ALLRESPONSES_CHECKS=mode or "off", ROOT_URLCONF=__name__
    ):
        handler = BaseHandler()
        handler.load_middleware()
    return handler


def _request(handler: BaseHandler, request: HttpRequest) -> None:
    response = handler.get_response(request)
    response.close()


def measure_checks(
    *, rounds: int, chunk: float, seed: int, kinds: list[str] | None = None
) -> ChecksResult:
    """Time each kind of response through each mode, against no checks at all."""
    BUILDERS.clear()
    BUILDERS.update(_builders())
    handlers = {mode: _handler(mode) for mode in MODES}
    plain = _handler(None)
    factory = RequestFactory()
    sides: dict[str, dict[str, Callable[[], Any]]] = {}
    for index, kind in enumerate(BUILDERS):
        if kinds is not None and kind not in kinds:
            continue
        request = factory.get(f"/checks/{index}")
        sides[kind] = {"without": lambda r=request: _request(plain, r)}
        for mode, handler in handlers.items():
            sides[kind][mode] = lambda r=request, h=handler: _request(h, r)
    with override_settings(ROOT_URLCONF=__name__), quiet_loggers():
        times = compare(sides, rounds=rounds, chunk=chunk, rng=random.Random(seed))
    return ChecksResult(times)
