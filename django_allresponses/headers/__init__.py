"""Header values and units: the grammars, pydantic models, the units that own each header,
and the checked header store every way of setting a header passes through."""
