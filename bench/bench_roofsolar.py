"""Benchmark of the roof solar engine (algorithms/solar) against GRASS GIS r.sun on the same surface model.

Cases (each in a fresh subprocess; peak memory = its ru_maxrss, which includes ~60 MB of Python + numpy):
  * the real 194-building tile tests/data/citygml/LoD2_32_326_5727_1_NW.gml at 1 m and 0.5 m,
  * a dense synthetic 1 km² tile (58 × 58 = 3,364 buildings, gable and flat roofs) at 1 m and 0.5 m.
Ours = a full year (hourly synthetic weather, 72 horizon sectors up to 300 m, Perez).

Peer: GRASS r.sun (grass-core 8.2) on the DSM of the dense tile at 1 m, written by our surface model
(same cells), with our roof slope/aspect, shadows on (r.sun ray-traces them itself), step 0.5 h, nprocs=2,
for a few days only; the year is extrapolated as time per day × 365 (stated in the table). Agreement:
both models in clear sky on those days (ours: Ineichen, Linke 3.5; r.sun: ESRA, linke_value 3.5), mean
difference of the summed global irradiation on roof cells. r.sun is skipped with a message without grass.

Run from the repository root: ``.venv/bin/python bench/bench_roofsolar.py`` (≈ 2 minutes on 2 cores).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
PLUGINS = REPO / ".build" / "plugins"
TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
RSUN_DAYS = (80, 172)
LINKE = 3.5
sys.path.insert(0, str(PLUGINS))


def dense_surfaces():
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile

    return dense_tile(356000.0, 5699000.0, size=1000.0, spacing=17.2, seed=7)


def fixture_surfaces():
    from nrw_digital_twin.algorithms.citygml import iter_buildings

    return [s for b in iter_buildings(str(TILE)) for s in b.surfaces]


def run_case(name: str, resolution: float) -> dict:
    """One case in this process: build surfaces, then time the engine for a year."""
    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar.weather import synthetic_year

    surfaces = dense_surfaces() if name == "dense" else fixture_surfaces()
    buildings = len({s.building_id for s in surfaces})
    t0 = time.perf_counter()
    weather = synthetic_year(1000.0, 51.45, 7.0)
    result = potential.roof_solar_potential(surfaces, weather, potential.SolarParameters(resolution=resolution))
    seconds = time.perf_counter() - t0
    cells = sum(r.cells for r in result.roofs)
    return {
        "buildings": buildings,
        "roofs": len(result.roofs),
        "cells": cells,
        "seconds": seconds,
        "mean_kwh_m2": float(np.mean([r.irradiation_kwh_m2 for r in result.roofs])),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def clear_sky_days(days, step_h=0.5):
    """A WeatherSeries of clear-sky days (Ineichen, constant Linke) with r.sun's time step."""
    from nrw_digital_twin.algorithms.solar.clearsky import ineichen
    from nrw_digital_twin.algorithms.solar.sunpos import day_of_year, extraterrestrial_normal, solar_position
    from nrw_digital_twin.algorithms.solar.weather import _series

    lat, lon = 51.45, 7.0
    times = []
    for doy in days:
        start = np.datetime64("2023-01-01T00:00") + np.timedelta64(int(doy) - 1, "D")
        times.append(
            start
            + np.arange(0, 24 * 60, int(step_h * 60)).astype("timedelta64[m]")
            + np.timedelta64(int(step_h * 30), "m")
        )
    times = np.concatenate(times).astype("datetime64[ns]")
    zen, azi = solar_position(times, lat, lon, refraction=True)
    e0 = extraterrestrial_normal(day_of_year(times))
    ghi, dni, dhi = ineichen(zen, np.full(len(times), LINKE), e0, 100.0)
    return _series(times, step_h, ghi, dni, dhi, lat, lon, "clear sky", zen, azi)


def rsun_case(workdir: Path) -> dict:
    """Write the dense tile's DSM + our slope/aspect, run r.sun for RSUN_DAYS, compare on roof cells."""
    from osgeo import gdal, osr

    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar.surface_model import NO_ROOF

    surfaces = dense_surfaces()
    days = clear_sky_days(RSUN_DAYS)
    ours = potential.roof_solar_potential(surfaces, days, potential.SolarParameters(resolution=1.0), keep_raster=True)
    model = ours.model
    planes = {r.surface.surface_id: r for r in ours.roofs}
    from nrw_digital_twin.algorithms.solar.surface_model import roof_planes

    ordered = sorted(
        [s for s in surfaces if s.surface_type == "Roof"], key=lambda s: (s.building_id, s.part_id or "", s.surface_id)
    )
    plist, _ = roof_planes(ordered)
    tilt = np.array([p.tilt for p in plist])
    aspect_grass = np.array([(90.0 - p.azimuth) % 360.0 for p in plist])  # GRASS: ccw from east
    roof = model.labels != NO_ROOF
    slope_r = np.where(roof, tilt[np.maximum(model.labels, 0)], 0.0).astype(np.float32)
    aspect_r = np.where(roof, aspect_grass[np.maximum(model.labels, 0)], 0.0).astype(np.float32)
    assert len(planes) == len(plist)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    for name, data in (("dsm", model.dsm), ("slope", slope_r), ("aspect", aspect_r)):
        ds = gdal.GetDriverByName("GTiff").Create(
            str(workdir / f"{name}.tif"), data.shape[1], data.shape[0], 1, gdal.GDT_Float32
        )
        ds.SetGeoTransform(model.geotransform())
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(data)
        ds = None
    lines = ["#!/bin/sh", "set -e", f"cd {workdir}"]
    for name in ("dsm", "slope", "aspect"):
        lines.append(f"r.in.gdal -o --quiet input={name}.tif output={name}")
    lines.append("g.region raster=dsm")
    lines.append('echo "start $(date +%s.%N)" > times.txt')
    for day in RSUN_DAYS:
        lines.append(
            f"r.sun --quiet --overwrite elevation=dsm slope=slope aspect=aspect day={day} step=0.5 "
            f"linke_value={LINKE} albedo_value=0.2 glob_rad=glob{day} nprocs=2"
        )
        lines.append(f'echo "day{day} $(date +%s.%N)" >> times.txt')
    expr = " + ".join(f"glob{d}" for d in RSUN_DAYS)
    lines.append(f'r.mapcalc --quiet --overwrite expression="globsum = {expr}"')
    lines.append("r.out.gdal --quiet -c input=globsum output=globsum.tif format=GTiff type=Float32")
    # The same clear-sky days on an unobstructed horizontal plane: the difference of the sky models alone.
    x, y = model.x0 + 500, model.y0 - 500
    lines.append(f"g.region n={y + 5} s={y - 5} e={x + 5} w={x - 5} res=1")
    lines.append('r.mapcalc --quiet --overwrite expression="flat = 100.0"')
    lines.append('r.mapcalc --quiet --overwrite expression="zero = 0.0"')
    for day in RSUN_DAYS:
        lines.append(
            f"r.sun --quiet --overwrite elevation=flat slope=zero aspect=zero day={day} step=0.5 "
            f"linke_value={LINKE} albedo_value=0.2 glob_rad=flat{day}"
        )
    lines.append(f'r.mapcalc --quiet --overwrite expression="flatsum = {expr.replace("glob", "flat")}"')
    lines.append("r.univar -g map=flatsum | grep '^mean=' > flat.txt")
    script = workdir / "rsun.sh"
    script.write_text("\n".join(lines) + "\n")
    script.chmod(0o755)
    proc = subprocess.run(
        ["grass", "-c", "EPSG:25832", str(workdir / "grassdb" / "loc"), "--exec", str(script)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    stamps = [float(line.split()[1]) for line in (workdir / "times.txt").read_text().split("\n") if line]
    per_day = (stamps[-1] - stamps[0]) / len(RSUN_DAYS)
    dataset = gdal.Open(str(workdir / "globsum.tif"))  # keep the dataset alive while reading its band
    rsun = dataset.GetRasterBand(1).ReadAsArray().astype(np.float64) / 1000.0  # Wh → kWh per m²
    dataset = None
    mine = ours.cell_irradiation
    cells = np.isfinite(mine) & np.isfinite(rsun) & (rsun > 0)
    diff = mine[cells] - rsun[cells]
    flat_rsun = float((workdir / "flat.txt").read_text().split("=")[1]) / 1000.0
    flat_ours = float(np.sum(days.ghi * days.hours) / 1000.0)
    return {
        "flat_ours": flat_ours,
        "flat_rsun": flat_rsun,
        "rsun_seconds_per_day": per_day,
        "roof_cells": int(cells.sum()),
        "ours_mean": float(mine[cells].mean()),
        "rsun_mean": float(rsun[cells].mean()),
        "mean_diff_pct": float(100 * diff.mean() / rsun[cells].mean()),
        "mean_abs_diff_pct": float(100 * np.abs(diff).mean() / rsun[cells].mean()),
        "corr": float(np.corrcoef(mine[cells], rsun[cells])[0, 1]),
    }


def child(args) -> None:
    if args[0] == "rsun":
        print(json.dumps(rsun_case(Path(args[1]))))
    else:
        print(json.dumps(run_case(args[0], float(args[1]))))


def spawn(*args) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_NUM_THREADS": "2"},
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    print("Roof solar potential: annual irradiation per roof surface, 72 sectors × 300 m, hourly year")
    print(f"{'case':<34}{'buildings':>10}{'roofs':>8}{'roof cells':>12}{'time s':>9}{'peak MB':>9}{'mean kWh/m²':>13}")
    results = {}
    for name, res in (("fixture", 1.0), ("fixture", 0.5), ("dense", 1.0), ("dense", 0.5)):
        r = spawn(name, str(res))
        results[(name, res)] = r
        label = f"{'real tile 32_326_5727' if name == 'fixture' else 'dense synthetic 1 km²'} @ {res:g} m"
        print(
            f"{label:<34}{r['buildings']:>10}{r['roofs']:>8}{r['cells']:>12}{r['seconds']:>9.1f}"
            f"{r['rss_mb']:>9.0f}{r['mean_kwh_m2']:>13.0f}"
        )
    dense = results[("dense", 1.0)]
    goal = dense["seconds"] < 60 and dense["rss_mb"] < 1024
    print(f"goal dense tile @ 1 m < 60 s and < 1 GB: {'met' if goal else 'NOT met'}")
    if shutil.which("grass") is None:
        print("GRASS GIS not found (apt install grass-core): r.sun comparison skipped.")
        return
    with tempfile.TemporaryDirectory(prefix="bench_rsun_") as tmp:
        try:
            peer = spawn("rsun", tmp)
        except RuntimeError as error:
            print(f"r.sun failed, comparison skipped: {error}")
            return
    year = peer["rsun_seconds_per_day"] * 365
    print()
    print(f"GRASS r.sun (shadows, step 0.5 h, nprocs=2) on the same 1 m DSM, days {RSUN_DAYS}:")
    print(f"  r.sun {peer['rsun_seconds_per_day']:.1f} s per day → a year EXTRAPOLATED as ×365 = {year:.0f} s")
    print(
        f"  ours, a full year (hourly) = {dense['seconds']:.1f} s → ratio r.sun/ours = "
        f"{year / dense['seconds']:.0f}× (goal ≥ 10×)"
    )
    print(
        f"  clear-sky days, {peer['roof_cells']} roof cells: ours {peer['ours_mean']:.2f} kWh/m², r.sun "
        f"{peer['rsun_mean']:.2f} kWh/m²; mean difference {peer['mean_diff_pct']:+.1f} %, mean |difference| "
        f"{peer['mean_abs_diff_pct']:.1f} %, correlation {peer['corr']:.3f}"
    )
    print(
        f"  same days, unobstructed horizontal plane: ours {peer['flat_ours']:.2f}, r.sun {peer['flat_rsun']:.2f} "
        f"kWh/m² ({100 * (peer['flat_ours'] / peer['flat_rsun'] - 1):+.1f} %): the sky models alone"
    )
    print("  (Ineichen clear sky + Perez diffuse vs ESRA clear sky + Muneer diffuse); the rest is shading/geometry.")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
