"""The playground's URLs: ``/``, ``/inspect/<code>``, ``/status/<code>`` and ``/json/<code>``.

Examples:
    >>> from django.urls import reverse
    >>> reverse("status", urlconf="django_allresponses.tools.playground.urls", args=[404])
    '/status/404'
"""

from django.urls import URLPattern, URLResolver, include, path

from . import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("status/<int:code>", views.status, name="status"),
    path("json/<int:code>", views.json, name="json"),
    path("inspect/<int:code>", views.inspect, name="inspect"),
    path("inspect/<int:code>/json", views.inspect_json, name="inspect-json"),
    path("ranges/", include("django_allresponses.tools.playground.ranges")),
]

handler404 = "django_allresponses.tools.playground.views.page_not_found"
