"""The batch runner's engine parts without Dask: tiles, the tile task, its GeoPackage, validity, manifest,
summary and merge (algorithms/batch). The tile task runs in this process against the fake OpenGeodata
server with the 3 × 3 km area of tests/fakes/batch_area.py; its rows are compared with an engine run over
the same files made here without the batch code."""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from fakes import batch_area
from fakes.opengeodata_server import FOLDERS

from nrw_digital_twin.algorithms.batch import job as batch_job
from nrw_digital_twin.algorithms.batch import manifest as manifest_io
from nrw_digital_twin.algorithms.batch import merge, runner, tile_store, tiles
from nrw_digital_twin.algorithms.batch.tile_task import solar_tile
from nrw_digital_twin.algorithms.citygml import iter_buildings, multipolygon_z_wkb
from nrw_digital_twin.algorithms.citygml.measures import tilt_azimuth_arrays
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.geometry3d import tilt_azimuth
from nrw_digital_twin.algorithms.solar import potential
from nrw_digital_twin.algorithms.solar import run as solar_run
from nrw_digital_twin.algorithms.tilegrid import Tile

RESOLUTION = 2.0
CENTRE = Tile(*batch_area.CENTRE)


# ------------------------------------------------------------------ tiles


def test_tiles_of_an_extent_a_list_and_a_neighbourhood(tmp_path):
    assert tiles.parse_extent(" 325000, 5726000,328000 ,5729000") == (325000.0, 5726000.0, 328000.0, 5729000.0)
    with pytest.raises(NrwTwinError, match="XMIN,YMIN,XMAX,YMAX"):
        tiles.parse_extent("1,2,3")
    area = tiles.tiles_from_extent(batch_area.area_extent())
    assert [t.key for t in area] == [f"32_{e}_{n}" for n in (5726, 5727, 5728) for e in (325, 326, 327)]
    # The same area in geographic coordinates covers at least those tiles (edges densified, rounded outward).
    from pyproj import Transformer

    lon0, lat0 = Transformer.from_crs(25832, 4326, always_xy=True).transform(325100, 5726100)
    lon1, lat1 = Transformer.from_crs(25832, 4326, always_xy=True).transform(327900, 5728900)
    geographic = tiles.tiles_from_extent((lon0, lat0, lon1, lat1), "EPSG:4326")
    assert set(area) <= set(geographic) and len(geographic) <= 16
    listing = tmp_path / "tiles.txt"
    listing.write_text("# Kreis test\n32_326_5727\n\n326_5727\n32_325_5726  # corner\nLoD2_32_327_5728_1_NW.gml\n")
    assert [t.key for t in tiles.read_tile_list(str(listing))] == ["32_326_5727", "32_325_5726", "32_327_5728"]
    inside = tiles.select_tiles((325000.0, 5726000.0, 327000.0, 5728000.0), tile_file=str(listing))
    assert [t.key for t in inside] == ["32_326_5727", "32_325_5726"]
    listing.write_text("32_326_5727\nBochum\n")
    with pytest.raises(NrwTwinError, match="Line 2 of .* 'Bochum'"):
        tiles.read_tile_list(str(listing))
    assert [t.key for t in tiles.neighbourhood(CENTRE)][4] == "32_326_5727"
    expected = {f"32_{e}_{n}" for e in (325, 326, 327) for n in (5726, 5727, 5728)}
    assert {t.key for t in tiles.neighbourhood(CENTRE)} == expected


def test_tilt_and_azimuth_do_not_depend_on_memory_layout():
    """The import's tilt/azimuth are the same to the last bit wherever the normals lie in memory (numpy's SIMD
    arctan2 differs from its scalar loop by one ulp for some normals and picks one by the arrays' layout),
    and agree with geometry3d's scalar formulas."""
    rng = np.random.default_rng(17)
    normals = rng.normal(size=(997, 3))
    normals[::7, 2] = np.abs(normals[::7, 2]) + 5.0  # some near-horizontal ones (no azimuth)
    normals[83] = (14.550601499095558, 21.084273000072425, 30.0)  # one that differed between two real runs
    results = []
    for offset in range(8):
        buffer = np.empty(len(normals) * 3 + 8)
        shifted = buffer[offset : offset + normals.size].reshape(-1, 3)
        shifted[:] = normals
        junk = [np.empty(offset * 5 + 1) for _ in range(offset)]  # move later allocations around too
        results.append(tilt_azimuth_arrays(shifted))
        del junk
    for tilt, azimuth in results[1:]:
        assert np.array_equal(tilt, results[0][0], equal_nan=True)
        assert np.array_equal(azimuth, results[0][1], equal_nan=True)
    tilt, azimuth = results[0]
    assert azimuth[83] == np.degrees(math.atan2(14.550601499095558, 21.084273000072425))  # libm's value
    for i, normal in enumerate(normals):
        t, a = tilt_azimuth(normal / np.linalg.norm(normal))
        assert abs(tilt[i] - t) < 1e-9
        assert (a is None and math.isnan(azimuth[i])) or abs(azimuth[i] - a) < 1e-9


# ------------------------------------------------------------------ the tile task


@pytest.fixture(scope="module")
def area_paths(tmp_path_factory):
    return batch_area.write_area(tmp_path_factory.mktemp("area"))


@pytest.fixture
def server():
    with batch_area.area_server() as running:
        yield running


def make_job(tmp_path: Path, server, **options) -> batch_job.SolarJob:
    return batch_job.make_job(
        str(tmp_path / "out"), str(tmp_path / "cache"), base_url=server.base_url, resolution=RESOLUTION, **options
    )


def reference_rows(area_paths, tile: Tile) -> dict:
    """surface_id → (surface fields, result values, WKB) from one engine run over the tile and neighbours."""
    from pyproj import Transformer

    files = batch_area.neighbour_paths(area_paths, tile.easting_km, tile.northing_km)
    surfaces = [s for b in iter_buildings([str(p) for p in files]) for s in b.surfaces]
    run = solar_run.roof_solar_run(
        surfaces,
        potential.SolarParameters(resolution=RESOLUTION),
        Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform,
        area=tile.bounds,
    )
    rows = {}
    for roof in run.result.roofs:
        s = roof.surface
        fields = (s.surface_id, s.building_id, s.part_id, s.surface_type, s.area_m2, s.tilt_deg, s.azimuth_deg)
        rows[s.surface_id] = (
            fields + (s.z_min, s.z_max, s.lod),
            tuple(solar_run.result_values(roof)),
            multipolygon_z_wkb(s.polygons),
        )
    return rows


def file_rows(path: Path) -> dict:
    names = tile_store.COLUMN_NAMES
    rows = {}
    for row in tile_store.iter_rows(path):
        values = dict(zip(names, row[1:]))
        rows[values["surface_id"]] = (
            tuple(row[1:11]),
            tuple(row[11:]),
            bytes(row[0][56:]),  # after the 8-byte header and the xyz envelope
        )
    return rows


def test_tile_task_equals_an_engine_run_over_the_same_neighbourhood(tmp_path, server, area_paths):
    job = make_job(tmp_path, server)
    outcome = solar_tile(job, CENTRE.key)
    assert outcome["status"] == "done", outcome
    path = job.tile_path(CENTRE.key)
    expected = reference_rows(area_paths, CENTRE)
    assert len(expected) == 389  # the real tile's roofs (its neighbours' roofs are evaluated by their tiles)
    assert file_rows(path) == expected
    assert outcome["roofs"] == 389
    suitable = [v for v in expected.values() if v[1][9] == "suitable"]
    assert outcome["suitable"] == len(suitable)
    assert outcome["kwp"] == pytest.approx(sum(v[1][5] for v in suitable))
    assert outcome["yield_mwh"] == pytest.approx(sum(v[1][6] for v in suitable) / 1000)
    assert outcome["checksum"] == tile_store.file_checksum(path)
    meta = tile_store.read_meta(path)
    assert meta["fingerprint"] == job.fingerprint and meta["roofs"] == 389
    area = {f"32_{e}_{n}" for e in (325, 326, 327) for n in (5726, 5727, 5728)}
    assert meta["context_tiles"] == sorted(area - {"32_325_5728"})  # that one is not published
    # A GeoPackage SQLite itself accepts: integrity, R*Tree, contents.
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT rtreecheck('rtree_roofsolar_geom')").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM rtree_roofsolar_geom").fetchone()[0] == 389
    assert db.execute("SELECT srs_id FROM gpkg_geometry_columns").fetchone()[0] == 25832
    assert "UTM zone 32N" in db.execute("SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id=25832").fetchone()[0]
    db.close()
    # Only the finished file is in the folder: no staging folder, no temporary file.
    assert sorted(p.name for p in job.tiles_dir.iterdir()) == [f"{CENTRE.key}.gpkg"]
    # Downloaded once into the shared cache, each file under its lock.
    names = sorted(p.name for p in (tmp_path / "cache" / "LoD2").iterdir())
    assert names[0] == ".locks" and len(names) == 9


def test_empty_missing_and_broken_tiles(tmp_path, server):
    job = make_job(tmp_path, server)
    server.add_fault(batch_area.tile_name(326, 5728), "404")
    broken = solar_tile(job, "32_326_5727")
    assert broken["status"] == "failed"
    assert broken["message"].startswith("The neighbouring LoD2 tile 32_326_5728 (context for the shading) could not")
    assert "HTTP 404" in broken["message"]
    assert not job.tile_path("32_326_5727").exists()
    empty = solar_tile(job, "32_327_5726")  # a published tile without buildings (Leerkachel)
    assert empty["status"] == "done" and empty["roofs"] == 0
    assert tile_store.read_meta(job.tile_path("32_327_5726"))["roofs"] == 0
    missing = solar_tile(job, "32_325_5728")
    assert missing["status"] == "missing" and "publishes no LoD2 tile 32_325_5728" in missing["message"]
    assert not job.tile_path("32_325_5728").exists()
    foreign = solar_tile(dataclasses.replace(job, fingerprint="0" * 64), "32_326_5727")
    assert foreign["status"] == "failed" and "runs other engine code than the client" in foreign["message"]


def test_validity_of_tile_files_and_adoption(tmp_path, server):
    job = make_job(tmp_path, server)
    outcome = solar_tile(job, "32_326_5726")
    path = job.tile_path("32_326_5726")
    entry = {k: v for k, v in outcome.items() if k != "tile"}
    assert tile_store.valid_tile_file(path, job.fingerprint, entry)
    assert tile_store.valid_tile_file(path, job.fingerprint, None)  # adopted from its own metadata
    other = make_job(tmp_path, server, annual_ghi=950.0)
    assert other.fingerprint != job.fingerprint
    assert not tile_store.valid_tile_file(path, other.fingerprint, entry)
    assert not tile_store.valid_tile_file(path, other.fingerprint, None)
    data = path.read_bytes()
    path.write_bytes(data[:-4096] + bytes(4096))  # damaged after the run (same size)
    os.utime(path, ns=(entry["mtime_ns"], entry["mtime_ns"]))
    assert tile_store.valid_tile_file(path, job.fingerprint, entry)  # unchanged size and time are trusted …
    assert not tile_store.valid_tile_file(path, job.fingerprint, entry, verify=True)  # … until --verify
    os.utime(path)
    assert not tile_store.valid_tile_file(path, job.fingerprint, entry)
    path.write_bytes(b"not a geopackage")
    assert not tile_store.valid_tile_file(path, job.fingerprint, None)
    assert not tile_store.valid_tile_file(tmp_path / "none.gpkg", job.fingerprint, entry)


def test_manifest_summary_and_merge(tmp_path, server):
    job = make_job(tmp_path, server)
    keys = ["32_325_5726", "32_326_5726", "32_325_5728", "32_327_5726"]
    manifest = manifest_io.Manifest(tmp_path / "out" / "manifest.json", keys, {"fingerprint": job.fingerprint})
    outcomes = [solar_tile(job, key) for key in keys]
    outcomes[1] = dict(outcomes[1], status="failed", message="network down")
    for outcome in outcomes:
        manifest.record(dict(outcome, run=manifest.run_id))
    manifest.save()
    document = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert document["format"] == manifest_io.FORMAT
    assert document["counts"] == {"done": 2, "failed": 1, "missing": 1}
    assert list(document["tiles"]) == keys
    manifest_io.write_summary(tmp_path / "summary.csv", manifest)
    with open(tmp_path / "summary.csv", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [row["tile"] for row in table] == keys
    assert [row["status"] for row in table] == ["done", "failed", "missing", "done"]
    assert table[0]["roofs"] == "1" and table[3]["roofs"] == "0" and table[1]["roofs"] == ""
    assert table[1]["message"] == "network down"
    assert float(table[0]["kwp"]) == pytest.approx(outcomes[0]["kwp"], abs=5e-4)
    merged = tmp_path / "merged.gpkg"
    files = [job.tile_path(key) for key in manifest.keys_with("done")]
    srs = tile_store.srs_25832()
    assert merge.merge_tiles(merged, files, srs) == 1
    db = sqlite3.connect(merged)
    assert db.execute("SELECT rtreecheck('rtree_roofsolar_geom')").fetchone()[0] == "ok"
    assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 1
    merged_row = db.execute("SELECT * FROM roofsolar").fetchone()
    db.close()
    tile_row = next(tile_store.iter_rows(files[0]))
    assert merged_row[1:] == tile_row


def test_plan_reuses_valid_tiles_and_records_unpublished_ones(tmp_path, server):
    job = make_job(tmp_path, server)
    area = tiles.tiles_from_extent(batch_area.area_extent())
    done = solar_tile(job, "32_326_5726")
    manifest = manifest_io.Manifest(Path(job.out_dir) / "manifest.json", [t.key for t in area], {})
    todo, reused = runner.plan(job, area, manifest, verify=False, progress=runner.NullProgress())
    assert reused == ["32_326_5726"]  # no manifest yet: adopted from the file's own metadata
    assert manifest.entries["32_326_5726"]["checksum"] == done["checksum"]
    assert manifest.status("32_325_5728") == "missing"
    assert todo == [t.key for t in area if t.key not in ("32_326_5726", "32_325_5728")]


# ------------------------------------------------------------------ runner pieces without a cluster


def test_scheduler_specs_and_the_python_for_local_workers(tmp_path, monkeypatch):
    assert runner.parse_scheduler("", 3) == ("local", 3)
    assert runner.parse_scheduler("local:4") == ("local", 4)
    assert runner.parse_scheduler("tcp://10.0.0.5:8786") == ("address", "tcp://10.0.0.5:8786")
    scheduler_file = tmp_path / "scheduler.json"
    scheduler_file.write_text("{}")
    assert runner.parse_scheduler(str(scheduler_file)) == ("file", str(scheduler_file))
    for bad in ("local:0", "local:x", "my-cluster", str(tmp_path / "absent.json")):
        with pytest.raises(NrwTwinError):
            runner.parse_scheduler(bad)
    interpreter = os.path.join(sys.exec_prefix, "bin", f"python{sys.version_info[0]}.{sys.version_info[1]}")
    assert os.path.samefile(runner.worker_python(), sys.executable)
    assert runner.worker_python() == interpreter
    # Inside QGIS, sys.executable is the QGIS program, or on Linux the first python3 on the PATH (a pyenv shim
    # of another Python was seen): local workers must start with the interpreter QGIS embeds.
    for seen in ("/usr/bin/qgis", "/root/.pyenv/shims/python3"):
        monkeypatch.setattr(sys, "executable", seen)
        assert runner.worker_python() == interpreter


def test_without_dask_the_message_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(NrwTwinError) as raised:
        runner.require_dask()
    text = str(raised.value)
    assert f'{runner.worker_python()} -m pip install --user "dask[distributed]"' in text
    assert "apt install python3-distributed" in text


def test_tile_file_locks_exclude_other_processes(tmp_path):
    """While one process holds a tile's lock in the cache, another cannot take it; afterwards it can."""
    from nrw_digital_twin.algorithms.batch.cachelock import locked_files

    probe = (
        "import fcntl, sys\n"
        "with open(sys.argv[1], 'a+b') as handle:\n"
        "    try:\n"
        "        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        "    except BlockingIOError:\n"
        "        print('busy')\n"
        "    else:\n"
        "        print('free')\n"
    )
    lock = tmp_path / ".locks" / "a.gml.lock"

    def other_process() -> str:
        return subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True, text=True).stdout.strip()

    with locked_files(tmp_path, ["b.gml", "a.gml", "a.gml"]):
        assert other_process() == "busy"
    assert other_process() == "free"
    assert sorted(p.name for p in (tmp_path / ".locks").iterdir()) == ["a.gml.lock", "b.gml.lock"]


def test_weather_file_travels_with_the_job(tmp_path, server):
    weather = tmp_path / "tmy.csv"
    weather.write_text("not a PVGIS file\n")
    job = make_job(tmp_path, server, weather_file=str(weather))
    assert job.weather_name == "tmy.csv" and job.weather_bytes == weather.read_bytes()
    assert batch_job.settings(job)["weather"]["file"] == "tmy.csv"
    outcome = solar_tile(job, "32_326_5726")
    assert outcome["status"] == "failed" and "tmy.csv" in outcome["message"]  # read on the worker
    with pytest.raises(NrwTwinError, match="Cannot read the weather file"):
        make_job(tmp_path, server, weather_file=str(tmp_path / "absent.csv"))


# ------------------------------------------------------------------ terrain tiles (DGM1) without GDAL


def hill(east: int, north: int) -> np.ndarray:
    """1 m terrain of a tile: a 60 m hill north-east of the centre tile, nodata in one corner block."""
    xs = east * 1000 + 0.5 + np.arange(1000)
    ys = (north + 1) * 1000 - 0.5 - np.arange(1000)
    gx, gy = np.meshgrid(xs, ys)
    z = 20.0 + 60.0 * np.exp(-((gx - 327300.0) ** 2 + (gy - 5728200.0) ** 2) / (2 * 300.0**2))
    z = z.astype(np.float32)
    z[:20, :20] = -9999.0
    return z


def write_dgm1(path: Path, east: int, north: int) -> np.ndarray:
    data = hill(east, north)
    batch_area.write_geotiff(path, data, east * 1000.0, (north + 1) * 1000.0, 1.0)
    return data


def test_read_geotiff_of_a_real_nrw_tile(data_dir):
    from nrw_digital_twin.algorithms.batch.raster_tiles import read_geotiff

    raster = read_geotiff(data_dir / "raster" / "dom1_32_356_5699_1_nw_2020.tif")
    assert raster.geotransform == (356000.0, 1.0, 0.0, 5700000.0, 0.0, -1.0)
    assert raster.array.shape == (1000, 1000) and raster.array.dtype == np.float32
    assert float(np.nanmin(raster.array)) == pytest.approx(87.29, abs=0.01)
    assert float(np.nanmax(raster.array)) == pytest.approx(167.74, abs=0.01)


def test_mosaic_window_cuts_like_one_raster_over_the_tiles():
    from nrw_digital_twin.algorithms.batch.raster_tiles import mosaic_window
    from nrw_digital_twin.algorithms.solar.surface_model import RasterArray

    rng = np.random.default_rng(3)
    full = rng.normal(size=(30, 20)).astype(np.float32)  # 2 × 3 tiles of 10 × 10 cells of 2 m
    tiles_ = [
        RasterArray(full[r : r + 10, c : c + 10].copy(), (1000.0 + 2 * c, 2.0, 0.0, 2060.0 - 2 * r, 0.0, -2.0))
        for r in (0, 10, 20)
        for c in (0, 10)
        if (r, c) != (10, 10)  # one tile missing: NaN there
    ]
    full[10:20, 10:20] = np.nan
    window = mosaic_window(tiles_, (1003.1, 2011.0, 1031.0, 2047.9))  # snapped outward: cols 1–15, rows 6–24
    assert window.geotransform == (1002.0, 2.0, 0.0, 2048.0, 0.0, -2.0)
    assert np.array_equal(window.array, full[6:25, 1:16], equal_nan=True)
    clipped = mosaic_window(tiles_, (900.0, 1900.0, 5000.0, 5000.0))  # larger than the tiles: clipped to them
    assert clipped.geotransform == (1000.0, 2.0, 0.0, 2060.0, 0.0, -2.0)
    assert np.array_equal(clipped.array, full, equal_nan=True)
    assert mosaic_window(tiles_, (0.0, 0.0, 10.0, 10.0)) is None


def test_tile_task_with_terrain_equals_an_engine_run_with_that_dem(tmp_path, server, area_paths):
    from nrw_digital_twin.algorithms.solar.surface_model import RasterArray

    folder = tmp_path / "dgm"
    folder.mkdir()
    blocks = {}
    for east in (325, 326, 327):
        for north in (5726, 5727, 5728):
            name = f"dgm1_32_{east}_{north}_1_nw_2023.tif"
            blocks[(east, north)] = write_dgm1(folder / name, east, north)
            server.add_file(FOLDERS["DGM1"], name, (folder / name).read_bytes())
    job = make_job(tmp_path, server, terrain="DGM1")
    outcome = solar_tile(job, CENTRE.key)
    assert outcome["status"] == "done", outcome
    full = np.block([[blocks[(e, n)] for e in (325, 326, 327)] for n in (5728, 5727, 5726)]).astype(np.float32)
    full[full == -9999.0] = np.nan
    dem = RasterArray(full, (325000.0, 1.0, 0.0, 5729000.0, 0.0, -1.0))
    from pyproj import Transformer

    files = batch_area.neighbour_paths(area_paths, *batch_area.CENTRE)
    surfaces = [s for b in iter_buildings([str(p) for p in files]) for s in b.surfaces]
    run = solar_run.roof_solar_run(
        surfaces,
        potential.SolarParameters(resolution=RESOLUTION),
        Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform,
        dem=dem,
        area=CENTRE.bounds,
    )
    expected = {r.surface.surface_id: tuple(solar_run.result_values(r)) for r in run.result.roofs}
    rows = file_rows(job.tile_path(CENTRE.key))
    assert {key: value[1] for key, value in rows.items()} == expected
    flat = reference_rows(area_paths, CENTRE)  # the hill shades: values differ from the run without terrain
    assert sum(rows[key][1][0] != flat[key][1][0] for key in rows) > 100
    assert batch_job.settings(job)["terrain"] == "DGM1" and job.fingerprint != make_job(tmp_path, server).fingerprint
