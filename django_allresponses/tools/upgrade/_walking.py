"""The files a tree holds for the command, walked as ruff and black walk one."""

from __future__ import annotations

import errno
import fnmatch
import os
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final

SKIPPED: Final = frozenset(
    {"site-packages", "node_modules", "build", "dist", ".tox", ".nox", "__pycache__"}
)
"""Folders never walked, besides hidden ones and virtual environments."""


def _git_ignored(root: Path) -> frozenset[Path]:
    """What the repository's ignore files (``.gitignore`` and the rest) ignore under
    ``root``, as git tells it; nothing outside a repository or without git."""
    try:
        done = subprocess.run(
            [
                "git",
                "ls-files",
                "--others",
                "--ignored",
                "--exclude-standard",
                "--directory",
                "-z",
            ],
            cwd=root,
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    if done.returncode != 0:
        return frozenset()
    return frozenset(
        Path(root, os.fsdecode(name).rstrip("/")) for name in done.stdout.split(b"\0") if name
    )


def _excluded(name: str, relative: str, patterns: Sequence[str]) -> bool:
    return any(
        fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(relative, pattern)
        for pattern in patterns
    )


def _exists(path: str) -> bool:
    """``Path(path).exists()``, without building the path object: a missing file or folder
    is absent, any other error raised."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return False
        raise
    return True


def _skipped_folder(directory: str, name: str) -> bool:
    return (
        name.startswith(".")
        or name in SKIPPED
        or _exists(os.path.join(directory, name, "pyvenv.cfg"))
    )


def _left_out(
    directory: str, name: str, root: Path, ignored: frozenset[Path], exclude: Sequence[str]
) -> bool:
    """Whether git ignores ``name`` in ``directory`` or an ``exclude`` pattern matches it
    (the path objects built only when there is something to compare them with)."""
    if not ignored and not exclude:
        return False
    path = Path(directory, name)
    return path in ignored or _excluded(name, path.relative_to(root).as_posix(), exclude)


def _listing(directory: str) -> tuple[list[str], list[str], set[str]]:
    """The folders and other files in ``directory``, and which folders are links: what
    `os.walk` lists there (a folder it cannot read lists nothing), from one scan."""
    folders: list[str] = []
    files: list[str] = []
    links: set[str] = set()
    try:
        with os.scandir(directory) as scan:
            entries = list(scan)
    except OSError:
        return folders, files, links
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (folders if is_dir else files).append(entry.name)
        if is_dir and entry.is_symlink():
            links.add(entry.name)
    return folders, files, links


def _walk(root: Path, exclude: Sequence[str]) -> Iterator[Path]:
    ignored = _git_ignored(root)
    yield from _walk_folder(os.fspath(root), root, ignored, exclude)


def _walk_folder(
    directory: str, root: Path, ignored: frozenset[Path], exclude: Sequence[str]
) -> Iterator[Path]:
    """As `os.walk` from the top down, links to folders not followed: the Python files of
    ``directory`` in sorted order, then those of each folder kept, in sorted order."""
    folders, files, links = _listing(directory)
    for filename in sorted(files):
        if (
            filename.endswith(".py")
            and not filename.startswith(".")
            and not _left_out(directory, filename, root, ignored, exclude)
        ):
            yield Path(directory, filename)
    for name in sorted(folders):
        if (
            name not in links
            and not _skipped_folder(directory, name)
            and not _left_out(directory, name, root, ignored, exclude)
        ):
            yield from _walk_folder(os.path.join(directory, name), root, ignored, exclude)


def python_files(paths: Iterable[str], *, exclude: Sequence[str] = ()) -> Iterator[Path]:
    """The Python files under ``paths``: a file named is always given; a folder is walked
    in sorted order, without hidden folders, virtual environments (a folder holding
    ``pyvenv.cfg``), `SKIPPED` folders, what git ignores, and what matches one of the
    ``exclude`` glob patterns (by name, or by path below the folder). Links to folders
    are not followed.

    Examples:
        >>> import django_allresponses.tools.upgrade as this
        >>> from pathlib import Path
        >>> names = [path.name for path in python_files([str(Path(this.__file__).parent)])]
        >>> names[0], names == sorted(names), "_walking.py" in names
        ('__init__.py', True, True)
    """
    for text in paths:
        path = Path(text)
        if path.is_dir():
            yield from _walk(path, exclude)
        else:
            yield path
