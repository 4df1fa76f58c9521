"""nrwtwin:exportcityjson — buildings as CityJSON 2.0 or CityJSONSeq with solar and measurement values."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination

from ..algorithms.errors import NrwTwinError
from ..algorithms.publish import cityjson
from ..algorithms.publish.scene import published_values
from .base import FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .publish_layers import add_publish_inputs, epsg_code, read_publish_input


class ExportCityJsonAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    SOLAR = "SOLAR"
    BUILDINGS = "BUILDINGS"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    BUILDING_COUNT = "BUILDING_COUNT"
    SURFACE_COUNT = "SURFACE_COUNT"
    GROUP_ID = "nrwpublish"

    def name(self) -> str:
        return "exportcityjson"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export CityJSON")

    def help_text(self) -> str:
        return self.tr(
            "Writes the buildings as CityJSON 2.0 (file name ending .city.json) or as CityJSONSeq, one building "
            "per line (ending .city.jsonl), for cjio, QGIS's CityJSON loader, FME, 3DCityDB and web viewers. "
            "Buildings with parts get BuildingPart children; geometry is a LoD2 MultiSurface with semantic "
            "surfaces (RoofSurface, WallSurface, GroundSurface, ClosureSurface …), each with its surface_id and, "
            "on roofs, the values of the solar potential. Buildings carry function, roof type, measured height, "
            "address, roof area, irradiation, kWp, yield, suitability and all values of the buildings or "
            "measurements layer. Coordinates in the layer's CRS (EPSG:25832 in NRW, referenceSystem in the "
            "metadata) with millimetre precision (transform), heights DHHN2016 as delivered."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_publish_inputs(self)
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("CityJSON file"),
                fileFilter="CityJSON (*.city.json);;CityJSONSeq (*.city.jsonl)",
            ),
            self.tr("File to write: .city.json for CityJSON 2.0, .city.jsonl (or .jsonl) for CityJSONSeq."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputNumber(self.SURFACE_COUNT, self.tr("Number of surfaces")))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        data = read_publish_input(self, parameters, context, feedback)
        for warning in data.warnings:
            progress.warning(warning)
        if not data.buildings:
            raise NrwTwinError(self.tr("No building of the input lies in the area. Choose another area or none."))
        if data.outside_extent:
            progress.info(self.tr("{} buildings lie outside the area and were left out.").format(data.outside_extent))
        values = published_values(data.buildings)
        with RunOutputs(self, parameters, context) as outputs:
            path = outputs.file(self.OUTPUT)
            result = cityjson.write_cityjson(
                data.buildings, values, path, epsg_code(data.crs), title=self.tr("NRW Digital Twin"), progress=progress
            )
            outputs.commit(feedback)
        final = outputs.final(path)
        if result.dropped_rings:
            progress.warning(
                self.tr("{} rings with fewer than 3 distinct points at millimetre precision were left out.").format(
                    result.dropped_rings
                )
            )
        progress.info(
            self.tr("{} buildings ({} parts) with {} surfaces: {}").format(
                result.building_count, result.part_count, result.surface_count, final
            )
        )
        return {self.OUTPUT: final, self.BUILDING_COUNT: result.building_count,
                self.SURFACE_COUNT: result.surface_count}
