"""Construction of every class, against the hand-written Django equivalent and 0.1.0.

For each class (HTTP classes and JSON twins) the arguments come from
:func:`django_allresponses.tools.examples.example_arguments`. The Django equivalent is
derived from an instance built with them, so both sides produce the same status,
the same header values and the same body:

* HTTP classes: ``HttpResponse(content, status=N, headers={...})``; for a status
  without content, ``Content-Type`` is then deleted, as this library does.
* HTTP redirects (301, 302, 303, 307, 308):
  ``HttpResponseRedirect(url, content=..., status=N, headers={...})``. This library's
  redirects are Django redirects, with Django's URL checks (unsafe schemes, length)
  and ``url``; a bare ``HttpResponse`` would charge those checks, which Django
  makes for its own redirects too, to this library.
* JSON twins: ``JsonResponse(data, status=N, headers={...})`` where ``data`` is the
  plain equivalent of the twin's data (a ``ProblemDetails`` becomes its dict).

The 0.1.0 class of the same name (or alias) gets the plain equivalents of the
header arguments it takes; headers it cannot set itself are given in ``headers=``.

The Django equivalent is run twice in every round, the second run being the A/A control
of each class's figure (:meth:`Result.comparison`); the geometric mean over the classes
is taken round by round, ours and the control alike (:func:`geometric_comparison`).
"""

from __future__ import annotations

import inspect
import json
import math
import random
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from types import ModuleType
from typing import Any, cast

from django.http import HttpResponse, HttpResponseBase, HttpResponseRedirect, JsonResponse
from django.http.response import HttpResponseRedirectBase
from pydantic import BaseModel

import django_allresponses
from django_allresponses.responses.lookup import response_class
from django_allresponses.rfc.statuses import STATUSES
from django_allresponses.tools.examples import example_arguments

from .timing import AGAIN, Comparison, Ratio, compare, geometric_mean

Build = Callable[[], HttpResponseBase]
_DEFAULT_CONTENT_TYPE = {False: "text/html; charset=utf-8", True: "application/json"}


@dataclass
class Case:
    """One class to measure: how to build it, its Django equivalent and its 0.1.0 class."""

    code: int
    name: str
    json: bool
    ours: Build
    django: Build
    legacy: Build | None
    notes: list[str] = field(default_factory=list[str])


@dataclass
class Result:
    """Per-round CPU seconds per construction of one class and of its equivalents."""

    code: int
    name: str
    json: bool
    times: dict[str, list[float]]
    notes: list[str]

    def per_call(self, side: str) -> float | None:
        """Median CPU seconds per construction of ``side``, or ``None`` if not measured."""
        values = self.times.get(side)
        return None if values is None else statistics.median(values)

    def seconds(self, side: str) -> float:
        """Median CPU seconds per construction of a side that was measured."""
        return statistics.median(self.times[side])

    def ratio(self, other: str) -> Ratio | None:
        """Ours against ``other`` ("django" or "legacy"): median of the per-round ratios."""
        if other not in self.times:
            return None
        return Ratio.of(self.times["ours"], self.times[other])

    @property
    def comparison(self) -> Comparison:
        """Ours against the Django equivalent, with the equivalent's second run in each
        round against its first as the A/A control."""
        times = self.times
        return Comparison.of(times["ours"], times["django"], times[AGAIN])

    @property
    def ratio_django(self) -> float:
        """Ours divided by the Django equivalent: above 1 means slower than Django."""
        ratio = self.ratio("django")
        assert ratio is not None
        return ratio.median

    @property
    def ratio_legacy(self) -> float | None:
        """Ours divided by 0.1.0, or ``None`` when 0.1.0 has no such class."""
        ratio = self.ratio("legacy")
        return None if ratio is None else ratio.median


def _wire(response: HttpResponseBase, is_json: bool) -> tuple[int, dict[str, str], object]:
    """What a client sees: status, headers (lower-cased names) and the body."""
    body = cast(object, response.content)  # type: ignore[attr-defined]
    if is_json:
        parsed: object = json.loads(body)  # type: ignore[arg-type]
        body = parsed
    headers = {name.lower(): value for name, value in response.headers.items()}
    return response.status_code, headers, body


def _differences(ours: HttpResponseBase, other: HttpResponseBase, is_json: bool) -> list[str]:
    """Where ``other`` differs from ``ours`` on the wire, in words."""
    (status, headers, body), (status2, headers2, body2) = (
        _wire(ours, is_json),
        _wire(other, is_json),
    )
    found: list[str] = []
    if status != status2:
        found.append(f"status {status2} instead of {status}")
    for name in sorted(headers.keys() | headers2.keys()):
        if headers.get(name) != headers2.get(name):
            found.append(f"{name}: {headers2.get(name)!r} instead of {headers.get(name)!r}")
    if body != body2:
        found.append("a different body")
    return found


def _django_equivalent(
    ours: HttpResponseBase, arguments: Mapping[str, Any], is_json: bool
) -> Build:
    """The hand-written Django call that produces what ``ours`` produces."""
    headers = {name: value for name, value in ours.headers.items() if name != "Content-Type"}
    content_type = ours.headers.get("Content-Type")
    extra: dict[str, Any] = {}
    if content_type is not None and content_type != _DEFAULT_CONTENT_TYPE[is_json]:
        extra["content_type"] = content_type
    status = ours.status_code
    if is_json:
        if "safe" in arguments:
            extra["safe"] = arguments["safe"]
        data = json.loads(ours.content)  # type: ignore[attr-defined]
        return partial(JsonResponse, data, status=status, headers=headers, **extra)
    content = arguments.get("content", b"")
    if isinstance(ours, HttpResponseRedirectBase):
        location = headers.pop("Location")
        return partial(
            HttpResponseRedirect,
            location,
            content=content,
            status=status,
            headers=headers,
            **extra,
        )
    if content_type is None:

        def bodiless() -> HttpResponseBase:
            response = HttpResponse(status=status, headers=headers)
            del response["Content-Type"]
            return response

        return bodiless
    return partial(HttpResponse, content, status=status, headers=headers, **extra)


def _plain(value: object) -> object:
    """The unvalidated value 0.1.0 takes for one of this library's argument values."""
    if isinstance(value, timedelta):
        return math.ceil(value.total_seconds())
    if isinstance(value, BaseModel):
        return str(value)
    return value


def _legacy_class(legacy: ModuleType, cls: type[Any], code: int) -> type[Any] | None:
    """The 0.1.0 class with the name, or one of the aliases, of ``cls``."""
    names = [cls.__name__] + [
        name for name in django_allresponses.__all__ if getattr(django_allresponses, name) is cls
    ]
    for name in names:
        candidate = getattr(legacy, name, None)
        if isinstance(candidate, type) and getattr(candidate, "status_code", None) == code:
            return candidate
    return None


def _legacy_equivalent(
    legacy_cls: type[Any], ours: HttpResponseBase, arguments: Mapping[str, Any], is_json: bool
) -> tuple[Build, list[str]]:
    """The 0.1.0 call closest to ``ours``, and where its result still differs."""
    parameters = inspect.signature(legacy_cls.__init__).parameters
    named = {
        name
        for name, parameter in parameters.items()
        if parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    }
    call: dict[str, Any] = {}
    if is_json:
        call["data"] = json.loads(ours.content)  # type: ignore[attr-defined]
        if "safe" in arguments:
            call["safe"] = arguments["safe"]
    elif "content" in arguments:
        call["content"] = arguments["content"]
    for name, value in arguments.items():
        if name in named and name not in call:
            call[name] = _plain(value)
    trial = legacy_cls(**call)
    missing = {
        name: value
        for name, value in ours.headers.items()
        if name != "Content-Type" and name not in trial.headers
    }
    if missing:
        call["headers"] = missing
    content_type = ours.headers.get("Content-Type")
    if content_type is not None and content_type != trial.headers.get("Content-Type"):
        call["content_type"] = content_type
    build: Build = partial(cast(Callable[..., HttpResponseBase], legacy_cls), **call)
    return build, _differences(ours, build(), is_json)


def build_cases(legacy: ModuleType | None) -> list[Case]:
    """One :class:`Case` for every class of the library, HTTP classes then JSON twins.

    Example::

        >>> cases = build_cases(None)
        >>> cases[0].name, cases[0].ours().status_code
        ('HttpResponseContinue', 100)
    """
    cases: list[Case] = []
    for is_json in (False, True):
        for code, facts in STATUSES.items():
            if is_json and not facts.allows_content:
                continue
            cls = response_class(code, json=is_json)
            arguments = example_arguments(code, json=is_json)
            ours_build: Build = partial(cls, **arguments)
            ours = ours_build()
            django_build = _django_equivalent(ours, arguments, is_json)
            differences = _differences(ours, django_build(), is_json)
            notes = [f"the Django equivalent sends {d}" for d in differences]
            legacy_build: Build | None = None
            legacy_cls = None if legacy is None else _legacy_class(legacy, cls, code)
            if legacy_cls is not None:
                try:
                    legacy_build, differences = _legacy_equivalent(
                        legacy_cls, ours, arguments, is_json
                    )
                except Exception as error:  # 0.1.0 may refuse what this version takes
                    notes.append(f"0.1.0 cannot build it: {type(error).__name__}: {error}")
                else:
                    notes.extend(f"0.1.0 sends {d}" for d in differences)
            cases.append(
                Case(code, cls.__name__, is_json, ours_build, django_build, legacy_build, notes)
            )
    return cases


def measure(cases: list[Case], *, rounds: int, chunk: float, seed: int) -> list[Result]:
    """Time every case with :func:`benchmarks.timing.compare`: ours, Django's, 0.1.0's.

    Each round visits every case once, in a shuffled order, and times one chunk
    (about ``chunk`` CPU seconds of ours) of each side, in a shuffled order.
    """
    sides: dict[int, dict[str, Build]] = {}
    for index, case in enumerate(cases):
        sides[index] = {"ours": case.ours, "django": case.django, AGAIN: case.django}
        if case.legacy is not None:
            sides[index]["legacy"] = case.legacy
    times = compare(sides, rounds=rounds, chunk=chunk, rng=random.Random(seed))
    return [
        Result(case.code, case.name, case.json, times[index], case.notes)
        for index, case in enumerate(cases)
    ]


def geometric_comparison(results: list[Result]) -> Comparison:
    """The geometric mean over the classes of ours / Django, taken in each round, with the
    geometric mean of the A/A ratios of the same rounds as its control.

    Example::

        >>> one = Result(200, "A", False, {"ours": [1.0, 2.0], "django": [2.0, 2.0],
        ...                                AGAIN: [2.0, 2.0]}, [])
        >>> found = geometric_comparison([one])
        >>> found.ratio.median, found.control.median
        (0.75, 1.0)
    """
    rounds = len(results[0].times["ours"])
    ours, control = [], []
    for index in range(rounds):
        django = {id(result): result.times["django"][index] for result in results}
        for series, side in ((ours, "ours"), (control, AGAIN)):
            series.append(geometric_mean(r.times[side][index] / django[id(r)] for r in results))
    ones = [1.0] * rounds
    return Comparison(Ratio.of(ours, ones), Ratio.of(control, ones))
