"""The settings reference lists what the code reads: every ``ALLRESPONSES_*`` setting in the
package's source, every option and ini setting of the pytest plugin, and its marker, each
with a type, a default and a since-version; and the defaults it states are the code's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from django_allresponses import pytest_plugin
from django_allresponses.checks.middleware import DEFAULT_MODE, json_limit
from django_allresponses.checks.silencing import ignored_everywhere

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "reference" / "settings.md"
VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def table(heading: str) -> list[list[str]]:
    """The rows of the table under ``## heading``, each a list of its cells."""
    section = PAGE.read_text(encoding="utf-8").split(f"\n## {heading}\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows[1:]]


def settings_in_source() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "django_allresponses").rglob("*.py"):
        found.update(re.findall(r"\bALLRESPONSES_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    return found


class Recorder:
    """A stand-in for pytest's parser: records what the plugin declares."""

    def __init__(self) -> None:
        self.options: list[str] = []
        self.ini: list[str] = []

    def getgroup(self, *args: Any, **kwargs: Any) -> Recorder:
        return self

    def addoption(self, *names: str, **kwargs: Any) -> None:
        self.options.extend(names)

    def addini(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.ini.append(name)


def test_every_setting_the_code_reads_is_listed_and_no_other() -> None:
    listed = {row[0].strip("`") for row in table("Django settings")}
    assert listed == settings_in_source()
    assert listed == {
        "ALLRESPONSES_CHECKS",
        "ALLRESPONSES_CHECKS_IGNORE",
        "ALLRESPONSES_CHECKS_JSON_LIMIT",
    }


def test_each_setting_has_a_type_a_default_and_a_since_version() -> None:
    for name, kind, default, since, meaning in table("Django settings"):
        assert kind.startswith("`"), name
        assert default.startswith("`"), name
        assert VERSION.match(since), name
        assert len(meaning) > 40, name


def test_the_defaults_listed_are_the_code_s() -> None:
    rows = {row[0].strip("`"): row for row in table("Django settings")}
    assert rows["ALLRESPONSES_CHECKS"][2] == f'`"{DEFAULT_MODE}"`' == '`"log"`'
    with override_settings():
        assert rows["ALLRESPONSES_CHECKS_JSON_LIMIT"][2] == "`1_000_000`"
        assert json_limit() == 1_000_000
        assert rows["ALLRESPONSES_CHECKS_IGNORE"][2] == "`[]`"
        assert ignored_everywhere() == frozenset()


def test_every_pytest_option_and_ini_setting_is_listed() -> None:
    recorder = Recorder()
    pytest_plugin.pytest_addoption(recorder)  # type: ignore[arg-type]
    rows = table("pytest options")
    options = [row[0].strip("`") for row in rows]
    ini = {re.split(r"[ `]", row[1].strip("`"))[0] for row in rows}
    assert options == recorder.options
    assert ini == set(recorder.ini)
    for row in rows:
        assert VERSION.match(row[4]), row[0]


def test_the_marker_is_listed(pytestconfig: pytest.Config) -> None:
    rows = table("pytest markers")
    assert [row[0] for row in rows] == [f"`@pytest.mark.{pytest_plugin.MARKER}(*rules)`"]
    declared = [line for line in pytestconfig.getini("markers") if line.startswith("allres")]
    assert [line.split(":", 1)[0] for line in declared] == [f"{pytest_plugin.MARKER}(*rules)"]
    assert VERSION.match(rows[0][1])
