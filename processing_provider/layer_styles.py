"""Default styles of the output layers: one class table per theme feeds the 2D renderer, the 3D
renderer and the legend, and the post-processors apply them when Processing loads an output.

* Surfaces (``surface_type``): :data:`SURFACE_CLASSES` — in 2D the roofs are drawn on top (ground
  first, then walls, then roofs, higher roofs over lower ones); in 3D roofs, walls and the outer
  ceilings/floors show, ground and closure surfaces do not (they lie inside or under the building).
* Solar potential (``irradiation_kwh_m2``): :data:`SOLAR_CLASSES` (from algorithms/solar_classes.py,
  which also colours the published twin) — the same classes in 2D (graduated) and 3D (one rule per
  class), the same bounds (low ≤ value < high), colours and legend labels.
* Buildings: light footprints; measurements, tile grids and the area: outlines only, so they never
  cover the roofs or the base map.

The kind of a layer follows from its fields (:func:`kind_of`), so every output of every algorithm
gets its style without naming it. Outputs written to a GeoPackage store that 2D style with their
field aliases and value maps (:mod:`.field_styles`); :func:`apply_style` loads it, or builds it here
for other formats, and adds the 3D renderer. qgis._3d is optional (missing in some builds): then
only the 2D style is set.
"""

from __future__ import annotations

import math
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

from ..algorithms import solar_classes
from ..algorithms.solar_classes import SOLAR_FIELD
from ..translate import format_number
from . import field_styles

RGBA = Tuple[int, int, int, int]

#: surface_type → (2D fill RGBA, shown in 3D), in drawing order from bottom to top.
SURFACE_CLASSES: Dict[str, Tuple[RGBA, bool]] = {
    "Ground": ((90, 90, 90, 255), False),
    "Closure": ((150, 190, 230, 90), False),
    "OuterFloor": ((160, 160, 160, 255), True),
    "Wall": ((220, 220, 220, 255), True),
    "OuterCeiling": ((200, 160, 120, 255), True),
    "Roof": ((178, 34, 34, 255), True),
}
OUTLINE = "60,60,60,255"

SOLAR_UNIT = "kWh/m²·a"
#: The classes of annual irradiation on the roof of algorithms/solar_classes.py (the one table that
#: also colours the published 3D Tiles and the web viewer): (low, high, RGBA), low ≤ value < high.
SOLAR_CLASSES: Tuple[Tuple[Optional[float], Optional[float], RGBA], ...] = tuple(
    (c.low, c.high, (*c.rgb, 255)) for c in solar_classes.SOLAR_CLASSES
)
#: Bounds of the open-ended classes in the 2D renderer (irradiation is never outside them).
SOLAR_MIN, SOLAR_MAX = 0.0, 5000.0


def qcolor(rgba: Sequence[int]) -> QColor:
    return QColor(*rgba)


def rgba_text(rgba: Sequence[int]) -> str:
    return ",".join(str(int(v)) for v in rgba)


# ------------------------------------------------------------------------------------ class tables


def solar_class_label(low: Optional[float], high: Optional[float]) -> str:
    """Legend label of a solar class, numbers in QGIS's language ("950 – 1.050 kWh/m²·a")."""
    if low is None:
        return f"< {format_number(high)} {SOLAR_UNIT}"
    if high is None:
        return f"≥ {format_number(low)} {SOLAR_UNIT}"
    return f"{format_number(low)} – {format_number(high)} {SOLAR_UNIT}"


def solar_class_expression(low: Optional[float], high: Optional[float]) -> str:
    """Filter of a solar class (low ≤ value < high, as algorithms/solar_classes.solar_class_index)."""
    parts = []
    if low is not None:
        parts.append(f'"{SOLAR_FIELD}" >= {low:g}')
    if high is not None:
        parts.append(f'"{SOLAR_FIELD}" < {high:g}')
    return " AND ".join(parts)


def solar_classes() -> List[Tuple[str, str, RGBA]]:
    """(legend label, filter expression, colour) per class of :data:`SOLAR_CLASSES`."""
    return [
        (solar_class_label(low, high), solar_class_expression(low, high), rgba) for low, high, rgba in SOLAR_CLASSES
    ]


def surface_classes(in_3d: bool = False, exclude: Iterable[str] = ()) -> List[Tuple[str, str, str, RGBA]]:
    """(surface_type, legend label, filter expression, colour) in drawing order; ``in_3d``: only the
    types shown in 3D."""
    labels = field_styles.surface_type_values()
    skip = set(exclude)
    return [
        (kind, labels[kind], f"\"surface_type\" = '{kind}'", rgba)
        for kind, (rgba, shown_3d) in SURFACE_CLASSES.items()
        if kind not in skip and (shown_3d or not in_3d)
    ]


# ------------------------------------------------------------------------------------ 2D renderers


def fill_symbol(fill: str, outline: str = OUTLINE, width: float = 0.1, style: str = "solid", outline_style="solid"):
    return QgsFillSymbol.createSimple(
        {"color": fill, "outline_color": outline, "outline_width": str(width), "style": style,
         "outline_style": outline_style}
    )


def outline_symbol(outline: str, width: float, outline_style: str = "solid"):
    """A polygon drawn as its outline only (never hides what lies under it)."""
    return fill_symbol("0,0,0,0", outline, width, "no", outline_style)


def surfaces_renderer() -> QgsCategorizedSymbolRenderer:
    """Categories per surface type; roofs drawn last (on top), higher roofs over lower ones."""
    categories = [
        QgsRendererCategory(kind, fill_symbol(rgba_text(rgba)), label)
        for kind, label, _expression, rgba in surface_classes()
    ]
    renderer = QgsCategorizedSymbolRenderer("surface_type", categories)
    rank = " ".join(f"WHEN '{kind}' THEN {index}" for index, kind in enumerate(SURFACE_CLASSES))
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy(
            [
                QgsFeatureRequest.OrderByClause(f'CASE "surface_type" {rank} ELSE -1 END', True),
                QgsFeatureRequest.OrderByClause('"z_max"', True),
            ]
        )
    )
    renderer.setOrderByEnabled(True)
    return renderer


def solar_renderer() -> QgsGraduatedSymbolRenderer:
    """Graduated by irradiation. QGIS's ranges include both bounds; ending each one just below the next
    class's lower bound (math.nextafter) gives exactly low ≤ value < high, as in 3D and the engine."""
    ranges = [
        QgsRendererRange(
            SOLAR_MIN if low is None else low,
            SOLAR_MAX if high is None else math.nextafter(high, -math.inf),
            fill_symbol(rgba_text(rgba), "90,90,90,255"),
            solar_class_label(low, high),
        )
        for low, high, rgba in SOLAR_CLASSES
    ]
    return QgsGraduatedSymbolRenderer(SOLAR_FIELD, ranges)


def buildings_renderer() -> QgsSingleSymbolRenderer:
    return QgsSingleSymbolRenderer(fill_symbol("232,190,160,160", "120,60,40,255", 0.2))


def metrics_renderer() -> QgsSingleSymbolRenderer:
    return QgsSingleSymbolRenderer(outline_symbol("106,61,154,255", 0.3, "dash"))


def tiles_renderer() -> QgsSingleSymbolRenderer:
    return QgsSingleSymbolRenderer(outline_symbol("200,16,46,255", 0.6))


def area_renderer() -> QgsSingleSymbolRenderer:
    return QgsSingleSymbolRenderer(outline_symbol("29,94,158,255", 0.8))


RENDERERS: Dict[str, Callable[[], object]] = {
    "surfaces": surfaces_renderer,
    "solar": solar_renderer,
    "buildings": buildings_renderer,
    "metrics": metrics_renderer,
    "tiles": tiles_renderer,
    "area": area_renderer,
}

#: (kind, fields that identify it), the first match wins.
KIND_FIELDS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("solar", (SOLAR_FIELD,)),
    ("surfaces", ("surface_id", "surface_type")),
    ("metrics", ("building_id", "roof_area_n_m2")),
    ("buildings", ("building_id", "roof_type")),
    ("tiles", ("tile",)),
    ("area", ("area_km2",)),
)


def kind_of(field_names: Iterable[str]) -> Optional[str]:
    """The style kind of a layer with these fields (None: no style of ours)."""
    names = set(field_names)
    for kind, needed in KIND_FIELDS:
        if all(name in names for name in needed):
            return kind
    return None


def style_2d(layer: QgsVectorLayer, kind: Optional[str]) -> bool:
    """Set the 2D renderer of ``kind``; a new renderer object, so the legend follows the map."""
    factory = RENDERERS.get(kind or "")
    if factory is None or not layer.isSpatial():
        return False
    layer.setRenderer(factory())
    return True


# ------------------------------------------------------------------------------------ 3D renderers


def symbol_material(symbol):
    """The material of a 3D symbol (materialSettings on QGIS ≥ 3.36, material before)."""
    getter = getattr(symbol, "materialSettings", None) or symbol.material
    return getter()


def _absolute_clamping():
    if hasattr(Qgis, "AltitudeClamping"):  # QGIS ≥ 3.26
        return Qgis.AltitudeClamping.Absolute
    from qgis._3d import Qgs3DTypes

    return Qgs3DTypes.AltitudeClamping.AltClampAbsolute


def polygon_3d_symbol(rgba: RGBA):
    """A flat 3D polygon at its real heights (no extrusion), both faces lit, with dark edges."""
    from qgis._3d import Qgs3DTypes, QgsPhongMaterialSettings, QgsPolygon3DSymbol

    color = qcolor(rgba)
    material = QgsPhongMaterialSettings()
    material.setDiffuse(color)
    material.setAmbient(color.darker(150))
    symbol = QgsPolygon3DSymbol()
    if hasattr(symbol, "setMaterialSettings"):  # QGIS ≥ 3.36; setMaterial before (gone in 4.x)
        symbol.setMaterialSettings(material)
    else:
        symbol.setMaterial(material)
    symbol.setAltitudeClamping(_absolute_clamping())
    symbol.setExtrusionHeight(0.0)
    symbol.setCullingMode(Qgs3DTypes.CullingMode.NoCulling)
    symbol.setAddBackFaces(True)
    symbol.setEdgesEnabled(True)
    symbol.setEdgeWidth(1.0)
    symbol.setEdgeColor(QColor(70, 70, 70))
    return symbol


def rule_3d_renderer(rules: Iterable[Tuple[str, str, RGBA]]):
    """Rule-based 3D renderer from (label, filter expression, colour); None without qgis._3d."""
    try:
        from qgis._3d import QgsRuleBased3DRenderer
    except ImportError:
        return None
    root = QgsRuleBased3DRenderer.Rule(None)
    for label, expression, rgba in rules:
        root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_3d_symbol(rgba), expression, label))
    return QgsRuleBased3DRenderer(root)


def surfaces_3d_renderer(without_roofs: bool = False):
    """Roofs, walls and outer ceilings/floors in their colours; ``without_roofs``: for a 3D view in which
    the solar layer shows the roofs (the same polygons twice would flicker, z-fighting)."""
    exclude = {"Roof"} if without_roofs else set()
    return rule_3d_renderer(
        (label, expression, rgba) for _kind, label, expression, rgba in surface_classes(True, exclude)
    )


def solar_3d_renderer():
    """Roofs coloured by the solar classes (the classes of the 2D style)."""
    return rule_3d_renderer(solar_classes())


RENDERERS_3D: Dict[str, Callable[[], object]] = {"surfaces": surfaces_3d_renderer, "solar": solar_3d_renderer}


def set_3d_renderer(layer: QgsVectorLayer, kind: Optional[str]) -> bool:
    factory = RENDERERS_3D.get(kind or "")
    renderer = factory() if factory is not None else None
    if renderer is None:
        return False
    layer.setRenderer3D(renderer)
    return True


# ------------------------------------------------------------------------------------ applying


def load_stored_style(layer: QgsVectorLayer) -> bool:
    """Load the default style stored in the layer's GeoPackage (see field_styles); False when none."""
    if layer.providerType() != "ogr" or not layer.source().split("|")[0].lower().endswith(".gpkg"):
        return False
    _message, ok = layer.loadDefaultStyle()
    return bool(ok)


def apply_style(layer: QgsVectorLayer, kind: Optional[str] = None) -> bool:
    """The stored style of ``layer`` (or the style of ``kind`` built here) plus its 3D renderer.

    ``kind``: 'surfaces', 'solar', 'buildings', 'metrics', 'tiles' or 'area'; None: from the fields.
    """
    if layer is None or not isinstance(layer, QgsVectorLayer):
        return False
    kind = kind or kind_of(layer.fields().names())
    stored = load_stored_style(layer)
    if not stored:
        style_2d(layer, kind)
        field_styles.configure_fields(layer)
    set_3d_renderer(layer, kind)
    layer.triggerRepaint()
    return stored or kind in RENDERERS


def store_output_style(path: str, layer_name: str, fields, wkb_type, value_maps=None) -> bool:
    """Store aliases, value maps and the 2D style of the kind of ``fields`` in the GeoPackage ``path``."""
    return field_styles.store_style_document(path, layer_name, output_style_document(fields, wkb_type, value_maps))


def output_style_document(fields, wkb_type, value_maps=None) -> str:
    """The QML of :func:`store_output_style`, also for a writer that stores it itself."""
    kind = kind_of(fields.names())
    return field_styles.style_document(fields, wkb_type, value_maps, lambda layer: style_2d(layer, kind))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the default style when Processing loads an output layer into the project."""

    def __init__(self, kind: Optional[str] = None) -> None:
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        apply_style(layer, self.kind)


class QmlPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Loads the symbology of a .qml style file into the output layer once Processing has loaded it."""

    def __init__(self, qml_path: str) -> None:
        super().__init__()
        self.qml_path = qml_path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and hasattr(layer, "loadNamedStyle"):
            load_stored_style(layer)
            layer.loadNamedStyle(self.qml_path, categories=QgsVectorLayer.StyleCategory.Symbology)
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


def post_processor(kind: Optional[str] = None) -> StylePostProcessor:
    """A new post-processor per output (kind as in :func:`apply_style`; None: from the fields)."""
    return keep_alive(StylePostProcessor(kind))


def qml_post_processor(qml_path: str) -> QmlPostProcessor:
    """A new post-processor per output that loads ``qml_path``."""
    return keep_alive(QmlPostProcessor(qml_path))


def style_output(context, destination: str, processor) -> None:
    """Attach ``processor`` to ``destination`` when Processing will load it into the project."""
    if destination and context.willLoadLayerOnCompletion(destination):
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
