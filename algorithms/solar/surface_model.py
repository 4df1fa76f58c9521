"""A raster surface model (DSM) of roofs, terrain and optional trees, built on the engine's raster module.

Roof polygons are rasterised at cell centres (:func:`..raster.cells_in_rings`); each roof cell gets
the height of its own roof plane (not a stair-stepped sample), so a plane never shades itself except
by rounding. Terrain comes from a DEM where it has values; elsewhere, and without a DEM, from the
buildings' ground heights by inverse distance weighting (:func:`..raster.idw`) within
:data:`GROUND_RADIUS_M` on a lattice snapped to multiples of :data:`GROUND_SPACING_M`, bilinearly
refined. An optional DOM/nDOM adds trees and other objects outside the roofs.

Every model is a :class:`..raster.Grid` snapped to multiples of the cell size, and the terrain
lattice of a run is computed once for the run's whole extent, so a cell has the same height in every
tile of a run (see :mod:`.tiles`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..geometry3d import area_weighted_normal, polygon_area_3d, tilt_azimuth
from ..messages import msg
from ..model import Surface
from ..raster import (
    Bounds,
    Edges,
    GeoTransform,
    Grid,
    RasterArray,
    cells_in_rings,
    edges_of,
    idw,
    sample_bilinear,
    sample_nearest,
)

__all__ = [
    "GROUND_RADIUS_M",
    "GROUND_SPACING_M",
    "NO_ROOF",
    "GeoTransform",
    "RasterArray",
    "RoofPlane",
    "SurfaceModel",
    "Terrain",
    "build_surface_model",
    "building_ground_points",
    "roof_planes",
]

NO_ROOF = -1
#: Buildings within this distance (m) of a terrain lattice node give it its height.
GROUND_RADIUS_M = 150.0
#: Spacing (m) of the terrain lattice interpolated from the buildings' ground heights.
GROUND_SPACING_M = 20.0
#: Added to squared distances (m²): a node on top of a building does not take that building's height alone.
GROUND_SMOOTHING_M2 = 25.0
#: A surface raster whose median lies this far (m) below the terrain's holds heights above ground (nDOM).
NDOM_DETECTION_M = 15.0


@dataclass
class RoofPlane:
    """A roof surface to evaluate: plane z = a·x + b·y + c, orientation, area and extent.

    ``tilt`` and ``azimuth`` in degrees (azimuth 0 = north, clockwise; 180 for near-horizontal roofs,
    where it does not matter), ``area_m2`` the true 3D area, ``perimeter_m`` the length of all rings,
    ``centroid`` the mean of the exterior vertices (x, y), ``bbox`` (xmin, ymin, xmax, ymax) in m,
    ``edges`` the prepared edges of all its rings.
    """

    index: int
    surface: Surface
    normal: np.ndarray
    tilt: float
    azimuth: float
    area_m2: float
    perimeter_m: float
    plane: Tuple[float, float, float]
    centroid: Tuple[float, float]
    bbox: Bounds = (0.0, 0.0, 0.0, 0.0)
    edges: Optional[Edges] = None  # of all rings (exteriors and holes), for rasterising


@dataclass
class SurfaceModel:
    """DSM grid with roof labels (the global index of the roof plane per cell, or :data:`NO_ROOF`).

    ``grid`` is the snapped raster frame; row 0 is the north row.
    """

    dsm: np.ndarray  # float32 heights (m)
    labels: np.ndarray  # int32 roof plane index per cell or NO_ROOF
    grid: Grid

    @property
    def x0(self) -> float:
        return self.grid.x0

    @property
    def y0(self) -> float:
        return self.grid.y0

    @property
    def resolution(self) -> float:
        return self.grid.res

    @property
    def origin(self) -> Tuple[float, float]:
        return (self.grid.x0, self.grid.y0)

    @property
    def shape(self) -> Tuple[int, int]:
        return self.dsm.shape

    def geotransform(self) -> GeoTransform:
        return self.grid.geotransform()

    def cell_centres(self, rows: np.ndarray, cols: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """x, y (m) of the centres of the cells (rows, cols)."""
        return self.grid.x_of(cols), self.grid.y_of(rows)


def _usable_polygons(surface: Surface):
    return [p for p in surface.polygons if len(p.exterior) >= 3]


def roof_planes(surfaces: Sequence[Surface]) -> Tuple[List[RoofPlane], List[Tuple[Surface, str]]]:
    """Planes of the upward-facing roof surfaces; the others are returned with the reason (skipped).

    Parameters
    ----------
    surfaces : sequence of Surface
        Roof surfaces (any order; the planes keep it and are numbered 0, 1, …).

    Returns
    -------
    planes : list of RoofPlane
    skipped : list of (Surface, reason)
        Reasons are messages: degenerate geometry, vertical roof surface.

    Notes
    -----
    The normal is the area-weighted Newell normal of the surface's polygons (:mod:`..geometry3d`),
    turned upwards (some roofs are stored clockwise); the plane passes through the mean vertex.
    """
    planes: List[RoofPlane] = []
    skipped: List[Tuple[Surface, str]] = []
    for surface in surfaces:
        polygons = _usable_polygons(surface)
        normal = area_weighted_normal(polygons) if polygons else None
        if normal is None:
            skipped.append((surface, msg("degenerate geometry")))
            continue
        if normal[2] < 0:  # some roofs are stored clockwise: roofs face up by definition
            normal = -normal
        if normal[2] < 0.02:
            skipped.append((surface, msg("vertical roof surface")))
            continue
        planes.append(_plane(len(planes), surface, polygons, normal))
    return planes, skipped


def _plane(index: int, surface: Surface, polygons, normal: np.ndarray) -> RoofPlane:
    tilt, azimuth = tilt_azimuth(normal)
    points = np.concatenate([p.exterior for p in polygons])
    centre = points.mean(axis=0)
    # plane through the mean vertex: n·(p − centre) = 0 → z = a x + b y + c
    a, b = -normal[0] / normal[2], -normal[1] / normal[2]
    c = centre[2] - a * centre[0] - b * centre[1]
    perimeter = float(sum(np.linalg.norm(np.roll(p.exterior, -1, 0) - p.exterior, axis=1).sum() for p in polygons))
    return RoofPlane(
        index=index,
        surface=surface,
        normal=normal,
        tilt=float(tilt),
        azimuth=float(azimuth) if azimuth is not None else 180.0,
        area_m2=float(sum(polygon_area_3d(p) for p in polygons)),
        perimeter_m=perimeter,
        plane=(float(a), float(b), float(c)),
        centroid=(float(centre[0]), float(centre[1])),
        bbox=tuple(float(v) for v in (*points[:, :2].min(axis=0), *points[:, :2].max(axis=0))),
        edges=edges_of([ring for p in surface.polygons for ring in p.rings()]),
    )


def building_ground_points(surfaces: Sequence[Surface]) -> np.ndarray:
    """(x, y, z) per building: centre of all its vertices and its lowest ground height.

    Parameters
    ----------
    surfaces : sequence of Surface
        Surfaces of any type; grouped by ``building_id``.

    Returns
    -------
    numpy.ndarray, shape (buildings, 3)
        z is the lowest vertex of the building's Ground surfaces, else of all its surfaces (m).
    """
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


@dataclass
class Terrain:
    """Terrain heights of one run: the DEM where it has values, else the buildings' ground heights.

    Parameters
    ----------
    points : numpy.ndarray, shape (n, 3)
        Building ground points (:func:`building_ground_points`), m.
    extent : (xmin, ymin, xmax, ymax)
        The run's whole model extent (m): the terrain lattice covers it, computed once.
    dem : RasterArray, optional
        Terrain heights (DGM), m.

    Notes
    -----
    The inverse-distance lattice is computed only when a cell lacks a DEM value (always without a DEM).
    ``cells`` and ``cells_outside_dem`` count the model cells of all tiles (for the run's notes).
    """

    points: np.ndarray
    extent: Bounds
    dem: Optional[RasterArray] = None
    cells: int = 0
    cells_outside_dem: int = 0
    _lattice: Optional[RasterArray] = field(default=None, repr=False)

    def lattice(self) -> RasterArray:
        """Ground heights interpolated at the nodes of a lattice snapped to :data:`GROUND_SPACING_M`."""
        if self._lattice is None:
            self._lattice = ground_lattice(self.points, self.extent)
        return self._lattice

    def heights(self, grid: Grid) -> np.ndarray:
        """Terrain height (m, float32) at the centre of every cell of ``grid``."""
        xs, ys = grid.xs(), grid.ys()
        self.cells += grid.nrows * grid.ncols
        if self.dem is None:
            return sample_bilinear(self.lattice(), xs, ys, np.float32)
        ground = sample_nearest(self.dem, xs, ys)
        outside = np.isnan(ground)
        count = int(outside.sum())
        if count:
            self.cells_outside_dem += count
            fallback = sample_bilinear(self.lattice(), xs, ys, np.float32)
            np.copyto(ground, fallback, where=outside)
        return ground

    def median(self) -> float:
        """A typical terrain height of the run (m): the DEM's median in the extent, else the buildings'."""
        if self.dem is not None:
            values = _raster_sample(self.dem, self.extent)
            if np.isfinite(values).any():
                return float(np.nanmedian(values))
        if len(self.points) == 0:
            return 0.0
        return float(np.median(self.points[:, 2]))

    def notes(self) -> List[str]:
        """Messages for the log about the DEM's coverage."""
        if self.dem is None or self.cells == 0 or self.cells_outside_dem == 0:
            return []
        if self.cells_outside_dem == self.cells:
            return [msg("The DEM does not overlap the buildings; terrain taken from the buildings' ground heights.")]
        return [
            msg(
                "{:.1f} % of the area lies outside the DEM; there terrain comes from the buildings' ground heights.",
                100.0 * self.cells_outside_dem / self.cells,
            )
        ]


def ground_lattice(points: np.ndarray, extent: Bounds) -> RasterArray:
    """Terrain from the buildings' ground heights at the nodes of a lattice covering ``extent``.

    Parameters
    ----------
    points : numpy.ndarray, shape (n, 3)
        x, y, ground height (m) per building.
    extent : (xmin, ymin, xmax, ymax)
        Area to cover (m); one node is added on every side.

    Returns
    -------
    RasterArray
        One cell per node (nodes at multiples of :data:`GROUND_SPACING_M`); zero without points.

    Notes
    -----
    Inverse distance weighting, power 2 (Shepard 1968), of the buildings within
    :data:`GROUND_RADIUS_M`, squared distances plus :data:`GROUND_SMOOTHING_M2`; a node with no building
    that close takes the weighted height of all buildings (:func:`..raster.idw`).
    """
    spacing = GROUND_SPACING_M
    xmin, ymin, xmax, ymax = extent
    nodes_x = np.arange(math.floor(xmin / spacing) - 1, math.ceil(xmax / spacing) + 2) * spacing
    nodes_y = np.arange(math.ceil(ymax / spacing) + 1, math.floor(ymin / spacing) - 2, -1) * spacing
    if len(points):
        heights = idw(points, points[:, 2], nodes_x, nodes_y, 2.0, GROUND_RADIUS_M, GROUND_SMOOTHING_M2)
    else:
        heights = np.zeros((len(nodes_y), len(nodes_x)))
    geotransform = (nodes_x[0] - spacing / 2, spacing, 0.0, nodes_y[0] + spacing / 2, 0.0, -spacing)
    return RasterArray(heights, geotransform, None, "ground")


def _raster_sample(raster: RasterArray, extent: Bounds, samples: int = 1_000_000) -> np.ndarray:
    """At most ``samples`` values (float, NaN at nodata) of the raster's cells within ``extent``."""
    x0, dx, _rx, y0, _ry, dy = raster.geotransform
    rows, cols = raster.shape
    c0 = min(max(int((extent[0] - x0) / dx), 0), cols)
    c1 = min(max(int(math.ceil((extent[2] - x0) / dx)), 0), cols)
    r0 = min(max(int((extent[3] - y0) / dy), 0), rows)
    r1 = min(max(int(math.ceil((extent[1] - y0) / dy)), 0), rows)
    window = np.asarray(raster.array)[r0:r1, c0:c1]
    step = max(1, int(math.sqrt(window.size / samples)))
    values = window[::step, ::step].astype(np.float64)
    if raster.nodata is not None:
        values[values == raster.nodata] = np.nan
    return values


def dom_is_ndom(dom: RasterArray, terrain: Terrain) -> bool:
    """Does a surface raster hold heights above ground (nDOM) rather than absolute heights (DOM)?

    Parameters
    ----------
    dom : RasterArray
        Surface heights, m.
    terrain : Terrain
        The run's terrain.

    Returns
    -------
    bool
        True when the raster's median within the run's extent lies more than :data:`NDOM_DETECTION_M`
        below the terrain's median; decided once per run, so every tile treats it alike.
    """
    values = _raster_sample(dom, terrain.extent)
    if not np.isfinite(values).any():
        return False
    return float(np.nanmedian(values)) < terrain.median() - NDOM_DETECTION_M


def build_surface_model(
    planes: Sequence[RoofPlane],
    grid: Grid,
    terrain: Terrain,
    dom: Optional[RasterArray] = None,
    ndom: bool = False,
) -> SurfaceModel:
    """Rasterise roofs over terrain (and trees) on ``grid``.

    Parameters
    ----------
    planes : sequence of RoofPlane
        The roofs that may cover the grid, in the run's order (the first of two equally high roofs
        keeps a cell); labels hold their ``index``.
    grid : Grid
        The model's frame (snapped: cells are identical whatever area is chosen).
    terrain : Terrain
        Ground heights.
    dom : RasterArray, optional
        Surface heights (DOM) or heights above ground (nDOM, when ``ndom``) of trees and other objects.
    ndom : bool
        See :func:`dom_is_ndom`.

    Returns
    -------
    SurfaceModel
    """
    ground = terrain.heights(grid)
    dsm = ground
    if dom is not None:
        surface = sample_nearest(dom, grid.xs(), grid.ys())
        if ndom:
            surface += ground
        np.fmax(dsm, surface, out=dsm)  # NaN (no DOM value) keeps the terrain
    labels = np.full(grid.shape, NO_ROOF, dtype=np.int32)
    roof_z = np.full(grid.shape, -np.inf, dtype=np.float32)
    for plane in planes:
        rr, cc = cells_in_rings(plane.edges or edges_of([r for p in plane.surface.polygons for r in p.rings()]), grid)
        if len(rr) == 0:
            continue
        a, b, c = plane.plane
        z = (a * grid.x_of(cc) + b * grid.y_of(rr) + c).astype(np.float32)
        higher = z > roof_z[rr, cc]
        rr, cc, z = rr[higher], cc[higher], z[higher]
        roof_z[rr, cc] = z
        labels[rr, cc] = plane.index
    is_roof = labels != NO_ROOF
    dsm[is_roof] = roof_z[is_roof]
    return SurfaceModel(dsm=dsm, labels=labels, grid=grid)
