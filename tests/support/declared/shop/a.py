from pydantic import BaseModel


class Item(BaseModel):
    """An item for sale."""

    sku: str
