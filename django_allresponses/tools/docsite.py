"""`python -m django_allresponses docs`: build the documentation site and serve it locally.

The site's sources (`mkdocs.yml` and `docs/`) live in a checkout and in the
sdist, beside the package, not in the wheel; MkDocs and its plugins come with
the `docs` extra (`pip install -e '.[docs]'`). The site is built once into a
temporary folder with `mkdocs build --strict`, then served by the standard
library's HTTP server on 127.0.0.1:8001 (next to the playground's 8000, which
links to it).

Examples:
    >>> source_config().name
    'mkdocs.yml'
"""

from __future__ import annotations

import functools
import http.server
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Final, TextIO

DEFAULT_DOCS_PORT: Final = 8001
"""The port `python -m django_allresponses docs` serves on, unless told otherwise."""

ROOT: Final = Path(__file__).resolve().parents[2]
"""The folder that holds the package: a checkout or an unpacked sdist."""


class DocsUnavailableError(RuntimeError):
    """The documentation sources or MkDocs are not there, or the site did not build.

    Examples:
        >>> str(DocsUnavailableError("no mkdocs.yml"))
        'no mkdocs.yml'
    """


def source_config(root: Path = ROOT) -> Path:
    """The `mkdocs.yml` beside the package.

    Args:
        root: The folder that should hold `mkdocs.yml` and `docs/`.

    Returns:
        The path of `mkdocs.yml`.

    Raises:
        DocsUnavailableError: It is missing (an installed wheel).

    Examples:
        >>> source_config().parent == ROOT
        True
    """
    config = root / "mkdocs.yml"
    if not config.is_file():
        raise DocsUnavailableError(
            f"no documentation sources at {root} (mkdocs.yml and docs/ come with a "
            "checkout or the sdist, not with the wheel)"
        )
    return config


def build_site(site_dir: Path, *, config: Path | None = None, strict: bool = True) -> Path:
    """Build the site into `site_dir` with MkDocs (strict by default).

    Args:
        site_dir: Where the built site goes.
        config: The `mkdocs.yml` to build, by default the one beside the package.
        strict: Whether a warning fails the build, as `mkdocs build --strict`.

    Returns:
        `site_dir`.

    Raises:
        DocsUnavailableError: MkDocs is not installed (the `docs` extra), or the
            site did not build; the message holds MkDocs' warnings in one line.

    Examples:
        Building takes a few seconds:

        ```python
        build_site(Path("/tmp/site"))
        ```
    """
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config  # pyright: ignore[reportUnknownVariableType]
        from mkdocs.exceptions import MkDocsException
    except ImportError as error:
        raise DocsUnavailableError(
            "MkDocs is not installed; install the docs extra: pip install -e '.[docs]'"
        ) from error
    problems = _Problems()
    logger = logging.getLogger("mkdocs")
    propagate = logger.propagate
    logger.addHandler(problems)
    logger.propagate = False
    try:
        settings = load_config(
            str(config or source_config()), site_dir=str(site_dir), strict=strict
        )
        build(settings)
    except MkDocsException as error:
        message = "; ".join(problems.messages) or str(error) or type(error).__name__
        raise DocsUnavailableError(
            f"the documentation site did not build: {' '.join(message.split())}"
        ) from error
    finally:
        logger.removeHandler(problems)
        logger.propagate = propagate
    return site_dir


class _Problems(logging.Handler):
    """Keeps MkDocs' warnings and errors, to report them in one line instead of a log."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def serve_docs(host: str, port: int, *, stdout: TextIO | None = None) -> None:
    """Bind `host:port`, build the site, then serve it until interrupted.

    The port is bound first, so that a busy one is reported before the build.

    Args:
        host: The address to listen on.
        port: The port to listen on (0 for any free one).
        stdout: Where the progress lines go, by default `sys.stdout`.

    Examples:
        Blocks until Ctrl+C:

        ```python
        serve_docs("127.0.0.1", 8001)
        # prints: django-allresponses documentation on http://127.0.0.1:8001/ (Ctrl+C to quit)
        ```
    """
    out = sys.stdout if stdout is None else stdout
    config = source_config()
    with tempfile.TemporaryDirectory(prefix="django-allresponses-docs-") as folder:
        handler = functools.partial(_QuietHandler, directory=folder)
        server = http.server.ThreadingHTTPServer((host, port), handler)
        try:
            print("Building the documentation site...", file=out, flush=True)
            build_site(Path(folder), config=config)
            address = f"[{host}]" if ":" in host else host
            print(
                f"django-allresponses documentation on http://{address}:{server.server_port}/ "
                "(Ctrl+C to quit)",
                file=out,
                flush=True,
            )
            server.serve_forever()
        finally:
            server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """The standard library's file handler, logging requests on stderr in one short line."""

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")
