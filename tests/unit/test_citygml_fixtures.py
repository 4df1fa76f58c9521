"""CityGML import on every real NRW fixture: counts, areas, heights, volumes, attributes.

Expected values come from an independent reading of the same files with xml.etree.ElementTree and
plain-Python geometry (triangle-fan cross products), not from the engine's code.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.model import SURFACE_TYPES

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
GML = "{http://www.opengis.net/gml}"
BLDG = "{http://www.opengis.net/citygml/building/1.0}"
TYPES = ("Roof", "Wall", "Ground", "Closure")

# From tests/data/SOURCES.md: buildings, parts, roofs, walls, ground, closure.
EXPECTED = {
    "LoD2_32_332_5727_1_NW.gml": (4, 0, 5, 22, 4, 0),
    "LoD2_32_330_5731_1_NW.gml": (1, 0, 1, 80, 1, 0),
    "LoD2_32_326_5727_1_NW.gml": (194, 70, 389, 1580, 238, 151),
    "LoD2_32_324_5730_1_NW.gml": (0, 0, 0, 0, 0, 0),
    "LoD2_32_338_5706_1_NW_excerpt_2024.gml": (4, 4, 18, 52, 6, 16),
}
ALL_FILES = sorted(p.name for p in DATA.glob("*.gml"))


def test_every_fixture_is_covered():
    assert set(ALL_FILES) == set(EXPECTED) | {"LoD1_472_5757_1_NW.gml"}


# ----------------------------------------------------------------- independent reference


def fan_area(points):
    """Area of a planar 3D ring: half the length of the sum of triangle-fan cross products."""
    x0, y0, z0 = points[0]
    sx = sy = sz = 0.0
    for (x1, y1, z1), (x2, y2, z2) in zip(points[1:-1], points[2:]):
        ax, ay, az = x1 - x0, y1 - y0, z1 - z0
        bx, by, bz = x2 - x0, y2 - y0, z2 - z0
        sx += ay * bz - az * by
        sy += az * bx - ax * bz
        sz += ax * by - ay * bx
    return 0.5 * math.sqrt(sx * sx + sy * sy + sz * sz)


def ring_points(ring):
    values = [float(v) for v in ring.find(f"{GML}posList").text.split()]
    return [tuple(values[i : i + 3]) for i in range(0, len(values), 3)]


def polygon_area(polygon):
    area = fan_area(ring_points(polygon.find(f"{GML}exterior/{GML}LinearRing")))
    for ring in polygon.findall(f"{GML}interior/{GML}LinearRing"):
        area -= fan_area(ring_points(ring))
    return area


def reference(path):
    """Counts, areas per type and per-object (building or part) z ranges and measuredHeights via ElementTree."""
    root = ET.parse(path).getroot()
    counts = Counter()
    areas = defaultdict(float)
    for kind in TYPES:
        for surface in root.iter(f"{BLDG}{kind}Surface"):
            counts[kind] += 1
            areas[kind] += sum(polygon_area(p) for p in surface.iter(f"{GML}Polygon"))
    buildings = root.findall(f".//{BLDG}Building")
    parts = root.findall(f".//{BLDG}BuildingPart")
    heights = {}
    for obj in buildings + parts:
        mh = obj.find(f"{BLDG}measuredHeight")
        if mh is not None:
            heights[obj.get(f"{GML}id")] = float(mh.text)
    return len(buildings), len(parts), counts, areas, heights


# ----------------------------------------------------------------- tests


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts_match_sources_and_elementtree(name):
    buildings, report = citygml.read_citygml(DATA / name)
    n_b, n_p, counts, _areas, _h = reference(DATA / name)
    expected = EXPECTED[name]
    assert (n_b, n_p, counts["Roof"], counts["Wall"], counts["Ground"], counts["Closure"]) == expected
    got = Counter(s.surface_type for b in buildings for s in b.surfaces)
    assert (len(buildings), report.parts, got["Roof"], got["Wall"], got["Ground"], got["Closure"]) == expected
    assert report.buildings == len(buildings) and report.skipped == []
    assert sum(len(b.part_ids) for b in buildings) == n_p
    assert report.crs.horizontal_epsg == 25832 and report.crs.vertical_epsg == 7837


@pytest.mark.parametrize("name", [n for n in sorted(EXPECTED) if EXPECTED[n][0]])
def test_summed_areas_match_independent_computation(name):
    buildings, _ = citygml.read_citygml(DATA / name)
    _b, _p, _c, areas, _h = reference(DATA / name)
    for kind in TYPES:
        total = sum(s.area_m2 for b in buildings for s in b.surfaces if s.surface_type == kind)
        assert total == pytest.approx(areas[kind], rel=1e-9, abs=1e-6), kind
        attr = {"Roof": "roof_area", "Wall": "wall_area", "Ground": "ground_area", "Closure": "closure_area"}[kind]
        assert sum(b.attributes[attr] for b in buildings) == pytest.approx(areas[kind], rel=1e-9, abs=1e-6)
    assert areas["Roof"] > 0 and areas["Wall"] > 0


@pytest.mark.parametrize("name", [n for n in sorted(EXPECTED) if EXPECTED[n][0]] + ["LoD1_472_5757_1_NW.gml"])
def test_measured_height_equals_z_range_per_part(name):
    buildings, _ = citygml.read_citygml(DATA / name)
    *_rest, heights = reference(DATA / name)
    checked = 0
    for building in buildings:
        by_object = defaultdict(list)
        for surface in building.surfaces:
            by_object[surface.part_id or building.building_id].append(surface)
        for object_id, surfaces in by_object.items():
            z_range = max(s.z_max for s in surfaces) - min(s.z_min for s in surfaces)
            if name.startswith("LoD1"):
                continue  # LoD1 measuredHeight is the laser height, the block top is BezugspunktDach
            assert z_range == pytest.approx(heights[object_id], abs=0.0011), object_id
            checked += 1
    assert name.startswith("LoD1") or checked == EXPECTED[name][0] + EXPECTED[name][1] - sum(
        1 for b in buildings if b.part_ids
    )


def test_full_tile_derived_values_are_consistent():
    buildings, _ = citygml.read_citygml(DATA / "LoD2_32_326_5727_1_NW.gml")
    assert len(buildings) == 194
    roof_types = Counter(b.attributes["roof_type"] for b in buildings)
    assert set(roof_types) == {"1000", "2100", "3100", "3200", "3300", "5000", "9999"}
    for b in buildings:
        a = b.attributes
        assert a["municipality_key"] == "05170048" and a["creation_date"] == "2021-01-23" and a["lod"] == 2
        assert a["generic"]["Grundrissaktualitaet"]
        assert a["shell_closed"] is True and a["volume"] > 0
        # Volume bounded by footprint × height (a box around the building) and positive.
        assert a["volume"] <= a["footprint_area"] * a["height"] * 1.0001
        assert a["ground_z"] <= a["eaves_z"] <= a["ridge_z"] == pytest.approx(a["z_max"])
        for s in b.surfaces:
            assert s.surface_type in SURFACE_TYPES
            if s.surface_type == "Wall":
                assert 80 < s.tilt_deg < 100 and s.azimuth_deg is not None
            if s.surface_type == "Ground":
                assert s.tilt_deg > 179 and s.azimuth_deg is None
    # Roofs face up, except a few real downward faces under overhangs (closed shells all the same).
    roofs = [s for b in buildings for s in b.surfaces if s.surface_type == "Roof"]
    assert len(roofs) == 389 and sum(s.tilt_deg > 90 for s in roofs) == 7
    # Flat roofs (roofType 1000) have near-horizontal roofs without azimuth.
    flat = [
        s
        for b in buildings
        if b.attributes["roof_type"] == "1000" and not b.part_ids
        for s in b.surfaces
        if s.surface_type == "Roof"
    ]
    assert flat and all(s.tilt_deg < 1.0 and s.azimuth_deg is None for s in flat)
    # Gable roofs: two faces facing opposite directions.
    gables = [b for b in buildings if b.attributes["roof_type"] == "3100" and not b.part_ids]
    assert gables
    for b in gables:
        roofs = [s for s in b.surfaces if s.surface_type == "Roof"]
        if len(roofs) == 2:
            assert abs((roofs[0].azimuth_deg - roofs[1].azimuth_deg) % 360 - 180) < 2.0


def test_lod1_2018_delivery_volumes_and_attributes():
    path = DATA / "LoD1_472_5757_1_NW.gml"
    buildings, report = citygml.read_citygml(path)
    root = ET.parse(path).getroot()
    assert len(buildings) == 6 and report.parts == 2
    assert all(b.attributes["lod"] == 1 for b in buildings)
    assert buildings[0].attributes["generic"]["BezugspunktDach"] == "2000"
    assert buildings[0].attributes["city"] == "Bielefeld" and buildings[0].attributes["municipality_key"] == "05711000"
    # Independent volume of each lod1Solid: LoD1 blocks are prisms, volume = top area × (z_top − z_bottom).
    expected = {}
    for obj in root.findall(f".//{BLDG}Building") + root.findall(f".//{BLDG}BuildingPart"):
        solid = obj.find(f"{BLDG}lod1Solid")
        if solid is None:
            continue
        rings = [ring_points(r) for r in solid.iter(f"{GML}LinearRing")]
        z = [p[2] for ring in rings for p in ring]
        top = [r for r in rings if all(p[2] == max(z) for p in r)]
        assert len(top) == 1
        expected[obj.get(f"{GML}id")] = fan_area(top[0]) * (max(z) - min(z))
    assert len(expected) == 7
    total = 0.0
    for b in buildings:
        assert b.attributes["shell_closed"] is True
        objects = {s.part_id or b.building_id for s in b.surfaces}
        assert b.attributes["volume"] == pytest.approx(sum(expected[o] for o in objects), rel=1e-9)
        total += b.attributes["volume"]
        kinds = Counter(s.surface_type for s in b.surfaces)
        assert kinds["Roof"] == kinds["Ground"] == len(objects) and kinds["Wall"] >= 4 * len(objects)
    assert total == pytest.approx(sum(expected.values()), rel=1e-9)


def test_2024_delivery_attributes():
    buildings, report = citygml.read_citygml(DATA / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")
    assert report.crs.srs_name == "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH"
    assert {b.attributes["creation_date"] for b in buildings} == {"2024-01-01"}
    assert {b.attributes["municipality_key"] for b in buildings} == {"05112000"}
    assert all(isinstance(b.attributes["storeys"], int) for b in buildings)
    assert all("DatenquelleGeschossanzahl" in b.attributes["generic"] for b in buildings)
    assert any(b.attributes["city"] == "Duisburg" and b.attributes["street"] for b in buildings)
    # Ground heights 29.5–29.8 m (SOURCES.md).
    assert all(29.4 < b.attributes["ground_z"] < 29.9 for b in buildings)
    assert all(b.attributes["shell_closed"] for b in buildings)


def test_empty_tile():
    buildings, report = citygml.read_citygml(DATA / "LoD2_32_324_5730_1_NW.gml")
    assert buildings == [] and report.buildings == 0 and report.skipped == []
    assert report.empty_files == ["LoD2_32_324_5730_1_NW.gml"]
    assert report.crs.authid == "EPSG:25832"


def test_all_files_in_one_call_with_progress():
    from nrw_digital_twin.algorithms.progress import RecordingProgress

    progress = RecordingProgress()
    paths = [DATA / n for n in ALL_FILES]
    count = sum(1 for _ in citygml.iter_buildings(paths, progress))
    assert count == 4 + 1 + 194 + 0 + 4 + 6
    assert progress.percents[-1] == 100.0 and progress.percents == sorted(progress.percents)


def test_extent_filter():
    path = DATA / "LoD2_32_326_5727_1_NW.gml"
    everything, _ = citygml.read_citygml(path)
    box = (326000.0, 5727000.0, 326500.0, 5727500.0)
    inside, report = citygml.read_citygml(path, extent=box)
    expected = [
        b.building_id
        for b in everything
        if b.bbox[2] >= box[0] and b.bbox[0] <= box[2] and b.bbox[3] >= box[1] and b.bbox[1] <= box[3]
    ]
    assert [b.building_id for b in inside] == expected
    assert 0 < len(inside) < 194 and report.outside_extent == 194 - len(inside)
