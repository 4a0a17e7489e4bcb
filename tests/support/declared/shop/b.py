from pydantic import BaseModel


class Item(BaseModel):
    """An item of an order."""

    quantity: int
