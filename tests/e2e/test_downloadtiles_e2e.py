"""qgis_process run of nrwtwin:downloadtiles against the local OpenGeodata.NRW stand-in."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

pytestmark = pytest.mark.needs_network_server

CITYGML = Path(__file__).resolve().parents[1] / "data" / "citygml"


def test_qgis_process_downloads_into_folder_and_profile_cache(qgis_process, tmp_path):
    with FakeOpenGeodata() as server:
        for gml in sorted(CITYGML.glob("LoD2_32_*_1_NW.gml")):
            server.add_fixture("LoD2", gml)
        qgis_process.env["NRWTWIN_OPENGEODATA_URL"] = server.base_url
        out = tmp_path / "out"
        result = qgis_process.run_json(
            "nrwtwin:downloadtiles",
            EXTENT="326000,333000,5727000,5728000 [EPSG:25832]",
            PRODUCT=0,
            OUTPUT_FOLDER=str(out),
            OUTPUT_TILES=str(tmp_path / "tiles.gpkg"),
        )
    assert result["returncode"] == 0, result
    outputs = result["results"]
    assert (outputs["DOWNLOADED"], outputs["MISSING"], outputs["FAILED"]) == (2, 5, 0)
    names = sorted(Path(p).name for p in outputs["FILES"])
    assert names == ["LoD2_32_326_5727_1_NW.gml", "LoD2_32_332_5727_1_NW.gml"]
    for name in names:
        assert (
            hashlib.sha256((out / name).read_bytes()).digest() == hashlib.sha256((CITYGML / name).read_bytes()).digest()
        )
    # the default cache lives in the (temporary) QGIS profile
    cached = list((tmp_path / "home").rglob("nrw_digital_twin/cache/LoD2/*.gml"))
    assert sorted(p.name for p in cached) == names
