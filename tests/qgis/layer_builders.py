"""Layers like importcitygml writes them, built in tests from parsed fixtures (shared by the QGIS tests).

Tests that run an algorithm on surfaces do not depend on the import algorithm: they write the layer
here from the engine's Surface objects, with the fields of the surfaces layer.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from nrw_digital_twin.algorithms.geometry3d import (
    area_weighted_normal,
    polygon_z_range,
    polygons_area_3d,
    tilt_azimuth,
)
from nrw_digital_twin.processing_provider.qt_compat import FieldType

SURFACE_FIELDS = [
    ("surface_id", FieldType.String),
    ("building_id", FieldType.String),
    ("part_id", FieldType.String),
    ("surface_type", FieldType.String),
    ("area_m2", FieldType.Double),
    ("tilt_deg", FieldType.Double),
    ("azimuth_deg", FieldType.Double),
    ("z_min", FieldType.Double),
    ("z_max", FieldType.Double),
]


def _ring_wkt(ring: np.ndarray) -> str:
    points = list(ring) + [ring[0]]
    return "(" + ", ".join(f"{x:.3f} {y:.3f} {z:.3f}" for x, y, z in points) + ")"


def _write(layer: QgsVectorLayer, path: Path) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = path.stem
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), layer.transformContext(), options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
    written = QgsVectorLayer(f"{path}|layername={path.stem}", path.stem, "ogr")
    assert written.isValid()
    return written


def surfaces_layer(surfaces, path: Path, crs: str = "EPSG:25832", fields=None) -> QgsVectorLayer:
    """GeoPackage surfaces layer (MultiPolygonZ) as importcitygml writes it, from engine Surface objects."""
    fields_spec = fields or SURFACE_FIELDS
    memory = QgsVectorLayer(f"MultiPolygonZ?crs={crs}", "surfaces", "memory")
    qfields = QgsFields()
    for name, kind in fields_spec:
        qfields.append(QgsField(name, kind))
    memory.dataProvider().addAttributes(qfields.toList())
    memory.updateFields()
    features = []
    for surface in surfaces:
        wkt = (
            "MULTIPOLYGON Z ("
            + ", ".join("(" + ", ".join(_ring_wkt(r) for r in p.rings()) + ")" for p in surface.polygons)
            + ")"
        )
        tilt, azimuth = tilt_azimuth(area_weighted_normal(surface.polygons))
        z_min, z_max = polygon_z_range(surface.polygons)
        values = {
            "surface_id": surface.surface_id,
            "building_id": surface.building_id,
            "part_id": surface.part_id,
            "surface_type": surface.surface_type,
            "area_m2": polygons_area_3d(surface.polygons),
            "tilt_deg": tilt,
            "azimuth_deg": azimuth,
            "z_min": z_min,
            "z_max": z_max,
        }
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values[name] for name, _ in fields_spec])
        features.append(feature)
    assert memory.dataProvider().addFeatures(features)
    return _write(memory, path)


def buildings_layer(records, path: Path) -> QgsVectorLayer:
    """Attribute table like importcitygml's buildings layer (no geometry needed for the join)."""
    memory = QgsVectorLayer("None", "buildings", "memory")
    spec = [
        ("building_id", FieldType.String),
        ("function", FieldType.String),
        ("roof_type", FieldType.String),
        ("storeys", FieldType.Int),
        ("measured_height_m", FieldType.Double),
        ("source_file", FieldType.String),
    ]
    memory.dataProvider().addAttributes([QgsField(n, k) for n, k in spec])
    memory.updateFields()
    features = []
    for record in records:
        feature = QgsFeature(memory.fields())
        a = record.attributes
        feature.setAttributes(
            [
                record.building_id,
                a.get("function"),
                a.get("roof_type"),
                a.get("storeys"),
                a.get("measured_height"),
                Path(str(a.get("source_file") or "")).name,
            ]
        )
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return _write(memory, path)


def parse(citygml_dir: Path, name: str):
    from nrw_digital_twin.algorithms import citygml
    return list(citygml.iter_buildings(citygml_dir / name))


def processing_error(run_alg, alg_id: str, parameters: dict) -> str:
    """The message of the QgsProcessingException the run raises (no traceback kept after the test)."""
    try:
        run_alg(alg_id, parameters)
    except QgsProcessingException as exc:
        return str(exc)
    pytest.fail(f"{alg_id} did not fail")
