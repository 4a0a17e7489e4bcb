"""Settings of the serve_file-against-WhiteNoise benchmark, the small project: WhiteNoise's
middleware alone, so that what ``serve_file`` pays beyond WhiteNoise is the URL resolver,
the view and its own work, not the middleware WhiteNoise answers before
(:mod:`benchmarks.serve_file_settings` keeps Django's default list)."""

from benchmarks.serve_file_settings import *  # noqa: F403

MIDDLEWARE = ["whitenoise.middleware.WhiteNoiseMiddleware"]  # pyright: ignore[reportConstantRedefinition]
