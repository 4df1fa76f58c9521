"""WFS engine: streaming GML parsing of the real ALKIS response, axis order, quadtree split, errors."""

from __future__ import annotations

import io
import json
import re

import numpy as np
import pytest
from lxml import etree

from nrw_digital_twin.algorithms import services, wfs
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from tests.fakes.ogc_server import FakeAlkisWfs, StubOgcServer, free_port

RESPONSE = "ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml"
GML32 = "{http://www.opengis.net/gml/3.2}"
AVE = "{http://repository.gdi-de.org/schemas/adv/produkt/alkis-vereinfacht/2.0}"


def reference(data_dir):
    """gml:id → (flaeche, attribute count) read straight from the recorded response."""
    root = etree.parse(str(data_dir / RESPONSE), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    out = {}
    for feature in root.iter(AVE + "Flurstueck"):
        out[feature.get(GML32 + "id")] = (float(feature.find(AVE + "flaeche").text), feature)
    return out


def polygon_area(wkt: str) -> float:
    """Shoelace area of a MULTIPOLYGON WKT without holes (what the fixture parcels are)."""
    total = 0.0
    for ring in re.findall(r"\(\(([^()]+)\)\)", wkt):
        xy = np.array([[float(v) for v in point.split()] for point in ring.split(",")])
        x, y = xy[:, 0], xy[:, 1]
        total += 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    return total


def test_real_epsg4258_response_lat_lon_to_utm_matches_official_areas(data_dir):
    ref = reference(data_dir)
    with open(data_dir / RESPONSE, "rb") as stream:
        features = list(wfs.iter_features(stream, "", "MultiPolygon"))
    assert len(features) == 10 and {f.id for f in features} == set(ref)
    ratios = []
    for feature in features:
        official, element = ref[feature.id]
        assert feature.wkt.startswith("MULTIPOLYGON (((")
        # the booked area ("flaeche", partly from older surveys) agrees with the EPSG:25832 area within 1 %
        ratios.append(polygon_area(feature.wkt) / official)
        assert ratios[-1] == pytest.approx(1.0, abs=0.01)
        simple = [c for c in element if len(c) == 0]
        assert len(feature.attributes) == len(simple) == 22
        assert feature.attributes["flaeche"] == element.find(AVE + "flaeche").text
    assert float(np.median(ratios)) == pytest.approx(1.0, abs=1e-3)
    parcel = next(f for f in features if f.id == "DENW42AL1000NscuFL")
    assert parcel.attributes["gemarkung"] == "Losheim" and parcel.attributes["flstnrzae"] == "28"
    # first vertex 50.3259267976888 N 6.40906375656871 E lies at E 315585.09 N 5578080.09 (UTM 32)
    first = [float(v) for v in re.search(r"\(\(\(([^,]+),", parcel.wkt).group(1).split()]
    assert first == pytest.approx([315585.09, 5578080.09], abs=0.02)


def test_axis_order_rules():
    assert wfs.axis_swapped("urn:ogc:def:crs:EPSG::4258")
    assert wfs.axis_swapped("http://www.opengis.net/def/crs/EPSG/0/4326")
    assert not wfs.axis_swapped("urn:ogc:def:crs:EPSG::25832")
    assert not wfs.axis_swapped("EPSG:4258")
    assert wfs.epsg_of("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH") == 25832
    assert wfs.epsg_of("http://www.opengis.net/def/crs/EPSG/0/25833") == 25833
    from pyproj import CRS

    for code, northing_first in wfs.NORTHING_FIRST.items():
        assert (CRS.from_epsg(code).axis_info[0].direction == "north") == northing_first, code


def test_geometry_kinds_points_lines_holes_and_z():
    gml = b"""<wfs:FeatureCollection xmlns:gml="http://www.opengis.net/gml" xmlns:wfs="http://www.opengis.net/wfs/2.0">
    <wfs:member><P gml:id="p1"><g><gml:Point srsName="EPSG:25832"><gml:pos>1 2</gml:pos></gml:Point></g></P>
    </wfs:member>
    <wfs:member><L gml:id="l1"><g><gml:LineString srsName="EPSG:25832"><gml:posList>0 0 3 4</gml:posList>
      </gml:LineString></g><name>a</name><name>b</name></L></wfs:member>
    <wfs:member><S gml:id="s1"><g><gml:Polygon srsName="EPSG:25832" srsDimension="3"><gml:exterior><gml:LinearRing>
      <gml:posList>0 0 5 10 0 5 10 10 5 0 10 5 0 0 5</gml:posList></gml:LinearRing></gml:exterior><gml:interior>
      <gml:LinearRing><gml:posList>2 2 5 4 2 5 4 4 5 2 2 5</gml:posList></gml:LinearRing></gml:interior>
      </gml:Polygon></g></S></wfs:member></wfs:FeatureCollection>"""
    point, line, solid = list(wfs.iter_features(io.BytesIO(gml)))
    assert point.wkt == "MULTIPOINT ((1.0000 2.0000))"
    assert line.wkt == "MULTILINESTRING ((0.0000 0.0000, 3.0000 4.0000))" and line.attributes == {"name": "a; b"}
    assert solid.wkt.startswith("MULTIPOLYGON (((0.0000 0.0000, 10.0000 0.0000") and solid.wkt.count("(") == 4
    z = wfs.feature_from_element(etree.fromstring(gml)[2][0], "", "MultiPolygonZ")
    assert z.wkt.startswith("MULTIPOLYGON Z (((0.0000 0.0000 5.0000,")


def alkis_override(tmp_path, monkeypatch, url, **fields):
    entry = {"url": url, "retries": 2, "backoff_s": 0.01}
    entry.update(fields)
    path = tmp_path / "services.json"
    path.write_text(json.dumps({"services": {"alkis_simple": entry}}), encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(path))
    service = services.load_catalogue().service("alkis_simple")
    return service, service.layer("ave:Flurstueck")


def test_split_on_count_limit_and_deduplicate(data_dir, tmp_path, monkeypatch):
    """A limit of 3 forces quadtree splits; parcels cut by box edges come back several times."""
    with FakeAlkisWfs(data_dir / RESPONSE) as fake:
        service, layer = alkis_override(tmp_path, monkeypatch, fake.url, max_features=3)
        stats = wfs.WfsStats()
        progress = RecordingProgress()
        area = (315000.0, 5577900.0, 319400.0, 5580200.0)
        features = list(wfs.download_features(service, layer, area, progress=progress, stats=stats))
        requests = list(fake.requests)
    ids = [f.id for f in features]
    assert sorted(ids) == sorted(reference(data_dir)) and len(ids) == len(set(ids)) == 10
    assert stats.splits >= 1 and stats.requests == len(requests) == 1 + 4 * stats.splits
    assert stats.duplicates > 0 and stats.features == 10 and stats.truncated_boxes == 0
    assert all(r["COUNT"] == "3" and r["TYPENAMES"] == "ave:Flurstueck" for r in requests)
    assert all(r["NAMESPACES"].startswith("xmlns(ave,http://repository.gdi-de.org/") for r in requests)
    # duplicates = features returned in total minus distinct ones
    assert progress.percents[-1] == pytest.approx(100.0)
    assert any("10 features" in m and "duplicates skipped" in m for m in progress.messages)


def test_box_still_full_at_min_size_warns(data_dir, tmp_path, monkeypatch):
    with FakeAlkisWfs(data_dir / RESPONSE) as fake:
        service, layer = alkis_override(tmp_path, monkeypatch, fake.url, max_features=1)
        stats = wfs.WfsStats()
        progress = RecordingProgress()
        area = (315000.0, 5577900.0, 319400.0, 5580200.0)
        list(wfs.download_features(service, layer, area, progress=progress, stats=stats, max_depth=1))
    assert stats.truncated_boxes > 0 and any("may be missing" in w for w in progress.warnings)


def test_empty_area_names_service_and_what_to_do(data_dir, tmp_path, monkeypatch):
    with FakeAlkisWfs(data_dir / RESPONSE) as fake:
        service, layer = alkis_override(tmp_path, monkeypatch, fake.url)
        with pytest.raises(NrwTwinError, match=r"ALKIS simplified \(WFS\).*no features.*North Rhine-Westphalia"):
            list(wfs.download_features(service, layer, (400000.0, 5700000.0, 401000.0, 5701000.0)))


@pytest.mark.parametrize(
    "mode, pattern",
    [
        ("500", r"HTTP 500.*try again later"),
        ("exception", r"reported an error.*Layer nw_dop_rgb is not available \[LayerNotDefined\].*feature type"),
        ("hang", r"no answer within 0.5 s.*overloaded"),
        ("html", r"<html> document, not a feature collection.*service URL"),
    ],
)
def test_server_errors_name_the_service(mode, pattern, tmp_path, monkeypatch):
    with StubOgcServer(mode, hang_s=2.0) as stub:
        service, layer = alkis_override(tmp_path, monkeypatch, stub.url, timeout=0.5)
        with pytest.raises(NrwTwinError, match=pattern) as info:
            list(wfs.download_features(service, layer, (315000.0, 5577900.0, 316000.0, 5578900.0)))
    assert "ALKIS simplified (WFS)" in str(info.value) and stub.url in str(info.value)


def test_server_down(tmp_path, monkeypatch):
    url = f"http://127.0.0.1:{free_port()}/ows"
    service, layer = alkis_override(tmp_path, monkeypatch, url)
    with pytest.raises(NrwTwinError, match=r"ALKIS simplified \(WFS\).*cannot be reached.*proxy"):
        list(wfs.download_features(service, layer, (315000.0, 5577900.0, 316000.0, 5578900.0)))


# ---------------------------------------------------------------------------------------------
# A WFS that survives its server (issue 12 #4)

AREA = (315000.0, 5577900.0, 319400.0, 5580200.0)


def run_alkis(data_dir, tmp_path, monkeypatch, faults=(), **fields):
    """Download the recorded parcels with a split limit of 3 (several requests), after ``faults``."""
    with FakeAlkisWfs(data_dir / RESPONSE) as fake:
        fake.stall_s = 2.0
        fake.add_fault(*faults)
        service, layer = alkis_override(tmp_path, monkeypatch, fake.url, **{"max_features": 3, **fields})
        stats, progress = wfs.WfsStats(), RecordingProgress()
        features = list(wfs.download_features(service, layer, AREA, progress=progress, stats=stats))
        return features, stats, progress, fake


def test_clean_run_reference(data_dir, tmp_path, monkeypatch):
    features, stats, _progress, fake = run_alkis(data_dir, tmp_path, monkeypatch)
    assert len(features) == 10 and stats.retries == 0 and stats.requests == fake.getfeature_count()


@pytest.mark.parametrize("fault", ["503", "reset", "stall", "cut"])
def test_failure_mid_download_is_tried_again_without_double_features(data_dir, tmp_path, monkeypatch, fault):
    clean, clean_stats, _p, _f = run_alkis(data_dir, tmp_path, monkeypatch)
    # the fault hits the third request, after the first boxes have handed on features
    features, stats, progress, fake = run_alkis(
        data_dir, tmp_path, monkeypatch, faults=("", "", fault), timeout=1.0, retries=3
    )
    ids = [f.id for f in features]
    assert sorted(ids) == sorted(f.id for f in clean) and len(ids) == len(set(ids)) == 10
    assert stats.retries == 1 and stats.requests == clean_stats.requests + 1 == fake.getfeature_count()
    assert stats.duplicates == clean_stats.duplicates  # features of the broken answer are not counted twice
    assert len(progress.warnings) == 1 and "Trying again in" in progress.warnings[0]
    assert fake.url in progress.warnings[0]


@pytest.mark.parametrize(
    "fault, reason",
    [
        ("503", r"HTTP 503"),
        ("reset", r"the connection broke off"),
        ("stall", r"the answer stopped for longer than 1 s"),
        ("cut", r"not valid XML or was cut off"),
    ],
)
def test_failure_every_time_ends_in_one_message(data_dir, tmp_path, monkeypatch, fault, reason):
    with pytest.raises(NrwTwinError) as info:
        run_alkis(data_dir, tmp_path, monkeypatch, faults=(fault,) * 3, timeout=1.0, retries=3)
    assert type(info.value) is NrwTwinError  # not a urllib3/lxml exception, not a transient one
    text = str(info.value)
    assert re.search(reason, text) and "Gave up after 3 tries" in text
    assert text.startswith("ALKIS simplified (WFS) (http://127.0.0.1:") and "GetFeature ave:Flurstueck" in text


def synthetic(tmp_path, monkeypatch, fake, **fields):
    return alkis_override(tmp_path, monkeypatch, fake.url, **fields)


def test_server_ignoring_bbox_at_its_limit_stops_at_once(tmp_path, monkeypatch):
    """The split would recurse to 1 m boxes (1,365 requests for 40 m); one request proves it is futile."""
    from tests.fakes.ogc_server import FakeWfs, synthetic_parcels

    with FakeWfs(synthetic_parcels(30, 30)) as fake:
        fake.ignore_bbox = True
        service, layer = synthetic(tmp_path, monkeypatch, fake, max_features=100)
        stats = wfs.WfsStats()
        corner = (400260.0, 5700260.0, 400300.0, 5700300.0)  # 40 m × 40 m in the grid's north-east
        with pytest.raises(NrwTwinError) as info:
            list(wfs.download_features(service, layer, corner, stats=stats))
    assert fake.getfeature_count() == stats.requests == 1
    text = str(info.value)
    assert "ignores the area (BBOX) when an answer reaches its limit of 100 features" in text
    assert "64 of the first 64 features" in text and fake.url in text and "max_features" in text


def test_honest_server_same_area_needs_one_request(tmp_path, monkeypatch):
    from tests.fakes.ogc_server import FakeWfs, synthetic_parcels

    with FakeWfs(synthetic_parcels(30, 30)) as fake:
        service, layer = synthetic(tmp_path, monkeypatch, fake, max_features=100)
        features = list(wfs.download_features(service, layer, (400260.0, 5700260.0, 400300.0, 5700300.0)))
    assert len(features) == 25 and fake.getfeature_count() == 1  # 4 × 4 inside plus the touching edge row/column


def test_request_cap_stops_with_a_message_and_is_a_parameter(tmp_path, monkeypatch):
    from tests.fakes.ogc_server import FakeWfs, synthetic_parcels

    grid = (400000.0, 5700000.0, 400300.0, 5700300.0)
    with FakeWfs(synthetic_parcels(30, 30)) as fake:
        service, layer = synthetic(tmp_path, monkeypatch, fake, max_features=100)
        with pytest.raises(NrwTwinError) as info:
            list(wfs.download_features(service, layer, grid, max_requests=5))
        assert fake.getfeature_count() == 5
        assert "needs more than 5 requests" in str(info.value) and "Maximum number of requests" in str(info.value)
        stats = wfs.WfsStats()
        features = list(wfs.download_features(service, layer, grid, stats=stats))
    assert len(features) == 900 and stats.requests <= wfs.DEFAULT_MAX_REQUESTS and stats.splits > 1
