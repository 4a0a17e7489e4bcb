"""benchmarks/checks_wsgi.py runs: each side of each kind of response is timed, the checks
find nothing on its views (a finding would stop it), and its report has a line per side."""

from __future__ import annotations

from benchmarks import checks_wsgi


def test_a_short_run_times_every_side_and_reports_them() -> None:
    assert checks_wsgi.calibrate_spin(0.5) >= 0.5
    times = checks_wsgi.measure(rounds=2, chunk=0.0005, seed=0)
    assert list(times) == [
        "page, this library's class",
        "page, Django's HttpResponse",
        "JSON 1 KB, this library's twin",
        "JSON 1 KB, Django's JsonResponse",
    ]
    for sides in times.values():
        assert list(sides) == list(checks_wsgi.SIDES)
        assert all(len(values) == 2 and min(values) > 0 for values in sides.values())
    lines = checks_wsgi.report(times)
    assert len(lines) == 4 * len(checks_wsgi.SIDES)
    assert lines[0].startswith("page, this library's class: ")
    assert lines[0].endswith(" µs a request without the checks")
    assert [line.split()[0] for line in lines[1:6]] == list(checks_wsgi.SIDES[1:])


def test_log_modes_own_time_is_timed_in_each_request() -> None:
    from benchmarks import checks

    results = checks.measure_own_time(rounds=1, number=5)
    assert [result.kind for result in results][:2] == [
        "page, this library's class",
        "page, Django's class",
    ]
    assert all(len(result.own) == 1 and result.request[0] > 0 for result in results)


def test_serve_answers_requests_of_one_side_alone() -> None:
    checks_wsgi.serve("log", 1, 3)  # raises SystemExit should the checks find anything
