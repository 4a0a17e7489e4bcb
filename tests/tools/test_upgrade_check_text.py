"""The text ``upgrade_source(..., imports=False)`` gives (what ``--check`` compares), which
is written by replacing the code of the calls rewritten: nested calls, calls over several
lines in nested blocks, header sets folded (at the end of a file without a last line break
too), CRLF line endings and tab indentation, each against a literal."""

from __future__ import annotations

import pytest

from django_allresponses.tools.upgrade import upgrade_source

CASES = {
    "nested": (
        "from django.http import HttpResponse\n\n\n"
        "def view(request):\n    return HttpResponse(HttpResponse(status=404), status=410)\n",
        "from django.http import HttpResponse\n\n\n"
        "def view(request):\n    return HttpResponseGone(HttpResponseNotFound())\n",
    ),
    "several lines in nested blocks": (
        "from django.http import HttpResponse\n\n\nclass V:\n    def get(self, request):\n"
        "        if request.GET:\n            return HttpResponse(\n"
        '                "gone",\n                status=410,\n            )\n'
        "        return None\n",
        "from django.http import HttpResponse\n\n\nclass V:\n    def get(self, request):\n"
        "        if request.GET:\n            return HttpResponseGone(\n"
        '                "gone",\n            )\n        return None\n',
    ),
    "folded at the module's end, no last line break": (
        "from django.http import HttpResponse\n\n"
        'response = HttpResponse(status=503)\nresponse["Retry-After"] = "30"',
        "from django.http import HttpResponse\n\n"
        "response = HttpResponseServiceUnavailable(retry_after=30)",
    ),
    "folded in the module's body": (
        "from django.http import HttpResponse\n\n"
        'response = HttpResponse(status=503)\nresponse["Retry-After"] = "30"\nx = 1\n',
        "from django.http import HttpResponse\n\n"
        "response = HttpResponseServiceUnavailable(retry_after=30)\nx = 1\n",
    ),
    "CRLF": (
        "from django.http import HttpResponse\r\n\r\n\r\ndef view(request):\r\n"
        '    response = HttpResponse(status=503)\r\n    response["Retry-After"] = "30"\r\n'
        "    return response\r\n",
        "from django.http import HttpResponse\r\n\r\n\r\ndef view(request):\r\n"
        "    response = HttpResponseServiceUnavailable(retry_after=30)\r\n"
        "    return response\r\n",
    ),
    "tabs": (
        "from django.http import HttpResponse\n\n\ndef view(request):\n\tif request:\n"
        '\t\treturn HttpResponse("x",\n\t\t\tstatus=404)\n',
        "from django.http import HttpResponse\n\n\ndef view(request):\n\tif request:\n"
        '\t\treturn HttpResponseNotFound("x")\n',
    ),
}


@pytest.mark.parametrize(("before", "after"), CASES.values(), ids=list(CASES))
def test_the_text_without_imports(before: str, after: str) -> None:
    assert upgrade_source(before, imports=False).source == after
