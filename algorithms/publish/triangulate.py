"""Triangles of planar 3D polygons with holes, for glTF meshes.

Each polygon is projected onto the coordinate plane its normal is closest to (dropping the dominant
axis keeps the polygon simple and, with the remaining axes in cyclic order, keeps its orientation).
Convex rings without holes — most LoD2 walls and roof faces — become triangle fans, all at once with
numpy. Other polygons are cut by ear clipping (Meisters, "Polygons have ears", 1975) after joining each
hole to the outer ring by a bridge to a visible vertex (Eberly, "Triangulation by Ear Clipping", 2002,
§3; holes are joined right to left). Triangles keep the winding of the polygon's exterior ring, so
their normals agree with the polygon's normal (Newell), and their areas add up to the polygon's area
with the holes subtracted. A ring ear clipping cannot finish (self-intersecting input) is closed with a
fan and counted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..citygml.measures import PolygonBatch

# Twice the area (m²) below which a corner counts as straight and a triangle as degenerate.
AREA_EPS = 1e-9


@dataclass
class Triangulation:
    """Triangles as indices into the batch's points, and what could not be triangulated cleanly."""

    triangles: np.ndarray  # (m, 3) int64, winding of each polygon's exterior ring
    triangle_polygon: np.ndarray  # (m,) index of the polygon each triangle belongs to
    degenerate: int = 0  # polygons without area (or fewer than 3 points), left out
    fanned: int = 0  # polygons whose ear clipping got stuck and were closed with a fan


def projection_axes(normals: np.ndarray) -> np.ndarray:
    """The axis (0 = x, 1 = y, 2 = z) each normal is closest to, i.e. the one to drop for a 2D view."""
    return np.argmax(np.abs(normals), axis=1)


def project_2d(points: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """2D coordinates of 3D points without ``axis`` (one per point), the other two in cyclic order.

    Cyclic order (y, z), (z, x), (x, y) keeps a ring counter-clockwise in 2D when its normal points
    along the dropped axis.
    """
    rows = np.arange(len(points))
    return np.column_stack([points[rows, (axis + 1) % 3], points[rows, (axis + 2) % 3]])


def cross_2d(o: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(a − o) × (b − o): positive when o → a → b turns counter-clockwise (twice the triangle area)."""
    return (a[..., 0] - o[..., 0]) * (b[..., 1] - o[..., 1]) - (a[..., 1] - o[..., 1]) * (b[..., 0] - o[..., 0])


def signed_area_2d(ring: np.ndarray) -> float:
    """Signed area of a 2D ring (shoelace formula; positive = counter-clockwise)."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


# --------------------------------------------------------------------------------------- batches
def triangulate_batch(batch: PolygonBatch) -> Triangulation:
    """Triangles of every polygon of a :class:`~..citygml.measures.PolygonBatch`.

    Parameters
    ----------
    batch : PolygonBatch
        Polygons with their rings flattened (exterior first, then its holes); ``points`` in metres.

    Returns
    -------
    Triangulation
        Triangles indexing ``batch.points``; degenerate polygons (no area) are left out and counted.
    """
    count = batch.polygon_count
    if count == 0:
        return Triangulation(np.zeros((0, 3), np.int64), np.zeros(0, np.int64))
    ring_length = np.diff(np.append(batch.ring_starts, len(batch.points)))
    first_ring = np.searchsorted(batch.ring_polygon, np.arange(count))
    holes = np.bincount(batch.ring_polygon[batch.ring_is_hole], minlength=count)
    valid = (batch.polygon_area > 0.5 * AREA_EPS) & (np.abs(batch.polygon_unit).sum(axis=1) > 0)
    valid &= ring_length[first_ring] >= 3
    axis = projection_axes(batch.polygon_unit)
    point_polygon = np.repeat(batch.ring_polygon, ring_length)
    xy = project_2d(batch.points, axis[point_polygon])
    convex = valid & (holes == 0) & convex_rings(xy, batch.ring_starts, ring_length)[first_ring]
    parts = [fans(batch.ring_starts[first_ring[convex]], ring_length[first_ring[convex]], np.flatnonzero(convex))]
    fanned = 0
    for polygon in np.flatnonzero(valid & ~convex):
        rings = range(first_ring[polygon], first_ring[polygon] + 1 + holes[polygon])
        starts = [int(batch.ring_starts[r]) for r in rings]
        lengths = [int(ring_length[r]) for r in rings]
        local, stuck = ear_clip_polygon(xy[starts[0] : starts[-1] + lengths[-1]], [s - starts[0] for s in starts])
        fanned += int(stuck)
        parts.append((local + starts[0], np.full(len(local), polygon, np.int64)))
    triangles = np.concatenate([p[0] for p in parts]) if parts else np.zeros((0, 3), np.int64)
    owner = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int64)
    keep = triangle_areas(batch.points, triangles) > 0.5 * AREA_EPS
    return Triangulation(triangles[keep], owner[keep], int(count - valid.sum()), fanned)


def convex_rings(xy: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Per ring: True when every corner turns the same way as the ring (no reflex corner, no spike)."""
    count = len(xy)
    index = np.arange(count)
    ring_of = np.repeat(np.arange(len(starts)), lengths)
    ring_start = starts[ring_of]
    ring_len = lengths[ring_of]
    prev = ring_start + (index - ring_start - 1) % ring_len
    nxt = ring_start + (index - ring_start + 1) % ring_len
    turn = cross_2d(xy[prev], xy, xy[nxt])
    orientation = np.sign(np.add.reduceat(turn, starts)) if count else np.zeros(0)
    turn = turn * orientation[ring_of]
    edge_in = xy - xy[prev]
    edge_out = xy[nxt] - xy
    spike = (np.abs(turn) <= AREA_EPS) & (np.einsum("ij,ij->i", edge_in, edge_out) < 0)
    bad = (turn < -AREA_EPS) | spike
    return (np.bincount(ring_of, weights=bad, minlength=len(starts)) == 0) & (orientation != 0)


def fans(starts: np.ndarray, lengths: np.ndarray, polygons: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Fan triangles (first point, i, i + 1) of convex rings, grouped by ring length for numpy."""
    triangles: List[np.ndarray] = [np.zeros((0, 3), np.int64)]
    owners: List[np.ndarray] = [np.zeros(0, np.int64)]
    for n in np.unique(lengths):
        chosen = lengths == n
        base = starts[chosen][:, None]
        step = np.arange(1, n - 1)[None, :]
        first = np.broadcast_to(base, (len(base), n - 2))
        tri = np.stack([first, base + step, base + step + 1], axis=-1).reshape(-1, 3)
        triangles.append(tri.astype(np.int64))
        owners.append(np.repeat(polygons[chosen], n - 2))
    return np.concatenate(triangles), np.concatenate(owners)


def triangle_areas(points: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """Area (m²) of each triangle of 3D points."""
    if not len(triangles):
        return np.zeros(0)
    a, b, c = (points[triangles[:, k]] for k in range(3))
    return 0.5 * np.linalg.norm(np.cross(b - a, c - a), axis=1)


# ----------------------------------------------------------------------------------- ear clipping
def ear_clip_polygon(xy: np.ndarray, ring_starts: Sequence[int]) -> Tuple[np.ndarray, bool]:
    """Triangles of one 2D polygon (exterior ring then holes, stored one after the other in ``xy``).

    Returns (triangles as (m, 3) indices into ``xy`` with the winding of the exterior ring, whether ear
    clipping got stuck and the rest was closed with a fan).
    """
    bounds = list(ring_starts) + [len(xy)]
    rings = [list(range(bounds[k], bounds[k + 1])) for k in range(len(ring_starts))]
    outer = rings[0]
    flipped = signed_area_2d(xy[outer]) < 0
    if flipped:
        outer = outer[::-1]
    holes = [h if signed_area_2d(xy[h]) < 0 else h[::-1] for h in rings[1:] if len(h) >= 3]
    for hole in sorted(holes, key=lambda h: -float(xy[h, 0].max())):
        outer = bridge_hole(xy, outer, hole)
    local, stuck = clip_ears(xy[outer])
    triangles = np.asarray(outer, dtype=np.int64)[local] if len(local) else np.zeros((0, 3), np.int64)
    if flipped:
        triangles = triangles[:, [0, 2, 1]]
    return triangles, stuck


def bridge_hole(xy: np.ndarray, outer: List[int], hole: List[int]) -> List[int]:
    """The outer ring (counter-clockwise) with a clockwise hole spliced in at a mutually visible vertex pair.

    The hole's rightmost vertex M is joined to the outer vertex found by casting a ray towards +x
    (Eberly 2002): the end of the first edge hit, or the reflex vertex inside the triangle (M, hit
    point, that end) seen at the smallest angle from the ray.
    """
    m = max(range(len(hole)), key=lambda k: (xy[hole[k], 0], -xy[hole[k], 1]))
    hx, hy = xy[hole[m]]
    position = _bridge_target(xy, outer, hx, hy)
    rotated = hole[m:] + hole[:m]
    return outer[: position + 1] + rotated + [rotated[0], outer[position]] + outer[position + 1 :]


def _bridge_target(xy: np.ndarray, outer: List[int], hx: float, hy: float) -> int:
    """Position in ``outer`` of the vertex the hole point (hx, hy) is joined to."""
    ring = xy[outer]
    a, b = ring, np.roll(ring, -1, axis=0)
    upward = (a[:, 1] <= hy) & (b[:, 1] >= hy) & (a[:, 1] != b[:, 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        hit_x = a[:, 0] + (hy - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
    hit_x = np.where(upward & (hit_x >= hx), hit_x, np.inf)
    edge = int(np.argmin(hit_x))
    qx = float(hit_x[edge])
    if not np.isfinite(qx):  # no edge to the right: the hole is not inside; join to the nearest vertex
        return int(np.argmin(np.hypot(ring[:, 0] - hx, ring[:, 1] - hy)))
    candidate = edge if ring[edge, 0] > b[edge, 0] else (edge + 1) % len(outer)
    return _most_visible(ring, candidate, hx, hy, qx)


def _most_visible(ring: np.ndarray, candidate: int, hx: float, hy: float, qx: float) -> int:
    """``candidate`` or the reflex vertex inside the triangle (hole point, hit point, candidate) closest
    in angle to the ray, which the hole point then sees without crossing an edge."""
    cx, cy = ring[candidate]
    triangle = np.array([[hx, hy], [qx, hy], [cx, cy]])
    if cross_2d(triangle[0], triangle[1], triangle[2]) < 0:
        triangle = triangle[[0, 2, 1]]
    prev, nxt = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
    reflex = cross_2d(prev, ring, nxt) < 0
    inside = points_in_triangle(ring, *triangle) & reflex & (ring[:, 0] > hx)
    inside[candidate] = False
    if not inside.any():
        return candidate
    chosen = np.flatnonzero(inside)
    angle = np.abs(ring[chosen, 1] - hy) / (ring[chosen, 0] - hx)
    distance = np.hypot(ring[chosen, 0] - hx, ring[chosen, 1] - hy)
    return int(chosen[np.lexsort((distance, angle))[0]])


def points_in_triangle(points: np.ndarray, a, b, c) -> np.ndarray:
    """Points inside or on the counter-clockwise triangle a, b, c."""
    return (
        (cross_2d(np.asarray(a), np.asarray(b), points) >= -AREA_EPS)
        & (cross_2d(np.asarray(b), np.asarray(c), points) >= -AREA_EPS)
        & (cross_2d(np.asarray(c), np.asarray(a), points) >= -AREA_EPS)
    )


class _Ring:
    """A counter-clockwise ring as a doubly linked list of positions, for ear clipping."""

    def __init__(self, xy: np.ndarray) -> None:
        n = len(xy)
        self.xy = xy
        self.prev = [(i - 1) % n for i in range(n)]
        self.next = [(i + 1) % n for i in range(n)]
        self.alive = np.ones(n, dtype=bool)
        self.size = n

    def turn(self, i: int) -> float:
        xy = self.xy
        return float(cross_2d(xy[self.prev[i]], xy[i], xy[self.next[i]]))

    def remove(self, i: int) -> None:
        p, n = self.prev[i], self.next[i]
        self.next[p], self.prev[n] = n, p
        self.alive[i] = False
        self.size -= 1

    def is_ear(self, i: int) -> bool:
        """Convex corner whose triangle holds no other vertex (coincident bridge copies excepted)."""
        if self.turn(i) <= AREA_EPS:
            return False
        a, b, c = self.xy[self.prev[i]], self.xy[i], self.xy[self.next[i]]
        others = self.alive.copy()
        others[[self.prev[i], i, self.next[i]]] = False
        points = self.xy[others]
        if not len(points):
            return True
        coincident = np.zeros(len(points), dtype=bool)
        for corner in (a, b, c):
            coincident |= (points[:, 0] == corner[0]) & (points[:, 1] == corner[1])
        return not (points_in_triangle(points, a, b, c) & ~coincident).any()

    def straight_corner(self, start: int) -> Optional[int]:
        """A corner without turn (collinear or repeated point), which can go without a triangle."""
        i = start
        for _ in range(self.size):
            if abs(self.turn(i)) <= AREA_EPS:
                return i
            i = self.next[i]
        return None


def clip_ears(xy: np.ndarray) -> Tuple[np.ndarray, bool]:
    """Ear clipping of one counter-clockwise ring; (triangles as positions in ``xy``, got stuck)."""
    ring = _Ring(xy)
    triangles: List[Tuple[int, int, int]] = []
    i, misses = 0, 0
    while ring.size > 3:
        if ring.is_ear(i):
            triangles.append((ring.prev[i], i, ring.next[i]))
            nxt = ring.next[i]
            ring.remove(i)
            i, misses = nxt, 0
            continue
        i, misses = ring.next[i], misses + 1
        if misses < ring.size:
            continue
        straight = ring.straight_corner(i)
        if straight is None:
            return np.array(triangles + _fan(ring, i), dtype=np.int64).reshape(-1, 3), True
        i, misses = ring.next[straight], 0
        ring.remove(straight)
    triangles.append((ring.prev[i], i, ring.next[i]))
    return np.array(triangles, dtype=np.int64).reshape(-1, 3), False


def _fan(ring: _Ring, start: int) -> List[Tuple[int, int, int]]:
    """The remaining corners of a ring as a fan around ``start``."""
    out = []
    j = ring.next[start]
    while ring.next[j] != start:
        out.append((start, j, ring.next[j]))
        j = ring.next[j]
    return out
