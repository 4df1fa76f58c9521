"""Closed solids from a masked height grid: adaptive top + flat bottom + vertical walls on the outline.

The solid is ``{(x, y, z): (x, y) in D, bottom <= z <= top(x, y)}`` where D is a union of grid cells.
Its top is a graph over a conforming planar triangulation (:mod:`.rtin`), its bottom a coarser
triangulation of the same cells and the walls stand on the cell edges of D's outline; all three share
the outline's unit edges. So the surface is closed and edge-manifold, every face is oriented outward,
and no two faces can cross (each point of D has exactly one top and one bottom face above/below it)
— watertight and free of self-intersections by construction, with no mesh booleans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

import numpy as np

from .rtin import grid_levels, mixed_flags, triangulate


@dataclass
class Mesh:
    """A triangle mesh in millimetres: ``vertices`` (n, 3) float64, ``faces`` (m, 3) int64 (outward, CCW)."""

    vertices: np.ndarray
    faces: np.ndarray
    name: str = "model"
    kind: str = "model"  # "model" (terrain + buildings), "terrain" or "building"
    color: Tuple[int, int, int] = (200, 200, 200)
    meta: Dict[str, object] = field(default_factory=dict)
    #: optional material index per face (0 = terrain and base, 1 = building), used by OBJ and preview
    face_material: Optional[np.ndarray] = None

    @property
    def triangle_count(self) -> int:
        return int(len(self.faces))

    def bounds(self) -> np.ndarray:
        return np.array([self.vertices.min(axis=0), self.vertices.max(axis=0)])

    def volume(self) -> float:
        """Signed volume by the divergence theorem (positive for an outward-oriented closed surface)."""
        v = self.vertices[self.faces]
        return float(np.einsum("ij,ij->i", v[:, 0], np.cross(v[:, 1], v[:, 2])).sum() / 6.0)


_LEVELS_CACHE: Dict[int, list] = {}


def levels_for(size: int) -> list:
    """RTIN levels of a size² grid, cached (small grids recur for every building)."""
    if size not in _LEVELS_CACHE:
        _LEVELS_CACHE[size] = grid_levels(size)
    return _LEVELS_CACHE[size]


def release_large_levels(limit: int = 256) -> None:
    """Drop cached levels of grids above ``limit`` (hundreds of MB for 2048²) once a model is built."""
    for size in [s for s in _LEVELS_CACHE if s > limit]:
        del _LEVELS_CACHE[size]


def pad_to_power_of_two(top: np.ndarray, mask: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Pad a (ny+1, nx+1) node grid and its (ny, nx) mask to the next (2^k+1)² / (2^k)² square."""
    ny, nx = mask.shape
    size = 1
    while size < max(nx, ny, 2):
        size *= 2
    heights = np.pad(top, ((0, size - ny), (0, size - nx)), mode="edge")
    cells = np.zeros((size, size), dtype=bool)
    cells[:ny, :nx] = mask
    return heights, cells


def outline_edges(mask: np.ndarray) -> np.ndarray:
    """Directed unit edges (k, 2, 2) of the cell set's outline as node (ix, iy), inside on the left."""
    ny, nx = mask.shape
    padded = np.zeros((ny + 2, nx + 2), dtype=bool)
    padded[1:-1, 1:-1] = mask
    inner = padded[1:-1, 1:-1]
    parts = []
    iy, ix = np.nonzero(inner & ~padded[:-2, 1:-1])  # south neighbour outside: walk +x
    parts.append(np.stack([np.stack([ix, iy], 1), np.stack([ix + 1, iy], 1)], 1))
    iy, ix = np.nonzero(inner & ~padded[2:, 1:-1])  # north: walk -x
    parts.append(np.stack([np.stack([ix + 1, iy + 1], 1), np.stack([ix, iy + 1], 1)], 1))
    iy, ix = np.nonzero(inner & ~padded[1:-1, :-2])  # west: walk -y
    parts.append(np.stack([np.stack([ix, iy + 1], 1), np.stack([ix, iy], 1)], 1))
    iy, ix = np.nonzero(inner & ~padded[1:-1, 2:])  # east: walk +y
    parts.append(np.stack([np.stack([ix + 1, iy], 1), np.stack([ix + 1, iy + 1], 1)], 1))
    return np.concatenate(parts, axis=0).astype(np.int64)


def heightfield_solid(
    top: np.ndarray,
    mask: np.ndarray,
    bottom: float,
    origin: Tuple[float, float],
    cell: float,
    max_error: float,
    name: str = "model",
    kind: str = "model",
    color: Tuple[int, int, int] = (200, 200, 200),
) -> Optional[Mesh]:
    """The closed solid between ``bottom`` and the node heights ``top`` over the cells ``mask``.

    ``top`` is (ny+1, nx+1), ``mask`` (ny, nx) with row = y (north up) and column = x; node (ix, iy)
    lies at ``origin + (ix, iy) * cell``. All heights must exceed ``bottom``. Returns None for an
    empty mask. ``mask`` must have no pinch points (see :func:`.raster.remove_pinches`).
    """
    if not mask.any():
        return None
    ny, nx = mask.shape
    # Work on the mask's bounding window only: the RTIN square stays as small as possible.
    rows = np.nonzero(mask.any(axis=1))[0]
    cols = np.nonzero(mask.any(axis=0))[0]
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    sub_mask = mask[r0:r1, c0:c1]
    sub_top = np.asarray(top, dtype=np.float64)[r0 : r1 + 1, c0 : c1 + 1]
    heights, cells = pad_to_power_of_two(sub_top, sub_mask)
    size = cells.shape[0]
    levels = levels_for(size)
    mixed = mixed_flags(cells, levels)
    top_faces = triangulate(heights, cells, max_error, levels, mixed)
    bottom_faces = triangulate(np.zeros_like(heights), cells, 0.0, levels, mixed)[:, ::-1]
    nodes = size + 1
    count = nodes * nodes
    edges = outline_edges(sub_mask)
    p = edges[:, 0, 1] * nodes + edges[:, 0, 0]
    q = edges[:, 1, 1] * nodes + edges[:, 1, 0]
    walls = np.concatenate([np.stack([p + count, q + count, q], 1), np.stack([p + count, q, p], 1)], axis=0)
    faces = np.concatenate([top_faces, bottom_faces + count, walls], axis=0)
    used, inverse = np.unique(faces.ravel(), return_inverse=True)
    faces = inverse.reshape(-1, 3).astype(np.int64)
    node = used % count
    is_bottom = used >= count
    iy, ix = node // nodes, node % nodes
    z = np.where(is_bottom, float(bottom), heights.ravel()[node])
    vertices = np.stack([origin[0] + (ix + c0) * cell, origin[1] + (iy + r0) * cell, z], axis=1).astype(np.float64)
    return Mesh(vertices, faces, name=name, kind=kind, color=color)


def merge(meshes, name: str = "model", kind: str = "model", color=(200, 200, 200)) -> Mesh:
    """Several meshes as one (disjoint shells stay separate shells)."""
    meshes = [m for m in meshes if m is not None]
    offset = 0
    vertices, faces = [], []
    for mesh in meshes:
        vertices.append(mesh.vertices)
        faces.append(mesh.faces + offset)
        offset += len(mesh.vertices)
    if not meshes:
        return Mesh(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), name=name, kind=kind, color=color)
    return Mesh(np.concatenate(vertices), np.concatenate(faces), name=name, kind=kind, color=color)


def is_closed_oriented(mesh: Mesh) -> bool:
    """True when every directed edge occurs exactly once and its reverse exactly once (closed,
    edge-manifold, consistently oriented) and the volume is positive (oriented outward)."""
    if len(mesh.faces) == 0:
        return False
    f = mesh.faces
    directed = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    count = int(max(directed.max() + 1, 1))
    keys = directed[:, 0] * count + directed[:, 1]
    reverse = directed[:, 1] * count + directed[:, 0]
    unique, counts = np.unique(keys, return_counts=True)
    if (counts != 1).any():
        return False
    if not np.isin(reverse, unique).all():
        return False
    return mesh.volume() > 0
