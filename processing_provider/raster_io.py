"""Rasters between QGIS/GDAL and the engine's container (:class:`..algorithms.raster.RasterArray`).

Reading goes through the layer's data provider (``QgsRasterDataProvider.block``), so any raster QGIS can
open works (GeoTIFF, VRT, WCS, …), optionally cut to a window around the area of interest.

Writing goes through GDAL, block by block (:class:`GeoTiffWriter` is an engine ``RasterSink``), so a
raster of any size is written with bounded memory. Every GDAL call is checked: return codes, the
errors GDAL reports while flushing and closing (a full disk shows up there), and the file on disk
afterwards; a failure raises :class:`..algorithms.errors.OutputWriteError` naming the output. Write to
a staged path (``RunOutputs.file``) so a failed run leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import math
import os
from typing import List, Optional, Tuple

import numpy as np
from qgis.core import Qgis, QgsRasterLayer, QgsRectangle

from ..algorithms.errors import NrwTwinError, OutputWriteError
from ..algorithms.files import atomic_path
from ..algorithms.messages import msg
from ..algorithms.raster import Grid, RasterArray, block_offset
from .outputs import cause_message

NODATA = -9999.0
#: Cells of the largest window read from a raster at once (1.6 GB as float32).
MAX_READ_CELLS = 400_000_000


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
        layer = QgsRasterLayer(layer_or_path, os.path.basename(layer_or_path), "gdal")
    if layer is None or not layer.isValid():
        raise NrwTwinError(msg("Cannot open the raster {}. Check the file (GeoTIFF expected).", str(layer_or_path)))
    return layer


def _window(layer, bounds) -> Optional[Tuple[int, int, int, int, float, float]]:
    """(c0, r0, cols, rows, dx, dy) of the cells covering ``bounds``, or None when they miss the raster."""
    full = layer.extent()
    cols_total, rows_total = layer.width(), layer.height()
    if cols_total <= 0 or rows_total <= 0:
        raise NrwTwinError(msg("The raster {} has no cells.", layer.source()))
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
    return c0, r0, c1 - c0, r1 - r0, dx, dy


def read_raster(
    layer_or_path, bounds: Optional[Tuple[float, float, float, float]] = None, band: int = 1
) -> Optional[RasterArray]:
    """Band ``band`` as float32 (NaN at nodata) with its GDAL geotransform, cut to ``bounds``
    (xmin, ymin, xmax, ymax in the raster's CRS, snapped outward to its cells). None when the raster
    does not overlap ``bounds``."""
    layer = as_raster_layer(layer_or_path)
    window = _window(layer, bounds)
    if window is None:
        return None
    c0, r0, cols, rows, dx, dy = window
    if cols * rows > MAX_READ_CELLS:
        raise NrwTwinError(
            msg(
                "The raster window of {} is too large ({:,} × {:,} cells); clip it to the area first.",
                layer.source(),
                cols,
                rows,
            )
        )
    full = layer.extent()
    x0 = full.xMinimum() + c0 * dx
    y0 = full.yMaximum() - r0 * dy
    provider = layer.dataProvider()
    block = provider.block(band, QgsRectangle(x0, y0 - rows * dy, x0 + cols * dx, y0), cols, rows)
    dtype = _DTYPES.get(block.dataType())
    if dtype is None or not block.isValid():
        raise NrwTwinError(
            msg("Cannot read band {:,} of {} (damaged file or unsupported data type).", band, layer.source())
        )
    array = np.frombuffer(bytes(block.data()), dtype=dtype).reshape(rows, cols).astype(np.float32)
    if provider.sourceHasNoDataValue(band):
        array[array == np.float32(provider.sourceNoDataValue(band))] = np.nan
    return RasterArray(array=array, geotransform=(x0, dx, 0.0, y0, 0.0, -dy), nodata=None, name=layer.name())


class _GdalErrors:
    """Collects the errors GDAL reports on this thread while it is installed (GDAL's handler stack is
    per thread, so a Processing worker thread does not disturb QGIS's own handler)."""

    def __init__(self) -> None:
        self.messages: List[str] = []

    def __call__(self, error_class, _number, message) -> None:
        from osgeo import gdal

        if error_class in (gdal.CE_Failure, gdal.CE_Fatal):
            self.messages.append(str(message).strip())


class GeoTiffWriter:
    """A single-band float32 GeoTIFF (LZW, tiled) written block by block; NaN is stored as nodata.

    Implements the engine's ``RasterSink``: :meth:`open` with the whole grid, :meth:`write` per block
    (blocks may overlap: a cell keeps the value it has where a block has NaN), then :meth:`close`,
    which checks the file. :meth:`abort` drops it without checks (the caller removes the file).

    Parameters
    ----------
    path : str
        Where to write (a staged path).
    crs_wkt : str
        The CRS.
    final_path : str, optional
        The path the user chose, for messages (default: ``path``).
    """

    def __init__(self, path: str, crs_wkt: str, final_path: Optional[str] = None, nodata: float = NODATA) -> None:
        self.path = str(path)
        self.final_path = str(final_path or path)
        self.crs_wkt = crs_wkt
        self.nodata = nodata
        self.grid: Optional[Grid] = None
        self.size = (0, 0)
        self._dataset = None
        self._errors: Optional[_GdalErrors] = None

    # -- RasterSink ----------------------------------------------------------------------------------
    def open(self, grid: Grid) -> None:
        self.grid = grid
        self.create(grid.geotransform(), grid.ncols, grid.nrows)

    def create(self, geotransform, ncols: int, nrows: int) -> None:
        """Create the file (any north-up geotransform; :meth:`open` uses the grid's)."""
        from osgeo import gdal

        self.size = (ncols, nrows)
        self._errors = _GdalErrors()
        gdal.PushErrorHandler(self._errors)
        with self._step():
            driver = gdal.GetDriverByName("GTiff")
            options = ["COMPRESS=LZW", "TILED=YES", "PREDICTOR=3", "BIGTIFF=IF_SAFER"]
            self._dataset = driver.Create(self.path, ncols, nrows, 1, gdal.GDT_Float32, options)
            if self._dataset is None:
                self._fail()
            self._check(self._dataset.SetGeoTransform(tuple(float(v) for v in geotransform)))
            self._check(self._dataset.SetProjection(self.crs_wkt))
            self._check(self._dataset.GetRasterBand(1).SetNoDataValue(self.nodata))

    def write(self, block: RasterArray) -> None:
        row, col = block_offset(block, self.grid)
        self.write_at(block.array, row, col)

    def write_at(self, array: np.ndarray, row: int, col: int) -> None:
        """Write values at (row, col) of the file; NaN keeps what the file holds there."""
        with self._step():
            band = self._dataset.GetRasterBand(1)
            rows, cols = np.shape(array)
            old = band.ReadAsArray(col, row, cols, rows)
            if old is None:
                self._fail()
            data = np.where(np.isfinite(array), array, old).astype(np.float32)
            self._check(band.WriteArray(data, col, row))
            # Write the blocks out now: memory stays bounded and a full disk is noticed at this block.
            self._check(band.FlushCache())

    # -- end -----------------------------------------------------------------------------------------
    def close(self) -> str:
        """Flush, close and check the file; returns its path."""
        from osgeo import gdal

        if self._dataset is None:
            raise OutputWriteError(cause_message(self.final_path))
        try:
            with self._step():
                self._check(self._dataset.FlushCache())
                # Closing writes the remaining blocks and the directory (Close() reports it, GDAL ≥ 3.8).
                dataset, self._dataset = self._dataset, None
                self._check(dataset.Close() if hasattr(dataset, "Close") else None)
                del dataset
                self._raise_collected()
        finally:
            self._pop()
        self._verify(gdal)
        return self.path

    def abort(self) -> None:
        """Close without checks (after another error or a cancel)."""
        self._dataset = None
        self._pop()

    # -- checks --------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _step(self):
        """GDAL raises RuntimeError when its Python exceptions are on (they are in the QGIS 3.40 tier):
        a failure like a reported error."""
        try:
            yield
        except RuntimeError as error:
            if self._errors is not None:
                self._errors.messages.append(str(error).strip())
            self._fail()

    def _check(self, code) -> None:
        """GDAL returns CE_None (0) on success (None from calls that have no result in older GDAL)."""
        if code not in (None, 0):
            self._fail()
        self._raise_collected()

    def _raise_collected(self) -> None:
        if self._errors is not None and self._errors.messages:
            self._fail()

    def _fail(self) -> None:
        detail = "; ".join(self._errors.messages[-2:]) if self._errors is not None else ""
        dataset, self._dataset = self._dataset, None
        del dataset
        self._pop()
        raise OutputWriteError(cause_message(self.final_path, detail))

    def _pop(self) -> None:
        if self._errors is not None:
            from osgeo import gdal

            gdal.PopErrorHandler()
            self._errors = None

    def _verify(self, gdal) -> None:
        """The closed file opens with the grid's size and its last block reads back."""
        errors = _GdalErrors()
        gdal.PushErrorHandler(errors)
        try:
            dataset = gdal.Open(self.path) if os.path.exists(self.path) else None
            ok = dataset is not None and (dataset.RasterXSize, dataset.RasterYSize) == self.size
            if ok:
                band = dataset.GetRasterBand(1)
                ok = band.ReadAsArray(self.size[0] - 1, self.size[1] - 1, 1, 1) is not None
            dataset = None
        except RuntimeError as error:  # GDAL with exceptions on
            errors.messages.append(str(error).strip())
            ok = False
        finally:
            gdal.PopErrorHandler()
        if not ok or errors.messages:
            raise OutputWriteError(cause_message(self.final_path, "; ".join(errors.messages[-2:])))


def write_geotiff(path: str, array: np.ndarray, geotransform, crs_wkt: str, nodata: float = NODATA) -> str:
    """Write one float32 array as a GeoTIFF (NaN becomes ``nodata``), checked like :class:`GeoTiffWriter`
    and atomic: under a temporary name, renamed when complete."""
    rows, cols = np.shape(array)
    with atomic_path(path) as tmp:
        writer = GeoTiffWriter(str(tmp), crs_wkt, final_path=path, nodata=nodata)
        writer.create(geotransform, cols, rows)
        try:
            writer.write_at(np.asarray(array, dtype=np.float32), 0, 0)
        except BaseException:
            writer.abort()
            raise
        writer.close()
    return path
