"""``python -m django_allresponses upgrade``: plain Django responses into the typed classes.

A call is rewritten only when its status is known statically and the typed class
sends the same status, body and headers (less the headers the typed classes never
send: no ``Content-Type`` on a status without content). Everything else is left
alone and reported, with the reason.

Rewritten (the class is looked up with `response_class`,
never from a table kept by hand):

* ``HttpResponse(..., status=404)``, ``status=HTTPStatus.NOT_FOUND``,
  ``status=http.HTTPStatus.NOT_FOUND`` and ``status=status.HTTP_404_NOT_FOUND``
  (Django REST framework's constants, when the name is that import and DRF defines it);
* ``JsonResponse(data, status=409)``, into the JSON twin;
* Django's own classes, at the status they send (``HttpResponsePermanentRedirect``
  is a 301: ``HttpResponseMovedPermanently``; ``HttpResponseRedirect`` a 302:
  ``HttpResponseFound``; with ``preserve_request=True`` the class's own 308 or 307,
  whatever ``status=`` says, as Django sends; ``HttpResponseNotAllowed(methods)`` takes
  ``permitted_methods``);
* a header set right after the response is built, which the class takes as an
  argument, when the value is a literal whose header is the same either way
  (``response["Retry-After"] = "30"`` becomes ``retry_after=30``).

Left alone: a computed status, ``*args`` or ``**kwargs``, a required header
argument that is not given (a 201 without a location), content on a status
without content, a literal the typed class (or Django) refuses, a response whose
``status_code`` is set later in the same function (under any name bound to it, or
through ``setattr``), a class name that would clash with a name the module uses
otherwise or re-exports through ``__all__``, and a ``status.HTTP_*`` name Django REST
framework does not define.

Files are read and written as bytes: the encoding (PEP 263 cookie, UTF-8 BOM) and the
line endings (LF, CRLF, CR, mixed) are kept, and only the rewritten spans change. A
file is replaced in one step (`os.replace` of a flushed temporary file), never
truncated, and never when it changed after it was read.

Examples:
    >>> from django_allresponses.tools.upgrade import upgrade_source
    >>> source = '''from django.http import HttpResponse
    ...
    ... def gone(request):
    ...     return HttpResponse("Gone for good", status=410)
    ... '''
    >>> result = upgrade_source(source)
    >>> print(result.source, end="")
    from django_allresponses import HttpResponseGone
    <BLANKLINE>
    def gone(request):
        return HttpResponseGone("Gone for good")
    >>> [(change.line, change.after) for change in result.changes]
    [(4, 'HttpResponseGone("Gone for good")')]
"""

from typing import TYPE_CHECKING

from ._changes import Change, UnkeptSource, Upgraded
from ._command import run, unified_diff, upgrade_parser
from ._settings import import_style
from ._style import ImportStyle
from ._walking import python_files

if TYPE_CHECKING:
    from ._source import upgrade_source

__all__ = [
    "Change",
    "ImportStyle",
    "UnkeptSource",
    "Upgraded",
    "import_style",
    "python_files",
    "run",
    "unified_diff",
    "upgrade_parser",
    "upgrade_source",
]


def __getattr__(name: str) -> object:
    # upgrade_source loads libcst: only when it is asked for, so that the command over
    # files with nothing to rewrite never loads it.
    if name == "upgrade_source":
        from ._source import upgrade_source

        return upgrade_source
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
