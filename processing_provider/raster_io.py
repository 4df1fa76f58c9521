"""Rasters between QGIS/GDAL and the engine: read a raster layer or file into numpy + geotransform,
write a numpy array as GeoTIFF (atomically). Generic: solar, print and measurement algorithms share it.

Reading goes through the layer's data provider (``QgsRasterDataProvider.block``), so any raster QGIS can
open works (GeoTIFF, VRT, WCS, …), optionally cut to a window around the area of interest.
"""

from __future__ import annotations

import math
from typing import Optional, Tuple

import numpy as np
from qgis.core import Qgis, QgsRasterLayer, QgsRectangle

from ..algorithms.errors import NrwTwinError
from ..algorithms.files import atomic_path
from ..algorithms.solar.surface_model import RasterArray


def _dtypes():
    """QGIS raster data types → numpy (Qgis.DataType is scoped in newer QGIS, flat in 3.22)."""
    scope = getattr(Qgis, "DataType", Qgis)
    pairs = (
        ("Byte", np.uint8),
        ("UInt16", np.uint16),
        ("Int16", np.int16),
        ("UInt32", np.uint32),
        ("Int32", np.int32),
        ("Float32", np.float32),
        ("Float64", np.float64),
    )
    return {getattr(scope, name, getattr(Qgis, name, None)): dtype for name, dtype in pairs}


_DTYPES = _dtypes()


def as_raster_layer(layer_or_path) -> QgsRasterLayer:
    """A valid raster layer from a QgsRasterLayer or a file path, else a clear error."""
    layer = layer_or_path
    if isinstance(layer_or_path, str):
        layer = QgsRasterLayer(layer_or_path, "raster", "gdal")
    if layer is None or not layer.isValid():
        raise NrwTwinError(f"Cannot open the raster {layer_or_path}. Check the file (GeoTIFF expected).")
    return layer


def read_raster(
    layer_or_path, bounds: Optional[Tuple[float, float, float, float]] = None, band: int = 1
) -> Optional[RasterArray]:
    """Band ``band`` as float32 numpy (NaN at nodata) with its GDAL geotransform, cut to ``bounds``
    (xmin, ymin, xmax, ymax in the raster's CRS, snapped outward to its cells). None when the raster
    does not overlap ``bounds``."""
    layer = as_raster_layer(layer_or_path)
    provider = layer.dataProvider()
    full = layer.extent()
    cols_total, rows_total = layer.width(), layer.height()
    if cols_total <= 0 or rows_total <= 0:
        raise NrwTwinError(f"The raster {layer.source()} has no cells.")
    dx = full.width() / cols_total
    dy = full.height() / rows_total
    c0, r0, c1, r1 = 0, 0, cols_total, rows_total
    if bounds is not None:
        c0 = max(int(math.floor((bounds[0] - full.xMinimum()) / dx)), 0)
        c1 = min(int(math.ceil((bounds[2] - full.xMinimum()) / dx)), cols_total)
        r0 = max(int(math.floor((full.yMaximum() - bounds[3]) / dy)), 0)
        r1 = min(int(math.ceil((full.yMaximum() - bounds[1]) / dy)), rows_total)
        if c1 <= c0 or r1 <= r0:
            return None
    cols, rows = c1 - c0, r1 - r0
    if cols * rows > 400_000_000:
        raise NrwTwinError(
            f"The raster window of {layer.source()} is too large ({cols} × {rows} cells); clip it to the area first."
        )
    x0 = full.xMinimum() + c0 * dx
    y0 = full.yMaximum() - r0 * dy
    extent = QgsRectangle(x0, y0 - rows * dy, x0 + cols * dx, y0)
    block = provider.block(band, extent, cols, rows)
    dtype = _DTYPES.get(block.dataType())
    if dtype is None or not block.isValid():
        raise NrwTwinError(f"Cannot read band {band} of {layer.source()} (unsupported data type).")
    array = np.frombuffer(bytes(block.data()), dtype=dtype).reshape(rows, cols).astype(np.float32)
    if provider.sourceHasNoDataValue(band):
        nodata = provider.sourceNoDataValue(band)
        array[array == np.float32(nodata)] = np.nan
    return RasterArray(array=array, geotransform=(x0, dx, 0.0, y0, 0.0, -dy), nodata=None)


def write_geotiff(path: str, array: np.ndarray, geotransform, crs_wkt: str, nodata: float = -9999.0) -> str:
    """Write a single-band float32 GeoTIFF (LZW, tiled); NaN becomes ``nodata``. Atomic: temp file + rename."""
    from osgeo import gdal

    data = np.where(np.isfinite(array), array, nodata).astype(np.float32)
    with atomic_path(path) as tmp:
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(
            str(tmp), data.shape[1], data.shape[0], 1, gdal.GDT_Float32, ["COMPRESS=LZW", "TILED=YES", "PREDICTOR=3"]
        )
        if dataset is None:
            raise NrwTwinError(f"Cannot write the raster {path}: check that the folder exists and is writable.")
        dataset.SetGeoTransform(tuple(float(v) for v in geotransform))
        dataset.SetProjection(crs_wkt)
        out_band = dataset.GetRasterBand(1)
        out_band.SetNoDataValue(nodata)
        out_band.WriteArray(data)
        out_band.FlushCache()
        dataset = None  # closes the file before the rename
    return path
