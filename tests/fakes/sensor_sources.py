"""Sensor sources and areas for tests: catalogue entries made through the real override mechanism."""
from __future__ import annotations

import json
from typing import Any, Tuple

from fakes.sta_server.runner import AREA_LONLAT


def source_for(url: str, kind: str = "sta", **options: Any):
    """The entry ``test`` of the sensor catalogue with ``url`` and ``options`` (an override, as a town adds one)."""
    from nrw_digital_twin.algorithms.sensors.catalogue import load_sensor_catalogue

    entry = dict(options, kind=kind, url=url, title={"de": "Testquelle", "en": "Test source"}, licence="PDDL-1.0")
    catalogue = load_sensor_catalogue(override=json.dumps({"sources": {"test": entry}}), environ={})
    return catalogue.source("test")


def area_bbox(lonlat: Tuple[float, float, float, float] = AREA_LONLAT) -> Tuple[float, float, float, float]:
    """The EPSG:25832 box whose corners are the WGS84 corners of ``lonlat`` (west, south, east, north)."""
    from pyproj import Transformer

    to_utm = Transformer.from_crs(4326, 25832, always_xy=True)
    west, south, east, north = lonlat
    xs, ys = to_utm.transform([west, east, west, east], [south, south, north, north])
    return min(xs), min(ys), max(xs), max(ys)
