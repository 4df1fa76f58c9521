"""The twin in 3D: roofs coloured by solar potential (the classes of the 2D style), walls neutral grey,
terrain from the DGM when one is loaded, everything else hidden.

:func:`prepare_twin_3d` sets the 3D renderers (the surfaces layer without its roofs when the solar
layer shows them, so the same polygons are never drawn twice — no z-fighting) and stores the map theme
"NRW Digital Twin – 3D" with just those layers. :func:`open_twin_3d` opens a 3D map view with them
where the QGIS version lets a plugin do that (``iface.createNewMapCanvas3D``, QGIS ≥ 3.30), with the
DGM as terrain (the project's elevation settings); on older QGIS it returns a one-line hint to open
the view and pick the map theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from qgis.core import Qgis, QgsMapThemeCollection, QgsProject, QgsRectangle, QgsVectorLayer

from ..processing_provider import layer_styles
from ..translate import tr
from . import twin_layers


@dataclass
class Twin3D:
    solar: Optional[QgsVectorLayer]
    surfaces: Optional[QgsVectorLayer]
    terrain: Optional[object]

    def layers(self) -> List[QgsVectorLayer]:
        return [layer for layer in (self.solar, self.surfaces) if layer is not None]


def theme_name() -> str:
    return tr("NRW Digital Twin – 3D")


def find_twin(project: QgsProject, near=None) -> Twin3D:
    """The solar and surfaces layers that belong together (same group first) and the DGM."""
    solar = twin_layers.partner(project, near, "solar")
    surfaces = twin_layers.partner(project, solar or near, "surfaces")
    terrain = twin_layers.partner(project, surfaces, "terrain")
    return Twin3D(solar, surfaces, terrain)


def prepare_twin_3d(project: QgsProject, near=None) -> Twin3D:
    """3D renderers of the twin's layers and the map theme with only them (see module doc)."""
    twin = find_twin(project, near)
    if twin.solar is not None:
        twin.solar.setRenderer3D(layer_styles.solar_3d_renderer())
    if twin.surfaces is not None:
        renderer = layer_styles.surfaces_3d_renderer(without_roofs=twin.solar is not None)
        if renderer is not None:
            twin.surfaces.setRenderer3D(renderer)
    if twin.layers():
        store_theme(project, twin.layers())
    return twin


def store_theme(project: QgsProject, layers: List[QgsVectorLayer]) -> None:
    root = project.layerTreeRoot()
    record = QgsMapThemeCollection.MapThemeRecord()
    record.setLayerRecords(
        [QgsMapThemeCollection.MapThemeLayerRecord(layer) for layer in layers if root.findLayer(layer.id())]
    )
    themes = project.mapThemeCollection()
    if themes.hasMapTheme(theme_name()):
        themes.update(theme_name(), record)
    else:
        themes.insert(theme_name(), record)


def can_open_3d_view(iface) -> bool:
    return iface is not None and hasattr(iface, "createNewMapCanvas3D")


def set_project_terrain(project: QgsProject, twin: Twin3D) -> None:
    """The DGM as the project's terrain (the 3D view takes it from there); else a flat terrain at the
    lowest ground of the buildings, so they stand on it instead of floating above sea level."""
    from qgis.core import QgsFlatTerrainProvider, QgsRasterDemTerrainProvider

    properties = project.elevationProperties()
    if twin.terrain is not None:
        provider = QgsRasterDemTerrainProvider()
        provider.setLayer(twin.terrain)
    else:
        provider = QgsFlatTerrainProvider()
        surfaces = twin.surfaces
        index = surfaces.fields().indexOf("z_min") if surfaces is not None else -1
        if index >= 0:
            provider.setOffset(float(surfaces.minimumValue(index) or 0.0))
    properties.setTerrainProvider(provider)


def open_twin_3d(iface, project: QgsProject, near=None, focus: Optional[QgsRectangle] = None) -> str:
    """Open the 3D view of the twin; returns '' when opened, else the one-line hint for the user."""
    twin = prepare_twin_3d(project, near)
    if not twin.layers():
        return tr("There is nothing to show in 3D yet: import the buildings first (step 3).")
    if not can_open_3d_view(iface):
        return tr(
            "QGIS {version} cannot open a 3D view for a plugin: open View ▸ New 3D Map View and choose the map "
            "theme “{theme}” there."
        ).format(version=Qgis.QGIS_VERSION.split("-")[0], theme=theme_name())
    set_project_terrain(project, twin)
    canvas = iface.createNewMapCanvas3D(theme_name())
    if canvas is None:
        return tr("QGIS did not open a 3D view. Open View ▸ 3D Map Views ▸ New 3D Map View.")
    canvas.mapSettings().setLayers(twin.layers())
    if focus is not None:
        look_at(canvas, focus, ground_height(twin))
    return ""


def ground_height(twin: Twin3D) -> float:
    surfaces = twin.surfaces
    index = surfaces.fields().indexOf("z_min") if surfaces is not None else -1
    return float(surfaces.minimumValue(index) or 0.0) if index >= 0 else 0.0


def look_at(canvas, focus: QgsRectangle, z: float) -> None:
    """Look at ``focus`` (map coordinates) from the south-east, 45° from above."""
    from qgis.core import QgsVector3D

    distance = max(focus.width(), focus.height()) * 2.5
    settings = canvas.mapSettings()
    center = QgsVector3D(focus.center().x(), focus.center().y(), z)
    controller = canvas.cameraController() if hasattr(canvas, "cameraController") else None
    if controller is not None and hasattr(settings, "mapToWorldCoordinates"):
        controller.setLookingAtPoint(settings.mapToWorldCoordinates(center), distance, 45.0, 30.0)
    else:
        canvas.setViewFromTop(focus.center(), distance, 0.0)
