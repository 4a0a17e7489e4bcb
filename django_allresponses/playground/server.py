"""Run the playground with Django's own development WSGI server: no extra dependency."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Final, TextIO

if TYPE_CHECKING:
    from _typeshed import OptExcInfo
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000


def configure(host: str = DEFAULT_HOST) -> None:
    """Configure Django with :func:`~.settings.playground_settings` and set it up.

    Refuses to run when Django is already configured: the playground is a site
    of its own, not part of another project.

    Example::

        >>> configure()  # doctest: +SKIP
    """
    import django
    from django.conf import settings

    from .settings import playground_settings

    if settings.configured:
        raise RuntimeError(
            "Django settings are already configured; the playground configures its own"
        )
    settings.configure(**playground_settings(host))
    django.setup()


def url(host: str, port: int) -> str:
    """The address of the index page for a server bound to ``host`` and ``port``.

    Example::

        >>> url("127.0.0.1", 8000)
        'http://127.0.0.1:8000/'
        >>> url("::1", 8000)
        'http://[::1]:8000/'
    """
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


_NO_FRAMING: Final = ("1", "204", "304")
"""Status lines whose responses carry no Content-Length on the wire (RFC 9110, Sections 8.6
and 15.4.5): wsgiref would add ``Content-Length: 0`` to them."""


def without_empty_framing(app: WSGIApplication) -> WSGIApplication:
    """Wrap a WSGI application so that wsgiref sends no ``Content-Length`` on 1xx, 204 and 304.

    wsgiref (under Django's development server) adds ``Content-Length: 0`` to
    any response that writes no byte. Handing it a body it cannot measure, one
    empty chunk from a generator, keeps the header off; the connection is then
    closed after the response, as Django's server does for any unmeasured body.

    Example::

        >>> def app(environ, start_response):
        ...     start_response("204 No Content", [])
        ...     return []
        >>> body = without_empty_framing(app)({}, lambda status, headers, exc_info=None: None)
        >>> list(body), hasattr(body, "__len__")
        ([b''], False)
    """

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        statuses: list[str] = []

        def remember(
            status: str, headers: list[tuple[str, str]], exc_info: OptExcInfo | None = None, /
        ) -> Callable[[bytes], object]:
            statuses.append(status)
            return start_response(status, headers, exc_info)

        result = app(environ, remember)
        if statuses and statuses[-1].startswith(_NO_FRAMING):
            return _unmeasured(result)
        return result

    return application


def _unmeasured(result: Iterable[bytes]) -> Iterator[bytes]:
    try:
        yield from result
        yield b""
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()


def serve(
    host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, stdout: TextIO | None = None
) -> None:
    """Configure Django and serve the playground until interrupted.

    The server is Django's threaded development WSGI server (the one behind
    ``runserver``), without the autoreloader. Port 0 picks a free port; the
    address actually bound is printed. Requests are logged on stderr by
    Django's ``django.server`` logger.

    Example::

        >>> serve("127.0.0.1", 8000)  # doctest: +SKIP
        django-allresponses playground on http://127.0.0.1:8000/ (Ctrl+C to quit)
    """
    out = sys.stdout if stdout is None else stdout
    configure(host)

    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    server = ThreadedWSGIServer((host, port), WSGIRequestHandler, ipv6=":" in host)
    server.set_app(without_empty_framing(get_wsgi_application()))
    print(
        f"django-allresponses playground on {url(host, server.server_port)} (Ctrl+C to quit)",
        file=out,
        flush=True,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
