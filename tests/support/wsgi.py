"""WSGI entry point of the test project, served by gunicorn in the wire tests."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.support.settings")

application = get_wsgi_application()
