"""nrwtwin:tilegrid — the 1 km OpenGeodata.NRW tiles covering an area."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsRectangle,
    QgsWkbTypes,
)

from ..algorithms import tilegrid
from ..algorithms.messages import msg
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm, make_fields
from .outputs import RunOutputs
from .qt_compat import FieldType


def tile_fields() -> QgsFields:
    return make_fields(
        (
            ("tile", FieldType.String, msg("Tile")),
            ("easting_km", FieldType.Int, msg("Easting (km)")),
            ("northing_km", FieldType.Int, msg("Northing (km)")),
        )
    )


def tile_geometry(tile: tilegrid.Tile) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(*tile.bounds))


class TileGridAlgorithm(NrwAlgorithm):
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "tilegrid"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("NRW tile grid for an area")

    def help_text(self) -> str:
        return self.tr(
            "Creates the polygons of the 1 km × 1 km tiles of OpenGeodata.NRW (ETRS89/UTM32N, "
            "EPSG:25832) that cover an area. Tiles are named by their south-west corner in km, "
            "e.g. 32_404_5746. The area may be given in any coordinate reference system; it must "
            "lie in North Rhine-Westphalia and cover at most 2,000 tiles."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to cover, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Tile grid"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("Tile polygons in EPSG:25832 with the fields tile, easting_km and northing_km."),
        )

    def process(self, parameters, context, feedback):
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        area = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        tiles = tilegrid.tiles_for_extent(area)
        progress = FeedbackProgress(feedback)
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, tile_fields(), QgsWkbTypes.Type.Polygon, GRID_CRS)
            for index, tile in enumerate(tiles):
                progress.check_canceled()
                feature = QgsFeature()
                feature.setGeometry(tile_geometry(tile))
                feature.setAttributes([tile.key, tile.easting_km, tile.northing_km])
                sink.add(feature)
                progress.set_progress(100.0 * (index + 1) / len(tiles))
            outputs.commit(feedback)
        count = len(tiles)
        progress.info(msg("One tile covers the area.") if count == 1 else msg("{} tiles cover the area.", count))
        return {self.OUTPUT: dest_id}
