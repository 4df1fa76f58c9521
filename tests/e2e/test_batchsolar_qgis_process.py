"""nrwtwin:batchsolar through the real ``qgis_process``: local Dask worker processes started from QGIS.

Inside QGIS, ``sys.executable`` is not the Python QGIS embeds (on Linux it is whatever ``python3`` comes first
on the PATH). A ``python3`` that cannot run anything is put first on the PATH here: the workers must still
start, with the interpreter QGIS runs on, and compute every tile.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from fakes import batch_area

pytestmark = [pytest.mark.slow, pytest.mark.needs_network_server]


def test_qgis_process_without_dask_says_how_to_install_it(qgis_process, tmp_path):
    """QGIS ships without Dask: the algorithm is there and stops with the command that installs Dask."""
    help_text = qgis_process("help", "nrwtwin:batchsolar").stdout
    for name in ("EXTENT", "SCHEDULER", "WORKERS", "CACHE_FOLDER", "OUTPUT_FOLDER", "TILE_COUNT", "FAILED_COUNT"):
        assert name in help_text
    result = qgis_process.run_json(
        "nrwtwin:batchsolar",
        check=False,
        EXTENT="325000,328000,5726000,5729000 [EPSG:25832]",
        OUTPUT_FOLDER=str(tmp_path),
    )
    assert result["returncode"] != 0
    message = result.get("stderr", "") + result.get("stdout", "")
    assert '-m pip install --user "dask[distributed]"' in message and "python3-distributed" in message
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # nothing written


def test_qgis_process_runs_batchsolar_on_local_worker_processes(qgis_process, tmp_path):
    import distributed

    # Dask installed for QGIS's Python (here: the test venv's packages on its path, as pip --user would).
    qgis_process.env["PYTHONPATH"] = str(Path(distributed.__file__).resolve().parents[1])
    trap = tmp_path / "bin"
    trap.mkdir()
    (trap / "python3").write_text("#!/bin/sh\necho 'not the Python of QGIS' >&2\nexit 97\n")
    (trap / "python3").chmod(0o755)
    qgis_process.env["PATH"] = f"{trap}:{qgis_process.env['PATH']}"
    out = tmp_path / "out"
    with batch_area.area_server() as server:
        qgis_process.env["NRWTWIN_OPENGEODATA_URL"] = server.base_url
        result = qgis_process.run_json(
            "nrwtwin:batchsolar",
            EXTENT="325000,328000,5726000,5729000 [EPSG:25832]",
            WORKERS=2,
            RESOLUTION=2.0,
            CACHE_FOLDER=str(tmp_path / "cache"),
            OUTPUT_FOLDER=str(out),
        )
    assert result["returncode"] == 0, result
    outputs = result["results"]
    assert (outputs["TILE_COUNT"], outputs["FAILED_COUNT"]) == (9, 0)
    assert outputs["OUTPUT"] == str(out / "roofsolar.gpkg")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"done": 8, "missing": 1}
    workers = {entry["worker"] for entry in manifest["tiles"].values() if entry["status"] == "done"}
    assert all(worker.startswith("tcp://127.0.0.1:") for worker in workers)
    db = sqlite3.connect(out / "roofsolar.gpkg")
    count = db.execute('SELECT count(*) FROM "roofsolar"').fetchone()[0]
    db.close()
    assert count == sum(entry.get("roofs", 0) for entry in manifest["tiles"].values())
    assert count == 3 * 389 + 1 + 5 + 18 + 5  # three copies of the real tile and the small ones
