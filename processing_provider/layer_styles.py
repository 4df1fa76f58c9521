"""Default styles of output layers: 2D styles from ui/styles/*.qml, the 3D renderer of the surfaces,
and the post-processors that apply them when Processing loads an output into the project.

The 3D renderer is a rule-based renderer (QgsRuleBased3DRenderer, available since QGIS 3.6) with one
QgsPolygon3DSymbol per surface type and absolute heights, so roofs, walls and ground show in their
colours in a 3D map view. qgis._3d is optional (missing in some builds): then only the 2D style is set.
"""

from __future__ import annotations

import os
from typing import Dict, List

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

# The .qml files stay with the other UI resources; this module only reads them.
STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "styles")
STYLE_FILES = {"surfaces": "surfaces.qml", "buildings": "buildings.qml"}

# Colours per surface type (RGBA), shared by the 2D style (surfaces.qml) and the 3D renderer.
SURFACE_COLORS: Dict[str, tuple] = {
    "Roof": (178, 34, 34, 255),
    "Wall": (220, 220, 220, 255),
    "Ground": (90, 90, 90, 255),
    "Closure": (150, 190, 230, 90),
    "OuterCeiling": (200, 160, 120, 255),
    "OuterFloor": (160, 160, 160, 255),
}


def style_path(kind: str) -> str:
    return os.path.join(STYLES_DIR, STYLE_FILES[kind])


def surfaces_3d_renderer():
    """A rule-based 3D renderer colouring surfaces by surface_type, or None without the 3D library."""
    try:
        from qgis._3d import (
            Qgs3DTypes,
            QgsPhongMaterialSettings,
            QgsPolygon3DSymbol,
            QgsRuleBased3DRenderer,
        )
    except ImportError:
        return None
    try:  # QGIS ≥ 3.26 moved the clamping enum to Qgis.AltitudeClamping
        from qgis.core import Qgis

        absolute = Qgis.AltitudeClamping.Absolute
    except (ImportError, AttributeError):
        absolute = Qgs3DTypes.AltClampAbsolute
    root = QgsRuleBased3DRenderer.Rule(None)
    for surface_type, rgba in SURFACE_COLORS.items():
        symbol = QgsPolygon3DSymbol()
        material = QgsPhongMaterialSettings()
        color = QColor(*rgba)
        material.setDiffuse(color)
        material.setAmbient(color.darker(150))
        if hasattr(material, "setOpacity"):
            material.setOpacity(rgba[3] / 255.0)
        if hasattr(symbol, "setMaterialSettings"):  # QGIS ≥ 3.36
            symbol.setMaterialSettings(material)
        else:
            symbol.setMaterial(material)
        symbol.setAltitudeClamping(absolute)
        symbol.setExtrusionHeight(0.0)
        if hasattr(Qgs3DTypes, "NoCulling"):
            symbol.setCullingMode(Qgs3DTypes.NoCulling)
        symbol.setAddBackFaces(True)
        rule = QgsRuleBased3DRenderer.Rule(symbol, f"\"surface_type\" = '{surface_type}'", surface_type)
        root.appendChild(rule)
    return QgsRuleBased3DRenderer(root)


def buildings_3d_renderer():
    """Buildings (footprints at ground height) are not drawn in 3D: the surfaces layer shows them."""
    return None


def apply_style(layer: QgsVectorLayer, kind: str) -> bool:
    """Load the 2D style and set the 3D renderer of ``layer`` (kind = 'surfaces' or 'buildings')."""
    if layer is None or not isinstance(layer, QgsVectorLayer):
        return False
    _message, ok = layer.loadNamedStyle(style_path(kind))
    if kind == "surfaces":
        try:
            renderer = surfaces_3d_renderer()
        except Exception:  # noqa: BLE001 - a 3D API difference must not lose the 2D style
            renderer = None
        if renderer is not None:
            layer.setRenderer3D(renderer)
    layer.triggerRepaint()
    return bool(ok)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the default style when Processing loads an output layer into the project."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        apply_style(layer, self.kind)


class QmlPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Loads a .qml style file into the output layer once Processing has loaded it."""

    def __init__(self, qml_path: str) -> None:
        super().__init__()
        self.qml_path = qml_path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and hasattr(layer, "loadNamedStyle"):
            layer.loadNamedStyle(self.qml_path)
            layer.triggerRepaint()


# Processing keeps only a raw pointer to a post-processor and deletes it with the context that ran
# the algorithm. Every Python object is held here until then (several runs may be pending at once,
# e.g. the dock's background tasks); wrappers whose C++ object is gone are dropped on the next call.
_ALIVE: List[QgsProcessingLayerPostProcessorInterface] = []


def keep_alive(processor: QgsProcessingLayerPostProcessorInterface) -> QgsProcessingLayerPostProcessorInterface:
    """Hold ``processor`` until its Processing context has deleted it; returns it."""
    _ALIVE[:] = [item for item in _ALIVE if not sip.isdeleted(item)]
    _ALIVE.append(processor)
    return processor


def post_processor(kind: str) -> StylePostProcessor:
    """A new post-processor per output (kind = 'surfaces' or 'buildings')."""
    return keep_alive(StylePostProcessor(kind))


def qml_post_processor(qml_path: str) -> QmlPostProcessor:
    """A new post-processor per output that loads ``qml_path``."""
    return keep_alive(QmlPostProcessor(qml_path))


def style_output(context, destination: str, processor) -> None:
    """Attach ``processor`` to ``destination`` when Processing will load it into the project."""
    if destination and context.willLoadLayerOnCompletion(destination):
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
