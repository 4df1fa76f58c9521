"""Vectorised measures of the surfaces of a batch of buildings: areas, normals, tilt/azimuth, extents, and the
volume, closure and orientation of each building part's shell.

The per-ring formulas and the volume/closure method are those of :mod:`..shells` (Newell's vector: direction =
normal, length = 2 × area; volume by the divergence theorem; closure by vanishing vector area), the one
implementation shared with the building measurements. Everything is computed for all rings of a batch in one
numpy pass (``np.add.reduceat``/``np.bincount``) instead of one Python call per ring.

Orientation: a shell whose rings run clockwise seen from outside (all of them, as some exporters and every
latitude-first file read in the wrong order produce) has a negative signed volume. Such shells are turned
around — normals and ring order — so roofs face up and tilts stay within 0–90°. For a shell that is not closed
the signed volume is not meaningful; there the semantic surfaces decide (roofs must face up, ground surfaces
down), and a shell without roofs or ground surfaces keeps its orientation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, Tuple

import numpy as np

from ..geometry3d import HORIZONTAL_TILT_DEG
from ..model import SURFACE_TYPES
from ..shells import PolygonBatch, polygon_batch, ring_batch, shell_volume_closure

# PolygonBatch and polygon_batch are also used from here by the publish step (algorithms/publish).
__all__ = ["PolygonBatch", "polygon_batch", "measure", "Geometry", "Measures", "tilt_azimuth_arrays"]

TYPE_CODES: Dict[str, int] = {name: code for code, name in enumerate(SURFACE_TYPES)}
ROOF, WALL, GROUND, CLOSURE = (TYPE_CODES[k] for k in ("Roof", "Wall", "Ground", "Closure"))
UNSEMANTIC = -1
# Faces of solids without semantics: outward normal n_z ≥ 0.17 (tilt < ~80°) → roof, ≤ −0.17 → ground, else wall.
ROOF_MIN_NZ = 0.17


def tilt_azimuth_arrays(normals: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Vectorised :func:`..geometry3d.tilt_azimuth`.

    Parameters
    ----------
    normals : (n, 3) array
        Normal vectors (any length; zero = degenerate).

    Returns
    -------
    tilt : degrees from horizontal facing up (0) over vertical (90) to facing down (180); NaN when degenerate.
    azimuth : degrees clockwise from north of the horizontal part of the normal; NaN within 1° of horizontal.
    """
    normals = np.asarray(normals, dtype=float).reshape(-1, 3)
    length = np.sqrt(np.einsum("ij,ij->i", normals, normals))
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


@dataclass
class Geometry:
    """The rings of a batch's surfaces, surface after surface (a surface's rings are contiguous)."""

    points: np.ndarray  # (n, 3) absolute coordinates in the metric CRS measures are taken in
    ring_starts: np.ndarray  # (r,)
    ring_lengths: np.ndarray  # (r,)
    ring_is_hole: np.ndarray  # (r,) bool
    ring_polygon: np.ndarray  # (r,) polygon (occurrence) of each ring
    polygon_surface: np.ndarray  # (p,) surface of each polygon
    surface_shell: np.ndarray  # (s,) shell (building or building part) of each surface
    surface_type: np.ndarray  # (s,) TYPE_CODES, or UNSEMANTIC for faces of a solid without semantics
    shell_count: int


@dataclass
class Measures:
    """Per-surface and per-shell results of :func:`measure`."""

    area: np.ndarray  # (s,) m², holes subtracted
    normal: np.ndarray  # (s, 3) area-weighted unit normal (zeros when degenerate)
    tilt: np.ndarray  # (s,) degrees, NaN when degenerate
    azimuth: np.ndarray  # (s,) degrees, NaN near horizontal
    projected_area: np.ndarray  # (s,) m² on the horizontal plane
    surface_type: np.ndarray  # (s,) types, faces without semantics classified by their normal
    shell_volume: np.ndarray  # (shells,) m³, ≥ 0 after orientation
    shell_closed: np.ndarray  # (shells,) bool
    shell_flipped: np.ndarray  # (shells,) bool: turned around (rings were clockwise seen from outside)
    ring_flipped: np.ndarray  # (r,) bool: this ring's point order must be reversed for output


def _relative(geometry: Geometry) -> np.ndarray:
    """Points relative to the first point of their shell (so no measure depends on the other shells of a batch)."""
    points = geometry.points
    if not len(points):
        return points
    ring_shell = geometry.surface_shell[geometry.polygon_surface[geometry.ring_polygon]]
    order = np.argsort(ring_shell, kind="stable")
    first = order[np.searchsorted(ring_shell[order], np.arange(geometry.shell_count)).clip(0, len(order) - 1)]
    origin = points[geometry.ring_starts[first]]
    return points - np.repeat(origin[ring_shell], geometry.ring_lengths, axis=0)


def _orientation(volume: np.ndarray, closed: np.ndarray, polygon_vector: np.ndarray, geometry: Geometry) -> np.ndarray:
    """True for shells that are oriented inward (see the module docstring)."""
    inward = closed & (volume < 0)
    open_shells = ~closed
    if open_shells.any():
        polygon_type = geometry.surface_type[geometry.polygon_surface]
        polygon_shell = geometry.surface_shell[geometry.polygon_surface]
        sign = np.where(polygon_type == ROOF, 1.0, np.where(polygon_type == GROUND, -1.0, 0.0))
        votes = np.bincount(polygon_shell, weights=sign * polygon_vector[:, 2], minlength=geometry.shell_count)
        semantic = np.bincount(polygon_shell, weights=np.abs(sign), minlength=geometry.shell_count) > 0
        inward |= open_shells & np.where(semantic, votes < 0, volume < 0)
    return inward


def measure(geometry: Geometry) -> Measures:
    """All measures of a batch's surfaces and shells in one numpy pass (see the module docstring)."""
    surfaces = len(geometry.surface_type)
    shells = geometry.shell_count
    rings = ring_batch(
        _relative(geometry),
        geometry.ring_starts,
        geometry.ring_polygon,
        geometry.ring_is_hole,
        len(geometry.polygon_surface),
    )
    polygon_shell = geometry.surface_shell[geometry.polygon_surface]
    volume, closed = shell_volume_closure(rings, polygon_shell, shells)
    inward = _orientation(volume, closed, rings.polygon_vector, geometry)
    flip = np.where(inward, -1.0, 1.0)
    polygon_flip = flip[polygon_shell]
    unit = rings.polygon_unit * polygon_flip[:, None]
    psurf = geometry.polygon_surface
    area = np.bincount(psurf, weights=rings.polygon_area, minlength=surfaces)
    weighted = unit * rings.polygon_area[:, None]
    summed = np.column_stack([np.bincount(psurf, weights=weighted[:, k], minlength=surfaces) for k in range(3)])
    summed = summed.reshape(surfaces, 3)
    length = np.sqrt(np.einsum("ij,ij->i", summed, summed))
    normal = np.divide(summed, length[:, None], out=np.zeros_like(summed), where=length[:, None] > 1e-12)
    tilt, azimuth = tilt_azimuth_arrays(summed)
    projected = np.bincount(psurf, weights=0.5 * np.abs(rings.polygon_vector[:, 2]), minlength=surfaces)
    types = geometry.surface_type.copy()
    faces = types == UNSEMANTIC
    if faces.any():
        nz = normal[faces, 2]
        types[faces] = np.where(nz >= ROOF_MIN_NZ, ROOF, np.where(nz <= -ROOF_MIN_NZ, GROUND, WALL))
    ring_flipped = inward[polygon_shell[geometry.ring_polygon]] if len(geometry.ring_polygon) else np.zeros(0, bool)
    return Measures(area, normal, tilt, azimuth, projected, types, np.abs(volume), closed, inward, ring_flipped)


def reversed_ring_order(ring_starts: np.ndarray, ring_lengths: np.ndarray, flipped: np.ndarray) -> np.ndarray:
    """Point indices that reverse the rings marked ``flipped`` in place (others unchanged)."""
    total = int(ring_lengths.sum())
    index = np.arange(total)
    if not flipped.any():
        return index
    ring_of_point = np.repeat(np.arange(len(ring_starts)), ring_lengths)
    flipped_point = flipped[ring_of_point]
    start = ring_starts[ring_of_point]
    end = start + ring_lengths[ring_of_point] - 1
    index[flipped_point] = (start + end - index)[flipped_point]
    return index


def surface_extents(points: np.ndarray, surface_first_point: np.ndarray) -> np.ndarray:
    """(s, 6) xmin, xmax, ymin, ymax, zmin, zmax of each surface (points stored surface after surface)."""
    if not len(surface_first_point):
        return np.zeros((0, 6))
    columns = []
    for axis in range(3):
        values = points[:, axis]
        columns.append(np.minimum.reduceat(values, surface_first_point))
        columns.append(np.maximum.reduceat(values, surface_first_point))
    return np.column_stack(columns)
