"""3D measuring between two picked points: height of a roof/ground plane under a map click, 3D distance.

The z of a click is the plane of the LoD2 polygon under it: a planar polygon with unit normal n through
a vertex p₀ satisfies n·(p − p₀) = 0, so z = z₀ − (nₓ(x − x₀) + n_y(y − y₀)) / n_z (undefined for
vertical walls, n_z = 0). Where several polygons lie under the click (roof over ground) the highest wins,
which is what an eye looking down sees. Point in polygon: the even–odd crossing rule on the horizontal
projection (Shimrat 1962, "Algorithm 112: Position of point relative to polygon"), by the engine's one
rasteriser (:mod:`.raster`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence, Tuple

import numpy as np

from .geometry3d import newell_vector
from .model import Polygon3D
from .raster import inside_rings

VERTICAL_NZ = 1e-6


def point_in_polygon(x: float, y: float, polygon: Polygon3D) -> bool:
    """Whether (x, y) lies in the polygon's horizontal projection (holes excluded), by the engine's
    even–odd rasteriser (:func:`.raster.inside_rings`) on a one-point lattice."""
    return bool(inside_rings(np.array([float(x)]), np.array([float(y)]), polygon.rings())[0, 0])


def plane_z_at(polygon: Polygon3D, x: float, y: float) -> Optional[float]:
    """z of the polygon's plane above (x, y); None for vertical polygons."""
    normal = newell_vector(polygon.exterior)
    length = float(np.linalg.norm(normal))
    if length < 1e-12:
        return None
    nx, ny, nz = normal / length
    if abs(nz) < VERTICAL_NZ:
        return None
    x0, y0, z0 = np.asarray(polygon.exterior, dtype=float).mean(axis=0)
    return float(z0 - (nx * (x - x0) + ny * (y - y0)) / nz)


def surface_z_at(polygons: Iterable[Polygon3D], x: float, y: float) -> Optional[float]:
    """Highest plane z at (x, y) among the non-vertical polygons that contain the point; None if none does."""
    best: Optional[float] = None
    for polygon in polygons:
        if len(polygon.exterior) < 3 or not point_in_polygon(x, y, polygon):
            continue
        z = plane_z_at(polygon, x, y)
        if z is not None and (best is None or z > best):
            best = z
    return best


@dataclass
class Measurement:
    """Result of a two-point measurement (metres)."""

    start: Tuple[float, float, float]
    end: Tuple[float, float, float]
    distance_3d: float
    horizontal_distance: float
    height_difference: float  # end z − start z

    @property
    def slope_deg(self) -> float:
        """Inclination of the line against the horizontal."""
        return math.degrees(math.atan2(abs(self.height_difference), self.horizontal_distance))

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "distance_3d_m": self.distance_3d,
            "horizontal_distance_m": self.horizontal_distance,
            "height_difference_m": self.height_difference,
            "slope_deg": self.slope_deg,
        }


def measure(start: Sequence[float], end: Sequence[float]) -> Measurement:
    """3D (Euclidean) distance, horizontal distance and height difference between two points."""
    a = np.asarray(start, dtype=float)[:3]
    b = np.asarray(end, dtype=float)[:3]
    d = b - a
    return Measurement(
        start=(float(a[0]), float(a[1]), float(a[2])),
        end=(float(b[0]), float(b[1]), float(b[2])),
        distance_3d=float(math.sqrt(float(d @ d))),
        horizontal_distance=float(math.hypot(d[0], d[1])),
        height_difference=float(d[2]),
    )
