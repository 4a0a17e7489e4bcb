"""Run the playground with Django's own development WSGI server: no extra dependency.

Two corrections to wsgiref, which that server is built on, let every class go
out as it was built:

* wsgiref refuses hop-by-hop header fields from an application (PEP 3333), yet
  426 Upgrade Required must send ``Upgrade`` (RFC 9110, Section 15.5.22), with
  ``Connection: Upgrade``, and 407 sends ``Proxy-Authenticate``. Here the
  server is the origin, so it sends them.
* wsgiref adds ``Content-Length: 0`` to a response that wrote no byte; on a 1xx
  or 204 that header is forbidden (RFC 9110, Section 8.6), and on a 304 it
  would be wrong (Section 8.6 again: it must be the 200's length).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TextIO
from wsgiref.headers import Headers
from wsgiref.util import is_hop_by_hop

from django.core.servers import basehttp

if TYPE_CHECKING:
    from _typeshed import OptExcInfo

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000

NO_FRAMING: Final = ("1", "204", "304")
"""Status lines (by prefix) that the server sends without ``Content-Length``."""


class PlaygroundServerHandler(basehttp.ServerHandler):
    """Django's ``ServerHandler``, sending hop-by-hop fields and no ``Content-Length: 0``
    where HTTP forbids it.

    Examples:
        >>> import io
        >>> environ = {"REQUEST_METHOD": "GET", "SERVER_PROTOCOL": "HTTP/1.1"}
        >>> handler = PlaygroundServerHandler(io.BytesIO(), io.BytesIO(), io.StringIO(), environ)
        >>> _ = handler.start_response("426 Upgrade Required", [("Upgrade", "h2c")])
        >>> handler.headers["Upgrade"]
        'h2c'
    """

    # Set by wsgiref's BaseHandler at run time; typeshed does not declare them.
    status: str | None
    headers: Headers
    headers_sent: bool

    def start_response(
        self,
        status: str,
        headers: list[tuple[str, str]],
        exc_info: OptExcInfo | None = None,
    ) -> Callable[[bytes], None]:
        """Start the response; hop-by-hop fields are added after wsgiref's check."""
        write = super().start_response(
            status, [(name, value) for name, value in headers if not is_hop_by_hop(name)], exc_info
        )
        for name, value in headers:
            if is_hop_by_hop(name):
                self.headers.add_header(name, value)
        return write

    def finish_content(self) -> None:
        """Send the headers of an empty response, without ``Content-Length`` where
        it is forbidden."""
        if not self.headers_sent and (self.status or "").startswith(NO_FRAMING):
            self.send_headers()
            return
        super().finish_content()


class PlaygroundRequestHandler(basehttp.WSGIRequestHandler):
    """Django's ``WSGIRequestHandler``, running `PlaygroundServerHandler`.

    Examples:
        >>> issubclass(PlaygroundRequestHandler, basehttp.WSGIRequestHandler)
        True
    """

    def handle_one_request(self) -> None:
        """Django's ``WSGIRequestHandler.handle_one_request``, with the playground's handler."""
        self.raw_requestline: bytes = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = ""
            self.request_version = ""
            self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = PlaygroundServerHandler(
            self.rfile, self.wfile, self.get_stderr(), self.get_environ()
        )
        handler.request_handler = self  # type: ignore[attr-defined]
        handler.run(self.server.get_app())  # type: ignore[attr-defined]


def configure(host: str = DEFAULT_HOST, *, docs_url: str | None = None) -> None:
    """Configure Django with `playground_settings` and set it up.

    Refuses to run when Django is already configured: the playground is a site
    of its own, not part of another project.

    Example (in a process of its own, before anything reads the settings):

        configure("127.0.0.1")
    """
    import django
    from django.conf import settings

    from .settings import playground_settings

    if settings.configured:
        raise RuntimeError(
            "Django settings are already configured; the playground configures its own"
        )
    settings.configure(**playground_settings(host, docs_url=docs_url))
    django.setup()


def url(host: str, port: int) -> str:
    """The address of the index page for a server bound to ``host`` and ``port``.

    Examples:
        >>> url("127.0.0.1", 8000)
        'http://127.0.0.1:8000/'
        >>> url("::1", 8000)
        'http://[::1]:8000/'
    """
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    stdout: TextIO | None = None,
    docs_url: str | None = None,
) -> None:
    """Configure Django and serve the playground until interrupted.

    The server is Django's threaded development WSGI server (the one behind
    ``runserver``), without the autoreloader. Port 0 picks a free port; the
    address actually bound is printed. The pages link to the documentation site
    at ``docs_url``. A port that cannot be bound raises ``OSError``. Requests
    are logged on stderr by Django's ``django.server`` logger.

    Example (blocks until Ctrl+C):

        serve("127.0.0.1", 0)
        # prints: django-allresponses playground on http://127.0.0.1:41235/ (Ctrl+C to quit)
    """
    out = sys.stdout if stdout is None else stdout
    configure(host, docs_url=docs_url)

    from django.core.wsgi import get_wsgi_application

    server = basehttp.ThreadedWSGIServer((host, port), PlaygroundRequestHandler, ipv6=":" in host)
    server.set_app(get_wsgi_application())
    print(
        f"django-allresponses playground on {url(host, server.server_port)} (Ctrl+C to quit)",
        file=out,
        flush=True,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
