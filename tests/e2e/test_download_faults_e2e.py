"""Fault injection through the real ``qgis_process``: exit status, message, files afterwards.

* SIGTERM in the middle of nrwtwin:downloadtiles, then the same command again: it resumes the
  ``.part`` files, completes, and every tile is byte-identical to the fixture and passes its check.
* nrwtwin:downloadwfs onto a full disk (a 256 kB tmpfs): exit status 1, the message names the file
  and the full disk, the old file stays byte-identical and no staging folder is left.
* nrwtwin:downloadtiles into a read-only folder: exit status 1, nothing downloaded, nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fakes.disks import full_disk, listing, read_only  # noqa: E402
from fakes.ogc_server import FakeWfs, synthetic_parcels  # noqa: E402
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

pytestmark = pytest.mark.needs_network_server

CITYGML = Path(__file__).resolve().parents[1] / "data" / "citygml"
BIG, SMALL = "LoD2_32_326_5727_1_NW.gml", "LoD2_32_332_5727_1_NW.gml"
ROW_5727 = "326000,333000,5727000,5728000 [EPSG:25832]"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tile_params(out: Path, layer: Path) -> dict:
    return {"EXTENT": ROW_5727, "PRODUCT": 0, "OUTPUT_FOLDER": str(out), "OUTPUT_TILES": str(layer)}


def test_sigterm_mid_download_then_rerun_completes(qgis_process, tmp_path):
    from nrw_digital_twin.algorithms import content_check

    out, layer = tmp_path / "out", tmp_path / "tiles.gpkg"
    with FakeOpenGeodata() as server:
        for gml in sorted(CITYGML.glob("LoD2_32_*_1_NW.gml")):
            server.add_fixture("LoD2", gml)
        server.slow[BIG] = (4096, 0.02, 300_000)  # about 20 s for the whole tile
        qgis_process.env["NRWTWIN_OPENGEODATA_URL"] = server.base_url
        arguments = [f"{key}={value}" for key, value in tile_params(out, layer).items()]
        command = [qgis_process.binary, "--json", "run", "nrwtwin:downloadtiles", "--", *arguments]
        process = subprocess.Popen(command, env=qgis_process.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while True:
            parts = list((tmp_path / "home").rglob(f"nrw_digital_twin/cache/LoD2/{BIG}.part"))
            if parts and parts[0].stat().st_size > 300_000:
                break
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
        assert process.returncode != 0  # killed: no results, no success
        part = parts[0]
        kept = part.stat().st_size
        assert part.exists() and not (part.parent / BIG).exists() and not layer.exists()
        assert not out.exists() or not any(p.name in (BIG, SMALL) for p in out.iterdir())
        server.slow.clear()
        result = qgis_process.run_json("nrwtwin:downloadtiles", **tile_params(out, layer))
        resumed = server.requests_for(BIG)[-1]["range"]
    assert result["returncode"] == 0, result
    assert (result["results"]["DOWNLOADED"] + result["results"]["CACHED"], result["results"]["FAILED"]) == (2, 0)
    assert resumed == f"bytes={kept}-"
    for name in (BIG, SMALL):
        for path in (out / name, part.parent / name):
            assert sha(path) == sha(CITYGML / name) and content_check.file_problem(path) is None
    assert sorted(p.name for p in part.parent.iterdir()) == [BIG, SMALL]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".nrwtwin-staging")) == []


def test_downloadwfs_onto_a_full_disk_exits_1_and_keeps_the_old_file(qgis_process, tmp_path):
    old = b"an older export" * 1000
    with FakeWfs(synthetic_parcels(60, 60)) as fake, full_disk(tmp_path / "disk", files={"p.gpkg": old}) as disk:
        override = tmp_path / "services.json"
        override.write_text(json.dumps({"services": {"alkis_simple": {"url": fake.url, "max_features": 1000}}}))
        qgis_process.env["NRWTWIN_SERVICES"] = str(override)
        result = qgis_process.run_json(
            "nrwtwin:downloadwfs",
            check=False,
            SERVICE=0,
            EXTENT="400000,400600,5700000,5700600 [EPSG:25832]",
            OUTPUT=str(disk / "p.gpkg"),
        )
        assert result["returncode"] == 1
        assert f"Not enough space on the disk for {disk / 'p.gpkg'}" in result["stderr"] + result.get("stdout", "")
        assert "Traceback" not in result["stderr"]
        assert listing(disk) == {"p.gpkg": len(old)} and (disk / "p.gpkg").read_bytes() == old


def test_downloadtiles_into_a_read_only_folder_exits_1(qgis_process, tmp_path):
    with FakeOpenGeodata() as server, read_only(tmp_path / "ro", files={"keep.txt": b"old"}) as folder:
        server.add_fixture("LoD2", CITYGML / SMALL)
        qgis_process.env["NRWTWIN_OPENGEODATA_URL"] = server.base_url
        result = qgis_process.run_json(
            "nrwtwin:downloadtiles", check=False, **tile_params(folder, folder / "t.gpkg")
        )
        assert result["returncode"] == 1
        text = result["stderr"] + result.get("stdout", "")
        assert f"Cannot write to the output folder {folder} (Read-only file system)" in text
        assert listing(folder) == {"keep.txt": 3} and not server.log
