"""srsName → CRS: AdV URNs of the German deliveries, EPSG URNs/URLs, compound forms; unknown names fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml.crs import parse_srs_name
from nrw_digital_twin.algorithms.errors import NrwTwinError

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
    # Areas change only by the scale difference between the zones (< 1 %), tilt of walls stays vertical.
    for s_native, s_moved in zip(native[0].surfaces, moved[0].surfaces):
        assert s_moved.area_m2 == pytest.approx(s_native.area_m2, rel=0.01)
    # The extent is given in the target CRS.
    inside, report = citygml.read_citygml(path, target_crs="EPSG:25833", extent=(-81600, 5757900, -81500, 5758100))
    assert len(inside) == 3 and report.outside_extent == 1
