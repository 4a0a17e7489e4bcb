"""The catalogue's data: pydantic models, sent as they are by the JSON twins."""

from typing import Literal

from pydantic import BaseModel, Field


class Tag(BaseModel):
    """A label an item is found by.

    >>> Tag(slug="light").slug
    'light'
    """

    slug: str = Field(examples=["light"])


class Item(BaseModel):
    """An item of the catalogue.

    Its size, when known, is its width and height in centimetres.

    >>> Item(id=1, name="Lamp").kind
    'item'
    """

    id: int = Field(gt=0)
    name: str
    kind: Literal["item"] = "item"
    tags: list[Tag] = Field(default_factory=list)
    note: str | None = None
    main_tag: Tag | None = None
    size: tuple[int, int] | None = None
    price: float | None = Field(default=None, gt=0, lt=100_000)


ITEMS = {1: Item(id=1, name="Lamp", tags=[Tag(slug="light")]), 2: Item(id=2, name="Desk")}
