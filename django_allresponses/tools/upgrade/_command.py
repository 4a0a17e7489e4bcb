"""``python -m django_allresponses upgrade``: the command line over files and trees."""

from __future__ import annotations

import argparse
import difflib
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..command import PROG, CommandError, CommandParser
from ._candidates import has_candidates, mentions_django_responses
from ._changes import UnkeptSource, Upgraded, one_line
from ._files import FileChanged, SourceFile, read_source, write_atomic
from ._settings import import_style
from ._walking import python_files


def upgrade_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses upgrade``.

    Examples:
        >>> upgrade_parser().parse_args(["--check", "src"]).check
        True
    """
    parser = CommandParser(
        prog=f"{PROG} upgrade",
        description="Rewrite plain Django responses whose status is known into the typed "
        "classes of django-allresponses, in place; report each call left alone and why. "
        "Exit 0 when nothing changes, 1 when files are rewritten (or would be, with "
        "--check or --diff) or a file cannot be processed, 2 for a usage error.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Python files or directories")
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 listing each call that would be rewritten",
    )
    parser.add_argument(
        "--diff", action="store_true", help="print the whole change as a diff; change nothing"
    )
    parser.add_argument("--quiet", action="store_true", help="do not list the calls left alone")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PATTERN",
        help="a glob pattern of files or folders not to walk (by name, or by path below the "
        "PATH given); may be repeated. Files named on the command line are always processed",
    )
    return parser


@dataclass(slots=True)
class _Run:
    """One run of the command: its options, where it writes, what it has done."""

    options: argparse.Namespace
    out: TextIO
    roots: tuple[Path, ...]
    files: int = 0
    changed: int = 0
    rewritten: int = 0
    left_alone: int = 0
    failed: int = 0

    @property
    def write(self) -> bool:
        return not (self.options.check or self.options.diff)

    def trouble(self, path: Path, message: str) -> None:
        print(f"{path}{message}", file=sys.stderr)
        self.failed += 1


def _roots(paths: Sequence[str]) -> tuple[Path, ...]:
    """The folders a file may be written in: each folder given, and the folder of each
    file given, as their real paths."""
    roots: list[Path] = []
    for text in paths:
        path = Path(os.path.abspath(text))
        roots.append((path if path.is_dir() else path.parent).resolve())
    return tuple(roots)


def run(arguments: Sequence[str], out: TextIO) -> int:
    """Run ``upgrade`` with command-line ``arguments``; return the exit status.

    0 when nothing changes; 1 when files are rewritten (or would be, with ``--check`` or
    ``--diff``) or a file cannot be processed (one line on stderr each, and the run goes
    on); a usage error raises `CommandError` (status 2).

    Examples:
        >>> import io
        >>> run(["--check", __file__], io.StringIO())
        0
    """
    options = upgrade_parser().parse_args(list(arguments))
    for text in options.paths:
        if not os.path.lexists(text):
            raise CommandError(f"{text}: no such file or directory")
    state = _Run(options, out, _roots(options.paths))
    started = time.perf_counter()
    seen: set[Path] = set()
    with _TerminatedAsExit():
        for path in python_files(options.paths, exclude=options.exclude):
            state.files += 1
            _one_file(state, path, seen)
    elapsed = time.perf_counter() - started
    out.flush()
    verb = "rewritten" if state.write else "to rewrite"
    failed = f", {state.failed} files not processed" if state.failed else ""
    print(
        f"{state.files} files, {state.rewritten} calls {verb}, {state.left_alone} left alone"
        f"{failed} ({elapsed:.2f}s)",
        file=sys.stderr,
    )
    return 1 if state.failed or state.changed else 0


class _TerminatedAsExit:
    """SIGTERM raises `SystemExit` (143) while the command runs, as Ctrl-C raises
    `KeyboardInterrupt`: a write under way removes its temporary file on the way out."""

    def __init__(self) -> None:
        self.before: Any = None
        self.main = threading.current_thread() is threading.main_thread()

    def __enter__(self) -> None:
        if self.main:
            self.before = signal.signal(signal.SIGTERM, self._terminated)

    def __exit__(self, *exc_info: object) -> None:
        if self.main:
            signal.signal(signal.SIGTERM, self.before)

    @staticmethod
    def _terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)


def _one_file(state: _Run, path: Path, seen: set[Path]) -> None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        state.trouble(path, ": cannot be read: no such file (a link to nothing, or removed)")
        return
    if target in seen:
        return
    seen.add(target)
    if path.is_symlink() and not any(target.is_relative_to(root) for root in state.roots):
        print(f"{path}: left alone: a link to {target}, outside the paths given", file=sys.stderr)
        return
    source = _read(state, path, target)
    if source is None:
        return
    result = _upgrade(state, path, source)
    if result is None:
        return
    state.left_alone += len(result.left_alone)
    for change in result.changes:
        if change.rewritten and one_line(change.before) == one_line(change.after or ""):
            continue  # the same text: only its import changes
        state.rewritten += change.rewritten
        if change.rewritten or not state.options.quiet:
            print(change.describe(), file=state.out)
    if result.source != source.text:
        state.changed += 1
        _emit(state, path, source, result.source)


def _read(state: _Run, path: Path, target: Path) -> SourceFile | None:
    try:
        return read_source(target)
    except FileNotFoundError:
        state.trouble(path, ": cannot be read: it was removed while the command ran")
    except OSError as error:
        state.trouble(path, f": cannot be read: {error.strerror or error}")
    except (SyntaxError, UnicodeDecodeError, LookupError) as error:
        state.trouble(path, f": cannot be decoded: {error}")
    return None


def _upgrade(state: _Run, path: Path, source: SourceFile) -> Upgraded | None:
    if not mentions_django_responses(source.text) or not has_candidates(source.text):
        return Upgraded(source.text, ())  # as upgrade_source says, without loading libcst
    imports = state.write or state.options.diff
    if not imports:  # --check: what Python's own parser tells, where it tells all
        from ._quick import quick_check

        quick = quick_check(source.text, str(path))
        if quick is not None:
            return quick
    import libcst as cst

    from ._source import upgrade_source

    try:
        return upgrade_source(
            source.text,
            str(path),
            imports=imports,
            style=import_style(source.path.parent) if imports else None,
        )
    except cst.ParserSyntaxError as error:
        state.trouble(path, f":{error.raw_line}: cannot be parsed: {error.message}")
    except UnkeptSource as error:
        state.trouble(path, f": left alone: {error}")
    except Exception as error:  # one file's trouble never ends the run
        state.trouble(path, f": cannot be upgraded: {type(error).__name__}: {error}")
    return None


def _emit(state: _Run, path: Path, source: SourceFile, new: str) -> None:
    if state.options.diff:
        state.out.write(unified_diff(path, source.text, new))
    if not state.write:
        return
    try:
        write_atomic(source.path, source.encode(new), source.data)
    except FileChanged:
        state.trouble(path, ": left alone: it changed while the command ran")
    except UnicodeEncodeError as error:
        state.trouble(path, f": cannot be written in {source.encoding}: {error.reason}")
    except OSError as error:
        state.trouble(path, f": cannot be written: {error.strerror or error}")


def _lines(text: str) -> list[str]:
    """``text`` cut after each LF, as git cuts it (a CR is part of its line)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def unified_diff(path: Path, before: str, after: str) -> str:
    """The change as a unified diff that ``git apply`` takes (``a/`` and ``b/`` paths,
    relative to the current folder where they can be; a last line without a line break
    marked as git marks it).

    Examples:
        >>> print(unified_diff(Path("v.py"), "x = 1\\n", "x = 2\\n"), end="")
        --- a/v.py
        +++ b/v.py
        @@ -1 +1 @@
        -x = 1
        +x = 2
    """
    name = path.as_posix()
    if path.is_absolute():
        relative = os.path.relpath(path)
        name = Path(relative).as_posix() if not relative.startswith("..") else name.lstrip("/")
    text: list[str] = []
    for line in difflib.unified_diff(_lines(before), _lines(after), f"a/{name}", f"b/{name}"):
        text.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(text)
