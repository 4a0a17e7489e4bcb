"""Views of the shop, some of them with the mistakes real applications make."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import HttpResponseCreated, HttpResponseNoContent


class Items(APIView):
    def get(self, request: Request) -> Response:
        return Response({"items": []})

    def delete(self, request: Request) -> Response:
        # Django's CommonMiddleware adds "Content-Length: 0" to this 204.
        return Response(status=204)


def basket(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return HttpResponseCreated(location="/basket/1")
    if request.method == "DELETE":
        return HttpResponseNoContent()
    return JsonResponse({"lines": []})


def checkout(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Use POST.", status=405)  # no Allow header


def order(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Order placed.", status=201)  # no Location: a warning


def busy(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Busy.", status=503, headers={"Retry-After": "soon"})


def forget(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Forgotten.", status=204)


def home(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect("/basket/")
