"""nrwtwin:downloadwms — a georeferenced GeoTIFF of a GEObasis.NRW WMS layer for an area."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..algorithms import wms
from ..algorithms.ogc_http import make_session
from .base import FeedbackProgress, NrwAlgorithm
from .network import proxies_for
from .raster_mosaic import mosaic_output
from .service_catalogue import WMS_CHOICES, catalogue_from_settings, choice_labels, resolve_choice


class DownloadWmsAlgorithm(NrwAlgorithm):
    SERVICE = "SERVICE"
    SERVICE_KEY = "SERVICE_KEY"
    LAYER = "LAYER"
    EXTENT = "EXTENT"
    RESOLUTION = "RESOLUTION"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "downloadwms"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download NRW WMS map image (GeoTIFF) for an area")

    def help_text(self) -> str:
        return self.tr(
            "Saves a GEObasis.NRW web map service layer (orthophotos RGB/CIR, cadastre, topographic maps, "
            "hillshade, nDOM) for an area as a georeferenced GeoTIFF in ETRS89/UTM32N (EPSG:25832). "
            "Large areas are requested in tiles no larger than the service's maximum image size (5000 "
            "pixels for the orthophotos) on one pixel grid and put together without resampling. Failed or "
            "incomplete answers are requested again; the GeoTIFF appears only when every tile is in it.\n\n"
            "Layer: the WMS layer; Service key: optional, a catalogue key such as dop/nw_dop_cir (wins over "
            "the list, also for layers added by the services override); Layer name: optional, another layer "
            "name of the same service; Area: in any CRS; Resolution: metres per pixel (0.1 m is the "
            "orthophoto's native resolution).\n\n"
            "Source: GEObasis.NRW web map services (www.wms.nrw.de). Licence: Datenlizenz Deutschland – "
            "Zero – 2.0 (dl-de/zero-2-0)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.SERVICE, self.tr("Layer"), options=choice_labels(WMS_CHOICES), defaultValue=0
            ),
            self.tr(
                "The WMS layer (service and layer name from the service catalogue). Each entry keeps its "
                "number when the catalogue changes, so saved models keep their layer."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SERVICE_KEY, self.tr("Service key (optional)"), optional=True),
            self.tr(
                "A catalogue key 'service id/layer key', e.g. dop/nw_dop_cir. When set it wins over the list; "
                "it also reaches layers that only the services override adds."
            ),
            advanced=True,
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
                QgsProcessingParameterNumber.Type.Double,
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
        service, layer = resolve_choice(
            catalogue_from_settings(),
            "wms",
            WMS_CHOICES,
            self.parameterAsEnum(parameters, self.SERVICE, context),
            self.parameterAsString(parameters, self.SERVICE_KEY, context),
        )
        layer_name = (self.parameterAsString(parameters, self.LAYER, context) or "").strip() or layer.name
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        grid = wms.plan_grid((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), resolution)
        progress = FeedbackProgress(feedback)
        session = make_session(proxies_for(service.url))
        tiles = wms.fetch_map_tiles(service, layer_name, grid, session=session, progress=progress)
        final, info = mosaic_output(self, parameters, context, feedback, self.OUTPUT, tiles, grid, service, False)
        progress.info(
            self.tr("{} × {} pixels from {} requests written to {}.").format(
                grid.width, grid.height, info["tiles"], final
            )
        )
        return {self.OUTPUT: final, "TILES": info["tiles"]}
