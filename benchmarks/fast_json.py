"""The opt-in ``FastJSONEncoder`` against Django's ``JsonResponse`` on the same dicts.

    python -m benchmarks.fast_json                 # 21 rounds
    python -m benchmarks.fast_json --rounds 5

The data is :func:`benchmarks.json_dicts.make_data`'s: records holding a ``datetime``, a
``Decimal``, a ``UUID``, a ``date``, text and numbers, at about 1 KB, 100 KB and 1 MB of
JSON. Two figures per size, CPU per response, each with the A/A control of its run
(Django's ``JsonResponse`` against itself):

* ``JsonResponseOK(d, encoder=FastJSONEncoder)`` / ``JsonResponse(d)``;
* ``JsonResponse(d, encoder=FastJSONEncoder)`` / ``JsonResponse(d)``: the encoder in
  Django's own class.

The target is "at least 3x faster at 100 KB": the ratio's whole band at most 1/3. The
bytes differ from Django's as the JSON guide lists; each side's output is parsed and
compared with the other's before timing, with those differences allowed for.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Sequence
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.http import JsonResponse  # noqa: E402

from benchmarks.json_dicts import SIZES, make_data  # noqa: E402
from benchmarks.timing import Comparison, compare_with_control  # noqa: E402
from django_allresponses import JsonResponseOK  # noqa: E402
from django_allresponses.fast_json import FastJSONEncoder  # noqa: E402

TARGET_SIZE = "100 KB"
TARGET = 1 / 3
"""At least 3x ``JsonResponse``: at most a third of its CPU."""


def _same_values(data: dict[str, Any]) -> None:
    """Raise unless the fast bytes parse to Django's values (microseconds aside)."""
    fast = json.loads(JsonResponseOK(data, encoder=FastJSONEncoder).content)
    django_values = json.loads(JsonResponse(data).content)
    for mine, theirs in zip(fast["results"], django_values["results"], strict=True):
        # Django keeps milliseconds of a datetime; pydantic-core keeps microseconds.
        mine["placed_at"] = mine["placed_at"][:23] + mine["placed_at"][26:]
        if mine != theirs:
            raise AssertionError(f"FastJSONEncoder wrote {mine}, Django {theirs}")


def measure(*, rounds: int, chunk: float, seed: int) -> dict[str, Comparison]:
    """Time both figures at each size, with the A/A control."""
    cases: dict[str, tuple[Any, Any]] = {}
    for label, size in SIZES.items():
        data = make_data(size)
        _same_values(data)

        def twin(data: dict[str, Any] = data) -> object:
            return JsonResponseOK(data, encoder=FastJSONEncoder)

        def django_fast(data: dict[str, Any] = data) -> object:
            return JsonResponse(data, encoder=FastJSONEncoder)

        def django_side(data: dict[str, Any] = data) -> object:
            return JsonResponse(data)

        cases[f"JsonResponseOK(d, encoder=FastJSONEncoder), {label}"] = (twin, django_side)
        cases[f"JsonResponse(d, encoder=FastJSONEncoder), {label}"] = (django_fast, django_side)
    return compare_with_control(cases, rounds=rounds, chunk=chunk, rng=random.Random(seed))


def report(found: dict[str, Comparison]) -> bool:
    """Print every figure, then the target's verdict; return whether it passed."""
    print("FastJSONEncoder / JsonResponse(d), CPU per response, with the A/A control")
    for label, comparison in found.items():
        print(f"  {label:<52} {comparison}  ({1 / comparison.ratio.median:.1f}x as fast)")
    passed = all(
        comparison.at_most(TARGET)
        for label, comparison in found.items()
        if label.endswith(TARGET_SIZE)
    )
    verdict = "PASS" if passed else "MISS"
    print(f"{verdict}: at {TARGET_SIZE}, at least 3x JsonResponse (whole band <= {TARGET:.3f}x)")
    return passed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--chunk", type=float, default=0.05, help="seconds of CPU a chunk")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args(argv)
    report(measure(rounds=arguments.rounds, chunk=arguments.chunk, seed=arguments.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
