"""Django settings of the test SensorThings server (django-ogc-sensorthings on SQLite).

Read from the environment, set by :mod:`fakes.sta_server.runner`:

* ``NRWTWIN_STA_DB`` — the SQLite file,
* ``NRWTWIN_STA_SERVICE_URL`` — the public base URL (``http://127.0.0.1:PORT/sta``); the server
  builds ``@iot.selfLink`` and ``@iot.nextLink`` from it,
* ``NRWTWIN_STA_TOKEN`` — when set, every request needs ``Authorization: Bearer <token>``
  (a platform behind a login answers 401 without it).
"""
import os
from uuid import UUID

SECRET_KEY = "nrwtwin-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
USE_TZ = True
TIME_ZONE = "UTC"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "sensorthings.versions.v1_1",
    "sensorthings.versions.v1_1.backends.django",
]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "fakes.sta_server.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("NRWTWIN_STA_DB", "/tmp/nrwtwin-sta.sqlite3"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"handlers": [], "level": "WARNING"}}

SENSORTHINGS_V1_1_SERVICE_URL = os.environ.get("NRWTWIN_STA_SERVICE_URL", "http://127.0.0.1:8000/sta")
SENSORTHINGS_V1_1_BACKEND_ADAPTER = "sensorthings.versions.v1_1.backends.django.adapter.DjangoBackendAdapter"
SENSORTHINGS_V1_1_ID_TYPE = UUID
SENSORTHINGS_V1_1_ID_DELIMITER = "'"
SENSORTHINGS_V1_1_DOCS_ENABLED = False
if os.environ.get("NRWTWIN_STA_TOKEN"):
    SENSORTHINGS_V1_1_DEFAULT_AUTH_HANDLER = ["fakes.sta_server.auth.token_auth"]
