"""The framework's own components named Item: a DRF serializer and a django-ninja Schema."""

from typing import Any

from ninja import Schema
from rest_framework import serializers


class ItemSerializer(serializers.Serializer[Any]):
    label = serializers.CharField()


class Item(Schema):
    label: str
