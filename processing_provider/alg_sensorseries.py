"""nrwtwin:sensorseries — the observations of one datastream between two times, as a table and a chart."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..algorithms.errors import OutputWriteError
from ..algorithms.messages import msg
from ..algorithms.sensors.jsonhttp import JsonClient
from ..algorithms.sensors.series import read_series
from .base import FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .sensor_chart import series_points, write_chart_png
from .sensor_support import SERIES_FIELDS, fields_of, proxies, python_time, qt_time, source_of

DEFAULT_DAYS = 7


class SensorSeriesAlgorithm(NrwAlgorithm):
    SOURCE = "SOURCE"
    DATASTREAM = "DATASTREAM"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"
    OUTPUT_CHART = "OUTPUT_CHART"
    COUNT = "COUNT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "sensorseries"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Sensor time series (SensorThings API, openSenseMap)")

    def help_text(self) -> str:
        return self.tr(
            "Reads the observations of one datastream between two times and writes them as a table (time in "
            "UTC, value, value as text, unit, property, datastream id) and, optionally, as a PNG chart. Use the "
            "datastream_id of the layer 'Sensor datastreams' (nrwtwin:sensors) with the same source; in the "
            "model builder or batch mode one run per datastream. SensorThings datastreams may also be given "
            "by their URL. Without a start, the last 7 days up to the end (default: now) are read.\n\n"
            "Source: a key of the sensor catalogue or a SensorThings API URL (see docs/sensors.md). Licences: "
            "per source (Hamburg and Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0)."
        )

    def shortHelpString(self) -> str:  # noqa: N802
        return self.help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterString(self.SOURCE, self.tr("Sensor source"), defaultValue="opensensemap"),
            self.tr("A key of the sensor catalogue or the URL of a SensorThings API service."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.DATASTREAM, self.tr("Datastream id")),
            self.tr("The datastream_id from the layer 'Sensor datastreams' (openSenseMap: box id/sensor id), or "
                    "the URL of a SensorThings datastream."),
        )
        self.add_parameter(
            QgsProcessingParameterDateTime(self.START, self.tr("Start (optional)"), optional=True),
            self.tr("First time to read; empty: 7 days before the end."),
        )
        self.add_parameter(
            QgsProcessingParameterDateTime(self.END, self.tr("End (optional)"), optional=True),
            self.tr("Last time to read; empty: now."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Observations"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("A table with one row per observation, oldest first."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_CHART, self.tr("Chart (PNG, optional)"),
                                                  self.tr("PNG images (*.png)"), optional=True,
                                                  createByDefault=False),
            self.tr("A line chart of the values (800 × 400 pixels)."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of observations")))

    def period(self, parameters, context):
        end = python_time(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(
            self.END) not in (None, "") else None
        start = python_time(self.parameterAsDateTime(parameters, self.START, context)) if parameters.get(
            self.START) not in (None, "") else None
        end = end or datetime.now(timezone.utc).replace(microsecond=0)
        return start or end - timedelta(days=DEFAULT_DAYS), end

    def process(self, parameters, context, feedback):
        source = source_of(self.parameterAsString(parameters, self.SOURCE, context))
        datastream = self.parameterAsString(parameters, self.DATASTREAM, context)
        start, end = self.period(parameters, context)
        progress = FeedbackProgress(feedback)
        client = JsonClient.for_source(source, progress, proxies(source.url))
        series = read_series(source, datastream, start, end, client, progress)
        fields = fields_of(SERIES_FIELDS)
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest = outputs.sink(self.OUTPUT, fields, QgsWkbTypes.Type.NoGeometry,
                                      QgsCoordinateReferenceSystem())
            for observation in series.observations:
                feature = QgsFeature(fields)
                feature.setAttributes([qt_time(observation.time), observation.value, observation.text, series.unit,
                                       series.property, series.datastream_id])
                sink.add(feature)
            chart = outputs.file(self.OUTPUT_CHART) if parameters.get(self.OUTPUT_CHART) else ""
            if chart:
                points = series_points([o.time for o in series.observations], [o.value for o in series.observations])
                title = f"{series.name or series.property} ({source.title_de})"
                if not write_chart_png(chart, points, title, series.unit):
                    raise OutputWriteError(msg("Could not write {}. Check the disk space and the folder's "
                                               "permissions.", outputs.final(chart)))
            outputs.commit(feedback)
        self.report(progress, series, datastream, start, end)
        return {self.OUTPUT: dest, self.OUTPUT_CHART: outputs.final(chart) if chart else None,
                self.COUNT: len(series.observations)}

    def report(self, progress, series, datastream: str, start: datetime, end: datetime) -> None:
        period = f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M} UTC"
        if not series.observations:
            progress.warning(self.tr(
                "The datastream {} has no observations between {}: the table is empty. Choose a longer "
                "period; the datastream may not have measured yet.").format(datastream, period))
            return
        progress.info(self.tr("{} observations of {} ({}) between {} from {} requests.").format(
            len(series.observations), series.property, series.unit, period, series.requests))

