"""URLs of the test project: one view per status, HTTP class and JSON twin."""

from tests.support.views import urlpatterns

__all__ = ["urlpatterns"]
