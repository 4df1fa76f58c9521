"""The area of a request: EPSG:25832 box ↔ WGS84 for the platforms, exact tests in EPSG:25832."""
from __future__ import annotations

from typing import Iterable, List, Tuple

import numpy as np
from pyproj import Transformer

from .. import proj
from ..errors import NrwTwinError
from ..messages import msg

BBox = Tuple[float, float, float, float]
GRID_EPSG = 25832
EDGE_POINTS = 21


def _transformer(source: int, target: int) -> Transformer:
    return proj.transformer(source, target)


def check_bbox(bbox: BBox) -> BBox:
    """``bbox`` (xmin, ymin, xmax, ymax in EPSG:25832) when it has an area; a message otherwise."""
    xmin, ymin, xmax, ymax = (float(v) for v in bbox)
    if not (np.isfinite([xmin, ymin, xmax, ymax]).all() and xmax > xmin and ymax > ymin):
        raise NrwTwinError(msg("The area {} is empty; draw or choose a larger extent.", str(tuple(bbox))))
    return xmin, ymin, xmax, ymax


def ring_lonlat(bbox: BBox) -> List[Tuple[float, float]]:
    """The outline of the EPSG:25832 box in WGS84 (lon, lat), densified (a box in UTM is curved in
    degrees), closed, counter-clockwise."""
    xmin, ymin, xmax, ymax = bbox
    t = np.linspace(0.0, 1.0, EDGE_POINTS)[:-1]
    dx, dy = (xmax - xmin) * t, (ymax - ymin) * t
    xs = np.concatenate([xmin + dx, np.full_like(t, xmax), xmax - dx, np.full_like(t, xmin)])
    ys = np.concatenate([np.full_like(t, ymin), ymin + dy, np.full_like(t, ymax), ymax - dy])
    lon, lat = _transformer(GRID_EPSG, 4326).transform(xs, ys)
    points = list(zip(np.round(lon, 7).tolist(), np.round(lat, 7).tolist()))
    return points + [points[0]]


def polygon_wkt(bbox: BBox) -> str:
    """``POLYGON((lon lat, …))`` of the area in WGS84 (for a SensorThings ``geography'…'`` literal)."""
    return "POLYGON((" + ",".join(f"{lon:.7f} {lat:.7f}" for lon, lat in ring_lonlat(bbox)) + "))"


def bounds_lonlat(bbox: BBox) -> BBox:
    """The WGS84 box (west, south, east, north) holding the whole area (openSenseMap ``bbox``)."""
    ring = ring_lonlat(bbox)
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def to_grid(lon: Iterable[float], lat: Iterable[float]) -> Tuple[np.ndarray, np.ndarray]:
    """WGS84 lon/lat → EPSG:25832 x/y (m)."""
    x, y = _transformer(4326, GRID_EPSG).transform(np.asarray(list(lon), float), np.asarray(list(lat), float))
    return np.asarray(x, float), np.asarray(y, float)


def inside(x: np.ndarray, y: np.ndarray, bbox: BBox) -> np.ndarray:
    """Which points lie in the box (edges included)."""
    xmin, ymin, xmax, ymax = bbox
    return (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
