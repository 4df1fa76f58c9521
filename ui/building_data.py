"""Everything the loaded twin knows about one building, gathered by ``building_id`` from every layer of
any group: the buildings layer (function, roof type, address, heights), the measurements, the roof
surfaces with their solar values (or the plain surfaces) and the ALKIS parcels under the footprint.

:func:`layer_sources` runs on the main thread and takes what the background task needs from each
layer (a feature source, the field labels and value maps); :func:`collect` reads the features in a
background task, so a large layer never blocks QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ..processing_provider import field_styles
from . import twin_layers

ID_FIELD = twin_layers.ID_FIELD
PER_BUILDING = ("buildings", "metrics")
PER_SURFACE = ("solar", "surfaces")
MAX_ROOFS = 60


@dataclass
class LayerSource:
    """What a background task needs to read one layer (made on the main thread)."""

    kind: str
    name: str
    source: Any  # QgsVectorLayerFeatureSource
    crs: QgsCoordinateReferenceSystem
    labels: Dict[str, str]
    value_maps: Dict[str, Dict[str, str]]


@dataclass
class BuildingData:
    building_id: str
    attributes: Dict[str, Dict[str, Any]] = field(default_factory=dict)  # kind → field → value
    roofs: List[Dict[str, Any]] = field(default_factory=list)
    roofs_kind: str = ""
    parcels: List[Dict[str, Any]] = field(default_factory=list)
    layer_names: Dict[str, str] = field(default_factory=dict)  # kind → layer name
    labels: Dict[str, Dict[str, str]] = field(default_factory=dict)  # kind → field → alias
    value_maps: Dict[str, Dict[str, Dict[str, str]]] = field(default_factory=dict)
    footprint: Optional[QgsGeometry] = None
    crs: Optional[QgsCoordinateReferenceSystem] = None

    def value(self, kind: str, name: str) -> Any:
        return self.attributes.get(kind, {}).get(name)

    def label(self, kind: str, name: str) -> str:
        return self.labels.get(kind, {}).get(name) or field_styles.alias_for(name) or name

    def shown(self, kind: str, name: str, value: Any) -> Any:
        """``value`` through the layer's value map (coded values in words), else as it is."""
        values = self.value_maps.get(kind, {}).get(name)
        if values is None or value is None:
            return value
        key = "true" if value is True else "false" if value is False else str(value)
        return values.get(key, value)


def value_map_of(layer: QgsVectorLayer, index: int) -> Optional[Dict[str, str]]:
    """{stored value: label} of a field's "Value map" widget, None for other widgets."""
    setup = layer.editorWidgetSetup(index)
    if setup.type() != "ValueMap":
        return None
    entries = setup.config().get("map") or []
    if isinstance(entries, dict):
        return {str(value): str(label) for label, value in entries.items()}
    return {str(value): str(label) for entry in entries for label, value in entry.items()}


def layer_sources(project: QgsProject) -> List[LayerSource]:
    """Feature sources of the twin's layers with a building_id (any group) and of parcel layers."""
    sources = []
    for layer in twin_layers.ordered_layers(project):
        kind = twin_layers.kind(layer)
        if kind not in PER_BUILDING + PER_SURFACE + ("parcels",):
            continue
        fields = layer.fields()
        labels = {f.name(): layer.attributeDisplayName(i) for i, f in enumerate(fields)}
        maps = {f.name(): value_map_of(layer, i) for i, f in enumerate(fields)}
        sources.append(
            LayerSource(
                kind,
                layer.name(),
                QgsVectorLayerFeatureSource(layer),
                layer.crs(),
                labels,
                {name: values for name, values in maps.items() if values is not None},
            )
        )
    return sources


def _quoted(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _plain(value: Any) -> Any:
    """NULL → None (QVariant NULLs differ between QGIS versions)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def flat(geometry: QgsGeometry) -> QgsGeometry:
    """A copy without z values."""
    copy = QgsGeometry(geometry)
    if not copy.isNull():
        copy.get().dropZValue()
    return copy


def _features(source: LayerSource, building_id: str):
    request = QgsFeatureRequest().setFilterExpression(f'"{ID_FIELD}" = {_quoted(building_id)}')
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return source.source.getFeatures(request)


def _attributes(feature) -> Dict[str, Any]:
    return {f.name(): _plain(feature.attribute(i)) for i, f in enumerate(feature.fields())}


def collect(task, sources: List[LayerSource], building_id: str, context=None) -> BuildingData:
    """Read the building's rows from every layer (in a background task)."""
    data = BuildingData(str(building_id))
    parcels = []
    for source in sources:
        if task is not None and task.isCanceled():
            break
        if source.kind == "parcels":
            parcels.append(source)
            continue
        _read_layer(data, source, building_id)
    if data.footprint is not None:
        for source in parcels:
            _read_parcels(data, source, context or QgsCoordinateTransformContext())
    return data


def _remember(data: BuildingData, source: LayerSource) -> None:
    data.layer_names.setdefault(source.kind, source.name)
    data.labels.setdefault(source.kind, source.labels)
    data.value_maps.setdefault(source.kind, source.value_maps)


def _read_layer(data: BuildingData, source: LayerSource, building_id: str) -> None:
    if source.kind in PER_BUILDING:
        if source.kind in data.attributes:
            return  # the topmost layer of a kind wins
        for feature in _features(source, building_id):
            data.attributes[source.kind] = _attributes(feature)
            _remember(data, source)
            if data.footprint is None and feature.hasGeometry():
                data.footprint, data.crs = QgsGeometry(feature.geometry()), source.crs
            return
        return
    if data.roofs_kind == "solar" or (data.roofs_kind and source.kind == "surfaces"):
        return  # solar roofs first; plain surfaces only without them
    rows, grounds = [], []
    for feature in _features(source, building_id):
        row = _attributes(feature)
        if row.get("surface_type") in (None, "Roof"):
            rows.append(row)
        if row.get("surface_type") == "Ground" and feature.hasGeometry():
            grounds.append(QgsGeometry(feature.geometry()))
    if rows:
        rows.sort(key=lambda row: -(row.get("irradiation_kwh_m2") or row.get("area_m2") or 0.0))
        data.roofs, data.roofs_kind = rows[:MAX_ROOFS], source.kind
        _remember(data, source)
    if data.footprint is None and grounds:
        data.footprint, data.crs = flat(QgsGeometry.unaryUnion([flat(ground) for ground in grounds])), source.crs


def _read_parcels(data: BuildingData, source: LayerSource, context) -> None:
    footprint = QgsGeometry(data.footprint)
    if data.crs is not None and data.crs.isValid() and source.crs.isValid() and data.crs != source.crs:
        footprint.transform(QgsCoordinateTransform(data.crs, source.crs, context))
    footprint = flat(footprint)  # parcels are 2D
    request = QgsFeatureRequest().setFilterRect(footprint.boundingBox())
    for feature in source.source.getFeatures(request):
        if feature.hasGeometry() and feature.geometry().intersection(footprint).area() > 0.05 * footprint.area():
            data.parcels.append(_attributes(feature))
            _remember(data, source)
