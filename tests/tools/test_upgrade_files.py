"""``upgrade`` on files and trees as teams have them: writes that an interrupt cannot
truncate, a walk that leaves installed packages and ignored files alone, links that never
lead a write outside the paths given, bytes kept outside the rewritten calls, one line per
troubled file, and the exit codes of django-upgrade and pyupgrade."""

from __future__ import annotations

import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django_allresponses.tools.cli import main

VIEW = (
    "from django.http import HttpResponse\n\n\n"
    'def view(request):\n    return HttpResponse("x", status=410)\n'
)
REWRITTEN = (
    "from django_allresponses import HttpResponseGone\n\n\n"
    'def view(request):\n    return HttpResponseGone("x")\n'
)


def upgrade(*argv: str | Path) -> int:
    return main(["upgrade", *map(str, argv)])


# --- Atomic, checked writes ---------------------------------------------------------------------


def test_mode_bits_are_kept_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)
    views.chmod(0o640)
    assert upgrade(views) == 1
    assert views.read_text() == REWRITTEN
    assert stat.S_IMODE(views.stat().st_mode) == 0o640
    assert sorted(path.name for path in tmp_path.iterdir()) == ["views.py"]


def test_an_interrupt_during_the_write_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("django_allresponses.tools.upgrade._files.os.replace", interrupted)
    assert upgrade(views) == 130  # as a shell reports Ctrl-C, with one line, no traceback
    assert capsys.readouterr().err.splitlines()[-1] == (
        "python -m django_allresponses: error: upgrade interrupted: each file is as it was "
        "or wholly rewritten"
    )
    assert views.read_text() == VIEW
    assert sorted(path.name for path in tmp_path.iterdir()) == ["views.py"]


def test_a_file_saved_while_the_command_runs_is_left_alone_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from django_allresponses.tools.upgrade import _source

    views = tmp_path / "views.py"
    views.write_text(VIEW)
    edited = VIEW + "# saved in the editor meanwhile\n"
    real = _source.upgrade_source

    def and_saved(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        views.write_text(edited)
        return result

    monkeypatch.setattr(_source, "upgrade_source", and_saved)
    assert upgrade(views) == 1
    assert views.read_text() == edited
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{views}: left alone: it changed while the command ran"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["views.py"]


@pytest.mark.slow
@pytest.mark.once
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL, signal.SIGINT])
def test_a_signal_at_any_point_leaves_the_old_bytes_or_the_new(
    tmp_path: Path, signum: signal.Signals
) -> None:
    """A real process, interrupted at 16 points from its start to past its end (and later
    ones while the machine is too busy for the write to have happened by then): the file
    is always the old bytes or the new, never a part."""
    padding = "DATA = '" + "x" * 20_000_000 + "'\n"
    old = (VIEW + padding).encode()
    new = (REWRITTEN + padding).encode()
    views = tmp_path / "views.py"
    command = [sys.executable, "-m", "django_allresponses", "upgrade", str(views)]
    for _ in range(2):  # the first run also writes the bytecode of a fresh checkout
        views.write_bytes(old)
        started = time.monotonic()
        whole = subprocess.run(command, capture_output=True, timeout=120, check=False)
        duration = time.monotonic() - started
        assert whole.returncode == 1, whole.stderr
        assert views.read_bytes() == new
    outcomes: list[str] = []
    fractions = [0.3 + 1.2 * point / 16 for point in range(16)]
    earliest, latest = fractions[0], fractions[-1]
    while fractions:
        fraction = fractions.pop(0)
        outcomes.append(_interrupted(command, views, old, new, duration * fraction, signum))
        if not fractions and "new" not in outcomes and latest < 12:
            latest *= 1.5  # a busy machine: later, until the write is done
            fractions.append(latest)
        elif not fractions and "old" not in outcomes and earliest > 0.01:
            earliest /= 3  # a run slower than this one: earlier, before the write
            fractions.append(earliest)
    assert {"old", "new"} <= set(outcomes), outcomes  # the points straddle the write


def _interrupted(
    command: list[str], views: Path, old: bytes, new: bytes, delay: float, signum: int
) -> str:
    views.write_bytes(old)
    for leftover in views.parent.glob(".views.py.*.tmp"):
        leftover.unlink()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # SIGINT as a terminal sends it, even where this run was started with it ignored
        # (a background job of a shell), which a child would inherit.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(delay)
    process.send_signal(signum)
    process.wait(timeout=120)
    data = views.read_bytes()
    assert data in (old, new), f"a part of the file after {delay:.2f}s: {len(data)} bytes"
    others = {path.name for path in views.parent.iterdir()} - {"views.py"}
    if signum != signal.SIGKILL:  # a killed process cannot clean up; the file is whole
        assert others == set(), others
    return "new" if data == new else "old"


# --- Walking a tree ---------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in (
        "app",
        "venv/lib/python3.11/site-packages/django",
        ".venv/lib",
        "env2/lib",
        "site-packages/pkg",
        "node_modules/pkg",
        "build/lib",
        "dist/pkg",
        ".tox/py311",
        ".nox/tests",
        "app/__pycache__",
        ".hidden",
        "generated",
        "migrations_old",
    ):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "views.py").write_text(VIEW)
    (root / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (root / "env2" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (root / ".gitignore").write_text("generated/\n")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def test_the_walk_skips_environments_installed_packages_hidden_and_ignored_folders(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert upgrade(tree, "--check", "--exclude", "migrations_*") == 1
    listed = sorted(
        line.split(":")[0].removeprefix(f"{tree}/")
        for line in capsys.readouterr().out.splitlines()
    )
    assert listed == ["app/views.py"]


def test_a_file_named_is_always_processed(tree: Path) -> None:
    inside = tree / "venv" / "lib" / "python3.11" / "site-packages" / "django" / "views.py"
    assert upgrade(inside) == 1
    assert inside.read_text() == REWRITTEN
    assert (tree / "app" / "views.py").read_text() == VIEW


def test_a_link_to_a_file_outside_the_path_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text(VIEW)
    project = tmp_path / "project"
    project.mkdir()
    (project / "linked.py").symlink_to(outside)
    assert upgrade(project) == 0
    assert outside.read_text() == VIEW
    assert (project / "linked.py").is_symlink()
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{project / 'linked.py'}: left alone: a link to {outside}, outside the paths given"
    )


def test_a_link_inside_the_path_writes_its_target_once_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.py").write_text(VIEW)
    (tmp_path / "alias.py").symlink_to(tmp_path / "real.py")
    assert upgrade(tmp_path) == 1
    assert (tmp_path / "real.py").read_text() == REWRITTEN
    assert (tmp_path / "alias.py").is_symlink()


# --- One line per troubled file; exit codes ------------------------------------------------------


def test_each_troubled_file_is_one_line_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a_undecodable.py").write_bytes(b"x = '\xff\xfe'\n" + VIEW.encode())
    (tmp_path / "b_cookie.py").write_bytes(b"# -*- coding: no-such-codec -*-\n" + VIEW.encode())
    (tmp_path / "c_syntax.py").write_text(VIEW + "def broken(:\n")
    (tmp_path / "d_dangling.py").symlink_to(tmp_path / "gone.py")
    (tmp_path / "e_javascript.py").write_text(
        "from django.http import HttpResponseRedirect\n\n\n"
        'def view(request):\n    return HttpResponseRedirect("javascript:alert(1)")\n'
    )
    (tmp_path / "z_fine.py").write_text(VIEW)
    assert upgrade(tmp_path) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == (
        f"{tmp_path / 'a_undecodable.py'}: cannot be decoded: 'utf-8' codec can't decode byte "
        "0xff in position 5: invalid start byte"
    )
    assert lines[1].startswith(f"{tmp_path / 'b_cookie.py'}: cannot be decoded: unknown encoding")
    assert lines[2].startswith(f"{tmp_path / 'c_syntax.py'}:")
    assert "cannot be parsed" in lines[2]
    assert lines[3] == (
        f"{tmp_path / 'd_dangling.py'}: cannot be read: no such file (a link to nothing, or "
        "removed)"
    )
    assert lines[4].startswith("6 files, 1 calls rewritten, 1 left alone, 4 files not processed (")
    assert len(lines) == 5
    assert "Traceback" not in err
    assert out.splitlines()[0].startswith(
        f"{tmp_path / 'e_javascript.py'}:5: left alone: "
        'HttpResponseRedirect("javascript:alert(1)"): HttpResponseFound refuses it: '
    )
    assert (tmp_path / "z_fine.py").read_text() == REWRITTEN


def test_a_file_removed_while_the_command_runs_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from django_allresponses.tools.upgrade import _command, _files

    (tmp_path / "views.py").write_text(VIEW)
    real = _files.read_source

    def removed(path: Path) -> object:
        path.unlink()
        return real(path)

    monkeypatch.setattr(_command, "read_source", removed)
    assert upgrade(tmp_path) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{tmp_path / 'views.py'}: cannot be read: it was removed while the command ran"
    )


@pytest.mark.parametrize(
    ("content", "argv", "status"),
    [
        ("x = 1\n", [], 0),  # nothing to change
        (VIEW, ["--check"], 1),  # would be rewritten
        (VIEW, ["--diff"], 1),
        (VIEW, [], 1),  # rewritten
        (VIEW.replace("status=410", "status=code"), [], 0),  # left alone only
    ],
)
def test_exit_codes(tmp_path: Path, content: str, argv: list[str], status: int) -> None:
    views = tmp_path / "views.py"
    views.write_text(content)
    assert upgrade(*argv, views) == status


def test_a_usage_error_exits_2_before_any_file_is_written(tmp_path: Path) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)
    assert upgrade(views, tmp_path / "missing.py") == 2
    assert views.read_text() == VIEW
    assert upgrade("--no-such-option", views) == 2


# --- Bytes kept ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            VIEW.replace("\n", "\r\n").encode(),
            REWRITTEN.replace("\n", "\r\n").encode(),
            id="crlf",
        ),
        pytest.param(
            VIEW.replace("\n", "\r").encode(), REWRITTEN.replace("\n", "\r").encode(), id="cr"
        ),
        pytest.param(
            b"from django.http import HttpResponse\r\n\n\ndef view(request):\r\n"
            b'    x = 1\n    return HttpResponse("x", status=410)\r\n',
            b"from django_allresponses import HttpResponseGone\r\n\n\ndef view(request):\r\n"
            b'    x = 1\n    return HttpResponseGone("x")\r\n',
            id="mixed",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + VIEW.encode(), b"\xef\xbb\xbf" + REWRITTEN.encode(), id="bom"
        ),
        pytest.param(
            b"# -*- coding: latin-1 -*-\n" + VIEW.replace('"x"', '"caf\xe9"').encode("latin-1"),
            b"# -*- coding: latin-1 -*-\n"
            + REWRITTEN.replace('"x"', '"caf\xe9"').encode("latin-1"),
            id="latin-1",
        ),
        pytest.param(
            VIEW.removesuffix("\n").encode(), REWRITTEN.removesuffix("\n").encode(), id="no-eol"
        ),
    ],
)
def test_only_the_rewritten_spans_change(tmp_path: Path, before: bytes, after: bytes) -> None:
    views = tmp_path / "views.py"
    views.write_bytes(before)
    assert upgrade(views) == 1
    assert views.read_bytes() == after


def test_a_layout_libcst_cannot_give_back_is_left_alone_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    before = VIEW.replace("def view", "\fdef view").encode()
    views.write_bytes(before)
    assert upgrade(views) == 1
    assert views.read_bytes() == before
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{views}: left alone: libcst cannot give back this file's bytes exactly"
    )


# --- What it shows is what it writes ------------------------------------------------------------


def test_git_apply_of_the_diff_gives_the_rewritten_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "source"
    (source / "app").mkdir(parents=True)
    (source / "app" / "views.py").write_text(VIEW)
    (source / "app" / "crlf.py").write_bytes(VIEW.replace("\n", "\r\n").encode())
    (source / "app" / "same.py").write_text(
        "from django.http import HttpResponseNotFound\n\n\n"
        'def view(request):\n    return HttpResponseNotFound("x")'  # no line break at the end
    )
    shutil.copytree(source, tmp_path / "applied")
    shutil.copytree(source, tmp_path / "written")
    monkeypatch.chdir(tmp_path / "applied")
    assert upgrade("--check", "--diff", "app") == 1
    out = capsys.readouterr().out
    diff = "".join(line + "\n" for line in out.split("\n") if line and not line[0].isalpha())
    assert "+from django_allresponses import HttpResponseNotFound\n" in diff
    assert "app/same.py:" not in out  # its call's text does not change: only its import
    subprocess.run(["git", "apply", "-"], input=diff.encode(), check=True, cwd=".")
    monkeypatch.chdir(tmp_path / "written")
    assert upgrade("app") == 1
    for name in ("views.py", "crlf.py", "same.py"):
        applied = (tmp_path / "applied" / "app" / name).read_bytes()
        assert applied == (tmp_path / "written" / "app" / name).read_bytes(), name
        assert applied != (source / "app" / name).read_bytes(), name


@pytest.mark.slow
def test_the_console_script_runs_the_same_command(tmp_path: Path) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)
    script = Path(sys.executable).with_name("django-allresponses")
    done = subprocess.run(
        [script, "upgrade", "--check", views], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout) == (
        1,
        f'{views}:5: HttpResponse("x", status=410) -> HttpResponseGone("x")\n',
    )
