"""nrwtwin:downloadwms — a georeferenced GeoTIFF of a GEObasis.NRW WMS layer for an area."""

from __future__ import annotations

import uuid
from typing import Iterable, Optional, Tuple

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..algorithms import wms
from ..algorithms.errors import NrwTwinError
from ..algorithms.files import atomic_path
from ..algorithms.ogc_http import make_session
from ..algorithms.progress import Progress
from ..algorithms.services import Service
from ..ui.service_layers import catalogue_from_settings, proxies_for
from .alg_downloadwfs import choice_catalogue, choice_labels, find_choice
from .base import FeedbackProgress, NrwAlgorithm

CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]


def write_mosaic(
    tiles: Iterable[Tuple[wms.TileRequest, bytes]],
    grid: wms.RasterGrid,
    path: str,
    service: Service,
    georeferenced: bool,
    progress: Optional[Progress] = None,
) -> dict:
    """Write the tiles into one GeoTIFF of ``grid`` at ``path`` (renamed into place when complete).

    Map images (``georeferenced`` False) must have exactly the requested size; coverages are
    warped onto the tile's window of the grid when the server's georeferencing differs.
    """
    from osgeo import gdal, osr

    gdal.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    info = {"tiles": 0, "bands": 0, "data_type": None, "nodata": None}
    with atomic_path(path) as tmp:
        out = None
        try:
            for tile, data in tiles:
                name = f"/vsimem/nrwtwin_{uuid.uuid4().hex}"
                gdal.FileFromMemBuffer(name, data)
                warped = None
                try:
                    try:
                        src = gdal.Open(name)
                    except RuntimeError as error:
                        raise NrwTwinError(
                            f"{service.title_en} ({service.url}): a returned tile cannot be read as an image "
                            f"({error}). Check the output format in the service catalogue."
                        ) from error
                    if out is None:
                        band = src.GetRasterBand(1)
                        info["bands"] = src.RasterCount
                        info["data_type"] = gdal.GetDataTypeName(band.DataType)
                        info["nodata"] = band.GetNoDataValue()
                        out = gdal.GetDriverByName("GTiff").Create(
                            str(tmp), grid.width, grid.height, src.RasterCount, band.DataType, CREATION_OPTIONS
                        )
                        out.SetGeoTransform(grid.geotransform)
                        out.SetProjection(srs.ExportToWkt())
                        for index in range(1, src.RasterCount + 1):
                            target = out.GetRasterBand(index)
                            target.SetColorInterpretation(src.GetRasterBand(index).GetColorInterpretation())
                            if info["nodata"] is not None:
                                target.SetNoDataValue(info["nodata"])
                    if georeferenced and not _same_window(src, tile, grid.resolution):
                        warped = f"{name}_warped.tif"
                        gdal.Warp(
                            warped,
                            src,
                            outputBounds=tile.bbox,
                            width=tile.width,
                            height=tile.height,
                            dstSRS="EPSG:25832",
                            resampleAlg="near",
                        )
                        src = gdal.Open(warped)
                    if (src.RasterXSize, src.RasterYSize) != (tile.width, tile.height):
                        raise NrwTwinError(
                            f"{service.title_en} ({service.url}): a tile came back with {src.RasterXSize} × "
                            f"{src.RasterYSize} pixels instead of {tile.width} × {tile.height}. Lower 'max_size' "
                            "of the service in the services override."
                        )
                    bands = min(src.RasterCount, out.RasterCount)
                    for index in range(1, bands + 1):
                        block = src.GetRasterBand(index).ReadRaster(
                            0, 0, tile.width, tile.height, buf_type=out.GetRasterBand(index).DataType
                        )
                        out.GetRasterBand(index).WriteRaster(tile.col, tile.row, tile.width, tile.height, block)
                    src = None
                    info["tiles"] += 1
                finally:
                    gdal.Unlink(name)
                    if warped:
                        gdal.Unlink(warped)
            if out is None:
                raise NrwTwinError(f"{service.title_en} ({service.url}): no tiles were returned.")
            out.FlushCache()
        finally:
            out = None
    return info


def _same_window(src, tile: wms.TileRequest, resolution: float) -> bool:
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


class DownloadWmsAlgorithm(NrwAlgorithm):
    SERVICE = "SERVICE"
    LAYER = "LAYER"
    EXTENT = "EXTENT"
    RESOLUTION = "RESOLUTION"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def __init__(self):
        super().__init__()
        choices = choice_catalogue().layer_choices("wms")
        self._keys = [f"{s.id}/{layer.key}" for s, layer in choices]
        self._labels = choice_labels(choices)

    def name(self) -> str:
        return "downloadwms"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download NRW WMS map image (GeoTIFF) for an area")

    def help_text(self) -> str:
        return self.tr(
            "Saves a GEObasis.NRW web map service layer (orthophotos RGB/CIR, cadastre, topographic maps, "
            "hillshade, nDOM) for an area as a georeferenced GeoTIFF in ETRS89/UTM32N (EPSG:25832). "
            "Large areas are requested in tiles no larger than the service's maximum image size (5000 "
            "pixels for the orthophotos) on one pixel grid and put together without resampling.\n\n"
            "Layer: the WMS layer; Layer name: optional, another layer name of the same service; Area: in "
            "any CRS; Resolution: metres per pixel (0.1 m is the orthophoto's native resolution).\n\n"
            "Source: GEObasis.NRW web map services (www.wms.nrw.de). Licence: Datenlizenz Deutschland – "
            "Zero – 2.0 (dl-de/zero-2-0)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterEnum(self.SERVICE, self.tr("Layer"), options=self._labels, defaultValue=0),
            self.tr("The WMS layer (service and layer name from the service catalogue)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.LAYER, self.tr("Layer name (optional)"), optional=True),
            self.tr("Another layer name of the same service, sent instead of the catalogue's name."),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to save, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.RESOLUTION,
                self.tr("Resolution (m/pixel)"),
                QgsProcessingParameterNumber.Double,
                1.0,
                minValue=0.01,
            ),
            self.tr("Pixel size of the GeoTIFF in metres."),
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("GeoTIFF")),
            self.tr("The georeferenced GeoTIFF (EPSG:25832)."),
        )
        self.addOutput(QgsProcessingOutputNumber("TILES", self.tr("Number of GetMap requests")))

    def process(self, parameters, context, feedback):
        catalogue = catalogue_from_settings()
        index = self.parameterAsEnum(parameters, self.SERVICE, context)
        service, layer = find_choice(catalogue, ("wms",), self._keys[index])
        layer_name = (self.parameterAsString(parameters, self.LAYER, context) or "").strip() or layer.name
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        grid = wms.plan_grid((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), resolution)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress = FeedbackProgress(feedback)
        session = make_session(proxies_for(service.url))
        tiles = wms.fetch_map_tiles(service, layer_name, grid, session=session, progress=progress)
        info = write_mosaic(tiles, grid, output, service, georeferenced=False, progress=progress)
        progress.info(
            self.tr("{} × {} pixels from {} requests written to {}.").format(
                grid.width, grid.height, info["tiles"], output
            )
        )
        return {self.OUTPUT: output, "TILES": info["tiles"]}
