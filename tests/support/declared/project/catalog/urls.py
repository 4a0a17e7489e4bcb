from django.urls import path

from . import drf_api
from .ninja_api import api

urlpatterns = [
    path("drf/items/<int:pk>", drf_api.ItemView.as_view()),
    path("drf/items", drf_api.item_list),
    path("ninja/", api.urls),
]
