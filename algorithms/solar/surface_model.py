"""A raster surface model (DSM) of roofs, terrain and optional trees, built with numpy only.

Roof polygons are rasterised by an even-odd scanline test at cell centres; each roof cell gets the
height of its own roof plane (not a stair-stepped sample), so a plane never shades itself except by
rounding. Terrain comes from a DEM array when given, else it is interpolated (inverse distance,
on a coarse grid) from the buildings' ground heights. An optional DOM/nDOM array adds trees and other
objects outside the roofs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..geometry3d import area_weighted_normal, polygon_area_3d, tilt_azimuth
from ..model import Surface

NO_ROOF = -1
GeoTransform = Tuple[float, float, float, float, float, float]


@dataclass
class RasterArray:
    """A north-up raster as numpy: ``array[row, col]``, GDAL geotransform, optional nodata value."""

    array: np.ndarray
    geotransform: GeoTransform
    nodata: Optional[float] = None


@dataclass
class RoofPlane:
    """A roof surface to evaluate: plane z = a·x + b·y + c (local coordinates), orientation, area."""

    index: int
    surface: Surface
    normal: np.ndarray
    tilt: float
    azimuth: float  # 180 for near-horizontal roofs (irrelevant there)
    area_m2: float
    perimeter_m: float
    plane: Tuple[float, float, float]
    centroid: Tuple[float, float]


@dataclass
class SurfaceModel:
    """DSM grid with roof labels. ``x0``/``y0`` = west/north edge; row 0 is the north row."""

    dsm: np.ndarray  # float32 heights
    labels: np.ndarray  # int32 roof index per cell or NO_ROOF
    x0: float
    y0: float
    resolution: float
    origin: Tuple[float, float]  # local coordinate origin subtracted from x/y for float precision

    @property
    def shape(self) -> Tuple[int, int]:
        return self.dsm.shape

    def geotransform(self) -> GeoTransform:
        return (self.x0, self.resolution, 0.0, self.y0, 0.0, -self.resolution)

    def cell_centres(self, rows: np.ndarray, cols: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        return self.x0 + (cols + 0.5) * self.resolution, self.y0 - (rows + 0.5) * self.resolution


def roof_planes(surfaces: Sequence[Surface]) -> Tuple[List[RoofPlane], List[Tuple[Surface, str]]]:
    """Planes of the upward-facing roof surfaces; the others are returned with the reason (skipped)."""
    planes: List[RoofPlane] = []
    skipped: List[Tuple[Surface, str]] = []
    for surface in surfaces:
        polygons = [p for p in surface.polygons if len(p.exterior) >= 3]
        normal = area_weighted_normal(polygons) if polygons else None
        if normal is None:
            skipped.append((surface, "degenerate geometry"))
            continue
        if normal[2] < 0:  # some roofs are stored clockwise: roofs face up by definition
            normal = -normal
        if normal[2] < 0.02:
            skipped.append((surface, "vertical roof surface"))
            continue
        tilt, azimuth = tilt_azimuth(normal)
        points = np.concatenate([p.exterior for p in polygons])
        centre = points.mean(axis=0)
        # plane through the area-weighted centre: n·(p − centre) = 0 → z = a x + b y + c
        a, b = -normal[0] / normal[2], -normal[1] / normal[2]
        c = centre[2] - a * centre[0] - b * centre[1]
        perimeter = float(sum(np.linalg.norm(np.roll(p.exterior, -1, 0) - p.exterior, axis=1).sum() for p in polygons))
        planes.append(
            RoofPlane(
                index=len(planes),
                surface=surface,
                normal=normal,
                tilt=float(tilt),
                azimuth=float(azimuth) if azimuth is not None else 180.0,
                area_m2=float(sum(polygon_area_3d(p) for p in polygons)),
                perimeter_m=perimeter,
                plane=(float(a), float(b), float(c)),
                centroid=(float(centre[0]), float(centre[1])),
            )
        )
    return planes, skipped


def rasterise_ring_set(
    rings: Sequence[np.ndarray], x0: float, y0: float, res: float, shape: Tuple[int, int]
) -> Tuple[np.ndarray, np.ndarray]:
    """Rows/cols of the cells whose centres lie inside the rings (even-odd rule, holes included)."""
    xy = np.concatenate([r[:, :2] for r in rings])
    col_min = max(int(math.floor((xy[:, 0].min() - x0) / res)), 0)
    col_max = min(int(math.ceil((xy[:, 0].max() - x0) / res)), shape[1] - 1)
    row_min = max(int(math.floor((y0 - xy[:, 1].max()) / res)), 0)
    row_max = min(int(math.ceil((y0 - xy[:, 1].min()) / res)), shape[0] - 1)
    if col_max < col_min or row_max < row_min:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts = np.concatenate([r[:, :2] for r in rings])
    ends = np.concatenate([np.roll(r[:, :2], -1, axis=0) for r in rings])
    ys = y0 - (np.arange(row_min, row_max + 1) + 0.5) * res
    xs = x0 + (np.arange(col_min, col_max + 1) + 0.5) * res
    ya, yb = starts[:, 1][None, :], ends[:, 1][None, :]
    crosses = (ya <= ys[:, None]) != (yb <= ys[:, None])  # (rows, edges), half-open rule
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (ys[:, None] - ya) / (yb - ya)
    xcross = np.where(crosses, starts[:, 0][None, :] + t * (ends[:, 0] - starts[:, 0])[None, :], np.inf)
    inside = (np.sum(xcross[:, :, None] < xs[None, None, :], axis=1) % 2).astype(bool)
    rr, cc = np.nonzero(inside)
    return rr + row_min, cc + col_min


def sample_raster(raster: RasterArray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Nearest-cell values of a north-up raster on a grid given by cell-centre x (cols) and y (rows).

    Returns a (len(ys), len(xs)) float32 array, NaN outside the raster and at nodata.
    """
    gx0, gdx, _, gy0, _, gdy = raster.geotransform
    cols = np.floor((xs - gx0) / gdx).astype(np.int64)
    rows = np.floor((ys - gy0) / gdy).astype(np.int64)
    nrows, ncols = raster.array.shape
    col_ok = (cols >= 0) & (cols < ncols)
    row_ok = (rows >= 0) & (rows < nrows)
    out = np.full((len(ys), len(xs)), np.nan, dtype=np.float32)
    if col_ok.any() and row_ok.any():
        sub = raster.array[np.ix_(rows[row_ok], cols[col_ok])].astype(np.float32)
        if raster.nodata is not None:
            sub[sub == raster.nodata] = np.nan
        out[np.ix_(row_ok, col_ok)] = sub
    return out


def building_ground_points(surfaces: Sequence[Surface]) -> np.ndarray:
    """(x, y, z) per building: centre and lowest ground height (Ground surfaces, else lowest point)."""
    grouped: Dict[str, List[Surface]] = {}
    for surface in surfaces:
        grouped.setdefault(surface.building_id, []).append(surface)
    points = []
    for items in grouped.values():
        ground = [s for s in items if s.surface_type == "Ground"] or items
        coords = np.concatenate([p.exterior for s in ground for p in s.polygons if len(p.exterior)])
        allc = np.concatenate([p.exterior for s in items for p in s.polygons if len(p.exterior)])
        points.append((allc[:, 0].mean(), allc[:, 1].mean(), coords[:, 2].min()))
    return np.array(points, dtype=float).reshape(-1, 3)


GROUND_RADIUS_M = 150.0


def interpolate_ground(
    points: np.ndarray, xs: np.ndarray, ys: np.ndarray, coarse: float = 20.0, radius: float = GROUND_RADIUS_M
) -> np.ndarray:
    """Terrain from building ground heights: inverse-distance weighting (power 2) of the buildings within
    ``radius`` on a coarse grid snapped to multiples of ``coarse`` (so any sub-area gets the same values),
    bilinearly refined to the cell centres ``xs`` × ``ys``. Far from every building the weights of more
    distant buildings take over (×1e-9), so there is always a value."""
    if len(points) == 0:
        return np.zeros((len(ys), len(xs)), dtype=np.float32)
    cx = np.arange(math.floor(xs.min() / coarse) - 1, math.ceil(xs.max() / coarse) + 2) * coarse
    cy = np.arange(math.floor(ys.min() / coarse) - 1, math.ceil(ys.max() / coarse) + 2) * coarse
    gx, gy = np.meshgrid(cx, cy)
    flat = np.empty(gx.size)
    chunk = max(1, 2_000_000 // max(len(points), 1))
    for start in range(0, gx.size, chunk):  # chunked: (chunk × buildings) distances
        px, py = gx.ravel()[start : start + chunk, None], gy.ravel()[start : start + chunk, None]
        d2 = (px - points[None, :, 0]) ** 2 + (py - points[None, :, 1]) ** 2 + 25.0
        w = np.where(d2 < radius * radius, 1.0 / d2, 1e-9 / d2)
        flat[start : start + chunk] = (w * points[None, :, 2]).sum(1) / w.sum(1)
    grid = flat.reshape(gy.shape)
    fx = (xs - cx[0]) / coarse
    fy = (ys - cy[0]) / coarse
    ix, iy = np.floor(fx).astype(int), np.floor(fy).astype(int)
    tx, ty = (fx - ix)[None, :], (fy - iy)[:, None]
    g00 = grid[np.ix_(iy, ix)]
    g01 = grid[np.ix_(iy, ix + 1)]
    g10 = grid[np.ix_(iy + 1, ix)]
    g11 = grid[np.ix_(iy + 1, ix + 1)]
    return ((g00 * (1 - tx) + g01 * tx) * (1 - ty) + (g10 * (1 - tx) + g11 * tx) * ty).astype(np.float32)


def build_surface_model(
    planes: Sequence[RoofPlane],
    all_surfaces: Sequence[Surface],
    resolution: float,
    bounds: Tuple[float, float, float, float],
    dem: Optional[RasterArray] = None,
    dom: Optional[RasterArray] = None,
) -> Tuple[SurfaceModel, List[str]]:
    """Rasterise roofs over terrain (and trees) on a grid snapped to multiples of ``resolution``.

    Snapping makes the cells identical whatever area is chosen, so results do not depend on it.
    Returns the model and notes for the log.
    """
    notes: List[str] = []
    res = float(resolution)
    xmin, ymin, xmax, ymax = bounds
    x0 = math.floor(xmin / res) * res
    y0 = math.ceil(ymax / res) * res
    ncols = max(int(math.ceil((xmax - x0) / res)), 1)
    nrows = max(int(math.ceil((y0 - ymin) / res)), 1)
    xs = x0 + (np.arange(ncols) + 0.5) * res
    ys = y0 - (np.arange(nrows) + 0.5) * res
    fallback = interpolate_ground(building_ground_points(all_surfaces), xs, ys)
    if dem is not None:
        ground = sample_raster(dem, xs, ys)
        outside = np.isnan(ground)
        if outside.all():
            notes.append("The DEM does not overlap the buildings; terrain taken from the buildings' ground heights.")
        elif outside.any():
            notes.append(
                f"{100.0 * outside.mean():.1f} % of the area lies outside the DEM; "
                "there terrain comes from the buildings' ground heights."
            )
        ground = np.where(outside, fallback, ground)
    else:
        ground = fallback
    dsm = ground.astype(np.float32)
    if dom is not None:
        surface = sample_raster(dom, xs, ys)
        valid = ~np.isnan(surface)
        if valid.any():
            median = float(np.nanmedian(surface))
            if median < float(np.median(ground)) - 15.0:  # nDOM (heights above ground), not absolute DOM
                notes.append("The surface raster holds heights above ground (nDOM); terrain added.")
                surface = surface + ground
            dsm = np.where(valid, np.maximum(dsm, surface), dsm).astype(np.float32)
    labels = np.full((nrows, ncols), NO_ROOF, dtype=np.int32)
    roof_z = np.full((nrows, ncols), -np.inf, dtype=np.float32)
    ox, oy = x0, y0
    for plane in planes:
        rings = [ring for p in plane.surface.polygons for ring in p.rings() if len(ring) >= 3]
        rr, cc = rasterise_ring_set(rings, x0, y0, res, (nrows, ncols))
        if len(rr) == 0:
            continue
        a, b, c = plane.plane
        z = (a * (xs[cc]) + b * (ys[rr]) + c).astype(np.float32)
        higher = z > roof_z[rr, cc]
        rr, cc, z = rr[higher], cc[higher], z[higher]
        roof_z[rr, cc] = z
        labels[rr, cc] = plane.index
    is_roof = labels != NO_ROOF
    dsm[is_roof] = roof_z[is_roof]
    return SurfaceModel(dsm=dsm, labels=labels, x0=x0, y0=y0, resolution=res, origin=(ox, oy)), notes
