"""nrwtwin:batchsolar — the roof solar potential of many tiles on Dask (engine: algorithms/batch)."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..algorithms import opengeodata
from ..algorithms.batch import job as batch_job
from ..algorithms.batch import runner, tiles
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..translate import localize
from . import layer_styles, network, solar_parameters
from .base import FeedbackProgress, NrwAlgorithm

STYLE_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "styles", "roofsolar.qml")


class BatchSolarAlgorithm(NrwAlgorithm):
    EXTENT = "EXTENT"
    SCHEDULER = "SCHEDULER"
    WORKERS = "WORKERS"
    CACHE_FOLDER = "CACHE_FOLDER"
    RESOLUTION = "RESOLUTION"
    WEATHER = "WEATHER"
    ANNUAL_GHI = "ANNUAL_GHI"
    TERRAIN = "TERRAIN"
    TREES = "TREES"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUTPUT = "OUTPUT"
    TILE_COUNT = "TILE_COUNT"
    FAILED_COUNT = "FAILED_COUNT"
    GROUP_ID = "nrwanalysis"

    def name(self) -> str:
        return "batchsolar"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Roof solar potential for many tiles (Dask)")

    def help_text(self) -> str:
        return self.tr(
            "Computes the roof solar potential of every 1 km OpenGeodata.NRW tile of an area, one task per tile, "
            "on local processes or a Dask cluster; the same computation as 'Roof solar potential (with shading)' "
            "per tile, with the eight neighbouring tiles loaded as shading context, so each roof gets the same "
            "values as a single run over that tile and its neighbours. LoD2 tiles come from the download cache "
            "(downloaded when missing).\n"
            "Output folder: tiles/<tile>.gpkg per tile, roofsolar.gpkg with all roofs (the fields of the roof "
            "solar algorithm), summary.csv (per tile: roofs, suitable roofs, kWp, MWh/a) and manifest.json "
            "(per tile: status, checksum, seconds, worker). A second run with the same settings computes only the "
            "tiles that are missing or failed; cancel keeps the finished tiles.\n"
            "Scheduler: empty for worker processes on this computer, or the address of a running Dask scheduler "
            "(tcp://host:8786), or a Dask scheduler file (.json). The output and cache folders must then be on a "
            "file system that this computer and all workers share, and the workers need nrw_digital_twin "
            "installed (pip install 'nrw_digital_twin[batch]'). Dask is not part of QGIS: install it into QGIS's "
            'Python with python -m pip install "dask[distributed]".\n'
            "Command line and clusters (HPC, Kubernetes, SSH): docs/batch.md of the plugin."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to compute, in any CRS; every 1 km tile it touches is computed."),
        )
        add(
            QgsProcessingParameterString(
                self.SCHEDULER, self.tr("Dask scheduler (empty: local processes)"), "", optional=True
            ),
            self.tr(
                "Empty: worker processes on this computer. Otherwise the address of a running Dask scheduler, "
                "e.g. tcp://cluster-head:8786, or the path of a Dask scheduler file (.json)."
            ),
        )
        add(
            QgsProcessingParameterNumber(
                self.WORKERS,
                self.tr("Local worker processes"),
                QgsProcessingParameterNumber.Type.Integer,
                max(1, os.cpu_count() or 1),
                minValue=1,
                maxValue=256,
            ),
            self.tr("Number of worker processes on this computer (one tile at a time each); ignored with a scheduler."),
        )
        add(
            QgsProcessingParameterFile(
                self.CACHE_FOLDER,
                self.tr("Download cache folder"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
            self.tr(
                "Where LoD2 tiles are cached. Empty: the plugin's cache folder (setting "
                "nrw_digital_twin/cache_folder). With a cluster: a folder all workers can reach."
            ),
        )
        add(*solar_parameters.cell_size(self.RESOLUTION, 1.0), advanced=True)
        add(*solar_parameters.weather_file(self.WEATHER), advanced=True)
        add(*solar_parameters.annual_ghi(self.ANNUAL_GHI), advanced=True)
        add(
            QgsProcessingParameterEnum(
                self.TERRAIN, self.tr("Terrain tiles"), options=[self.tr("none"), "DGM1"], defaultValue=0
            ),
            self.tr(
                "DGM1: terrain heights from the DGM1 tiles of the tile and its neighbours; none: the terrain is "
                "interpolated from the buildings' ground heights. Workers need tifffile (pip install tifffile)."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterEnum(
                self.TREES, self.tr("Tree tiles"), options=[self.tr("none"), "nDOM50", "DOM1"], defaultValue=0
            ),
            self.tr("nDOM50 or DOM1 tiles add trees and other objects that shade the roofs."),
            advanced=True,
        )
        add(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr("Receives tiles/, roofsolar.gpkg, summary.csv and manifest.json; reuse it to resume a run."),
        )
        self.addOutput(
            QgsProcessingOutputVectorLayer(
                self.OUTPUT, self.tr("Roof solar potential"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Tiles")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED_COUNT, self.tr("Failed tiles")))

    def process(self, parameters, context, feedback):
        runner.require_dask()  # before anything is created: says how to install Dask
        progress = FeedbackProgress(feedback)
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        area = tiles.tiles_from_extent((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()))
        output_folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        cache_folder = self.parameterAsFile(parameters, self.CACHE_FOLDER, context) or network.cache_folder()
        base_url = opengeodata.resolve_base_url(network.setting(network.OPENGEODATA_URL_KEY, "") or None)
        job = batch_job.make_job(
            output_folder,
            cache_folder,
            base_url=base_url,
            resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
            annual_ghi=self.parameterAsDouble(parameters, self.ANNUAL_GHI, context),
            weather_file=self.parameterAsFile(parameters, self.WEATHER, context) or None,
            terrain=(None, *batch_job.TERRAIN_PRODUCTS)[self.parameterAsEnum(parameters, self.TERRAIN, context)],
            trees=(None, *batch_job.TREE_PRODUCTS)[self.parameterAsEnum(parameters, self.TREES, context)],
            proxies=network.qgis_proxies(base_url),
        )
        scheduler = (self.parameterAsString(parameters, self.SCHEDULER, context) or "").strip()
        workers = self.parameterAsInt(parameters, self.WORKERS, context)
        progress.info(
            msg(
                "Tiles: {}; server {}; cache {}; scheduler {}",
                len(area), base_url, cache_folder, scheduler or localize(msg("local processes: {}", workers)),
            )
        )
        result = runner.run_solar_batch(job, area, scheduler=scheduler or f"local:{workers}", progress=progress)
        failed = len(result.failed)
        if failed:
            progress.warning(
                self.tr("{} of {} tiles failed (see summary.csv); run the algorithm again to retry them.").format(
                    failed, len(area)
                )
            )
        merged = str(result.merged_path)
        if result.merged_path is None or not os.path.isfile(merged):
            raise NrwTwinError(self.tr("The merged layer {} was not written.").format(merged))
        layer_name = self.tr("Roof solar potential (batch)")
        context.addLayerToLoadOnCompletion(
            merged, QgsProcessingContext.LayerDetails(layer_name, context.project(), self.OUTPUT)
        )
        layer_styles.style_output(context, merged, layer_styles.qml_post_processor(STYLE_PATH))
        return {
            self.OUTPUT: merged,
            self.OUTPUT_FOLDER: output_folder,
            self.TILE_COUNT: len(area),
            self.FAILED_COUNT: failed,
        }
