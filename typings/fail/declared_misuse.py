"""A view that answers with what its return type does not declare, and data of the wrong type."""

from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django_allresponses import (
    HttpResponseSeeOther,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
)
from django_allresponses.openapi import responds
from pydantic import BaseModel


class Item(BaseModel):
    id: int


class Order(BaseModel):
    id: int


def undeclared_status(request: HttpRequest) -> JsonResponseOK[Item] | HttpResponseSeeOther:
    return JsonResponseNotFound(ProblemDetails())  # E: mypy-nostubs[-] (twins derive from JsonResponse, Any without stubs) mypy[return-value] pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


def wrong_model(request: HttpRequest) -> JsonResponseOK[Item] | HttpResponseSeeOther:
    return JsonResponseOK(Order(id=1))  # E: mypy-nostubs[-] (twins derive from JsonResponse, Any without stubs) mypy[arg-type] pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


def wrong_problem(request: HttpRequest) -> JsonResponseNotFound[ProblemDetails]:
    return JsonResponseNotFound({"detail": "missing"})  # E: mypy-nostubs[-] (twins derive from JsonResponse, Any without stubs) mypy[arg-type] pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


def bare_is_not_declared(response: JsonResponseOK) -> JsonResponseOK[Item]:
    return response  # E: mypy-nostubs[-] (twins derive from JsonResponse, Any without stubs) mypy[return-value] pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


JsonResponseOK[Item](Order(id=1))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]


# responds() takes this library's classes only: Django's have no fixed status.
responds(HttpResponse)  # E: mypy[arg-type] mypy-nostubs[-] (HttpResponse is Any without stubs) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
responds(JsonResponse)  # E: mypy[arg-type] mypy-nostubs[-] (JsonResponse is Any without stubs) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
responds(JsonResponseOK[Item], StreamingHttpResponse)  # E: mypy[arg-type] mypy-nostubs[-] (StreamingHttpResponse is Any without stubs) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
