"""Settings of the serve_file-against-WhiteNoise benchmark (:mod:`benchmarks.serve_file_gunicorn`):
the benchmark project, Django's default ``MIDDLEWARE`` with WhiteNoise's right after
``SecurityMiddleware``, where WhiteNoise's documentation puts it, serving the folder
``ALLRESPONSES_RANGES_FILES`` at the root; ``/serve_file/<name>`` serves the same files
through a view (:mod:`benchmarks.serve_file_urls`)."""

import os

from benchmarks.settings import *  # noqa: F403
from benchmarks.settings import MIDDLEWARE

ROOT_URLCONF = "benchmarks.serve_file_urls"  # pyright: ignore[reportConstantRedefinition]
MIDDLEWARE = [  # pyright: ignore[reportConstantRedefinition]
    MIDDLEWARE[0],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]
WHITENOISE_ROOT = os.environ.get("ALLRESPONSES_RANGES_FILES")
WHITENOISE_AUTOREFRESH = False
