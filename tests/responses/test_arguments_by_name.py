"""Header arguments reach their units by name, whatever order ``__init__`` passes them in."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from django_allresponses.headers.units import CONTENT_LOCATION, LOCATION, HeaderUnit
from django_allresponses.responses.base import StatusResponse


class _Listed(StatusResponse):
    takes: ClassVar[tuple[HeaderUnit, ...]] = (LOCATION, CONTENT_LOCATION)

    def __init__(self, content: object = b"", **arguments: Any) -> None:
        self._respond(content, {}, **arguments)


class _Reversed(_Listed):
    status_code = 200  # the registry keeps HttpResponseOK: the first class of a code stays


def test_arguments_in_another_order_reach_their_own_headers() -> None:
    response = _Reversed(content_location="/items/1.json", location="/items/1")

    assert response["Location"] == "/items/1"
    assert response["Content-Location"] == "/items/1.json"


def test_an_argument_no_unit_takes_is_a_fault_of_the_declaration() -> None:
    with pytest.raises(
        TypeError,
        match=r"_Reversed: its __init__ passes the header arguments "
        r"\['location', 'retry_after'\] but its units take "
        r"\['content_location', 'location'\]",
    ):
        _Reversed(location="/items/1", retry_after=5)
