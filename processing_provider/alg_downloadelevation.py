"""nrwtwin:downloadelevation — DGM / DOM / nDOM heights for an area through the GEObasis.NRW WCS."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..algorithms import wcs, wms
from ..algorithms.ogc_http import make_session
from .base import FeedbackProgress, NrwAlgorithm
from .network import proxies_for
from .raster_mosaic import mosaic_output
from .service_catalogue import catalogue_from_settings, service_for_product

#: Order of the PRODUCT enum (permanent: saved models store the position).
PRODUCTS = ("DGM", "DOM", "nDOM")


class DownloadElevationAlgorithm(NrwAlgorithm):
    PRODUCT = "PRODUCT"
    EXTENT = "EXTENT"
    RESOLUTION = "RESOLUTION"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "downloadelevation"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download NRW elevation model (DGM, DOM, nDOM) for an area")

    def help_text(self) -> str:
        return self.tr(
            "Downloads heights for an area from the GEObasis.NRW web coverage services as a GeoTIFF in "
            "ETRS89/UTM32N (EPSG:25832), heights in metres (DHHN2016): DGM = digital terrain model (ground, "
            "1 m), DOM = digital surface model (with buildings and trees, 1 m), nDOM = normalised surface "
            "model (height above ground, 0.5 m). Requests use WCS 2.0.1 GetCoverage with SUBSET and are "
            "tiled to at most 4000 × 4000 pixels, then put together. Failed or incomplete answers are "
            "requested again; the GeoTIFF appears only when every tile is in it.\n\n"
            "Product: DGM, DOM or nDOM; Area: in any CRS; Resolution: metres per pixel (the native "
            "resolution avoids resampling by the server).\n\n"
            "Source: GEObasis.NRW web coverage services (www.wcs.nrw.de). Licence: Datenlizenz Deutschland – "
            "Zero – 2.0 (dl-de/zero-2-0)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        labels = [self.tr("DGM – terrain"), self.tr("DOM – surface"), self.tr("nDOM – height above ground")]
        self.add_parameter(
            QgsProcessingParameterEnum(self.PRODUCT, self.tr("Product"), options=labels, defaultValue=0),
            self.tr("Which elevation model to download."),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to download, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.RESOLUTION,
                self.tr("Resolution (m/pixel)"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.1,
            ),
            self.tr("Pixel size of the GeoTIFF in metres (DGM and DOM: 1 m native, nDOM: 0.5 m)."),
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Elevation GeoTIFF")),
            self.tr("Heights in metres as a Float32 GeoTIFF (EPSG:25832)."),
        )
        self.addOutput(QgsProcessingOutputNumber("TILES", self.tr("Number of GetCoverage requests")))

    def process(self, parameters, context, feedback):
        product = PRODUCTS[self.parameterAsEnum(parameters, self.PRODUCT, context)]
        service = service_for_product(catalogue_from_settings(), "wcs", product)
        coverage = service.layers[0].name
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        grid = wms.plan_grid((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), resolution)
        progress = FeedbackProgress(feedback)
        session = make_session(proxies_for(service.url))
        tiles = wcs.fetch_coverage_tiles(service, coverage, grid, session=session, progress=progress)
        final, info = mosaic_output(self, parameters, context, feedback, self.OUTPUT, tiles, grid, service, True)
        progress.info(
            self.tr("{} × {} height values from {} requests written to {}.").format(
                grid.width, grid.height, info["tiles"], final
            )
        )
        return {self.OUTPUT: final, "TILES": info["tiles"]}
