"""nrwtwin:downloadtiles through processing.run against the local OpenGeodata.NRW stand-in."""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

pytestmark = pytest.mark.needs_network_server

DATA = Path(__file__).resolve().parents[1] / "data"
CITYGML = DATA / "citygml"
ROW_5727 = "326000,333000,5727000,5728000 [EPSG:25832]"  # 7 tiles, 2 of them published
BIG, SMALL = "LoD2_32_326_5727_1_NW.gml", "LoD2_32_332_5727_1_NW.gml"


@pytest.fixture
def server(monkeypatch, tmp_path):
    from qgis.core import QgsSettings

    fake = FakeOpenGeodata()
    for gml in sorted(CITYGML.glob("LoD2_32_*_1_NW.gml")):
        fake.add_fixture("LoD2", gml)
    settings = QgsSettings()
    old_cache = settings.value("nrw_digital_twin/cache_folder", None)
    old_url = settings.value("nrw_digital_twin/opengeodata_url", None)
    settings.setValue("nrw_digital_twin/cache_folder", str(tmp_path / "cache"))
    # the setting points nowhere: the environment variable must win (documented precedence)
    settings.setValue("nrw_digital_twin/opengeodata_url", "http://127.0.0.1:9/produkte/")
    with fake:
        monkeypatch.setenv("NRWTWIN_OPENGEODATA_URL", fake.base_url)
        yield fake
    for key, value in (("nrw_digital_twin/cache_folder", old_cache), ("nrw_digital_twin/opengeodata_url", old_url)):
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def features(layer_id):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(layer_id, "tiles", "ogr")
    assert layer.isValid()
    return {f["tile"]: f for f in layer.getFeatures()}, layer


def test_download_lod2_tiles_then_cached(run_alg, server, tmp_path):
    out = tmp_path / "out"
    params = {
        "EXTENT": ROW_5727,
        "PRODUCT": 0,
        "OUTPUT_FOLDER": str(out),
        "MAX_TILES": 10,
        "OUTPUT_TILES": str(tmp_path / "tiles.gpkg"),
    }
    result = run_alg("nrwtwin:downloadtiles", params)
    assert result["OUTPUT_FOLDER"] == str(out)
    assert sorted(result["FILES"]) == [str(out / BIG), str(out / SMALL)]
    assert (result["DOWNLOADED"], result["CACHED"], result["MISSING"], result["FAILED"]) == (2, 0, 5, 0)
    for name in (BIG, SMALL):
        assert sha(out / name) == sha(CITYGML / name)
    tiles, layer = features(result["OUTPUT_TILES"])
    assert layer.crs().authid() == "EPSG:25832" and len(tiles) == 7
    assert tiles["32_326_5727"]["status"] == "downloaded" and tiles["32_326_5727"]["bytes"] == 3989169
    assert tiles["32_326_5727"]["file"] == str(out / BIG)
    assert tiles["32_332_5727"]["bytes"] == (CITYGML / SMALL).stat().st_size
    assert {k for k, f in tiles.items() if f["status"] == "missing"} == {f"32_{e}_5727" for e in range(327, 332)}
    assert tiles["32_327_5727"].geometry().boundingBox().toString(0) == "327000,5727000 : 328000,5728000"
    assert [f.name() for f in layer.fields()][-5:] == ["tile", "file", "status", "bytes", "message"]
    assert (tmp_path / "cache" / "LoD2" / BIG).exists()  # the cache folder setting is used
    before = len(server.log)
    params["OUTPUT_TILES"] = str(tmp_path / "tiles2.gpkg")
    again = run_alg("nrwtwin:downloadtiles", params)
    assert (again["DOWNLOADED"], again["CACHED"]) == (0, 2) and len(server.log) == before
    tiles2, _ = features(again["OUTPUT_TILES"])
    assert tiles2["32_332_5727"]["status"] == "cached"


def test_failed_and_missing_tiles_are_reported(run_alg, server, tmp_path):
    data = (CITYGML / SMALL).read_bytes()
    server.add_file("geobasis/3dg/lod2_gml/lod2_gml/", SMALL, data, index_size=len(data) - 1)  # index out of date
    result = run_alg(
        "nrwtwin:downloadtiles",
        {
            "EXTENT": "332100,332900,5727100,5727900 [EPSG:25832]",
            "PRODUCT": 0,
            "OUTPUT_FOLDER": str(tmp_path / "o"),
            "OUTPUT_TILES": str(tmp_path / "t.gpkg"),
        },
    )
    tiles, _ = features(result["OUTPUT_TILES"])
    small = tiles["32_332_5727"]
    assert small["status"] == "failed" and f"index says {len(data) - 1:,}" in small["message"]
    assert result["FILES"] == [] and result["FAILED"] == 1
    assert not (tmp_path / "o" / SMALL).exists()


@pytest.mark.parametrize(
    "extent, message",
    [
        ("0,1000,0,1000 [EPSG:25832]", "outside North Rhine-Westphalia"),
        ("326000,346000,5727000,5737000 [EPSG:25832]", "200 tiles"),
    ],
)
def test_bad_areas_stop_with_a_message(run_alg, server, tmp_path, extent, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        run_alg(
            "nrwtwin:downloadtiles",
            {
                "EXTENT": extent,
                "PRODUCT": 0,
                "OUTPUT_FOLDER": str(tmp_path / "o"),
                "MAX_TILES": 100,
                "OUTPUT_TILES": str(tmp_path / "t.gpkg"),
            },
        )
    assert not server.log


def test_output_folder_that_cannot_be_written(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="Cannot write to the output folder .*a_file"):
        run_alg(
            "nrwtwin:downloadtiles",
            {
                "EXTENT": ROW_5727,
                "PRODUCT": 0,
                "OUTPUT_FOLDER": str(blocker / "out"),
                "OUTPUT_TILES": str(tmp_path / "t.gpkg"),
            },
        )
    assert not server.log


def test_cancel_leaves_only_part_files(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    server.slow[BIG] = (2048, 0.05, 200_000)  # 200 kB at once (a proven start to keep), then ~40 kB/s
    server.slow[SMALL] = (2048, 0.05)
    feedback = QgsProcessingFeedback()
    threading.Timer(0.5, feedback.cancel).start()
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg(
            "nrwtwin:downloadtiles",
            {
                "EXTENT": ROW_5727,
                "PRODUCT": 0,
                "OUTPUT_FOLDER": str(tmp_path / "o"),
                "OUTPUT_TILES": str(tmp_path / "t.gpkg"),
            },
            feedback=feedback,
        )
    assert time.monotonic() - started < 5.0  # the slow download alone would take ~100 s
    cached = sorted(p.name for p in (tmp_path / "cache" / "LoD2").iterdir())
    assert cached and all(name.endswith(".part") for name in cached)
    assert not (tmp_path / "o" / BIG).exists()


def test_qgis_proxy_settings_become_requests_proxies():
    from qgis.core import QgsNetworkAccessManager, QgsSettings
    from qgis.PyQt.QtNetwork import QNetworkProxy

    from nrw_digital_twin.processing_provider import network

    settings = QgsSettings()
    keys = [
        "proxy/proxyEnabled",
        "proxy/proxyType",
        "proxy/proxyHost",
        "proxy/proxyPort",
        "proxy/proxyUser",
        "proxy/proxyPassword",
        "proxy/noProxyUrls",
    ]
    saved = {key: settings.value(key, None) for key in keys}
    manager = QgsNetworkAccessManager.instance()
    old_fallback = manager.fallbackProxy()
    try:
        manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.NoProxy), [], [])
        settings.setValue("proxy/proxyEnabled", False)
        assert network.qgis_proxies("https://www.opengeodata.nrw.de/produkte/") == {}
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "proxy.kreis.example")
        settings.setValue("proxy/proxyPort", "3128")
        settings.setValue("proxy/proxyUser", "amt")
        settings.setValue("proxy/proxyPassword", "p@ss:1")
        expected = "http://amt:p%40ss%3A1@proxy.kreis.example:3128"
        assert network.qgis_proxies("https://www.opengeodata.nrw.de/produkte/") == {"http": expected, "https": expected}
        settings.setValue("proxy/noProxyUrls", ["http://mirror.kreis.example"])
        assert network.qgis_proxies("http://mirror.kreis.example/produkte/") == {}
        fallback = QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "fallback.example", 8080)
        manager.setFallbackProxyAndExcludes(fallback, [], [])
        assert network.qgis_proxies("https://www.opengeodata.nrw.de/") == {
            "http": "http://fallback.example:8080",
            "https": "http://fallback.example:8080",
        }
    finally:
        manager.setFallbackProxyAndExcludes(old_fallback, [], [])
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_result_fields_have_german_aliases():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from locale_support import qgis_language

    from nrw_digital_twin.processing_provider.alg_downloadtiles import result_fields

    with qgis_language("de_DE"):
        fields = result_fields()
    assert [(f.name(), f.alias()) for f in fields] == [
        ("tile", "Kachel"),
        ("file", "Datei"),
        ("status", "Status"),
        ("bytes", "Bytes"),
        ("message", "Meldung"),
    ]


def test_settings_helpers(tmp_path):
    from qgis.core import QgsApplication, QgsSettings

    from nrw_digital_twin.processing_provider import network

    settings = QgsSettings()
    old = settings.value(network.CACHE_FOLDER_KEY, None)
    try:
        settings.remove(network.CACHE_FOLDER_KEY)
        assert network.cache_folder().startswith(QgsApplication.qgisSettingsDirPath().rstrip("/"))
        assert network.cache_folder().endswith("nrw_digital_twin/cache")
        settings.setValue(network.CACHE_FOLDER_KEY, str(tmp_path))
        assert network.cache_folder() == str(tmp_path)
        assert network.setting("nrw_digital_twin/never_set", 42) == 42
    finally:
        if old is None:
            settings.remove(network.CACHE_FOLDER_KEY)
        else:
            settings.setValue(network.CACHE_FOLDER_KEY, old)


# ---------------------------------------------------------------------------------------------
# Fault injection (issue 12 #3, #9): what the user gets and exactly which files exist afterwards


def run_tiles(run_alg, tmp_path, out, tiles_layer, extent=ROW_5727):
    return run_alg(
        "nrwtwin:downloadtiles",
        {"EXTENT": extent, "PRODUCT": 0, "OUTPUT_FOLDER": str(out), "OUTPUT_TILES": str(tiles_layer)},
    )


def test_html_page_and_cut_body_never_become_tiles(run_alg, server, tmp_path):
    from nrw_digital_twin.algorithms import content_check

    server.add_fault(BIG, "html")  # 200, an HTML page, no Content-Length
    server.unsized.add(SMALL)  # no size in the index either …
    server.add_fault(SMALL, "cut")  # … and a body cut in half without Content-Length
    out = tmp_path / "out"
    result = run_tiles(run_alg, tmp_path, out, tmp_path / "tiles.gpkg")
    assert (result["DOWNLOADED"], result["FAILED"]) == (2, 0)
    for name in (BIG, SMALL):
        assert sha(out / name) == sha(CITYGML / name) and content_check.file_problem(out / name) is None
        assert [e["range"] for e in server.requests_for(name)] == [None, None]  # nothing bad was continued


def test_tile_every_time_an_html_page_is_a_failed_tile_with_the_reason(run_alg, server, tmp_path):
    server.add_fault(SMALL, *["html"] * 4)
    result = run_tiles(run_alg, tmp_path, tmp_path / "out", tmp_path / "tiles.gpkg")
    assert (result["DOWNLOADED"], result["FAILED"]) == (1, 1)
    tiles, _ = features(result["OUTPUT_TILES"])
    assert tiles["32_332_5727"]["status"] == "failed"
    assert "a web page (HTML) instead of a CityGML file" in tiles["32_332_5727"]["message"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [BIG]
    assert sorted(p.name for p in (tmp_path / "cache" / "LoD2").iterdir()) == [BIG]


def test_cache_on_a_full_disk_stops_with_a_message_and_no_outputs(run_alg, server, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingException, QgsSettings

    from nrw_digital_twin.algorithms import content_check
    from tests.fakes.disks import full_disk, listing

    with full_disk(tmp_path / "disk") as disk:
        QgsSettings().setValue("nrw_digital_twin/cache_folder", str(disk))
        with pytest.raises(QgsProcessingException) as info:
            run_tiles(run_alg, tmp_path, tmp_path / "out", tmp_path / "tiles.gpkg")
        text = str(info.value)
        # both tiles download at once: whichever write meets the full disk first is named
        named = [n for n in (BIG, SMALL) if f"Not enough space on the disk for {disk / 'LoD2' / n}.part" in text]
        assert len(named) == 1 and "resumes on the next run" in text
        files = listing(disk)
        # the index, the proven start of the named tile to resume from, and the small tile if it was done
        assert BIG not in {Path(name).name for name in files} and f"LoD2/{named[0]}.part" in files
        assert set(files) <= {f"LoD2/{BIG}.part", f"LoD2/{SMALL}", f"LoD2/{SMALL}.part"} | {
            name for name in files if name.startswith("_index/")
        }
        if f"LoD2/{SMALL}" in files:
            assert content_check.file_problem(disk / "LoD2" / SMALL) is None
    assert not (tmp_path / "tiles.gpkg").exists() and not list((tmp_path / "out").iterdir())


def test_output_folder_on_a_full_disk_keeps_it_as_it_was(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    from tests.fakes.disks import full_disk, listing

    with full_disk(tmp_path / "disk", files={"notes.txt": b"kept"}) as disk:
        with pytest.raises(QgsProcessingException) as info:
            run_tiles(run_alg, tmp_path, disk, disk / "tiles.gpkg")  # copies: another file system than the cache
        assert f"Could not write the tiles into {disk} (No space left on device)" in str(info.value)
        assert listing(disk) == {"notes.txt": 4}  # neither the small tile nor a layer nor staging folders
    assert sorted(p.name for p in (tmp_path / "cache" / "LoD2").iterdir()) == [BIG, SMALL]


def test_read_only_output_folder(run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    from tests.fakes.disks import listing, read_only

    with read_only(tmp_path / "ro", files={BIG: b"an old tile"}) as folder:
        with pytest.raises(QgsProcessingException) as info:
            run_tiles(run_alg, tmp_path, folder, folder / "tiles.gpkg")
        assert f"Cannot write to the output folder {folder} (Read-only file system)" in str(info.value)
        assert listing(folder) == {BIG: 11}
    assert not server.log  # stopped before anything was downloaded


def test_messages_in_german_with_german_numbers(german_qgis, run_alg, server, tmp_path):
    from qgis.core import QgsProcessingException

    data = (CITYGML / SMALL).read_bytes()
    server.add_file("geobasis/3dg/lod2_gml/lod2_gml/", SMALL, data, index_size=len(data) - 1)
    server.add_fault(BIG, *["html"] * 4)
    result = run_tiles(run_alg, tmp_path, tmp_path / "out", tmp_path / "tiles.gpkg")
    tiles, _ = features(result["OUTPUT_TILES"])
    assert "eine Webseite (HTML) statt einer CityGML-Datei" in tiles["32_326_5727"]["message"]
    assert "Nach 4 Versuchen aufgegeben" not in tiles["32_326_5727"]["message"]  # the tile's own wording
    assert "nach 4 Versuchen aufgegeben" in tiles["32_326_5727"]["message"]
    assert "der Server sendet 55.997 Bytes" in tiles["32_332_5727"]["message"]
    assert "sein Index nennt aber 55.996" in tiles["32_332_5727"]["message"]
    with pytest.raises(QgsProcessingException, match="liegt außerhalb von Nordrhein-Westfalen"):
        run_tiles(run_alg, tmp_path, tmp_path / "o2", tmp_path / "t2.gpkg", extent="0,1000,0,1000 [EPSG:25832]")
