"""nrwtwin:export3dtiles — the twin as 3D Tiles 1.1 with a web viewer (engine: algorithms/publish)."""

from __future__ import annotations

import os
import shutil

from qgis.core import QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination

from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..algorithms.progress import SubProgress
from ..algorithms.publish import tiles3d
from .base import FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .publish_layers import add_publish_inputs, crs_text, read_publish_input


class Export3DTilesAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    SOLAR = "SOLAR"
    BUILDINGS = "BUILDINGS"
    EXTENT = "EXTENT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    TILESET = "TILESET"
    VIEWER = "VIEWER"
    BUILDING_COUNT = "BUILDING_COUNT"
    TILE_COUNT = "TILE_COUNT"
    GROUP_ID = "nrwpublish"

    def name(self) -> str:
        return "export3dtiles"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export 3D Tiles with web viewer")

    def help_text(self) -> str:
        return self.tr(
            "Writes the buildings as 3D Tiles 1.1 for web viewers (CesiumJS, deck.gl, QGIS 3.34+, ArcGIS): "
            "tileset.json, one glTF binary (.glb) per tile in the folder tiles/ and a viewer page index.html "
            "(CesiumJS from a public CDN, no account needed; ?local=1 loads a local copy from the folder cesium/). "
            "Tiles form a quadtree: each tile holds the 100 largest buildings of its square that no parent holds, "
            "so a viewer shows the large buildings of a whole town first and adds the small ones when zooming in. "
            "Positions are Earth-centred (EPSG:4978); DHHN2016 heights become ellipsoidal heights with the German "
            "quasigeoid GCG2016 (PROJ's grid when installed, otherwise the GCG2016 values for NRW shipped with the "
            "plugin). Roofs are coloured by the annual irradiation of the solar potential in the classes of the 2D "
            "style, walls and ground grey. Every building carries its id, function, address, height, roof area, "
            "irradiation, kWp, yield and suitability (glTF extensions EXT_mesh_features and "
            "EXT_structural_metadata), shown on click in the viewer. Open index.html through a web server "
            "(the dock's 'Im Browser ansehen' starts one). Method: docs/publish.md of the plugin."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_publish_inputs(self)
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr(
                "Folder for tileset.json, index.html and the folder tiles/; created when missing. Existing "
                "files of an earlier export there are replaced together when the export is complete."
            ),
        )
        self.addOutput(QgsProcessingOutputFile(self.TILESET, self.tr("Tileset (tileset.json)")))
        self.addOutput(QgsProcessingOutputFile(self.VIEWER, self.tr("Viewer page (index.html)")))
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Number of tiles")))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        data = read_publish_input(self, parameters, context, feedback)
        for warning in data.warnings:
            progress.warning(warning)
        if not data.buildings:
            raise NrwTwinError(self.tr("No building of the input lies in the area. Choose another area or none."))
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        created = not os.path.isdir(folder)
        os.makedirs(folder, exist_ok=True)
        try:
            with RunOutputs(self, parameters, context) as outputs:
                result = tiles3d.export_3dtiles(
                    data.buildings, folder, crs_text(data.crs), outputs.path, SubProgress(progress, 10, 100),
                    title=os.path.basename(os.path.normpath(folder)),
                )
                outputs.commit(feedback)
        except BaseException:
            if created:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        report_skips(self, progress, result, data.outside_extent)
        progress.info(
            msg(
                "Buildings: {}, tiles: {}, size: {:.1f} MB: {}",
                result.building_count, result.tile_count, result.size_bytes / 1e6, result.tileset,
            )
        )
        return {
            self.OUTPUT_FOLDER: folder,
            self.TILESET: result.tileset,
            self.VIEWER: os.path.join(folder, tiles3d.VIEWER),
            self.BUILDING_COUNT: result.building_count,
            self.TILE_COUNT: result.tile_count,
        }


def report_skips(alg: NrwAlgorithm, progress: FeedbackProgress, result, outside: int) -> None:
    """Warnings for what the export left out."""
    if outside:
        progress.info(alg.tr("{} buildings lie outside the area and were left out.").format(outside))
    if result.skipped_buildings:
        progress.warning(
            alg.tr("{} buildings without a drawable polygon were left out: {}").format(
                len(result.skipped_buildings), ", ".join(result.skipped_buildings[:10])
            )
        )
    if result.degenerate_polygons:
        progress.warning(alg.tr("{} polygons without area were left out.").format(result.degenerate_polygons))
    if result.fanned_polygons:
        progress.warning(
            alg.tr("{} self-intersecting polygons were triangulated as a fan; check them in the source data.").format(
                result.fanned_polygons
            )
        )
