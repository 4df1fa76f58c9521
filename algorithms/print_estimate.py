"""Cheap estimate of a 3D-print model (size in mm, triangle count, STL size) before it is built.

The dock shows it while the user changes size, exaggeration and base, so it must take microseconds
and never read the data. It reuses the scale and grid rules of the print engine
(:func:`.printmesh.scale.print_grid`): the footprint is the area's bounding box scaled so that its
longest side is ``size_mm``; the height is ``base_mm + z_range_m · mm_per_m · z_exaggeration``.

Triangle count. The engine triangulates a height grid with a right-triangulated irregular network
(RTIN, Evans et al. 2001, see :mod:`.printmesh.rtin`) that is refined down to single grid cells
along every outline (model border and building footprints) and is coarse elsewhere; the flat bottom
and the vertical side walls follow the border. So the count is linear in the outline lengths
measured in grid cells, plus a share of the grid where the terrain changes height:

    triangles ≈ 9.7 · border_edges + 5.6 · building_edges + 0.011 · (2 · nx · ny)

``border_edges`` = perimeter of the footprint in grid cells, ``building_edges`` = total footprint
outline of the buildings inside the area in cells (``building_outline_m`` when known, else
``outline_density_m_per_m2`` · area, default 0.02 m/m²).
The three factors were fitted (least squares, 4 runs) to ``nrwtwin:printmesh`` on the real LoD2
tile 32_326_5727 (194 buildings, no DEM): 400 × 400 m at 150 mm, 1 × 1 km at 150 mm, 400 × 200 m at
200 mm and 800 × 800 m at 100 mm gave 58,168 / 74,250 / 47,962 / 46,268 triangles; the formula with
the real outline lengths gives them within ±3 %. With a DEM or rough terrain the relief term grows,
so the figure is an estimate to warn before a model of millions of triangles is started, not a promise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

from .printmesh.scale import PrintOptions, check_options, print_grid
from .printmesh.writers_stl import STL_HEADER_BYTES, STL_RECORD_BYTES

#: Length of building outlines per m² of area (tile 32_326_5727: 7,789 m per km² ≈ 0.008; town
#: centres reach 0.03); used when the buildings are not loaded yet.
DEFAULT_OUTLINE_DENSITY = 0.02
#: Fitted factors of the triangle estimate (see the module docstring).
BORDER_FACTOR = 9.7
BUILDING_FACTOR = 5.6
DEFAULT_RELIEF_FACTOR = 0.011


@dataclass
class PrintEstimate:
    width_mm: float
    depth_mm: float
    height_mm: float
    triangles: int
    scale_denominator: float
    grid: Tuple[int, int]
    stl_bytes: int


def estimate_print(
    bounds: Tuple[float, float, float, float],
    size_mm: float = 150.0,
    z_exaggeration: float = 1.0,
    base_mm: float = 3.0,
    z_range_m: float = 30.0,
    building_outline_m: Optional[float] = None,
    area_m2: Optional[float] = None,
    resolution_mm: float = 0.2,
    outline_density_m_per_m2: float = DEFAULT_OUTLINE_DENSITY,
    relief_factor: float = DEFAULT_RELIEF_FACTOR,
) -> PrintEstimate:
    """Dimensions and triangle estimate for a print of the EPSG:25832 box ``bounds`` (see module doc).

    Raises NrwTwinError (from the engine's checks) for sizes outside 10 mm … 1 m or bad options.
    """
    options = PrintOptions(size_mm=size_mm, z_exaggeration=z_exaggeration, base_mm=base_mm, resolution_mm=resolution_mm)
    check_options(options)
    grid = print_grid(bounds, options)
    xmin, ymin, xmax, ymax = bounds
    width_mm = (xmax - xmin) * grid.mm_per_m
    depth_mm = (ymax - ymin) * grid.mm_per_m
    height_mm = base_mm + max(0.0, z_range_m) * grid.mm_per_m * z_exaggeration
    if area_m2 is None:
        area_m2 = (xmax - xmin) * (ymax - ymin)
    if building_outline_m is None:
        building_outline_m = outline_density_m_per_m2 * area_m2
    border_edges = 2 * (grid.nx + grid.ny)
    building_edges = building_outline_m / grid.cell_m
    relief = relief_factor * 2 * grid.nx * grid.ny
    triangles = int(math.ceil(BORDER_FACTOR * border_edges + BUILDING_FACTOR * building_edges + relief))
    return PrintEstimate(
        width_mm=width_mm,
        depth_mm=depth_mm,
        height_mm=height_mm,
        triangles=triangles,
        scale_denominator=grid.scale_denominator,
        grid=(grid.nx, grid.ny),
        stl_bytes=STL_HEADER_BYTES + STL_RECORD_BYTES * triangles,
    )
