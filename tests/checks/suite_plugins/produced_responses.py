"""A pytest plugin that counts the responses a test suite produces, for comparison with
what the response checks saw: every response a view or middleware builds, counted as it
is built (``HttpResponseBase.__init__``), and those that reach a test, counted where the
test gets them. It writes the counts as JSON to the file ``PRODUCED_RESPONSES`` names.
"""

from __future__ import annotations

import json
import os
from typing import Any

built = 0
returned: set[int] = set()


def pytest_sessionstart() -> None:
    from django.http.response import HttpResponseBase
    from django.test import client

    init = HttpResponseBase.__init__

    def counted(self: Any, *args: Any, **kwargs: Any) -> None:
        global built
        built += 1
        init(self, *args, **kwargs)

    HttpResponseBase.__init__ = counted  # type: ignore[method-assign]

    for cls in (client.Client, client.AsyncClient):
        keep(cls)


def keep(cls: Any) -> None:
    """Count each response a test client's ``request`` returns (its redirects included)."""
    request = cls.request
    if cls is __import__("django.test.client", fromlist=["x"]).AsyncClient:

        async def counted_async(self: Any, **environ: Any) -> Any:
            response = await request(self, **environ)
            returned.add(id(response))
            return response

        cls.request = counted_async
    else:

        def counted(self: Any, **environ: Any) -> Any:
            response = request(self, **environ)
            returned.add(id(response))
            return response

        cls.request = counted


def pytest_sessionfinish() -> None:
    target = os.environ.get("PRODUCED_RESPONSES")
    if target:
        with open(target, "w") as file:
            json.dump({"built": built, "client": len(returned)}, file)
