"""Catalogue, name resolution and index handling of OpenGeodata.NRW (engine only, no network)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import opengeodata as og
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.tilegrid import Tile

DATA = Path(__file__).resolve().parents[1] / "data"


def test_product_order_and_real_folders():
    assert og.PRODUCT_ORDER == ("LoD2", "LoD1", "DGM1", "DOM1", "nDOM50", "DOP10")
    assert set(og.PRODUCTS) == set(og.PRODUCT_ORDER)
    folders = {key: og.PRODUCTS[key].folder for key in og.PRODUCT_ORDER}
    assert folders == {
        "LoD2": "geobasis/3dg/lod2_gml/lod2_gml/",
        "LoD1": "geobasis/3dg/lod1_gml/lod1_gml/",
        "DGM1": "geobasis/hm/dgm1_tiff/dgm1_tiff/",
        "DOM1": "geobasis/hm/dom1_tiff/dom1_tiff/",
        "nDOM50": "geobasis/hm/ndom50_tiff/ndom50_tiff/",
        "DOP10": "geobasis/lusat/akt/dop/dop_jp2_f10/",
    }
    assert og.folder_url(og.DEFAULT_BASE_URL, og.product("lod2")) == (
        "https://www.opengeodata.nrw.de/produkte/geobasis/3dg/lod2_gml/lod2_gml/"
    )
    with pytest.raises(NrwTwinError, match="Unknown product 'LoD3'.*LoD2, LoD1"):
        og.product("LoD3")


@pytest.mark.parametrize(
    "key, name, tile, year",
    [
        ("LoD2", "LoD2_32_326_5727_1_NW.gml", (326, 5727), 0),
        ("LoD2", "LoD2_326_5727_1_NW.gml", (326, 5727), 0),  # 2018 delivery without zone
        ("LoD1", "LoD1_472_5757_1_NW.gml", (472, 5757), 0),
        ("DGM1", "dgm1_32_404_5746_1_nw_2022.tif", (404, 5746), 2022),
        ("DOM1", "dom1_32_356_5699_1_nw_2020.tif", (356, 5699), 2020),
        ("nDOM50", "ndom50_32404_5746_1_nw_2021.tif", (404, 5746), 2021),  # no underscore after 32
        ("DOP10", "dop10rgbi_32_404_5746_1_nw_2023.jp2", (404, 5746), 2023),
    ],
)
def test_real_names_match_their_product(key, name, tile, year):
    found = og.PRODUCTS[key].match(name)
    assert found is not None and found[0] == Tile(*tile) and found[1] == year
    others = [k for k in og.PRODUCT_ORDER if k != key]
    assert all(og.PRODUCTS[k].match(name) is None for k in others)


def test_names_that_are_not_tiles_do_not_match():
    lod2 = og.PRODUCTS["LoD2"]
    for name in (
        "index.json",
        "LoD2_32_326_5727_1_NW.gml.zip",
        "LoD2_32_338_5706_1_NW_excerpt_2024.gml",
        "lod2_32_326_5727_1_nw.gml",
    ):
        assert lod2.match(name) is None
    assert og.PRODUCTS["DGM1"].match("dgm1_nw_wcs_cutout_338111_5706237.tif") is None


def test_index_picks_newest_year_and_zoned_name():
    entries = [
        og.IndexEntry("dgm1_32_404_5746_1_nw_2019.tif", 10),
        og.IndexEntry("dgm1_32_404_5746_1_nw_2023.tif", 12),
        og.IndexEntry("dgm1_32_404_5746_1_nw_2021.tif", 11),
        og.IndexEntry("dgm1_32_405_5746_1_nw_2018.tif", 9),
        og.IndexEntry("dgm1_32_404_5746_1_nw_2023.tif.meta", 1),
    ]
    index = og.FolderIndex(og.PRODUCTS["DGM1"], "http://x/", entries)
    assert index.lookup(Tile(404, 5746)).name == "dgm1_32_404_5746_1_nw_2023.tif"
    assert index.lookup(Tile(405, 5746)).size == 9
    assert index.lookup(Tile(406, 5746)) is None
    lod2 = og.FolderIndex(
        og.PRODUCTS["LoD2"],
        "http://x/",
        [
            og.IndexEntry("LoD2_326_5727_1_NW.gml", 5),
            og.IndexEntry("LoD2_32_326_5727_1_NW.gml", 6),
            og.IndexEntry("LoD2_330_5731_1_NW.gml", 7),
        ],
    )
    assert lod2.lookup(Tile(326, 5727)).name == "LoD2_32_326_5727_1_NW.gml"
    assert lod2.lookup(Tile(330, 5731)).name == "LoD2_330_5731_1_NW.gml"


def _fixture_entries():
    files = sorted((DATA / "citygml").glob("LoD2_32_*_1_NW.gml"))
    return [(f.name, f.stat().st_size) for f in files]


def test_parse_index_json_and_xml_of_the_real_structure():
    fixtures = _fixture_entries()
    assert len(fixtures) == 4
    doc = {
        "datasets": [
            {
                "id": "lod2_gml",
                "files": [{"name": n, "size": str(s), "timestamp": "2024-03-01T10:00:00"} for n, s in fixtures],
            }
        ]
    }
    entries = og.parse_index_json(json.dumps(doc).encode())
    assert [(e.name, e.size) for e in entries] == fixtures
    assert entries[0].timestamp == "2024-03-01T10:00:00"
    xml = (
        "<?xml version='1.0'?><opengeodata><datasets><dataset><files>"
        + "".join(f'<file name="{n}" size="{s}" timestamp="t"/>' for n, s in fixtures)
        + "</files></dataset></datasets></opengeodata>"
    )
    assert [(e.name, e.size) for e in og.parse_index_xml(xml.encode())] == fixtures
    with pytest.raises(ValueError):
        og.parse_index_json(b"<html>502 Bad Gateway</html>")
    with pytest.raises(ValueError):
        og.parse_index_json(b'{"files": []}')
    with pytest.raises(ValueError):
        og.parse_index_xml(b"<opengeodata><datasets")
    with pytest.raises(ValueError):
        og.parse_index_xml(b"<html><body>Error</body></html>")


def test_xml_index_does_not_expand_entities():
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<opengeodata><datasets><dataset><files><file name="&e;" size="1"/></files></dataset></datasets>'
        b"</opengeodata>"
    )
    try:
        entries = og.parse_index_xml(evil)
    except ValueError as error:  # lxml refuses the external entity: fine
        assert "external entity" in str(error)
    else:
        assert entries and all("root:" not in e.name for e in entries)


def test_base_url_precedence(monkeypatch):
    monkeypatch.delenv(og.ENV_BASE_URL, raising=False)
    assert og.resolve_base_url(None) == "https://www.opengeodata.nrw.de/produkte/"
    assert og.resolve_base_url("http://mirror.kommune.local/produkte") == "http://mirror.kommune.local/produkte/"
    monkeypatch.setenv(og.ENV_BASE_URL, "http://127.0.0.1:8/produkte/")
    assert og.resolve_base_url("http://mirror.kommune.local/produkte/") == "http://127.0.0.1:8/produkte/"
    monkeypatch.setenv(og.ENV_BASE_URL, "ftp://x/")
    with pytest.raises(NrwTwinError, match="ftp://x/.*not an http"):
        og.resolve_base_url(None)


class Fetcher:
    def __init__(self, docs):
        self.docs, self.calls = docs, []

    def __call__(self, url):
        self.calls.append(url)
        doc = self.docs.get(url.rsplit("/", 1)[1])
        if doc is None:
            raise NrwTwinError("HTTP 404 Not Found")
        return doc


def _docs():
    fixtures = _fixture_entries()
    files = [{"name": n, "size": str(s), "timestamp": "t"} for n, s in fixtures]
    xml = (
        "<opengeodata><datasets><dataset><files>"
        + "".join(f'<file name="{n}" size="{s}"/>' for n, s in fixtures)
        + "</files></dataset></datasets></opengeodata>"
    )
    return {"index.json": json.dumps({"datasets": [{"files": files}]}).encode(), "index.xml": xml.encode()}


def test_index_is_cached_for_a_day_and_refreshable(tmp_path):
    lod2 = og.PRODUCTS["LoD2"]
    fetch = Fetcher(_docs())
    first = og.load_index(lod2, "http://h/produkte/", fetch, tmp_path)
    assert len(first) == 4 and fetch.calls == ["http://h/produkte/geobasis/3dg/lod2_gml/lod2_gml/index.json"]
    second = og.load_index(lod2, "http://h/produkte/", fetch, tmp_path)
    assert len(fetch.calls) == 1 and second.lookup(Tile(326, 5727)).size == 3989169
    og.load_index(lod2, "http://h/produkte/", fetch, tmp_path, refresh=True)
    assert len(fetch.calls) == 2
    cached = og.index_cache_path(tmp_path, og.folder_url("http://h/produkte/", lod2), lod2)
    payload = json.loads(cached.read_text())
    payload["fetched"] = time.time() - 25 * 3600
    cached.write_text(json.dumps(payload))
    og.load_index(lod2, "http://h/produkte/", fetch, tmp_path)
    assert len(fetch.calls) == 3
    # another mirror has its own cached index
    og.load_index(lod2, "http://other/produkte/", fetch, tmp_path)
    assert len(fetch.calls) == 4 and len(os.listdir(cached.parent)) == 2


def test_broken_json_falls_back_to_xml(tmp_path):
    docs = _docs()
    docs["index.json"] = b"<html><body>Bad Gateway</body></html>"
    fetch = Fetcher(docs)
    index = og.load_index(og.PRODUCTS["LoD2"], "http://h/produkte/", fetch, tmp_path)
    assert index.source.endswith("index.xml") and index.lookup(Tile(332, 5727)).size == 55997
    assert [c.rsplit("/", 1)[1] for c in fetch.calls] == ["index.json", "index.xml"]


def test_both_indexes_broken_is_a_clear_error_unless_a_stale_copy_exists(tmp_path):
    lod2 = og.PRODUCTS["LoD2"]
    broken = Fetcher({"index.json": b"not json", "index.xml": b"<opengeodata><datasets"})
    with pytest.raises(NrwTwinError) as error:
        og.load_index(lod2, "http://h/produkte/", broken, tmp_path)
    text = str(error.value)
    assert "http://h/produkte/geobasis/3dg/lod2_gml/lod2_gml/index.json" in text
    assert "http://h/produkte/geobasis/3dg/lod2_gml/lod2_gml/index.xml" in text
    assert "nrw_digital_twin/opengeodata_url" in text
    og.load_index(lod2, "http://h/produkte/", Fetcher(_docs()), tmp_path)
    warnings = []
    index = og.load_index(lod2, "http://h/produkte/", broken, tmp_path, refresh=True, warn=warnings.append)
    assert len(index) == 4 and len(warnings) == 1 and "cached" in warnings[0]
