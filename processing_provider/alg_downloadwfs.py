"""nrwtwin:downloadwfs — features of a GEObasis.NRW WFS feature type for an area (EPSG:25832)."""

from __future__ import annotations

import itertools

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..algorithms import wfs
from ..algorithms.messages import msg
from ..algorithms.ogc_http import make_session
from ..translate import localize
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .network import proxies_for
from .outputs import RunOutputs
from .qt_compat import FieldType
from .service_catalogue import WFS_CHOICES, catalogue_from_settings, choice_labels, resolve_choice

ID_FIELD = "feature_id"
RESERVED = {"fid", "ogc_fid"}


def feature_fields(first: wfs.WfsFeature):
    """Output fields from the first feature: ``feature_id`` (gml:id) and its attributes as text."""
    names = [name for name in first.attributes if name != ID_FIELD]
    fields = QgsFields()
    id_field = QgsField(ID_FIELD, FieldType.String)
    id_field.setAlias(localize(msg("Object ID (gml:id)")))
    fields.append(id_field)
    for name in names:
        # GeoPackage/OGR reserve "fid" for the feature id: keep the server's value under another name
        fields.append(QgsField(f"{name}_src" if name.lower() in RESERVED else name, FieldType.String))
    return fields, {name: i + 1 for i, name in enumerate(names)}


def wkb_type_of(first: wfs.WfsFeature, declared):
    """The output geometry type: the catalogue's declared one, else the first feature's."""
    if declared:
        parsed = QgsWkbTypes.parseType(declared)
        if parsed != QgsWkbTypes.Type.Unknown:
            return parsed
    geometry = QgsGeometry.fromWkt(first.wkt) if first.wkt else QgsGeometry()
    return geometry.wkbType() if not geometry.isNull() else QgsWkbTypes.Type.NoGeometry


class DownloadWfsAlgorithm(NrwAlgorithm):
    SERVICE = "SERVICE"
    SERVICE_KEY = "SERVICE_KEY"
    EXTENT = "EXTENT"
    MAX_REQUESTS = "MAX_REQUESTS"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def name(self) -> str:
        return "downloadwfs"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Download NRW WFS features for an area")

    def help_text(self) -> str:
        return self.tr(
            "Downloads the features of one feature type of a GEObasis.NRW web feature service (ALKIS "
            "vereinfacht: parcels, buildings, land use, administrative units; INSPIRE parcels; LoD1 "
            "buildings) inside an area and writes them with all their attributes in ETRS89/UTM32N "
            "(EPSG:25832). The ALKIS WFS does not page its results: when an answer reaches the count "
            "limit of the service catalogue, the area is split into four smaller boxes and asked again; "
            "features seen in several boxes are written once (by their gml:id). Answers in EPSG:4258 "
            "(latitude first) are handled. Requests that fail (server errors, timeouts, broken "
            "connections) are tried again; the output appears only when every request succeeded, and an "
            "existing output is left as it was when the run fails.\n\n"
            "Feature type: from the service catalogue; Service key: optional, a catalogue key such as "
            "alkis_simple/ave:GebaeudeBauwerk (wins over the list); Area: in any CRS (reprojected to "
            "EPSG:25832); Maximum number of requests: the run stops with a message when the area needs "
            "more. Endpoints and limits come from the plugin's service catalogue; override them with the "
            "setting nrw_digital_twin/services_override or the NRWTWIN_SERVICES environment variable.\n\n"
            "Source: GEObasis.NRW web feature services (www.wfs.nrw.de). Licence: Datenlizenz "
            "Deutschland – Zero – 2.0 (dl-de/zero-2-0)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.SERVICE, self.tr("Feature type"), options=choice_labels(WFS_CHOICES), defaultValue=0
            ),
            self.tr(
                "The WFS feature type to download (service and type name from the service catalogue). Each "
                "entry keeps its number when the catalogue changes, so saved models keep their feature type."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SERVICE_KEY, self.tr("Service key (optional)"), optional=True),
            self.tr(
                "A catalogue key 'service id/layer key', e.g. alkis_simple/ave:GebaeudeBauwerk. When set it "
                "wins over the list; it also reaches feature types that only the services override adds."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to download, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MAX_REQUESTS,
                self.tr("Maximum number of requests"),
                QgsProcessingParameterNumber.Type.Integer,
                wfs.DEFAULT_MAX_REQUESTS,
                minValue=1,
            ),
            self.tr(
                "The run stops with a message when the area needs more GetFeature requests than this "
                "(retries included). Each answer holds up to the service's count limit (10,000 features for "
                "ALKIS), so the default covers large towns; it also stops servers that would make the "
                "area split without end."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Features")),
            self.tr("The features with all attributes of the service, in EPSG:25832."),
        )
        self.addOutput(QgsProcessingOutputNumber("FEATURES", self.tr("Number of features")))
        self.addOutput(QgsProcessingOutputNumber("REQUESTS", self.tr("Number of GetFeature requests")))
        self.addOutput(QgsProcessingOutputNumber("DUPLICATES", self.tr("Duplicates skipped")))

    def process(self, parameters, context, feedback):
        service, layer = resolve_choice(
            catalogue_from_settings(),
            "wfs",
            WFS_CHOICES,
            self.parameterAsEnum(parameters, self.SERVICE, context),
            self.parameterAsString(parameters, self.SERVICE_KEY, context),
        )
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        bbox = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        progress = FeedbackProgress(feedback)
        stats = wfs.WfsStats()
        features = wfs.download_features(
            service,
            layer,
            bbox,
            session=make_session(proxies_for(service.url)),
            progress=progress,
            stats=stats,
            max_requests=self.parameterAsInt(parameters, self.MAX_REQUESTS, context),
        )
        first = next(features)  # raises NrwTwinError naming the service when the area is empty
        fields, positions = feature_fields(first)
        wkb_type = wkb_type_of(first, layer.geometry)
        dropped_values = broken = 0
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, fields, wkb_type, GRID_CRS)
            for item in itertools.chain([first], features):
                values = [None] * fields.count()
                values[0] = item.id
                for name, value in item.attributes.items():
                    position = positions.get(name)
                    if position is None:
                        dropped_values += 1
                    else:
                        values[position] = value
                feature = QgsFeature(fields)
                feature.setAttributes(values)
                if wkb_type != QgsWkbTypes.Type.NoGeometry:
                    geometry = QgsGeometry.fromWkt(item.wkt) if item.wkt else QgsGeometry()
                    if geometry.isNull():
                        broken += 1
                        continue
                    feature.setGeometry(geometry)
                sink.add(feature)
            outputs.commit(feedback)
        if dropped_values:
            progress.warning(
                self.tr("{} attribute values of fields that the first feature did not have were not written.").format(
                    dropped_values
                )
            )
        if broken:
            progress.warning(self.tr("{} features with unreadable geometry were skipped.").format(broken))
        progress.info(
            self.tr("{} features written from {} requests ({} splits, {} duplicates skipped).").format(
                sink.count, stats.requests, stats.splits, stats.duplicates
            )
        )
        return {
            self.OUTPUT: dest_id,
            "FEATURES": sink.count,
            "REQUESTS": stats.requests,
            "DUPLICATES": stats.duplicates,
        }
