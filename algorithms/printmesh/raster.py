"""Print-grid operations on numpy arrays: roof planes, morphology of masks, the terrain lattice.

Grids are row = y (south to north), column = x. Rasterising, sampling, inverse distance weighting and
the summed-area table are the engine's (:mod:`..raster`); this module adds what only the print model
needs: square-window morphology for the minimum printable feature and the terrain lattice policy.
"""

from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

import numpy as np

from ..raster import RasterArray, idw, sample_bilinear, summed_area_table


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


def _window_count(mask: np.ndarray, before: int, after: int) -> np.ndarray:
    """For every cell, the number of set cells in the square window [i-before, i+after]²."""
    ny, nx = mask.shape
    table = summed_area_table(mask)
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


def idw_surface(
    points: np.ndarray, values: np.ndarray, x: np.ndarray, y: np.ndarray, power: float = 2.0, coarse: int = 64
) -> np.ndarray:
    """Terrain from scattered heights: inverse distance weighting (Shepard 1968, :func:`..raster.idw`, all
    points, no cutoff) on a lattice of at most ``coarse``² nodes spanning the grid, bilinearly refined
    (:func:`..raster.sample_bilinear`), so the cost does not grow with the print resolution.

    Parameters
    ----------
    points : numpy.ndarray, shape (n, 2)
        x, y of the buildings (m).
    values : numpy.ndarray, shape (n,)
        Their ground heights (m).
    x, y : numpy.ndarray
        Node coordinates of the print grid (m), ascending.
    power : float
        Distance exponent of the weights.
    coarse : int
        Lattice nodes per axis at most.

    Returns
    -------
    numpy.ndarray of float64, shape (len(y), len(x))
    """
    if len(points) == 1:
        return np.full((len(y), len(x)), float(values[0]))
    cx = np.linspace(x[0], x[-1], min(coarse, len(x)))
    cy = np.linspace(y[0], y[-1], min(coarse, len(y)))
    lattice = idw(points, values, cx, cy, power=power)
    sx = (cx[-1] - cx[0]) / (len(cx) - 1) if len(cx) > 1 else 1.0
    sy = (cy[-1] - cy[0]) / (len(cy) - 1) if len(cy) > 1 else 1.0
    # South-up lattice (row = y ascending): a positive dy in the geotransform.
    raster = RasterArray(lattice, (cx[0] - sx / 2, sx, 0.0, cy[0] - sy / 2, 0.0, sy))
    return sample_bilinear(raster, x, y)


def bounds_of(rings: Iterable[np.ndarray]) -> Tuple[float, float, float, float]:
    pts: List[np.ndarray] = [np.asarray(r, dtype=np.float64)[:, :2] for r in rings if len(r)]
    allpts = np.concatenate(pts)
    return (float(allpts[:, 0].min()), float(allpts[:, 1].min()), float(allpts[:, 0].max()), float(allpts[:, 1].max()))
