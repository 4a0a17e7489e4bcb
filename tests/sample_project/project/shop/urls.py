from django.urls import path

from shop import views

urlpatterns = [
    path("", views.home),
    path("items/", views.Items.as_view()),
    path("basket/", views.basket),
    path("checkout/", views.checkout),
    path("order/", views.order),
    path("busy/", views.busy),
    path("forget/", views.forget),
]
