"""``scripts/install-debian.sh`` where there is no apt: it installs nothing, says what to
install by hand, and exits 1; with every command present, it does nothing at all.

Each run gets a ``PATH`` of one temporary folder, holding stand-ins for the commands the
case needs, so that the machine's own apt-get, sudo or Chromium are never reached.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.once,
    pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash"),
]

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "install-debian.sh"
BASH = shutil.which("bash") or "bash"


def stand_in(folder: Path, name: str, body: str = "exit 0") -> None:
    path = folder / name
    path.write_text(f"#!{BASH}\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def run(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, str(SCRIPT)],
        env={"PATH": str(folder), "HOME": str(folder)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_apt_it_names_what_to_install_by_hand_and_exits_1(tmp_path: Path) -> None:
    stand_in(tmp_path, "id", "echo 0")
    completed = run(tmp_path)
    assert completed.returncode == 1
    assert completed.stdout == ""
    lines = completed.stderr.splitlines()
    assert lines[0] == (
        "install-debian.sh: apt-get is not available (not a Debian system), "
        "so nothing was installed."
    )
    assert lines[1] == "Install these by hand, then run scripts/test.sh again:"
    for command in ("chromium", "curl", "redis-server"):
        assert any(line.startswith(f"  {command} ") for line in lines), command
    assert lines[-1] == "Or leave those tests out: pytest -m 'not slow' needs none of them."


def test_it_names_only_the_missing_commands(tmp_path: Path) -> None:
    stand_in(tmp_path, "id", "echo 0")
    stand_in(tmp_path, "chromium")
    stand_in(tmp_path, "redis-server")
    completed = run(tmp_path)
    assert completed.returncode == 1
    named = [line.split()[0] for line in completed.stderr.splitlines() if line.startswith("  ")]
    assert named == ["curl"]


def test_without_root_or_sudo_it_says_so(tmp_path: Path) -> None:
    stand_in(tmp_path, "id", "echo 1000")
    stand_in(tmp_path, "apt-get", "echo apt-get was called >&2; exit 3")
    completed = run(tmp_path)
    assert completed.returncode == 1
    assert completed.stderr.splitlines()[0] == (
        "install-debian.sh: not root, and sudo is not available, so nothing was installed."
    )
    assert "apt-get was called" not in completed.stderr


def test_with_apt_as_root_it_installs_the_missing_packages(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    stand_in(tmp_path, "id", "echo 0")
    stand_in(tmp_path, "env", 'shift; "$@"')  # DEBIAN_FRONTEND=... apt-get ...
    stand_in(tmp_path, "apt-get", f'echo "$*" >> {log}')
    stand_in(tmp_path, "curl")
    completed = run(tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert log.read_text(encoding="utf-8").splitlines() == [
        "update -qq",
        "install -y -qq -o DPkg::Lock::Timeout=600 chromium redis-server",
    ]


def test_with_every_command_present_it_does_nothing(tmp_path: Path) -> None:
    for command in ("chromium", "curl", "redis-server"):
        stand_in(tmp_path, command)
    completed = run(tmp_path)
    assert (completed.returncode, completed.stdout, completed.stderr) == (0, "", "")
