"""The NRW service catalogue (algorithms/services.json), its overrides and the request plans."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import pytest
from lxml import etree

from nrw_digital_twin.algorithms import services, wcs, wfs, wms
from nrw_digital_twin.algorithms.errors import NrwTwinError

CAPS = "ogc/wfs_nw_alkis_vereinfacht_GetCapabilities_2022-03.xml"


@pytest.fixture
def catalogue(monkeypatch):
    monkeypatch.delenv(services.ENV_VAR, raising=False)
    return services.load_catalogue()


def test_catalogue_has_every_nrw_service_with_real_names(catalogue):
    names = {s.id: [layer.name for layer in s.layers] for s in catalogue.services}
    assert names["dop"] == ["nw_dop_rgb", "nw_dop_cir"]
    assert names["dop_wmts"] == ["nw_dop"]
    assert names["alkis"] == ["adv_alkis_flurstuecke", "adv_alkis_gebaeude", "adv_alkis_tatsaechliche_nutzung"]
    assert names["dtk"] == ["nw_dtk_col", "nw_dtk_pan"]
    assert set(names["hillshade"]) == {"nw_dgm-schummerung_pan", "nw_dgm-schummerung_col"}
    assert names["ndom_wms"] == ["nw_ndom"]
    assert names["inspire_parcels"] == ["cp:CadastralParcel"]
    assert names["lod1_wfs"] == ["bldg:Building"]
    assert (names["dgm_wcs"], names["dom_wcs"], names["ndom_wcs"]) == (["nw_dgm"], ["nw_dom"], ["nw_ndom"])
    assert {s.kind for s in catalogue.services} == {"wms", "wmts", "wfs", "wcs"}
    assert catalogue.service("dop").get("max_size") == 5000
    assert catalogue.service("ndom_wcs").get("max_size") == 4000
    assert catalogue.service("dop_wmts").get("tile_matrix_set") == "EPSG_25832_16"
    for service in catalogue.services:
        assert service.url.startswith("https://www.w") and ".nrw.de/geobasis/" in service.url
        assert service.crs == "EPSG:25832"
        assert service.title_de and service.title_en and service.title("de") == service.title_de
        for layer in service.layers:
            assert layer.title_de and layer.title_en


def test_alkis_feature_types_match_the_real_capabilities(catalogue, data_dir):
    """The catalogue's ALKIS-vereinfacht type names are exactly those of the recorded capabilities."""
    root = etree.parse(str(data_dir / CAPS), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    ns = {"wfs": "http://www.opengis.net/wfs/2.0"}
    advertised = [e.text for e in root.findall(".//wfs:FeatureType/wfs:Name", ns)]
    assert len(advertised) == 7
    service = catalogue.service("alkis_simple")
    assert [layer.name for layer in service.layers] == advertised
    namespace = root.find(".//wfs:FeatureType", ns).nsmap["ave"]
    assert service.get("namespaces") == {"ave": namespace}


def test_attribution_and_licence(catalogue):
    assert catalogue.attribution["licence"] == "dl-de/zero-2-0"
    assert "GEObasis.NRW" in catalogue.attribution_text and "dl-de/zero-2-0" in catalogue.attribution_text
    assert catalogue.attribution["licence_url"] == "https://www.govdata.de/dl-de/zero-2-0"


def test_env_file_overrides_fields_and_renames_layers(tmp_path, monkeypatch):
    override = {
        "services": {
            "alkis_simple": {
                "url": "http://127.0.0.1:1/ows",
                "version": "1.1.0",
                "max_features": 4,
                "layers": {"ave:Flurstueck": {"name": "Flurstueck"}},
            },
            "dop": {"max_size": 300},
            "local_test": {"kind": "wms", "url": "http://127.0.0.1:2/ows", "layers": [{"name": "x"}]},
        }
    }
    path = tmp_path / "override.json"
    path.write_text(json.dumps(override), encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(path))
    catalogue = services.load_catalogue()
    alkis = catalogue.service("alkis_simple")
    assert (alkis.url, alkis.version, alkis.get("max_features")) == ("http://127.0.0.1:1/ows", "1.1.0", 4)
    parcels = alkis.layer("ave:Flurstueck")
    assert (parcels.key, parcels.name, parcels.title_de) == ("ave:Flurstueck", "Flurstueck", "Flurstücke")
    assert len(alkis.layers) == 7 and alkis.layer("ave:Nutzung").name == "ave:Nutzung"
    dop = catalogue.service("dop")
    assert dop.get("max_size") == 300 and dop.url == "https://www.wms.nrw.de/geobasis/wms_nw_dop"
    assert catalogue.service("local_test").layers[0].name == "x"
    assert str(path) in catalogue.sources[-1]


def test_setting_override_applies_first_and_env_wins(tmp_path, monkeypatch):
    env_file = tmp_path / "env.json"
    env_file.write_text(json.dumps({"services": {"dop": {"url": "http://env/ows"}}}), encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(env_file))
    text = json.dumps({"services": {"dop": {"url": "http://setting/ows", "max_size": 1000}}})
    catalogue = services.load_catalogue(override=text)
    assert catalogue.service("dop").url == "http://env/ows"
    assert catalogue.service("dop").get("max_size") == 1000
    monkeypatch.delenv(services.ENV_VAR)
    assert services.load_catalogue(override=text).service("dop").url == "http://setting/ows"


def test_bad_overrides_name_the_file_and_what_to_do(tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(broken))
    with pytest.raises(NrwTwinError, match=r"broken\.json.*not valid JSON.*Fix the JSON"):
        services.load_catalogue()
    monkeypatch.setenv(services.ENV_VAR, str(tmp_path / "missing.json"))
    with pytest.raises(NrwTwinError, match=r"missing\.json.*cannot be read"):
        services.load_catalogue()
    monkeypatch.delenv(services.ENV_VAR)
    with pytest.raises(NrwTwinError, match="new entry needs"):
        services.load_catalogue(override='{"services": {"nope": {"url": "http://x"}}}')
    with pytest.raises(NrwTwinError, match="no layer 'nw_dop_xyz'.*nw_dop_rgb"):
        services.load_catalogue().service("dop").layer("nw_dop_xyz")


def test_wfs_getfeature_parameters(catalogue):
    alkis = catalogue.service("alkis_simple")
    buildings = alkis.layer("ave:GebaeudeBauwerk")
    params = dict(wfs.getfeature_params(alkis, buildings, (350000, 5700000, 351000, 5701000), 500))
    assert params["VERSION"] == "2.0.0" and params["TYPENAMES"] == "ave:GebaeudeBauwerk" and params["COUNT"] == "500"
    assert params["SRSNAME"] == "urn:ogc:def:crs:EPSG::25832"
    assert params["BBOX"] == "350000.000,5700000.000,351000.000,5701000.000,urn:ogc:def:crs:EPSG::25832"
    assert params["NAMESPACES"] == f"xmlns(ave,{alkis.get('namespaces')['ave']})"
    # a service asked in EPSG:4258 gets the box latitude first (authority axis order)
    geographic = services.load_catalogue(override='{"services": {"alkis_simple": {"crs": "EPSG:4258"}}}')
    alkis4258 = geographic.service("alkis_simple")
    params = dict(wfs.getfeature_params(alkis4258, alkis4258.layers[0], (315000, 5577900, 320000, 5580200), 10))
    lat0, lon0, lat1, lon1 = (float(v) for v in params["BBOX"].split(",")[:4])
    assert 50.3 < lat0 < lat1 < 50.4 and 6.39 < lon0 < lon1 < 6.48
    lod1 = catalogue.service("lod1_wfs")
    params = dict(wfs.getfeature_params(lod1, lod1.layers[0], (1, 2, 3, 4), 7))
    assert (params["VERSION"], params["TYPENAME"], params["MAXFEATURES"], params["SRSNAME"]) == (
        "1.1.0",
        "bldg:Building",
        "7",
        "EPSG:25832",
    )


def test_raster_grid_snaps_outwards_and_tiles_respect_the_limit():
    grid = wms.plan_grid((356000.4, 5699000.2, 366000.0, 5705000.7), 1.0)
    assert (grid.xmin, grid.ymax, grid.width, grid.height) == (356000.0, 5705001.0, 10000, 6001)
    tiles = wms.plan_tiles(grid, 5000)
    assert len(tiles) == 4 and max(max(t.width, t.height) for t in tiles) == 5000
    assert sum(t.width * t.height for t in tiles) == grid.width * grid.height
    assert tiles[-1].bbox == (361000.0, 5699000.0, 366000.0, 5700001.0)
    for tile in wms.plan_tiles(wms.plan_grid((0, 0, 1234.5, 777.0), 0.5), 1000):
        assert tile.width <= 1000 and tile.height <= 1000
        assert tile.bbox[2] - tile.bbox[0] == pytest.approx(tile.width * 0.5)
    with pytest.raises(NrwTwinError, match="coarser resolution"):
        wms.plan_grid((0, 0, 100000, 100000), 0.1)
    with pytest.raises(NrwTwinError, match="positive"):
        wms.plan_grid((0, 0, 1, 1), 0)


def test_getmap_and_getcoverage_parameters(catalogue):
    grid = wms.plan_grid((356000, 5699000, 357000, 5700000), 0.5)
    tile = wms.plan_tiles(grid, 4000)[0]
    getmap = dict(wms.getmap_params(catalogue.service("dop"), "nw_dop_rgb", tile))
    assert getmap["CRS"] == "EPSG:25832" and getmap["BBOX"] == "356000,5699000,357000,5700000"
    assert (getmap["WIDTH"], getmap["HEIGHT"], getmap["LAYERS"]) == ("2000", "2000", "nw_dop_rgb")
    ndom = catalogue.service("ndom_wcs")
    params = wcs.getcoverage_params(ndom, "nw_ndom", tile, 0.5)
    assert ("SUBSET", "x(356000,357000)") in params and ("SUBSET", "y(5699000,5700000)") in params
    assert dict(params)["COVERAGEID"] == "nw_ndom" and dict(params)["FORMAT"] == "image/tiff"
    assert "SCALESIZE" not in dict(params)  # native 0.5 m: no resampling asked
    dgm = catalogue.service("dgm_wcs")
    assert dict(wcs.getcoverage_params(dgm, "nw_dgm", tile, 0.5))["SCALESIZE"] == "x(2000),y(2000)"
    en = services.load_catalogue(override='{"services": {"dgm_wcs": {"axis_labels": ["E", "N"]}}}')
    params = wcs.getcoverage_params(en.service("dgm_wcs"), "nw_dgm", tile, 1.0)
    assert ("SUBSET", "E(356000,357000)") in params and ("SUBSET", "N(5699000,5700000)") in params
    old = services.load_catalogue(override='{"services": {"dgm_wcs": {"version": "1.0.0", "format": "GeoTIFF"}}}')
    params = dict(wcs.getcoverage_params(old.service("dgm_wcs"), "nw_dgm", tile, 0.5))
    assert (params["COVERAGE"], params["CRS"], params["WIDTH"], params["FORMAT"]) == (
        "nw_dgm",
        "EPSG:25832",
        "2000",
        "GeoTIFF",
    )
    assert dict(parse_qsl("a=b")) == {"a": "b"}
