"""Terrain and buildings as one 2.5D height grid inside the area outline ("heightfield union").

Method (see docs/printmesh.md): the print grid has cells of ``resolution_mm`` (default 0.2 mm) in
the model. Each building's upper envelope — the highest of its non-vertical LoD1/LoD2 polygons — is
rasterised at cell centres (even–odd point-in-polygon, height from the polygon's plane); the cell is
the building's where that envelope is above the terrain. Terrain heights are sampled bilinearly from
the DEM at the grid nodes, or interpolated (inverse distance, Shepard 1968) from the buildings'
ground heights when no DEM is given. The top surface is ``max(terrain, roof)`` at every node, so each
building stands on the terrain with its walls reaching down into it: nothing floats, nothing gaps.
Because only the upper envelope is used, open shells, missing walls, flipped normals and overhangs
cannot break the solid; degenerate polygons (fewer than 3 points, zero area) are dropped and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..geometry3d import ring_area_3d
from ..messages import msg
from ..model import Surface
from ..progress import NullProgress, Progress, check_canceled
from ..raster import RasterArray, fill_nan, inside_rings, rings_mask, sample_bilinear
from .features import CellGrid, enforce_min_feature, feature_cells, printable
from .raster import idw_surface, plane_coefficients
from .scale import PrintGrid

#: Share of the area (nodes) that may lack DEM heights before the DEM is refused; smaller gaps are filled.
MAX_DEM_GAP = 0.005


#: A DEM is the engine's raster container (array, GDAL geotransform, nodata, name).
Dem = RasterArray


@dataclass
class BuildingFootprint:
    index: int
    building_id: str
    window: Tuple[int, int, int, int]  # r0, r1, c0, c1 (cells)
    roof: np.ndarray  # roof height at cell centres in the window, -inf outside the building
    plane: np.ndarray  # (rows, cols, 5): a, b, c, z_lo, z_hi of the roof plane z = a·x + b·y + c (grid-local x, y)
    ground: float
    centre: Tuple[float, float]
    top: float  # highest point of the building


@dataclass
class HeightGrid:
    """Everything the solids are made of, on the print grid."""

    grid: PrintGrid
    domain: np.ndarray  # (ny, nx) cells inside the area
    terrain: np.ndarray  # (ny+1, nx+1) node heights in metres
    roof: np.ndarray  # (ny, nx) roof height at cell centres (metres), -inf where no building
    plane: np.ndarray  # (ny, nx, 5) the winning roof plane per cell (see BuildingFootprint.plane)
    owner: np.ndarray  # (ny, nx) building index or -1
    buildings: List[BuildingFootprint]
    stats: Dict[str, float] = field(default_factory=dict)
    extents: Dict[int, Tuple[int, int, int, int]] = field(default_factory=dict)  # building index → cell window


def group_buildings(surfaces: Sequence[Surface], stats: Dict[str, float]) -> Dict[str, List[np.ndarray]]:
    """Valid polygon rings per building id; degenerate ones are counted in ``stats``."""
    groups: Dict[str, List[np.ndarray]] = {}
    dropped = 0
    for surface in surfaces:
        rings = groups.setdefault(surface.building_id, [])
        for polygon in surface.polygons:
            ring = np.asarray(polygon.exterior, dtype=np.float64)
            if ring.ndim != 2 or len(ring) < 3 or not np.isfinite(ring).all() or ring_area_3d(ring) < 1e-6:
                dropped += 1
                continue
            holes = [np.asarray(h, dtype=np.float64) for h in polygon.interiors if len(h) >= 3]
            rings.append((ring, holes))
    stats["degenerate_faces_dropped"] = dropped
    return {key: value for key, value in groups.items() if value}


def rasterise_building(index: int, building_id: str, polygons, grid: PrintGrid) -> Optional[BuildingFootprint]:
    """Upper envelope of one building's polygons at the cell centres of its bounding window."""
    points = np.concatenate([ring for ring, _holes in polygons])
    ox, oy = grid.origin
    c0 = max(int(np.floor((points[:, 0].min() - ox) / grid.cell_m)) - 1, 0)
    c1 = min(int(np.ceil((points[:, 0].max() - ox) / grid.cell_m)) + 1, grid.nx)
    r0 = max(int(np.floor((points[:, 1].min() - oy) / grid.cell_m)) - 1, 0)
    r1 = min(int(np.ceil((points[:, 1].max() - oy) / grid.cell_m)) + 1, grid.ny)
    if c0 >= c1 or r0 >= r1:
        return None
    xs = ox + (np.arange(c0, c1) + 0.5) * grid.cell_m
    ys = oy + (np.arange(r0, r1) + 0.5) * grid.cell_m
    gx, gy = np.meshgrid(xs, ys)
    roof = np.full(gx.shape, -np.inf)
    plane = np.zeros(gx.shape + (5,))
    for ring, holes in polygons:
        (xmin, ymin), (xmax, ymax) = ring[:, :2].min(axis=0), ring[:, :2].max(axis=0)
        sel_c = (xs >= xmin) & (xs <= xmax)
        sel_r = (ys >= ymin) & (ys <= ymax)
        if not sel_c.any() or not sel_r.any():
            continue
        sub_x, sub_y = gx[np.ix_(sel_r, sel_c)], gy[np.ix_(sel_r, sel_c)]
        local = ring - np.array([ox, oy, 0.0])
        coefficients = plane_coefficients(local)
        if coefficients is None:  # a wall: it adds nothing to the upper envelope
            continue
        a, b, c = coefficients
        lo, hi = float(ring[:, 2].min()), float(ring[:, 2].max())
        z = np.clip(a * (sub_x - ox) + b * (sub_y - oy) + c, lo, hi)
        inside = inside_rings(xs[sel_c], ys[sel_r], [ring, *holes])
        block = roof[np.ix_(sel_r, sel_c)]
        wins = inside & (z > block)
        roof[np.ix_(sel_r, sel_c)] = np.where(wins, z, block)
        block_plane = plane[np.ix_(sel_r, sel_c)]
        block_plane[wins] = (a, b, c, lo, hi)
        plane[np.ix_(sel_r, sel_c)] = block_plane
    ground = float(points[:, 2].min())
    centre = (float(points[:, 0].mean()), float(points[:, 1].mean()))
    return BuildingFootprint(
        index, building_id, (r0, r1, c0, c1), roof, plane, ground, centre, float(points[:, 2].max())
    )


def terrain_nodes(grid: PrintGrid, domain: np.ndarray, dem: Optional[Dem], buildings: List[BuildingFootprint]):
    """Terrain heights (metres) at the grid nodes, from the DEM or from the buildings' ground heights."""
    xs = grid.origin[0] + np.arange(grid.nx + 1) * grid.cell_m
    ys = grid.origin[1] + np.arange(grid.ny + 1) * grid.cell_m
    node_in = np.zeros((grid.ny + 1, grid.nx + 1), dtype=bool)
    for dr in (0, 1):
        for dc in (0, 1):
            node_in[dr : dr + grid.ny, dc : dc + grid.nx] |= domain
    if dem is not None:
        z = sample_bilinear(dem, xs, ys)
        missing = np.isnan(z) & node_in
        share = missing.sum() / max(node_in.sum(), 1)
        if share > MAX_DEM_GAP:
            raise NrwTwinError(
                msg(
                    "The DEM '{}' does not cover the area: {:.0f} % of the area has no height. Use a DEM (e.g. DGM1 "
                    "tiles of OpenGeodata.NRW) that covers the whole area, or choose a smaller area.",
                    dem.name,
                    100.0 * share,
                )
            )
        if np.isnan(z).all():
            raise NrwTwinError(msg("The DEM '{}' has no valid height in the area. Use a DEM that covers it.", dem.name))
        filled = fill_nan(np.where(node_in, z, np.nan)) if missing.any() else z
        z = np.where(np.isnan(z), filled, z)
        return np.where(np.isnan(z), np.nanmin(z[node_in]) if (node_in & ~np.isnan(z)).any() else np.nanmin(z), z)
    if not buildings:
        raise NrwTwinError(
            msg(
                "No terrain: the area holds no buildings and no DEM was given. Give a DEM (DGM1) or an area with "
                "buildings."
            )
        )
    points = np.array([b.centre for b in buildings])
    values = np.array([b.ground for b in buildings])
    return idw_surface(points, values, xs, ys)


def build_height_grid(
    surfaces: Sequence[Surface],
    outline: Sequence[Sequence[np.ndarray]],
    grid: PrintGrid,
    dem: Optional[Dem],
    min_feature_mm: float,
    progress: Progress = None,
) -> HeightGrid:
    """Rasterise the area, the buildings and the terrain; enforce the minimum printable feature."""
    progress = progress or NullProgress()
    stats: Dict[str, float] = {}
    rings = [ring for polygon in outline for ring in polygon]
    domain = rings_mask(rings, grid.origin, grid.cell_m, (grid.ny, grid.nx))
    feature = feature_cells(min_feature_mm, grid.cell_mm)
    printable_domain = printable(domain, feature)
    stats["outline_thin_mm2"] = float((domain & ~printable_domain).sum() * grid.cell_mm**2)
    domain = printable_domain
    if not domain.any():
        raise NrwTwinError(
            msg(
                "The area is empty or narrower than the minimum printable feature ({:.1f} mm) at this scale.",
                min_feature_mm,
            )
        )
    groups = group_buildings(surfaces, stats)
    stats["buildings_in_input"] = len(groups)
    buildings: List[BuildingFootprint] = []
    for count, (building_id, polygons) in enumerate(groups.items()):
        if count % 20 == 0:
            check_canceled(progress)
            progress.set_progress(40.0 * count / max(len(groups), 1))
        footprint = rasterise_building(len(buildings), building_id, polygons, grid)
        if footprint is not None:
            buildings.append(footprint)
    terrain = terrain_nodes(grid, domain, dem, buildings)
    terrain_cells = 0.25 * (terrain[:-1, :-1] + terrain[1:, :-1] + terrain[:-1, 1:] + terrain[1:, 1:])
    roof = np.full((grid.ny, grid.nx), -np.inf)
    plane = np.zeros((grid.ny, grid.nx, 5), dtype=np.float32)  # grid-local: float32 keeps < 0.1 mm
    owner = np.full((grid.ny, grid.nx), -1, dtype=np.int32)
    for b in buildings:
        r0, r1, c0, c1 = b.window
        block = roof[r0:r1, c0:c1]
        wins = (b.roof > block) & (b.roof > terrain_cells[r0:r1, c0:c1] + 1e-3) & domain[r0:r1, c0:c1]
        roof[r0:r1, c0:c1] = np.where(wins, b.roof, block)
        owner[r0:r1, c0:c1] = np.where(wins, b.index, owner[r0:r1, c0:c1])
        plane[r0:r1, c0:c1][wins] = b.plane[wins]
    # A building smaller than one cell covers no cell centre: seed it at the cell of its centre so the
    # minimum-feature step below thickens it instead of losing it.
    seeded = 0
    for b in buildings:
        r0, r1, c0, c1 = b.window
        if (owner[r0:r1, c0:c1] == b.index).any():
            continue
        col = int((b.centre[0] - grid.origin[0]) / grid.cell_m)
        row = int((b.centre[1] - grid.origin[1]) / grid.cell_m)
        if 0 <= row < grid.ny and 0 <= col < grid.nx and domain[row, col] and owner[row, col] < 0:
            if b.top > terrain_cells[row, col] + 1e-3:
                owner[row, col] = b.index
                roof[row, col] = b.top
                plane[row, col] = (0.0, 0.0, b.top, b.top, b.top)
                seeded += 1
    with_cells = len(np.unique(owner[owner >= 0]))
    # Minimum printable feature: thin parts removed, vanishing buildings thickened, merged or dropped.
    cells = CellGrid(owner, roof, plane, domain, terrain_cells, {b.index: b.window for b in buildings})
    report = enforce_min_feature(cells, [b.index for b in buildings], feature)
    printed = len(np.unique(owner[owner >= 0]))
    stats.update(report.as_stats(grid.cell_mm))
    stats.update(
        buildings_rasterised=len(buildings),
        buildings_printed=printed,
        buildings_not_printed=len(groups) - printed,
        buildings_outside_area=len(groups) - with_cells,
        buildings_smaller_than_a_cell=seeded,
        feature_cells=feature,
    )
    return HeightGrid(grid, domain, terrain, roof, plane, owner, buildings, stats, cells.extents)


def node_max(cells: np.ndarray) -> np.ndarray:
    """(ny+1, nx+1) maximum of the up-to-four cells around every node (-inf where none)."""
    ny, nx = cells.shape
    out = np.full((ny + 1, nx + 1), -np.inf)
    for dr in (0, 1):
        for dc in (0, 1):
            view = out[dr : dr + ny, dc : dc + nx]
            np.maximum(view, cells, out=view)
    return out


def node_roof(plane: np.ndarray, cells: np.ndarray, cell_m: float, row0: int = 0, col0: int = 0) -> np.ndarray:
    """(ny+1, nx+1) roof height at every node: the highest plane of the adjacent ``cells``, evaluated at the
    node itself (so ridges and eaves land exactly on the grid nodes), -inf next to no such cell."""
    ny, nx = cells.shape
    out = np.full((ny + 1, nx + 1), -np.inf)
    a, b, c, lo, hi = (plane[..., k] for k in range(5))
    for dr in (0, 1):
        for dc in (0, 1):
            x = (np.arange(nx) + col0 + dc) * cell_m
            y = (np.arange(ny) + row0 + dr) * cell_m
            z = np.clip(a * x[None, :] + b * y[:, None] + c, lo, hi)
            z = np.where(cells, z, -np.inf)
            view = out[dr : dr + ny, dc : dc + nx]
            np.maximum(view, z, out=view)
    return out


def outline_area_m2(outline: Sequence[Sequence[np.ndarray]]) -> float:
    """Area of polygons given as rings (exterior first, holes after), shoelace formula."""
    total = 0.0
    for polygon in outline:
        for k, ring in enumerate(polygon):
            ring = np.asarray(ring, dtype=np.float64)
            if len(ring) < 3:
                continue
            x, y = ring[:, 0], ring[:, 1]
            area = 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))
            total += area if k == 0 else -area
    return total


__all__ = ["Dem", "HeightGrid", "build_height_grid", "node_max", "outline_area_m2"]
