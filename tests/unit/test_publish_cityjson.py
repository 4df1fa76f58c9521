"""CityJSON 2.0 and CityJSONSeq of the fixture tile (algorithms/publish/cityjson.py).

Validation: the official CityJSON 2.0.2 JSON schemas (tests/data/cityjson_schemas, CC0, SOURCES.md), the
structural checks of the official validator cjval that a schema cannot express (vertex indices, shared
and used vertices, semantics arrays, parent/child links), and cjio reading both files. ``cjio validate``
itself needs cjvalpy, which has no build for Python ≥ 3.11 (docs/publish.md).
"""
import copy
import json
import subprocess
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from publish_support import fixture_buildings, needs_client, needs_python_client

from nrw_digital_twin.algorithms.geometry3d import polygon_area_3d
from nrw_digital_twin.algorithms.model import Polygon3D
from nrw_digital_twin.algorithms.publish import cityjson, scene

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "cityjson_schemas"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    records, surfaces, solar = fixture_buildings()
    buildings = scene.group_buildings(surfaces, solar, {r.building_id: r.attributes for r in records})
    values = scene.published_values(buildings)
    folder = tmp_path_factory.mktemp("cityjson")
    results = {}
    for name in ("tile.city.json", "tile.city.jsonl"):
        results[name] = cityjson.write_cityjson(buildings, values, str(folder / name), 25832)
    return folder, results, buildings, solar


def validator(name):
    jsonschema = needs_python_client("jsonschema")
    return jsonschema.Draft7Validator(json.loads((SCHEMAS / name).read_text()))


def test_the_file_is_valid_cityjson_2_0(written):
    folder, results, _buildings, _solar = written
    document = json.loads((folder / "tile.city.json").read_text())
    schema = validator("cityjson.min.schema.json")
    assert [e.message for e in schema.iter_errors(document)] == []
    assert document["version"] == "2.0"
    assert document["metadata"]["referenceSystem"] == "https://www.opengis.net/def/crs/EPSG/0/25832"
    assert document["transform"]["scale"] == [0.001, 0.001, 0.001]
    assert results["tile.city.json"].dropped_rings == 0


def test_each_line_of_the_sequence_is_valid(written):
    folder, _results, _buildings, _solar = written
    lines = (folder / "tile.city.jsonl").read_text().splitlines()
    assert len(lines) == 1 + 194
    header = json.loads(lines[0])
    assert header["CityObjects"] == {} and header["vertices"] == []
    assert [e.message for e in validator("cityjson.min.schema.json").iter_errors(header)] == []
    feature_schema = validator("cityjsonfeature.min.schema.json")
    features = [json.loads(line) for line in lines[1:]]
    # Every line passes the structural checks; the (slow, pure-Python) schema runs on every 10th line, the
    # whole tile's geometry having passed it in the CityJSON file above.
    for number, feature in enumerate(features):
        assert feature["id"] in feature["CityObjects"]
        check_structure(feature)
        if number % 10 == 0:
            assert [e.message for e in feature_schema.iter_errors(feature)] == []
    broken = copy.deepcopy(features[0])
    broken["CityObjects"][broken["id"]]["type"] = "House"
    assert list(feature_schema.iter_errors(broken))  # the schema can fail


def check_structure(document):
    """cjval's checks beyond the schema: indices, duplicate/unused vertices, semantics, parents/children."""
    vertices = document["vertices"]
    used = set()
    for identifier, item in document["CityObjects"].items():
        for child in item.get("children", []):
            assert identifier in document["CityObjects"][child]["parents"]
        for parent in item.get("parents", []):
            assert identifier in document["CityObjects"][parent]["children"]
        for shape in item.get("geometry", []):
            assert len(shape["semantics"]["values"]) == len(shape["boundaries"])
            assert max(v for v in shape["semantics"]["values"] if v is not None) < len(shape["semantics"]["surfaces"])
            for polygon in shape["boundaries"]:
                for ring in polygon:
                    assert len(set(ring)) >= 3 and all(0 <= i < len(vertices) for i in ring)
                    assert all(a != b for a, b in zip(ring, ring[1:] + ring[:1]))
                    used.update(ring)
    assert len(used) == len(vertices)
    assert len({tuple(v) for v in vertices}) == len(vertices)


def surface_areas(document):
    """Area (m²) per (building id, semantic type) computed from the file's own geometry."""
    scale = np.array(document["transform"]["scale"])
    vertices = np.array(document["vertices"]) * scale
    areas = defaultdict(float)
    for identifier, item in document["CityObjects"].items():
        building = item.get("parents", [identifier])[0]
        for shape in item.get("geometry", []):
            semantics = shape["semantics"]
            for polygon, value in zip(shape["boundaries"], semantics["values"]):
                rings = [vertices[r] for r in polygon]
                kind = semantics["surfaces"][value]["type"]
                areas[building, kind] += polygon_area_3d(Polygon3D(rings[0], rings[1:]))
    return areas


def test_buildings_parts_surfaces_and_areas_are_those_of_the_source(written):
    folder, results, buildings, _solar = written
    document = json.loads((folder / "tile.city.json").read_text())
    check_structure(document)
    types = [o["type"] for o in document["CityObjects"].values()]
    assert types.count("Building") == 194 and types.count("BuildingPart") == 70  # SOURCES.md
    assert results["tile.city.json"].surface_count == 389 + 1580 + 238 + 151
    expected = defaultdict(float)
    for building in buildings:
        for surface in building.surfaces:
            kind = cityjson.SEMANTIC_TYPES[surface.surface_type]
            expected[building.building_id, kind] += sum(polygon_area_3d(p) for p in surface.polygons)
    areas = surface_areas(document)
    assert set(areas) == set(expected)
    for key, area in expected.items():
        assert areas[key] == pytest.approx(area, abs=0.01 + 1e-4 * area)  # millimetre coordinates


def test_solar_values_are_on_the_building_and_on_each_roof(written):
    folder, _results, buildings, solar = written
    document = json.loads((folder / "tile.city.json").read_text())
    objects = document["CityObjects"]
    roofs = 0
    for item in objects.values():
        for shape in item.get("geometry", []):
            for surface in shape["semantics"]["surfaces"]:
                if surface["type"] == "RoofSurface":
                    roofs += 1
                    values = solar[surface["surface_id"]]
                    assert surface["irradiation_kwh_m2"] == pytest.approx(values["irradiation_kwh_m2"], abs=1e-6)
                    assert surface["kwp"] == pytest.approx(values["kwp"], abs=1e-6)
                    assert surface["suitability"] == values["suitability"]
    assert roofs == 389
    with_solar = [b for b in buildings if b.solar_rows()]
    for building in with_solar:
        attributes = objects[building.building_id]["attributes"]
        assert attributes["kwp"] == pytest.approx(sum(r["kwp"] for r in building.solar_rows()), abs=1e-5)
        assert attributes["function"] == building.attributes["function"]
        assert attributes["measuredHeight"] == pytest.approx(building.attributes["measured_height"], abs=0.001)
        assert attributes["function_de"]


def test_cjio_reads_both_files(written):
    folder, _results, _buildings, _solar = written
    cjio = needs_client("cjio")
    for name in ("tile.city.json", "tile.city.jsonl"):
        if name.endswith(".jsonl"):
            with open(folder / name, "rb") as stream:
                completed = subprocess.run([cjio, "stdin", "info"], stdin=stream, capture_output=True, timeout=300)
        else:
            completed = subprocess.run([cjio, str(folder / name), "info"], capture_output=True, timeout=300)
        output = completed.stdout.decode() + completed.stderr.decode()
        assert completed.returncode == 0, output
        assert "CityJSON version = 2.0" in output and "EPSG = 25832" in output
        assert "Building (194)" in output and "BuildingPart (70)" in output
