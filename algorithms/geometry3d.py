"""Measures of planar 3D polygons: area with holes, unit normal, tilt and azimuth.

The normal comes from Newell's method (Newell 1972, as in Sutherland et al., "A characterization of
ten hidden-surface algorithms", 1974), which is robust for non-convex and slightly non-planar rings;
its length is twice the projected area, so one pass gives both the area and the orientation.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence, Tuple

import numpy as np

from .model import Polygon3D

# Surfaces closer than this to horizontal have no meaningful azimuth.
HORIZONTAL_TILT_DEG = 1.0


def newell_vector(ring: np.ndarray) -> np.ndarray:
    """Newell's vector of a ring: direction = normal (right-hand rule), length = 2 × area."""
    ring = np.asarray(ring, dtype=float)
    nxt = np.roll(ring, -1, axis=0)
    return np.array(
        [
            np.sum((ring[:, 1] - nxt[:, 1]) * (ring[:, 2] + nxt[:, 2])),
            np.sum((ring[:, 2] - nxt[:, 2]) * (ring[:, 0] + nxt[:, 0])),
            np.sum((ring[:, 0] - nxt[:, 0]) * (ring[:, 1] + nxt[:, 1])),
        ]
    )


def ring_area_3d(ring: np.ndarray) -> float:
    """Area of a planar ring in 3D (any orientation)."""
    return 0.5 * float(np.linalg.norm(newell_vector(ring)))


def polygon_normal(polygon: Polygon3D) -> Optional[np.ndarray]:
    """Unit normal of the exterior ring (counter-clockwise seen from the outside), None if degenerate."""
    vector = newell_vector(polygon.exterior)
    length = float(np.linalg.norm(vector))
    if length < 1e-12:
        return None
    return vector / length


def polygon_area_3d(polygon: Polygon3D) -> float:
    """3D area of a polygon, holes subtracted."""
    area = ring_area_3d(polygon.exterior)
    for hole in polygon.interiors:
        area -= ring_area_3d(hole)
    return max(area, 0.0)


def polygons_area_3d(polygons: Sequence[Polygon3D]) -> float:
    return float(sum(polygon_area_3d(p) for p in polygons))


def area_weighted_normal(polygons: Sequence[Polygon3D]) -> Optional[np.ndarray]:
    """Unit normal of several polygons weighted by area (a thematic surface of one or more polygons)."""
    total = np.zeros(3)
    for polygon in polygons:
        total += newell_vector(polygon.exterior)
        for hole in polygon.interiors:
            # A hole's ring runs the other way in valid GML; use its area with the exterior's sign.
            hole_vector = newell_vector(hole)
            if np.dot(hole_vector, total) > 0:
                hole_vector = -hole_vector
            total += hole_vector
    length = float(np.linalg.norm(total))
    if length < 1e-12:
        return None
    return total / length


def tilt_azimuth(normal: Optional[np.ndarray]) -> Tuple[Optional[float], Optional[float]]:
    """Tilt (0° = horizontal facing up, 90° = vertical, 180° = facing down) and azimuth of a normal.

    Azimuth is the compass direction the surface faces: 0° = north, clockwise (90° = east);
    None for near-horizontal surfaces (tilt within 1° of 0° or 180°).
    """
    if normal is None:
        return None, None
    nx, ny, nz = (float(v) for v in normal)
    tilt = math.degrees(math.acos(max(-1.0, min(1.0, nz))))
    if tilt < HORIZONTAL_TILT_DEG or tilt > 180.0 - HORIZONTAL_TILT_DEG:
        return tilt, None
    azimuth = math.degrees(math.atan2(nx, ny)) % 360.0
    return tilt, azimuth


def polygon_z_range(polygons: Sequence[Polygon3D]) -> Tuple[float, float]:
    zs = np.concatenate([p.exterior[:, 2] for p in polygons])
    return float(zs.min()), float(zs.max())


def signed_volume(polygons: Sequence[Polygon3D]) -> float:
    """Volume enclosed by a closed shell of outward-oriented polygons (divergence theorem).

    Sum over a fan triangulation of every ring of p0 · (p1 × p2) / 6, taken relative to one of the
    shell's points so UTM coordinates do not cancel digits. Holes count with their own (reverse)
    orientation, as in valid GML. Negative when the shell is oriented inward.
    """
    rings = [np.asarray(ring, dtype=float) for polygon in polygons for ring in polygon.rings() if len(ring) >= 3]
    if not rings:
        return 0.0
    reference = rings[0][0]
    volume = 0.0
    for ring in rings:
        local = ring - reference
        p0 = np.broadcast_to(local[0], (len(local) - 2, 3))
        volume += float(np.einsum("ij,ij->i", p0, np.cross(local[1:-1], local[2:])).sum()) / 6.0
    return volume
