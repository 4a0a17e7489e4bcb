"""upgrade's first look at a source, without libcst: a call under any name an import gives
one of Django's classes is still read and rewritten, and over real trees the first look
passes over no file that the full reading would change."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from django_allresponses.tools.cli import main
from django_allresponses.tools.upgrade import _source, upgrade_source
from django_allresponses.tools.upgrade._candidates import has_candidates


def rewritten(before: str) -> str:
    source = textwrap.dedent(before)
    assert has_candidates(source)
    result = upgrade_source(source)
    assert result.rewritten and all(change.rewritten for change in result.changes)
    return result.source


def test_a_class_imported_under_another_name() -> None:
    assert rewritten(
        """\
        from django.http import HttpResponseNotFound as Missing


        def view(request):
            return Missing("no such page")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNotFound


        def view(request):
            return HttpResponseNotFound("no such page")
        """
    )


def test_a_class_imported_under_the_name_of_another_class() -> None:
    # HttpResponse("gone") here is a 410: not the plain 200 its name says.
    assert rewritten(
        """\
        from django.http.response import HttpResponseGone as HttpResponse


        def view(request):
            return HttpResponse("gone")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseGone


        def view(request):
            return HttpResponseGone("gone")
        """
    )


def test_the_module_imported_under_another_name() -> None:
    assert rewritten(
        """\
        import django.http as h


        def view(request):
            return h.HttpResponseNotFound("no such page")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNotFound


        def view(request):
            return HttpResponseNotFound("no such page")
        """
    )


def test_the_module_from_django() -> None:
    assert rewritten(
        """\
        from django import http


        def view(request):
            return http.HttpResponse(status=204)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNoContent


        def view(request):
            return HttpResponseNoContent()
        """
    )


def test_plain_response_under_another_name_is_a_200_left_to_django() -> None:
    source = (
        "from django.http import HttpResponse as R\n\n\ndef view(request):\n    return R('ok')\n"
    )
    assert not has_candidates(source)
    assert upgrade_source(source).changes == ()


def test_the_command_finds_an_aliased_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    views.write_text(
        "from django.http import HttpResponseNotFound as Missing\n\n\n"
        'def view(request):\n    return Missing("x")\n'
    )
    assert main(["upgrade", "--check", str(views)]) == 1
    assert capsys.readouterr().out == (f'{views}:5: Missing("x") -> HttpResponseNotFound("x")\n')


def test_a_tree_with_nothing_to_rewrite_never_loads_libcst(tmp_path: Path) -> None:
    (tmp_path / "views.py").write_text(
        "from django.http import HttpResponse\n\n\ndef view(request):\n"
        "    return HttpResponse('ok')\n"
    )
    (tmp_path / "models.py").write_text("X = 1\n")
    probe = (
        "import sys\n"
        "from django_allresponses.tools.cli import main\n"
        f"status = main(['upgrade', '--check', {str(tmp_path)!r}])\n"
        "print(status, 'libcst' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout == "0 False\n", done.stderr


def _tree(package: str, *rest: str) -> list[Path]:
    module = importlib.import_module(package)
    return sorted(Path(module.__file__ or "").parent.joinpath(*rest).rglob("*.py"))


@pytest.mark.once
def test_known_rewrites_in_django_rest_framework_are_found(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = Path(importlib.import_module("rest_framework").__file__ or "").parent
    assert main(["upgrade", "--check", "--quiet", str(folder)]) == 1
    found = {line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()}
    assert found == {
        "JsonResponse(data, status=status.HTTP_500_INTERNAL_SERVER_ERROR) -> "
        "JsonResponseInternalServerError(data)",
        "JsonResponse(data, status=status.HTTP_400_BAD_REQUEST) -> JsonResponseBadRequest(data)",
    }


@pytest.mark.slow
@pytest.mark.once
@pytest.mark.parametrize(
    "tree", [("django", "contrib"), ("rest_framework",)], ids=["django.contrib", "drf"]
)
def test_the_first_look_passes_over_no_file_the_full_reading_changes(
    tree: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in _tree(*tree)}
    looked = {path: upgrade_source(text, str(path)) for path, text in sources.items()}
    monkeypatch.setattr(_source, "mentions_django_responses", lambda source: True)
    monkeypatch.setattr(_source, "has_candidates", lambda source: True)
    read = {path: upgrade_source(text, str(path)) for path, text in sources.items()}
    assert looked == read
    assert sum(len(result.rewritten) for result in read.values()) > 0
