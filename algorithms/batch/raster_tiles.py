"""Optional raster context of a tile task: terrain (DGM1) and trees (nDOM50 or DOM1) tiles as numpy.

The task fetches the product's tiles of the same 3 × 3 neighbourhood as the LoD2 files and cuts the window
the solar engine needs (:func:`..solar.run.shading_window`) out of their mosaic exactly as
``processing_provider/raster_io.read_raster`` cuts it out of one raster covering those tiles (e.g. a VRT of
them): the same cells, the same geotransform, NaN where no tile or nodata. So a batch run with
``--terrain DGM1`` equals ``nrwtwin:roofsolar`` with that raster as DEM.

GeoTIFFs are read with tifffile (no GDAL on the workers): ``pip install "nrw_digital_twin[rasters]"``.
Georeferencing from the GeoTIFF tags ModelPixelScale and ModelTiepoint (north-up rasters only), pixel-is-point
rasters shifted by half a cell as GDAL does, nodata from the GDAL_NODATA tag.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import msg
from ..solar.surface_model import RasterArray
from ..tilegrid import Tile

TAG_PIXEL_SCALE, TAG_TIEPOINT, TAG_GEOKEYS, TAG_GDAL_NODATA = 33550, 33922, 34735, 42113
GEOKEY_RASTER_TYPE, PIXEL_IS_POINT = 1025, 2
MAX_CELLS = 400_000_000


def _tifffile():
    try:
        import tifffile
    except ImportError:
        raise NrwTwinError(
            msg(
                "Reading DGM1/DOM1/nDOM tiles without GDAL needs tifffile: install it with "
                'pip install "nrw_digital_twin[rasters]" on every worker.'
            )
        ) from None
    return tifffile


def _geokey(page, key: int) -> Optional[int]:
    tag = page.tags.get(TAG_GEOKEYS)
    if tag is None:
        return None
    values = list(tag.value)
    for start in range(4, len(values) - 3, 4):
        if values[start] == key and values[start + 1] == 0:
            return int(values[start + 3])
    return None


def read_geotiff(path: Path) -> RasterArray:
    """Band 1 of a north-up GeoTIFF as float32 (NaN at nodata) with its GDAL geotransform."""
    tifffile = _tifffile()
    try:
        with tifffile.TiffFile(str(path)) as tif:
            page = tif.pages[0]
            array = page.asarray()
            scale = page.tags.get(TAG_PIXEL_SCALE)
            tie = page.tags.get(TAG_TIEPOINT)
            nodata_tag = page.tags.get(TAG_GDAL_NODATA)
            point = _geokey(page, GEOKEY_RASTER_TYPE) == PIXEL_IS_POINT
    except (OSError, ValueError, tifffile.TiffFileError) as error:
        raise NrwTwinError(msg("Cannot read the GeoTIFF {}: {}. Download it again.", str(path), str(error))) from None
    if scale is None or tie is None or len(tie.value) < 6:
        raise NrwTwinError(msg("The GeoTIFF {} has no georeferencing (ModelPixelScale, ModelTiepoint).", str(path)))
    if array.ndim == 3:
        array = array[..., 0] if array.shape[-1] <= 4 else array[0]
    sx, sy = float(scale.value[0]), float(scale.value[1])
    i, j, _k, x, y = (float(v) for v in tie.value[:5])
    x0, y0 = x - i * sx, y + j * sy
    if point:
        x0, y0 = x0 - sx / 2.0, y0 + sy / 2.0
    data = array.astype(np.float32)
    if nodata_tag is not None:
        try:
            nodata = float(str(nodata_tag.value).strip("\0 "))
        except ValueError:
            nodata = None
        if nodata is not None:
            data[data == np.float32(nodata)] = np.nan
    return RasterArray(array=data, geotransform=(x0, sx, 0.0, y0, 0.0, -sy), nodata=None)


def mosaic_window(rasters: Sequence[RasterArray], window: Tuple[float, float, float, float]) -> Optional[RasterArray]:
    """The cells of ``window`` (snapped outward to the cells) in the mosaic of aligned tiles, cut as
    ``raster_io.read_raster`` cuts one raster that spans the tiles' union; None when they miss the window."""
    if not rasters:
        return None
    dx, dy = rasters[0].geotransform[1], -rasters[0].geotransform[5]
    if any(not (math.isclose(r.geotransform[1], dx) and math.isclose(-r.geotransform[5], dy)) for r in rasters):
        raise NrwTwinError(msg("The raster tiles have different cell sizes; they cannot be joined."))
    lefts = [r.geotransform[0] for r in rasters]
    tops = [r.geotransform[3] for r in rasters]
    fx0 = min(lefts)
    fx1 = max(left + r.array.shape[1] * dx for left, r in zip(lefts, rasters))
    fy1 = max(tops)
    fy0 = min(top - r.array.shape[0] * dy for top, r in zip(tops, rasters))
    cols_total, rows_total = int(round((fx1 - fx0) / dx)), int(round((fy1 - fy0) / dy))
    c0 = max(int(math.floor((window[0] - fx0) / dx)), 0)
    c1 = min(int(math.ceil((window[2] - fx0) / dx)), cols_total)
    r0 = max(int(math.floor((fy1 - window[3]) / dy)), 0)
    r1 = min(int(math.ceil((fy1 - window[1]) / dy)), rows_total)
    if c1 <= c0 or r1 <= r0:
        return None
    if (c1 - c0) * (r1 - r0) > MAX_CELLS:
        raise NrwTwinError(msg("The raster window is too large ({:,} × {:,} cells).", c1 - c0, r1 - r0))
    out = np.full((r1 - r0, c1 - c0), np.nan, dtype=np.float32)
    for left, top, raster in zip(lefts, tops, rasters):
        col, row = int(round((left - fx0) / dx)), int(round((fy1 - top) / dy))
        rows, cols = raster.array.shape
        a0, a1 = max(col, c0), min(col + cols, c1)
        b0, b1 = max(row, r0), min(row + rows, r1)
        if a1 > a0 and b1 > b0:
            out[b0 - r0 : b1 - r0, a0 - c0 : a1 - c0] = raster.array[b0 - row : b1 - row, a0 - col : a1 - col]
    return RasterArray(array=out, geotransform=(fx0 + c0 * dx, dx, 0.0, fy1 - r0 * dy, 0.0, -dy), nodata=None)


def context_rasters(job, downloader, tiles: List[Tile], window, progress) -> Tuple[Optional[RasterArray], ...]:
    """(dem, dom) over ``window`` from the job's terrain and tree products; None where not asked for."""
    from .tile_task import fetch_neighbourhood

    result: Dict[str, Optional[RasterArray]] = {"terrain": None, "trees": None}
    centre = tiles[len(tiles) // 2]
    for role in ("terrain", "trees"):
        product_key = getattr(job, role)
        if not product_key:
            continue
        files = fetch_neighbourhood(downloader, product_key, tiles, centre, progress)
        result[role] = mosaic_window([read_geotiff(path) for path in files.values()], window)
        if result[role] is None:
            progress.warning(msg("No {} tile overlaps the buildings of tile {}.", product_key, centre.key))
    return result["terrain"], result["trees"]
