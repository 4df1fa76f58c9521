"""Crack-free adaptive triangulation of a masked height grid (right-triangulated irregular network).

Method: RTIN of Evans, Kirkpatrick & Townsend, "Right-Triangulated Irregular Networks",
Algorithmica 30 (2001), in the error-propagation form of Mapbox's MARTINI (V. Agafonkin, 2019,
https://github.com/mapbox/martini): a square grid of (2^k + 1)² nodes is split recursively into
right triangles; the approximation error at each hypotenuse midpoint is propagated up to the parent
triangles (and shared with the neighbour across the hypotenuse), so the triangles kept for any error
bound form a conforming mesh — no T-junctions, no cracks. Here every level is processed as one numpy
array operation instead of a per-triangle loop.

The area to cover is a boolean mask of grid cells. A triangle that touches both an inside cell and
an outside cell within one cell of its bounding box gets an infinite error, so the outline is always
refined down to unit cell edges: the boundary edges of every triangulation of the same mask are the
same unit edges, whatever the heights. That lets the top, the flat bottom and the vertical side walls
of :mod:`.solid` share their boundary exactly.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import numpy as np

from ..raster import summed_area_table

#: Triangles processed per numpy pass (bounds temporary memory to ~100 MB).
CHUNK = 1 << 20


def grid_levels(size: int) -> List[np.ndarray]:
    """Triangles of every RTIN level of a (size + 1)² node grid; ``size`` is a power of two.

    Each level is an (m, 6) int32 array ``ax, ay, bx, by, cx, cy``: a–b is the hypotenuse, c the
    right-angle corner. Level 0 holds the two halves of the square; level ``2k`` the half cells.
    """
    n = size
    # int16 halves the memory of the 4·size² triangles (coordinates stay below 2^15); cast before indexing.
    dtype = np.int16 if size < 2**14 else np.int32
    level = np.array([[0, 0, n, n, n, 0], [n, n, 0, 0, 0, n]], dtype=dtype)
    levels = [level]
    while True:
        a, b, c = level[:, 0:2], level[:, 2:4], level[:, 4:6]
        if np.abs(a - c).sum(axis=1).max() <= 1:
            break
        m = (a + b) // 2
        left = np.concatenate([c, a, m], axis=1)
        right = np.concatenate([b, c, m], axis=1)
        level = np.concatenate([left, right], axis=0)
        levels.append(level)
    return levels


def _box_count(flat_table: np.ndarray, width: int, x0, y0, x1, y1) -> np.ndarray:
    """Number of set cells with x0 <= x < x1 and y0 <= y < y1 (arrays, already clipped)."""
    return (
        flat_table[y1 * width + x1]
        - flat_table[y0 * width + x1]
        - flat_table[y1 * width + x0]
        + flat_table[y0 * width + x0]
    )


def _inside_and_mixed(level: np.ndarray, inside_table: np.ndarray, cells: int) -> Tuple[np.ndarray, np.ndarray]:
    """Per triangle: does its bounding box hold an inside cell, and is an outside cell within one cell of it."""
    ax, ay, bx, by, cx, cy = (level[:, k] for k in range(6))
    x0 = np.minimum(np.minimum(ax, bx), cx)
    x1 = np.maximum(np.maximum(ax, bx), cx)
    y0 = np.minimum(np.minimum(ay, by), cy)
    y1 = np.maximum(np.maximum(ay, by), cy)
    flat = inside_table.ravel()
    width = inside_table.shape[1]
    inside = _box_count(flat, width, x0, y0, x1, y1)
    ex0, ey0 = np.maximum(x0 - 1, 0), np.maximum(y0 - 1, 0)
    ex1, ey1 = np.minimum(x1 + 1, cells), np.minimum(y1 + 1, cells)
    expanded_inside = _box_count(flat, width, ex0, ey0, ex1, ey1)
    # Cells of the expanded box beyond the grid count as outside.
    expanded_total = (x1 - x0 + 2) * (y1 - y0 + 2)
    has_inside = inside > 0
    return has_inside, has_inside & (expanded_total > expanded_inside)


def mixed_flags(mask: np.ndarray, levels: List[np.ndarray]) -> List[np.ndarray]:
    """Per parent level: which triangles straddle the outline (shared by every triangulation of ``mask``)."""
    table = summed_area_table(mask)
    flags = []
    for level in levels[:-1]:
        parts = [
            _inside_and_mixed(level[start : start + CHUNK].astype(np.int64), table, mask.shape[0])[1]
            for start in range(0, len(level), CHUNK)
        ]
        flags.append(np.concatenate(parts))
    return flags


def triangulate(
    heights: np.ndarray, mask: np.ndarray, max_error: float, levels=None, mixed: Optional[List[np.ndarray]] = None
) -> np.ndarray:
    """Triangles (m, 3) of node indices (row-major ``iy * (size + 1) + ix``) covering ``mask``.

    ``heights`` is the (size + 1)² node grid, ``mask`` the size² cell grid (row = y, column = x),
    ``max_error`` the largest vertical deviation allowed between the mesh and the grid (same units
    as the heights). Triangles are counter-clockwise in (x, y).
    """
    size = mask.shape[0]
    if mask.shape != (size, size) or heights.shape != (size + 1, size + 1) or size & (size - 1):
        raise ValueError("RTIN needs a (2^k+1)² height grid and a (2^k)² mask")
    if levels is None:
        levels = grid_levels(size)
    table = summed_area_table(mask)
    nodes = size + 1
    flat_heights = np.asarray(heights, dtype=np.float64).ravel()
    errors = np.zeros(nodes * nodes, dtype=np.float64)
    last_parent = len(levels) - 2  # levels[-1] are the half-cell leaves without a midpoint node
    for index in range(last_parent, -1, -1):
        # chunks bound the temporaries of the finest levels (millions of triangles for a 2048² grid)
        for start in range(0, len(levels[index]), CHUNK):
            level = levels[index][start : start + CHUNK].astype(np.int64)
            a = level[:, 1] * nodes + level[:, 0]
            b = level[:, 3] * nodes + level[:, 2]
            mx = (level[:, 0] + level[:, 2]) // 2
            my = (level[:, 1] + level[:, 3]) // 2
            middle = my * nodes + mx
            error = np.abs(0.5 * (flat_heights[a] + flat_heights[b]) - flat_heights[middle])
            if mixed is not None:
                error[mixed[index][start : start + CHUNK]] = np.inf
            else:
                error[_inside_and_mixed(level, table, size)[1]] = np.inf
            if index < last_parent:
                left = ((level[:, 5] + level[:, 1]) // 2) * nodes + (level[:, 4] + level[:, 0]) // 2
                right = ((level[:, 5] + level[:, 3]) // 2) * nodes + (level[:, 4] + level[:, 2]) // 2
                error = np.maximum(error, np.maximum(errors[left], errors[right]))
            np.maximum.at(errors, middle, error)

    kept: List[np.ndarray] = []
    current = levels[0].astype(np.int64)
    for index in range(len(levels)):
        if len(current) == 0:
            break
        inside, _mixed = _inside_and_mixed(current, table, size)
        current = current[inside]
        if index == len(levels) - 1:
            kept.append(current)
            break
        mx = (current[:, 0] + current[:, 2]) // 2
        my = (current[:, 1] + current[:, 3]) // 2
        split = errors[my * nodes + mx] > max_error
        kept.append(current[~split])
        parents = current[split]
        a, b, c = parents[:, 0:2], parents[:, 2:4], parents[:, 4:6]
        m = (a + b) // 2
        current = np.concatenate([np.concatenate([c, a, m], axis=1), np.concatenate([b, c, m], axis=1)], axis=0)
    triangles = np.concatenate(kept, axis=0) if kept else np.zeros((0, 6), dtype=np.int32)
    faces = np.stack(
        [
            triangles[:, 1] * nodes + triangles[:, 0],
            triangles[:, 3] * nodes + triangles[:, 2],
            triangles[:, 5] * nodes + triangles[:, 4],
        ],
        axis=1,
    ).astype(np.int64)
    # Counter-clockwise in (x, y): flip where the signed area is negative.
    ax, ay = triangles[:, 0], triangles[:, 1]
    cross = (triangles[:, 2] - ax) * (triangles[:, 5] - ay) - (triangles[:, 3] - ay) * (triangles[:, 4] - ax)
    flip = cross < 0
    faces[flip] = faces[flip][:, [0, 2, 1]]
    return faces
