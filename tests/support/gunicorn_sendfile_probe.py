"""A gunicorn configuration module that reports every ``os.sendfile`` call on stderr.

Loaded with ``--config python:tests.support.gunicorn_sendfile_probe``; gunicorn imports it
in the arbiter, before the workers fork, so they inherit the wrapped function.
"""

from __future__ import annotations

import os
import sys

_sendfile = os.sendfile


def _reported_sendfile(out_fd: int, in_fd: int, offset: int | None, count: int) -> int:
    sent = _sendfile(out_fd, in_fd, offset, count)
    print(f"[sendfile] offset={offset} count={count} sent={sent}", file=sys.stderr, flush=True)
    return sent


os.sendfile = _reported_sendfile
