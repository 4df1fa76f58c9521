"""Map images and coverages of a tiled request plan put together into one GeoTIFF (GDAL).

Shared by nrwtwin:downloadwms (map images, exactly the requested size) and nrwtwin:downloadelevation
(coverages, warped onto the tile's window when the server's georeferencing differs). Every GDAL step
is checked: an answer GDAL cannot decode ends with a message naming its URL; a failed write ends with a
message naming the output; after closing, the file's TIFF structure is verified
(``content_check.file_problem``), because GDAL reports some write errors (a full disk while the last
blocks and the directory are flushed) only to its log.
"""
from __future__ import annotations

import uuid
from typing import Iterable, Optional

from ..algorithms import content_check
from ..algorithms.errors import NrwTwinError, OutputWriteError
from ..algorithms.messages import msg
from ..algorithms.services import Service
from ..algorithms.wms import RasterGrid, TileAnswer, TileRequest
from .outputs import RunOutputs, cause_message

CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]


class _Mosaic:
    """The output GeoTIFF being written: created from the first answer, checked at every write."""

    def __init__(self, path: str, final: str, grid: RasterGrid) -> None:
        self.path, self.final, self.grid = path, final, grid
        self.dataset = None
        self.info = {"tiles": 0, "bands": 0, "data_type": None, "nodata": None}

    def write_error(self, error: Exception) -> OutputWriteError:
        return OutputWriteError(cause_message(self.final, str(error)))

    def create(self, src) -> None:
        from osgeo import gdal, osr

        band = src.GetRasterBand(1)
        self.info.update(
            bands=src.RasterCount, data_type=gdal.GetDataTypeName(band.DataType), nodata=band.GetNoDataValue()
        )
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(25832)

        def create_dataset():
            self.dataset = gdal.GetDriverByName("GTiff").Create(
                self.path, self.grid.width, self.grid.height, src.RasterCount, band.DataType, CREATION_OPTIONS
            )
            if self.dataset is None:
                raise RuntimeError(gdal.GetLastErrorMsg())
            self.dataset.SetGeoTransform(self.grid.geotransform)
            self.dataset.SetProjection(srs.ExportToWkt())
            for index in range(1, src.RasterCount + 1):
                target = self.dataset.GetRasterBand(index)
                target.SetColorInterpretation(src.GetRasterBand(index).GetColorInterpretation())
                if self.info["nodata"] is not None:
                    target.SetNoDataValue(self.info["nodata"])

        self.check(create_dataset)

    def write(self, tile: TileRequest, index: int, block: bytes) -> None:
        band = self.dataset.GetRasterBand(index)
        self.check(lambda: band.WriteRaster(tile.col, tile.row, tile.width, tile.height, block))

    def check(self, call) -> None:
        """Run a GDAL write step; a failure becomes an OutputWriteError naming the output.

        The error is raised outside the ``except`` block: GDAL's exception would keep the dataset alive
        through its traceback, and its close would then fail later, from a destructor.
        """
        try:
            result = call()
            failure = f"GDAL error {result}" if result not in (None, 0) else ""
        except RuntimeError as error:
            failure = str(error) or type(error).__name__
        if failure:
            raise self.write_error(RuntimeError(failure))

    def _release(self) -> list:
        """Close the dataset with GDAL's exceptions off (an error while closing would otherwise surface
        later, from a destructor); returns the errors GDAL reported while closing."""
        from osgeo import gdal

        errors = []

        def collect(error_class, _number, text):
            if error_class >= gdal.CE_Failure:
                errors.append(text)

        used = gdal.GetUseExceptions()
        gdal.DontUseExceptions()
        gdal.PushErrorHandler(collect)
        try:
            self.dataset = None
        finally:
            gdal.PopErrorHandler()
            if used:
                gdal.UseExceptions()
        return errors

    def discard(self) -> None:
        """Close a dataset left open by a failure (its close errors are expected then)."""
        if self.dataset is not None:
            self._release()

    def close(self) -> None:
        """Flush and close, then prove the file is a complete GeoTIFF of the grid."""
        self.check(self.dataset.FlushCache)
        errors = self._release()
        if errors:
            raise self.write_error(RuntimeError(errors[0]))
        problem = content_check.file_problem(self.path, content_check.TIFF)
        if problem is not None:
            raise OutputWriteError(cause_message(self.final, msg("the written file is {}", problem)))


def _decode_error(service: Service, answer: TileAnswer, error: Exception) -> NrwTwinError:
    return NrwTwinError(
        msg(
            "{} ({}): the answer from {} cannot be read as an image ({}). Try again later; if it persists, "
            "check the output format and lower 'max_size' of the service in the services override.",
            service.title_en,
            service.url,
            answer.url,
            str(error).strip() or type(error).__name__,
        )
    )


def _same_window(src, tile: TileRequest, resolution: float) -> bool:
    gt = src.GetGeoTransform(can_return_null=True)
    if gt is None:
        return True
    tol = resolution * 1e-3
    return (
        abs(gt[0] - tile.bbox[0]) < tol
        and abs(gt[3] - tile.bbox[3]) < tol
        and abs(gt[1] - resolution) < 1e-6
        and abs(gt[5] + resolution) < 1e-6
        and gt[2] == 0
        and gt[4] == 0
    )


def _check_window(src, answer: TileAnswer, resolution: float, service: Service) -> None:
    """Refuse an answer that does not cover its tile at about the asked resolution: warping it would
    put wrong heights into the mosaic without a word (MapServer 8.0 answers a SCALESIZE of 1 pixel
    with the georeferencing of the whole coverage)."""
    gt = src.GetGeoTransform()
    width, height = src.RasterXSize, src.RasterYSize
    bounds = (gt[0], gt[3] + height * gt[5], gt[0] + width * gt[1], gt[3])
    box = answer.tile.bbox
    covers = (
        bounds[0] <= box[0] + resolution
        and bounds[1] <= box[1] + resolution
        and bounds[2] >= box[2] - resolution
        and bounds[3] >= box[3] - resolution
    )
    if covers and abs(gt[1]) <= 2 * resolution and abs(gt[5]) <= 2 * resolution:
        return
    raise NrwTwinError(
        msg(
            "{} ({}): the answer from {} covers {} at {:g} m per pixel instead of {} at {:g} m per pixel. "
            "Check 'axis_labels' and lower 'max_size' of the service in the services override.",
            service.title_en,
            service.url,
            answer.url,
            ", ".join(f"{v:.1f}" for v in bounds),
            abs(gt[1]),
            ", ".join(f"{v:.1f}" for v in box),
            resolution,
        )
    )


def _source(answer: TileAnswer, name: str, grid: RasterGrid, georeferenced: bool, service: Service):
    """The answer as a GDAL dataset on the tile's window (warped for coverages with other georeferencing)."""
    from osgeo import gdal

    tile = answer.tile
    try:
        src = gdal.Open(name)
        if src is None:
            raise RuntimeError(gdal.GetLastErrorMsg())
        if georeferenced and not _same_window(src, tile, grid.resolution):
            _check_window(src, answer, grid.resolution, service)
            src = gdal.Warp(
                f"{name}_warped.tif",
                src,
                outputBounds=tile.bbox,
                width=tile.width,
                height=tile.height,
                dstSRS="EPSG:25832",
                resampleAlg="near",
            )
    except RuntimeError as error:
        raise _decode_error(service, answer, error) from None
    if (src.RasterXSize, src.RasterYSize) != (tile.width, tile.height):
        raise NrwTwinError(
            msg(
                "{} ({}): the answer from {} has {:,} × {:,} pixels instead of {:,} × {:,}. Lower 'max_size' of the "
                "service in the services override.",
                service.title_en,
                service.url,
                answer.url,
                src.RasterXSize,
                src.RasterYSize,
                tile.width,
                tile.height,
            )
        )
    return src


def write_mosaic(
    tiles: Iterable[TileAnswer],
    grid: RasterGrid,
    path: str,
    service: Service,
    georeferenced: bool,
    final: str = "",
) -> dict:
    """Write the answers into one GeoTIFF of ``grid`` at ``path`` (a staged path: see RunOutputs).

    ``final`` is the path the user chose (named in messages; default ``path``). Map images
    (``georeferenced`` False) must have exactly the requested size; coverages are warped onto the
    tile's window of the grid when the server's georeferencing differs. Returns tiles, bands, data
    type and nodata of the output.
    """
    from osgeo import gdal

    used = gdal.GetUseExceptions()  # GDAL's exception mode is process-wide: put it back afterwards
    gdal.UseExceptions()
    mosaic = _Mosaic(path, final or path, grid)
    failure: Optional[NrwTwinError] = None
    try:
        _write_tiles(mosaic, tiles, grid, georeferenced, service)
        mosaic.close()
    except NrwTwinError as error:
        # Forget the frames that hold the dataset before it is closed quietly (see _Mosaic.check).
        failure = error.with_traceback(None)
        failure.__context__ = failure.__cause__ = None
    finally:
        mosaic.discard()
        if not used:
            gdal.DontUseExceptions()
    if failure is not None:
        raise failure
    return mosaic.info


def _write_tiles(mosaic: _Mosaic, tiles: Iterable[TileAnswer], grid: RasterGrid, georeferenced: bool, service):
    from osgeo import gdal

    for answer in tiles:
        name = f"/vsimem/nrwtwin_{uuid.uuid4().hex}"
        gdal.FileFromMemBuffer(name, answer.data)
        try:
            src = _source(answer, name, grid, georeferenced, service)
            if mosaic.dataset is None:
                mosaic.create(src)
            tile = answer.tile
            for index in range(1, min(src.RasterCount, mosaic.dataset.RasterCount) + 1):
                band_type = mosaic.dataset.GetRasterBand(index).DataType
                try:
                    block = src.GetRasterBand(index).ReadRaster(0, 0, tile.width, tile.height, buf_type=band_type)
                except RuntimeError as error:
                    raise _decode_error(service, answer, error) from None
                mosaic.write(tile, index, block)
            src = None
            mosaic.info["tiles"] += 1
        finally:
            for temporary in (name, f"{name}_warped.tif"):
                if gdal.VSIStatL(temporary) is not None:
                    gdal.Unlink(temporary)
    if mosaic.dataset is None:
        raise NrwTwinError(msg("{} ({}): no tiles were returned.", service.title_en, service.url))


def mosaic_output(algorithm, parameters, context, feedback, output: str, tiles, grid, service, georeferenced):
    """Write the mosaic to the raster output ``output`` of ``algorithm`` all-or-nothing (RunOutputs);
    returns (the path the user chose, write_mosaic's info)."""
    with RunOutputs(algorithm, parameters, context) as outputs:
        path = outputs.file(output, layer=True)
        final = outputs.final(path)
        info = write_mosaic(tiles, grid, path, service, georeferenced=georeferenced, final=final)
        outputs.commit(feedback)
    return final, info
