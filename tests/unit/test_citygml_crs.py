"""srsName → CRS: AdV URNs of the German deliveries, EPSG URNs/URLs, compound forms; unknown names fail."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml.crs import parse_srs_name
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"


@pytest.mark.parametrize(
    "name, horizontal, vertical",
    [
        ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", 25832, 7837),
        ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH", 25832, 7837),
        ("urn:adv:crs:ETRS89_UTM32*DE_DHHN92_NH", 25832, 5783),
        ("urn:adv:crs:ETRS89_UTM33*DE_DHHN92_NH", 25833, 5783),
        ("urn:adv:crs:ETRS89_UTM33*DE_DHHN2016_NH*GCG2016", 25833, 7837),
        ("urn:adv:crs:DE_DHDN_3GK3*DE_DHHN92_NH", 31467, 5783),
        ("urn:adv:crs:ETRS89_UTM32", 25832, None),
        ("urn:ogc:def:crs:EPSG::25832", 25832, None),
        ("urn:ogc:def:crs:EPSG:6.12:25832", 25832, None),
        ("urn:x-ogc:def:crs:EPSG:25832", 25832, None),
        ("EPSG:25832", 25832, None),
        ("http://www.opengis.net/def/crs/EPSG/0/25832", 25832, None),
        ("https://www.opengis.net/def/crs/EPSG/0/25833", 25833, None),
        ("http://www.opengis.net/gml/srs/epsg.xml#25832", 25832, None),
        ("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837", 25832, 7837),
        ("urn:ogc:def:crs,crs:EPSG:6.12:25832,crs:EPSG:6.12:5783", 25832, 5783),
        (
            "http://www.opengis.net/def/crs-compound?1=http://www.opengis.net/def/crs/EPSG/0/25832"
            "&2=http://www.opengis.net/def/crs/EPSG/0/7837",
            25832,
            7837,
        ),
        ("EPSG:25832+7837", 25832, 7837),
    ],
)
def test_known_srs_names(name, horizontal, vertical):
    crs = parse_srs_name(name)
    assert (crs.horizontal_epsg, crs.vertical_epsg) == (horizontal, vertical)
    assert crs.authid == f"EPSG:{horizontal}"
    assert crs.compound_authid == (f"EPSG:{horizontal}+{vertical}" if vertical else f"EPSG:{horizontal}")


@pytest.mark.parametrize(
    "name",
    ["urn:adv:crs:WGS84_MERCATOR", "local", "urn:ogc:def:crs:OGC::CRS84x", "urn:ogc:def:crs:EPSG::99999999"],
)
def test_unknown_srs_names_are_named_in_the_error(name):
    with pytest.raises(NrwTwinError, match="unknown coordinate reference system") as info:
        parse_srs_name(name, "tile.gml")
    assert name in str(info.value) and "tile.gml" in str(info.value)


def test_missing_srs_name():
    with pytest.raises(NrwTwinError, match="no srsName"):
        parse_srs_name(None, "tile.gml")


def test_peek_crs_reads_only_the_head():
    assert citygml.peek_crs(str(DATA / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")).srs_name == (
        "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH"
    )
    assert citygml.peek_crs(str(DATA / "LoD2_32_324_5730_1_NW.gml")).horizontal_epsg == 25832


def test_reprojection_to_target_crs():
    path = DATA / "LoD2_32_332_5727_1_NW.gml"
    native, _ = citygml.read_citygml(path)
    moved, _ = citygml.read_citygml(path, target_crs="EPSG:25833")
    same, _ = citygml.read_citygml(path, target_crs=25832)
    assert [b.building_id for b in moved] == [b.building_id for b in native]
    # Same CRS: nothing changes.
    assert same[0].surfaces[0].polygons[0].exterior.tolist() == native[0].surfaces[0].polygons[0].exterior.tolist()
    a, b = native[0].surfaces[0].polygons[0].exterior, moved[0].surfaces[0].polygons[0].exterior
    from pyproj import Transformer

    x, y = Transformer.from_crs("EPSG:25832", "EPSG:25833", always_xy=True).transform(a[:, 0], a[:, 1])
    assert b[:, 0] == pytest.approx(x, abs=1e-6) and b[:, 1] == pytest.approx(y, abs=1e-6)
    # Zone 32 easting 332 km lies far west of the zone-33 meridian (15° E): negative zone-33 easting.
    assert -90000 < b[0, 0] < -75000
    assert (a[:, 2] == b[:, 2]).all()  # heights untouched
    # Measures are taken in the file's metric CRS, not in the target: the same areas, tilts and azimuths.
    for s_native, s_moved in zip(native[0].surfaces, moved[0].surfaces):
        assert (s_moved.area_m2, s_moved.tilt_deg, s_moved.azimuth_deg) == (
            s_native.area_m2,
            s_native.tilt_deg,
            s_native.azimuth_deg,
        )
    # The extent is given in the target CRS.
    inside, report = citygml.read_citygml(path, target_crs="EPSG:25833", extent=(-81600, 5757900, -81500, 5758100))
    assert len(inside) == 3 and report.outside_extent == 1


# ----------------------------------------------------------------------------- any EPSG code, axis order, plausibility


def box_document(x, y, srs, z=10.0, w=10.0, d=8.0, h=6.0, ids=("B1",), version="2.0"):
    """Box buildings (outward rings) at (x, y); ``w``/``d`` in the file's units."""
    def ring(points):
        closed = list(points) + [points[0]]
        return " ".join(f"{px!r} {py!r} {pz!r}" for px, py, pz in closed)

    def building(bid, dx):
        x0, y0 = x + dx, y
        x1, y1, z1 = x0 + w, y0 + d, z + h
        faces = {
            "Ground": [(x0, y0, z), (x0, y1, z), (x1, y1, z), (x1, y0, z)],
            "Roof": [(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)],
            "Wall": [(x0, y0, z), (x1, y0, z), (x1, y0, z1), (x0, y0, z1)],
        }
        walls = [
            [(x1, y0, z), (x1, y1, z), (x1, y1, z1), (x1, y0, z1)],
            [(x1, y1, z), (x0, y1, z), (x0, y1, z1), (x1, y1, z1)],
            [(x0, y1, z), (x0, y0, z), (x0, y0, z1), (x0, y1, z1)],
        ]
        surfaces = [(k, r) for k, r in faces.items()] + [("Wall", r) for r in walls]
        body = "".join(
            f'<bldg:boundedBy><bldg:{k}Surface><bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>'
            f'<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">{ring(r)}</gml:posList>'
            "</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>"
            f"</bldg:lod2MultiSurface></bldg:{k}Surface></bldg:boundedBy>"
            for k, r in surfaces
        )
        return f'<core:cityObjectMember><bldg:Building gml:id="{bid}">{body}</bldg:Building></core:cityObjectMember>'

    base = "http://www.opengis.net/citygml"
    envelope = f'<gml:boundedBy><gml:Envelope srsName="{srs}"/></gml:boundedBy>' if srs else ""
    members = "".join(building(bid, 3 * w * k) for k, bid in enumerate(ids))
    return (
        f'<core:CityModel xmlns:core="{base}/{version}" xmlns:bldg="{base}/building/{version}" '
        f'xmlns:gml="http://www.opengis.net/gml">{envelope}{members}</core:CityModel>'
    )


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, horizontal, vertical",
    [
        ("urn:ogc:def:crs,crs:EPSG::27700,crs:EPSG::5701", 27700, 5701),  # London: British National Grid + ODN
        ("EPSG::27700,EPSG::5701", 27700, 5701),
        ("urn:ogc:def:crs,crs:EPSG::28992,crs:EPSG::5709", 28992, 5709),  # Netherlands: RD New + NAP
        ("urn:ogc:def:crs:EPSG::7415", 28992, 5709),  # the same as one compound code
        (
            "http://www.opengis.net/def/crs-compound?1=http://www.opengis.net/def/crs/EPSG/0/2056"
            "&2=http://www.opengis.net/def/crs/EPSG/0/5728",
            2056,
            5728,
        ),  # Switzerland: CH1903+ / LV95 + LN02
        ("urn:ogc:def:crs,crs:EPSG::6677,crs:EPSG::6695", 6677, 6695),  # Japan plane rectangular IX + JGD2011 height
        ("http://www.opengis.net/def/crs/EPSG/0/6697", 6668, 6695),  # PLATEAU: JGD2011 + height, one code
        ("urn:ogc:def:crs:OGC:1.3:CRS84", 4326, None),
        ("urn:ogc:def,crs::EPSG:31467", 31467, None),  # a malformed URN of a SupportGIS export
    ],
)
def test_any_epsg_compound_crs_pyproj_knows(name, horizontal, vertical):
    crs = parse_srs_name(name)
    assert (crs.horizontal_epsg, crs.vertical_epsg) == (horizontal, vertical) and not crs.notes


def test_unknown_height_system_is_a_warning_and_heights_stay(tmp_path):
    srs = "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::99999"
    path = write(tmp_path, "h.gml", box_document(350000.0, 5700000.0, srs))
    progress = RecordingProgress()
    (b,), report = citygml.read_citygml(path, progress)
    assert any("EPSG:99999" in m and "heights are kept as given" in m for m in progress.messages)
    assert report.output_crs.authid == "EPSG:25832" and b.attributes["z_min"] == 10.0
    assert b.attributes["volume"] == pytest.approx(480.0)


def test_compound_crs_outside_germany_keeps_its_horizontal_crs(tmp_path):
    path = write(tmp_path, "london.gml", box_document(530000.0, 180000.0, "EPSG::27700,EPSG::5701"))
    (b,), report = citygml.read_citygml(path)
    assert report.output_crs.authid == "EPSG:27700" and b.attributes["volume"] == pytest.approx(480.0)


@pytest.mark.parametrize(
    "x, y, srs, guess",
    [
        (7.6, 51.9, "urn:ogc:def:crs:EPSG::25832", "longitude/latitude"),
        (3451262.25, 5429191.75, "EPSG:25832", r"Gauss-Krüger zone 3 \(EPSG:31467\)"),
        (32326000.0, 5727000.0, "EPSG:25832", r"ETRS89 / UTM zone 32N with the zone number in front\b.*EPSG:4647"),
        (326000.0, 5727000.0, "EPSG:4326", r"ETRS89 / UTM zone 32N or 33N"),
    ],
)
def test_coordinates_far_outside_the_crs_stop_with_the_likely_crs(tmp_path, x, y, srs, guess):
    size = 1e-4 if abs(x) < 200 else 10.0
    path = write(tmp_path, "wrong.gml", box_document(x, y, srs, w=size, d=size))
    with pytest.raises(NrwTwinError, match=f"wrong.gml.*far outside the area of use.*these look like {guess}"):
        citygml.read_citygml(path)


def test_latitude_first_short_form_is_swapped_by_the_area_of_use(tmp_path):
    """srsName EPSG:4326 means easting first by convention; a file writing latitude first is caught by the area
    of use (latitude 51.9 as longitude is fine, but 7.6 as latitude outside Japan's 6668 is not — use 6668)."""
    path = write(tmp_path, "latlon.gml", box_document(35.2596, 139.7389, "EPSG:6668", w=1e-4, d=1e-4))
    progress = RecordingProgress()
    (b,), report = citygml.read_citygml(path, progress)
    assert report.crs.swap and any("northing/latitude first" in m for m in progress.messages)
    assert report.output_crs.authid == "EPSG:32654"


def test_source_crs_is_used_without_srs_name_and_overrides_a_wrong_one(tmp_path):
    none = write(tmp_path, "none.gml", box_document(350000.0, 5700000.0, None))
    with pytest.raises(NrwTwinError, match="none.gml names no coordinate reference system.*SOURCE_CRS"):
        citygml.read_citygml(none)
    (b,), report = citygml.read_citygml(none, source_crs="EPSG:25832")
    assert report.output_crs.authid == "EPSG:25832" and b.attributes["volume"] == pytest.approx(480.0)
    wrong = write(tmp_path, "wrong.gml", box_document(350000.0, 5700000.0, "EPSG:25833"))
    progress = RecordingProgress()
    (b,), report = citygml.read_citygml(wrong, progress, source_crs="EPSG:25832")
    assert report.output_crs.authid == "EPSG:25832"
    assert any("SOURCE_CRS EPSG:25832 is used instead" in m for m in progress.messages)


def test_a_building_at_1e300_is_skipped_and_no_value_is_infinite(tmp_path):
    text = box_document(350000.0, 5700000.0, "EPSG:25832", ids=("A", "B", "C"))
    first = text.index("<bldg:Building gml:id=\"B\">")
    position = text.index("srsDimension=\"3\">", first) + len("srsDimension=\"3\">")
    broken = text[:position] + "1e300" + text[text.index(" ", position):]
    progress = RecordingProgress()
    buildings, report = citygml.read_citygml(write(tmp_path, "huge.gml", broken), progress)
    assert [b.building_id for b in buildings] == ["A", "C"]
    assert [s.gml_id for s in report.skipped] == ["B"] and "far outside the area of use" in report.skipped[0].reason
    assert any("B skipped" in w for w in progress.warnings)
    for b in buildings:
        assert all(np.isfinite([s.area_m2, s.z_min, s.z_max]).all() for s in b.surfaces)


def test_non_finite_measures_skip_the_building_where_no_area_of_use_catches_it(tmp_path):
    """A custom CRS (PROJ string, no area of use): 1e300 makes the areas infinite; the building is skipped."""
    text = box_document(350000.0, 5700000.0, None, ids=("A", "B"))
    first = text.index("<bldg:Building gml:id=\"B\">")
    position = text.index("srsDimension=\"3\">", first) + len("srsDimension=\"3\">")
    broken = text[:position] + "1e300" + text[text.index(" ", position):]
    custom = "+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    buildings, report = citygml.read_citygml(write(tmp_path, "inf.gml", broken), source_crs=custom)
    assert [b.building_id for b in buildings] == ["A"]
    assert report.skipped[0].gml_id == "B" and "not finite" in report.skipped[0].reason


def test_reprojection_to_infinity_is_an_error_not_a_success(tmp_path):
    custom = "+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    path = write(tmp_path, "far.gml", box_document(1.0e30, 5.0e6, None))
    with pytest.raises(NrwTwinError, match="Reprojecting far.gml to EPSG:25833 gave coordinates that are infinite"):
        citygml.read_citygml(path, source_crs=custom, target_crs="EPSG:25833")
