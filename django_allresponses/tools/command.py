"""What every subcommand of ``python -m django_allresponses`` shares: its name, its errors
(one line on stderr, with an exit status) and its argument parser."""

from __future__ import annotations

import argparse
from typing import Final, NoReturn

PROG: Final = "python -m django_allresponses"
"""The command's name, as its messages say it."""


class CommandError(Exception):
    """An error the command line reports as one line on stderr, with an exit status.

    Examples:
        >>> CommandError("port 8000 on 127.0.0.1 is in use", status=1).status
        1
    """

    def __init__(self, message: str, *, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


class CommandParser(argparse.ArgumentParser):
    """argparse, with usage errors raised as `CommandError` instead of printed."""

    def error(self, message: str) -> NoReturn:
        """Raise the usage error as a `CommandError`."""
        raise CommandError(f"{message} (see '{self.prog} --help')")


def port_number(text: str) -> int:
    """A TCP port given on the command line.

    Examples:
        >>> port_number("8000")
        8000
    """
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a TCP port (0-65535)")
    return port
