"""The command line, ``python -m django_allresponses``: the catalogue, the playground, the
documentation site and ``upgrade``.

Usage:

    python -m django_allresponses                    # the catalogue, one row per status
    python -m django_allresponses 429                # one status in full
    python -m django_allresponses JsonResponseGone   # one class in full
    python -m django_allresponses --json             # the catalogue as JSON, for tools
    python -m django_allresponses 429 --json         # one status as JSON
    python -m django_allresponses serve [--host H] [--port P]   # the playground site
    python -m django_allresponses docs [--host H] [--port P]    # the documentation site
    python -m django_allresponses upgrade [--check] [--diff] PATH...   # rewrite plain responses

The text fits the terminal width (``COLUMNS``, else the terminal's, at least
80 columns): a catalogue wider than that is printed as one short record per
status, and long lines are wrapped. Errors are one line on stderr, never a
traceback: an unknown code or name and other usage errors exit with 2, a busy
port or an output closed early (``| head -1``) with 1.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Sequence
from typing import TextIO

from .command import PROG, CommandError, CommandParser, port_number


def catalogue_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses [CODE | CLASS] [--json]``.

    Examples:
        >>> catalogue_parser().parse_args(["429"]).entry
        '429'
    """
    parser = CommandParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--json] [CODE | CLASS]\n"
        f"       {PROG} serve [-h] [--host HOST] [--port PORT] [--docs-url URL]\n"
        f"       {PROG} docs [-h] [--host HOST] [--port PORT]\n"
        f"       {PROG} upgrade [-h] [--check] [--diff] PATH...",
        description="The catalogue of django-allresponses: every HTTP status code, its "
        "response classes, their header arguments and whether content is allowed.",
        epilog=f"'{PROG} serve --help' describes the playground site, "
        f"'{PROG} docs --help' the documentation site.",
    )
    parser.add_argument(
        "entry",
        nargs="?",
        metavar="CODE | CLASS",
        help="show one status in full: a code such as 429, or a class name such as "
        "HttpResponseTooManyRequests or JsonResponseTooManyRequests",
    )
    parser.add_argument("--json", action="store_true", help="print JSON, for tools")
    return parser


def _address_parser(prog: str, description: str, port: int) -> argparse.ArgumentParser:
    from .playground.server import DEFAULT_HOST

    parser = CommandParser(prog=prog, description=description)
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST}")
    parser.add_argument(
        "--port", type=port_number, default=port, help=f"default {port}; 0 picks a free one"
    )
    return parser


def serve_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses serve``.

    Examples:
        >>> serve_parser().parse_args(["--port", "8080"]).port
        8080
    """
    from .docsite import DEFAULT_DOCS_PORT
    from .playground.server import DEFAULT_PORT

    parser = _address_parser(
        f"{PROG} serve",
        "Run the playground: a small Django site with an index of every status, an "
        "inspector page per status, and /status/<code> and /json/<code> returning each "
        "class (query parameters override header arguments).",
        DEFAULT_PORT,
    )
    parser.add_argument(
        "--docs-url",
        default=f"http://127.0.0.1:{DEFAULT_DOCS_PORT}/",
        help="where the playground links to the documentation site "
        f"(default: where '{PROG} docs' serves it)",
    )
    return parser


def docs_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m django_allresponses docs``.

    Examples:
        >>> docs_parser().parse_args([]).port
        8001
    """
    from .docsite import DEFAULT_DOCS_PORT

    return _address_parser(
        f"{PROG} docs",
        "Build the documentation site (MkDocs, from a checkout or the sdist) and serve it.",
        DEFAULT_DOCS_PORT,
    )


def terminal_width() -> int:
    """The width to fit the text to: ``COLUMNS``, else the terminal's, at least
    `~django_allresponses.tools.catalogue.MIN_WIDTH`.

    Examples:
        >>> from django_allresponses.tools.catalogue import MIN_WIDTH
        >>> terminal_width() >= MIN_WIDTH
        True
    """
    from .catalogue import MIN_WIDTH

    return max(MIN_WIDTH, shutil.get_terminal_size((MIN_WIDTH, 24)).columns)


def _upgrade(arguments: list[str], out: TextIO) -> int:
    # Found, not loaded: upgrade loads libcst only for a file with a call to rewrite.
    if importlib.util.find_spec("libcst") is None:
        raise CommandError(
            "upgrade needs libcst, which it rewrites source with: pip install 'libcst>=1.1'",
            status=1,
        )
    from .upgrade import run

    return run(arguments, out)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    width: int | None = None,
) -> int:
    """Run the command line; return the exit status.

    Errors are one line on stderr: usage errors (an unknown code or class, a bad
    option) exit with 2, a port that cannot be bound or an output closed early
    with 1. ``width`` defaults to `terminal_width`.

    Examples:
        >>> main(["204"])  # doctest: +ELLIPSIS
        204 No Content
        ...
        0
    """
    out = sys.stdout if stdout is None else stdout
    try:
        status = _run(list(sys.argv[1:] if argv is None else argv), out, width)
        out.flush()
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.status
    except BrokenPipeError:
        _detach(out)
        print(f"{PROG}: error: the output was closed before it was all written", file=sys.stderr)
        return 1
    return status


def _detach(out: TextIO) -> None:
    """Point a closed standard output at /dev/null, so that the exit flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)


def _run(arguments: list[str], out: TextIO, width: int | None) -> int:
    if arguments[:1] == ["serve"]:
        options = serve_parser().parse_args(arguments[1:])
        from .playground.server import serve

        with contextlib.suppress(KeyboardInterrupt):
            try:
                serve(options.host, options.port, stdout=out, docs_url=options.docs_url)
            except OSError as error:
                raise _listen_error(options.host, options.port, error) from error
        return 0
    if arguments[:1] == ["upgrade"]:
        try:
            return _upgrade(arguments[1:], out)
        except KeyboardInterrupt:
            raise CommandError(
                "upgrade interrupted: each file is as it was or wholly rewritten", status=130
            ) from None
    if arguments[:1] == ["docs"]:
        options = docs_parser().parse_args(arguments[1:])
        from .docsite import DocsUnavailableError, serve_docs

        with contextlib.suppress(KeyboardInterrupt):
            try:
                serve_docs(options.host, options.port, stdout=out)
            except DocsUnavailableError as error:
                raise CommandError(str(error), status=1) from error
            except OSError as error:
                raise _listen_error(options.host, options.port, error) from error
        return 0
    return _catalogue(arguments, out, width)


def _catalogue(arguments: list[str], out: TextIO, width: int | None) -> int:
    # The catalogue loads every class and its examples: not for the other commands.
    from .catalogue import (
        UnknownEntryError,
        catalogue_json,
        find_entry,
        format_catalogue,
        format_entry,
        signature,
    )

    options = catalogue_parser().parse_args(arguments)
    _ensure_settings()
    columns = terminal_width() if width is None else width
    if options.entry is None:
        text = (
            json.dumps(catalogue_json(), indent=2)
            if options.json
            else format_catalogue(width=columns)
        )
        print(text, file=out)
        return 0
    try:
        entry, cls = find_entry(options.entry)
    except UnknownEntryError as error:
        raise CommandError(str(error)) from error
    if options.json:
        data = catalogue_json([entry])[0]
        if cls is not None:
            data["signatures"] = {cls.__name__: signature(cls)}
        print(json.dumps(data, indent=2), file=out)
    else:
        print(format_entry(entry, cls, width=columns), file=out)
    return 0


def _listen_error(host: str, port: int, error: OSError) -> CommandError:
    reason = error.strerror or str(error)
    if error.errno == errno.EADDRINUSE:
        reason = "the port is in use"
    return CommandError(f"cannot listen on {host}:{port}: {reason}", status=1)


def _ensure_settings() -> None:
    """Responses read ``DEFAULT_CHARSET``: give Django its defaults when nothing configured it."""
    from django.conf import settings

    if not settings.configured:
        settings.configure()
