"""Optional integrations, each imported only when used.

* :mod:`django_allresponses.contrib.drf`: Django REST framework
  (``pip install 'django-allresponses[drf]'``).
* :mod:`django_allresponses.contrib.ninja`: django-ninja
  (``pip install 'django-allresponses[ninja]'``).
"""
