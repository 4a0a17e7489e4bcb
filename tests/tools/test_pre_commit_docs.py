"""The upgrade guide's pre-commit snippet works as written, and no message or page tells
users to install the package by name from the public index (whose ``django-allresponses``
is an unrelated 0.1.0).

The snippet is read from the guide, written as ``.pre-commit-config.yaml`` in a new git
repository holding a plain Django response, and run by pre-commit itself, with this
environment's ``bin`` first on ``PATH`` (a ``language: system`` hook runs what is there).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guides" / "upgrade.md"
BIN = Path(sys.executable).parent
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)
VIEW = (
    "from django.http import HttpResponse\n"
    "\n"
    "\n"
    "def gone(request):\n"
    "    return HttpResponse('Gone', status=410)\n"
)
REWRITTEN = (
    "from django_allresponses import HttpResponseGone\n"
    "\n"
    "\n"
    "def gone(request):\n"
    "    return HttpResponseGone('Gone')\n"
)
BY_NAME = re.compile(
    r"pip install\s+(?:-[-\w]+\s+)*['\"]?django-allresponses(?:\[[\w,]+\])?['\"]?(?![\w/@.-])"
)
"""``pip install django-allresponses``, quoted or not, with extras or not: the package
by name from the index. A path (``/path/to/django-allresponses``) does not match."""


def snippet() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("\n## In pre-commit\n", 1)[1].split("\n## ", 1)[0]
    yaml = [body for language, body in FENCE.findall(section) if language == "yaml"]
    assert len(yaml) == 1, "one YAML block in the guide's pre-commit section"
    return yaml[0]


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, timeout=60)


def pre_commit(folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(home),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files", "--color", "never"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.once
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_guide_s_pre_commit_snippet_runs_as_written(tmp_path: Path) -> None:
    assert (BIN / "pre-commit").exists(), "pre-commit, in the dev extra"
    project = tmp_path / "project"
    project.mkdir()
    git(project, "init", "-q")
    git(project, "config", "user.email", "dev@example.com")
    git(project, "config", "user.name", "dev")
    (project / ".pre-commit-config.yaml").write_text(snippet(), encoding="utf-8")
    (project / "views.py").write_text(VIEW, encoding="utf-8")
    git(project, "add", ".pre-commit-config.yaml", "views.py")

    first = pre_commit(project, tmp_path / "home")
    assert first.returncode == 1, first.stdout + first.stderr
    assert re.search(r"^django-allresponses upgrade\.+Failed$", first.stdout, re.M), first.stdout
    assert "- files were modified by this hook" in first.stdout
    assert (project / "views.py").read_text(encoding="utf-8") == REWRITTEN

    git(project, "add", "views.py")
    second = pre_commit(project, tmp_path / "home")
    assert second.returncode == 0, second.stdout + second.stderr
    assert re.search(r"^django-allresponses upgrade\.+Passed$", second.stdout, re.M)


def test_the_snippet_needs_no_tag() -> None:
    """The repository has no tags, so a ``rev:`` would fail: the snippet has none."""
    text = snippet()
    assert "repo: local" in text
    assert "rev:" not in text
    assert "language: system" in text


def files_to_search() -> list[Path]:
    docs = sorted((ROOT / "docs").rglob("*.md"))
    package = sorted((ROOT / "django_allresponses").rglob("*.py"))
    return [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *docs, *package]


def test_the_pattern_tells_a_path_from_a_name() -> None:
    assert BY_NAME.search("pip install django-allresponses")
    assert BY_NAME.search("pip install 'django-allresponses[upgrade]'")
    assert BY_NAME.search('pip install -U "django-allresponses[drf]"')
    assert not BY_NAME.search("pip install /path/to/django-allresponses")
    assert not BY_NAME.search("pip install '/path/to/django-allresponses[drf,ninja]'")
    assert not BY_NAME.search("pip install -e '.[docs]'")


def test_no_page_or_message_installs_the_package_by_name_from_the_index() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{text[: match.start()].count(chr(10)) + 1}: {match[0]}"
        for path in files_to_search()
        for text in [path.read_text(encoding="utf-8")]
        for match in BY_NAME.finditer(text)
    ]
    assert found == []
