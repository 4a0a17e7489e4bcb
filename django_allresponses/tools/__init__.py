"""The tools around the library: the catalogue command, examples, the playground, the docs site."""
