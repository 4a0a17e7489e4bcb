"""The shop's own tests: every one of them passes without the response checks."""

from django.test import AsyncClient, Client


def test_home_redirects() -> None:
    assert Client().get("/").status_code == 302


def test_items() -> None:
    assert Client().get("/items/").json() == {"items": []}


def test_delete_items() -> None:
    assert Client().delete("/items/").status_code == 204


def test_basket() -> None:
    client = Client()
    assert client.get("/basket/").json() == {"lines": []}
    assert client.post("/basket/")["Location"] == "/basket/1"
    assert client.delete("/basket/").status_code == 204
    assert client.head("/basket/").content == b""


def test_checkout_refuses_get() -> None:
    assert Client().get("/checkout/").status_code == 405


def test_order() -> None:
    assert Client().post("/order/").status_code == 201


async def _busy() -> int:
    return (await AsyncClient().get("/busy/")).status_code


def test_busy() -> None:
    from asgiref.sync import async_to_sync

    assert async_to_sync(_busy)() == 503


def test_forget() -> None:
    response = Client().post("/forget/")
    assert response.status_code == 204
    assert response.content == b""  # the test client emptied it, as servers do
