"""Sensors for the dock's data step: run nrwtwin:sensors for an area in the background and add the
styled layers to a layer group; find the sensor layers of a project.

Entry point for the dock (``ui/dock.py``, Daten ▸ "Sensoren")::

    from .sensor_layers import run_sensors_for_area
    run = run_sensors_for_area(self.area.extent_string(), source="opensensemap", prop="",
                               parent=self, on_done=lambda ok, run: ...)

The run is an :class:`~.tasks.AlgorithmRun` (progress signal, cancel, readable error); the two
layers (sensor locations, datastreams) land in the group "Sensoren" with ``ui/styles/sensors.qml`` and
the source's licence in their metadata.
"""
from __future__ import annotations

from typing import Callable, List, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject

from ..translate import tr
from .tasks import AlgorithmRun, load_into_project

ALGORITHM_ID = "nrwtwin:sensors"
GROUP_NAME = "Sensoren"
DEFAULT_SOURCE = "opensensemap"


def sensor_catalogue_choices() -> List[tuple]:
    """(key, title in QGIS's language) of every catalogue source, for a combo box."""
    from ..processing_provider.sensor_support import sensor_catalogue
    from ..translate import qgis_locale

    language = qgis_locale()
    return [(source.id, source.title(language)) for source in sensor_catalogue().sources]


def run_sensors_for_area(
    extent: str,
    source: str = DEFAULT_SOURCE,
    prop: str = "",
    project: Optional[QgsProject] = None,
    parent: Optional[QObject] = None,
    group_name: str = GROUP_NAME,
    on_done: Optional[Callable[[bool, AlgorithmRun], None]] = None,
) -> AlgorithmRun:
    """Start nrwtwin:sensors for ``extent`` ("xmin,xmax,ymin,ymax [EPSG:…]") in the background.

    When it succeeds, both layers are added to ``group_name`` (created at the top when missing);
    ``on_done(ok, run)`` is called in every case (``run.error`` holds the message on failure,
    ``run.results["COUNT"]`` the number of locations). Returns the started run.
    """
    project = project or QgsProject.instance()
    parameters = {
        "SOURCE": source,
        "EXTENT": extent,
        "PROPERTY": prop,
        "OUTPUT": load_into_project("TEMPORARY_OUTPUT", tr("Sensors"), project),
        "OUTPUT_DATASTREAMS": load_into_project("TEMPORARY_OUTPUT", tr("Sensor datastreams"), project),
    }
    run = AlgorithmRun(ALGORITHM_ID, parameters, project, parent)

    def finished(ok: bool) -> None:
        if ok:
            root = project.layerTreeRoot()
            group = root.findGroup(group_name) or root.insertGroup(0, group_name)
            run.add_layers(group)
        if on_done is not None:
            on_done(ok, run)

    run.finished.connect(finished)
    run.start()
    return run


def is_datastream_layer(layer) -> bool:
    fields = layer.fields() if isinstance(layer, QgsVectorLayer) else None
    return fields is not None and fields.indexOf("datastream_id") >= 0 and fields.indexOf("location_id") >= 0


def is_site_layer(layer) -> bool:
    fields = layer.fields() if isinstance(layer, QgsVectorLayer) else None
    return fields is not None and fields.indexOf("readings") >= 0 and fields.indexOf("location_id") >= 0


def sensor_layers(project: Optional[QgsProject] = None) -> List[QgsVectorLayer]:
    """The sensor layers of the project: datastream layers first (they carry every datastream), then the
    sensor-location layers."""
    project = project or QgsProject.instance()
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    return [layer for layer in layers if is_datastream_layer(layer)] + [
        layer for layer in layers if is_site_layer(layer)
    ]
