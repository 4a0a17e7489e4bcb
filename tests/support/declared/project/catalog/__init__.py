"""A small catalogue API, written twice (Django REST framework and django-ninja), whose views
declare their responses in their return types."""
