"""What nrwtwin:sensors, nrwtwin:sensorseries and the sensor panel share on the QGIS side.

The sensor catalogue with the QGIS setting ``nrw_digital_twin/sensors_override`` and the
``NRWTWIN_SENSORS`` file applied; the fields of the sensor layers (English names, German aliases);
times as QDateTime; the layers' style (``ui/styles/sensors.qml``) and licence/attribution metadata.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Any, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsPointXY,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..algorithms.sensors.catalogue import (
    SETTING_KEY,
    SensorCatalogue,
    SensorSource,
    load_sensor_catalogue,
    resolve_source,
)
from ..algorithms.sensors.model import Reading, SensorSite
from ..algorithms.sensors.sta_parse import parse_time
from .base import make_fields
from .qt_compat import FieldType

STYLE_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "styles", "sensors.qml")
MAX_READINGS_TEXT = 12

SITE_FIELDS = (
    ("location_id", FieldType.String, "Standort-ID"),
    ("name", FieldType.String, "Name"),
    ("sensor_id", FieldType.String, "Sensor-ID (Thing/senseBox)"),
    ("source", FieldType.String, "Quelle"),
    ("datastreams", FieldType.Int, "Datenströme"),
    ("property", FieldType.String, "Messgröße"),
    ("unit", FieldType.String, "Einheit"),
    ("value", FieldType.Double, "Letzter Wert"),
    ("value_time", FieldType.DateTime, "Zeitpunkt (UTC)"),
    ("readings", FieldType.String, "Messwerte"),
    ("description", FieldType.String, "Beschreibung"),
)
DATASTREAM_FIELDS = (
    ("location_id", FieldType.String, "Standort-ID"),
    ("name", FieldType.String, "Name"),
    ("sensor_id", FieldType.String, "Sensor-ID (Thing/senseBox)"),
    ("source", FieldType.String, "Quelle"),
    ("datastream_id", FieldType.String, "Datenstrom-ID"),
    ("datastream_name", FieldType.String, "Datenstrom"),
    ("property", FieldType.String, "Messgröße"),
    ("unit", FieldType.String, "Einheit"),
    ("value", FieldType.Double, "Letzter Wert"),
    ("value_text", FieldType.String, "Letzter Wert (Text)"),
    ("value_time", FieldType.DateTime, "Zeitpunkt (UTC)"),
)
SERIES_FIELDS = (
    ("time", FieldType.DateTime, "Zeitpunkt (UTC)"),
    ("value", FieldType.Double, "Wert"),
    ("value_text", FieldType.String, "Wert (Text)"),
    ("unit", FieldType.String, "Einheit"),
    ("property", FieldType.String, "Messgröße"),
    ("datastream_id", FieldType.String, "Datenstrom-ID"),
)


def sensors_override_setting() -> str:
    from .network import setting

    return str(setting(SETTING_KEY, "") or "")


def sensor_catalogue() -> SensorCatalogue:
    """The sensor catalogue with the QGIS setting and ``NRWTWIN_SENSORS`` applied."""
    return load_sensor_catalogue(override=sensors_override_setting() or None)


def source_of(key_or_url: str) -> SensorSource:
    return resolve_source(key_or_url, sensor_catalogue())


def proxies(url: str) -> dict:
    """requests proxies from QGIS's network settings ({} when none or when the setting is broken)."""
    from .network import qgis_proxies

    try:
        return dict(qgis_proxies(url))
    except Exception:  # noqa: BLE001 - a broken proxy setting must not block the request
        return {}


def qt_time(iso: Optional[str]) -> Optional[QDateTime]:
    """UTC QDateTime of an ISO time written by the engine (None stays None)."""
    when = parse_time(iso) if iso else None
    if when is None:
        return None
    value = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), Qt.TimeSpec.UTC)
    return value


def python_time(value: Any) -> Optional[datetime]:
    """An aware UTC datetime from a QDateTime parameter value (None or invalid: None)."""
    if value is None or not isinstance(value, QDateTime) or not value.isValid():
        return None
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), timezone.utc)


def format_value(reading: Reading) -> str:
    if reading.value is not None:
        return f"{reading.value:g} {reading.unit}".strip()
    if reading.text:
        return f"{reading.text} {reading.unit}".strip()
    return "–"


def readings_text(site: SensorSite) -> str:
    """"PM10: 10.1 µg/m³ (2026-05-01 12:00); Temperatur: 12.95 °C (…)" for labels and pop-ups."""
    parts = []
    for reading in site.readings[:MAX_READINGS_TEXT]:
        when = f" ({reading.time[:16].replace('T', ' ')})" if reading.time else ""
        parts.append(f"{reading.property}: {format_value(reading)}{when}")
    if len(site.readings) > MAX_READINGS_TEXT:
        parts.append(f"… +{len(site.readings) - MAX_READINGS_TEXT}")
    return "; ".join(parts)


def main_reading(site: SensorSite) -> Optional[Reading]:
    """The reading shown in the point layer's own columns: the first (by property) that has a value."""
    with_value = [reading for reading in site.readings if reading.time is not None]
    return (with_value or site.readings or [None])[0]


def site_feature(site: SensorSite, fields: QgsFields, source_id: str) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(site.x, site.y)))
    main = main_reading(site)
    feature.setAttributes([
        site.location_id, site.sensor_name, site.sensor_id, source_id, len(site.readings),
        main.property if main else None, main.unit if main else None, main.value if main else None,
        qt_time(main.time) if main else None, readings_text(site), site.description or None,
    ])
    return feature


def datastream_features(site: SensorSite, fields: QgsFields, source_id: str) -> List[QgsFeature]:
    features = []
    for reading in site.readings:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(site.x, site.y)))
        feature.setAttributes([
            site.location_id, site.sensor_name, site.sensor_id, source_id, reading.datastream_id, reading.name,
            reading.property, reading.unit, reading.value, reading.text, qt_time(reading.time),
        ])
        features.append(feature)
    return features


def fields_of(spec) -> QgsFields:
    return make_fields(spec)


def set_source_metadata(layer, source: SensorSource) -> None:
    """Licence, attribution and provider of the sensor source in the layer's metadata."""
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(source.title_de)
    metadata.setRights([source.attribution])
    name = source.get("licence_name") or source.licence
    url = source.get("licence_url") or ""
    if name:
        metadata.setLicenses([f"{name} ({url})" if url else str(name)])
    metadata.setIdentifier(f"{source.id}:{source.url}")
    layer.setMetadata(metadata)
    props = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if props is not None and hasattr(props, "setAttribution"):
        props.setAttribution(source.attribution)
    elif hasattr(layer, "setAttribution"):
        layer.setAttribution(source.attribution)


def apply_sensor_style(layer) -> bool:
    """``ui/styles/sensors.qml`` (points coloured by age, labels with name and value) on ``layer``."""
    if layer is None or not hasattr(layer, "loadNamedStyle"):
        return False
    _message, ok = layer.loadNamedStyle(STYLE_PATH)
    layer.triggerRepaint()
    return bool(ok)


class SensorLayerStyle(QgsProcessingLayerPostProcessorInterface):
    """Style and source metadata for a sensor layer that Processing loads after the run."""

    instances: List["SensorLayerStyle"] = []

    def __init__(self, source: SensorSource) -> None:
        super().__init__()
        self.source = source

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        apply_sensor_style(layer)
        set_source_metadata(layer, self.source)

    @classmethod
    def create(cls, source: SensorSource) -> "SensorLayerStyle":
        # Processing keeps no Python reference: hold the last few so they outlive the run.
        cls.instances = cls.instances[-7:] + [cls(source)]
        return cls.instances[-1]
