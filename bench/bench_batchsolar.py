"""Benchmark of the batch runner (algorithms/batch) on Dask: tiles per core-hour, scaling 1 → 2 workers, memory.

Cases, each served by a local fake OpenGeodata.NRW (tests/fakes) and computed with full neighbourhoods:
  * real: copies of the real 194-building tile 32_326_5727 (tests/data/citygml) on a 5 × 4 tile block;
    the inner 3 × 2 tiles are computed, each with its eight neighbours (389 roofs per tile);
  * dense: the dense synthetic 1 km² town of bench_roofsolar.py (3,364 buildings, 6,728 roofs per tile) as
    CityGML on a 4 × 3 block; the inner 2 tiles are computed.
The download cache is filled first, so both worker counts read the same files from disk.

Measured, in this run: the same tiles with 1 and with 2 local worker processes (``local:N``, one thread each):
wall time of the task phase (first task submitted → last result), CPU seconds of the tasks, peak resident
memory of a worker process. Peer: the plain engine in one process (parse the nine files, ``roof_solar_run``)
on one tile of the case, so the ratio shows what the batch machinery (cache, locks, Dask, GeoPackage) costs.

Printed, not measured: the projection for all of NRW (~34,100 tiles) on 16, 64 and 256 cores from the
measured CPU seconds per tile and the parallel efficiency measured with 2 workers.

Run from the repository root: ``.venv/bin/python bench/bench_batchsolar.py`` (≈ 3 minutes on 2 cores).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))
sys.path.insert(0, str(REPO / "tests"))

NRW_TILES = 34_100
RESOLUTION = 1.0
MEMORY_GOAL_MB = 1500
CASES = {
    # name: (served block east, north ranges, computed tiles)
    "real": (range(325, 330), range(5726, 5730), [(e, n) for n in (5727, 5728) for e in (326, 327, 328)]),
    "dense": (range(355, 359), range(5698, 5701), [(356, 5699), (357, 5699)]),
}
LABELS = {"real": "real tile 32_326_5727 (194 buildings)", "dense": "dense synthetic (3,364 buildings)"}


def case_files(name: str) -> dict:
    from fakes import batch_area

    east_range, north_range, _ = CASES[name]
    files = {}
    real = (batch_area.DATA / "LoD2_32_326_5727_1_NW.gml").read_bytes()
    for east in east_range:
        for north in north_range:
            if name == "real":
                suffix = f"_{east}_{north}"
                files[(east, north)] = batch_area.shifted_citygml(
                    real, (east - 326) * 1000.0, (north - 5727) * 1000.0, suffix
                )
            else:
                files[(east, north)] = batch_area.dense_tile_citygml(east, north)
    return files


def peer(folder: str, east: int, north: int) -> dict:
    """The plain engine in this process: parse the tile and its neighbours, roof_solar_run for the tile."""
    from pyproj import Transformer

    from nrw_digital_twin.algorithms.citygml import iter_buildings
    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar import run as solar_run
    from nrw_digital_twin.algorithms.tilegrid import Tile

    wall, cpu = time.perf_counter(), time.process_time()
    paths = [
        os.path.join(folder, f"LoD2_32_{e}_{n}_1_NW.gml")
        for n in (north - 1, north, north + 1)
        for e in (east - 1, east, east + 1)
    ]
    surfaces = [s for b in iter_buildings(paths) for s in b.surfaces]
    to_lonlat = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform
    run = solar_run.roof_solar_run(
        surfaces, potential.SolarParameters(resolution=RESOLUTION), to_lonlat, area=Tile(east, north).bounds
    )
    return {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "roofs": len(run.result.roofs),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def spawn_peer(folder: Path, east: int, north: int) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, __file__, "--peer", str(folder), str(east), str(north)],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def batch_run(server, cache: Path, out: Path, tiles, workers: int) -> dict:
    from nrw_digital_twin.algorithms.batch import job as batch_job
    from nrw_digital_twin.algorithms.batch import runner
    from nrw_digital_twin.algorithms.tilegrid import Tile

    job = batch_job.make_job(str(out), str(cache), base_url=server.base_url, resolution=RESOLUTION)
    wall = time.perf_counter()
    result = runner.run_solar_batch(job, [Tile(e, n) for e, n in tiles], scheduler=f"local:{workers}")
    wall = time.perf_counter() - wall
    entries = [result.manifest.entries[Tile(e, n).key] for e, n in tiles]
    if any(entry["status"] != "done" for entry in entries):
        raise RuntimeError(f"tiles failed: {[e.get('message') for e in entries if e['status'] != 'done']}")
    return {
        "workers": workers,
        "compute": result.compute_seconds,
        "total": wall,
        "task_wall": sum(e["seconds"] for e in entries),
        "task_cpu": sum(e["cpu_seconds"] for e in entries),
        "peak_mb": max(e["peak_rss_mb"] for e in entries),
        "roofs": sum(e["roofs"] for e in entries),
        "tiles": len(entries),
    }


def fill_cache(server, cache: Path, files: dict) -> None:
    from nrw_digital_twin.algorithms import download, opengeodata
    from nrw_digital_twin.algorithms.tilegrid import Tile

    report = download.Downloader(cache, base_url=server.base_url).download(
        opengeodata.product("LoD2"), [Tile(e, n) for e, n in files]
    )
    assert all(r.status in (download.DOWNLOADED, download.CACHED) for r in report.results)


def run_case(name: str, workdir: Path) -> dict:
    from fakes.batch_area import tile_name
    from fakes.opengeodata_server import FOLDERS, FakeOpenGeodata

    files = case_files(name)
    folder = workdir / name / "files"
    folder.mkdir(parents=True)
    for (east, north), data in files.items():
        (folder / tile_name(east, north)).write_bytes(data)
    tiles = CASES[name][2]
    server = FakeOpenGeodata()
    for (east, north), data in files.items():
        server.add_file(FOLDERS["LoD2"], tile_name(east, north), data)
    with server:
        cache = workdir / name / "cache"
        fill_cache(server, cache, files)
        runs = [batch_run(server, cache, workdir / name / f"out{workers}", tiles, workers) for workers in (1, 2)]
    reference = spawn_peer(folder, *tiles[0])
    return {"runs": runs, "peer": reference, "megabytes": sum(len(d) for d in files.values()) / len(files) / 1e6}


def main() -> None:
    cores = os.cpu_count()
    load = os.getloadavg()[0]
    print(f"Batch roof solar on Dask (local worker processes, 1 thread each), {RESOLUTION:g} m cells, full year;")
    print(f"{cores} cores, load average {load:.1f} at the start (this machine is shared with other work).")
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        for name in CASES:
            results[name] = run_case(name, Path(tmp))
    print()
    print(
        f"{'case':<38}{'workers':>8}{'tiles':>6}{'roofs':>8}{'task wall s':>12}{'task CPU s':>11}"
        f"{'phase wall s':>13}{'cores busy':>11}{'peak MB':>9}{'tiles/core-h':>13}"
    )
    for name, data in results.items():
        for run in data["runs"]:
            per_core_hour = 3600.0 * run["tiles"] / run["task_cpu"]
            print(
                f"{LABELS[name]:<38}{run['workers']:>8}{run['tiles']:>6}{run['roofs']:>8}{run['task_wall']:>12.1f}"
                f"{run['task_cpu']:>11.1f}{run['compute']:>13.1f}{run['task_cpu'] / run['compute']:>11.2f}"
                f"{run['peak_mb']:>9.0f}{per_core_hour:>13.0f}"
            )
    print()
    for name, data in results.items():
        one, two = data["runs"]
        speedup = one["compute"] / two["compute"]
        per_task = one["task_wall"] / one["tiles"]
        print(f"{LABELS[name]} (LoD2 file {data['megabytes']:.1f} MB):")
        print(
            f"  scaling 1 → 2 workers: task phase {one['compute']:.1f} s → {two['compute']:.1f} s = {speedup:.2f}× "
            f"(target ≥ 1.8×: {'met' if speedup >= 1.8 else 'NOT met'} on this shared machine)"
        )
        engine = data["peer"]
        peak = max(r["peak_mb"] for r in data["runs"])
        print(
            f"  peer, plain engine in one process on one tile: {engine['wall']:.1f} s wall, {engine['cpu']:.1f} s CPU, "
            f"{engine['rss_mb']:.0f} MB"
        )
        print(
            f"  batch task (download cache, locks, import, solar, GeoPackage): {per_task:.1f} s wall, "
            f"{one['task_cpu'] / one['tiles']:.1f} s CPU → ratio task/engine {per_task / engine['wall']:.2f} wall, "
            f"{one['task_cpu'] / one['tiles'] / engine['cpu']:.2f} CPU"
        )
        verdict = "met" if peak < MEMORY_GOAL_MB else "NOT met"
        print(f"  memory: peak of a worker process {peak:.0f} MB (goal < {MEMORY_GOAL_MB} MB: {verdict})")
    print()
    print(f"PROJECTION (not measured) for all of NRW, {NRW_TILES:,} tiles, downloads not included: CPU seconds per")
    print("tile as measured with 1 worker, parallel efficiency as measured with 2 workers (assumed to hold):")
    print(f"{'tiles like':<38}{'eff.':>6}{'16 cores':>12}{'64 cores':>12}{'256 cores':>12}")
    for name, data in results.items():
        one, two = data["runs"]
        cpu_per_tile = one["task_cpu"] / one["tiles"]
        efficiency = min(1.0, one["compute"] / two["compute"] / 2.0)
        hours = [NRW_TILES * cpu_per_tile / 3600.0 / (cores_ * efficiency) for cores_ in (16, 64, 256)]
        print(f"{LABELS[name]:<38}{efficiency:>6.2f}" + "".join(f"{h:>10.1f} h" for h in hours))
    print("Most NRW tiles are rural or small-town (like the real tile); the dense town is an upper bound.")
    print("'cores busy' = task CPU seconds / task-phase wall: below the worker count when other work shares the CPUs.")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        print(json.dumps(peer(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        main()
