"""``upgrade`` adds its import where isort and ruff's ``I`` rules place it: files that
``ruff check --select I`` accepts before the rewrite, it accepts after, under ruff's
defaults and under a project's own ``[tool.ruff.lint.isort]`` settings."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from django_allresponses.tools.cli import main

pytestmark = pytest.mark.slow

RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"

FILES = {
    "sections.py": """\
        \"\"\"Views.\"\"\"

        import json

        from django.http import HttpResponse
        from django.shortcuts import render

        from .models import Item


        def view(request):
            return HttpResponse(json.dumps([render, Item]), status=404)
        """,
    "kept_and_between.py": """\
        import os

        from django.http import HttpResponse, JsonResponse
        from rest_framework import status

        from app.models import Item


        def view(request):
            if os.environ:
                return JsonResponse({"item": str(Item)})
            return HttpResponse("no", status=status.HTTP_403_FORBIDDEN)
        """,
    "future_and_module.py": """\
        from __future__ import annotations

        from django import http


        def view(request):
            return http.HttpResponse(status=204)
        """,
    "first_of_the_block.py": """\
        from django.http import HttpResponse

        from app.models import Item


        def view(request):
            return HttpResponse(str(Item), status=410)
        """,
    "section_emptied.py": """\
        import sys

        from django.http import HttpResponse

        from app.models import Item


        def view(request):
            return HttpResponse(str([Item, sys]), status=410)
        """,
    "long.py": """\
        from django.http import HttpResponse


        def view(request):
            if request.GET:
                return HttpResponse(status=204)
            if request.POST:
                return HttpResponse("x", status=410)
            if request.FILES:
                return HttpResponse("x", status=413)
            return HttpResponse("x", status=415)
        """,
    "extended.py": """\
        from django.http import HttpResponse
        from django_allresponses import HttpResponseGone


        def view(request):
            if request.GET:
                return HttpResponseGone()
            return HttpResponse("x", status=404)
        """,
}

SETTINGS = {
    "defaults": "",
    "first-party": '[tool.ruff.lint.isort]\nknown-first-party = ["django_allresponses"]\n',
    "sorted-within": "[tool.ruff.lint.isort]\nforce-sort-within-sections = true\n",
    "isort": '[tool.isort]\nprofile = "black"\nknown_first_party = ["django_allresponses"]\n',
}


def ruff_sorted(project: Path) -> str:
    done = subprocess.run(
        [RUFF, "check", "--select", "I", "--no-cache", "--output-format", "concise", "."],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if done.returncode == 0 else done.stdout


@pytest.mark.parametrize("settings", SETTINGS)
def test_files_ruff_accepts_before_it_accepts_after(tmp_path: Path, settings: str) -> None:
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / "app" / "__init__.py").write_text("")
    (project / "app" / "models.py").write_text("Item = 1\n")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "1"\n\n'
        + SETTINGS[settings]
        + ('[tool.ruff.lint.isort]\nknown-first-party = ["django_allresponses"]\n'
           if settings == "isort" else "")
    )  # fmt: skip
    for name, source in FILES.items():
        (project / "app" / name).write_text(textwrap.dedent(source))
    before = ruff_sorted(project)
    if settings == "defaults":
        assert before == ""
    for name in FILES:  # a file these settings order otherwise is not clean to begin with
        if f"app/{name}" in before:
            (project / "app" / name).unlink()
    originals = {path.name: path.read_text() for path in (project / "app").glob("*.py")}
    assert main(["upgrade", str(project / "app")]) == 1
    assert ruff_sorted(project) == ""
    changed = [n for n, text in originals.items() if (project / "app" / n).read_text() != text]
    assert len(changed) >= 5, changed


def test_a_new_section_lands_between_its_neighbours(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "1"\n')
    (project / "app" / "models.py").write_text("Item = 1\n")
    views = project / "app" / "views.py"
    views.write_text(textwrap.dedent(FILES["first_of_the_block.py"]))
    assert main(["upgrade", str(views)]) == 1
    assert views.read_text() == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseGone

        from app.models import Item


        def view(request):
            return HttpResponseGone(str(Item))
        """
    )


DJANGO_SECTION = """\
    import os

    from django.http import (
        HttpRequest,
        HttpResponse,
        HttpResponseBase,
    )
    from django.shortcuts import render

    from rest_framework import status

    from app.models import Item


    def view(request: HttpRequest) -> HttpResponseBase:
        if os.environ:
            return render(request, "x.html", {"item": Item})
        return HttpResponse("no", status=status.HTTP_403_FORBIDDEN)
    """


def django_section_project(tmp_path: Path, settings: str) -> tuple[Path, Path]:
    """A project with ``settings`` in its pyproject.toml and `DJANGO_SECTION` as a view."""
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / "app" / "models.py").write_text("Item = 1\n")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "1"\n\n' + settings
    )
    views = project / "app" / "views.py"
    views.write_text(textwrap.dedent(DJANGO_SECTION))
    return project, views


def test_a_custom_section_of_ruff_keeps_its_place(tmp_path: Path) -> None:
    project, views = django_section_project(
        tmp_path,
        "[tool.ruff.lint.isort]\n"
        'section-order = ["future", "standard-library", "django", "third-party", '
        '"first-party", "local-folder"]\n\n[tool.ruff.lint.isort.sections]\ndjango = ["django"]\n',
    )
    assert ruff_sorted(project) == ""
    assert main(["upgrade", str(views)]) == 1
    assert ruff_sorted(project) == ""
    assert views.read_text().split("\n\n\n")[0] == textwrap.dedent(
        """\
        import os

        from django.http import (
            HttpRequest,
            HttpResponseBase,
        )
        from django.shortcuts import render

        from django_allresponses import HttpResponseForbidden

        from app.models import Item"""
    )


def test_isort_settings_join_what_fits_on_a_line(tmp_path: Path) -> None:
    """isort (5, profile black) joins a wrapped import that fits, where ruff keeps a
    trailing comma's wrap; its own sections, as django-allauth's pyproject.toml has them."""
    _, views = django_section_project(
        tmp_path,
        '[tool.isort]\nprofile = "black"\n'
        'known_first_party = ["app"]\nknown_django = ["django"]\n'
        'sections = ["FUTURE", "STDLIB", "DJANGO", "THIRDPARTY", "FIRSTPARTY", "LOCALFOLDER"]\n',
    )
    assert main(["upgrade", str(views)]) == 1
    assert views.read_text().split("\n\n\n")[0] == textwrap.dedent(
        """\
        import os

        from django.http import HttpRequest, HttpResponseBase
        from django.shortcuts import render

        from django_allresponses import HttpResponseForbidden

        from app.models import Item"""
    )
