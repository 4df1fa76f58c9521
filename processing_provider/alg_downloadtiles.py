"""nrwtwin:downloadtiles — OpenGeodata.NRW tiles (LoD2, LoD1, DGM1, DOM1, nDOM50, DOP10) for an area."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsWkbTypes,
)

from ..algorithms import download, opengeodata, tilegrid
from ..algorithms.messages import msg
from ..translate import localize
from . import network
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm, make_fields
from .outputs import RunOutputs
from .qt_compat import FieldType


def result_fields() -> QgsFields:
    return make_fields(
        (
            ("tile", FieldType.String, msg("Tile")),
            ("file", FieldType.String, msg("File")),
            ("status", FieldType.String, msg("Status")),
            ("bytes", FieldType.LongLong, msg("Bytes")),
            ("message", FieldType.String, msg("Message")),
        )
    )


class DownloadTilesAlgorithm(NrwAlgorithm):
    EXTENT = "EXTENT"
    PRODUCT = "PRODUCT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    MAX_TILES = "MAX_TILES"
    REFRESH_INDEX = "REFRESH_INDEX"
    OUTPUT_TILES = "OUTPUT_TILES"
    FILES = "FILES"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "downloadtiles"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download OpenGeodata.NRW tiles for an area")

    def product_labels(self):
        return [
            self.tr("LoD2 3D building models (CityGML)"),
            self.tr("LoD1 3D building models (CityGML)"),
            self.tr("DGM1 terrain model 1 m (GeoTIFF)"),
            self.tr("DOM1 surface model 1 m (GeoTIFF)"),
            self.tr("nDOM50 normalised surface model 0.5 m (GeoTIFF)"),
            self.tr("DOP10 orthophotos 10 cm RGBI (JPEG 2000)"),
        ]

    def help_text(self) -> str:
        return self.tr(
            "Downloads the 1 km × 1 km tiles of an OpenGeodata.NRW product that cover an area "
            "(https://www.opengeodata.nrw.de/produkte/). File names are looked up in the folder's "
            "index.json (index.xml as fallback), which is cached for a day; sizes are checked against "
            "it. Downloads run in parallel, resume after interruptions (also in a later run) and go "
            "first to the cache folder (setting nrw_digital_twin/cache_folder, default inside the QGIS "
            "profile), so a second run over the same area downloads nothing. The files are then "
            "hard-linked (or copied) into the output folder. Tiles the index does not list (sea, outside "
            "the coverage) are reported as missing. The proxy of QGIS's network settings is used; the "
            "server can be changed with the setting nrw_digital_twin/opengeodata_url or the environment "
            "variable NRWTWIN_OPENGEODATA_URL (which wins).\n\n"
            "Area: any CRS, reprojected to EPSG:25832. Product: LoD2, LoD1, DGM1, DOM1, nDOM50 or DOP10 "
            "(a DOP10 tile is about 100–300 MB). Output folder: where the tiles are placed. Maximum "
            "number of tiles: larger areas stop with the count. Refresh the tile index: fetch the index "
            "again even if the cached copy is younger than a day.\n\n"
            "Outputs: the folder, the list of files, and the tile polygons with tile, file, status "
            "(downloaded, cached, missing, failed), bytes and a message."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Area"))
        extent.setHelp(self.tr("Area to cover, in any CRS; it is reprojected to EPSG:25832."))
        self.addParameter(extent)
        product = QgsProcessingParameterEnum(
            self.PRODUCT, self.tr("Product"), options=self.product_labels(), defaultValue=0
        )
        product.setHelp(self.tr("Which OpenGeodata.NRW product to download."))
        self.addParameter(product)
        max_tiles = QgsProcessingParameterNumber(
            self.MAX_TILES,
            self.tr("Maximum number of tiles"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=100,
            minValue=1,
        )
        max_tiles.setHelp(self.tr("Stop with a message when the area needs more tiles than this."))
        self.addParameter(max_tiles)
        refresh = QgsProcessingParameterBoolean(
            self.REFRESH_INDEX, self.tr("Refresh the tile index"), defaultValue=False
        )
        refresh.setFlags(refresh.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        refresh.setHelp(self.tr("Fetch the folder index again even if the cached copy is younger than a day."))
        self.addParameter(refresh)
        folder = QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder"))
        folder.setHelp(self.tr("Folder that receives the tiles (hard links to the cache, or copies)."))
        self.addParameter(folder)
        tiles = QgsProcessingParameterFeatureSink(
            self.OUTPUT_TILES, self.tr("Downloaded tiles"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        tiles.setHelp(self.tr("Tile polygons with file name, status, size in bytes and message."))
        self.addParameter(tiles)
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, self.tr("Files")))
        for status in download.STATUSES:
            self.addOutput(QgsProcessingOutputNumber(status.upper(), self.tr("Number of tiles: {}").format(status)))

    def process(self, parameters, context, feedback):
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        area = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        product_key = opengeodata.PRODUCT_ORDER[self.parameterAsEnum(parameters, self.PRODUCT, context)]
        max_tiles = self.parameterAsInt(parameters, self.MAX_TILES, context)
        refresh = self.parameterAsBool(parameters, self.REFRESH_INDEX, context)
        output_folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        tilegrid.tiles_for_extent(area, max_tiles=max_tiles)  # bad areas stop before anything is created
        configured_url = network.setting(network.OPENGEODATA_URL_KEY, "") or None
        base_url = opengeodata.resolve_base_url(configured_url)
        progress = FeedbackProgress(feedback)
        progress.info(self.tr("Server: {}  Cache: {}").format(base_url, network.cache_folder()))
        with RunOutputs(self, parameters, context) as outputs:
            report = download.download_area(
                area,
                product_key,
                Path(network.cache_folder()),
                output_dir=Path(output_folder),
                max_tiles=max_tiles,
                base_url=base_url,
                proxies=network.proxies_for(base_url),
                refresh_index=refresh,
                progress=progress,
            )
            sink, dest_id = outputs.sink(
                self.OUTPUT_TILES, result_fields(), QgsWkbTypes.Type.Polygon, GRID_CRS
            )
            for result in report.results:
                feature = QgsFeature()
                feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*result.tile.bounds)))
                path = result.output_path or result.path
                feature.setAttributes(
                    [
                        result.tile.key,
                        str(path) if path else result.name,
                        result.status,
                        int(result.size),
                        localize(result.message),
                    ]
                )
                sink.add(feature)
            outputs.commit(feedback)
        progress.info(report.summary())
        results = {
            self.OUTPUT_FOLDER: output_folder,
            self.OUTPUT_TILES: dest_id,
            self.FILES: [str(path) for path in report.files],
        }
        for status in download.STATUSES:
            results[status.upper()] = report.count(status)
        return results
