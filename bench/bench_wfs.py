"""nrwtwin:downloadwfs against QGIS's own WFS provider and ``ogr2ogr``, all fetching the same features
from the same local WFS 2.0.0 server into a GeoPackage.

Server: MapServer 8 (tests/fakes/mapserver.py) in a process of its own, serving ``ave:Flurstueck``
(ALKIS-vereinfacht namespace) from a CSV of synthetic square parcels with ALKIS-like attributes in
EPSG:25832. Every client asks for the same area, which holds every parcel, in one GetFeature request
(the catalogue's count limit is raised above the number of parcels, QGIS's and OGR's paging is off),
and writes a GeoPackage; the feature counts and the sets of parcel keys (flstkennz) must agree, or the
bench fails.

Clients, each in a fresh process:
* ours: ``processing.run("nrwtwin:downloadwfs")`` in a standalone QgsApplication;
* QGIS: a ``WFS`` provider layer (URI with ``pagingEnabled='false'``) written with
  ``QgsVectorFileWriter`` in a standalone QgsApplication;
* ogr2ogr: ``ogr2ogr -f GPKG out.gpkg WFS:<url> ave:Flurstueck -spat …`` (GDAL's WFS driver).
For the two QGIS clients the time of the run is measured apart from QGIS's start-up (reported too);
CPU is user + system time of the client process (all its threads) from getrusage, for ogr2ogr from
``wait4``; the server's CPU for each run (MapServer CGI processes included) is read from /proc.
Cores = CPU time / wall time. Run from the repository root: ``.venv/bin/python bench/bench_wfs.py [parcels]``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGINS = REPO / ".build" / "plugins"
DATA = REPO / "tests" / "data"
SIDE = 10.0  # m, parcel size
ORIGIN = (400000.0, 5700000.0)

QGIS_START = r"""
import hashlib, json, resource, sys, time
t0 = time.perf_counter()
from qgis.core import QgsApplication
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, sys.argv[1])

def measured(run):
    t1 = time.perf_counter()
    u0 = resource.getrusage(resource.RUSAGE_SELF)
    layer_path = run()
    u1 = resource.getrusage(resource.RUSAGE_SELF)
    t2 = time.perf_counter()
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(layer_path, "out", "ogr")
    ids = sorted(str(f["flstkennz"]) for f in layer.getFeatures())
    print(json.dumps({"startup": t1 - t0, "wall": t2 - t1,
                      "cpu": (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime),
                      "features": len(ids), "ids": hashlib.sha256("\n".join(ids).encode()).hexdigest()}))
"""

OURS = QGIS_START + r"""
import processing
from processing.core.Processing import Processing
Processing.initialize()
from nrw_digital_twin.processing_provider.provider import NrwTwinProvider
provider = NrwTwinProvider()
QgsApplication.processingRegistry().addProvider(provider)
area = sys.argv[3]
measured(lambda: processing.run("nrwtwin:downloadwfs",
                                {"SERVICE": 0, "EXTENT": area, "OUTPUT": sys.argv[2]})["OUTPUT"])
"""

QGIS_PROVIDER = QGIS_START + r"""
from qgis.core import (QgsCoordinateTransformContext, QgsRectangle, QgsVectorFileWriter, QgsVectorLayer)

def run():
    url, area = sys.argv[4], [float(v) for v in sys.argv[3].split(" ")[0].split(",")]
    uri = (f"pagingEnabled='false' restrictToRequestBBOX='1' srsname='EPSG:25832' typename='ave:Flurstueck' "
           f"url='{url}' version='2.0.0'")
    layer = QgsVectorLayer(uri, "wfs", "WFS")
    assert layer.isValid(), layer.error().summary()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.filterExtent = QgsRectangle(area[0], area[2], area[1], area[3])
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, sys.argv[2], QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return sys.argv[2]

measured(run)
"""


def write_parcels(path: Path, side: int) -> int:
    """``side`` × ``side`` square parcels with ALKIS-vereinfacht-like attributes, WKT in EPSG:25832."""
    names = ["gml_id", "flstkennz", "land", "gemarkung", "gemeinde", "flur", "flstnrzae", "flaeche", "zaehler"]
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([*names, "WKT"])
        for index in range(side * side):
            x0 = ORIGIN[0] + (index % side) * SIDE
            y0 = ORIGIN[1] + (index // side) * SIDE
            ring = f"{x0} {y0}, {x0 + SIDE} {y0}, {x0 + SIDE} {y0 + SIDE}, {x0} {y0 + SIDE}, {x0} {y0}"
            writer.writerow(
                [f"DENW_bench_{index}", f"05{index:012d}", "Nordrhein-Westfalen", "Bench", "Benchstadt",
                 str(index // 1000), str(index % 1000), f"{SIDE * SIDE:.0f}", "false", f"MULTIPOLYGON ((({ring})))"]
            )
    return side * side


def server_cpu(pid: int) -> float:
    """utime + stime of the server and its waited-for children (the CGI processes), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def run_qgis_client(script: str, out: Path, area: str, url: str, env: dict) -> dict:
    process = subprocess.run(
        [sys.executable, "-c", script, str(PLUGINS), str(out), area, url],
        capture_output=True, text=True, env=env, check=False,
    )
    if process.returncode != 0:
        raise SystemExit(f"client failed:\n{process.stdout[-2000:]}\n{process.stderr[-4000:]}")
    return json.loads(process.stdout.strip().splitlines()[-1])


def run_ogr2ogr(out: Path, box, url: str, env: dict) -> dict:
    program = shutil.which("ogr2ogr")
    if program is None:
        raise SystemExit("ogr2ogr is not installed (Debian package gdal-bin: make setup)")
    command = [program, "-f", "GPKG", str(out), f"WFS:{url}", "ave:Flurstueck", "-spat", *(str(v) for v in box)]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"ogr2ogr failed: {process.stderr.read().decode()[-2000:]}")
    from osgeo import ogr

    dataset = ogr.Open(str(out))
    layer = dataset.GetLayer(0)
    ids = sorted(str(feature.GetField("flstkennz")) for feature in layer)
    import hashlib

    return {"startup": 0.0, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "features": len(ids),
            "ids": hashlib.sha256("\n".join(ids).encode()).hexdigest()}


def main() -> None:
    side = int(float(sys.argv[1]) ** 0.5) if len(sys.argv) > 1 else 150  # 22,500 parcels
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = write_parcels(folder / "parcels.csv", side)
        server = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "fakes" / "mapserver.py"), str(folder / "server"), str(DATA),
             str(folder / "parcels.csv")],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": f"{PLUGINS}:{REPO}"},
        )
        try:
            url = server.stdout.readline().strip()
            box = (ORIGIN[0] - 1, ORIGIN[1] - 1, ORIGIN[0] + side * SIDE + 1, ORIGIN[1] + side * SIDE + 1)
            area = f"{box[0]},{box[2]},{box[1]},{box[3]} [EPSG:25832]"
            override = folder / "services.json"
            override.write_text(json.dumps({"services": {"alkis_simple": {"url": url, "max_features": count + 1}}}))
            env = {**os.environ, "NRWTWIN_SERVICES": str(override), "QT_QPA_PLATFORM": "offscreen",
                   "OGR_WFS_PAGING_ALLOWED": "OFF", "PROJ_DATA": os.environ.get("PROJ_DATA", "/usr/share/proj")}
            rows = []
            for name in ("ours", "QGIS WFS provider", "ogr2ogr"):
                out = folder / f"{name.split()[0]}.gpkg"
                before = server_cpu(server.pid)
                if name == "ours":
                    result = run_qgis_client(OURS, out, area, url, env)
                elif name == "ogr2ogr":
                    result = run_ogr2ogr(out, box, url, env)
                else:
                    result = run_qgis_client(QGIS_PROVIDER, out, area, url, env)
                result["server_cpu"] = server_cpu(server.pid) - before
                result["size_mb"] = out.stat().st_size / 1e6
                rows.append((name, result))
        finally:
            server.terminate()
            server.wait(timeout=10)
    counts = {r["features"] for _n, r in rows}
    hashes = {r["ids"] for _n, r in rows}
    if counts != {count} or len(hashes) != 1:
        raise SystemExit(f"the clients did not get the same features: {[(n, r['features']) for n, r in rows]}")
    print(f"{count:,} parcels, one GetFeature each, same features (flstkennz sets equal); machine: {cores} cores")
    print(f"{'client':>18} {'wall s':>7} {'CPU s':>7} {'cores':>6} {'server CPU s':>13} {'start s':>8} {'GPKG MB':>8}")
    for name, r in rows:
        used = r["cpu"] / r["wall"] if r["wall"] else 0.0
        print(f"{name:>18} {r['wall']:>7.2f} {r['cpu']:>7.2f} {used:>6.2f} {r['server_cpu']:>13.2f} "
              f"{r['startup']:>8.2f} {r['size_mb']:>8.1f}")
    ours = rows[0][1]
    for name, r in rows[1:]:
        print(f"ours / {name}: wall ×{ours['wall'] / r['wall']:.2f}, CPU ×{ours['cpu'] / r['cpu']:.2f} "
              "(below 1: ours is faster)")


if __name__ == "__main__":
    main()
