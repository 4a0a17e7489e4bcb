"""Settings for the range and precondition tests: the test project, with their views too."""

from tests.settings import *  # noqa: F403

ROOT_URLCONF = "tests.ranges_urls"
