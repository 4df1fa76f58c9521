"""Helpers shared by the test tiers (importable as ``nrwtwin_testsupport``; tests/conftest.py adds the path)."""
from __future__ import annotations

import shutil

import pytest


def needs_gdal():
    """(gdal, ogr), or an allow-listed skip in the plain-Python engine tier, which has no GDAL."""
    try:
        from osgeo import gdal, ogr
    except ImportError:
        pytest.skip("needs GDAL's Python bindings (not in the plain-Python engine tier)")
    return gdal, ogr


def needs_program(name: str) -> str:
    """The path of a program ``make setup`` installs; a missing one fails the test (never a skip)."""
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not installed: run 'make setup'")
    return path
