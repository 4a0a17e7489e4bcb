"""Settings of the benchmarks: the test project's, whose ``MIDDLEWARE`` is Django's default
list as ``startproject`` writes it, with the benchmark views added to its URLs."""

from tests.support.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"  # pyright: ignore[reportConstantRedefinition]
