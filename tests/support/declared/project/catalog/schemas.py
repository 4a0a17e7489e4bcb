"""The catalogue's data: pydantic models, sent as they are by the JSON twins."""

from pydantic import BaseModel, Field


class Tag(BaseModel):
    slug: str


class Item(BaseModel):
    id: int
    name: str
    tags: list[Tag] = Field(default_factory=list)


ITEMS = {1: Item(id=1, name="Lamp", tags=[Tag(slug="light")]), 2: Item(id=2, name="Desk")}
