"""CONTRIBUTING.md says how the whole test command splits, and what it says holds: the
cells it names exist, each cell runs what the table says, and the main run is the one
``scripts/test.sh`` makes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def split_section() -> str:
    return TEXT.split("**The split.**", 1)[1].split("**Markers.**", 1)[0]


@pytest.mark.slow
@pytest.mark.once
def test_the_cells_contributing_names_are_the_noxfile_s() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "nox", "-l"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    cells = re.findall(r"^[*-] (tests\([^)]*\))", listed, re.M)
    assert len(cells) == 7
    assert "seven cells" in split_section()
    for named in re.findall(r'nox -s "(tests\([^)]*\))"', TEXT):
        assert named in cells, named
    assert "`tests(3.11, django 5.2)`" in split_section()
    assert "tests(3.11, django 5.2)" in cells


def test_each_cell_runs_what_the_table_says() -> None:
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert '"-m", "not once"' in noxfile
    assert '`-m "not once"` in each' in split_section()


def test_the_main_run_is_the_one_test_sh_makes() -> None:
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert '.venv/bin/python -m pytest "${pytest_args[@]}"' in script
    assert ".venv/bin/python -m nox" in script
    assert "--no-matrix) matrix=0" in script
    assert "bash scripts/test.sh --no-matrix" in split_section()


def test_contributing_says_what_to_do_without_apt() -> None:
    assert "**Where there is no apt**" in TEXT
    for command in ("chromium", "curl", "redis-server"):
        assert f"`{command}`" in TEXT.split("**Where there is no apt**", 1)[1], command
