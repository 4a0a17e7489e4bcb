"""The playground: a small, self-contained Django site that sends every class of the library.

Run it with ``python -m django_allresponses serve [--host H] [--port P]``
(127.0.0.1:8000 by default). Django is configured in-process
(`.settings`: DEBUG off, Django's default middleware) and served by
Django's own threaded WSGI development server (`.server`, which lets 426
and 407 send their hop-by-hop fields and keeps ``Content-Length`` off 1xx, 204
and 304); no project and no extra dependency.

Pages
    ``/``
        Every status of `STATUSES`, grouped by class
        (1xx … 5xx): reason phrase, description, header arguments (required ones
        marked), whether content is allowed, and links to its classes.
    ``/status/<code>``
        The ``HttpResponse…`` class of ``code``, built with
        `example_arguments`.
    ``/json/<code>``
        Its ``JsonResponse…`` twin, the same way. A status that forbids content
        has no twin: 404.

Query parameters override header arguments, parsed into the types the classes
take (`.queries`): ``/status/429?retry_after=30``,
``/status/301?redirect_to=/x``, ``/status/405?permitted_methods=GET,POST``. A
value the class refuses (`ResponseValidationError`,
or Django's ``DisallowedRedirect``), or a parameter the class does not take,
gets a 400 whose ``text/plain`` body is the error message. An unassigned code
or an unknown path gets a 404 page.

1xx statuses: a 1xx is never a final response, and a WSGI application cannot
send an interim one, so ``/status/1xx`` does not send it: it answers **200**
with an HTML page describing the response the class builds (the call, the
status line and its header fields), and an ``X-Informational-Status`` header
naming the code. Query overrides and their 400s work there as everywhere.

Examples:
    >>> from django_allresponses.tools.playground.server import url
    >>> url("127.0.0.1", 8000)
    'http://127.0.0.1:8000/'
"""

from .server import DEFAULT_HOST, DEFAULT_PORT, configure, serve

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "configure", "serve"]
