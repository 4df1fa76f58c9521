"""The engine's one raster toolkit: container, snapped grids, point-in-polygon rasteriser, samplers,
inverse-distance interpolation and the summed-area table.

Solar (algorithms/solar), print models (algorithms/printmesh) and the QGIS/GDAL reader and writer
(processing_provider/raster_io.py) all use these; nothing else in the engine rasterises, samples or
interpolates.

Conventions
-----------
* A raster is north-up: ``array[row, col]``, GDAL geotransform ``(x0, dx, 0, y0, 0, dy)`` with
  ``dy < 0``; values refer to cell centres.
* A :class:`Grid` is a north-up raster frame whose cell edges lie on multiples of its cell size, with
  *global* integer cell indices. Any two grids of the same cell size place a cell at the same
  coordinates to the last bit, so results computed on overlapping tiles agree exactly.
* Memory stays bounded: the rasteriser, the samplers and the interpolation work in chunks whose size
  does not grow with the product of two inputs (rows × edges, nodes × points).

Methods
-------
* Point in polygon: the even–odd crossing rule (W. R. Franklin, "PNPOLY", 1970/2006) as a scanline:
  per row, the crossings of all edges (half-open in y, so a vertex is counted once) are turned into
  toggles at the first cell centre strictly east of each crossing; a cumulative sum's parity is the
  inside mask. Holes and multipolygons need no special case.
* Inverse distance weighting: Shepard (1968), "A two-dimensional interpolation function for
  irregularly-spaced data", Proc. 23rd ACM national conference, weights ``1 / d^p``. With a cutoff
  radius only points closer than it count, found through square bins of the radius' size.
* Summed-area table: Crow (1984), "Summed-area tables for texture mapping", SIGGRAPH '84.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Optional, Protocol, Sequence, Tuple, Union

import numpy as np

from .errors import NrwTwinError
from .messages import msg

GeoTransform = Tuple[float, float, float, float, float, float]
Bounds = Tuple[float, float, float, float]

#: Elements of the largest temporary array a chunked step builds (about 8–16 MB of float64).
CHUNK_ELEMENTS = 1_000_000


@dataclass
class RasterArray:
    """A north-up raster as numpy.

    Parameters
    ----------
    array : numpy.ndarray
        ``(rows, cols)`` cell values; NaN or ``nodata`` where there is no value.
    geotransform : tuple of 6 floats
        GDAL's ``(x0, dx, rx, y0, ry, dy)``: west edge, cell width (m), 0, north edge, 0, −cell height (m).
    nodata : float, optional
        Value that marks missing cells (besides NaN).
    name : str
        For messages (a file or layer name).
    """

    array: np.ndarray
    geotransform: GeoTransform
    nodata: Optional[float] = None
    name: str = "raster"

    @property
    def shape(self) -> Tuple[int, int]:
        return tuple(np.shape(self.array))  # type: ignore[return-value]

    def extent(self) -> Bounds:
        """(xmin, ymin, xmax, ymax) of the raster's cells, in its CRS (m)."""
        x0, dx, _rx, y0, _ry, dy = self.geotransform
        rows, cols = self.shape
        xs, ys = (x0, x0 + cols * dx), (y0, y0 + rows * dy)
        return min(xs), min(ys), max(xs), max(ys)

    def check_north_up(self) -> None:
        """Raise a clear error for a rotated raster (only north-up rasters are supported)."""
        if self.geotransform[2] != 0.0 or self.geotransform[4] != 0.0:
            raise NrwTwinError(
                msg("The raster {} is rotated; warp it to a north-up raster first (Raster ▸ Projections ▸ Warp).",
                    self.name)
            )


@dataclass(frozen=True)
class Grid:
    """A north-up grid of square cells whose edges lie on multiples of ``res``.

    Parameters
    ----------
    res : float
        Cell size (m).
    col0 : int
        Global index of the west-most column: its west edge is at ``col0 · res``.
    top : int
        Global index of the north edge: at ``top · res``.
    ncols, nrows : int
        Size of the grid in cells.
    """

    res: float
    col0: int
    top: int
    ncols: int
    nrows: int

    @classmethod
    def covering(cls, bounds: Bounds, res: float) -> "Grid":
        """The smallest snapped grid that covers ``bounds`` (xmin, ymin, xmax, ymax in m), at least one cell."""
        xmin, ymin, xmax, ymax = bounds
        res = float(res)
        col0 = int(math.floor(xmin / res))
        top = int(math.ceil(ymax / res))
        ncols = max(int(math.ceil((xmax - col0 * res) / res)), 1)
        nrows = max(int(math.ceil((top * res - ymin) / res)), 1)
        return cls(res, col0, top, ncols, nrows)

    @property
    def shape(self) -> Tuple[int, int]:
        return self.nrows, self.ncols

    @property
    def x0(self) -> float:
        return self.col0 * self.res

    @property
    def y0(self) -> float:
        return self.top * self.res

    def geotransform(self) -> GeoTransform:
        return (self.x0, self.res, 0.0, self.y0, 0.0, -self.res)

    def bounds(self) -> Bounds:
        return (self.x0, (self.top - self.nrows) * self.res, (self.col0 + self.ncols) * self.res, self.y0)

    def xs(self) -> np.ndarray:
        """x of the cell centres, west to east (m)."""
        return self.x_of(np.arange(self.ncols))

    def ys(self) -> np.ndarray:
        """y of the cell centres, north to south (m)."""
        return self.y_of(np.arange(self.nrows))

    def x_of(self, cols: np.ndarray) -> np.ndarray:
        """x (m) of the centres of columns ``cols`` (computed from global indices: the same in every grid)."""
        return (self.col0 + np.asarray(cols) + 0.5) * self.res

    def y_of(self, rows: np.ndarray) -> np.ndarray:
        """y (m) of the centres of rows ``rows``."""
        return (self.top - np.asarray(rows) - 0.5) * self.res

    def window(self, rows: np.ndarray, cols: np.ndarray) -> Tuple["Grid", int, int]:
        """The sub-grid holding the given cells, and its row and column offsets in this grid."""
        r0, r1 = int(np.min(rows)), int(np.max(rows)) + 1
        c0, c1 = int(np.min(cols)), int(np.max(cols)) + 1
        return Grid(self.res, self.col0 + c0, self.top - r0, c1 - c0, r1 - r0), r0, c0

    def offset_in(self, outer: "Grid") -> Tuple[int, int]:
        """(row, column) of this grid's first cell in ``outer`` (same cell size)."""
        return outer.top - self.top, self.col0 - outer.col0


# --- point in polygon -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edges:
    """The edges of a set of rings, prepared once for repeated rasterising (start and end x, y)."""

    starts: np.ndarray  # (n, 2)
    ends: np.ndarray  # (n, 2)

    def __len__(self) -> int:
        return len(self.starts)


def edges_of(rings: Union[Sequence[np.ndarray], Edges]) -> Edges:
    """Prepare rings for repeated rasterising.

    Parameters
    ----------
    rings : sequence of numpy.ndarray, or Edges
        (n, 2+) vertex arrays, each closed implicitly; rings with fewer than 3 vertices are ignored.

    Returns
    -------
    Edges
        Start and end points (x, y) of every edge.
    """
    if isinstance(rings, Edges):
        return rings
    usable = [np.asarray(r, dtype=np.float64)[:, :2] for r in rings if len(r) >= 3]
    if not usable:
        empty = np.empty((0, 2))
        return Edges(empty, empty)
    starts = np.concatenate(usable)
    ends = np.concatenate([np.concatenate([r[1:], r[:1]]) for r in usable])
    return Edges(starts, ends)


def inside_rings(xs: np.ndarray, ys: np.ndarray, rings: Union[Sequence[np.ndarray], Edges]) -> np.ndarray:
    """Which points of the lattice ``xs`` × ``ys`` lie inside the rings (even–odd rule, holes included).

    Parameters
    ----------
    xs : numpy.ndarray
        x of the lattice columns (m), strictly ascending.
    ys : numpy.ndarray
        y of the lattice rows (m), any order.
    rings : sequence of numpy.ndarray, or Edges
        Rings as (n, 2+) vertex arrays, the first vertex not repeated; exteriors and holes alike.

    Returns
    -------
    numpy.ndarray of bool, shape (len(ys), len(xs))
        True where the point is inside. A point exactly on a crossing counts as outside on its west
        edge and inside on its east edge (crossings strictly west of the point are counted).

    Notes
    -----
    Scanline form of the crossing rule (see the module docstring); memory is bounded by chunks of
    rows × edges, so outlines with thousands of vertices over large grids stay small.
    """
    xs = np.asarray(xs, dtype=np.float64)
    ys = np.asarray(ys, dtype=np.float64)
    nx = len(xs)
    mask = np.zeros((len(ys), nx), dtype=bool)
    edges = edges_of(rings)
    starts, ends = edges.starts, edges.ends
    if len(starts) == 0 or nx == 0:
        return mask
    ya, yb = starts[:, 1][None, :], ends[:, 1][None, :]
    xa, dxe = starts[:, 0][None, :], (ends[:, 0] - starts[:, 0])[None, :]
    step = max(1, CHUNK_ELEMENTS // len(starts))
    for r0 in range(0, len(ys), step):
        y = ys[r0 : r0 + step, None]
        crosses = (ya <= y) != (yb <= y)  # half-open: a vertex on the scanline counts once
        rows, edges = np.nonzero(crosses)
        if len(rows) == 0:
            continue
        t = (y[rows, 0] - ya[0, edges]) / (yb[0, edges] - ya[0, edges])
        xcross = xa[0, edges] + t * dxe[0, edges]
        first = np.searchsorted(xs, xcross, side="right")  # first centre strictly east of the crossing
        count = len(y)
        toggles = np.bincount(rows * (nx + 1) + first, minlength=count * (nx + 1)).reshape(count, nx + 1)
        mask[r0 : r0 + count] = (np.cumsum(toggles[:, :nx], axis=1) & 1).astype(bool)
    return mask


def cells_in_rings(rings: Union[Sequence[np.ndarray], Edges], grid: Grid) -> Tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the cells of ``grid`` whose centres lie inside the rings.

    Parameters
    ----------
    rings : sequence of numpy.ndarray, or Edges
        (n, 2+) vertex arrays (exterior and holes), coordinates in m; :func:`edges_of` prepares them
        once for many grids.
    grid : Grid
        The raster frame.

    Returns
    -------
    rows, cols : numpy.ndarray of int64
        Cell indices in ``grid``, row-major order; empty when the rings miss the grid.
    """
    edges = edges_of(rings)
    starts = edges.starts
    if len(starts) == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    res = grid.res
    c0 = max(int(math.floor(starts[:, 0].min() / res)) - grid.col0, 0)
    c1 = min(int(math.ceil(starts[:, 0].max() / res)) - grid.col0, grid.ncols)
    r0 = max(grid.top - int(math.ceil(starts[:, 1].max() / res)), 0)
    r1 = min(grid.top - int(math.floor(starts[:, 1].min() / res)), grid.nrows)
    if c1 <= c0 or r1 <= r0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    inside = inside_rings(grid.x_of(np.arange(c0, c1)), grid.y_of(np.arange(r0, r1)), edges)
    rows, cols = np.nonzero(inside)
    return rows + r0, cols + c0


def rings_mask(
    rings: Sequence[np.ndarray], origin: Tuple[float, float], step: float, shape: Tuple[int, int], offset: float = 0.5
) -> np.ndarray:
    """Mask of the points of a south-up lattice that lie inside the rings.

    Parameters
    ----------
    rings : sequence of numpy.ndarray
        (n, 2+) vertex arrays (m).
    origin : (float, float)
        x, y of the lattice's south-west corner (m); row = y, column = x.
    step : float
        Lattice spacing (m).
    shape : (int, int)
        (rows, cols) of the mask.
    offset : float
        0.5 for cell centres, 0 for the nodes at the cell corners.

    Returns
    -------
    numpy.ndarray of bool, shape ``shape``
    """
    ny, nx = shape
    mask = np.zeros(shape, dtype=bool)
    edges = edges_of(rings)
    starts = edges.starts
    if len(starts) == 0:
        return mask
    (xmin, ymin), (xmax, ymax) = starts.min(axis=0), starts.max(axis=0)
    c0 = max(int(np.floor((xmin - origin[0]) / step - offset)), 0)
    c1 = min(int(np.ceil((xmax - origin[0]) / step - offset)) + 1, nx)
    r0 = max(int(np.floor((ymin - origin[1]) / step - offset)), 0)
    r1 = min(int(np.ceil((ymax - origin[1]) / step - offset)) + 1, ny)
    if c0 >= c1 or r0 >= r1:
        return mask
    xs = origin[0] + (np.arange(c0, c1) + offset) * step
    ys = origin[1] + (np.arange(r0, r1) + offset) * step
    mask[r0:r1, c0:c1] = inside_rings(xs, ys, edges)
    return mask


# --- sampling -------------------------------------------------------------------------------------------


def _row_chunks(nrows: int, ncols: int) -> Iterator[slice]:
    step = max(1, CHUNK_ELEMENTS // max(ncols, 1))
    for start in range(0, nrows, step):
        yield slice(start, min(start + step, nrows))


def sample_nearest(raster: RasterArray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Values of the raster cell under each point of the lattice ``xs`` × ``ys`` (no interpolation).

    Parameters
    ----------
    raster : RasterArray
        North-up raster.
    xs, ys : numpy.ndarray
        Lattice columns' x and rows' y (m).

    Returns
    -------
    numpy.ndarray of float32, shape (len(ys), len(xs))
        NaN outside the raster and at nodata.
    """
    raster.check_north_up()
    gx0, gdx, _, gy0, _, gdy = raster.geotransform
    cols = np.floor((np.asarray(xs) - gx0) / gdx).astype(np.int64)
    rows = np.floor((np.asarray(ys) - gy0) / gdy).astype(np.int64)
    nrows, ncols = raster.shape
    col_ok = (cols >= 0) & (cols < ncols)
    row_ok = (rows >= 0) & (rows < nrows)
    out = np.full((len(rows), len(cols)), np.nan, dtype=np.float32)
    if col_ok.any() and row_ok.any():
        sub = np.asarray(raster.array)[np.ix_(rows[row_ok], cols[col_ok])].astype(np.float32)
        if raster.nodata is not None and not np.isnan(raster.nodata):
            sub[sub == np.float32(raster.nodata)] = np.nan
        out[np.ix_(row_ok, col_ok)] = sub
    return out


def sample_bilinear(raster: RasterArray, xs: np.ndarray, ys: np.ndarray, dtype=np.float64) -> np.ndarray:
    """Bilinear interpolation of the raster's cell-centre values at the lattice ``xs`` × ``ys``.

    Parameters
    ----------
    raster : RasterArray
        North-up raster; values refer to cell centres.
    xs, ys : numpy.ndarray
        Lattice columns' x and rows' y (m).
    dtype : numpy dtype
        Of the result (the arithmetic is float64).

    Returns
    -------
    numpy.ndarray, shape (len(ys), len(xs))
        NaN outside the raster (beyond half a cell from the outer centres) and next to nodata.
    """
    raster.check_north_up()
    x0, dx, _rx, y0, _ry, dy = (float(v) for v in raster.geotransform)
    array = np.asarray(raster.array)
    rows, cols = array.shape
    fc = (np.asarray(xs, dtype=np.float64) - x0) / dx - 0.5
    fr_all = (np.asarray(ys, dtype=np.float64) - y0) / dy - 0.5
    col_out = (fc < -0.5) | (fc > cols - 0.5)
    fc = np.clip(fc, 0, cols - 1)
    c0 = np.minimum(np.floor(fc).astype(np.int64), max(cols - 2, 0))
    c1 = np.minimum(c0 + 1, cols - 1)
    tc = fc - c0
    nodata = raster.nodata if raster.nodata is not None and not np.isnan(raster.nodata) else None
    out = np.empty((len(fr_all), len(fc)), dtype=dtype)
    for chunk in _row_chunks(len(fr_all), len(fc)):
        fr = fr_all[chunk]
        row_out = (fr < -0.5) | (fr > rows - 0.5)
        fr = np.clip(fr, 0, rows - 1)
        r0 = np.minimum(np.floor(fr).astype(np.int64), max(rows - 2, 0))
        r1 = np.minimum(r0 + 1, rows - 1)
        tr = (fr - r0)[:, None]

        def at(r, c):
            values = array[np.ix_(r, c)].astype(np.float64)
            if nodata is not None:
                values[values == nodata] = np.nan
            return values

        z = (
            at(r0, c0) * (1 - tc) * (1 - tr)
            + at(r0, c1) * tc * (1 - tr)
            + at(r1, c0) * (1 - tc) * tr
            + at(r1, c1) * tc * tr
        )
        out[chunk] = np.where(row_out[:, None] | col_out[None, :], np.nan, z)
    return out


def fill_nan(grid: np.ndarray, max_iterations: int = 64) -> np.ndarray:
    """Fill NaN holes by repeated averaging of the valid 4-neighbours (for small nodata gaps).

    Parameters
    ----------
    grid : numpy.ndarray
        2-D array with NaN holes.
    max_iterations : int
        Sweeps at most; each fills one cell deep around the valid cells.

    Returns
    -------
    numpy.ndarray
        A copy; holes farther than ``max_iterations`` cells from a value stay NaN.
    """
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


# --- inverse distance weighting -------------------------------------------------------------------------


def idw(
    points: np.ndarray,
    values: np.ndarray,
    xs: np.ndarray,
    ys: np.ndarray,
    power: float = 2.0,
    radius: Optional[float] = None,
    smoothing_m2: float = 0.0,
    min_d2: float = 1e-6,
) -> np.ndarray:
    """Inverse-distance-weighted values (Shepard 1968) at the nodes of the lattice ``xs`` × ``ys``.

    Parameters
    ----------
    points : numpy.ndarray, shape (n, 2+)
        x, y of the data points (m).
    values : numpy.ndarray, shape (n,)
        Their values.
    xs, ys : numpy.ndarray
        Lattice columns' x and rows' y (m).
    power : float
        Distance exponent p of the weights ``1 / d²^(p/2)``.
    radius : float, optional
        Cutoff (m): only points with ``d² + smoothing_m2 < radius²`` count. A node with no such point
        takes the weighted value of *all* points, so every node gets a value. None: all points count.
    smoothing_m2 : float
        Added to every squared distance (m²): keeps a node on top of a point from taking its value alone.
    min_d2 : float
        Lower bound of the squared distance (m²), against division by zero.

    Returns
    -------
    numpy.ndarray of float64, shape (len(ys), len(xs))

    Notes
    -----
    Memory is bounded: nodes are processed in chunks of at most :data:`CHUNK_ELEMENTS` node–point
    pairs. Each node's value depends only on its position and the points (its sums run in a fixed
    order), so a node gets the same value to the last bit in any lattice and any chunk.
    """
    points = np.asarray(points, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    gx, gy = np.meshgrid(np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64))
    qx, qy = gx.ravel(), gy.ravel()
    out = np.full(qx.shape, np.nan)
    if len(points) == 0:
        return out.reshape(gx.shape)
    weights = _Weights(power, smoothing_m2, min_d2)
    far = np.arange(len(qx))
    if radius is not None:
        far = _idw_within(points, values, qx, qy, float(radius), weights, out)
    step = max(1, CHUNK_ELEMENTS // len(points))
    for start in range(0, len(far), step):
        nodes = far[start : start + step]
        w = weights(qx[nodes, None], qy[nodes, None], points[None, :, 0], points[None, :, 1])
        out[nodes] = (w * values).sum(axis=-1) / w.sum(axis=-1)
    return out.reshape(gx.shape)


@dataclass(frozen=True)
class _Weights:
    power: float
    smoothing_m2: float
    min_d2: float

    def d2(self, qx, qy, px, py) -> np.ndarray:
        return np.maximum((qx - px) ** 2 + (qy - py) ** 2 + self.smoothing_m2, self.min_d2)

    def __call__(self, qx, qy, px, py) -> np.ndarray:
        return 1.0 / self.d2(qx, qy, px, py) ** (self.power / 2.0)


def _idw_within(points, values, qx, qy, radius: float, weights: _Weights, out: np.ndarray) -> np.ndarray:
    """Fill ``out`` at the nodes that have points within ``radius``; return the indices of the others."""
    bins = _PointBins(points, radius)
    candidates = bins.candidate_counts(qx, qy)
    far = [np.nonzero(candidates == 0)[0]]
    ends = np.cumsum(candidates)
    start = 0
    while start < len(qx):
        stop = max(int(np.searchsorted(ends, (ends[start - 1] if start else 0) + CHUNK_ELEMENTS, "right")), start + 1)
        nodes = np.arange(start, min(stop, len(qx)))
        node_of_pair, point_of_pair = bins.pairs(qx[nodes], qy[nodes])
        px, py = points[point_of_pair, 0], points[point_of_pair, 1]
        d2 = weights.d2(qx[nodes][node_of_pair], qy[nodes][node_of_pair], px, py)
        near = d2 < radius * radius
        node_of_pair, d2 = node_of_pair[near], d2[near]
        w = 1.0 / d2 ** (weights.power / 2.0)
        total = np.bincount(node_of_pair, weights=w, minlength=len(nodes))
        weighted = np.bincount(node_of_pair, weights=w * values[point_of_pair[near]], minlength=len(nodes))
        has = total > 0
        out[nodes[has]] = weighted[has] / total[has]
        far.append(nodes[~has & (candidates[nodes] > 0)])
        start = int(nodes[-1]) + 1
    return np.sort(np.concatenate(far))


class _PointBins:
    """Points sorted into square bins of side ``size``, for neighbour queries within that distance."""

    def __init__(self, points: np.ndarray, size: float) -> None:
        self.size = size
        bx = np.floor(points[:, 0] / size).astype(np.int64)
        by = np.floor(points[:, 1] / size).astype(np.int64)
        self.bx0, self.by0 = int(bx.min()) - 1, int(by.min()) - 1
        self.height = int(by.max()) - self.by0 + 2
        keys = (bx - self.bx0) * self.height + (by - self.by0)
        self.order = np.argsort(keys, kind="stable")
        self.keys = keys[self.order]

    def _ranges(self, qx: np.ndarray, qy: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(nodes, 9) start and end positions in ``order`` of the 3 × 3 bins around each node."""
        bx = np.floor(qx / self.size).astype(np.int64) - self.bx0
        by = np.floor(qy / self.size).astype(np.int64) - self.by0
        offsets = np.array([(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)])
        cx = bx[:, None] + offsets[None, :, 0]
        cy = by[:, None] + offsets[None, :, 1]
        valid = (cy >= 0) & (cy < self.height) & (cx >= 0)
        keys = np.where(valid, cx * self.height + cy, -1)
        starts = np.searchsorted(self.keys, keys, side="left")
        ends = np.where(valid, np.searchsorted(self.keys, keys, side="right"), starts)
        return starts, ends

    def candidate_counts(self, qx: np.ndarray, qy: np.ndarray) -> np.ndarray:
        counts = np.zeros(len(qx), dtype=np.int64)
        step = CHUNK_ELEMENTS // 9
        for start in range(0, len(qx), step):
            starts, ends = self._ranges(qx[start : start + step], qy[start : start + step])
            counts[start : start + len(starts)] = (ends - starts).sum(axis=1)
        return counts

    def pairs(self, qx: np.ndarray, qy: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(node index, point index) of every candidate pair, grouped by node in a fixed order."""
        starts, ends = self._ranges(qx, qy)
        counts = (ends - starts).ravel()
        total = int(counts.sum())
        node = np.repeat(np.repeat(np.arange(len(qx)), 9), counts)
        first = np.repeat(starts.ravel(), counts)
        within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        return node, self.order[first + within]


# --- summed-area table ----------------------------------------------------------------------------------


def summed_area_table(array: np.ndarray, dtype=np.int64) -> np.ndarray:
    """Summed-area table (Crow 1984) with a zero first row and column.

    Parameters
    ----------
    array : numpy.ndarray
        2-D values (a bool mask counts its True cells).
    dtype : numpy dtype
        Of the table (int64 for counts, float64 for sums).

    Returns
    -------
    numpy.ndarray, shape (rows + 1, cols + 1)
        ``table[r, c]`` = sum of ``array[:r, :c]``; the sum over rows r0:r1 and columns c0:c1 is
        ``table[r1, c1] − table[r0, c1] − table[r1, c0] + table[r0, c0]``.
    """
    table = np.zeros((array.shape[0] + 1, array.shape[1] + 1), dtype=dtype)
    table[1:, 1:] = np.asarray(array).astype(dtype).cumsum(axis=0).cumsum(axis=1)
    return table


# --- raster outputs -------------------------------------------------------------------------------------


class RasterSink(Protocol):
    """Receives a raster in blocks: :meth:`open` once with the whole grid, then :meth:`write` per block."""

    def open(self, grid: Grid) -> None: ...

    def write(self, block: RasterArray) -> None: ...


class ArrayRasterSink:
    """A :class:`RasterSink` that assembles the blocks in memory (NaN where no block wrote a value)."""

    def __init__(self) -> None:
        self.grid: Optional[Grid] = None
        self.array: Optional[np.ndarray] = None

    def open(self, grid: Grid) -> None:
        self.grid = grid
        self.array = np.full(grid.shape, np.nan, dtype=np.float32)

    def write(self, block: RasterArray) -> None:
        row, col = block_offset(block, self.grid)
        rows, cols = block.shape
        target = self.array[row : row + rows, col : col + cols]
        np.copyto(target, block.array, where=np.isfinite(block.array))

    @property
    def raster(self) -> RasterArray:
        return RasterArray(self.array, self.grid.geotransform(), None, "irradiation")


def block_offset(block: RasterArray, grid: Grid) -> Tuple[int, int]:
    """Where a block lies in a grid.

    Parameters
    ----------
    block : RasterArray
        Cells of the same size, aligned with the grid's cells.
    grid : Grid

    Returns
    -------
    (row, column)
        Of the block's first cell in ``grid``.

    Raises
    ------
    ValueError
        When the block is not on the grid's cells or reaches beyond it (a programming error).
    """
    x0, dx, _rx, y0, _ry, dy = block.geotransform
    col = int(round((x0 - grid.x0) / grid.res))
    row = int(round((grid.y0 - y0) / grid.res))
    rows, cols = block.shape
    if abs(dx - grid.res) > 1e-9 * grid.res or row < 0 or col < 0 or row + rows > grid.nrows or col + cols > grid.ncols:
        raise ValueError(f"block {block.geotransform} {block.shape} does not fit the grid {grid}")
    return row, col
