"""The installation page works as written: a project built from its blocks passes
``manage.py check`` with no warning, and the system checks it promises do run.

The project is Django's own ``startproject``; the page's Python blocks are appended to
its ``settings.py``, as a user pastes them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "installation.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)
MIDDLEWARE_PATH = re.compile(r"django_allresponses(?:\.\w+)*\.(\w+Middleware)\b")


def blocks(language: str, path: Path = PAGE) -> list[str]:
    """The code blocks of ``path`` fenced as ``language``, in order."""
    text = path.read_text(encoding="utf-8")
    return [body for lang, body in FENCE.findall(text) if lang == language]


def environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("installation")
    subprocess.run(
        [sys.executable, "-m", "django", "startproject", "site_from_docs", str(folder)],
        check=True,
        env=environment(),
        timeout=120,
    )
    settings = folder / "site_from_docs" / "settings.py"
    pasted = "\n\n".join(blocks("python"))
    settings.write_text(settings.read_text(encoding="utf-8") + "\n\n" + pasted, "utf-8")
    return folder


def manage_check(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=project,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_page_has_the_blocks_it_promises() -> None:
    python = "\n".join(blocks("python"))
    assert "INSTALLED_APPS = [" in python
    assert '"django_allresponses",' in python
    assert "MIDDLEWARE = [" in python
    assert "LOGGING = {" in python
    assert '"django_allresponses": {' in python, "the logger's name"
    assert "pip install /path/to/django-allresponses" in blocks("sh")[0]
    assert blocks("text")[0].strip() == "django-allresponses @ file:///path/to/django-allresponses"


def test_a_project_built_from_the_page_passes_manage_py_check(project: Path) -> None:
    completed = manage_check(project)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "System check identified no issues (0 silenced)."
    assert completed.stderr == ""


def test_the_pasted_settings_are_the_ones_django_reads(project: Path) -> None:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.MIDDLEWARE[-2:]); print(settings.ALLRESPONSES_CHECKS); "
        "print('django_allresponses' in settings.INSTALLED_APPS)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project,
        env={**environment(), "DJANGO_SETTINGS_MODULE": "site_from_docs.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert completed.stdout.splitlines() == [
        "['django_allresponses.middleware.ProblemDetailsMiddleware', "
        "'django_allresponses.middleware.ResponseChecksMiddleware']",
        "log",
        "True",
    ]


def test_the_system_checks_run_from_installed_apps(project: Path) -> None:
    """The same project with the two middleware swapped: the check the page promises
    warns, so the clean run above is the checks passing, not the checks absent."""
    settings = project / "site_from_docs" / "settings.py"
    original = settings.read_text(encoding="utf-8")
    swapped = original + ("\nMIDDLEWARE = MIDDLEWARE[:-2] + [MIDDLEWARE[-1], MIDDLEWARE[-2]]\n")
    settings.write_text(swapped, encoding="utf-8")
    try:
        completed = manage_check(project)
    finally:
        settings.write_text(original, encoding="utf-8")
    assert "(django_allresponses.W001) django_allresponses.middleware." in completed.stderr + (
        completed.stdout
    )
    assert "ResponseChecksMiddleware is not last in MIDDLEWARE" in completed.stderr


def test_without_installed_apps_the_system_checks_never_run(project: Path) -> None:
    """What the page says plainly: the same misplaced middleware, without the app, is
    not reported."""
    settings = project / "site_from_docs" / "settings.py"
    original = settings.read_text(encoding="utf-8")
    settings.write_text(
        original
        + "\nINSTALLED_APPS.remove('django_allresponses')\n"
        + "MIDDLEWARE = MIDDLEWARE[:-2] + [MIDDLEWARE[-1], MIDDLEWARE[-2]]\n",
        encoding="utf-8",
    )
    try:
        completed = manage_check(project)
    finally:
        settings.write_text(original, encoding="utf-8")
    assert completed.stdout.strip() == "System check identified no issues (0 silenced)."


def test_every_middleware_of_the_library_is_on_the_page() -> None:
    from django_allresponses import middleware

    names = {name for name in middleware.__all__ if name.endswith("Middleware")}
    text = PAGE.read_text(encoding="utf-8")
    for name in names:
        assert f"django_allresponses.middleware.{name}" in text, name


def test_the_docs_name_each_middleware_by_one_import_path() -> None:
    """Every page of the docs and the README: ``django_allresponses.middleware.<Name>``,
    the path the installation page gives, and no other."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    other = sorted(
        f"{page.relative_to(ROOT)}: {match[0]}"
        for page in pages
        for match in MIDDLEWARE_PATH.finditer(page.read_text(encoding="utf-8"))
        if not match[0].startswith("django_allresponses.middleware.")
    )
    assert other == []


def test_the_docs_home_links_the_installation_page_first() -> None:
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+\.md)", home)
    assert links[0] == "installation.md"
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    assert nav.splitlines()[:2] == ["  - Home: index.md", "  - Installation: installation.md"]


def test_the_middleware_reference_shows_an_order_the_system_checks_accept() -> None:
    """The middleware module's docstring (the Middleware reference page) lists them in the
    installation page's order, which ``check_configuration`` accepts."""
    from django.test import override_settings

    from django_allresponses import middleware
    from django_allresponses.checks.system import check_configuration

    shown = re.findall(r'"(django_allresponses\.middleware\.\w+)"', middleware.__doc__ or "")
    page = re.findall(r'"(django_allresponses\.middleware\.\w+)"', "".join(blocks("python")))
    assert shown == page
    with override_settings(MIDDLEWARE=["django.middleware.common.CommonMiddleware", *shown]):
        assert check_configuration() == []


NOT_NEEDED = re.compile(
    r"(?:does not|doesn't|need not|no need to) (?:need to )?be in\s+`INSTALLED_APPS`"
)


def test_no_docs_page_says_installed_apps_is_not_needed() -> None:
    """Without the app the system checks never run: no page may call it unneeded."""
    pages = sorted((ROOT / "docs").rglob("*.md"))
    said = [str(p.relative_to(ROOT)) for p in pages if NOT_NEEDED.search(p.read_text("utf-8"))]
    assert said == []


def test_the_readme_does_not_say_installed_apps_is_not_needed() -> None:
    assert not NOT_NEEDED.search((ROOT / "README.md").read_text(encoding="utf-8"))


def pip_dry_run(arguments: list[str], tmp_path: Path) -> list[tuple[str, str, str]]:
    """What pip would install for ``arguments``: (name, version, URL) of each, from its
    ``--report``; nothing is fetched from an index and nothing is installed."""
    import json

    report = tmp_path / "report.json"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-index",
         "--no-build-isolation", "--quiet", "--report", str(report), *arguments],
        check=True,
        env=environment(),
        timeout=300,
        capture_output=True,
    )  # fmt: skip
    install = json.loads(report.read_text(encoding="utf-8"))["install"]
    return [
        (item["metadata"]["name"], item["metadata"]["version"], item["download_info"]["url"])
        for item in install
    ]


@pytest.mark.once  # pip itself is not in the matrix's environments, which uv makes
def test_the_page_s_pip_lines_install_this_checkout(tmp_path: Path) -> None:
    import django_allresponses

    expected = [("django-allresponses", django_allresponses.__version__, ROOT.as_uri())]
    line = blocks("text")[0].strip().replace("/path/to/django-allresponses", str(ROOT))
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(line + "\n", encoding="utf-8")
    assert pip_dry_run(["-r", str(requirements)], tmp_path) == expected
    command = blocks("sh")[0].splitlines()[0].split("#")[0].split()
    assert command[:2] == ["pip", "install"]
    path = command[2].replace("/path/to/django-allresponses", str(ROOT))
    assert pip_dry_run([path], tmp_path) == expected
