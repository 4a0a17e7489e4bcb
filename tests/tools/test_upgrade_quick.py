"""``--check`` without libcst (`quick_check`): where it answers, it answers as the reading
with libcst does (`upgrade_source` with ``imports=False``); everywhere else it leaves the
source to that reading."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from django_allresponses.tools.upgrade import upgrade_source
from django_allresponses.tools.upgrade._changes import Upgraded, one_line
from django_allresponses.tools.upgrade._quick import quick_check

HEAD = "from django.http import HttpResponse, HttpResponseRedirect, JsonResponse\n"
DRF = "from rest_framework import status\n"

# (body of a view, the change --check lists, or None when no call is rewritten)
ANSWERED = [
    (
        "    return HttpResponseRedirect(url)\n",
        "HttpResponseRedirect(url) -> HttpResponseFound(url)",
    ),
    (
        "    return JsonResponse(data, status=status.HTTP_400_BAD_REQUEST)\n",
        "JsonResponse(data, status=status.HTTP_400_BAD_REQUEST) -> JsonResponseBadRequest(data)",
    ),
    ("    return HttpResponse(status=410)\n", "HttpResponse(status=410) -> HttpResponseGone()"),
    (
        "    return HttpResponse('x', status=404)\n",
        "HttpResponse('x', status=404) -> HttpResponseNotFound('x')",
    ),
    (
        "    return HttpResponseRedirect(\n        reverse('home')\n    )\n",
        "HttpResponseRedirect( reverse('home') ) -> HttpResponseFound( reverse('home') )",
    ),
    ("    return HttpResponse('ok')\n", None),  # a plain 200: left to Django
    ("    return HttpResponse(1, 2, 3, 4, 5, 6, 7)\n", None),  # Django refuses it
]

LEFT_TO_LIBCST = [
    "    response = HttpResponseRedirect(url)\n    return response\n",  # bound to a name
    "    return (HttpResponseRedirect(url))\n",  # parentheses the call owns
    "    return HttpResponseRedirect(url,)\n",  # a trailing comma
    "    return HttpResponseRedirect(url)  # go\n"
    + "    x = HttpResponseRedirect(  # c\n    u)\n",
    "    return HttpResponse('x', 'text/plain', 404)\n",  # a status by position
    "    return HttpResponse(status=code)\n",  # a computed status
    "    return HttpResponse(status=201)\n",  # a 201 without its location
    "    return HttpResponse(status=204)\n",  # a status without content
    "    return HttpResponse(*args)\n",
    "\treturn HttpResponseRedirect(url)\n",  # a tab
    "    return HttpResponse(status=404, content_type='text/plain')\n",  # status= not last
]


def _source(body: str) -> str:
    return f"{HEAD}{DRF}\n\ndef view(request, url, data, code, args):\n{body}"


def _listed(result: Upgraded) -> list[tuple[int, str, str | None, str | None]]:
    return [
        (
            change.line,
            one_line(change.before),
            change.after and one_line(change.after),
            change.reason,
        )
        for change in result.changes
    ]


@pytest.mark.parametrize(("body", "listed"), ANSWERED)
def test_what_it_answers_is_what_libcsts_reading_answers(body: str, listed: str | None) -> None:
    source = _source(body)
    quick = quick_check(source, "views.py")
    assert quick is not None
    assert [change.describe() for change in quick.changes] == (
        [f"views.py:6: {listed}"] if listed else []
    )
    full = upgrade_source(source, "views.py", imports=False)
    assert quick.source == full.source
    assert _listed(quick) == _listed(full)


@pytest.mark.parametrize("body", LEFT_TO_LIBCST)
def test_what_it_cannot_be_sure_of_is_left_to_libcsts_reading(body: str) -> None:
    assert quick_check(_source(body), "views.py") is None


def test_a_name_bound_twice_or_a_clash_is_left_to_libcsts_reading() -> None:
    body = "    return HttpResponseRedirect(url)\n"
    assert quick_check(_source(body) + "HttpResponseRedirect = None\n", "v.py") is None
    assert quick_check(_source(body) + "HttpResponseFound = None\n", "v.py") is None
    assert quick_check(_source(body).replace("\n", "\r\n"), "v.py") is None


def test_the_new_source_keeps_every_other_byte() -> None:
    call = "JsonResponse({'é': 'ü'}, status=status.HTTP_400_BAD_REQUEST)"
    source = _source(f"    # é\n    return {call}  # ü\n")
    quick = quick_check(source, "views.py")
    assert quick is not None
    assert quick.source == source.replace(call, "JsonResponseBadRequest({'é': 'ü'})")
    assert quick.changes[0].line == 7


@pytest.mark.slow
def test_check_over_a_tree_it_reads_all_of_never_loads_libcst(tmp_path: Path) -> None:
    (tmp_path / "views.py").write_text(_source("    return HttpResponseRedirect(url)\n"))
    program = (
        "import sys\n"
        "from django_allresponses.tools.cli import main\n"
        f"status = main(['upgrade', '--check', {str(tmp_path)!r}])\n"
        "print('libcst' in sys.modules, status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "False 1"
    assert "HttpResponseRedirect(url) -> HttpResponseFound(url)" in done.stdout
