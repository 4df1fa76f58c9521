"""From surfaces, an area outline and an optional DEM to closed, printable solids (per bed tile)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..errors import NrwTwinError
from ..messages import Message, msg
from ..model import Surface
from ..progress import NullProgress, Progress, SubProgress, check_canceled
from .features import CellGrid, enforce_min_feature, pinch_nodes, printable
from .heightfield import Dem, HeightGrid, build_height_grid, outline_area_m2
from .heights import VISIBLE_MM, PrintHeights, building_rises, exaggeration_to_show, print_heights
from .materials import BUILDING_COLOR, TERRAIN_COLOR
from .raster import bounds_of
from .scale import PrintGrid, PrintOptions, check_options, looks_geographic, print_grid
from .solid import Mesh, heightfield_solid, merge, release_large_levels

ATTRIBUTION = "© GEObasis.NRW, dl-de/zero-2-0"
LICENCE_URL = "https://www.govdata.de/dl-de/zero-2-0"
#: The models longest side beyond which something is wrong with the input (1 m).
MAX_HEIGHT_MM = 1000.0


@dataclass
class PrintTile:
    """One printable piece: ``solid`` is terrain + buildings as one closed solid; ``parts`` (optional)
    are one closed solid per building and, last, the terrain with the base (multi-part 3MF)."""

    name: str
    solid: Mesh
    parts: List[Mesh] = field(default_factory=list)


@dataclass
class PrintModel:
    tiles: List[PrintTile]
    width_mm: float
    depth_mm: float
    height_mm: float
    scale_denominator: float
    stats: Dict[str, float]
    title: str = "NRW Digital Twin 3D print"
    #: What the user should know about the model (warnings first); messages of :func:`..messages.msg`.
    warnings: List[Message] = field(default_factory=list)

    @property
    def triangle_count(self) -> int:
        """Triangles of the one-piece solids (STL, OBJ)."""
        return sum(t.solid.triangle_count for t in self.tiles)

    @property
    def parts_triangle_count(self) -> int:
        """Triangles of the parts (3MF); the solids' count when no parts were made."""
        return sum(sum(p.triangle_count for p in t.parts) if t.parts else t.solid.triangle_count for t in self.tiles)


def _outline_from(surfaces: Sequence[Surface], dem: Optional[Dem], margin_m: float = 10.0):
    """The default area: the buildings' bounding box plus a margin, else the DEM's extent."""
    points = [p.exterior[:, :2] for s in surfaces for p in s.polygons if len(p.exterior)]
    dem_box = None
    if dem is not None:
        rows, cols = np.asarray(dem.array).shape
        x0, dx, _rx, y0, _ry, dy = dem.geotransform
        xs, ys = sorted((x0, x0 + cols * dx)), sorted((y0, y0 + rows * dy))
        dem_box = (xs[0], ys[0], xs[1], ys[1])
    if points:
        xmin, ymin, xmax, ymax = bounds_of(points)
        xmin, ymin, xmax, ymax = xmin - margin_m, ymin - margin_m, xmax + margin_m, ymax + margin_m
        if dem_box is not None:  # stay on the DEM when it is smaller than buildings + margin
            clipped = (max(xmin, dem_box[0]), max(ymin, dem_box[1]), min(xmax, dem_box[2]), min(ymax, dem_box[3]))
            if clipped[0] < clipped[2] and clipped[1] < clipped[3]:
                xmin, ymin, xmax, ymax = clipped
    elif dem_box is not None:
        xmin, ymin, xmax, ymax = dem_box
    else:
        raise NrwTwinError(msg("Nothing to print: no buildings, no DEM and no area were given. Give at least one."))
    return [[np.array([[xmin, ymin], [xmax, ymin], [xmax, ymax], [xmin, ymax]])]]


def build_print_model(
    surfaces: Sequence[Surface],
    outline: Optional[Sequence[Sequence[np.ndarray]]] = None,
    dem: Optional[Dem] = None,
    options: Optional[PrintOptions] = None,
    with_parts: bool = False,
    progress: Optional[Progress] = None,
) -> PrintModel:
    """Printable model of the buildings ``surfaces`` and the terrain inside ``outline``.

    ``outline`` is a list of polygons, each a list of rings ((n, 2) arrays in the surfaces' projected
    CRS, metres): the exterior first, then holes. None means the buildings' extent plus 10 m. With
    ``with_parts`` each tile also gets one solid per building and one for the terrain (for 3MF).
    Method: docs/printmesh.md.
    """
    try:
        return _build(surfaces, outline, dem, options or PrintOptions(), with_parts, progress or NullProgress())
    finally:
        release_large_levels()


def _area(surfaces, outline, dem):
    """The area polygons as rings of (n, 2) arrays, refused when empty or in degrees."""
    if outline is None:
        outline = _outline_from(surfaces, dem)
    outline = [[np.asarray(r, dtype=np.float64)[:, :2] for r in polygon if len(r) >= 3] for polygon in outline]
    outline = [polygon for polygon in outline if polygon]
    if not outline or outline_area_m2(outline) <= 0:
        raise NrwTwinError(msg("The area is empty (no polygon with a surface). Draw or choose an area outline."))
    bounds = bounds_of([r for polygon in outline for r in polygon])
    sample = [p.exterior for s in surfaces[:50] for p in s.polygons[:1]]
    if looks_geographic(bounds) or (sample and looks_geographic(bounds_of(sample))):
        raise NrwTwinError(
            msg(
                "The coordinates look like degrees (a geographic CRS). Reproject the surfaces and the area to a "
                "projected CRS in metres, e.g. ETRS89/UTM32N (EPSG:25832), and run again."
            )
        )
    return outline, bounds


@dataclass
class Placement:
    """Grid cell (row, col) → model millimetres: ``(origin + col · cell) · fx``, ``(origin + row · cell) · fy``."""

    origin: tuple
    cell_mm: float
    fx: float
    fy: float

    def place(self, mesh: Optional[Mesh]) -> Optional[Mesh]:
        if mesh is not None:
            mesh.vertices[:, 0] *= self.fx
            mesh.vertices[:, 1] *= self.fy
        return mesh


def _placement(hg: HeightGrid, grid: PrintGrid, bounds) -> Placement:
    """Stretch (at most one grid cell) so the footprint measures exactly the area's size at this scale."""
    rows = np.nonzero(hg.domain.any(axis=1))[0]
    cols = np.nonzero(hg.domain.any(axis=0))[0]
    want_w = (bounds[2] - bounds[0]) * grid.mm_per_m
    want_d = (bounds[3] - bounds[1]) * grid.mm_per_m
    have_w = (cols[-1] + 1 - cols[0]) * grid.cell_mm
    have_d = (rows[-1] + 1 - rows[0]) * grid.cell_mm
    # only a rasterisation shortfall is corrected, never a part removed as too thin
    fx = want_w / have_w if abs(want_w - have_w) <= 1.01 * grid.cell_mm else 1.0
    fy = want_d / have_d if abs(want_d - have_d) <= 1.01 * grid.cell_mm else 1.0
    return Placement((-cols[0] * grid.cell_mm, -rows[0] * grid.cell_mm), grid.cell_mm, fx, fy)


def _build(surfaces, outline, dem, options: PrintOptions, with_parts: bool, progress: Progress) -> PrintModel:
    check_options(options)
    outline, bounds = _area(surfaces, outline, dem)
    grid = print_grid(bounds, options)
    base_mm = max(float(options.base_mm), options.min_feature_mm)
    warnings = _option_warnings(options, grid, base_mm)
    hg = build_height_grid(surfaces, outline, grid, dem, options.min_feature_mm, SubProgress(progress, 0, 40))
    check_canceled(progress)
    heights, node_in = print_heights(hg, grid.mm_per_m, options.z_exaggeration, base_mm, options.min_height_mm)
    stats = dict(hg.stats)
    warnings += _height_notes(hg, heights, options, stats)
    top_mm = heights.top_nodes(hg.plane, hg.owner)
    height_mm = float(top_mm[node_in].max())
    if height_mm > MAX_HEIGHT_MM:
        raise NrwTwinError(msg("The model would be {:.0f} mm high. Lower Z_EXAGGERATION or the scale.", height_mm))
    placement = _placement(hg, grid, bounds)
    regions = _tile_regions(hg, grid.cell_mm, options.bed_mm, placement.fx, placement.fy)
    stats["tiles"] = len(regions)
    tiles: List[PrintTile] = []
    for t_index, (name, region) in enumerate(regions):
        check_canceled(progress)
        progress.set_progress(40 + 55 * t_index / len(regions))
        region = region if len(regions) > 1 else None
        tile = _make_tile(hg, heights, region, name, options, placement, with_parts, stats)
        if tile is not None:
            tiles.append(tile)
    progress.set_progress(95)
    for message in warnings:
        progress.warning(message)
    dims = np.array([t.solid.bounds() for t in tiles])
    stats["triangles"] = sum(t.solid.triangle_count for t in tiles)
    stats["grid_cell_mm"] = grid.cell_mm
    stats["warnings"] = len(warnings)
    width = float(dims[:, 1, 0].max() - dims[:, 0, 0].min())
    depth = float(dims[:, 1, 1].max() - dims[:, 0, 1].min())
    return PrintModel(tiles, width, depth, height_mm, grid.scale_denominator, stats, options.title, warnings)


def _option_warnings(options: PrintOptions, grid: PrintGrid, base_mm: float) -> List[Message]:
    warnings: List[Message] = []
    if base_mm > options.base_mm:
        warnings.append(
            msg(
                "The base of {:.1f} mm was raised to the minimum printable feature of {:.1f} mm.",
                options.base_mm,
                base_mm,
            )
        )
    if grid.cell_mm > options.resolution_mm * 1.0001:
        warnings.append(msg("The print grid was coarsened to {:.2f} mm to keep memory in bounds.", grid.cell_mm))
    return warnings


def _height_notes(hg: HeightGrid, heights: PrintHeights, options: PrintOptions, stats: Dict[str, float]):
    """Count the buildings lifted to MIN_HEIGHT_MM, or warn (when it is 0) about buildings too low to show."""
    indices, lowest, highest = building_rises(hg, heights.scale_z)
    stats["buildings_raised"] = int((lowest < options.min_height_mm - 1e-9).sum()) if options.min_height_mm > 0 else 0
    stats["buildings_below_visible"] = int((highest < VISIBLE_MM).sum())
    if options.min_height_mm > 0:
        return []
    needed = exaggeration_to_show(highest, options.z_exaggeration)
    if needed is None:
        return []
    return [
        msg(
            "{:,} buildings rise less than {:.1f} mm (two 0.2 mm layers) above the terrain and may not show in the "
            "print. A vertical exaggeration (Z_EXAGGERATION) of {:.1f} makes them all visible; or set "
            "MIN_HEIGHT_MM above 0 to lift them.",
            stats["buildings_below_visible"],
            VISIBLE_MM,
            needed,
        )
    ]


def _make_tile(hg, heights, region, name, options, placement, with_parts, stats) -> Optional[PrintTile]:
    """The solid (and parts) of one tile; ``region`` None means the whole model."""
    cells = _tile_cells(hg, region, stats)
    if not cells.domain.any():
        return None
    top_mm = heights.top_nodes(cells.plane, cells.owner)
    solid = placement.place(
        heightfield_solid(top_mm, cells.domain, 0.0, placement.origin, placement.cell_mm, options.max_error_mm, name)
    )
    solid.face_material = _face_materials(solid, heights.terrain_mm, placement)
    tile = PrintTile(name, solid)
    if with_parts:
        tile.parts = _parts(cells, hg, heights, options, placement)
    return tile


def _tile_cells(hg: HeightGrid, region: Optional[np.ndarray], stats: Dict[str, float]) -> CellGrid:
    """The cells of one tile, printable on their own: the cut can leave slivers of the area and of
    buildings; they are trimmed (never grown, so both sides of a cut keep the same heights)."""
    extents = dict(hg.extents)
    terrain = 0.25 * (hg.terrain[:-1, :-1] + hg.terrain[1:, :-1] + hg.terrain[:-1, 1:] + hg.terrain[1:, 1:])
    if region is None:
        return CellGrid(hg.owner, hg.roof, hg.plane, hg.domain, terrain, extents)
    k = int(hg.stats["feature_cells"])
    domain = printable(hg.domain & region, k)
    stats["tile_cut_area_mm2"] = stats.get("tile_cut_area_mm2", 0.0) + float(
        ((hg.domain & region) & ~domain).sum() * hg.grid.cell_mm**2
    )
    owner = np.where(domain, hg.owner, -1)
    roof = np.where(domain, hg.roof, -np.inf)
    cells = CellGrid(owner, roof, hg.plane.copy(), domain, terrain, extents)
    inside = [int(i) for i in np.unique(owner[owner >= 0])]
    report = enforce_min_feature(cells, inside, k, thicken_allowed=False)
    for key, value in report.as_stats(hg.grid.cell_mm).items():
        stats["tile_" + key] = stats.get("tile_" + key, 0) + value
    return cells


def _tile_regions(hg: HeightGrid, cell_mm: float, bed_mm: Optional[float], fx: float, fy: float):
    ny, nx = hg.domain.shape
    full = np.ones((ny, nx), dtype=bool)
    if not bed_mm or bed_mm <= 0:
        return [("model", full)]
    rows = np.nonzero(hg.domain.any(axis=1))[0]
    cols = np.nonzero(hg.domain.any(axis=0))[0]
    step_x = max(int(math.floor(bed_mm / (cell_mm * fx))), 1)
    step_y = max(int(math.floor(bed_mm / (cell_mm * fy))), 1)
    span_x = cols[-1] + 1 - cols[0]
    span_y = rows[-1] + 1 - rows[0]
    count_x, count_y = int(math.ceil(span_x / step_x)), int(math.ceil(span_y / step_y))
    if count_x * count_y == 1:
        return [("model", full)]
    # Equal tiles: spread the cells evenly instead of leaving a thin last strip.
    edges_x = cols[0] + np.round(np.linspace(0, span_x, count_x + 1)).astype(int)
    edges_y = rows[0] + np.round(np.linspace(0, span_y, count_y + 1)).astype(int)
    regions = []
    for j in range(count_y):
        for i in range(count_x):
            region = np.zeros((ny, nx), dtype=bool)
            region[edges_y[j] : edges_y[j + 1], edges_x[i] : edges_x[i + 1]] = True
            if (region & hg.domain).any():
                regions.append((f"tile_{j + 1}_{i + 1}", region))
    return regions


def _face_materials(solid: Mesh, terrain_mm: np.ndarray, placement: Placement) -> np.ndarray:
    """1 for top faces standing above the terrain (roofs and building walls), else 0 (terrain, base)."""
    v = solid.vertices[solid.faces]
    n = np.cross(v[:, 1] - v[:, 0], v[:, 2] - v[:, 0])
    high = v[:, :, 2].argmax(axis=1)
    peak = v[np.arange(len(v)), high]
    origin, cell = placement.origin, placement.cell_mm
    col = np.clip(np.round((peak[:, 0] / placement.fx - origin[0]) / cell).astype(np.int64), 0, terrain_mm.shape[1] - 1)
    row = np.clip(np.round((peak[:, 1] / placement.fy - origin[1]) / cell).astype(np.int64), 0, terrain_mm.shape[0] - 1)
    above = peak[:, 2] > terrain_mm[row, col] + 0.1
    return (above & (n[:, 2] > -1e-9) & (v[:, :, 2].min(axis=1) > 0)).astype(np.int8)


def _parts(cells: CellGrid, hg: HeightGrid, heights: PrintHeights, options, placement: Placement) -> List[Mesh]:
    """One closed solid per building (seated into the terrain), then the terrain solid with the base.

    The terrain comes last: where a building reaches into it, slicers that clip overlapping parts
    (PrusaSlicer: later parts win) keep the terrain's colour below the terrain surface.
    """
    parts: List[Mesh] = []
    seat = min(1.0, heights.base_mm / 2.0)
    names = {b.index: b.building_id for b in hg.buildings}
    for index in np.unique(cells.owner[cells.owner >= 0]):
        mesh = _building_part(cells, heights, int(index), names[int(index)], seat, options, placement)
        if mesh is not None:
            parts.append(mesh)
    terrain = heightfield_solid(
        heights.terrain_mm,
        cells.domain,
        0.0,
        placement.origin,
        placement.cell_mm,
        options.max_error_mm,
        "terrain",
        "terrain",
        TERRAIN_COLOR,
    )
    if terrain is not None:
        parts.append(placement.place(terrain))
    return parts


def _building_part(cells: CellGrid, heights: PrintHeights, index: int, building_id: str, seat, options, placement):
    """The closed solid of one building: its cells from ``seat`` below its lowest terrain point to the roof."""
    r0, r1, c0, c1 = cells.window(index, 1)
    sub = cells.owner[r0:r1, c0:c1] == index
    if not sub.any():
        return None
    if len(pinch_nodes(sub)):  # the minimum-feature rule removes every pinch; a solid needs that
        raise AssertionError(f"building {building_id} has a pinch after the minimum-feature rule")
    roof = heights.roof_nodes(cells.plane[r0:r1, c0:c1], sub, r0, c0)
    used = np.isfinite(roof)
    bottom = float(heights.terrain_mm[r0 : r1 + 1, c0 : c1 + 1][used].min()) - seat
    roof = np.where(used, roof, bottom + 1.0)
    origin = (placement.origin[0] + c0 * placement.cell_mm, placement.origin[1] + r0 * placement.cell_mm)
    mesh = heightfield_solid(
        roof, sub, bottom, origin, placement.cell_mm, options.max_error_mm, f"building {building_id}", "building",
        BUILDING_COLOR,
    )
    if mesh is not None:
        mesh.meta["building_id"] = building_id
        placement.place(mesh)
    return mesh


__all__ = ["PrintModel", "PrintTile", "build_print_model", "merge", "ATTRIBUTION", "LICENCE_URL"]
