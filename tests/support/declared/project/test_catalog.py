"""The catalogue's own tests, run with the django-allresponses plugin on (pytest.ini)."""

import pytest
from django.test import Client


@pytest.fixture
def client() -> Client:
    return Client()


@pytest.mark.parametrize("prefix", ["/drf", "/ninja"])
def test_item(client: Client, prefix: str) -> None:
    assert client.get(f"{prefix}/items/1").json()["name"] == "Lamp"


@pytest.mark.parametrize("prefix", ["/drf", "/ninja"])
def test_missing_item(client: Client, prefix: str) -> None:
    assert client.get(f"{prefix}/items/9").status_code == 404


def test_redirect(client: Client) -> None:
    assert client.get("/drf/items/0")["Location"] == "/drf/items/1"


@pytest.mark.parametrize("prefix", ["/drf", "/ninja"])
def test_delete(client: Client, prefix: str) -> None:
    assert client.delete(f"{prefix}/items/2").status_code == 204


@pytest.mark.parametrize("prefix", ["/drf", "/ninja"])
def test_delete_on_order(client: Client, prefix: str) -> None:
    assert client.delete(f"{prefix}/items/1").status_code == 409  # declared with @responds


@pytest.mark.parametrize("prefix", ["/drf", "/ninja"])
def test_retired_item(client: Client, prefix: str) -> None:
    assert client.get(f"{prefix}/items/2").status_code == 410  # undeclared: the plugin fails it


def test_openapi_documents() -> None:
    import json

    from catalog.ninja_api import api
    from drf_spectacular.generators import SchemaGenerator
    from openapi_spec_validator import validate

    drf = json.loads(json.dumps(SchemaGenerator().get_schema(request=None, public=True)))
    validate(drf)
    assert sorted(drf["paths"]["/drf/items/{id}"]["get"]["responses"]) == [
        "200",
        "303",
        "404",
        "406",  # DRF's content negotiation
    ]
    ninja = json.loads(json.dumps(api.get_openapi_schema()))
    validate(ninja)
    assert sorted(ninja["paths"]["/ninja/items/{pk}"]["delete"]["responses"]) == [
        "204",
        "409",
        "422",  # ninja's validation of pk
    ]
