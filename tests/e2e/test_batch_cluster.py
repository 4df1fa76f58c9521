"""``nrwtwin-batch solar`` on a real Dask cluster: a ``dask scheduler`` and two ``dask worker`` processes on
loopback ports, in a Python without QGIS (tests/fakes/dask_cluster.py), against a fake OpenGeodata.NRW
serving a 3 × 3 km area made of the real fixture tiles (tests/fakes/batch_area.py).

Asserted: the merged layer equals single-process engine runs over the same tile and neighbours (every
field, every geometry byte); ``kill -9`` of a worker mid-run does not stop the run and leaves no partial
file; a run killed half-way and started again computes only the tiles that are missing; a tile whose
download fails is reported as failed in manifest.json and summary.csv (and computed by the next run).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from fakes import batch_area
from fakes.dask_cluster import DaskCluster, batch_venv, loaded_qgis_modules, worker_env
from fakes.opengeodata_server import FOLDERS

from nrw_digital_twin.algorithms.citygml import iter_buildings, multipolygon_z_wkb
from nrw_digital_twin.algorithms.solar import potential
from nrw_digital_twin.algorithms.solar import run as solar_run
from nrw_digital_twin.algorithms.tilegrid import Tile

pytestmark = [pytest.mark.slow, pytest.mark.needs_network_server]

RESOLUTION = 2.0  # the coarsest cell size nrwtwin:roofsolar offers: keeps the test quick
GP_HEADER_BYTES = 8 + 6 * 8  # GeoPackage blob header with an xyz envelope
EXPECTED_DONE = 8  # 9 tiles, one of them not published
CENTRE_NAME = batch_area.tile_name(*batch_area.CENTRE)


@pytest.fixture(scope="module")
def venv() -> Path:
    return batch_venv()


@pytest.fixture
def cluster(venv, tmp_path):
    with DaskCluster(venv, tmp_path / "cluster", workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """surface_id → (surface fields, result values, WKB) from single-process engine runs, tile by tile."""
    paths = batch_area.write_area(tmp_path_factory.mktemp("area"))
    from pyproj import Transformer

    to_lonlat = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform
    rows = {}
    for east, north in paths:
        files = batch_area.neighbour_paths(paths, east, north)
        surfaces = [s for b in iter_buildings([str(p) for p in files]) for s in b.surfaces]
        if not any(s.surface_type == "Roof" for s in surfaces):
            continue
        run = solar_run.roof_solar_run(
            surfaces, potential.SolarParameters(resolution=RESOLUTION), to_lonlat, area=Tile(east, north).bounds
        )
        for roof in run.result.roofs:
            s = roof.surface
            fields = (s.surface_id, s.building_id, s.part_id, s.surface_type, s.area_m2, s.tilt_deg, s.azimuth_deg)
            fields += (s.z_min, s.z_max, s.lod)
            assert s.surface_id not in rows, "a roof evaluated by two tiles"
            rows[s.surface_id] = (fields, tuple(solar_run.result_values(roof)), multipolygon_z_wkb(s.polygons))
    assert len(rows) > 1000  # three copies of the 389-roof tile plus the small ones
    return rows


def batch_command(venv: Path, out: Path, cache: Path, scheduler: str, base_url: str) -> list:
    xmin, ymin, xmax, ymax = batch_area.area_extent()
    return [
        str(venv / "bin" / "python"),
        "-m",
        "nrw_digital_twin.batch",
        "solar",
        "--extent",
        f"{xmin:.0f},{ymin:.0f},{xmax:.0f},{ymax:.0f}",
        "--out",
        str(out),
        "--scheduler",
        scheduler,
        "--cache",
        str(cache),
        "--base-url",
        base_url,
        "--resolution",
        str(RESOLUTION),
    ]


def run_batch(command: list, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=worker_env())


def merged_rows(path: Path) -> dict:
    db = sqlite3.connect(path)
    try:
        columns = [row[1] for row in db.execute('PRAGMA table_info("roofsolar")')]
        data = db.execute('SELECT * FROM "roofsolar"').fetchall()
    finally:
        db.close()
    return {row[2]: dict(zip(columns, row)) for row in data}


def assert_equal_to_reference(out: Path, reference: dict, expected_ids=None) -> None:
    from nrw_digital_twin.algorithms.batch.tile_store import SURFACE_COLUMNS

    merged = merged_rows(out / "roofsolar.gpkg")
    wanted = set(reference) if expected_ids is None else set(expected_ids)
    assert set(merged) == wanted
    surface_names = [name for name, _kind in SURFACE_COLUMNS]
    result_names = [name for name, _attr, _kind in solar_run.RESULT_COLUMNS]
    for surface_id in wanted:
        fields, results, wkb = reference[surface_id]
        row = merged[surface_id]
        assert tuple(row[name] for name in surface_names) == fields
        assert tuple(row[name] for name in result_names) == results
        assert bytes(row["geom"][GP_HEADER_BYTES:]) == wkb


def summary(out: Path) -> dict:
    with open(out / "summary.csv", newline="", encoding="utf-8") as handle:
        return {row["tile"]: row for row in csv.DictReader(handle)}


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def leftovers(out: Path) -> list:
    """Anything in the output folder that is not a result: staging folders, temporary or partial files."""
    wanted = {"roofsolar.gpkg", "summary.csv", "manifest.json", "tiles"}
    found = [p.name for p in out.iterdir() if p.name not in wanted]
    found += [p.name for p in (out / "tiles").iterdir() if not (p.suffix == ".gpkg" and p.stem.startswith("32_"))]
    return found


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_cluster_run_matches_single_process_and_survives_a_killed_worker(cluster, venv, tmp_path, reference):
    out, cache = tmp_path / "out", tmp_path / "cache"
    with batch_area.area_server() as server:
        # Every task needs the centre tile (it neighbours all nine): trickle it, so both workers are busy
        # with it when one is killed (3.99 MB in 32 kB chunks, 25 ms apart ≈ 3 s).
        server.slow[CENTRE_NAME] = (32 * 1024, 0.025)
        process = subprocess.Popen(
            batch_command(venv, out, cache, cluster.address, server.base_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=worker_env(),
        )
        info = cluster.worker_info()
        with cluster.client() as client:
            busy = lambda: all(client.processing().get(w["address"]) for w in info.values())  # noqa: E731
            wait_until(busy, 60, "two busy workers")
        time.sleep(1.0)
        cluster.kill_worker("w1")
        stdout, stderr = process.communicate(timeout=240)
    assert process.returncode == 0, stdout + stderr + cluster.log_text()
    document = manifest(out)
    tiles = document["tiles"]
    assert len(tiles) == 9
    assert document["counts"] == {"done": EXPECTED_DONE, "missing": 1}
    assert tiles["32_325_5728"]["status"] == "missing"
    survivor = info["w2"]["address"]
    for key, entry in tiles.items():
        if entry["status"] != "done":
            continue
        # Nothing could finish before the killed worker died, so the survivor ran every task.
        assert entry["worker"] == survivor, key
        path = out / "tiles" / f"{key}.gpkg"
        assert entry["checksum"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        assert entry["seconds"] > 0
    assert leftovers(out) == []
    assert_equal_to_reference(out, reference)
    table = summary(out)
    assert list(table) == [t.key for t in batch_area_tiles()]
    merged = merged_rows(out / "roofsolar.gpkg")
    for key, row in table.items():
        if row["status"] == "missing":
            assert row["roofs"] == "" and "publishes no LoD2 tile" in row["message"]
            continue
        db = sqlite3.connect(out / "tiles" / f"{key}.gpkg")
        count = db.execute('SELECT count(*) FROM "roofsolar"').fetchone()[0]
        db.close()
        assert int(row["roofs"]) == tiles[key]["roofs"] == count
        assert float(row["kwp"]) == pytest.approx(tiles[key]["kwp"], abs=5e-4)
    assert sum(int(row["roofs"] or 0) for row in table.values()) == len(merged)
    suitable = [r for r in merged.values() if r["suitability"] == "suitable"]
    assert sum(int(row["suitable_roofs"] or 0) for row in table.values()) == len(suitable)
    assert sum(float(row["kwp"] or 0) for row in table.values()) == pytest.approx(sum(r["kwp"] for r in suitable))
    yield_mwh = sum(r["yield_kwh"] for r in suitable) / 1000
    assert sum(float(row["yield_mwh_a"] or 0) for row in table.values()) == pytest.approx(yield_mwh, abs=0.01)
    # The workers never imported QGIS or Qt (they have neither).
    with cluster.client() as client:
        leaked = client.run(loaded_qgis_modules)
    assert leaked == {survivor: []}


def batch_area_tiles():
    return [Tile(e, n) for n in batch_area.AREA_NORTH for e in batch_area.AREA_EAST]


def file_state(folder: Path) -> dict:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.glob("*.gpkg")}


def test_interrupted_run_restarts_with_the_missing_tiles_only(cluster, venv, tmp_path, reference):
    out, cache = tmp_path / "out", tmp_path / "cache"
    with batch_area.area_server() as server:
        command = batch_command(venv, out, cache, cluster.address, server.base_url)
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=worker_env())
        wait_until(lambda: any((out / "tiles").glob("32_*.gpkg")), 120, "the first tile")
        first.kill()  # kill -9 of the client: the manifest is as the run last saved it
        first.wait(10)
        cluster.wait_until_idle()  # tasks that were running finish; the rest are dropped
        before = file_state(out / "tiles")
        assert 0 < len(before) < EXPECTED_DONE
        second = run_batch(command)
    assert second.returncode == 0, second.stdout + second.stderr + cluster.log_text()
    document = manifest(out)
    run_id = document["started"]
    done = {key for key, entry in document["tiles"].items() if entry["status"] == "done"}
    computed_now = {key for key in done if document["tiles"][key].get("run") == run_id}
    assert len(done) == EXPECTED_DONE
    assert computed_now == done - {name[: -len(".gpkg")] for name in before}
    after = file_state(out / "tiles")
    for name, state in before.items():
        assert after[name] == state, f"{name} was computed again"
    assert f"{len(computed_now)} computed now, {len(before)} from earlier runs" in second.stdout
    assert leftovers(out) == []
    assert_equal_to_reference(out, reference)


def test_failed_download_is_reported_and_computed_by_the_next_run(cluster, venv, tmp_path, reference):
    out, cache = tmp_path / "out", tmp_path / "cache"
    broken = (327, 5728)
    name = batch_area.tile_name(*broken)
    files = batch_area.area_files()
    with batch_area.area_server() as server:
        # Listed in the index with its size, but the server answers 404 (a file being replaced on the server).
        del server.files[(FOLDERS["LoD2"], name)]
        server.list_only(FOLDERS["LoD2"], name, len(files[broken]))
        command = batch_command(venv, out, cache, cluster.address, server.base_url)
        first = run_batch(command)
        assert first.returncode == 1, first.stdout + first.stderr
        document = manifest(out)
        failed = {key for key, entry in document["tiles"].items() if entry["status"] == "failed"}
        # The tile itself and the three tiles of the area that need it as shading context.
        assert failed == {"32_327_5728", "32_326_5727", "32_327_5727", "32_326_5728"}
        table = summary(out)
        for key in failed:
            assert table[key]["status"] == "failed"
            assert "could not be downloaded" in table[key]["message"] and "404" in table[key]["message"]
            assert table[key]["roofs"] == ""
            assert f"failed {key}:" in first.stderr
        assert document["tiles"]["32_327_5728"]["message"].startswith("The LoD2 tile 32_327_5728")
        assert "neighbouring LoD2 tile 32_327_5728" in document["tiles"]["32_326_5727"]["message"]
        partial = merged_rows(out / "roofsolar.gpkg")
        assert len(partial) == sum(int(r["roofs"] or 0) for r in table.values()) > 0
        assert not (out / "tiles" / "32_326_5727.gpkg").exists()
        server.files[(FOLDERS["LoD2"], name)] = files[broken]
        second = run_batch(command)
    assert second.returncode == 0, second.stdout + second.stderr
    document = manifest(out)
    run_id = document["started"]
    assert {k for k, e in document["tiles"].items() if e.get("run") == run_id and e["status"] == "done"} == failed
    assert_equal_to_reference(out, reference)


def test_the_installed_command_runs_without_qgis(venv, tmp_path):
    """``pip install "<checkout>[batch]"`` gave the venv the command and the module, importable without QGIS."""
    env = {key: value for key, value in worker_env().items() if key != "PYTHONPATH"}  # the installed copy
    command = subprocess.run(
        [str(venv / "bin" / "nrwtwin-batch"), "solar", "--help"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert command.returncode == 0, command.stderr
    assert "--scheduler" in command.stdout and "--resolution" in command.stdout
    code = "import nrw_digital_twin.batch.cli as c, importlib.util as u; print(c.__file__, u.find_spec('qgis'))"
    probe = subprocess.run(
        [str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    location, qgis_spec = probe.stdout.split()
    assert location.startswith(str(venv / "lib")) and qgis_spec == "None"
    usage = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "nrw_digital_twin.batch", "solar", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert usage.returncode == 2 and "give --extent or --tiles" in usage.stderr
