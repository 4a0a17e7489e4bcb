"""Plain Django views, each run before and after ``python -m django_allresponses upgrade``."""
