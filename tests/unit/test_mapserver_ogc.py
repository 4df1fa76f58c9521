"""WFS 2.0.0 and WCS 2.0.1 — the versions the plugin sends to GEObasis.NRW — against a real MapServer.

MapServer 8 (Debian mapserver-bin/cgi-mapserver) runs as a CGI program behind a loopback HTTP server
started by the tests (tests/fakes/mapserver.py), with a mapfile built from the fixtures: the 10
parcels of the recorded ALKIS-vereinfacht answer as ``ave:Flurstueck`` and the DGM clip as ``nw_dgm``.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import numpy as np
import pytest
from nrwtwin_testsupport import needs_gdal, needs_program

from nrw_digital_twin.algorithms import content_check, services, wcs, wfs, wms
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from tests.fakes.mapserver import PARCELS_XML, MapServer, clip_heights, nearest_heights

pytestmark = pytest.mark.needs_network_server

PARCEL_AREA = (315000.0, 5577900.0, 319400.0, 5580200.0)


@pytest.fixture(scope="module")
def mapserver(tmp_path_factory, data_dir):
    needs_program("mapserv")
    with MapServer(tmp_path_factory.mktemp("mapserver"), data_dir) as server:
        yield server


def catalogue_service(tmp_path, monkeypatch, service_id, **fields):
    path = tmp_path / "services.json"
    path.write_text(json.dumps({"services": {service_id: {"retries": 1, **fields}}}), encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(path))
    return services.load_catalogue().service(service_id)


def recorded_parcels(data_dir):
    """gml:id → (booked area "flaeche", WKT in EPSG:25832) of the recorded answer (its own lat/lon
    coordinates, read with the plugin's parser: tests/unit/test_wfs.py checks that reading)."""
    with open(data_dir / PARCELS_XML, "rb") as stream:
        return {f.id: (float(f.attributes["flaeche"]), f.wkt) for f in wfs.iter_features(stream, "", "MultiPolygon")}


def shoelace(wkt: str) -> float:
    total = 0.0
    for ring in re.findall(r"\(\(([^()]+)\)\)", wkt):
        xy = np.array([[float(v) for v in point.split()] for point in ring.split(",")])
        total += 0.5 * abs(np.dot(xy[:, 0], np.roll(xy[:, 1], -1)) - np.dot(xy[:, 1], np.roll(xy[:, 0], -1)))
    return total


def first_vertex(wkt: str):
    return [float(v) for v in re.search(r"\(\(\(([^,]+),", wkt).group(1).split()]


# MapServer writes EPSG:4258 coordinates with 6 decimals (about 0.1 m): areas then agree to 0.5 %.
@pytest.mark.parametrize(
    "crs, area_tolerance, vertex_tolerance", [("EPSG:25832", 1e-6, 0.001), ("EPSG:4258", 5e-3, 0.15)]
)
def test_wfs200_getfeature_splits_and_deduplicates(
    mapserver, data_dir, tmp_path, monkeypatch, crs, area_tolerance, vertex_tolerance
):
    """COUNT=3 forces the quadtree split; EPSG:4258 answers come latitude first (urn CRS)."""
    service = catalogue_service(tmp_path, monkeypatch, "alkis_simple", url=mapserver.url, max_features=3, crs=crs)
    stats, progress = wfs.WfsStats(), RecordingProgress()
    before = mapserver.requests
    features = list(
        wfs.download_features(service, service.layer("ave:Flurstueck"), PARCEL_AREA, progress=progress, stats=stats)
    )
    recorded = recorded_parcels(data_dir)
    assert sorted(f.id for f in features) == sorted(f"Flurstueck.{gml_id}" for gml_id in recorded)
    assert stats.splits >= 1 and stats.duplicates > 0 and stats.requests == mapserver.requests - before
    for feature in features:
        gml_id = feature.id.split(".", 1)[1]
        booked, wkt = recorded[gml_id]
        assert feature.attributes["gml_id"] == gml_id and float(feature.attributes["flaeche"]) == booked
        assert shoelace(feature.wkt) == pytest.approx(shoelace(wkt), rel=area_tolerance)
        assert shoelace(feature.wkt) == pytest.approx(booked, rel=0.011)  # the booked area, as in the cadastre
        assert first_vertex(feature.wkt) == pytest.approx(first_vertex(wkt), abs=vertex_tolerance)


def test_wfs200_requests_are_the_ones_nrw_gets(mapserver, tmp_path, monkeypatch):
    service = catalogue_service(tmp_path, monkeypatch, "alkis_simple", url=mapserver.url)
    layer = service.layer("ave:Flurstueck")
    query = dict(wfs.getfeature_params(service, layer, PARCEL_AREA, 10000))
    assert (query["VERSION"], query["TYPENAMES"], query["COUNT"]) == ("2.0.0", "ave:Flurstueck", "10000")
    assert query["NAMESPACES"] == "xmlns(ave,http://repository.gdi-de.org/schemas/adv/produkt/alkis-vereinfacht/2.0)"
    assert query["BBOX"].endswith(",urn:ogc:def:crs:EPSG::25832") and query["SRSNAME"] == "urn:ogc:def:crs:EPSG::25832"
    assert len(list(wfs.download_features(service, layer, PARCEL_AREA))) == 10


def test_wfs200_unknown_type_is_the_servers_message(mapserver, tmp_path, monkeypatch):
    service = catalogue_service(
        tmp_path, monkeypatch, "alkis_simple", url=mapserver.url, layers={"ave:Flurstueck": {"name": "ave:Gibtsnicht"}}
    )
    with pytest.raises(NrwTwinError) as info:
        list(wfs.download_features(service, service.layer("ave:Flurstueck"), PARCEL_AREA))
    text = str(info.value)
    assert "ALKIS simplified (WFS)" in text and mapserver.url in text and "reported an error" in text
    assert "Gibtsnicht" in text


def dgm_clip(data_dir):
    needs_gdal()
    return clip_heights(data_dir)


def nearest_reference(data_dir, grid: wms.RasterGrid) -> np.ndarray:
    needs_gdal()
    return nearest_heights(data_dir, grid)


def from_footprint(data_dir, grid: wms.RasterGrid, values: np.ndarray) -> np.ndarray:
    """True where a value is one of the source heights under its pixel (what any nearest-neighbour
    resampling to a coarser grid gives, whichever of the covered source pixels it picks)."""
    gt, heights = dgm_clip(data_dir)
    ok = np.zeros(values.shape, dtype=bool)
    for row in range(grid.height):
        top, bottom = grid.ymax - row * grid.resolution, grid.ymax - (row + 1) * grid.resolution
        r0, r1 = int(np.floor((top - gt[3]) / gt[5])), int(np.floor((bottom - gt[3]) / gt[5]))
        for col in range(grid.width):
            left, right = grid.xmin + col * grid.resolution, grid.xmin + (col + 1) * grid.resolution
            c0, c1 = int(np.floor((left - gt[0]) / gt[1])), int(np.floor((right - gt[0]) / gt[1]))
            ok[row, col] = values[row, col] in heights[max(r0, 0) : r1 + 1, max(c0, 0) : c1 + 1]
    return ok


@pytest.mark.parametrize("resolution, scaled", [(1.0, False), (2.0, True)])
def test_wcs201_getcoverage_subset_tiles(mapserver, data_dir, tmp_path, monkeypatch, resolution, scaled):
    """SUBSET=x(..)&SUBSET=y(..), SCALESIZE off the native 1 m; the tiles put together equal the source."""
    gdal, _ogr = needs_gdal()
    service = catalogue_service(tmp_path, monkeypatch, "dgm_wcs", url=mapserver.url, max_size=30 // int(resolution))
    # 60 × 65 px at 1 m, 30 × 33 px at 2 m: 2 × 3 tiles, none a 1-pixel sliver (MapServer 8.0 answers a
    # SCALESIZE of 1 pixel with the georeferencing of the whole coverage; raster_mosaic refuses such answers)
    grid = wms.plan_grid((338116.0, 5706240.0, 338176.0, 5706305.0), resolution)
    answers = list(wcs.fetch_coverage_tiles(service, "nw_dgm", grid))
    assert len(answers) == len(wms.plan_tiles(grid, 30 // int(resolution))) == 6
    mosaic = np.full((grid.height, grid.width), np.nan, dtype=np.float32)
    for answer in answers:
        query = parse_qs(urlparse(answer.url).query)
        assert query["VERSION"] == ["2.0.1"] and query["COVERAGEID"] == ["nw_dgm"] and len(query["SUBSET"]) == 2
        assert ("SCALESIZE" in query) == scaled
        assert content_check.image_kind(answer.data) == content_check.TIFF
        gdal.FileFromMemBuffer("/vsimem/answer.tif", answer.data)
        dataset = gdal.Open("/vsimem/answer.tif")
        tile = answer.tile
        assert dataset.GetGeoTransform() == pytest.approx(
            (tile.bbox[0], resolution, 0.0, tile.bbox[3], 0.0, -resolution)
        )
        mosaic[tile.row : tile.row + tile.height, tile.col : tile.col + tile.width] = dataset.ReadAsArray()
        dataset = None
        gdal.Unlink("/vsimem/answer.tif")
    if scaled:  # resampled by the server: every value is a source height under its pixel
        assert from_footprint(data_dir, grid, mosaic).all()
        assert mosaic.std() == pytest.approx(nearest_reference(data_dir, grid).std(), rel=0.05)
    else:  # the native grid: every tile filled, exactly the source's heights
        np.testing.assert_array_equal(mosaic, nearest_reference(data_dir, grid))
