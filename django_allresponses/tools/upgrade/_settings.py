"""The project's isort and ruff settings that say where an added import goes."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from ._style import SECTIONS, ImportStyle

_FILES = (".ruff.toml", "ruff.toml", "pyproject.toml", ".isort.cfg", "setup.cfg")


def _table(data: Mapping[str, Any], *keys: str) -> Mapping[str, Any] | None:
    for key in keys:
        value: object = data.get(key)
        if not isinstance(value, dict):
            return None
        data = cast("dict[str, Any]", value)
    return data


def _strings(value: object) -> list[str] | None:
    if not isinstance(value, list):
        return None
    return [str(item) for item in cast("list[object]", value)]


def _names(table: Mapping[str, Any], *keys: str) -> frozenset[str]:
    for key in keys:
        value = _strings(table.get(key))
        if value is not None:
            return frozenset(value)
    return frozenset()


_ISORT_SECTIONS = {
    "FUTURE": "future",
    "STDLIB": "standard-library",
    "THIRDPARTY": "third-party",
    "FIRSTPARTY": "first-party",
    "LOCALFOLDER": "local-folder",
}
_KNOWN = {
    "first-party": ("known-first-party", "known_first_party"),
    "third-party": ("known-third-party", "known_third_party"),
    "local-folder": ("known-local-folder", "known_local_folder"),
    "standard-library": (
        "extra-standard-library",
        "known_standard_library",
        "extra_standard_library",
    ),
}


def _isort_sections(isort: Mapping[str, Any]) -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """isort's sections: its known modules by section, and their order."""
    names = _strings(isort.get("sections")) or list(_ISORT_SECTIONS)
    order = tuple(_ISORT_SECTIONS.get(name.upper(), name.lower()) for name in names)
    known = {
        section: modules
        for section in order
        if section not in _ISORT_SECTIONS.values()
        and (modules := _names(isort, f"known_{section}"))
    }
    return known, order


def _ruff_sections(isort: Mapping[str, Any]) -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """ruff's sections: its custom ``sections`` and ``section-order``."""
    custom = _table(isort, "sections") or {}
    known = {name: frozenset(_strings(modules) or []) for name, modules in custom.items()}
    order = tuple(_strings(isort.get("section-order")) or []) or SECTIONS
    return known, order


def _style(
    root: Path, top: Mapping[str, Any], isort: Mapping[str, Any], ruff: bool
) -> ImportStyle:
    src = _strings(top.get("src") if ruff else isort.get("src_paths")) or []
    folders = [str(root / folder) for folder in src]
    length: object = top.get("line-length") if ruff else isort.get("line_length")
    known, order = _ruff_sections(isort) if ruff else _isort_sections(isort)
    for section, keys in _KNOWN.items():
        modules = frozenset[str]().union(*(_names(isort, key) for key in keys))
        if modules:
            known[section] = known.get(section, frozenset()) | modules
    return ImportStyle(
        known=known,
        order=order,
        src=tuple(folders or [str(root), str(root / "src")]),
        force_sort_within_sections=bool(
            isort.get("force-sort-within-sections", isort.get("force_sort_within_sections"))
        ),
        line_length=length if isinstance(length, int) else 88,
        split_on_trailing_comma=bool(
            isort.get("split-on-trailing-comma", True)
            if ruff
            else isort.get("split_on_trailing_comma", False)
        ),
    )


def _read(root: Path, name: str) -> ImportStyle | None:
    path = root / name
    if name in (".isort.cfg", "setup.cfg"):
        return _read_ini(root, path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if name != "pyproject.toml":
        return _style(
            root, data, _table(data, "lint", "isort") or _table(data, "isort") or {}, True
        )
    ruff = _table(data, "tool", "ruff")
    if ruff is not None:
        return _style(
            root, ruff, _table(ruff, "lint", "isort") or _table(ruff, "isort") or {}, True
        )
    table = _table(data, "tool", "isort")
    return None if table is None else _style(root, {}, table, ruff=False)


def _read_ini(root: Path, path: Path) -> ImportStyle | None:
    import configparser

    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    for section in ("isort", "settings", "tool:isort"):
        if parser.has_section(section):
            table: dict[str, Any] = {
                key: [item.strip() for item in value.split(",") if item.strip()]
                for key, value in parser.items(section)
            }
            for key in ("line_length",):
                if key in table and table[key] and table[key][0].isdigit():
                    table[key] = int(table[key][0])
            for key in ("force_sort_within_sections", "split_on_trailing_comma"):
                table[key] = parser.getboolean(section, key, fallback=False)
            return _style(root, {}, table, ruff=False)
    return None


@functools.cache
def import_style(folder: Path) -> ImportStyle:
    """The import settings that apply to the files of ``folder``: those of the nearest
    ``pyproject.toml`` (``[tool.ruff]``, else ``[tool.isort]``), ``ruff.toml``,
    ``.isort.cfg`` or ``setup.cfg`` above it that has any; isort's defaults otherwise,
    with the folder of the nearest ``pyproject.toml`` or ``.git`` as the project root."""
    root = None
    for candidate in (folder, *folder.parents):
        for name in _FILES:
            if (candidate / name).is_file():
                style = _read(candidate, name)
                if style is not None:
                    return style
        if root is None and (
            (candidate / "pyproject.toml").is_file() or (candidate / ".git").exists()
        ):
            root = candidate
    base = root or folder
    return ImportStyle(src=(str(base), str(base / "src")))
