"""The benchmark runs, in its quickest mode, and reports on every class and every target.

Nothing here is timed: the speed targets are reported by the
benchmark as PASS or MISS, never asserted. What is checked is that every part
runs, that every target gets one verdict line, and that the arithmetic the
verdicts rest on (interleaved rounds, medians of per-round ratios, the noise
of the end-to-end figures) is what the benchmark says it is.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.http import HttpRequest, HttpResponseBase

from benchmarks.checks import MODES
from benchmarks.construction import build_cases
from benchmarks.end_to_end import Block, EndToEndResult
from benchmarks.in_process import MiddlewareUnderTest, measure_middleware
from benchmarks.timing import (
    Comparison,
    Ratio,
    compare,
    compare_with_control,
    interleave,
    median_ratio,
)
from django_allresponses.responses.lookup import response_class
from django_allresponses.rfc.statuses import STATUSES

# once: the benchmarks' smoke run checks this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]

TARGETS = [
    "construction, geometric mean <= 1.00x Django",
    "construction, no class over 1.15x Django",
    "header set after construction <= 1.00x Django per set",
    "default middleware pass <= 1.30x Django per response",
    "import <= 1.05x `import django.http`, CPU after settings",
    "import <= 1.05x `import django.http`, CPU of a fresh interpreter, no settings",
    "1,000 model rows within 10% of TypeAdapter.dump_json",
    "1,000 model rows >= 5x faster than JsonResponse(model_dump)",
    "JSON dict of 1 KB <= 1.00x JsonResponse",
    "JSON dict of 100 KB <= 1.00x JsonResponse",
    "JSON dict of 1 MB <= 1.00x JsonResponse",
    "serve_file on a 64 KiB file <= 1.05x FileResponse, CPU",
    "serve_file on a 64 KiB file >= 0.80x WhiteNoise's requests per second through gunicorn, "
    "small project",
    "serve_file on a 64 KiB file >= 0.80x WhiteNoise's requests per second through gunicorn, "
    "Django's default middleware",
    "end to end through gunicorn, rps and p50/p99 within noise of Django",
    "log mode through WSGIHandler <= 3% beyond A/A, page, this library's class",
    "log mode through WSGIHandler <= 3% beyond A/A, page, Django's class",
    "log mode through WSGIHandler <= 3% beyond A/A, JSON 1 KB, this library's class",
    "log mode through WSGIHandler <= 3% beyond A/A, JSON 1 KB, Django's class",
    '"log" mode on page, this library\'s class <= 3% of the request',
    '"log" mode on page, Django\'s class <= 3% of the request',
    '"log" mode on JSON 1 KB, this library\'s class <= 3% of the request',
    '"log" mode on JSON 1 KB, Django\'s class <= 3% of the request',
    '"log" mode on JSON 100 KB, this library\'s class <= 10% of the request',
    '"log" mode on JSON 100 KB, Django\'s class <= 10% of the request',
    '"log" mode on JSON 3 MB, this library\'s class <= 10% of the request',
    '"log" mode on JSON 3 MB, Django\'s class <= 10% of the request',
]
"""Every speed target, as the benchmark names it."""


def run_quick(out: Path, *arguments: str, **environment: str) -> tuple[str, dict[str, Any]]:
    """Run ``python benchmarks/run.py --quick --json out``; return its output and results."""
    env = {**os.environ, **environment}
    completed = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--json", str(out), *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout, json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """Output and JSON results of ``python benchmarks/run.py --quick``, every part."""
    return run_quick(tmp_path_factory.mktemp("bench") / "results.json")


def every_class() -> set[str]:
    """The name of every HTTP class and JSON twin, from the status table."""
    names = {response_class(code).__name__ for code in STATUSES}
    names |= {
        response_class(code, json=True).__name__
        for code, facts in STATUSES.items()
        if facts.allows_content
    }
    return names


def test_the_construction_table_covers_every_class(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    measured = {row["class"] for row in results["construction"]["classes"]}
    assert measured == every_class()
    for name in every_class():
        assert f" {name} " in output
    assert all(row["ratio_django"] > 0 for row in results["construction"]["classes"])


def test_every_target_gets_one_verdict_line(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    assert [target["name"] for target in results["targets"]] == TARGETS
    verdicts = [line for line in output.splitlines() if line.startswith(("  PASS", "  MISS"))]
    assert len(verdicts) == len(TARGETS)
    for line, name in zip(verdicts, TARGETS, strict=True):
        assert line.startswith((f"  PASS  {name}: ", f"  MISS  {name}: "))


def test_every_part_reports_its_figures(quick_run: tuple[str, dict[str, Any]]) -> None:
    output, results = quick_run
    # Every unit the library checks, set as response[name] and as response.headers[name].
    assert set(results["headers"]["sets"]) == {
        "plain header on a 200",
        "plain header on a JSON 200",
        "Retry-After on a 429 (checked)",
        "Retry-After on a JSON 503 (checked)",
        "Location on a 201 (checked)",
        "Content-Location on a 201 (checked)",
        "Location on a 302 (checked)",
        "Allow on a 405 (checked)",
        "Upgrade on a 101 (checked)",
        "WWW-Authenticate on a 401 (checked)",
        "Proxy-Authenticate on a 407 (checked)",
        "Content-Range on a 416 (checked)",
        "Link on a 103 (checked)",
        "plain header on a 200, .headers[]",
        "plain header on a JSON 200, .headers[]",
        "Retry-After on a 429 (checked), .headers[]",
        "Retry-After on a JSON 503 (checked), .headers[]",
        "Location on a 201 (checked), .headers[]",
        "Content-Location on a 201 (checked), .headers[]",
        "Location on a 302 (checked), .headers[]",
        "Allow on a 405 (checked), .headers[]",
        "Upgrade on a 101 (checked), .headers[]",
        "WWW-Authenticate on a 401 (checked), .headers[]",
        "Proxy-Authenticate on a 407 (checked), .headers[]",
        "Content-Range on a 416 (checked), .headers[]",
        "Link on a 103 (checked), .headers[]",
    }
    # What Django's default middleware adds to a plain HttpResponse (Django 5.2-6.1).
    assert results["headers"]["headers_set"] == [
        "Content-Length",
        "Cross-Origin-Opener-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
    ]
    assert set(results["in_process"]["requests"]) == {
        "200",
        "201",
        "302",
        "404",
        "429",
        "JSON 200",
        "JSON 404",
    }
    assert results["import"]["ratio"] > 0
    assert set(results["import"]["ms"]) == {
        "ours",
        "baseline",
        "first class",
        "first twin",
        "pydantic",
        "models",
    }
    assert results["rows"]["rows"] == 1000
    assert results["rows"]["vs_pydantic"] > 0 and results["rows"]["speedup"] > 0
    assert set(results["json"]) == {"1 KB", "100 KB", "1 MB"}
    # Every figure with a target comes with its A/A control and its noise.
    with_control = [
        *results["json"].values(),
        *results["rows"]["aa"].values(),
        *results["import"]["aa"].values(),
        results["serve_file"],
        *(results["headers"]["sets"][label] for label in results["headers"]["sets"]),
        results["construction"]["geomean_aa"],
        *(row["aa"] for row in results["construction"]["classes"]),
        *(row["aa"] for row in results["in_process"]["requests"].values()),
        results["openapi"]["vs_pydantic_aa"],
        *results["openapi"]["construction_aa"].values(),
        *(project["rps"] for project in results["serve_file_server"].values()),
        *(project["file_response_rps"] for project in results["serve_file_server"].values()),
    ]
    for figures in with_control:
        assert figures["aa"] > 0 and figures["aa_low"] <= figures["aa_high"]
        assert figures["noise"] >= 0.005
    assert "A/A" in output
    end_to_end = results["end_to_end"]
    assert end_to_end.get("error") is None
    assert end_to_end["errors"] == 0
    for metric in ("rps", "p50", "p99"):
        figures = end_to_end["metrics"][metric]
        assert math.isfinite(figures["ratio"]) and figures["ratio"] > 0
        assert figures["noise"] >= 0.01
    assert "End to end: gunicorn" in output
    assert output.count("(reference: a view of Django's own)") == 4  # rps and CPU, both projects


def test_the_openapi_part_builds_100_views_and_both_forms_of_twins(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, results = quick_run
    openapi = results["openapi"]
    assert openapi["views"] == 100
    assert set(openapi["ms"]) == {"first", "ours", "pydantic"}
    assert all(figure > 0 for figure in openapi["ms"].values())
    assert openapi["vs_pydantic"] > 0
    assert set(openapi["construction"]) == {"model", "dict"}
    assert "Declared responses: openapi_responses over 100 views" in output


def test_each_mode_of_the_checks_is_measured_on_each_kind_of_response(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, results = quick_run
    kinds = [
        f"{what}, {whose} class"
        for what in ("page", "JSON 1 KB", "JSON 100 KB", "JSON 3 MB")
        for whose in ("this library's", "Django's")
    ]
    assert set(results["checks"]) == set(kinds)
    for kind in kinds:
        figures = results["checks"][kind]
        assert figures["without_us"] > 0
        assert all(math.isfinite(figures[mode]) and figures[mode] > 0 for mode in MODES)
    assert "ResponseChecksMiddleware on a request through Django's default middleware" in output
    own = results["checks_own_time"]
    assert set(own) == set(kinds)
    for kind in kinds:
        assert 0 <= own[kind]["own_us"] < own[kind]["request_us"]
        assert own[kind]["share"] == pytest.approx(
            own[kind]["own_us"] / own[kind]["request_us"], rel=0.5
        )


def test_the_response_checks_middleware_is_measured(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, results = quick_run
    for mode in ("off", "log"):
        label = f"ResponseChecksMiddleware, mode {mode}"
        cost = results["in_process"]["middleware_cost"][label]
        assert cost is not None
        assert cost["records"] == 0  # the library's classes give no finding to log
        assert set(cost["per_class_us"]) == set(results["in_process"]["requests"])
        assert f"{label} (django_allresponses.middleware." in output


def test_the_0_1_0_comparison_is_made_or_said_to_be_unavailable(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, results = quick_run
    rows = results["construction"]["classes"]
    if results["legacy"]["available"]:
        assert any(row["ratio_legacy"] is not None for row in rows)
    else:
        assert "django-allresponses 0.1.0 unavailable" in output
        assert all(row["ratio_legacy"] is None for row in rows)


def test_without_0_1_0_the_django_comparison_still_runs(tmp_path: Path) -> None:
    # An index that refuses connections: the download fails as it does offline.
    output, results = run_quick(
        tmp_path / "results.json",
        "--parts",
        "construction",
        PIP_INDEX_URL="http://127.0.0.1:9/simple/",
        PIP_EXTRA_INDEX_URL="",
        PIP_FIND_LINKS="",
        PIP_CONFIG_FILE=os.devnull,
    )
    assert "django-allresponses 0.1.0 unavailable" in output
    assert results["legacy"]["available"] is False
    rows = results["construction"]["classes"]
    assert {row["class"] for row in rows} == every_class()
    assert all(row["ratio_legacy"] is None for row in rows)
    assert results["construction"]["geomean_vs_legacy"] is None
    assert [target["name"] for target in results["targets"]] == TARGETS[:2]


def test_an_unknown_part_is_refused() -> None:
    completed = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--parts", "construction,speed"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert "unknown part(s) ['speed']" in completed.stderr


# --- the arithmetic of the verdicts ---------------------------------------------------------


def test_interleave_runs_every_side_once_per_round_in_shuffled_orders() -> None:
    calls: list[str] = []

    def side(name: str) -> Callable[[], float]:
        def measure() -> float:
            calls.append(name)
            return 1.0

        return measure

    sides = {name: side(name) for name in ("a", "b", "c")}
    values = interleave(sides, rounds=30, rng=random.Random(1))
    assert values == {"a": [1.0] * 30, "b": [1.0] * 30, "c": [1.0] * 30}
    orders = [tuple(calls[i : i + 3]) for i in range(0, 90, 3)]
    assert all(sorted(order) == ["a", "b", "c"] for order in orders)
    assert len(set(orders)) > 1  # not always the same side first


def test_compare_gives_every_side_one_chunk_per_round() -> None:
    times = compare(
        {"x": {"a": lambda: None, "b": lambda: None}, "y": {"a": lambda: None}},
        rounds=4,
        chunk=0.0001,
        rng=random.Random(2),
    )
    assert {key: {side: len(v) for side, v in sides.items()} for key, sides in times.items()} == {
        "x": {"a": 4, "b": 4},
        "y": {"a": 4},
    }
    assert all(value >= 0 for sides in times.values() for v in sides.values() for value in v)


def test_the_figure_is_the_median_of_per_round_ratios_not_a_ratio_of_medians() -> None:
    ours = [1.0, 4.0, 9.0]
    django = [1.0, 2.0, 10.0]
    # Per-round ratios 1.0, 2.0, 0.9: median 1.0. (Ratio of medians would be 4/2 = 2.0.)
    assert median_ratio(ours, django) == 1.0
    assert Ratio.of(ours, django).median == 1.0


def _result(rps: dict[str, list[float]]) -> EndToEndResult:
    blocks = {
        side: [Block(value, 0.002, 0.010, 0.0005, 0) for value in values]
        for side, values in rps.items()
    }
    return EndToEndResult(len(rps["ours"]), 100, blocks)


def test_end_to_end_noise_is_a_95_percent_interval_for_the_median_a_a_ratio() -> None:
    # A/A ratios 0.95, 0.98, 1.02, 1.05: quartiles 0.9575 and 1.0425, IQR 0.085,
    # sigma 0.085 / 1.349 = 0.06301; 1.96 * sqrt(pi / 2) * 0.06301 / sqrt(4) = 0.07739.
    a_a = [95.0, 98.0, 102.0, 105.0]
    result = _result({"ours": [93.0] * 4, "django": [100.0] * 4, "django-again": a_a})
    assert result.noise("rps") == pytest.approx(0.07739, abs=1e-5)
    assert result.within_noise("rps")  # 0.93 >= 1 - 0.07739
    slower = _result({"ours": [92.0] * 4, "django": [100.0] * 4, "django-again": a_a})
    assert not slower.within_noise("rps")  # 0.92 < 0.92261
    faster = _result({"ours": [150.0] * 4, "django": [100.0] * 4, "django-again": a_a})
    assert faster.within_noise("rps")


def test_end_to_end_noise_is_at_least_one_percent() -> None:
    result = _result({"ours": [98.0], "django": [100.0], "django-again": [100.0]})
    assert result.noise("rps") == 0.01
    assert not result.within_noise("rps")  # 0.98 < 0.99
    assert result.within_noise("p50")  # equal latencies


def test_a_comparison_s_noise_is_a_95_percent_interval_from_its_a_a_control() -> None:
    # A/A quartiles 0.97 and 1.03 over 21 rounds: sigma 0.06 / 1.349 = 0.044477;
    # 1.96 * sqrt(pi / 2) * 0.044477 / sqrt(21) = 0.023842.
    comparison = Comparison(Ratio(0.90, 0.88, 0.93, 21), Ratio(1.00, 0.97, 1.03, 21))
    assert comparison.noise == pytest.approx(0.023842, abs=1e-6)
    low, high = comparison.band
    assert (low, high) == (pytest.approx(0.878542, abs=1e-6), pytest.approx(0.921458, abs=1e-6))
    assert comparison.at_most(0.93) and not comparison.at_most(0.92)
    assert comparison.at_least(0.87) and not comparison.at_least(0.88)
    assert str(comparison) == "0.90x ±2.4% (IQR 0.88-0.93; A/A 1.00x, IQR 0.97-1.03)"


def test_a_biased_a_a_control_widens_the_band_and_a_quiet_one_still_leaves_half_a_percent() -> (
    None
):
    biased = Comparison(Ratio(0.97, 0.96, 0.98, 21), Ratio(1.04, 1.035, 1.045, 21))
    assert biased.noise == pytest.approx(0.04)
    assert not biased.at_most(1.00)  # 0.97 * 1.04 = 1.0088: inside the doubt
    quiet = Comparison(Ratio(0.99, 0.99, 0.99, 21), Ratio(1.0, 1.0, 1.0, 21))
    assert quiet.noise == 0.005
    assert quiet.at_most(1.00) and not quiet.at_most(0.99)


def test_compare_with_control_runs_the_peer_twice_a_round() -> None:
    calls: list[str] = []
    found = compare_with_control(
        {"x": (lambda: calls.append("side"), lambda: calls.append("peer"))},
        rounds=3,
        chunk=0.0001,
        rng=random.Random(5),
    )
    assert found["x"].ratio.rounds == found["x"].control.rounds == 3
    assert calls.count("peer") >= 2 * calls.count("side") > 0  # and its calibration


# --- the middleware hook ----------------------------------------------------------------------


class LoggingMiddleware:
    """A middleware that logs a warning for every response."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        logging.getLogger("django_allresponses").warning("checked %s", request.path)
        response: HttpResponseBase = self.get_response(request)
        return response


def test_a_middleware_entry_is_measured_per_class_and_its_logging_counted(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    cost = measure_middleware(
        "logging",
        MiddlewareUnderTest(f"{__name__}.LoggingMiddleware"),
        build_cases(None),
        rounds=2,
        chunk=0.0002,
        seed=3,
    )
    assert cost.error is None
    assert set(cost.times) == {"200", "201", "302", "404", "429", "JSON 200", "JSON 404"}
    assert cost.records > 0
    assert caplog.records == []
    assert capsys.readouterr().err == ""


def test_a_middleware_that_does_not_exist_is_reported_not_raised() -> None:
    cost = measure_middleware(
        "missing",
        MiddlewareUnderTest("django_allresponses.middleware.NoSuchMiddleware"),
        build_cases(None),
        rounds=1,
        chunk=0.0001,
        seed=4,
    )
    assert cost.times == {}
    assert cost.error is not None
    assert "NoSuchMiddleware" in cost.error
