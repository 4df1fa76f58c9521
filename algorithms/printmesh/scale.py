"""Map scale, print grid and plausibility checks of a print job.

A model at scale 1:N has N m of terrain per 1000 mm of print, so ``mm_per_m = 1000 / N``. Heights
are exaggerated by ``Z_EXAGGERATION`` and put on a base: ``z_mm = base + (z - z_min) * mm_per_m * k``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

from ..errors import NrwTwinError
from ..messages import msg

MIN_MODEL_MM = 10.0
MAX_MODEL_MM = 1000.0
#: Longest side of the print grid in cells; beyond it the cell grows (memory stays < ~1 GB).
MAX_GRID_CELLS = 2048
#: Largest MIN_HEIGHT_MM accepted (mm).
MAX_MIN_HEIGHT_MM = 10.0


@dataclass
class PrintOptions:
    """What the user asks for (all lengths in millimetres of the printed model)."""

    size_mm: Optional[float] = 150.0  #: longest side of the footprint; ignored when ``scale`` is set
    scale: Optional[float] = None  #: N of a map scale 1:N
    z_exaggeration: float = 1.0
    base_mm: float = 3.0
    min_feature_mm: float = 0.8  #: thinner parts are dropped or thickened
    min_height_mm: float = 0.4  #: buildings rise at least this much above the terrain (0 = true heights)
    resolution_mm: float = 0.2  #: grid cell of the print (building edges are exact to one cell)
    max_error_mm: float = 0.05  #: vertical tolerance of the terrain decimation
    bed_mm: Optional[float] = None  #: split into tiles of at most this size (square bed)
    title: str = "NRW Digital Twin 3D print"


@dataclass
class PrintGrid:
    """The print grid in world coordinates: cell ``(row, col)`` spans ``origin + (col, row) * cell``."""

    origin: Tuple[float, float]
    cell_m: float
    cell_mm: float
    nx: int
    ny: int
    mm_per_m: float

    @property
    def scale_denominator(self) -> float:
        return 1000.0 / self.mm_per_m


def check_options(options: PrintOptions) -> None:
    """Refuse options that cannot give a model, with a message naming the parameter."""
    if options.scale is None and (options.size_mm is None or not options.size_mm > 0):
        raise NrwTwinError(msg("Give the model size (SIZE_MM, longest side in mm) or a scale (SCALE, 1:N)."))
    if options.scale is not None and not options.scale > 0:
        raise NrwTwinError(msg("The scale 1:{} is not valid; give N > 0, e.g. 5000 for 1:5000.", options.scale))
    if not options.z_exaggeration > 0:
        raise NrwTwinError(msg("Z_EXAGGERATION must be greater than 0 (1 = true heights)."))
    if options.base_mm is None or options.base_mm < 0:
        raise NrwTwinError(msg("BASE_MM must be 0 or more (thickness of the base under the lowest terrain point)."))
    if not options.min_feature_mm > 0 or not options.resolution_mm > 0:
        raise NrwTwinError(msg("MIN_FEATURE_MM and the print resolution must be greater than 0."))
    if options.min_height_mm is None or not 0 <= options.min_height_mm <= MAX_MIN_HEIGHT_MM:
        raise NrwTwinError(
            msg("MIN_HEIGHT_MM must be between 0 and {:.0f} mm (0 = true heights).", MAX_MIN_HEIGHT_MM)
        )
    if options.bed_mm is not None and options.bed_mm > 0 and options.bed_mm < 4 * options.min_feature_mm:
        raise NrwTwinError(
            msg("BED_MM {:.1f} mm is too small to split the model into printable tiles.", options.bed_mm)
        )


def print_grid(bounds: Tuple[float, float, float, float], options: PrintOptions) -> PrintGrid:
    """Scale and grid for an area's bounding box; refuses models over 1 m or under 10 mm."""
    xmin, ymin, xmax, ymax = bounds
    longest_m = max(xmax - xmin, ymax - ymin)
    if not longest_m > 0:
        raise NrwTwinError(msg("The area is empty (zero width or depth). Give an area outline with a surface."))
    if options.scale is not None:
        mm_per_m = 1000.0 / float(options.scale)
    else:
        mm_per_m = float(options.size_mm) / longest_m
    longest_mm = longest_m * mm_per_m
    if longest_mm > MAX_MODEL_MM or longest_mm < MIN_MODEL_MM:
        raise NrwTwinError(
            msg(
                "At 1:{:.0f} the model would be {:.1f} mm long ({:,.0f} m of terrain). Choose a scale or size that "
                "gives a model between {:.0f} mm and {:.0f} mm.",
                1000.0 / mm_per_m,
                longest_mm,
                longest_m,
                MIN_MODEL_MM,
                MAX_MODEL_MM,
            )
        )
    cells_long = max(int(math.ceil(longest_mm / options.resolution_mm - 1e-9)), 8)
    cells_long = min(cells_long, MAX_GRID_CELLS)
    cell_m = longest_m / cells_long
    nx = max(int(math.ceil((xmax - xmin) / cell_m - 1e-9)), 1)
    ny = max(int(math.ceil((ymax - ymin) / cell_m - 1e-9)), 1)
    return PrintGrid((xmin, ymin), cell_m, cell_m * mm_per_m, nx, ny, mm_per_m)


def looks_geographic(bounds: Tuple[float, float, float, float]) -> bool:
    """True when all coordinates fit in degrees and the area is smaller than a few metres as metres."""
    xmin, ymin, xmax, ymax = bounds
    return -180.0 <= xmin <= xmax <= 180.0 and -90.0 <= ymin <= ymax <= 90.0 and (xmax - xmin) < 5 and (ymax - ymin) < 5
