"""Settings for the range and precondition tests: the test project, with their views too."""

from tests.support.settings import *  # noqa: F403

ROOT_URLCONF = "tests.support.ranges_urls"
