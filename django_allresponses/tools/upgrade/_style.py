"""Where an added import goes, as the project's isort or ruff settings say: told without
libcst, so that a run over files with nothing to rewrite never loads it."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

SECTIONS = ("future", "standard-library", "third-party", "first-party", "local-folder")
"""isort's and ruff's default order of sections."""


@dataclass(frozen=True, slots=True)
class ImportStyle:
    """What the project's isort or ruff settings say of where an import goes.

    ``known`` maps a section's name to the top-level modules the settings put in it
    (``known-first-party``, isort's ``known_django``, ruff's ``sections``...);
    ``order`` is the order of the sections; ``src`` lists folders whose packages are
    first-party (ruff's ``src``, isort's ``src_paths``).

    Examples:
        >>> style = ImportStyle(known={"django": frozenset({"django"})},
        ...     order=("future", "standard-library", "django", "third-party", "first-party",
        ...            "local-folder"))
        >>> [style.section(name) for name in ("json", "django.http", "django_allresponses")]
        [1, 2, 3]
    """

    known: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: dict[str, frozenset[str]]()
    )
    order: tuple[str, ...] = SECTIONS
    src: tuple[str, ...] = ()
    force_sort_within_sections: bool = False
    line_length: int = 88
    split_on_trailing_comma: bool = True

    def _index(self, name: str) -> int:
        return self.order.index(name) if name in self.order else self.order.index("third-party")

    def section(self, module: str, level: int = 0) -> int:
        """The index in ``order`` of the section an import of ``module`` belongs to."""
        top = module.split(".")[0]
        if level:
            return self._index("local-folder")
        if top == "__future__":
            return self._index("future")
        for name, modules in self.known.items():
            if top in modules or module in modules:
                return self._index(name)
        if top in sys.stdlib_module_names:
            return self._index("standard-library")
        if self._in_src(top):
            return self._index("first-party")
        return self._index("third-party")

    def _in_src(self, top: str) -> bool:
        from pathlib import Path

        return any(
            Path(folder, top).is_dir() or Path(folder, f"{top}.py").is_file()
            for folder in self.src
        )
