SECRET_KEY = "sample-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
USE_TZ = True
ROOT_URLCONF = "catalog.urls"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "drf_spectacular",
]
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django_allresponses.middleware.ImmediateResponseMiddleware",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "django_allresponses.contrib.drf.AutoSchema",
    "EXCEPTION_HANDLER": "django_allresponses.contrib.drf.exception_handler",
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
}
# drf-spectacular's defaults (OpenAPI 3.0.3): the declared schemas are written in its dialect.
SPECTACULAR_SETTINGS = {"TITLE": "Catalogue", "VERSION": "1.0"}
