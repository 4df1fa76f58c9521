"""Vectorised measures of a building's surfaces: areas, normals, tilt/azimuth, z range, volume.

The per-polygon formulas are those of :mod:`..geometry3d` (Newell's vector: direction = normal,
length = 2 × area; Newell 1972 / Sutherland et al. 1974), computed for all rings of a building in one
numpy pass with ``np.add.reduceat`` instead of one Python call per ring. Tests check both agree.

Volume: divergence theorem, V = 1/3 ∮ x·n dA; for a planar face this is (1/3)·(c·n)·A with c any point
of the face, i.e. c·N/6 with N the Newell vector (O'Rourke, "Computational Geometry in C", 1998, §1.3.8
for the area analogue). A shell is taken as closed when its vector area vanishes: for every closed,
consistently oriented surface ∮ n dA = 0 (Gauss), which — unlike edge matching — also holds for the
T-junctions that LoD2 data is full of.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..geometry3d import HORIZONTAL_TILT_DEG
from ..model import SURFACE_TYPES, Polygon3D, Surface

# |Σ vector area| / Σ |vector area| below this → the shell counts as closed.
CLOSED_SHELL_TOLERANCE = 1e-3


def newell_batch(points: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Newell vectors of several rings stored one after the other in ``points`` (n, 3).

    ``starts`` are the indices where rings begin (rings do not repeat their first point and have at
    least 3 points). Same formula as :func:`..geometry3d.newell_vector`, one row per ring.
    """
    count = len(points)
    nxt = np.arange(1, count + 1)
    ends = np.append(starts[1:], count)
    nxt[ends - 1] = starts
    p, q = points, points[nxt]
    terms = np.empty_like(points)
    terms[:, 0] = (p[:, 1] - q[:, 1]) * (p[:, 2] + q[:, 2])
    terms[:, 1] = (p[:, 2] - q[:, 2]) * (p[:, 0] + q[:, 0])
    terms[:, 2] = (p[:, 0] - q[:, 0]) * (p[:, 1] + q[:, 1])
    return np.add.reduceat(terms, starts, axis=0)


@dataclass
class PolygonBatch:
    """All rings of a list of polygons, flattened for vectorised measures (coordinates relative to ``origin``)."""

    points: np.ndarray  # (n, 3) relative coordinates
    ring_starts: np.ndarray  # (r,)
    ring_polygon: np.ndarray  # (r,) index of the polygon each ring belongs to
    ring_is_hole: np.ndarray  # (r,) bool
    origin: np.ndarray  # (3,), or (n, 3): the origin of each point when measured by groups
    newell: np.ndarray  # (r, 3) Newell vectors, holes turned against their exterior
    polygon_vector: np.ndarray  # (p, 3) vector area ×2 of each polygon (exterior + holes)
    polygon_area: np.ndarray  # (p,) area with holes subtracted
    polygon_unit: np.ndarray  # (p, 3) unit normal of each exterior (zeros if degenerate)
    polygon_count: int
    absolute: Optional[np.ndarray] = None  # (n, 3) the input coordinates


def polygon_batch(
    polygons: Sequence[Polygon3D], origin: Optional[np.ndarray] = None, groups: Optional[np.ndarray] = None
) -> PolygonBatch:
    """Measure every polygon of ``polygons`` at once.

    Coordinates are taken relative to ``origin`` (default: the first point) to keep the products of Newell's
    formula small; with ``groups`` (a group number per polygon, e.g. the building shell), relative to the
    first point of each run of consecutive polygons of one group instead, so a group's areas and volume do
    not depend on the other polygons of the batch (same numbers whichever buildings are measured together).
    """
    rings: List[np.ndarray] = []
    ring_polygon: List[int] = []
    ring_is_hole: List[bool] = []
    for index, polygon in enumerate(polygons):
        rings.append(polygon.exterior)
        ring_polygon.append(index)
        ring_is_hole.append(False)
        for hole in polygon.interiors:
            rings.append(hole)
            ring_polygon.append(index)
            ring_is_hole.append(True)
    if not rings:
        empty3 = np.zeros((0, 3))
        return PolygonBatch(
            empty3,
            np.zeros(0, int),
            np.zeros(0, int),
            np.zeros(0, bool),
            np.zeros(3),
            empty3,
            empty3,
            np.zeros(0),
            empty3,
            0,
        )
    lengths = np.fromiter((len(r) for r in rings), dtype=np.int64, count=len(rings))
    starts = np.zeros(len(rings), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    absolute = np.concatenate(rings)
    if groups is not None:
        # Each run of consecutive rings of the same group is measured from the run's first point.
        ring_group = np.asarray(groups, dtype=np.int64)[ring_polygon]
        run_first = np.flatnonzero(np.append(True, ring_group[1:] != ring_group[:-1]))
        run_points = np.diff(np.append(starts[run_first], len(absolute)))
        origin = np.repeat(absolute[starts[run_first]], run_points, axis=0)
    elif origin is None:
        origin = absolute[0].copy()
    points = absolute - origin
    newell = newell_batch(points, starts)
    polys = np.asarray(ring_polygon, dtype=np.int64)
    holes = np.asarray(ring_is_hole, dtype=bool)
    count = len(polygons)
    exterior = np.zeros((count, 3))
    exterior[polys[~holes]] = newell[~holes]
    if holes.any():
        # Holes run against their exterior in valid GML; force that so they subtract.
        hole_idx = np.nonzero(holes)[0]
        same = np.einsum("ij,ij->i", newell[hole_idx], exterior[polys[hole_idx]]) > 0
        newell[hole_idx[same]] *= -1.0
    vector = np.column_stack([np.bincount(polys, weights=newell[:, k], minlength=count) for k in range(3)])
    ring_area = 0.5 * np.linalg.norm(newell, axis=1)
    area = np.bincount(polys, weights=np.where(holes, -ring_area, ring_area), minlength=count)
    area = np.maximum(area, 0.0)
    ext_len = np.linalg.norm(exterior, axis=1)
    unit = np.divide(exterior, ext_len[:, None], out=np.zeros_like(exterior), where=ext_len[:, None] > 1e-12)
    return PolygonBatch(
        points, starts, polys, holes, np.asarray(origin, float), newell, vector, area, unit, count, absolute
    )


def tilt_azimuth_arrays(normals: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Vectorised :func:`..geometry3d.tilt_azimuth`: tilt in degrees (NaN for no normal) and azimuth
    (0° = north, clockwise; NaN for near-horizontal surfaces)."""
    normals = np.asarray(normals, dtype=float).reshape(-1, 3)
    length = np.linalg.norm(normals, axis=1)
    valid = length > 1e-12
    nz = np.divide(normals[:, 2], length, out=np.zeros(len(normals)), where=valid)
    # libm's acos/atan2 element by element, as geometry3d.tilt_azimuth: numpy's SIMD arccos/arctan2 differ
    # from its scalar loop in the last bit, and numpy picks one or the other by the arrays' memory layout,
    # so the same surface got two azimuths in two runs (the batch runner promises identical values).
    count = len(normals)
    tilt = np.degrees(np.fromiter(map(math.acos, np.clip(nz, -1.0, 1.0).tolist()), float, count))
    tilt[~valid] = np.nan
    atan2 = map(math.atan2, normals[:, 0].tolist(), normals[:, 1].tolist())
    azimuth = np.degrees(np.fromiter(atan2, float, count)) % 360.0
    flat = ~valid | (tilt < HORIZONTAL_TILT_DEG) | (tilt > 180.0 - HORIZONTAL_TILT_DEG)
    azimuth[flat] = np.nan
    return tilt, azimuth


TYPE_CODES: Dict[str, int] = {name: code for code, name in enumerate(SURFACE_TYPES)}


@dataclass
class SurfaceMeasures:
    """Measures of a list of surfaces (arrays aligned with the surfaces) and of the shells they form."""

    area: np.ndarray
    normal: np.ndarray  # (s, 3) unit normals (zeros if degenerate)
    tilt: np.ndarray  # degrees, NaN if degenerate
    azimuth: np.ndarray  # degrees, NaN if near-horizontal
    z_min: np.ndarray
    z_max: np.ndarray
    x_min: np.ndarray
    x_max: np.ndarray
    y_min: np.ndarray
    y_max: np.ndarray
    projected_area: np.ndarray  # area of the surface projected on the horizontal plane
    shell_volume: np.ndarray  # |volume| per shell
    shell_closed: np.ndarray  # bool per shell


def batch_measures(surfaces: Sequence[Surface], shell_index: np.ndarray, shell_count: int) -> SurfaceMeasures:
    """Areas, normals, tilt, azimuth and extent of each surface, and volume/closure of each shell.

    ``shell_index[i]`` numbers the closed shell (building part) surface ``i`` belongs to. Every surface
    must have at least one polygon. One numpy pass for all surfaces of many buildings.
    """
    polygons: List[Polygon3D] = []
    counts: List[int] = []
    for surface in surfaces:
        polygons.extend(surface.polygons)
        counts.append(len(surface.polygons))
    count = len(surfaces)
    psurf = np.repeat(np.arange(count), counts)
    batch = polygon_batch(polygons, groups=np.asarray(shell_index, dtype=np.int64)[psurf])
    area = np.bincount(psurf, weights=batch.polygon_area, minlength=count)
    weighted_poly = batch.polygon_unit * batch.polygon_area[:, None]
    weighted = np.column_stack(
        [np.bincount(psurf, weights=weighted_poly[:, k], minlength=count) for k in range(3)]
    ).reshape(count, 3)
    length = np.linalg.norm(weighted, axis=1)
    normal = np.divide(weighted, length[:, None], out=np.zeros_like(weighted), where=length[:, None] > 1e-12)
    tilt, azimuth = tilt_azimuth_arrays(weighted)
    projected = np.bincount(psurf, weights=0.5 * np.abs(batch.polygon_vector[:, 2]), minlength=count)
    # Points are stored surface after surface: reduce from each surface's first point.
    ring_lengths = np.diff(np.append(batch.ring_starts, len(batch.points)))
    point_surface = np.repeat(psurf[batch.ring_polygon], ring_lengths)
    first = np.searchsorted(point_surface, np.arange(count))
    absolute = batch.absolute
    z_min = np.minimum.reduceat(absolute[:, 2], first)
    z_max = np.maximum.reduceat(absolute[:, 2], first)
    x_min = np.minimum.reduceat(absolute[:, 0], first)
    x_max = np.maximum.reduceat(absolute[:, 0], first)
    y_min = np.minimum.reduceat(absolute[:, 1], first)
    y_max = np.maximum.reduceat(absolute[:, 1], first)
    # Shells: volume from c·N/6 per ring (c = ring centroid), closure from the vector area.
    sums = np.add.reduceat(batch.points, batch.ring_starts, axis=0)
    centroid = sums / ring_lengths[:, None]
    ring_volume = np.einsum("ij,ij->i", centroid, batch.newell) / 6.0
    ring_shell = np.asarray(shell_index, dtype=np.int64)[psurf[batch.ring_polygon]]
    volume = np.abs(np.bincount(ring_shell, weights=ring_volume, minlength=shell_count))
    poly_shell = np.asarray(shell_index, dtype=np.int64)[psurf]
    vector = np.column_stack(
        [np.bincount(poly_shell, weights=batch.polygon_vector[:, k], minlength=shell_count) for k in range(3)]
    ).reshape(shell_count, 3)
    total = np.bincount(poly_shell, weights=np.linalg.norm(batch.polygon_vector, axis=1), minlength=shell_count)
    closed = (total > 0) & (np.linalg.norm(vector, axis=1) <= CLOSED_SHELL_TOLERANCE * total)
    return SurfaceMeasures(
        area, normal, tilt, azimuth, z_min, z_max, x_min, x_max, y_min, y_max, projected, volume, closed
    )


def classify_by_normal(polygons: Sequence[Polygon3D], roof_min_nz: float = 0.17) -> List[str]:
    """Surface type of each face of a solid without semantics (LoD1 blocks, LoD1-fallback parts).

    Faces whose outward normal points up (n_z ≥ 0.17, i.e. tilt < ~80°) are Roof, down (n_z ≤ −0.17)
    Ground, the rest Wall. Outward orientation is checked with the solid's signed volume: when it is
    negative the faces are inward and the normals are flipped first.
    """
    if not polygons:
        return []
    batch = polygon_batch(polygons)
    sums = np.add.reduceat(batch.points, batch.ring_starts, axis=0)
    lengths = np.diff(np.append(batch.ring_starts, len(batch.points)))
    signed = float(np.einsum("ij,ij->i", sums / lengths[:, None], batch.newell).sum()) / 6.0
    nz = batch.polygon_unit[:, 2] * (-1.0 if signed < 0 else 1.0)
    return ["Roof" if v >= roof_min_nz else "Ground" if v <= -roof_min_nz else "Wall" for v in nz]
