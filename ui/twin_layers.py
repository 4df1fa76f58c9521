"""Which loaded layers belong to the twin, and what each one is (buildings, surfaces, solar roofs,
measurements, parcels, terrain model), whatever group or name they have."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer

from ..processing_provider import layer_styles

ID_FIELD = "building_id"
#: Fields of ALKIS parcel layers (WFS "vereinfacht" and AAA schema, INSPIRE cadastral parcels).
PARCEL_FIELDS = ("flstkennz", "flurstueckskennzeichen", "nationalcadastralreference")
TERRAIN_NAMES = ("dgm", "dem", "gelände", "terrain")


def kind(layer: QgsMapLayer) -> Optional[str]:
    """'buildings', 'surfaces', 'solar', 'metrics', 'parcels', 'terrain', … or None."""
    if isinstance(layer, QgsVectorLayer):
        names = {name.lower() for name in layer.fields().names()}
        if names & set(PARCEL_FIELDS):
            return "parcels"
        return layer_styles.kind_of(layer.fields().names())
    if isinstance(layer, QgsRasterLayer) and layer.providerType() == "gdal":
        text = (layer.name() + " " + layer.source()).lower()
        if any(word in text for word in TERRAIN_NAMES) and layer.bandCount() == 1:
            return "terrain"
    return None


def is_surfaces_layer(layer: QgsMapLayer) -> bool:
    return kind(layer) == "surfaces"


def ordered_layers(project: QgsProject) -> List[QgsMapLayer]:
    """The project's layers in layer-tree order (top first), in any group."""
    return [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer() is not None]


def layers_of_kind(project: QgsProject, wanted: str) -> List[QgsMapLayer]:
    return [layer for layer in ordered_layers(project) if kind(layer) == wanted]


def building_layers(project: QgsProject) -> List[QgsVectorLayer]:
    """Every vector layer with a building_id field (buildings, surfaces, solar roofs, measurements)."""
    return [
        layer
        for layer in ordered_layers(project)
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(ID_FIELD) >= 0
    ]


def same_group_first(project: QgsProject, near: Optional[QgsMapLayer], candidates: List[QgsMapLayer]):
    """``candidates`` with those in ``near``'s layer group first (results of one run belong together)."""
    if near is None:
        return list(candidates)
    node = project.layerTreeRoot().findLayer(near.id())
    group = node.parent() if node is not None else None
    mates = {n.layer().id() for n in group.findLayers()} if group is not None else set()
    return sorted(candidates, key=lambda layer: 0 if layer.id() in mates else 1)


def partner(project: QgsProject, near: Optional[QgsMapLayer], wanted: str) -> Optional[QgsMapLayer]:
    """The layer of kind ``wanted`` that goes with ``near`` (same group first, else the topmost)."""
    found = same_group_first(project, near, layers_of_kind(project, wanted))
    return found[0] if found else None
