"""Run every benchmark and check the targets of SPEC section 10.

    python benchmarks/run.py                  full run (best of 7 repeats)
    python benchmarks/run.py --quick          one repeat, few iterations (seconds)
    python benchmarks/run.py --json out.json  also write the results as JSON

Measures, side by side in one process: the construction of every class against
the hand-written Django equivalent and against django-allresponses 0.1.0
(downloaded from PyPI into a temporary directory), the import time against
``import django.http, pydantic``, and a JSON twin given 1,000 pydantic rows.
Prints PASS or MISS for each target; a miss is reported, never an error exit.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import django  # noqa: E402
import pydantic  # noqa: E402
from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure()
    django.setup()

from benchmarks.construction import Result, build_cases, measure  # noqa: E402
from benchmarks.imports import BASELINE, FLOOR, OURS, ImportResult, measure_imports  # noqa: E402
from benchmarks.legacy import LEGACY_VERSION, Legacy, load_legacy  # noqa: E402
from benchmarks.model_rows import RowsResult, measure_rows  # noqa: E402
from benchmarks.timing import geometric_mean  # noqa: E402

CLASS_LIMIT = 1.30
GEOMEAN_LIMIT = 1.15
IMPORT_LIMIT = 1.15
ROWS_SPEEDUP = 5.0


@dataclass
class Target:
    """One target of SPEC section 10 and whether this run met it."""

    name: str
    value: float
    passed: bool
    detail: str


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmarks of django-allresponses against Django and 0.1.0."
    )
    parser.add_argument("--repeat", type=int, default=7, help="repeats; the best is kept")
    parser.add_argument(
        "--quick", action="store_true", help="one repeat, few iterations: a smoke run"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results here")
    parser.add_argument(
        "--import-runs", type=int, default=21, help="fresh interpreters per import statement"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=0.01,
        help="seconds that one timing of one side lasts (iterations are calibrated to it)",
    )
    options = parser.parse_args(argv)
    if options.quick:
        options.repeat, options.import_runs, options.budget = 1, 3, 0.001
    if options.repeat < 1 or options.import_runs < 1 or options.budget <= 0:
        parser.error("--repeat and --import-runs must be at least 1, --budget positive")
    return options


def _number(value: float | None, scale: float = 1e6, digits: int = 2) -> str:
    return "-" if value is None else f"{value * scale:.{digits}f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _targets(
    results: list[Result], geomean: float, imports: ImportResult, rows: RowsResult
) -> list[Target]:
    worst = max(results, key=lambda result: result.ratio_django)
    over = [result for result in results if result.ratio_django > CLASS_LIMIT]
    return [
        Target(
            f"each class <= {CLASS_LIMIT:.2f}x its Django equivalent",
            worst.ratio_django,
            not over,
            f"worst {worst.ratio_django:.2f}x ({worst.name})"
            + (f"; {len(over)} of {len(results)} over (marked * above)" if over else ""),
        ),
        Target(
            f"geometric mean <= {GEOMEAN_LIMIT:.2f}x Django",
            geomean,
            geomean <= GEOMEAN_LIMIT,
            f"{geomean:.2f}x over {len(results)} classes",
        ),
        Target(
            f"import <= {IMPORT_LIMIT:.2f}x `{BASELINE}`",
            imports.ratio,
            imports.ratio <= IMPORT_LIMIT,
            f"{imports.ratio:.2f}x",
        ),
        Target(
            f"1,000 model rows >= {ROWS_SPEEDUP:.0f}x faster than Django",
            rows.speedup,
            rows.speedup >= ROWS_SPEEDUP,
            f"{rows.speedup:.1f}x faster",
        ),
    ]


def _table(results: list[Result]) -> list[str]:
    width = max(len(result.name) for result in results)
    header = (
        f"{'code':>4}  {'class':<{width}}  {'ours µs':>8}  {'django µs':>9}  "
        f"{LEGACY_VERSION + ' µs':>8}  {'vs Django':>9}  {'vs ' + LEGACY_VERSION:>8}"
    )
    lines = [header, "-" * len(header)]
    for result in results:
        flag = " *" if result.ratio_django > CLASS_LIMIT else ""
        lines.append(
            f"{result.code:>4}  {result.name:<{width}}  {_number(result.ours):>8}  "
            f"{_number(result.django):>9}  {_number(result.legacy):>8}  "
            f"{_ratio(result.ratio_django):>9}  {_ratio(result.ratio_legacy):>8}{flag}"
        )
    return lines


def report(
    options: argparse.Namespace,
    legacy: Legacy,
    results: list[Result],
    imports: ImportResult,
    rows: RowsResult,
) -> dict[str, Any]:
    """Print the per-class table, the three headline ratios and PASS/MISS per target.

    Returns the same facts as a JSON-ready dictionary.
    """
    geomean = geometric_mean(result.ratio_django for result in results)
    with_legacy = [r.ratio_legacy for r in results if r.ratio_legacy is not None]
    geomean_legacy = geometric_mean(with_legacy) if with_legacy else None
    targets = _targets(results, geomean, imports, rows)
    print(
        f"django-allresponses benchmarks: Python {platform.python_version()}, "
        f"Django {django.get_version()}, pydantic {pydantic.VERSION}; "
        f"best of {options.repeat} repeat(s){' (--quick)' if options.quick else ''}"
    )
    if legacy.available:
        print(f"django-allresponses {LEGACY_VERSION}: downloaded from PyPI and imported")
    else:
        print(
            f"django-allresponses {LEGACY_VERSION} unavailable ({legacy.reason}); "
            f"its columns show '-'"
        )
    print()
    print("Construction, µs per response (ratio = ours / other; * = over the per-class target)")
    print(
        "Django equivalent: HttpResponse(content, status=N, headers={...}), JsonResponse(data, "
        "status=N, headers={...}) for JSON twins, HttpResponseRedirect(url, content=..., "
        "status=N, headers={...}) for HTTP redirects; same headers and body as ours."
    )
    print("\n".join(_table(results)))
    for group, is_json in (("HTTP classes", False), ("JSON twins", True)):
        subset = [r.ratio_django for r in results if r.json is is_json]
        print(f"Geometric mean, {group} ({len(subset)}): {geometric_mean(subset):.2f}x vs Django")
    print(f"Geometric mean, all {len(results)} classes: {geomean:.2f}x vs Django", end="")
    if geomean_legacy is None:
        print(f"; vs {LEGACY_VERSION}: -")
    else:
        print(
            f"; {geomean_legacy:.2f}x vs {LEGACY_VERSION} "
            f"(the {len(with_legacy)} classes {LEGACY_VERSION} has)"
        )
    notes = [(r.name, note) for r in results for note in r.notes]
    if notes:
        print("Notes (where an equivalent's response differs from ours):")
        for name, note in notes:
            print(f"  {name}: {note}")
    print()
    print(f"Import, median of {imports.runs} fresh interpreters (settings.configure() in both)")
    print(f"  {OURS:<64} {imports.ours_median * 1e3:8.1f} ms (best {min(imports.ours) * 1e3:.1f})")
    print(
        f"  {BASELINE:<64} {imports.baseline_median * 1e3:8.1f} ms "
        f"(best {min(imports.baseline) * 1e3:.1f})"
    )
    print(
        f"  {FLOOR:<64} {imports.floor_median * 1e3:8.1f} ms "
        f"(best {min(imports.floor) * 1e3:.1f}; reference only)"
    )
    print(f"  ratio {imports.ratio:.2f}x")
    print(
        f"  (importing pydantic's BaseModel and TypeAdapter alone costs "
        f"{imports.floor_ratio:.2f}x the baseline)"
    )
    print()
    print(f"{rows.rows:,} pydantic model rows, best of {options.repeat}")
    print(f"  {'JsonResponseOK(rows, safe=False)':<58} {rows.ours * 1e3:8.2f} ms")
    print(
        f"  {'JsonResponse([m.model_dump() for m in rows], safe=False)':<58} "
        f"{rows.django * 1e3:8.2f} ms"
    )
    print(f"  speedup {rows.speedup:.1f}x")
    print()
    print("Targets (SPEC section 10)")
    for target in targets:
        print(f"  {'PASS' if target.passed else 'MISS'}  {target.name}: {target.detail}")
    print()
    print(
        f"Headline: construction {geomean:.2f}x Django (geometric mean), "
        f"import {imports.ratio:.2f}x, model rows {rows.speedup:.1f}x faster"
    )
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "pydantic": pydantic.VERSION,
        "repeat": options.repeat,
        "quick": options.quick,
        "legacy": {
            "version": LEGACY_VERSION,
            "available": legacy.available,
            "reason": legacy.reason,
        },
        "classes": [
            {
                "code": r.code,
                "class": r.name,
                "json": r.json,
                "ours_us": r.ours * 1e6,
                "django_us": r.django * 1e6,
                "legacy_us": None if r.legacy is None else r.legacy * 1e6,
                "ratio_django": r.ratio_django,
                "ratio_legacy": r.ratio_legacy,
                "notes": r.notes,
            }
            for r in results
        ],
        "geomean_vs_django": geomean,
        "geomean_vs_legacy": geomean_legacy,
        "import": {
            "ours_ms": imports.ours_median * 1e3,
            "baseline_ms": imports.baseline_median * 1e3,
            "ratio": imports.ratio,
            "floor_ms": imports.floor_median * 1e3,
            "floor_ratio": imports.floor_ratio,
            "runs": imports.runs,
        },
        "model_rows": {
            "rows": rows.rows,
            "ours_ms": rows.ours * 1e3,
            "django_ms": rows.django * 1e3,
            "speedup": rows.speedup,
        },
        "headline": {
            "construction_geomean": geomean,
            "import_ratio": imports.ratio,
            "model_rows_speedup": rows.speedup,
        },
        "targets": [
            {"name": t.name, "value": t.value, "passed": t.passed, "detail": t.detail}
            for t in targets
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks, print the report, and return 0 (a missed target is no error)."""
    options = _options(argv)
    legacy = load_legacy()
    cases = build_cases(legacy.module)
    results = measure(cases, repeat=options.repeat, budget=options.budget)
    imports = measure_imports(options.import_runs)
    rows = measure_rows(repeat=options.repeat, budget=options.budget * 5)
    data = report(options, legacy, results, imports, rows)
    if options.json is not None:
        options.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
