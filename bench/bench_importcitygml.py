"""Benchmark of nrwtwin:importcitygml against ``ogr2ogr -f GPKG`` on the same CityGML files.

Files: the real 194-building tile (tests/data/citygml/LoD2_32_326_5727_1_NW.gml, 4 MB) and a ~40 MB
tile made from it at run time in a temporary folder: all buildings copied several times with
horizontal offsets and new gml:ids (xlinks renamed alike), i.e. the real structure, ten times over.

Each run is a fresh subprocess, and both sides are ONE process: ours = standalone QgsApplication +
processing.run to two GeoPackages (the wall and CPU time of processing.run in that process; QGIS start-up
reported apart; the GeoPackages are checked afterwards: feature counts and SQLite's rtreecheck), ogr2ogr = the
command itself (wall time, CPU = user + system of its process, all its threads). Runs of the two alternate, so
both see the same load of the machine; the best of REPEATS is reported. Peak memory = ru_maxrss.
Run from the repository root: ``.venv/bin/python bench/bench_importcitygml.py``.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
PLUGINS = REPO / ".build" / "plugins"
TARGET_MB = 40.0
REPEATS = 7

RUNNER = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
from qgis.core import QgsApplication
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, sys.argv[1])
import processing
from processing.core.Processing import Processing
Processing.initialize()
from nrw_digital_twin.processing_provider.provider import NrwTwinProvider
provider = NrwTwinProvider()
QgsApplication.processingRegistry().addProvider(provider)
rss_ready = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
u0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
t1 = time.perf_counter()
result = processing.run("nrwtwin:importcitygml", {"INPUT": [sys.argv[2]], "OUTPUT_BUILDINGS": sys.argv[3],
                        "OUTPUT_SURFACES": sys.argv[4]})
t2 = time.perf_counter()
u1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime)
children = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)  # must stay 0: one process
print(json.dumps({"startup": t1 - t0, "run": t2 - t1, "cpu": cpu, "child_cpu": children, "rss_ready_kb": rss_ready,
                  "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "buildings": result["BUILDING_COUNT"], "surfaces": result["SURFACE_COUNT"]}))
"""

LAUNCH = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode)
sys.stderr.write(proc.stderr[-2000:])
"""


def make_big_tile(source: Path, target: Path, target_mb: float) -> int:
    """Copy the tile's buildings with offsets (k km east) and suffixed ids until ~target_mb."""
    text = source.read_text(encoding="utf-8")
    first = text.index("<core:cityObjectMember>")
    last = text.rindex("</core:cityObjectMember>") + len("</core:cityObjectMember>")
    head, members, tail = text[:first], text[first:last], text[last:]
    copies = max(1, round(target_mb * 1e6 / len(members.encode("utf-8"))))
    # Split the members into literal segments and coordinate lists once; shift the lists per copy.
    pattern = re.compile(r"(<gml:(?:posList|pos)[^>]*>)([^<]*)(</gml:(?:posList|pos)>)")
    pieces, arrays, last_end = [], [], 0
    for match in pattern.finditer(members):
        pieces.append(members[last_end : match.end(1)])
        arrays.append(np.array(match.group(2).split(), dtype=float).reshape(-1, 3))
        last_end = match.start(3)
    pieces.append(members[last_end:])
    id_pattern = re.compile(r'(gml:id="|xlink:href="#)([^"]+)"')
    with open(target, "w", encoding="utf-8") as out:
        out.write(head)
        for k in range(copies):
            offset = np.array([1000.0 * k, 0.0, 0.0])
            chunks = [pieces[0]]
            for array, piece in zip(arrays, pieces[1:]):
                shifted = array + offset
                chunks.append(" ".join(f"{x:.3f} {y:.3f} {z:.3f}" for x, y, z in shifted.tolist()))
                chunks.append(piece)
            copy = "".join(chunks)
            if k:
                copy = id_pattern.sub(lambda m, k=k: f'{m.group(1)}{m.group(2)}_c{k}"', copy)
            out.write(copy)
        out.write(tail)
    return copies


def launch(command) -> tuple:
    proc = subprocess.run([sys.executable, "-c", LAUNCH, *map(str, command)], capture_output=True, text=True)
    elapsed, cpu, rss_kb, code = proc.stdout.split()
    if int(code) != 0:
        raise RuntimeError(f"{command[0]} failed: {proc.stderr}")
    return float(elapsed), float(cpu), int(rss_kb)


def run_ours(path: Path, work: Path) -> dict:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "/tmp/nrwtwin-xdg")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime)
    for name in ("b.gpkg", "s.gpkg"):
        (work / name).unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, str(PLUGINS), str(path), str(work / "b.gpkg"), str(work / "s.gpkg")],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def check_output(work: Path, result: dict) -> None:
    """The GeoPackages of our last run hold the reported features and a consistent R*Tree."""
    import sqlite3

    for name, expected in (("b", result["buildings"]), ("s", result["surfaces"])):
        with sqlite3.connect(work / f"{name}.gpkg") as db:
            count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            check = db.execute(f"SELECT rtreecheck('rtree_{name}_geom')").fetchone()[0]
        if count != expected or check != "ok":
            raise RuntimeError(f"{name}.gpkg: {count} features (expected {expected}), rtreecheck: {check}")


def run_ogr(path: Path, work: Path) -> tuple:
    out = work / "ogr.gpkg"
    out.unlink(missing_ok=True)
    for gfs in path.parent.glob("*.gfs"):
        gfs.unlink()  # no cached schema: a first import, as a user would run it
    return launch(["ogr2ogr", "-f", "GPKG", out, path])


def main() -> None:
    if shutil.which("ogr2ogr") is None:
        sys.exit("ogr2ogr not found (apt install gdal-bin)")
    sys.path.insert(0, str(PLUGINS))
    with tempfile.TemporaryDirectory(prefix="bench_citygml_") as tmp:
        work = Path(tmp)
        small = work / TILE.name
        shutil.copy(TILE, small)
        big = work / "LoD2_big_40MB.gml"
        t = time.perf_counter()
        copies = make_big_tile(TILE, big, TARGET_MB)
        print(
            f"made {big.name}: {copies} copies of the tile, {big.stat().st_size / 1e6:.1f} MB in "
            f"{time.perf_counter() - t:.1f} s"
        )
        print(f"cores: {os.cpu_count()} (the machine), load average before: {os.getloadavg()[0]:.2f}")
        rows = []
        for path in (small, big):
            mb = path.stat().st_size / 1e6
            ours, ogr = [], []
            for _ in range(REPEATS):  # alternate, so both see the same load
                ours.append(run_ours(path, work))
                ogr.append(run_ogr(path, work))
            check_output(work, ours[-1])
            if any(r["child_cpu"] > 0.01 for r in ours):
                raise RuntimeError("the import started another process; the figures must be one-process figures")
            rows.append((path.name, mb, ours, ogr))
        print()
        print(
            f"{'file':26} {'MB':>5} {'bldgs':>5} {'surfs':>6} | {'ours s':>6} {'cpu s':>6} {'MB/s':>5} {'peak MB':>7}"
            f" {'idle MB':>7} | {'ogr s':>6} {'cpu s':>6} {'MB/s':>5} {'peak MB':>7} | {'ratio':>5} {'cpu ratio':>9}"
        )
        for name, mb, ours, ogr in rows:
            wall, cpu = min(r["run"] for r in ours), min(r["cpu"] for r in ours)
            best = ours[0]
            ogr_wall, ogr_cpu, ogr_rss = min(o[0] for o in ogr), min(o[1] for o in ogr), max(o[2] for o in ogr)
            print(
                f"{name[:26]:26} {mb:5.1f} {best['buildings']:5d} {best['surfaces']:6d} | {wall:6.2f} {cpu:6.2f} "
                f"{mb / wall:5.1f} {max(r['rss_peak_kb'] for r in ours) / 1024:7.0f} "
                f"{best['rss_ready_kb'] / 1024:7.0f} | {ogr_wall:6.2f} {ogr_cpu:6.2f} "
                f"{mb / ogr_wall:5.1f} {ogr_rss / 1024:7.0f} | {ogr_wall / wall:4.2f}x {ogr_cpu / cpu:8.2f}x"
            )
        print(
            f"\nbest of {REPEATS} runs each, one process each side; ratio = ogr2ogr time / our time (> 1: we are "
            f"faster), wall clock and CPU (user+sys). QGIS start-up ({ours[0]['startup']:.1f} s) is not counted; "
            "'idle MB' = the QGIS process before the run. ogr2ogr writes one 3D MultiLineString per building "
            "without surface semantics; ours writes the buildings and every semantic surface with its measures."
        )
        print(f"load average after: {os.getloadavg()[0]:.2f} (other processes share the cores; ratios, not "
              "absolute times, are comparable between runs)")
        peak = max(r["rss_peak_kb"] for r in rows[-1][2]) / 1024
        print(
            f"peak memory on the {rows[-1][1]:.0f} MB tile: {peak:.0f} MB (goal < 400 MB) "
            f"{'OK' if peak < 400 else 'OVER'}"
        )


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
