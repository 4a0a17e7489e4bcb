"""URLs of the test project with the views of the typed streams (``/streams/...``)."""

from tests.support.streams_views import urlpatterns as stream_patterns
from tests.support.views import urlpatterns as status_patterns

urlpatterns = [*stream_patterns, *status_patterns]
