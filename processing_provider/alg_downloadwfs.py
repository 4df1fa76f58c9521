"""nrwtwin:downloadwfs — features of a GEObasis.NRW WFS feature type for an area (EPSG:25832)."""

from __future__ import annotations

import itertools

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..algorithms import wfs
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..algorithms.ogc_http import make_session
from ..algorithms.services import load_catalogue
from ..translate import localize, qgis_locale
from ..ui.service_layers import catalogue_from_settings, proxies_for
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .qt_compat import FieldType

ID_FIELD = "feature_id"
RESERVED = {"fid", "ogc_fid"}


def choice_catalogue():
    """The catalogue with overrides for enum choices; a broken override falls back to the built-in list
    (the run then reports the override's error)."""
    try:
        return catalogue_from_settings()
    except NrwTwinError:
        return load_catalogue(environ={})


def choice_labels(choices):
    """Enum labels "service: layer (name)" in QGIS's language (German or English titles)."""
    language = qgis_locale()
    return [f"{s.title(language)}: {layer.title(language)} ({layer.key})" for s, layer in choices]


def find_choice(catalogue, kinds, key):
    """(service, layer) of a ``service_id/layer_key`` choice in the current catalogue."""
    service_id, _, layer_key = key.partition("/")
    service = catalogue.service(service_id)
    return service, service.layer(layer_key)


class DownloadWfsAlgorithm(NrwAlgorithm):
    SERVICE = "SERVICE"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    GROUP_ID = "nrwdata"

    def __init__(self):
        super().__init__()
        catalogue = choice_catalogue()
        self._keys = [f"{s.id}/{layer.key}" for s, layer in catalogue.layer_choices("wfs")]
        self._labels = choice_labels(catalogue.layer_choices("wfs"))

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
            "(latitude first) are handled.\n\n"
            "Service: Area = the area to download, in any CRS (reprojected to EPSG:25832). "
            "Endpoints and limits come from the plugin's service catalogue; override them with the "
            "setting nrw_digital_twin/services_override or the NRWTWIN_SERVICES environment variable.\n\n"
            "Source: GEObasis.NRW web feature services (www.wfs.nrw.de). Licence: Datenlizenz "
            "Deutschland – Zero – 2.0 (dl-de/zero-2-0)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterEnum(self.SERVICE, self.tr("Feature type"), options=self._labels, defaultValue=0),
            self.tr("The WFS feature type to download (service and type name from the service catalogue)."),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")),
            self.tr("Area to download, in any CRS; it is reprojected to EPSG:25832."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Features")),
            self.tr("The features with all attributes of the service, in EPSG:25832."),
        )
        self.addOutput(QgsProcessingOutputNumber("FEATURES", self.tr("Number of features")))
        self.addOutput(QgsProcessingOutputNumber("REQUESTS", self.tr("Number of GetFeature requests")))
        self.addOutput(QgsProcessingOutputNumber("DUPLICATES", self.tr("Duplicates skipped")))

    def process(self, parameters, context, feedback):
        catalogue = catalogue_from_settings()
        index = self.parameterAsEnum(parameters, self.SERVICE, context)
        service, layer = find_choice(catalogue, ("wfs",), self._keys[index])
        rect = self.extent_in_grid_crs(parameters, self.EXTENT, context)
        bbox = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        progress = FeedbackProgress(feedback)
        stats = wfs.WfsStats()
        session = make_session(proxies_for(service.url))
        features = wfs.download_features(service, layer, bbox, session=session, progress=progress, stats=stats)
        first = next(features)  # raises NrwTwinError naming the service when the area is empty
        names = [name for name in first.attributes if name != ID_FIELD]
        fields = QgsFields()
        id_field = QgsField(ID_FIELD, FieldType.String)
        id_field.setAlias(localize(msg("Object ID (gml:id)")))
        fields.append(id_field)
        for name in names:
            # GeoPackage/OGR reserve "fid" for the feature id: keep the server's value under another name
            fields.append(QgsField(f"{name}_src" if name.lower() in RESERVED else name, FieldType.String))
        geometry = QgsGeometry.fromWkt(first.wkt) if first.wkt else QgsGeometry()
        wkb_type = geometry.wkbType() if not geometry.isNull() else QgsWkbTypes.NoGeometry
        if layer.geometry:
            parsed = QgsWkbTypes.parseType(layer.geometry)
            if parsed != QgsWkbTypes.Unknown:
                wkb_type = parsed
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, GRID_CRS)
        positions = {name: i + 1 for i, name in enumerate(names)}
        dropped_values = broken = written = 0
        for item in itertools.chain([first], features):
            feature = QgsFeature(fields)
            values = [None] * fields.count()
            values[0] = item.id
            for name, value in item.attributes.items():
                position = positions.get(name)
                if position is None:
                    dropped_values += 1
                else:
                    values[position] = value
            feature.setAttributes(values)
            if wkb_type != QgsWkbTypes.NoGeometry:
                geom = QgsGeometry.fromWkt(item.wkt) if item.wkt else QgsGeometry()
                if geom.isNull():
                    broken += 1
                    continue
                feature.setGeometry(geom)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            written += 1
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
                written, stats.requests, stats.splits, stats.duplicates
            )
        )
        return {self.OUTPUT: dest_id, "FEATURES": written, "REQUESTS": stats.requests, "DUPLICATES": stats.duplicates}
