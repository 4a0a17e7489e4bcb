"""``python -m django_allresponses``: the catalogue, one status in full, or the playground.

See `django_allresponses.tools.catalogue`.
"""

from django_allresponses.tools.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
