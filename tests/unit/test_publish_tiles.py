"""3D Tiles of the real fixture tile with real solar values (algorithms/publish/tiles3d.py)."""
import json
import struct
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from publish_support import (
    fixture_buildings,
    glb_contents,
    property_table,
    tileset_rule_violations,
    validate_glb,
    walk_tiles,
)
from scipy.spatial import cKDTree

from nrw_digital_twin.algorithms.errors import Canceled
from nrw_digital_twin.algorithms.files import OutputSet
from nrw_digital_twin.algorithms.geometry3d import polygons_area_3d
from nrw_digital_twin.algorithms.progress import RecordingProgress
from nrw_digital_twin.algorithms.publish import scene, tiles3d
from nrw_digital_twin.algorithms.publish.georef import Georeferencer
from nrw_digital_twin.algorithms.publish.gltf import read_glb, srgb_to_linear
from nrw_digital_twin.algorithms.solar_classes import SOLAR_CLASSES, solar_class_index


@pytest.fixture(scope="module")
def fixture():
    return fixture_buildings()


def export(buildings, folder: Path, capacity=100, progress=None):
    folder.mkdir(parents=True, exist_ok=True)
    with OutputSet() as outputs:
        result = tiles3d.export_3dtiles(buildings, str(folder), "EPSG:25832", lambda p: str(outputs.path(p)),
                                        progress=progress, capacity=capacity)
        outputs.commit()
    return result


@pytest.fixture(scope="module")
def exported(fixture, tmp_path_factory):
    records, surfaces, solar = fixture
    attributes = {r.building_id: r.attributes for r in records}
    buildings = scene.group_buildings(surfaces, solar, attributes)
    folder = tmp_path_factory.mktemp("tiles") / "twin"
    return export(buildings, folder), folder, buildings


def all_contents(folder: Path):
    tileset = json.loads((folder / "tileset.json").read_text())
    return tileset, {t["content"]["uri"]: glb_contents(folder / t["content"]["uri"])
                     for t, _d, _p in walk_tiles(tileset["root"]) if "content" in t}


def test_the_tileset_follows_the_3d_tiles_rules(exported):
    result, folder, _buildings = exported
    assert result.building_count == 194 and not result.skipped_buildings
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "tiles", "tileset.json"]
    glbs = sorted((folder / "tiles").glob("*.glb"))
    assert len(glbs) == result.tile_count > 1
    assert tileset_rule_violations(folder / "tileset.json") == []
    tileset = json.loads((folder / "tileset.json").read_text())
    assert tileset["asset"]["version"] == "1.1"
    depths = [d for _t, d, _p in walk_tiles(tileset["root"])]
    assert max(depths) >= 1  # 194 buildings, 100 per tile


def test_the_rules_checker_catches_broken_tilesets(exported, tmp_path):
    _result, folder, _buildings = exported
    tileset = json.loads((folder / "tileset.json").read_text())
    child = tileset["root"]["children"][0]
    child["geometricError"] = tileset["root"]["geometricError"] + 1
    child["boundingVolume"]["box"][0] += 5000.0
    (tmp_path / "tiles").symlink_to(folder / "tiles")
    (tmp_path / "tileset.json").write_text(json.dumps(tileset))
    problems = tileset_rule_violations(tmp_path / "tileset.json")
    assert any("geometricError larger" in p for p in problems)
    assert any("not inside the parent" in p for p in problems)


def test_positions_convert_back_to_the_source_within_half_a_metre(exported):
    _result, folder, buildings = exported
    tileset, contents = all_contents(folder)
    matrix = np.array(tileset["root"]["transform"]).reshape(4, 4).T
    local = np.concatenate([p["positions"] for c in contents.values() for p in c["primitives"]])
    ecef = local @ matrix[:3, :3].T + matrix[:3, 3]
    back = Georeferencer("EPSG:25832").source_from_ecef(ecef)
    source = np.concatenate([r for b in buildings for s in b.surfaces if s.surface_type != "Closure"
                             for p in s.polygons for r in p.rings()])
    distance, index = cKDTree(source).query(back)
    horizontal = np.hypot(*(back[:, :2] - source[index, :2]).T)
    assert horizontal.max() < 0.5 and np.abs(back[:, 2] - source[index, 2]).max() < 0.5
    assert horizontal.max() < 0.005  # in fact millimetres: float32 relative to each tile's centre
    # every source vertex is drawn
    assert cKDTree(back).query(source)[0].max() < 0.005


def test_every_building_is_one_feature_with_its_values(exported, fixture):
    _result, folder, buildings = exported
    _records, _surfaces, solar = fixture
    _tileset, contents = all_contents(folder)
    rows = {}
    for content in contents.values():
        table = property_table(content["document"], content["binary"])
        count = content["document"]["extensions"]["EXT_structural_metadata"]["propertyTables"][0]["count"]
        for primitive in content["primitives"]:
            ids = primitive["feature_ids"]
            assert np.array_equal(ids, np.round(ids)) and ids.min() >= 0 and ids.max() < count
            feature_ids = primitive["extension"]["featureIds"][0]
            assert feature_ids["attribute"] == 0 and feature_ids["propertyTable"] == 0
            assert feature_ids["featureCount"] == len(np.unique(ids))
        for index, building_id in enumerate(table["building_id"]):
            rows[building_id] = {key: values[index] for key, values in table.items()}
    assert set(rows) == {b.building_id for b in buildings}
    for building in buildings:
        row = rows[building.building_id]
        roofs = [s for s in building.surfaces if s.surface_type == "Roof"]
        assert row["roof_area_m2"] == pytest.approx(sum(polygons_area_3d(s.polygons) for s in roofs), rel=1e-5)
        assert row["height_m"] == pytest.approx(building.attributes["measured_height"], abs=0.01)
        values = [solar[s.surface_id] for s in roofs if s.surface_id in solar]
        if values:
            weights = np.array([v["area_m2"] for v in values])
            mean = np.dot(weights, [v["irradiation_kwh_m2"] for v in values]) / weights.sum()
            assert row["irradiation_kwh_m2"] == pytest.approx(mean, rel=1e-5)
            assert row["kwp"] == pytest.approx(sum(v["kwp"] for v in values), rel=1e-5)
            assert row["yield_kwh"] == pytest.approx(sum(v["yield_kwh"] for v in values), rel=1e-5)
    wesel = [r for r in rows.values() if r["address"].endswith("Wesel")]
    assert wesel and all(r["function"] for r in rows.values())
    assert {r["suitability"] for r in rows.values()} <= {"suitable", "shaded", "too_small", ""}


def triangle_area_sum(positions, triangles):
    a, b, c = (positions[triangles[:, k]] for k in range(3))
    return 0.5 * np.linalg.norm(np.cross(b - a, c - a), axis=1).sum()


def test_roofs_are_coloured_by_the_solar_class_of_their_surface(exported, fixture):
    _result, folder, buildings = exported
    _records, surfaces, solar = fixture
    _tileset, contents = all_contents(folder)
    colours = {tuple(srgb_to_linear(c.rgb)): k for k, c in enumerate(SOLAR_CLASSES)}
    drawn = defaultdict(float)
    for content in contents.values():
        for primitive in content["primitives"]:
            colour = tuple(primitive["material"]["pbrMetallicRoughness"]["baseColorFactor"][:3])
            if colour in colours:
                drawn[colours[colour]] += triangle_area_sum(primitive["positions"], primitive["triangles"])
                assert np.median(primitive["normals"][:, 2]) > 0.3  # roofs face up
    expected = defaultdict(float)
    roofs = [s for s in surfaces if s.surface_type == "Roof"]
    classes = solar_class_index([solar[s.surface_id]["irradiation_kwh_m2"] for s in roofs])
    for surface, index in zip(roofs, classes):
        expected[int(index)] += polygons_area_3d(surface.polygons)
    assert len(expected) >= 4  # the tile has roofs in at least four classes
    for index, area in expected.items():
        assert drawn[index] == pytest.approx(area, rel=2e-3)  # local frame vs UTM scale (≈ 3·10⁻⁵)


def test_the_khronos_validator_finds_no_error_in_any_glb(exported):
    _result, folder, _buildings = exported
    reports = validate_glb(sorted((folder / "tiles").glob("*.glb")))
    assert len(reports) == _result.tile_count
    for report in reports:
        assert report["errors"] == 0, report["messages"]
        assert report["warnings"] == 0, report["messages"]
        assert report["validatorVersion"].startswith("2.0.0")


def test_the_khronos_validator_would_report_a_broken_glb(exported, tmp_path):
    _result, folder, _buildings = exported
    document, binary = read_glb((folder / "tiles" / "0.glb").read_bytes())
    document["accessors"][0]["max"] = [0.0, 0.0, 0.0]  # POSITION bounds that the data contradict
    text = json.dumps(document).encode()
    text += b" " * ((-len(text)) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(binary), 0x004E4942) + binary
    broken = tmp_path / "broken.glb"
    broken.write_bytes(struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body)
    report = validate_glb([broken])[0]
    assert report["errors"] > 0 and report["messages"][0]["code"] == "ACCESSOR_MAX_MISMATCH"


def test_a_dense_town_is_tiled_by_size_with_decreasing_errors(tmp_path):
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile

    buildings = scene.group_buildings(dense_tile(356000.0, 5699000.0, size=400.0, spacing=17.2, seed=7))
    result = export(buildings, tmp_path / "dense", capacity=50)
    assert result.building_count == len(buildings) == 23 * 23
    tileset = json.loads((tmp_path / "dense" / "tileset.json").read_text())
    assert tileset_rule_violations(tmp_path / "dense" / "tileset.json") == []
    levels = defaultdict(list)
    for tile, depth, _parent in walk_tiles(tileset["root"]):
        levels[depth].append(tile["geometricError"])
    assert len(levels) >= 3
    assert max(levels[0]) >= max(levels[1]) >= max(levels[2])
    assert result.size_bytes / result.building_count < 20_000


def test_a_canceled_export_leaves_the_old_folder_as_it_was(exported, fixture, tmp_path):
    _result, source_folder, buildings = exported
    folder = tmp_path / "twin"
    export(buildings[:20], folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    progress = RecordingProgress()
    progress.canceled = True
    with pytest.raises(Canceled):
        export(buildings, folder, progress=progress)
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
