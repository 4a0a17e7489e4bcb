"""Run every benchmark and check the speed targets.

    python benchmarks/run.py                  full run (a few minutes)
    python benchmarks/run.py --quick          a few rounds of everything (a smoke run)
    python benchmarks/run.py --parts import,rows
    python benchmarks/run.py --json out.json  also write the results as JSON

Every in-process figure is measured the way :mod:`benchmarks.timing` describes:
CPU time, the two sides alternating in short chunks over many rounds in a
shuffled order, the median of the per-round ratios. The parts:

* ``construction``: every class against the hand-written Django code that
  sends the same status, headers and body, and against django-allresponses
  0.1.0 (downloaded from PyPI into a temporary directory, when reachable);
* ``headers``: a header set after construction, and the pass of Django's
  default middleware;
* ``in-process``: a request through Django's handler with the default
  middleware, and the cost per response of each middleware under test
  (:data:`benchmarks.in_process.MIDDLEWARE_UNDER_TEST`); ``--parts middleware``
  names this part too;
* ``import``: ``import django_allresponses`` against ``import django.http``,
  each in fresh interpreters;
* ``rows``: a JSON twin given 1,000 pydantic rows;
* ``json``: a JSON twin given a dict of Django's JSON types (``datetime``,
  ``Decimal``, ``UUID``, ``date``) of 1 KB, 100 KB and 1 MB, against ``JsonResponse``;
* ``serve-file``: ``serve_file`` on a 64 KiB file against Django's ``FileResponse``,
  CPU per request, the body read to its end;
* ``serve-file-server``: ``serve_file`` against WhiteNoise on the same 64 KiB file through
  gunicorn, requests per second, in a small project and under Django's default
  middleware (:mod:`benchmarks.serve_file_gunicorn`), three rounds of 0.15 s slices for
  each of ``--rounds``;
* ``openapi``: ``openapi_responses`` over 100 views (a schema build) against
  pydantic's JSON schemas, and generic twins built through ``JsonResponseOK[T](...)``;
* ``end-to-end``: gunicorn on loopback with Django's default middleware;
* ``checks``: ``ResponseChecksMiddleware`` in each mode (``off``, ``log``,
  ``raise``) on a request through Django's default middleware with ``close()``
  called, for this library's classes and Django's, pages and JSON of 1 KB,
  100 KB and 3 MB (:mod:`benchmarks.checks`).

Prints PASS or MISS for each target; a miss is reported, never an error exit.

**Every ratio comes with its A/A control**, measured in the same rounds: the peer (Django's
code, pydantic, WhiteNoise, ``import django.http``) run a second time in every round, in
the shuffled order like the other sides, and divided by its first run. It is printed
beside the figure as ``1.02x ±2.4% (IQR 0.98-1.06; A/A 1.00x, IQR 0.97-1.03)``: the
median of the per-round ratios, its noise, the ratios' quartiles, and the A/A median and
quartiles. A middleware's cost (``in-process``) is a difference, not a ratio; its control
is the difference between two runs without the middleware. The end-to-end part has its
own A/A blocks (:mod:`benchmarks.end_to_end`); the ``checks`` part reports shares of a
request (:mod:`benchmarks.checks`).

**How a target is decided against the band.** The noise of a figure is the half-width of a
95% interval for the median of its per-round A/A ratios (``1.96 * sqrt(pi/2) * sigma /
sqrt(rounds)``, ``sigma`` = the A/A interquartile range / 1.349), or the A/A median's
distance from 1 if that is larger, and at least 0.5%. The figure's band is ``median * (1 ±
noise)``. A target "at most L" is PASS only when the whole band is at most L (``median *
(1 + noise) <= L``), a target "at least L" only when the whole band is at least L
(``median * (1 - noise) >= L``); a figure whose band reaches across the limit is a MISS,
because the run cannot tell it from the limit. More rounds, or a quieter machine, narrow
the band. See :mod:`benchmarks.timing`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"

import django  # noqa: E402
import pydantic  # noqa: E402

django.setup()

from benchmarks.checks import (  # noqa: E402
    MODES,
    ChecksResult,
    OwnTime,
    measure_checks,
    measure_own_time,
)
from benchmarks.construction import (  # noqa: E402
    Case,
    Result,
    build_cases,
    geometric_comparison,
    measure,
)
from benchmarks.end_to_end import METRICS, EndToEndResult, measure_end_to_end  # noqa: E402
from benchmarks.headers_later import SETS, HeadersResult, measure_headers  # noqa: E402
from benchmarks.imports import ImportResult, measure_imports  # noqa: E402
from benchmarks.in_process import InProcessResult, measure_in_process  # noqa: E402
from benchmarks.json_dicts import JsonResult, measure_json  # noqa: E402
from benchmarks.legacy import LEGACY_VERSION, Legacy, load_legacy  # noqa: E402
from benchmarks.model_rows import RowsResult, measure_rows  # noqa: E402
from benchmarks.openapi import measure_openapi  # noqa: E402
from benchmarks.serve_file import ServeFileResult, measure_serve_file  # noqa: E402
from benchmarks.serve_file_gunicorn import (  # noqa: E402
    ServeFileServerResult,
    measure_projects,
    target_name,
)
from benchmarks.serve_file_gunicorn import report as serve_file_server_report  # noqa: E402
from benchmarks.timing import Comparison, geometric_mean  # noqa: E402

GEOMEAN_LIMIT = 1.00
CLASS_LIMIT = 1.15
HEADER_LIMIT = 1.30
SET_LIMIT = 1.00
IMPORT_LIMIT = 1.05
ROWS_PYDANTIC_LIMIT = 1.10
ROWS_SPEEDUP = 5.0
JSON_LIMIT = 1.00
SERVE_FILE_LIMIT = 1.05

PARTS = (
    "construction", "headers", "in-process", "import", "rows", "json", "serve-file",
    "serve-file-server", "end-to-end", "checks", "openapi",
)  # fmt: skip
PART_ALIASES = {"middleware": "in-process"}
"""Other names of a part: ``middleware`` is the part that measures what each middleware costs."""


@dataclass
class Target:
    """One speed target and whether this run met it."""

    name: str
    passed: bool
    detail: str
    more: str = ""

    def lines(self) -> list[str]:
        """``PASS  name: detail`` or ``MISS  name: detail``, then ``more`` wrapped below it."""
        first = f"  {'PASS' if self.passed else 'MISS'}  {self.name}: {self.detail}"
        indent = " " * 8
        return [
            first,
            *textwrap.wrap(self.more, 96, initial_indent=indent, subsequent_indent=indent),
        ]


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmarks of django-allresponses against Django's own classes."
    )
    parser.add_argument("--quick", action="store_true", help="a few rounds of every part")
    parser.add_argument("--rounds", type=int, default=41, help="rounds of in-process chunks")
    parser.add_argument(
        "--chunk", type=float, default=0.002, help="CPU seconds of one chunk of one side"
    )
    parser.add_argument(
        "--import-rounds", type=int, default=21, help="fresh interpreters per import statement"
    )
    parser.add_argument("--e2e-rounds", type=int, default=30, help="end-to-end rounds")
    parser.add_argument(
        "--e2e-requests", type=int, default=200, help="requests per end-to-end block"
    )
    parser.add_argument(
        "--e2e-budget", type=float, default=90.0, help="seconds after which no round starts"
    )
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help=f"comma-separated parts to run (default all: {','.join(PARTS)})",
    )
    parser.add_argument("--no-legacy", action="store_true", help=f"skip {LEGACY_VERSION}")
    parser.add_argument("--seed", type=int, default=13, help="seed of the shuffled orders")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    options = parser.parse_args(argv)
    if options.quick:
        options.rounds, options.chunk, options.import_rounds = 3, 0.0005, 2
        options.e2e_rounds, options.e2e_requests, options.e2e_budget = 1, 60, 10.0
    asked = [part.strip() for part in options.parts.split(",") if part.strip()]
    options.parts = [PART_ALIASES.get(part, part) for part in asked]
    unknown = set(options.parts) - set(PARTS)
    if unknown:
        parser.error(
            f"unknown part(s) {sorted(unknown)}; the parts are {', '.join(PARTS)} "
            f"({', '.join(f'{alias} is {part}' for alias, part in PART_ALIASES.items())})"
        )
    if min(options.rounds, options.import_rounds, options.e2e_rounds, options.e2e_requests) < 1:
        parser.error("rounds and requests must be at least 1")
    if options.chunk <= 0 or options.e2e_budget <= 0:
        parser.error("--chunk and --e2e-budget must be positive")
    return options


def _us(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1e6:.2f}"


def _x(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


# --- construction -------------------------------------------------------------------------


def construction_report(results: list[Result]) -> tuple[list[Target], dict[str, Any]]:
    """Print the per-class table; return the two construction targets and the JSON facts."""
    print("Construction, CPU µs per response (medians; ratio = ours / other, median of rounds)")
    print(
        "Django equivalent: HttpResponse(content, status=N, headers={...}); JsonResponse(data, "
        "status=N, headers={...}) for JSON twins; HttpResponseRedirect(url, content=..., "
        "status=N, headers={...}) for HTTP redirects: same status, headers and body as ours."
    )
    width = max(len(result.name) for result in results)
    header = (
        f"{'code':>4}  {'class':<{width}}  {'ours':>7}  {'django':>7}  {LEGACY_VERSION:>7}  "
        f"{'vs Django':>9}  {'noise':>6}  {'IQR':>11}  {'A/A':>5}  {'vs ' + LEGACY_VERSION:>8}"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        comparison = result.comparison
        ratio, control = comparison.ratio, comparison.control
        flag = "" if comparison.at_most(CLASS_LIMIT) else " *"
        print(
            f"{result.code:>4}  {result.name:<{width}}  {_us(result.per_call('ours')):>7}  "
            f"{_us(result.per_call('django')):>7}  {_us(result.per_call('legacy')):>7}  "
            f"{_x(ratio.median):>9}  {'±' + format(comparison.noise, '.1%'):>6}  "
            f"{ratio.low:>5.2f}-{ratio.high:<5.2f}  {control.median:>5.2f}  "
            f"{_x(result.ratio_legacy):>8}{flag}"
        )
    geomean = geometric_comparison(results)
    for group, is_json in (("HTTP classes", False), ("JSON twins", True)):
        subset = [r for r in results if r.json is is_json]
        print(f"Geometric mean, {group} ({len(subset)}): {geometric_comparison(subset)} vs Django")
    with_legacy = [r.ratio_legacy for r in results if r.ratio_legacy is not None]
    geomean_legacy = geometric_mean(with_legacy) if with_legacy else None
    print(f"Geometric mean, all {len(results)} classes: {geomean} vs Django", end="")
    if geomean_legacy is None:
        print(f"; vs {LEGACY_VERSION}: -")
    else:
        print(f"; {geomean_legacy:.2f}x vs {LEGACY_VERSION} ({len(with_legacy)} classes)")
    print(
        "  (noise: the doubt of each figure from its A/A control, Django's equivalent run "
        "twice a round; * a class whose band is not clear of "
        f"{CLASS_LIMIT:.2f}x; the geometric means are taken round by round)"
    )
    notes = [(r.name, note) for r in results for note in r.notes]
    if notes:
        print("Notes (where an equivalent's response differs from ours):")
        for name, note in notes:
            print(f"  {name}: {note}")
    print()
    over = sorted(
        (r for r in results if not r.comparison.at_most(CLASS_LIMIT)),
        key=lambda r: -r.ratio_django,
    )
    worst = max(results, key=lambda r: r.comparison.band[1])
    targets = [
        Target(
            f"construction, geometric mean <= {GEOMEAN_LIMIT:.2f}x Django",
            geomean.at_most(GEOMEAN_LIMIT),
            f"{geomean} over {len(results)} classes",
        ),
        Target(
            f"construction, no class over {CLASS_LIMIT:.2f}x Django",
            not over,
            f"worst {worst.comparison} ({worst.name}); "
            + (
                f"{len(over)} of {len(results)} not clear of it (* in the table)"
                if over
                else "all clear"
            ),
            ("not clear: " + ", ".join(f"{r.name} {r.comparison}" for r in over)) if over else "",
        ),
    ]
    facts = {
        "classes": [
            {
                "code": r.code,
                "class": r.name,
                "json": r.json,
                "ours_us": r.seconds("ours") * 1e6,
                "django_us": r.seconds("django") * 1e6,
                "legacy_us": None if "legacy" not in r.times else r.seconds("legacy") * 1e6,
                "ratio_django": r.ratio_django,
                "aa": r.comparison.facts(),
                "ratio_legacy": r.ratio_legacy,
                "notes": r.notes,
            }
            for r in results
        ],
        "geomean_vs_django": geomean.ratio.median,
        "geomean_aa": geomean.facts(),
        "geomean_vs_legacy": geomean_legacy,
    }
    return targets, facts


# --- headers set later ----------------------------------------------------------------------


def headers_report(result: HeadersResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the single sets and the middleware pass; return their targets and facts."""
    print("Headers set after construction, CPU µs per set (medians; ratio = ours / Django)")
    width = max(len(label) for label, *_ in SETS)
    for label, *_ in SETS:
        ratio = result.set_ratio(label)
        print(
            f"  {label:<{width}}  ours {_us(result.set_seconds(label, 'ours')):>6}  "
            f"django {_us(result.set_seconds(label, 'django')):>6}  {ratio}"
        )
    print(
        f"Django's default middleware pass (process_response of {len(result.middleware)} "
        f"middleware), CPU µs per response: (build + pass) - build, per round"
    )
    print(f"  headers it set on a plain HttpResponse: {', '.join(result.headers_set)}")
    for label in result.passes:
        ratio = result.pass_ratio(label)
        ours, django = (result.pass_seconds(label, side) for side in ("ours", "django"))
        print(f"  {label:<8}  ours {_us(ours):>6}  django {_us(django):>6}  {ratio}")
    print()
    set_ratios = {label: result.set_ratio(label) for label, *_ in SETS}
    pass_ratios = {label: result.pass_ratio(label) for label in result.passes}
    targets = [
        _limit_target(
            f"header set after construction <= {SET_LIMIT:.2f}x Django per set",
            set_ratios,
            "sets",
            SET_LIMIT,
        ),
        _limit_target(
            f"default middleware pass <= {HEADER_LIMIT:.2f}x Django per response",
            pass_ratios,
            "classes",
        ),
    ]
    facts = {
        "sets": {
            label: {
                "ours_us": result.set_seconds(label, "ours") * 1e6,
                "django_us": result.set_seconds(label, "django") * 1e6,
                **result.set_ratio(label).facts(),
            }
            for label, *_ in SETS
        },
        "middleware_pass": {label: ratio.ratio.median for label, ratio in pass_ratios.items()},
        "middleware_pass_aa": {label: ratio.facts() for label, ratio in pass_ratios.items()},
        "middleware": result.middleware,
        "headers_set": result.headers_set,
    }
    return targets, facts


def _limit_target(
    name: str, ratios: dict[str, Comparison], what: str, limit: float = HEADER_LIMIT
) -> Target:
    """A target met when every figure's whole band is at most ``limit`` (see
    :mod:`benchmarks.timing`); the ones not clear of it listed."""
    over = {label: value for label, value in ratios.items() if not value.at_most(limit)}
    worst = max(ratios, key=lambda label: ratios[label].band[1])
    return Target(
        name,
        not over,
        f"worst {ratios[worst]} ({worst}); "
        + (f"{len(over)} of {len(ratios)} {what} not clear of it" if over else "all clear"),
        ("not clear: " + ", ".join(f"{label} {value}" for label, value in over.items()))
        if over
        else "",
    )


# --- in process -----------------------------------------------------------------------------


def checks_report(result: ChecksResult) -> dict[str, Any]:
    """Print what each mode of the response checks adds to a request, beside the A/A
    control ("again": the same handler without them against itself)."""
    print(
        "ResponseChecksMiddleware on a request through Django's default middleware, "
        "close() called: with it in each mode / without it; again: A/A control"
    )
    figures: dict[str, Any] = {}
    for kind, times in result.times.items():
        without = statistics.median(times["without"])
        ratios = {mode: result.ratio(kind, mode) for mode in (*MODES, "again")}
        print(
            f"  {kind:<36} {_us(without):>9} µs  "
            + "  ".join(f"{mode} {ratio.median:.3f}x" for mode, ratio in ratios.items())
        )
        figures[kind] = {
            "without_us": without * 1e6,
            **{mode: ratio.median for mode, ratio in ratios.items()},
        }
    print()
    return figures


SMALL_SHARE = 0.03
"""What ``"log"`` mode may spend on a small response: 3% of the request."""
LARGE_SHARE = 0.10
"""What it may spend on a large one (100 KB and 3 MB of JSON): 10% of the request."""


def own_time_report(results: list[OwnTime]) -> tuple[list[Target], dict[str, Any]]:
    """Print and check what ``"log"`` mode spends inside each request."""
    print(
        'ResponseChecksMiddleware in "log" mode, timed inside the request (its '
        "process_response and its close-time check, each the median of its round "
        "by time.perf_counter, the clock's cost taken off): µs per request, and its "
        "share of the request's CPU time"
    )
    figures: dict[str, Any] = {}
    targets: list[Target] = []
    for result in results:
        own = statistics.median(result.own)
        request = statistics.median(result.request)
        print(
            f"  {result.kind:<36} {_us(own):>7} µs of {_us(request):>9} µs  "
            f"{result.share * 100:5.2f}%"
        )
        figures[result.kind] = {
            "own_us": own * 1e6,
            "request_us": request * 1e6,
            "share": result.share,
        }
        limit = LARGE_SHARE if ("100 KB" in result.kind or "3 MB" in result.kind) else SMALL_SHARE
        targets.append(
            Target(
                f'"log" mode on {result.kind} <= {limit:.0%} of the request',
                result.share <= limit,
                f"{result.share * 100:.2f}% ({_us(own)} µs of {_us(request)} µs)",
            )
        )
    print()
    return targets, figures


def in_process_report(result: InProcessResult) -> dict[str, Any]:
    """Print requests through Django's handler and the middleware costs (no targets)."""
    print(
        "A request through Django's handler with the default middleware, in process, "
        "CPU µs (for information)"
    )
    for label in result.requests:
        print(
            f"  {label:<8}  ours {_us(result.seconds(label, 'ours')):>7}  "
            f"django {_us(result.seconds(label, 'django')):>7}  {result.ratio(label)}"
        )
    geomean = geometric_mean(result.ratio(label).ratio.median for label in result.requests)
    print(f"  geometric mean {geomean:.2f}x")
    print(
        "Cost per response of each middleware under test (with it - without it, per round; "
        "A/A: without it - without it again, which a middleware costing nothing would show)"
    )
    costs: dict[str, Any] = {}
    for cost in result.middleware:
        if cost.error is not None:
            print(f"  {cost.label}: not measured ({cost.error})")
            costs[cost.label] = None
            continue
        share = cost.mean_cost / result.mean_request
        print(
            f"  {cost.label} ({cost.entry.path}"
            + (f", settings {dict(cost.entry.settings)}" if cost.entry.settings else "")
            + f"): {_us(cost.mean_cost)} µs per response on average, "
            f"{share:.1%} of a request through the default middleware; "
            f"log records while measuring: {cost.records}"
        )
        for label in cost.times:
            control, low, high = cost.control(label)
            print(
                f"    {label:<8} {_us(cost.cost(label)):>6} µs  (A/A {_us(control)} µs, "
                f"IQR {_us(low)} to {_us(high)})"
            )
        costs[cost.label] = {
            "mean_us": cost.mean_cost * 1e6,
            "share_of_request": share,
            "records": cost.records,
            "per_class_us": {label: cost.cost(label) * 1e6 for label in cost.times},
            "per_class_aa_us": {
                label: [value * 1e6 for value in cost.control(label)] for label in cost.times
            },
        }
    print()
    return {
        "requests": {
            label: {
                "ours_us": result.seconds(label, "ours") * 1e6,
                "django_us": result.seconds(label, "django") * 1e6,
                "ratio": result.ratio(label).ratio.median,
                "aa": result.ratio(label).facts(),
            }
            for label in result.requests
        },
        "geomean": geomean,
        "middleware_cost": costs,
    }


# --- import -----------------------------------------------------------------------------------


def import_report(result: ImportResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the import times; return the import target and facts."""
    print(
        f"Import, CPU ms inside fresh interpreters, {result.rounds} rounds, shuffled "
        f"(settings.configure() first in each; ours and the baseline: the median of "
        f"{result.repeat} interpreters a round)"
    )
    width = max(map(len, result.statements.values()))
    for name, statement in result.statements.items():
        versus = "" if name == "baseline" else f"  {result.ratio_of(name)}"
        print(f"  {statement:<{width}} {result.median(name) * 1e3:7.1f} ms{versus}")
    print()
    ratio = result.ratio
    wall = result.wall_ratio
    interpreter = result.interpreter_ratio
    print(
        "Import, a whole fresh interpreter (start-up included, no settings), "
        f"ours against `{result.statements['baseline']}`:"
    )
    for label, comparison, values in (
        ("CPU", interpreter, result.cpu),
        ("wall", wall, result.wall),
    ):
        print(
            f"  {label:<4}  ours {statistics.median(values['ours']) * 1e3:6.1f} ms, "
            f"baseline {statistics.median(values['baseline']) * 1e3:6.1f} ms, {comparison}"
            + ("  (for information)" if label == "wall" else "")
        )
    print()
    baseline = result.statements["baseline"]
    targets = [
        Target(
            f"import <= {IMPORT_LIMIT:.2f}x `{baseline}`, CPU after settings",
            ratio.at_most(IMPORT_LIMIT),
            f"{ratio}",
        ),
        Target(
            f"import <= {IMPORT_LIMIT:.2f}x `{baseline}`, CPU of a fresh interpreter, no settings",
            interpreter.at_most(IMPORT_LIMIT),
            f"{interpreter}",
        ),
    ]
    facts = {
        "ms": {name: result.median(name) * 1e3 for name in result.statements},
        "ratio": ratio.ratio.median,
        "wall_ratio": wall.ratio.median,
        "interpreter_ratio": interpreter.ratio.median,
        "aa": {"cpu": ratio.facts(), "interpreter": interpreter.facts(), "wall": wall.facts()},
        "ratios": {
            name: result.ratio_of(name).ratio.median
            for name in result.statements
            if name != "baseline"
        },
        "rounds": result.rounds,
    }
    return targets, facts


# --- model rows -------------------------------------------------------------------------------


def rows_report(result: RowsResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the model rows figures; return their two targets and facts."""
    print(f"{result.rows:,} pydantic model rows, CPU ms per call (medians)")
    for side, label in (
        ("ours", "JsonResponseOK(rows, safe=False)"),
        ("pydantic", "TypeAdapter(list[Order]).dump_json(rows, by_alias=True)"),
        ("django", "JsonResponse([m.model_dump() for m in rows], safe=False)"),
    ):
        print(f"  {label:<58} {result.per_call(side) * 1e3:8.3f} ms")
    print(f"  ours / pydantic {result.vs_pydantic}")
    print(f"  Django / ours {result.speedup}")
    print()
    targets = [
        Target(
            f"1,000 model rows within {ROWS_PYDANTIC_LIMIT - 1:.0%} of TypeAdapter.dump_json",
            result.vs_pydantic.at_most(ROWS_PYDANTIC_LIMIT),
            f"{result.vs_pydantic}",
        ),
        Target(
            f"1,000 model rows >= {ROWS_SPEEDUP:.0f}x faster than JsonResponse(model_dump)",
            result.speedup.at_least(ROWS_SPEEDUP),
            f"{result.speedup}",
        ),
    ]
    facts = {
        "rows": result.rows,
        "ms": {side: result.per_call(side) * 1e3 for side in result.times},
        "vs_pydantic": result.vs_pydantic.ratio.median,
        "speedup": result.speedup.ratio.median,
        "aa": {"vs_pydantic": result.vs_pydantic.facts(), "speedup": result.speedup.facts()},
    }
    return targets, facts


# --- JSON dicts -------------------------------------------------------------------------------


def json_report(result: JsonResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the JSON dict figures; return one target per size and the facts."""
    print(
        "A dict of Django's JSON types (datetime, Decimal, UUID, date), same bytes: "
        "JsonResponseOK(d) / JsonResponse(d), CPU"
    )
    for label, comparison in result.comparisons.items():
        print(f"  {label:<7} {comparison}")
    print()
    targets = [
        Target(
            f"JSON dict of {label} <= {JSON_LIMIT:.2f}x JsonResponse",
            comparison.at_most(JSON_LIMIT),
            f"{comparison}",
        )
        for label, comparison in result.comparisons.items()
    ]
    return targets, {label: c.facts() for label, c in result.comparisons.items()}


# --- serve_file -------------------------------------------------------------------------------


def serve_file_report(result: ServeFileResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the serve_file figure; return its target and facts."""
    print("serve_file / FileResponse on a 64 KiB file, CPU per request (body read, closed)")
    print(f"  64 KiB  {result.comparison}")
    print()
    target = Target(
        f"serve_file on a 64 KiB file <= {SERVE_FILE_LIMIT:.2f}x FileResponse, CPU",
        result.comparison.at_most(SERVE_FILE_LIMIT),
        f"{result.comparison}",
    )
    return [target], result.comparison.facts()


def serve_file_servers_report(
    results: dict[str, ServeFileServerResult],
) -> tuple[list[Target], dict[str, Any]]:
    """Print the gunicorn figures of each project; return one target per project."""
    targets: list[Target] = []
    facts: dict[str, Any] = {}
    for label, result in results.items():
        passed, facts[label] = serve_file_server_report(label, result)
        detail = facts[label].get("error") or f"{result.comparison('rps')}"
        targets.append(Target(target_name(label), passed, detail))
    return targets, facts


# --- end to end -------------------------------------------------------------------------------


def end_to_end_report(result: EndToEndResult) -> tuple[list[Target], dict[str, Any]]:
    """Print the gunicorn figures; return the end-to-end target and facts."""
    name = "end to end through gunicorn, rps and p50/p99 within noise of Django"
    print(
        "End to end: gunicorn (1 worker, 4 threads) with Django's default middleware on "
        f"127.0.0.1, {result.requests} GETs per block over the same 4 kept-alive connections, "
        "cycling through every class with a final status"
    )
    if result.error is not None or result.rounds == 0:
        print(f"  could not run: {result.error}")
        print()
        return [Target(name, False, f"not measured ({result.error})")], {"error": result.error}
    print(f"  {result.rounds} round(s) of 3 blocks in shuffled order: ours, Django, Django again")
    print(f"  {'':<14}{'ours':>10}{'django':>10}{'again':>10}  ours/django (median, IQR)  noise")
    verdicts: dict[str, bool] = {}
    for metric in METRICS:
        scale, unit = (1.0, "req/s") if metric == "rps" else (1e3, "ms")
        ratio = result.ratio(metric)
        verdicts[metric] = result.within_noise(metric)
        print(
            f"  {metric + ' ' + unit:<14}"
            + "".join(
                f"{result.median(side, metric) * scale:>10.1f}"
                for side in ("ours", "django", "django-again")
            )
            + f"  {ratio}  ±{result.noise(metric):.1%}"
            + ("" if verdicts[metric] else "  (outside noise)")
        )
    cpu = result.ratio("cpu")
    print(
        f"  {'server CPU µs':<14}"
        + "".join(
            f"{result.median(side, 'cpu') * 1e6:>10.1f}"
            for side in ("ours", "django", "django-again")
        )
        + f"  {cpu}  ±{result.noise('cpu'):.1%}  (per request, gunicorn's worker; for information)"
    )
    if result.errors:
        print(f"  failed requests: {result.errors}")
    print(
        "  within noise: median ours/django no worse than 1 -/+ noise; noise = half-width of a "
        "95% interval for the median A/A (again/django) ratio, from its IQR, at least 1%"
    )
    print()
    passed = all(verdicts.values()) and result.errors == 0
    detail = ", ".join(
        f"{metric} {result.ratio(metric).median:.2f}x (noise ±{result.noise(metric):.1%})"
        for metric in METRICS
    )
    facts = {
        "rounds": result.rounds,
        "requests_per_block": result.requests,
        "errors": result.errors,
        "metrics": {
            metric: {
                "ours": result.median("ours", metric),
                "django": result.median("django", metric),
                "django_again": result.median("django-again", metric),
                "ratio": result.ratio(metric).median,
                "noise": result.noise(metric),
                "within_noise": verdicts[metric],
            }
            for metric in METRICS
        },
        "server_cpu_us": {
            "ours": result.median("ours", "cpu") * 1e6,
            "django": result.median("django", "cpu") * 1e6,
            "ratio": cpu.median,
        },
    }
    return [Target(name, passed, detail)], facts


# --- main -------------------------------------------------------------------------------------


def _construction(options: argparse.Namespace, cases: list[Case]) -> list[Result]:
    return measure(cases, rounds=options.rounds, chunk=options.chunk, seed=options.seed)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the parts asked for, print the report, and return 0 (a missed target is no error)."""
    options = _options(argv)
    legacy = Legacy(None, "--no-legacy") if options.no_legacy else None
    if legacy is None and "construction" in options.parts:
        legacy = load_legacy()
    legacy = legacy or Legacy(None, "not used by the parts run")
    cases = build_cases(legacy.module)
    print(
        f"django-allresponses benchmarks: Python {platform.python_version()}, "
        f"Django {django.get_version()}, pydantic {pydantic.VERSION}; "
        f"{options.rounds} rounds of {options.chunk * 1e3:g} ms chunks (CPU time), "
        f"seed {options.seed}{' (--quick)' if options.quick else ''}"
    )
    if "construction" in options.parts:
        if legacy.available:
            print(f"django-allresponses {LEGACY_VERSION}: downloaded from PyPI and imported")
        else:
            print(
                f"django-allresponses {LEGACY_VERSION} unavailable ({legacy.reason}); "
                f"its columns show '-'"
            )
    print()
    targets: list[Target] = []
    data: dict[str, Any] = {
        "python": platform.python_version(),
        "django": django.get_version(),
        "pydantic": pydantic.VERSION,
        "quick": options.quick,
        "rounds": options.rounds,
        "chunk": options.chunk,
        "parts": options.parts,
        "legacy": {
            "version": LEGACY_VERSION,
            "available": legacy.available,
            "reason": legacy.reason,
        },
    }
    step = 0
    if "construction" in options.parts:
        found, data["construction"] = construction_report(_construction(options, cases))
        targets += found
    if "headers" in options.parts:
        step += 1
        result = measure_headers(
            cases, rounds=options.rounds, chunk=options.chunk, seed=options.seed + step
        )
        found, data["headers"] = headers_report(result)
        targets += found
    if "in-process" in options.parts:
        step += 10
        data["in_process"] = in_process_report(
            measure_in_process(
                cases, rounds=options.rounds, chunk=options.chunk, seed=options.seed + step
            )
        )
    if "import" in options.parts:
        found, data["import"] = import_report(
            measure_imports(
                options.import_rounds, seed=options.seed, repeat=1 if options.quick else 3
            )
        )
        targets += found
    if "rows" in options.parts:
        rows = measure_rows(rounds=options.rounds, chunk=options.chunk * 10, seed=options.seed)
        found, data["rows"] = rows_report(rows)
        targets += found
    if "json" in options.parts:
        found, data["json"] = json_report(
            measure_json(rounds=options.rounds, chunk=options.chunk * 5, seed=options.seed + 300)
        )
        targets += found
    if "serve-file" in options.parts:
        found, data["serve_file"] = serve_file_report(
            measure_serve_file(rounds=options.rounds, chunk=options.chunk * 5, seed=options.seed)
        )
        targets += found
    if "serve-file-server" in options.parts:
        found, data["serve_file_server"] = serve_file_servers_report(
            measure_projects(
                rounds=3 if options.quick else 3 * options.rounds,
                seconds=0.05 if options.quick else 0.15,
                seed=options.seed,
            )
        )
        targets += found
    if "end-to-end" in options.parts:
        found, data["end_to_end"] = end_to_end_report(
            measure_end_to_end(
                rounds=options.e2e_rounds,
                requests=options.e2e_requests,
                budget=options.e2e_budget,
                seed=options.seed,
            )
        )
        targets += found
    if "checks" in options.parts:
        checks = measure_checks(
            rounds=options.rounds, chunk=options.chunk, seed=options.seed + 100
        )
        data["checks"] = checks_report(checks)
        targets += [Target(*target) for target in checks.log_targets()]
        found, data["checks_own_time"] = own_time_report(
            measure_own_time(rounds=max(3, min(options.rounds, 15)))
        )
        targets += found
    if "openapi" in options.parts:
        data["openapi"] = measure_openapi(
            rounds=options.rounds, chunk=options.chunk, seed=options.seed + 200
        ).report()
    print("Targets")
    for target in targets:
        print("\n".join(target.lines()))
    data["targets"] = [{"name": t.name, "passed": t.passed, "detail": t.detail} for t in targets]
    if options.json is not None:
        options.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
