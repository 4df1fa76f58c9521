"""CityGML import on small documents built here: CityGML 2.0, gml:pos, holes, parts with LoD1 fallback,
xlinks, compressed inputs; and the vectorised measures against algorithms/geometry3d.py."""

from __future__ import annotations

import gzip
import math
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml, geometry3d
from nrw_digital_twin.algorithms.model import Polygon3D

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
X0, Y0 = 350000.0, 5700000.0


def ring_xml(points, style):
    closed = list(points) + [points[0]]
    if style == "coordinates":
        text = " ".join(f"{x},{y},{z}" for x, y, z in closed)
        return f"<gml:LinearRing><gml:coordinates>{text}</gml:coordinates></gml:LinearRing>"
    if style == "pos":
        return (
            "<gml:LinearRing>" + "".join(f"<gml:pos>{x} {y} {z}</gml:pos>" for x, y, z in closed) + "</gml:LinearRing>"
        )
    text = " ".join(f"{x} {y} {z}" for x, y, z in closed)
    return f'<gml:LinearRing><gml:posList srsDimension="3">{text}</gml:posList></gml:LinearRing>'


def polygon_xml(pid, exterior, style="posList", holes=()):
    inner = "".join(f"<gml:interior>{ring_xml(h, style)}</gml:interior>" for h in holes)
    ident = f' gml:id="{pid}"' if pid else ""
    return f"<gml:Polygon{ident}><gml:exterior>{ring_xml(exterior, style)}</gml:exterior>{inner}</gml:Polygon>"


def box_faces(x, y, w, d, z0, h):
    """Outward-oriented faces of a box (ground CW from above, roof CCW, walls CCW from outside)."""
    x1, y1, z1 = x + w, y + d, z0 + h
    return {
        "Ground": [(x, y, z0), (x, y1, z0), (x1, y1, z0), (x1, y, z0)],
        "Roof": [(x, y, z1), (x1, y, z1), (x1, y1, z1), (x, y1, z1)],
        "WallS": [(x, y, z0), (x1, y, z0), (x1, y, z1), (x, y, z1)],
        "WallE": [(x1, y, z0), (x1, y1, z0), (x1, y1, z1), (x1, y, z1)],
        "WallN": [(x1, y1, z0), (x, y1, z0), (x, y1, z1), (x1, y1, z1)],
        "WallW": [(x, y1, z0), (x, y, z0), (x, y, z1), (x, y1, z1)],
    }


def semantic_object(oid, faces, style="posList", roof_holes=(), solid=True, extra_surface=""):
    members, refs = [], []
    for key, ring in faces.items():
        kind = "Wall" if key.startswith("Wall") else key
        pid = f"{oid}_poly_{key}"
        refs.append(pid)
        holes = roof_holes if kind == "Roof" else ()
        members.append(
            f'<bldg:boundedBy><bldg:{kind}Surface gml:id="{oid}_{key}"><bldg:lod2MultiSurface><gml:MultiSurface>'
            f"<gml:surfaceMember>{polygon_xml(pid, ring, style, holes)}</gml:surfaceMember>"
            f"</gml:MultiSurface></bldg:lod2MultiSurface></bldg:{kind}Surface></bldg:boundedBy>"
        )
    solid_xml = ""
    if solid:
        solid_xml = (
            "<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
            + "".join(f'<gml:surfaceMember xlink:href="#{r}"/>' for r in refs)
            + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>"
        )
    return solid_xml + "".join(members) + extra_surface


def lod1_object(faces, style="posList"):
    members = "".join(
        f"<gml:surfaceMember>{polygon_xml(None, ring, style)}</gml:surfaceMember>" for ring in faces.values()
    )
    return (
        "<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
        f"{members}</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>"
    )


def attributes(v="2.0", height=6.0, storeys=2):
    return (
        "<core:creationDate>2025-03-01</core:creationDate>"
        f'<gen:stringAttribute name="Gemeindeschluessel"><gen:value>05315000</gen:value></gen:stringAttribute>'
        f'<gen:stringAttribute name="DatenquelleDachhoehe"><gen:value>1000</gen:value></gen:stringAttribute>'
        "<bldg:function>31001_1000</bldg:function><bldg:roofType>1000</bldg:roofType>"
        f'<bldg:measuredHeight uom="urn:adv:uom:m">{height}</bldg:measuredHeight>'
        f"<bldg:storeysAboveGround>{storeys}</bldg:storeysAboveGround>"
    )


ADDRESS = (
    "<bldg:address><core:Address><core:xalAddress><xAL:AddressDetails><xAL:Country><xAL:CountryName>Germany"
    '</xAL:CountryName><xAL:Locality Type="Town"><xAL:LocalityName>Köln</xAL:LocalityName>'
    '<xAL:Thoroughfare Type="Street"><xAL:ThoroughfareNumber>12a</xAL:ThoroughfareNumber>'
    "<xAL:ThoroughfareName>Domstraße</xAL:ThoroughfareName></xAL:Thoroughfare><xAL:PostalCode>"
    "<xAL:PostalCodeNumber>50667</xAL:PostalCodeNumber></xAL:PostalCode></xAL:Locality></xAL:Country>"
    "</xAL:AddressDetails></core:xalAddress></core:Address></bldg:address>"
)


def document(buildings, version="2.0", srs="urn:ogc:def:crs:EPSG::25832"):
    base = "http://www.opengis.net/citygml"
    members = "".join(f"<core:cityObjectMember>{b}</core:cityObjectMember>" for b in buildings)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<core:CityModel xmlns:core="{base}/{version}" xmlns:bldg="{base}/building/{version}" '
        f'xmlns:gen="{base}/generics/{version}" xmlns:gml="http://www.opengis.net/gml" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0">'
        f'<gml:boundedBy><gml:Envelope srsName="{srs}" srsDimension="3">'
        f"<gml:lowerCorner>{X0} {Y0} 100</gml:lowerCorner><gml:upperCorner>{X0 + 100} {Y0 + 100} 120</gml:upperCorner>"
        f"</gml:Envelope></gml:boundedBy>{members}</core:CityModel>"
    )


def box_building(bid="B1", style="posList", roof_holes=(), version="2.0"):
    faces = box_faces(X0 + 10, Y0 + 20, 10.0, 8.0, 100.0, 6.0)
    body = semantic_object(bid, faces, style, roof_holes)
    return f'<bldg:Building gml:id="{bid}">{attributes(version)}{body}{ADDRESS}</bldg:Building>'


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("style", ["posList", "pos", "coordinates"])
@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_box_building_measures(tmp_path, style, version):
    path = write(tmp_path, "box.gml", document([box_building(style=style, version=version)], version=version))
    buildings, report = citygml.read_citygml(path)
    assert report.crs.authid == "EPSG:25832" and report.skipped == []
    (b,) = buildings
    by_id = {s.surface_id: s for s in b.surfaces}
    assert sorted(s.surface_type for s in b.surfaces) == ["Ground", "Roof", "Wall", "Wall", "Wall", "Wall"]
    assert by_id["B1_Roof"].area_m2 == pytest.approx(80.0) and by_id["B1_Ground"].area_m2 == pytest.approx(80.0)
    assert by_id["B1_WallS"].area_m2 == pytest.approx(60.0) and by_id["B1_WallE"].area_m2 == pytest.approx(48.0)
    assert by_id["B1_Roof"].tilt_deg == pytest.approx(0.0) and by_id["B1_Roof"].azimuth_deg is None
    assert by_id["B1_Ground"].tilt_deg == pytest.approx(180.0) and by_id["B1_Ground"].azimuth_deg is None
    for key, azimuth in (("WallN", 0.0), ("WallE", 90.0), ("WallS", 180.0), ("WallW", 270.0)):
        assert by_id[f"B1_{key}"].tilt_deg == pytest.approx(90.0)
        assert by_id[f"B1_{key}"].azimuth_deg == pytest.approx(azimuth)
        assert (by_id[f"B1_{key}"].z_min, by_id[f"B1_{key}"].z_max) == (100.0, 106.0)
    a = b.attributes
    assert a["volume"] == pytest.approx(480.0) and a["shell_closed"] is True
    assert a["footprint_area"] == pytest.approx(80.0) and a["wall_area"] == pytest.approx(216.0)
    assert a["measured_height"] == 6.0 and a["height"] == pytest.approx(6.0) and a["storeys"] == 2
    assert a["ground_z"] == 100.0 and a["eaves_height"] == pytest.approx(6.0) and a["ridge_z"] == 106.0
    assert (a["street"], a["house_number"], a["postcode"], a["city"]) == ("Domstraße", "12a", "50667", "Köln")
    assert a["municipality_key"] == "05315000" and a["generic"]["DatenquelleDachhoehe"] == "1000"
    assert (a["function"], a["roof_type"], a["creation_date"], a["lod"]) == ("31001_1000", "1000", "2025-03-01", 2)
    assert a["source_file"] == "box.gml" and b.part_ids == [] and all(s.part_id is None for s in b.surfaces)
    assert len(b.footprint) == 1 and b.footprint[0].exterior[:, 2].tolist() == [100.0] * 4


@pytest.mark.parametrize("style", ["posList", "pos"])
def test_interior_ring_is_subtracted_and_open_shell_flagged(tmp_path, style):
    hole = [(X0 + 12, Y0 + 22, 106.0), (X0 + 12, Y0 + 24, 106.0), (X0 + 14, Y0 + 24, 106.0), (X0 + 14, Y0 + 22, 106.0)]
    path = write(tmp_path, "hole.gml", document([box_building(style=style, roof_holes=[hole])]))
    (b,), _ = citygml.read_citygml(path)
    roof = next(s for s in b.surfaces if s.surface_type == "Roof")
    assert len(roof.polygons[0].interiors) == 1
    assert roof.area_m2 == pytest.approx(76.0) and roof.tilt_deg == pytest.approx(0.0)
    assert b.attributes["shell_closed"] is False and b.attributes["volume"] is None


def test_parts_with_lod1_fallback_and_outer_ceiling(tmp_path):
    faces_a = box_faces(X0, Y0, 10.0, 10.0, 50.0, 9.0)
    faces_b = box_faces(X0 + 10, Y0, 5.0, 4.0, 50.0, 3.0)
    ceiling = (
        '<bldg:boundedBy><bldg:OuterCeilingSurface gml:id="OC1"><bldg:lod2MultiSurface><gml:MultiSurface>'
        f"<gml:surfaceMember>{polygon_xml('OCP', [(X0, Y0, 49.0), (X0 + 4, Y0, 49.0), (X0 + 4, Y0 + 4, 49.0)])}"
        "</gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface></bldg:OuterCeilingSurface></bldg:boundedBy>"
    )
    building = (
        '<bldg:Building gml:id="P"><bldg:function>31001_2000</bldg:function>'
        '<gen:stringAttribute name="Gemeindeschluessel"><gen:value>05111000</gen:value></gen:stringAttribute>'
        '<bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id="PA"><bldg:roofType>3100</bldg:roofType>'
        "<bldg:measuredHeight>9.0</bldg:measuredHeight>"
        f"{semantic_object('PA', faces_a, extra_surface=ceiling)}</bldg:BuildingPart></bldg:consistsOfBuildingPart>"
        '<bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id="PB"><bldg:measuredHeight>3.0</bldg:measuredHeight>'
        f"{lod1_object(faces_b, style='pos')}</bldg:BuildingPart></bldg:consistsOfBuildingPart></bldg:Building>"
    )
    path = write(tmp_path, "parts.gml", document([building]))
    (b,), report = citygml.read_citygml(path)
    assert report.parts == 2 and b.part_ids == ["PA", "PB"]
    fallback = [s for s in b.surfaces if s.part_id == "PB"]
    assert sorted(s.surface_type for s in fallback) == ["Ground", "Roof", "Wall", "Wall", "Wall", "Wall"]
    assert all(s.lod == 1 for s in fallback) and all(s.lod == 2 for s in b.surfaces if s.part_id == "PA")
    assert next(s for s in fallback if s.surface_type == "Roof").area_m2 == pytest.approx(20.0)
    assert [s.surface_type for s in b.surfaces].count("OuterCeiling") == 1
    a = b.attributes
    assert a["n_parts"] == 2 and a["lod"] == 2 and a["roof_type"] == "3100" and a["municipality_key"] == "05111000"
    assert a["measured_height"] == 9.0 and a["part_measured_heights"] == {"PA": 9.0, "PB": 3.0}
    # The stray OuterCeiling triangle leaves part A's shell open → no volume.
    assert a["shell_closed"] is False and a["volume"] is None


def test_lod1_solid_with_inward_faces_is_classified_correctly(tmp_path):
    faces = {k: list(reversed(v)) for k, v in box_faces(X0, Y0, 4.0, 5.0, 10.0, 3.0).items()}
    building = f'<bldg:Building gml:id="L">{lod1_object(faces)}</bldg:Building>'
    (b,), _ = citygml.read_citygml(write(tmp_path, "lod1.gml", document([building], version="1.0")))
    kinds = sorted(s.surface_type for s in b.surfaces)
    assert kinds == ["Ground", "Roof", "Wall", "Wall", "Wall", "Wall"]
    assert b.attributes["lod"] == 1 and b.attributes["volume"] == pytest.approx(60.0)


def test_gable_roof_tilt_and_azimuth(tmp_path):
    # Ridge along x at y = 4, 3 m above eaves: south face tilt atan(3/4), azimuth 180°.
    x, y, z = X0, Y0, 100.0
    south = [(x, y, z), (x + 10, y, z), (x + 10, y + 4, z + 3), (x, y + 4, z + 3)]
    north = [(x + 10, y + 8, z), (x, y + 8, z), (x, y + 4, z + 3), (x + 10, y + 4, z + 3)]
    surfaces = "".join(
        f'<bldg:boundedBy><bldg:RoofSurface gml:id="R{i}"><bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>'
        f"{polygon_xml(f'RP{i}', ring)}</gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface>"
        "</bldg:RoofSurface></bldg:boundedBy>"
        for i, ring in enumerate((south, north))
    )
    (b,), _ = citygml.read_citygml(
        write(tmp_path, "gable.gml", document([f'<bldg:Building gml:id="G">{surfaces}</bldg:Building>']))
    )
    s, n = b.surfaces
    assert s.tilt_deg == pytest.approx(math.degrees(math.atan2(3, 4))) and s.azimuth_deg == pytest.approx(180.0)
    assert n.tilt_deg == pytest.approx(math.degrees(math.atan2(3, 4))) and n.azimuth_deg == pytest.approx(0.0)
    assert s.area_m2 == pytest.approx(50.0)  # 10 m × 5 m slope length
    assert b.attributes["footprint_area"] == pytest.approx(80.0)  # no ground surface: roofs projected


def test_compressed_and_zipped_inputs(tmp_path):
    text = document([box_building("Z1"), box_building("Z2")])
    gz = tmp_path / "a.gml.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as handle:
        handle.write(text)
    archive = tmp_path / "tiles.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("readme.txt", "not a tile")
        zf.writestr("sub/", "")
        zf.writestr("sub/b.xml", text)
        zf.writestr("c.gml", document([box_building("Z3")]))
    xml = write(tmp_path, "d.xml", text)
    assert [b.building_id for b in citygml.iter_buildings(gz)] == ["Z1", "Z2"]
    got = [(b.building_id, b.attributes["source_file"]) for b in citygml.iter_buildings(archive)]
    assert got == [("Z1", "tiles.zip/sub/b.xml"), ("Z2", "tiles.zip/sub/b.xml"), ("Z3", "tiles.zip/c.gml")]
    assert len(list(citygml.iter_buildings([xml, gz]))) == 4


def test_vectorised_measures_match_geometry3d():
    buildings, _ = citygml.read_citygml(DATA / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")
    for b in buildings:
        for s in b.surfaces:
            assert s.area_m2 == pytest.approx(geometry3d.polygons_area_3d(s.polygons), rel=1e-9, abs=1e-9)
            normal = geometry3d.area_weighted_normal(s.polygons)
            assert np.allclose(s.normal, normal, atol=1e-6)
            tilt, azimuth = geometry3d.tilt_azimuth(normal)
            assert s.tilt_deg == pytest.approx(tilt, abs=1e-6)
            assert (s.azimuth_deg is None) == (azimuth is None)
            if azimuth is not None:
                assert s.azimuth_deg == pytest.approx(azimuth, abs=1e-5)
            assert (s.z_min, s.z_max) == geometry3d.polygon_z_range(s.polygons)
        for part in {s.part_id for s in b.surfaces}:
            polygons = [p for s in b.surfaces if s.part_id == part for p in s.polygons]
            assert abs(geometry3d.signed_volume(polygons)) > 0
        total = sum(
            abs(geometry3d.signed_volume([p for s in b.surfaces if s.part_id == part for p in s.polygons]))
            for part in {s.part_id for s in b.surfaces}
        )
        # Centroid vs fan-triangle formula differ only by the slight non-planarity of real polygons.
        assert b.attributes["volume"] == pytest.approx(total, rel=1e-5)


def test_wkb_decodes_to_the_same_rings():
    exterior = np.array([[0.0, 0, 1], [4, 0, 1], [4, 3, 2]])
    hole = np.array([[1.0, 0.5, 1.1], [2, 0.5, 1.1], [2, 1, 1.2]])
    wkb = citygml.multipolygon_z_wkb([Polygon3D(exterior, [hole]), Polygon3D(exterior + 10)])
    order, kind, n_polygons = struct.unpack_from("<BII", wkb, 0)
    assert (order, kind, n_polygons) == (1, 1006, 2)
    offset = 9
    rings = []
    for _ in range(n_polygons):
        _o, kind, n_rings = struct.unpack_from("<BII", wkb, offset)
        assert kind == 1003
        offset += 9
        for _ in range(n_rings):
            (n,) = struct.unpack_from("<I", wkb, offset)
            offset += 4
            rings.append(np.frombuffer(wkb, "<f8", n * 3, offset).reshape(n, 3))
            offset += n * 24
    assert offset == len(wkb) and len(rings) == 3
    assert np.array_equal(rings[0][:-1], exterior) and np.array_equal(rings[0][-1], exterior[0])
    assert np.array_equal(rings[1][:-1], hole) and np.array_equal(rings[2][:-1], exterior + 10)


# ----------------------------------------------------------------------------- structure variants (issue 15)


def test_buildings_without_gml_id_get_stable_generated_ids_and_are_counted(tmp_path):
    plain = box_building("X").replace('<bldg:Building gml:id="X">', "<bldg:Building>")
    path = write(tmp_path, "noid.gml", document([box_building("A"), plain, plain.replace("X_", "Y_")]))
    first, report = citygml.read_citygml(path)
    again, _ = citygml.read_citygml(path)
    assert [b.building_id for b in first] == ["A", "noid_building_2", "noid_building_3"]
    assert [b.building_id for b in again] == [b.building_id for b in first]  # stable: file name and position
    assert report.generated_ids == 2 and report.skipped == []
    assert all(s.building_id == "noid_building_2" for s in first[1].surfaces)


def test_inward_lod2_rings_are_turned_by_the_shell_volume_sign_and_counted(tmp_path):
    faces = {k: list(reversed(v)) for k, v in box_faces(X0 + 10, Y0 + 20, 10.0, 8.0, 100.0, 6.0).items()}
    inward = f'<bldg:Building gml:id="F">{semantic_object("F", faces)}</bldg:Building>'
    path = write(tmp_path, "flipped.gml", document([inward, box_building("OK")]))
    (flipped, normal), report = citygml.read_citygml(path)
    assert report.flipped_buildings == 1
    roof = next(s for s in flipped.surfaces if s.surface_type == "Roof")
    ground = next(s for s in flipped.surfaces if s.surface_type == "Ground")
    assert roof.tilt_deg == pytest.approx(0.0) and ground.tilt_deg == pytest.approx(180.0)  # not 180° / 0°
    assert flipped.attributes["volume"] == pytest.approx(480.0)
    walls = {round(s.azimuth_deg) for s in flipped.surfaces if s.surface_type == "Wall"}
    assert walls == {0, 90, 180, 270}
    # The written rings run counter-clockwise seen from outside again (roof normal up by Newell's formula).
    assert geometry3d.newell_vector(roof.polygons[0].exterior)[2] > 0
    assert [s.tilt_deg for s in normal.surfaces] == [
        s.tilt_deg for s in flipped.surfaces
    ] or sorted(s.tilt_deg for s in normal.surfaces) == pytest.approx(sorted(s.tilt_deg for s in flipped.surfaces))


def test_thematic_surfaces_referring_to_polygons_inside_the_solid(tmp_path):
    """The solid holds the polygons inline; RoofSurface, WallSurface… only point at them with xlink:href."""
    faces = box_faces(X0 + 10, Y0 + 20, 10.0, 8.0, 100.0, 6.0)
    solid = (
        "<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>"
        + "".join(f"<gml:surfaceMember>{polygon_xml(f'S_{k}', ring)}</gml:surfaceMember>" for k, ring in faces.items())
        + "</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid>"
    )
    surfaces = "".join(
        f'<bldg:boundedBy><bldg:{"Wall" if k.startswith("Wall") else k}Surface gml:id="T_{k}"><bldg:lod2MultiSurface>'
        f'<gml:MultiSurface><gml:surfaceMember xlink:href="#S_{k}"/></gml:MultiSurface></bldg:lod2MultiSurface>'
        f'</bldg:{"Wall" if k.startswith("Wall") else k}Surface></bldg:boundedBy>'
        for k in faces
    )
    path = write(tmp_path, "xlinked.gml", document([f'<bldg:Building gml:id="XL">{surfaces}{solid}</bldg:Building>']))
    (b,), report = citygml.read_citygml(path)
    assert report.skipped == []
    assert sorted(s.surface_type for s in b.surfaces) == ["Ground", "Roof", "Wall", "Wall", "Wall", "Wall"]
    roof = next(s for s in b.surfaces if s.surface_type == "Roof")
    assert roof.surface_id == "T_Roof" and roof.polygons[0].polygon_id == "S_Roof" and roof.area_m2 == pytest.approx(80)
    assert b.attributes["volume"] == pytest.approx(480.0) and b.attributes["lod"] == 2
