"""nrwtwin:sensors — sensor locations of an area with their latest values (SensorThings API, openSenseMap)."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..algorithms.sensors import read_sensors
from ..algorithms.sensors.catalogue import CUSTOM_ID, load_sensor_catalogue
from ..translate import localize
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .sensor_support import (
    DATASTREAM_FIELDS,
    SITE_FIELDS,
    SensorLayerStyle,
    datastream_features,
    fields_of,
    proxies,
    python_time,
    site_feature,
    source_of,
)

POINTS = QgsProcessing.SourceType.TypeVectorPoint


class SensorsAlgorithm(NrwAlgorithm):
    SOURCE = "SOURCE"
    EXTENT = "EXTENT"
    PROPERTY = "PROPERTY"
    SINCE = "SINCE"
    MAX_PAGES = "MAX_PAGES"
    OUTPUT = "OUTPUT"
    OUTPUT_DATASTREAMS = "OUTPUT_DATASTREAMS"
    COUNT = "COUNT"
    DATASTREAM_COUNT = "DATASTREAM_COUNT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "sensors"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Sensors of an area (SensorThings API, openSenseMap)")

    def help_text(self) -> str:
        keys = ", ".join(load_sensor_catalogue(environ={}).ids)
        return self.tr(
            "Reads the sensor locations inside an area from a city data platform that publishes the OGC "
            "SensorThings API 1.1 (Hamburg, Osnabrück, the European air-quality service of the EEA) or from "
            "openSenseMap (senseBox citizen sensors), with the latest value of each datastream: one point per "
            "location in EPSG:25832 with name, source, id, the number of datastreams, the first datastream's "
            "property, unit, latest value and time, and all readings as text; and a long table of all "
            "datastreams (one point each). Servers that cannot filter by area or expand the latest observation "
            "are handled (the area is then filtered here, the latest value asked per datastream).\n\n"
            "Source: a key of the sensor catalogue ({}) or the URL of any SensorThings API service "
            "(https://…/v1.1). Add a town's own platform with the setting nrw_digital_twin/sensors_override or "
            "the NRWTWIN_SENSORS environment variable (see docs/sensors.md). Property: filter such as "
            "temperature, PM10, water level (German names work too). Since: latest values older than this "
            "are left empty.\n\n"
            "Licences: per source (Hamburg and Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0); "
            "the layers carry them in their metadata."
        ).format(keys)

    def shortHelpString(self) -> str:  # noqa: N802
        return self.help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterString(self.SOURCE, self.tr("Sensor source"), defaultValue="opensensemap"),
            self.tr("A key of the sensor catalogue (hamburg, osnabrueck, eea_airquality, opensensemap, or one "
                    "added by an override) or the URL of a SensorThings API service ending in the version, "
                    "e.g. https://iot.hamburg.de/v1.1."),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to search, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.PROPERTY, self.tr("Observed property (optional)"), optional=True),
            self.tr("Only datastreams of this property, e.g. temperature, PM10, water level, Luftfeuchte."),
        )
        self.add_parameter(
            QgsProcessingParameterDateTime(self.SINCE, self.tr("Latest value not older than (optional)"),
                                           optional=True),
            self.tr("Latest values measured before this time are left empty (the sensor is still listed)."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.MAX_PAGES, self.tr("Maximum number of pages (0 = catalogue)"),
                                         QgsProcessingParameterNumber.Type.Integer, 0, False, 0, 100000),
            self.tr("How many pages of locations may be read before the run stops with a message."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Sensors"), POINTS),
            self.tr("One point per sensor location in EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_DATASTREAMS, self.tr("Sensor datastreams"),
                                              POINTS, optional=True, createByDefault=True),
            self.tr("One point per datastream with its property, unit, latest value and time."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of sensor locations")))
        self.addOutput(QgsProcessingOutputNumber(self.DATASTREAM_COUNT, self.tr("Number of datastreams")))

    def process(self, parameters, context, feedback):
        source = source_of(self.parameterAsString(parameters, self.SOURCE, context))
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        bbox = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        prop = (self.parameterAsString(parameters, self.PROPERTY, context) or "").strip()
        since = python_time(self.parameterAsDateTime(parameters, self.SINCE, context)) if parameters.get(
            self.SINCE) not in (None, "") else None
        max_pages = self.parameterAsInt(parameters, self.MAX_PAGES, context) or None
        progress = FeedbackProgress(feedback)
        progress.info(self.tr("Reading sensors of {} …").format(localize(source.label)))
        result = read_sensors(source, bbox, prop=prop, since=since, progress=progress,
                              proxies=proxies(source.url), max_pages=max_pages)
        # The key a later run (sensorseries, the sensor panel) resolves again: the URL of an ad-hoc source.
        source_key = source.url if source.id == CUSTOM_ID else source.id
        with RunOutputs(self, parameters, context) as outputs:
            site_fields, stream_fields = fields_of(SITE_FIELDS), fields_of(DATASTREAM_FIELDS)
            sink, dest = outputs.sink(self.OUTPUT, site_fields, QgsWkbTypes.Type.Point, GRID_CRS)
            streams_sink, streams_dest = (None, None)
            if parameters.get(self.OUTPUT_DATASTREAMS) is not None:
                streams_sink, streams_dest = outputs.sink(self.OUTPUT_DATASTREAMS, stream_fields,
                                                          QgsWkbTypes.Type.Point, GRID_CRS)
            for site in result.sites:
                progress.check_canceled()
                sink.add(site_feature(site, site_fields, source_key))
                if streams_sink is not None:
                    streams_sink.add_many(datastream_features(site, stream_fields, source_key))
            outputs.commit(feedback)
        self.report(progress, source, result, prop)
        for layer_id in (dest, streams_dest):
            if layer_id and context.willLoadLayerOnCompletion(layer_id):
                context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(SensorLayerStyle.create(source))
        datastreams = sum(len(site.readings) for site in result.sites)
        return {self.OUTPUT: dest, self.OUTPUT_DATASTREAMS: streams_dest, self.COUNT: len(result.sites),
                self.DATASTREAM_COUNT: datastreams}

    def report(self, progress, source, result, prop: str) -> None:
        stats = result.stats
        datastreams = sum(len(site.readings) for site in result.sites)
        progress.info(self.tr("{} sensor locations with {} datastreams from {} ({} requests, {} pages).").format(
            len(result.sites), datastreams, localize(source.label), stats.requests, stats.pages))
        if not result.sites:
            where = self.tr(" with the property '{}'").format(prop) if prop else ""
            progress.warning(self.tr(
                "{} has no sensors{} in this area: the layers are empty. Choose a larger area, another "
                "property or another source.").format(localize(source.label), where))
        if stats.without_observation:
            progress.warning(self.tr("{} datastreams have no observation yet: their value is empty.").format(
                stats.without_observation))
        if stats.older_than_since:
            progress.info(self.tr("{} latest values are older than the given time and were left empty.").format(
                stats.older_than_since))
        if stats.broken_locations:
            progress.warning(self.tr("{} locations without usable coordinates were skipped.").format(
                stats.broken_locations))
        if stats.cut_lists:
            progress.warning(self.tr(
                "{} lists of things or datastreams were cut by the server and could not be completed; some "
                "datastreams may be missing.").format(stats.cut_lists))
