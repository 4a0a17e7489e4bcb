"""conditional() on every kind of view: functions, class-based view methods (whatever the
validator functions name their first parameter), Django REST framework APIView methods,
and async views; each keeps its parameters, a method stays a method and an async view
stays async."""

from __future__ import annotations

from typing import assert_type

from django.http import HttpRequest, HttpResponseBase
from django.views import View
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from django_allresponses import HttpResponseOK, conditional


def item_version(request: HttpRequest, pk: int) -> str:
    return f'"v{pk}"'


@conditional(etag=item_version)
def item(request: HttpRequest, pk: int) -> HttpResponseBase:
    return HttpResponseOK(f"item {pk}")


@conditional(etag=item_version)
async def async_item(request: HttpRequest, pk: int) -> HttpResponseBase:
    return HttpResponseOK(f"item {pk}")


def view_version(view: ItemView, request: HttpRequest, pk: int) -> str:
    return f'"v{pk}"'


def api_version(view: object, request: Request, pk: int) -> str | None:
    return None if pk < 0 else f'"v{pk}"'


@conditional(etag=lambda request: '"v1"')
def page(request: HttpRequest) -> HttpResponseBase:
    return HttpResponseOK(b"hello")


@conditional(last_modified=lambda request: None)
def dated_page(request: HttpRequest) -> HttpResponseBase:
    return HttpResponseOK(b"hello")


@conditional()
def unconditional(request: HttpRequest, pk: int) -> HttpResponseBase:
    return HttpResponseOK(f"item {pk}")


class ItemView(View):  # without-stubs[misc]
    @conditional(etag=view_version)
    def get(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        return HttpResponseOK(f"item {pk}")


class AsyncItemView(View):  # without-stubs[misc]
    @conditional(etag=view_version, require_if_match=True)
    async def put(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        return HttpResponseOK(f"saved {pk}")


class ItemAPIView(APIView):
    @conditional(etag=api_version)
    def get(self, request: Request, pk: int) -> HttpResponseBase:
        return Response({"id": pk})


def use_views(request: HttpRequest, api_request: Request) -> None:
    assert_type(item(request, 1), HttpResponseBase)  # without-stubs[no-untyped-call]
    assert_type(page(request), HttpResponseBase)  # without-stubs[no-untyped-call]
    assert_type(dated_page(request), HttpResponseBase)  # without-stubs[no-untyped-call]
    assert_type(unconditional(request, pk=1), HttpResponseBase)  # without-stubs[no-untyped-call]
    assert_type(ItemView().get(request, 1), HttpResponseBase)  # without-stubs[no-untyped-call]
    api_view = ItemAPIView()
    assert_type(api_view.get(api_request, 1), HttpResponseBase)  # without-stubs[no-untyped-call]


async def use_async_views(request: HttpRequest) -> None:
    assert_type(await async_item(request, 1), HttpResponseBase)  # without-stubs[no-untyped-call]
    saving = AsyncItemView()
    assert_type(await saving.put(request, 1), HttpResponseBase)  # without-stubs[no-untyped-call]
