"""Two modules of a shop, each with a model named Item: what must not collide in a document."""
