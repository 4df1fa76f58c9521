"""3D building models from other producers (tests/data/citygml/other, tests/data/cityjson; see SOURCES.md): counts,
areas, volumes and CRSs against a reading done here, independently of the importer.

The reference reads CityGML with xml.etree.ElementTree (any namespace, xlinks resolved by a dict of all polygons)
and CityJSON with json; coordinates go through pyproj directly where a file is not in metres; areas are the
half-length of the summed triangle-fan cross products, volumes the fan triangulation's divergence sum — none of
the importer's code (Newell vectors, vertex-mean volumes, numpy batches) is used.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress

DATA = Path(__file__).resolve().parents[1] / "data"
OTHER = DATA / "citygml" / "other"
CITYJSON = DATA / "cityjson"
XLINK = "{http://www.w3.org/1999/xlink}href"
SEMANTIC = {"RoofSurface": "Roof", "WallSurface": "Wall", "GroundSurface": "Ground", "ClosureSurface": "Closure",
            "OuterCeilingSurface": "OuterCeiling", "OuterFloorSurface": "OuterFloor"}


def local(tag):
    return tag.rpartition("}")[2]


def gml_id(element):
    for key, value in element.attrib.items():
        if local(key) == "id":
            return value
    return None


# ----------------------------------------------------------------------------- independent geometry


def fan_vector(points):
    """Sum of triangle-fan cross products of a ring (twice its vector area)."""
    p0 = points[0]
    total = np.zeros(3)
    for p1, p2 in zip(points[1:-1], points[2:]):
        total += np.cross(np.subtract(p1, p0), np.subtract(p2, p0))
    return total


def fan_area(points):
    return 0.5 * float(np.linalg.norm(fan_vector(points)))


def fan_volume(rings, origin):
    """Signed volume of closed rings by the fan triangulation (tetrahedra against ``origin``)."""
    volume = 0.0
    for ring in rings:
        local_ring = np.asarray(ring) - origin
        p0 = local_ring[0]
        for p1, p2 in zip(local_ring[1:-1], local_ring[2:]):
            volume += float(np.dot(p0, np.cross(p1, p2))) / 6.0
    return volume


def ring_points(ring, transform):
    """Points of a LinearRing (posList or pos), closing point dropped, through ``transform``."""
    texts = [e.text for e in ring.iter() if local(e.tag) in ("posList", "pos")]
    values = [float(v) for text in texts for v in text.split()]
    points = [tuple(values[i : i + 3]) for i in range(0, len(values), 3)]
    if points[0] == points[-1]:
        points = points[:-1]
    return transform(points)


def polygon_rings(polygon, transform):
    rings = []
    for child in polygon:
        if local(child.tag) in ("exterior", "interior"):
            rings.append(ring_points(next(iter(child)), transform))
    return rings


def polygon_area(rings):
    return fan_area(rings[0]) - sum(fan_area(r) for r in rings[1:])


# ----------------------------------------------------------------------------- independent CityGML reading


def surface_polygons(surface, polygons):
    """(polygon element, reversed) of a thematic surface: inline or by xlink, also through an OrientableSurface."""
    found = []
    for child in surface:
        if not local(child.tag).startswith("lod") or not local(child.tag).endswith("MultiSurface"):
            continue
        turned = {e for o in child.iter() if local(o.tag) == "OrientableSurface" and o.get("orientation") == "-"
                  for e in o.iter()}
        for element in child.iter():
            if local(element.tag) == "Polygon":
                found.append((element, element in turned))
            elif local(element.tag) in ("surfaceMember", "baseSurface") and element.get(XLINK):
                found.append((polygons[element.get(XLINK).lstrip("#")], element in turned))
    return found


def oriented(rings, reverse):
    return [list(reversed(r)) for r in rings] if reverse else rings


def faces_type(rings_list, origin):
    """Roof/Wall/Ground of the faces of a solid without semantics: outward normal (orientation by signed volume)."""
    sign = 1.0 if fan_volume([r for rings in rings_list for r in rings[:1]], origin) >= 0 else -1.0
    kinds = []
    for rings in rings_list:
        n = fan_vector(rings[0]) * sign
        nz = n[2] / (np.linalg.norm(n) or 1.0)
        kinds.append("Roof" if nz >= 0.17 else "Ground" if nz <= -0.17 else "Wall")
    return kinds


def reference_citygml(path, transform=lambda points: points):
    """Buildings, surface counts and areas per type, volume per building (None when not every part is closed)."""
    root = ET.parse(path).getroot()
    polygons = {gml_id(p): p for p in root.iter() if local(p.tag) == "Polygon" and gml_id(p)}
    counts, areas, volumes = Counter(), defaultdict(float), {}
    buildings = [b for b in root.iter() if local(b.tag) == "Building"]
    for building in buildings:
        objects = [building] + [p for p in building.iter() if local(p.tag) == "BuildingPart"]
        volume = 0.0
        for obj in objects:
            faces = []
            semantic = [s for s in obj.iter() if local(s.tag) in SEMANTIC and _owner(s, obj)]
            for surface in semantic:
                rings_list = [oriented(polygon_rings(p, transform), turned)
                              for p, turned in surface_polygons(surface, polygons)]
                counts[SEMANTIC[local(surface.tag)]] += 1
                areas[SEMANTIC[local(surface.tag)]] += sum(polygon_area(r) for r in rings_list)
                faces.extend(rings_list)
            if not semantic:
                solids = [c for c in obj if local(c.tag) in ("lod2Solid", "lod1Solid")]
                solid = solids[0] if solids else None
                polygons_of_solid = [p for p in solid.iter() if local(p.tag) == "Polygon"] if solid is not None else []
                faces = [polygon_rings(p, transform) for p in polygons_of_solid]
                if faces:
                    for kind, rings in zip(faces_type(faces, np.asarray(faces[0][0][0])), faces):
                        counts[kind] += 1
                        areas[kind] += polygon_area(rings)
            if faces:
                volume += abs(fan_volume([r for rings in faces for r in rings], np.asarray(faces[0][0][0])))
        volumes[gml_id(building)] = volume
    return len(buildings), counts, areas, volumes


def _owner(surface, obj):
    """True when ``surface`` belongs to ``obj`` itself, not to one of its BuildingParts."""
    return True if local(obj.tag) == "BuildingPart" else not any(
        surface in list(part.iter()) for part in obj.iter() if local(part.tag) == "BuildingPart"
    )


def imported(path, **kwargs):
    progress = RecordingProgress()
    buildings, report = citygml.read_citygml(path, progress, **kwargs)
    counts = Counter(s.surface_type for b in buildings for s in b.surfaces)
    areas = defaultdict(float)
    for b in buildings:
        for s in b.surfaces:
            areas[s.surface_type] += s.area_m2
    return buildings, report, counts, areas, progress


def assert_matches(path, reference, rel=1e-9, **kwargs):
    count, counts, areas, volumes = reference
    buildings, report, got_counts, got_areas, progress = imported(path, **kwargs)
    assert len(buildings) == count and not report.skipped
    assert got_counts == counts
    for kind, area in areas.items():
        assert got_areas[kind] == pytest.approx(area, rel=rel), kind
    return buildings, report, progress


# ----------------------------------------------------------------------------- the files


def test_geographic_crs_plateau_is_read_latitude_first_and_measured_in_utm():
    """PLATEAU (Japan): EPSG:6697 = JGD2011 latitude/longitude + height. Areas in metres, in UTM 54N, roofs up."""
    from pyproj import Transformer

    to_utm = Transformer.from_crs("EPSG:6668", "EPSG:32654", always_xy=True)

    def transform(points):  # the file writes latitude, longitude, height
        lat, lon, h = np.asarray(points).T
        x, y = to_utm.transform(lon, lat)
        return [tuple(p) for p in np.column_stack([x, y, h])]

    path = OTHER / "plateau_52397519_bldg_6697_excerpt.gml"
    reference = reference_citygml(path, transform)
    assert reference[0] == 3 and reference[1] == {"Roof": 3, "Wall": 9, "Ground": 3}
    buildings, report, progress = assert_matches(path, reference, rel=1e-6)
    assert report.crs.compound_authid == "EPSG:6668+6695" and report.crs.swap  # latitude first, as EPSG defines
    assert report.output_crs.authid == "EPSG:32654"
    assert any("EPSG:32654" in m and "not in metres" in m for m in progress.messages)  # stated in the log
    for building in buildings:
        x, y = np.concatenate([p.exterior for s in building.surfaces for p in s.polygons])[:, :2].mean(axis=0)
        assert 370_000 < x < 390_000 and 3_900_000 < y < 3_910_000  # Yokosuka in UTM 54N, not degrees
        assert building.attributes["volume"] == pytest.approx(reference[3][building.building_id], rel=1e-6)
        for s in building.surfaces:
            if s.surface_type == "Roof":
                assert s.tilt_deg < 5.0  # flat roofs facing up (read longitude-first they would face down)
    assert buildings[0].attributes["measured_height"] == 6.0 and buildings[0].attributes["storeys"] == 1


def test_geographic_crs_with_a_geographic_target_is_measured_in_metres_and_written_in_degrees():
    path = OTHER / "plateau_52397519_bldg_6697_excerpt.gml"
    metric, _ = citygml.read_citygml(path)
    degrees, report = citygml.read_citygml(path, target_crs="EPSG:4326")
    assert report.output_crs.authid == "EPSG:4326"
    for a, b in zip(metric, degrees):
        assert b.attributes["roof_area"] == pytest.approx(a.attributes["roof_area"], rel=1e-12)
        lon, lat = np.concatenate([p.exterior for s in b.surfaces for p in s.polygons])[:, :2].mean(axis=0)
        assert 139.7 < lon < 139.8 and 35.2 < lat < 35.3
        assert np.isfinite(np.concatenate([p.exterior for s in b.surfaces for p in s.polygons])).all()


def test_compound_crs_outside_germany_rd_new_nap():
    """3dfier output (Delft): srsName urn:ogc:def:crs:EPSG::7415 = RD New + NAP height, LoD1 solids with gml:pos."""
    path = OTHER / "delft_3dfier_7415_excerpt.gml"
    reference = reference_citygml(path)
    buildings, report, _ = assert_matches(path, reference)
    assert (report.crs.horizontal_epsg, report.crs.vertical_epsg) == (28992, 5709)
    assert report.output_crs.authid == "EPSG:28992"
    for building in buildings:
        assert building.attributes["lod"] == 1 and building.attributes["shell_closed"]
        assert building.attributes["volume"] == pytest.approx(reference[3][building.building_id], rel=1e-9)


def test_file_without_srs_name_stops_and_names_the_parameter():
    path = OTHER / "karlsruhe_no_srsname_excerpt.gml"
    with pytest.raises(NrwTwinError, match=r"names no coordinate reference system.*SOURCE_CRS"):
        citygml.read_citygml(path)
    reference = reference_citygml(path)
    buildings, report, _ = assert_matches(path, reference, source_crs="EPSG:31467")
    assert report.output_crs.authid == "EPSG:31467" and len(buildings) == 5


def test_namespace_less_root_with_standard_building_content():
    """SupportGIS-style root <CityModel> without namespace; srsName urn:ogc:def,crs::EPSG:31467 written easting-first
    although EPSG:31467 defines northing first: read as written, said in the log."""
    path = OTHER / "karlsruhe_no_namespace_root_excerpt.gml"
    assert ET.parse(path).getroot().tag == "CityModel"
    reference = reference_citygml(path)
    buildings, report, progress = assert_matches(path, reference)
    assert report.crs.horizontal_epsg == 31467 and not report.crs.swap
    assert any("easting/longitude first" in m for m in progress.messages)
    assert [b.building_id for b in buildings][0] == "A08212000048050110_______"


def test_citygml_3_building_with_part_shared_wall_and_xlinks():
    """OGC CityGML 3.0 example: core:boundary, con:*Surface, gml/3.2, lod2Solid/Shell by xlink, a BuildingPart whose
    wall is the main building's wall turned around (OrientableSurface orientation="-" → baseSurface xlink)."""
    path = OTHER / "ogc_citygml3_building_and_garage_lod2.gml"
    reference = reference_citygml(path)
    assert reference[1] == {"Wall": 8, "Roof": 3, "Ground": 2}
    buildings, report, _ = assert_matches(path, reference)
    (building,) = buildings
    assert (report.crs.horizontal_epsg, report.crs.vertical_epsg) == (25832, 5783)
    assert building.part_ids and building.attributes["n_parts"] == 1
    assert building.attributes["shell_closed"] and building.attributes["volume"] == pytest.approx(
        reference[3][building.building_id], rel=1e-9
    )
    # main house 10 × 5 × 3 m + gable 10 × 5 × 2 / 2, garage 2.5 × 4 × (2.3…2.5) m: 200 + 24
    assert building.attributes["volume"] == pytest.approx(224.0, abs=1e-6)
    assert building.attributes["function"] == "1000" and building.attributes["roof_type"] == "1030"
    assert building.attributes["measured_height"] == 6.0 and building.attributes["city"] == "Eggenstein-Leopoldshafen"
    shared = [s for s in building.surfaces if s.part_id and s.surface_type == "Wall"]
    turned = [s for s in shared if s.polygons[0].polygon_id == "GML_9f0465e6-f316-4f89-a9bd-eb21934ffe84"]
    assert len(turned) == 1
    shared_id = turned[0].polygons[0].polygon_id
    original = next(s for s in building.surfaces if not s.part_id and shared_id in [p.polygon_id for p in s.polygons])
    assert np.dot(turned[0].normal, original.normal) == pytest.approx(-1.0)  # the same wall, facing the garage


# ----------------------------------------------------------------------------- CityJSON


def reference_cityjson(document):
    """Buildings, parts, surfaces per type (one per polygon: 3D BAG shares anonymous semantic objects) and areas."""
    scale, translate = np.asarray(document["transform"]["scale"]), np.asarray(document["transform"]["translate"])
    vertices = np.asarray(document["vertices"]) * scale + translate
    counts, areas = Counter(), defaultdict(float)
    objects = document["CityObjects"]
    for obj in objects.values():
        for geometry in obj.get("geometry", [])[-1:]:  # 3D BAG: LoD 1.2, 1.3, 2.2 — the highest is the last
            kinds = geometry["semantics"]["surfaces"]
            shells = geometry["boundaries"] if geometry["type"] == "Solid" else [geometry["boundaries"]]
            values = geometry["semantics"]["values"]
            values = values if geometry["type"] == "Solid" else [values]
            for shell, shell_values in zip(shells, values):
                for surface, value in zip(shell, shell_values):
                    kind = SEMANTIC[kinds[value]["type"]]
                    counts[kind] += 1
                    rings = [vertices[ring] for ring in surface]
                    areas[kind] += polygon_area(rings)
    buildings = sum(1 for o in objects.values() if o["type"] == "Building")
    parts = sum(1 for o in objects.values() if o["type"] == "BuildingPart")
    return buildings, parts, counts, areas


def test_cityjson_2_with_transform_semantics_and_building_parts():
    path = CITYJSON / "3dbag_b2.city.json"
    document = json.loads(path.read_text())
    assert document["version"] == "2.0"
    count, parts, counts, areas = reference_cityjson(document)
    buildings, report, got_counts, got_areas, _ = imported(path)
    assert (len(buildings), report.parts) == (count, parts) == (2, 2)
    assert got_counts == counts
    for kind, area in areas.items():
        assert got_areas[kind] == pytest.approx(area, rel=1e-9)
    assert (report.crs.horizontal_epsg, report.crs.vertical_epsg) == (28992, 5709)
    for building in buildings:
        attributes = document["CityObjects"][building.building_id]["attributes"]
        assert building.attributes["generic"]["identificatie"] == attributes["identificatie"]
        assert all(s.part_id == building.part_ids[0] for s in building.surfaces)
        # The 3D BAG computed the LoD 2.2 volume itself (val3dity / its own code): within 0.1 %.
        assert building.attributes["volume"] == pytest.approx(attributes["b3_volume_lod22"], rel=1e-3)


def test_cityjsonseq_gives_the_same_buildings_as_the_cityjson_file():
    whole, _ = citygml.read_citygml(CITYJSON / "3dbag_b2.city.json")
    sequence, report = citygml.read_citygml(CITYJSON / "3dbag_b2.city.jsonl")
    assert report.crs.horizontal_epsg == 28992
    assert sorted(b.building_id for b in whole) == sorted(b.building_id for b in sequence)
    for building in sequence:
        other = next(b for b in whole if b.building_id == building.building_id)
        assert [s.surface_id for s in building.surfaces] == [s.surface_id for s in other.surfaces]
        for a, b in zip(building.surfaces, other.surfaces):
            assert a.area_m2 == pytest.approx(b.area_m2, rel=1e-9, abs=1e-9)
            assert np.allclose(a.polygons[0].exterior, b.polygons[0].exterior, atol=1e-6)


def test_cityjson_1_1_multisurface():
    path = CITYJSON / "rotterdam_one_v11.city.json"
    document = json.loads(path.read_text())
    assert document["version"] == "1.1"
    scale, translate = np.asarray(document["transform"]["scale"]), np.asarray(document["transform"]["translate"])
    vertices = np.asarray(document["vertices"]) * scale + translate
    (obj,) = document["CityObjects"].values()
    (geometry,) = obj["geometry"]
    expected = Counter()
    area = defaultdict(float)
    for surface, value in zip(geometry["boundaries"], geometry["semantics"]["values"]):
        kind = SEMANTIC[geometry["semantics"]["surfaces"][value]["type"]]
        expected[kind] += 1
        area[kind] += polygon_area([vertices[r] for r in surface])
    buildings, report, counts, areas, _ = imported(path)
    assert len(buildings) == 1 and counts == expected
    for kind in expected:
        assert areas[kind] == pytest.approx(area[kind], rel=1e-9)
    assert buildings[0].attributes["volume"] is None  # a multi-surface with gaps is no closed shell


def test_cityjson_geometry_template_instances(tmp_path):
    """A building whose LoD2 geometry is a template (unit box with semantics) placed twice by reference point and
    4×4 matrix (scaled by 10 × 6 × 3, rotated 90° about z): both instances sit and measure where the matrix says."""
    box = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]]
    faces = [[[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]
    template = {
        "type": "Solid", "lod": "2", "boundaries": [faces],
        "semantics": {"surfaces": [{"type": "GroundSurface"}, {"type": "RoofSurface"}, {"type": "WallSurface"}],
                      "values": [[0, 1, 2, 2, 2, 2]]},
    }
    scale = [10, 0, 0, 0, 0, 6, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1]
    rotate = [0, -10, 0, 0, 6, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1]  # x' = −10 y, y' = 6 x
    document = {
        "type": "CityJSON", "version": "2.0",
        "transform": {"scale": [0.001, 0.001, 0.001], "translate": [85000.0, 446000.0, 0.0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/7415"},
        "CityObjects": {
            "B1": {"type": "Building", "attributes": {"roofType": "1000", "measuredHeight": 3},
                   "geometry": [{"type": "GeometryInstance", "template": 0, "boundaries": [0],
                                 "transformationMatrix": scale}]},
            "B2": {"type": "Building",
                   "geometry": [{"type": "GeometryInstance", "template": 0, "boundaries": [1],
                                 "transformationMatrix": rotate}]},
        },
        "vertices": [[0, 0, 1000], [50000, 20000, 2000]],
        "geometry-templates": {"templates": [template], "vertices-templates": box},
    }
    path = tmp_path / "templates.city.json"
    path.write_text(json.dumps(document))
    buildings, report = citygml.read_citygml(path)
    assert [b.building_id for b in buildings] == ["B1", "B2"]
    for building, origin in zip(buildings, ((85000.0, 446000.0, 1.0), (85050.0, 446020.0, 2.0))):
        points = np.concatenate([p.exterior for s in building.surfaces for p in s.polygons])
        assert building.attributes["volume"] == pytest.approx(180.0)  # 10 × 6 × 3
        assert building.attributes["roof_area"] == pytest.approx(60.0)
        assert points[:, 2].min() == pytest.approx(origin[2]) and points[:, 2].max() == pytest.approx(origin[2] + 3)
        assert building.attributes["shell_closed"]
    first = np.concatenate([p.exterior for s in buildings[0].surfaces for p in s.polygons])
    second = np.concatenate([p.exterior for s in buildings[1].surfaces for p in s.polygons])
    assert (first[:, 0].min(), first[:, 0].max(), first[:, 1].max()) == pytest.approx((85000.0, 85010.0, 446006.0))
    assert (second[:, 0].min(), second[:, 0].max(), second[:, 1].max()) == pytest.approx((85040.0, 85050.0, 446026.0))
    assert buildings[0].attributes["roof_type"] == "1000" and buildings[0].attributes["measured_height"] == 3.0


@pytest.mark.parametrize("suffix", ["city.json", "city.jsonl"])
def test_round_trip_through_the_cityjson_writer_of_the_publish_step(tmp_path, suffix):
    """NRW CityGML → algorithms/publish/cityjson.write_cityjson → this import: the same buildings, parts, surface
    ids, types, areas, volumes and attributes (the writer gives each semantic object a surface_id; it stores the
    coordinates as integers with a scale, so areas and volumes agree to floating-point rounding)."""
    from nrw_digital_twin.algorithms.publish import cityjson as writer
    from nrw_digital_twin.algorithms.publish import scene

    source = DATA / "citygml" / "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
    original, _ = citygml.read_citygml(source)
    layer_names = {"function": "function", "roof_type": "roof_type", "storeys": "storeys",
                   "measured_height": "measured_height_m"}
    attributes = {b.building_id: {k: b.attributes[a] for a, k in layer_names.items()} for b in original}
    buildings = scene.group_buildings([s for b in original for s in b.surfaces], None, attributes)
    values = [scene.building_values(b, 0.0, None) for b in buildings]
    path = tmp_path / f"round.{suffix}"
    writer.write_cityjson(buildings, values, str(path), 25832)
    back, report = citygml.read_citygml(path)
    assert report.output_crs.authid == "EPSG:25832" and not report.skipped
    assert [b.building_id for b in back] == [b.building_id for b in original]
    for a, b in zip(original, back):
        assert sorted(b.part_ids) == sorted(a.part_ids)
        got = {s.surface_id: s for s in b.surfaces}
        assert set(got) == {s.surface_id for s in a.surfaces}
        for s in a.surfaces:
            assert (got[s.surface_id].surface_type, got[s.surface_id].part_id) == (s.surface_type, s.part_id)
            assert got[s.surface_id].area_m2 == pytest.approx(s.area_m2, rel=1e-6, abs=1e-6)
        assert b.attributes["volume"] == pytest.approx(a.attributes["volume"], rel=1e-6)
        assert b.attributes["shell_closed"] == a.attributes["shell_closed"]
        for key in ("function", "roof_type", "storeys", "measured_height"):
            assert b.attributes[key] == a.attributes[key], key
