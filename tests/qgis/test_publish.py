"""nrwtwin:export3dtiles and nrwtwin:exportcityjson in real QGIS, on the layers of the real pipeline:
importcitygml → roofsolar (1 m cells) → buildingmetrics on the fixture tile (194 buildings)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import requests
from publish_support import FIXTURE_TILE, glb_contents, property_table, tileset_rule_violations, walk_tiles
from qgis.core import Qgis, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.publish import cityjson
from nrw_digital_twin.algorithms.solar_classes import SOLAR_CLASSES

_PIPELINE = {}


@pytest.fixture
def pipeline(run_alg, tmp_path_factory):
    """Import, solar potential and measurements of the fixture tile (run once per session)."""
    if not _PIPELINE:
        folder = tmp_path_factory.mktemp("pipeline")
        imported = run_alg("nrwtwin:importcitygml", {
            "INPUT": [str(FIXTURE_TILE)],
            "OUTPUT_BUILDINGS": str(folder / "buildings.gpkg"),
            "OUTPUT_SURFACES": str(folder / "surfaces.gpkg"),
        })
        solar = run_alg("nrwtwin:roofsolar", {"INPUT": imported["OUTPUT_SURFACES"], "RESOLUTION": 1.0,
                                              "OUTPUT": str(folder / "solar.gpkg")})
        measured = run_alg("nrwtwin:buildingmetrics", {"INPUT": imported["OUTPUT_SURFACES"],
                                                       "BUILDINGS": imported["OUTPUT_BUILDINGS"],
                                                       "OUTPUT": str(folder / "metrics.gpkg")})
        _PIPELINE.update(surfaces=imported["OUTPUT_SURFACES"], buildings=imported["OUTPUT_BUILDINGS"],
                         solar=solar["OUTPUT"], metrics=measured["OUTPUT"], folder=folder)
    return _PIPELINE


def export_tiles(run_alg, pipeline, folder: Path, **extra):
    parameters = {"INPUT": pipeline["surfaces"], "SOLAR": pipeline["solar"], "BUILDINGS": pipeline["metrics"],
                  "OUTPUT_FOLDER": str(folder)}
    parameters.update(extra)
    return run_alg("nrwtwin:export3dtiles", parameters)


def tables(folder: Path):
    """Property-table rows of every tile by building id, and the drawn material names."""
    tileset = json.loads((folder / "tileset.json").read_text())
    rows, materials = {}, set()
    for tile, _depth, _parent in walk_tiles(tileset["root"]):
        if "content" not in tile:
            continue
        content = glb_contents(folder / tile["content"]["uri"])
        table = property_table(content["document"], content["binary"])
        for index, building_id in enumerate(table["building_id"]):
            rows[building_id] = {key: values[index] for key, values in table.items()}
        materials.update(p["material"]["name"] for p in content["primitives"])
    return rows, materials


def test_export3dtiles_publishes_the_pipeline_with_solar_and_measurements(run_alg, pipeline, tmp_path):
    result = export_tiles(run_alg, pipeline, tmp_path / "twin")
    folder = Path(result["OUTPUT_FOLDER"])
    assert result["BUILDING_COUNT"] == 194
    assert result["TILESET"] == str(folder / "tileset.json") and Path(result["VIEWER"]).is_file()
    assert result["TILE_COUNT"] == len(list((folder / "tiles").glob("*.glb"))) > 1
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "tiles", "tileset.json"]
    assert tileset_rule_violations(folder / "tileset.json") == []
    rows, materials = tables(folder)
    metrics = {f["building_id"]: f for f in QgsVectorLayer(pipeline["metrics"], "m", "ogr").getFeatures()}
    assert set(rows) == set(metrics)
    for building_id, row in rows.items():
        assert row["function"] == metrics[building_id]["function_de"]
        assert row["roof_area_m2"] == pytest.approx(metrics[building_id]["roof_area_m2"], rel=1e-5)
        assert row["height_m"] == pytest.approx(metrics[building_id]["measured_height_m"], rel=1e-5)
    solar = defaultdict(float)
    for feature in QgsVectorLayer(pipeline["solar"], "s", "ogr").getFeatures():
        solar[feature["building_id"]] += feature["kwp"]
    for building_id, kwp in solar.items():
        assert rows[building_id]["kwp"] == pytest.approx(kwp, rel=1e-5)
    assert {"wall", "ground"} <= materials
    assert sum(1 for c in SOLAR_CLASSES if f"roof {c.label()}" in materials) >= 4


def test_a_solar_layer_as_input_is_recognised_and_warned_about(run_alg, pipeline, tmp_path):
    feedback = RecordingFeedback()
    result = run_alg("nrwtwin:export3dtiles", {"INPUT": pipeline["solar"], "OUTPUT_FOLDER": str(tmp_path / "roofs")},
                     feedback=feedback)
    roofs = QgsVectorLayer(pipeline["solar"], "s", "ogr")
    assert result["BUILDING_COUNT"] == len({f["building_id"] for f in roofs.getFeatures()})
    rows, materials = tables(Path(result["OUTPUT_FOLDER"]))
    assert "wall" not in materials and any(m.startswith("roof ") for m in materials)
    assert all(r["irradiation_kwh_m2"] > 0 for r in rows.values())
    assert any("roofs only" in w for w in feedback.warnings)


def test_the_area_limits_the_buildings(run_alg, pipeline, tmp_path):
    west = "326000,326500,5727000,5728000 [EPSG:25832]"
    result = export_tiles(run_alg, pipeline, tmp_path / "west", EXTENT=west)
    expected = 0
    for record in citygml.iter_buildings(str(FIXTURE_TILE)):
        points = np.concatenate([p.exterior for s in record.surfaces for p in s.polygons])
        expected += int((points[:, 0].min() + points[:, 0].max()) / 2 < 326500)
    assert 0 < result["BUILDING_COUNT"] == expected < 194


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps warnings; cancels once progress passes ``cancel_at`` percent."""

    def __init__(self, cancel_at: float = None):
        super().__init__()
        self.cancel_at = cancel_at
        self.warnings = []

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at:
            self.cancel()

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_a_canceled_export_leaves_an_earlier_export_untouched(run_alg, pipeline, tmp_path):
    folder = tmp_path / "twin"
    export_tiles(run_alg, pipeline, folder, EXTENT="326000,326300,5727000,5728000 [EPSG:25832]")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    parameters = {"INPUT": pipeline["surfaces"], "SOLAR": pipeline["solar"], "OUTPUT_FOLDER": str(folder)}
    with pytest.raises(QgsProcessingException):
        run_alg("nrwtwin:export3dtiles", parameters, feedback=RecordingFeedback(cancel_at=50))
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_exportcityjson_writes_both_formats(run_alg, pipeline, tmp_path):
    for name, lines in (("twin.city.json", 1), ("twin.city.jsonl", 195)):
        result = run_alg("nrwtwin:exportcityjson", {"INPUT": pipeline["surfaces"], "SOLAR": pipeline["solar"],
                                                    "BUILDINGS": pipeline["buildings"],
                                                    "OUTPUT": str(tmp_path / name)})
        assert result["OUTPUT"] == str(tmp_path / name)
        assert result["BUILDING_COUNT"] == 194 and result["SURFACE_COUNT"] == 389 + 1580 + 238 + 151
        text = Path(result["OUTPUT"]).read_text(encoding="utf-8")
        assert len(text.splitlines()) == lines
        first = json.loads(text.splitlines()[0])
        assert first["metadata"]["referenceSystem"].endswith("/EPSG/0/25832")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twin.city.json", "twin.city.jsonl"]


def test_the_cityjson_export_imports_again_with_the_same_buildings_surfaces_and_areas(run_alg, pipeline, tmp_path):
    """Round trip through the CityJSON import of nrwtwin:importcitygml (issue "3D buildings from any producer")."""
    exported = run_alg("nrwtwin:exportcityjson", {"INPUT": pipeline["surfaces"], "SOLAR": pipeline["solar"],
                                                  "OUTPUT": str(tmp_path / "twin.city.json")})
    again = run_alg("nrwtwin:importcitygml", {"INPUT": [exported["OUTPUT"]],
                                              "OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"),
                                              "OUTPUT_SURFACES": str(tmp_path / "surfaces.gpkg")})
    assert again["BUILDING_COUNT"] == 194
    original = surface_summary(pipeline["surfaces"])
    assert surface_summary(again["OUTPUT_SURFACES"]).keys() == original.keys()
    for key, (count, area) in surface_summary(again["OUTPUT_SURFACES"]).items():
        assert count == original[key][0], key
        assert area == pytest.approx(original[key][1], abs=0.01 + 1e-4 * area), key


def surface_summary(path: str):
    """(building id, surface type) → (number of surfaces, total area m²) of a surfaces layer."""
    out = defaultdict(lambda: [0, 0.0])
    for feature in QgsVectorLayer(path, "s", "ogr").getFeatures():
        entry = out[feature["building_id"], feature["surface_type"]]
        entry[0] += 1
        entry[1] += feature["area_m2"]
    return {k: tuple(v) for k, v in out.items()}


def test_qgis_loads_the_tileset_as_a_tiled_scene_layer(run_alg, pipeline, tmp_path):
    if Qgis.QGIS_VERSION_INT < 33400:
        pytest.skip(f"needs QGIS 3.34 or newer for tiled scene layers (this is {Qgis.QGIS_VERSION})")
    from qgis.core import QgsCoordinateTransform, QgsProject, QgsTiledSceneLayer

    result = export_tiles(run_alg, pipeline, tmp_path / "twin")
    layer = QgsTiledSceneLayer(result["TILESET"], "twin", "cesiumtiles")
    assert layer.isValid(), layer.error().summary()
    assert layer.crs().isGeographic(), layer.crs().authid()
    # The input's extent as QGIS shows it in the layer's CRS (rectangle edges densified), in degrees.
    source = QgsVectorLayer(pipeline["surfaces"], "s", "ogr")
    expected = QgsCoordinateTransform(source.crs(), layer.crs(), QgsProject.instance()).transformBoundingBox(
        source.extent())
    extent = layer.extent()
    metres_per_degree = (111_320.0 * math.cos(math.radians(expected.center().y())), 111_320.0)
    for ours, theirs, scale in ((extent.xMinimum(), expected.xMinimum(), metres_per_degree[0]),
                                (extent.xMaximum(), expected.xMaximum(), metres_per_degree[0]),
                                (extent.yMinimum(), expected.yMinimum(), metres_per_degree[1]),
                                (extent.yMaximum(), expected.yMaximum(), metres_per_degree[1])):
        assert abs(ours - theirs) * scale < 2.0, (extent.toString(), expected.toString())


def test_the_roof_classes_are_the_docks(qgis_app):
    from nrw_digital_twin.processing_provider import layer_styles

    assert [(low, high, rgba[:3]) for low, high, rgba in layer_styles.SOLAR_CLASSES] == [
        (c.low, c.high, c.rgb) for c in SOLAR_CLASSES
    ]
    labels = [r.label() for r in layer_styles.solar_renderer().ranges()]  # numbers in QGIS's language
    assert [label.replace("·a", "").replace(",", "") for label in labels] == [c.label() for c in SOLAR_CLASSES]


def test_im_browser_ansehen_serves_the_folder_locally(run_alg, pipeline, tmp_path):
    from nrw_digital_twin.ui import web_preview

    result = export_tiles(run_alg, pipeline, tmp_path / "twin", EXTENT="326000,326300,5727000,5728000 [EPSG:25832]")
    try:
        url = web_preview.viewer_url(result["OUTPUT_FOLDER"])
        assert url.startswith("http://127.0.0.1:") and url.endswith("/index.html")
        assert web_preview.viewer_url(result["OUTPUT_FOLDER"]) == url  # one server per folder
        base = url.rsplit("/", 1)[0]
        page = requests.get(url, timeout=10)
        assert page.status_code == 200 and "Solarpotenzial der Dächer" in page.text
        tileset = requests.get(base + "/tileset.json", timeout=10)
        assert tileset.headers["Content-Type"] == "application/json"
        glb = requests.get(base + "/" + tileset.json()["root"]["content"]["uri"], timeout=10)
        assert glb.headers["Content-Type"] == "model/gltf-binary" and glb.content[:4] == b"glTF"
        assert requests.get(base + "/../../etc/passwd", timeout=10).status_code == 404
        assert requests.get(base + "/tiles/", timeout=10).status_code == 404  # no listings
    finally:
        web_preview.stop_all()
    with pytest.raises(FileNotFoundError):
        web_preview.viewer_url(str(tmp_path))
    assert cityjson.VERSION == "2.0"
