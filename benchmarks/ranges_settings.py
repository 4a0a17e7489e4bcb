"""Settings of the file-serving benchmark: the benchmark project, with WhiteNoise serving the
benchmark's folder (``ALLRESPONSES_RANGES_FILES``) at the root, and views for serve_file and
Django's ``FileResponse`` on the same files."""

import os

from benchmarks.settings import *  # noqa: F403
from benchmarks.settings import MIDDLEWARE

ROOT_URLCONF = "benchmarks.ranges_urls"  # pyright: ignore[reportConstantRedefinition]
MIDDLEWARE = ["whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE]
WHITENOISE_ROOT = os.environ.get("ALLRESPONSES_RANGES_FILES")
WHITENOISE_AUTOREFRESH = False
