"""The SensorThings API under ``/sta/v1.1/`` (the base URL needs its trailing slash)."""
from django.urls import include, path

urlpatterns = [path("sta/", include("sensorthings.versions.v1_1.urls"))]
