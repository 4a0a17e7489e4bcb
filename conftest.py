"""What every test shares, the doctests of the package included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_setup"})


@pytest.fixture(autouse=True)
def _no_open_connection_outside_database_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that does not use the database sees no connection open, though one marked
    ``django_db`` left the (in-memory, so never closed) test database's open before it.

    A request made through Django's WSGI or ASGI handler, or a response closed by hand,
    sends ``request_started`` or ``request_finished``, whose ``close_old_connections``
    asks an open connection whether it is usable, which pytest-django blocks outside a
    database test. The connection is set aside for the test, and given back after it.
    """
    if request.node.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
        request.fixturenames
    ):
        yield
        return
    from django.db import connections

    kept = {
        connection.alias: connection.connection
        for connection in connections.all(initialized_only=True)
        if connection.connection is not None
    }
    for alias in kept:
        connections[alias].connection = None
    try:
        yield
    finally:
        for alias, raw in kept.items():
            connections[alias].connection = raw
