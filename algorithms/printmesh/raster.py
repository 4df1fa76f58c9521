"""Grid operations on numpy arrays: point-in-polygon masks, roof planes, DEM sampling, morphology.

Grids are row = y (south to north), column = x. Point-in-polygon is the even–odd crossing rule
(W. R. Franklin, "PNPOLY", 1970/2006) applied to all rings at once, so holes and multipolygons
need no special case.
"""

from __future__ import annotations

from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np


def points_in_rings(x: np.ndarray, y: np.ndarray, rings: Sequence[np.ndarray]) -> np.ndarray:
    """Even–odd test of points (x, y arrays of any equal shape) against rings of (n, 2+) vertices."""
    inside = np.zeros(np.shape(x), dtype=bool)
    for ring in rings:
        ring = np.asarray(ring, dtype=np.float64)
        if len(ring) < 3:
            continue
        xi, yi = ring[:, 0], ring[:, 1]
        xj, yj = np.roll(xi, 1), np.roll(yi, 1)
        for k in range(len(ring)):
            crosses = (yi[k] > y) != (yj[k] > y)
            if not crosses.any():
                continue
            with np.errstate(divide="ignore", invalid="ignore"):
                x_cross = (xj[k] - xi[k]) * (y - yi[k]) / (yj[k] - yi[k]) + xi[k]
            inside ^= crosses & (x < x_cross)
    return inside


def rings_mask(
    rings: Sequence[np.ndarray], origin: Tuple[float, float], step: float, shape: Tuple[int, int], offset: float = 0.5
) -> np.ndarray:
    """Cells (offset 0.5: centres) or nodes (offset 0) of a grid that lie inside the rings."""
    ny, nx = shape
    mask = np.zeros(shape, dtype=bool)
    allpts = np.concatenate([np.asarray(r, dtype=np.float64)[:, :2] for r in rings if len(r) >= 3])
    if len(allpts) == 0:
        return mask
    (xmin, ymin), (xmax, ymax) = allpts.min(axis=0), allpts.max(axis=0)
    c0 = max(int(np.floor((xmin - origin[0]) / step - offset)), 0)
    c1 = min(int(np.ceil((xmax - origin[0]) / step - offset)) + 1, nx)
    r0 = max(int(np.floor((ymin - origin[1]) / step - offset)), 0)
    r1 = min(int(np.ceil((ymax - origin[1]) / step - offset)) + 1, ny)
    if c0 >= c1 or r0 >= r1:
        return mask
    xs = origin[0] + (np.arange(c0, c1) + offset) * step
    ys = origin[1] + (np.arange(r0, r1) + offset) * step
    gx, gy = np.meshgrid(xs, ys)
    mask[r0:r1, c0:c1] = points_in_rings(gx, gy, rings)
    return mask


def plane_coefficients(points: np.ndarray) -> Optional[Tuple[float, float, float]]:
    """(a, b, c) of the plane z = a·x + b·y + c through a planar 3D ring (Newell's normal through the
    centroid); None for a (near-)vertical polygon, which has no height function over the plane."""
    from ..geometry3d import newell_vector

    normal = newell_vector(points)
    length = float(np.linalg.norm(normal))
    if length < 1e-9 or abs(normal[2]) / length < 0.02:
        return None
    centre = points.mean(axis=0)
    a, b = -normal[0] / normal[2], -normal[1] / normal[2]
    return float(a), float(b), float(centre[2] - a * centre[0] - b * centre[1])


def sat(mask: np.ndarray) -> np.ndarray:
    table = np.zeros((mask.shape[0] + 1, mask.shape[1] + 1), dtype=np.int64)
    table[1:, 1:] = mask.astype(np.int64).cumsum(axis=0).cumsum(axis=1)
    return table


def _window_count(mask: np.ndarray, before: int, after: int) -> np.ndarray:
    """For every cell, the number of set cells in the square window [i-before, i+after]²."""
    ny, nx = mask.shape
    table = sat(mask)
    iy = np.arange(ny)
    ix = np.arange(nx)
    y0 = np.clip(iy - before, 0, ny)[:, None]
    y1 = np.clip(iy + after + 1, 0, ny)[:, None]
    x0 = np.clip(ix - before, 0, nx)[None, :]
    x1 = np.clip(ix + after + 1, 0, nx)[None, :]
    return table[y1, x1] - table[y0, x1] - table[y1, x0] + table[y0, x0]


def erode(mask: np.ndarray, size: int) -> np.ndarray:
    """Cells where a size × size square anchored at the cell (extending +x, +y) lies fully in the mask."""
    if size <= 1:
        return mask.copy()
    return _window_count(mask, 0, size - 1) == size * size


def opening(mask: np.ndarray, size: int) -> np.ndarray:
    """Morphological opening by a size × size square: the union of all such squares inside the mask."""
    if size <= 1:
        return mask.copy()
    return (_window_count(erode(mask, size), size - 1, 0) > 0) & mask


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Dilation by a (2·radius + 1)² square."""
    if radius <= 0:
        return mask.copy()
    return _window_count(mask, radius, radius) > 0


def remove_pinches(mask: np.ndarray) -> Tuple[np.ndarray, int]:
    """Clear cells until no two cells touch only at a corner (a non-manifold vertex); returns the count."""
    mask = mask.copy()
    removed = 0
    while True:
        a, b = mask[:-1, :-1], mask[:-1, 1:]
        c, d = mask[1:, :-1], mask[1:, 1:]
        diag1 = a & d & ~b & ~c
        diag2 = b & c & ~a & ~d
        if not (diag1.any() or diag2.any()):
            return mask, removed
        iy, ix = np.nonzero(diag1)
        mask[iy + 1, ix + 1] = False
        removed += len(iy)
        iy, ix = np.nonzero(diag2 & mask[1:, :-1])
        mask[iy + 1, ix] = False
        removed += len(iy)


def sample_dem(
    array: np.ndarray, geotransform: Sequence[float], nodata: Optional[float], x: np.ndarray, y: np.ndarray
) -> np.ndarray:
    """Bilinear DEM heights at world points (NaN outside the raster or next to nodata).

    ``geotransform`` is GDAL's (x0, dx, rx, y0, ry, dy) of a north-up raster (rx = ry = 0); pixel
    values refer to pixel centres.
    """
    x0, dx, rx, y0, ry, dy = (float(v) for v in geotransform)
    if rx != 0.0 or ry != 0.0:
        raise ValueError("rotated rasters are not supported")
    data = np.asarray(array, dtype=np.float64)
    if nodata is not None and not np.isnan(nodata):
        data = np.where(data == nodata, np.nan, data)
    rows, cols = data.shape
    fc = (x - x0) / dx - 0.5
    fr = (y - y0) / dy - 0.5
    outside = (fc < -0.5) | (fc > cols - 0.5) | (fr < -0.5) | (fr > rows - 0.5)
    fc = np.clip(fc, 0, cols - 1)
    fr = np.clip(fr, 0, rows - 1)
    c0 = np.minimum(np.floor(fc).astype(np.int64), max(cols - 2, 0))
    r0 = np.minimum(np.floor(fr).astype(np.int64), max(rows - 2, 0))
    c1 = np.minimum(c0 + 1, cols - 1)
    r1 = np.minimum(r0 + 1, rows - 1)
    tc = fc - c0
    tr = fr - r0
    z = (
        data[r0, c0] * (1 - tc) * (1 - tr)
        + data[r0, c1] * tc * (1 - tr)
        + data[r1, c0] * (1 - tc) * tr
        + data[r1, c1] * tc * tr
    )
    return np.where(outside, np.nan, z)


def fill_nan(grid: np.ndarray, max_iterations: int = 64) -> np.ndarray:
    """Fill NaN holes by repeated averaging of valid 4-neighbours (small nodata gaps only)."""
    grid = grid.copy()
    for _ in range(max_iterations):
        missing = np.isnan(grid)
        if not missing.any():
            break
        padded = np.pad(grid, 1, mode="constant", constant_values=np.nan)
        stack = np.stack([padded[:-2, 1:-1], padded[2:, 1:-1], padded[1:-1, :-2], padded[1:-1, 2:]])
        with np.errstate(invalid="ignore"):
            valid = ~np.isnan(stack)
            total = np.where(valid, stack, 0.0).sum(axis=0)
            count = valid.sum(axis=0)
            mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
        grid = np.where(missing, mean, grid)
    return grid


def idw_surface(
    points: np.ndarray, values: np.ndarray, x: np.ndarray, y: np.ndarray, power: float = 2.0, coarse: int = 64
) -> np.ndarray:
    """Inverse-distance-weighted surface (Shepard 1968) from scattered (x, y) points.

    Evaluated on a coarse lattice of at most ``coarse``² nodes over the grid and bilinearly refined,
    so cost does not grow with the print resolution. ``x`` and ``y`` are 1-D node coordinates.
    """
    if len(points) == 1:
        return np.full((len(y), len(x)), float(values[0]))
    cx = np.linspace(x[0], x[-1], min(coarse, len(x)))
    cy = np.linspace(y[0], y[-1], min(coarse, len(y)))
    gx, gy = np.meshgrid(cx, cy)
    d2 = (gx[..., None] - points[:, 0]) ** 2 + (gy[..., None] - points[:, 1]) ** 2
    weights = 1.0 / np.maximum(d2, 1e-6) ** (power / 2.0)
    coarse_z = (weights * values).sum(axis=-1) / weights.sum(axis=-1)
    # bilinear refine (separable)
    along_x = np.stack([np.interp(x, cx, row) for row in coarse_z])
    return np.stack([np.interp(y, cy, col) for col in along_x.T], axis=1)


def bounds_of(rings: Iterable[np.ndarray]) -> Tuple[float, float, float, float]:
    pts: List[np.ndarray] = [np.asarray(r, dtype=np.float64)[:, :2] for r in rings if len(r)]
    allpts = np.concatenate(pts)
    return (float(allpts[:, 0].min()), float(allpts[:, 1].min()), float(allpts[:, 0].max()), float(allpts[:, 1].max()))
