"""From surfaces, an area outline and an optional DEM to closed, printable solids (per bed tile)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..errors import NrwTwinError
from ..model import Surface
from ..progress import NullProgress, Progress, SubProgress, check_canceled
from .heightfield import Dem, HeightGrid, build_height_grid, node_max, node_roof, outline_area_m2
from .raster import bounds_of, remove_pinches
from .scale import PrintOptions, check_options, looks_geographic, print_grid
from .solid import Mesh, heightfield_solid, merge, release_large_levels

TERRAIN_COLOR = (156, 178, 110)
BUILDING_COLOR = (196, 82, 58)
ATTRIBUTION = "© GEObasis.NRW, dl-de/zero-2-0"
LICENCE_URL = "https://www.govdata.de/dl-de/zero-2-0"


@dataclass
class PrintTile:
    """One printable piece: ``solid`` is terrain + buildings as one closed solid; ``parts`` (optional)
    are the terrain solid and one solid per building, for coloured multi-part 3MF."""

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

    @property
    def triangle_count(self) -> int:
        return sum(t.solid.triangle_count for t in self.tiles)


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
        raise NrwTwinError("Nothing to print: no buildings, no DEM and no area were given.")
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
    ``with_parts`` each tile also gets separate terrain and building solids (for 3MF).
    """
    try:
        return _build(surfaces, outline, dem, options or PrintOptions(), with_parts, progress or NullProgress())
    finally:
        release_large_levels()


def _build(surfaces, outline, dem, options: PrintOptions, with_parts: bool, progress: Progress) -> PrintModel:
    check_options(options)
    if outline is None:
        outline = _outline_from(surfaces, dem)
    outline = [[np.asarray(r, dtype=np.float64)[:, :2] for r in polygon if len(r) >= 3] for polygon in outline]
    outline = [polygon for polygon in outline if polygon]
    if not outline or outline_area_m2(outline) <= 0:
        raise NrwTwinError("The area is empty (no polygon with a surface). Draw or choose an area outline.")
    bounds = bounds_of([r for polygon in outline for r in polygon])
    sample = [p.exterior for s in surfaces[:50] for p in s.polygons[:1]]
    if looks_geographic(bounds) or (sample and looks_geographic(bounds_of(sample))):
        raise NrwTwinError(
            "The coordinates look like degrees (a geographic CRS). Reproject the surfaces and the area to a "
            "projected CRS in metres, e.g. ETRS89/UTM32N (EPSG:25832), and run again."
        )
    grid = print_grid(bounds, options)
    base_mm = float(options.base_mm)
    warnings: List[str] = []
    if base_mm < options.min_feature_mm:
        warnings.append(
            f"The base of {base_mm} mm was raised to the minimum printable feature of {options.min_feature_mm} mm."
        )
        base_mm = options.min_feature_mm
    if grid.cell_mm > options.resolution_mm * 1.0001:
        warnings.append(f"The print grid was coarsened to {grid.cell_mm:.2f} mm to keep memory in bounds.")
    hg = build_height_grid(surfaces, outline, grid, dem, options.min_feature_mm, SubProgress(progress, 0, 40))
    check_canceled(progress)
    stats = dict(hg.stats)
    scale_z = grid.mm_per_m * options.z_exaggeration
    node_in = node_max(np.where(hg.domain, 0.0, -np.inf)) == 0.0
    z_min = float(hg.terrain[node_in].min())

    def to_mm(z: np.ndarray) -> np.ndarray:
        return base_mm + (z - z_min) * scale_z

    terrain_mm = to_mm(np.where(node_in, hg.terrain, z_min))
    roof_mm = to_mm(node_roof(hg.plane, hg.owner >= 0, grid.cell_m))
    top_mm = np.maximum(terrain_mm, roof_mm)
    height_mm = float(top_mm[node_in].max())
    if height_mm > 1000.0:
        raise NrwTwinError(f"The model would be {height_mm:.0f} mm high. Lower Z_EXAGGERATION or the scale.")
    # Stretch (at most one grid cell) so the footprint measures exactly the area's size at this scale.
    rows = np.nonzero(hg.domain.any(axis=1))[0]
    cols = np.nonzero(hg.domain.any(axis=0))[0]
    want_w = (bounds[2] - bounds[0]) * grid.mm_per_m
    want_d = (bounds[3] - bounds[1]) * grid.mm_per_m
    have_w = (cols[-1] + 1 - cols[0]) * grid.cell_mm
    have_d = (rows[-1] + 1 - rows[0]) * grid.cell_mm
    # only a rasterisation shortfall is corrected, never a part removed as too thin
    fx = want_w / have_w if abs(want_w - have_w) <= 1.01 * grid.cell_mm else 1.0
    fy = want_d / have_d if abs(want_d - have_d) <= 1.01 * grid.cell_mm else 1.0
    origin = (-cols[0] * grid.cell_mm, -rows[0] * grid.cell_mm)

    def place(mesh: Optional[Mesh]) -> Optional[Mesh]:
        if mesh is not None:
            mesh.vertices[:, 0] *= fx
            mesh.vertices[:, 1] *= fy
        return mesh

    regions = _tile_regions(hg, grid.cell_mm, options.bed_mm, fx, fy)
    stats["tiles"] = len(regions)
    tiles: List[PrintTile] = []
    for t_index, (name, region) in enumerate(regions):
        check_canceled(progress)
        progress.set_progress(40 + 50 * t_index / len(regions))
        mask = remove_pinches(hg.domain & region)[0]
        solid = place(heightfield_solid(top_mm, mask, 0.0, origin, grid.cell_mm, options.max_error_mm, name, "model"))
        if solid is None:
            continue
        solid.face_material = _face_materials(solid, terrain_mm, grid.cell_mm, origin, fx, fy)
        tile = PrintTile(name, solid)
        if with_parts:
            tile.parts = _parts(hg, mask, terrain_mm, grid, options, origin, base_mm, scale_z, z_min, place)
        tiles.append(tile)
    progress.set_progress(95)
    for message in warnings:
        progress.warning(message)
    dims = np.array([t.solid.bounds() for t in tiles])
    width = float(dims[:, 1, 0].max() - dims[:, 0, 0].min())
    depth = float(dims[:, 1, 1].max() - dims[:, 0, 1].min())
    stats["triangles"] = sum(t.solid.triangle_count for t in tiles)
    stats["grid_cell_mm"] = grid.cell_mm
    stats["warnings"] = len(warnings)
    return PrintModel(tiles, width, depth, height_mm, grid.scale_denominator, stats, options.title)


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


def _face_materials(solid: Mesh, terrain_mm: np.ndarray, cell_mm, origin, fx, fy) -> np.ndarray:
    """1 for top faces standing above the terrain (roofs and building walls), else 0 (terrain, base)."""
    v = solid.vertices[solid.faces]
    n = np.cross(v[:, 1] - v[:, 0], v[:, 2] - v[:, 0])
    high = v[:, :, 2].argmax(axis=1)
    peak = v[np.arange(len(v)), high]
    col = np.clip(np.round((peak[:, 0] / fx - origin[0]) / cell_mm).astype(np.int64), 0, terrain_mm.shape[1] - 1)
    row = np.clip(np.round((peak[:, 1] / fy - origin[1]) / cell_mm).astype(np.int64), 0, terrain_mm.shape[0] - 1)
    above = peak[:, 2] > terrain_mm[row, col] + 0.1
    return (above & (n[:, 2] > -1e-9) & (v[:, :, 2].min(axis=1) > 0)).astype(np.int8)


def _parts(hg, mask, terrain_mm, grid, options, origin, base_mm, scale_z, z_min, place) -> List[Mesh]:
    """Terrain solid plus one closed solid per building (seated 1 mm into the terrain)."""
    parts: List[Mesh] = []
    terrain = place(
        heightfield_solid(
            terrain_mm, mask, 0.0, origin, grid.cell_mm, options.max_error_mm, "terrain", "terrain", TERRAIN_COLOR
        )
    )
    if terrain is not None:
        parts.append(terrain)
    seat = min(1.0, base_mm / 2.0)
    for b in hg.buildings:
        r0, r1, c0, c1 = b.window
        pad = max(hg.stats.get("feature_cells", 1), 1) + 1
        r0, r1 = max(r0 - pad, 0), min(r1 + pad, hg.owner.shape[0])
        c0, c1 = max(c0 - pad, 0), min(c1 + pad, hg.owner.shape[1])
        sub = remove_pinches((hg.owner[r0:r1, c0:c1] == b.index) & mask[r0:r1, c0:c1])[0]
        if not sub.any():
            continue
        roof_nodes = base_mm + (node_roof(hg.plane[r0:r1, c0:c1], sub, grid.cell_m, r0, c0) - z_min) * scale_z
        node_used = node_max(np.where(sub, 0.0, -np.inf)) == 0.0
        bottom = float(terrain_mm[r0 : r1 + 1, c0 : c1 + 1][node_used].min()) - seat
        roof_nodes = np.where(node_used, roof_nodes, bottom + 1.0)
        sub_origin = (origin[0] + c0 * grid.cell_mm, origin[1] + r0 * grid.cell_mm)
        mesh = heightfield_solid(
            roof_nodes,
            sub,
            bottom,
            sub_origin,
            grid.cell_mm,
            options.max_error_mm,
            f"building {b.building_id}",
            "building",
            BUILDING_COLOR,
        )
        if mesh is not None:
            mesh.meta["building_id"] = b.building_id
            parts.append(place(mesh))
    return parts


__all__ = ["PrintModel", "PrintTile", "build_print_model", "merge", "ATTRIBUTION", "LICENCE_URL"]
