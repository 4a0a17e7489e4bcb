"""ASGI entry point of the test project, served by uvicorn in the wire tests."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.support.settings")

application = get_asgi_application()
