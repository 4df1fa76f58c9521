"""Benchmark of the roof solar engine (algorithms/solar) against GRASS GIS r.sun, both over a full year.

Our engine (every case in a fresh subprocess; wall time, CPU time, the cores that CPU time shows, and
peak memory = ru_maxrss, which includes ~60 MB of Python + numpy):
  * the real 194-building tile tests/data/citygml/LoD2_32_326_5727_1_NW.gml at 1 m and 0.5 m,
  * a dense synthetic 1 km² (58 × 58 = 3,364 buildings, gable and flat roofs) at 1 m and 0.5 m,
  each a full hourly year (synthetic weather), 72 horizon sectors up to 300 m, Perez.

The peer, measured in the same run and doing the same work on the same cells: GRASS r.sun (grass-core)
on a dense synthetic 400 m × 400 m town at 1 m — the DSM of our surface model, our roof slopes and
aspects — over the FULL year, nothing extrapolated: r.horizon once (72 directions = step 5°, up to
300 m, as ours), then r.sun for each of the 365 days with those horizons at a 1-hour time step (ours:
hourly), nprocs = all cores; then r.series sums the days. Ours: the same town, a clear-sky year at
hourly steps. Both sides in clear sky with Linke turbidity 3.5 (ours: Ineichen + Perez; r.sun: ESRA +
its diffuse model). GRASS's wall and CPU time come from its subprocesses (CPU = their user + system
time, so r.sun's threads count). r.sun computes every cell of the region, ours the roof cells; both
counts are printed. Accuracy: the annual sums on the roof cells, and on an unobstructed plane against
pvlib (test-only dependency) and r.sun.

Run from the repository root: ``.venv/bin/python bench/bench_roofsolar.py`` (about 10 minutes on 2 cores;
``make bench`` installs grass-core when missing).
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
LINKE = 3.5
LAT, LON = 51.45, 7.0
PEER_SIZE_M = 400.0
sys.path.insert(0, str(PLUGINS))


def dense_surfaces(size: float = 1000.0):
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile

    return dense_tile(356000.0, 5699000.0, size=size, spacing=17.2, seed=7)


def fixture_surfaces():
    from nrw_digital_twin.algorithms.citygml import iter_buildings

    return [s for b in iter_buildings(str(TILE)) for s in b.surfaces]


def timed(function):
    """(result, wall s, CPU s of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run_case(name: str, resolution: float) -> dict:
    """One case in this process: build surfaces, then time the engine for a year."""
    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar.weather import synthetic_year

    surfaces = dense_surfaces() if name == "dense" else fixture_surfaces()

    def year():
        weather = synthetic_year(1000.0, LAT, LON)
        return potential.roof_solar_potential(surfaces, weather, potential.SolarParameters(resolution=resolution))

    result, wall, cpu = timed(year)
    return {
        "buildings": len({s.building_id for s in surfaces}),
        "roofs": len(result.roofs),
        "cells": sum(r.cells for r in result.roofs),
        "wall": wall,
        "cpu": cpu,
        "mean_kwh_m2": float(np.mean([r.irradiation_kwh_m2 for r in result.roofs])),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def clear_sky_year(step_h: float = 1.0):
    """A WeatherSeries of 365 clear-sky days (Ineichen, constant Linke turbidity) at mid-step instants."""
    from nrw_digital_twin.algorithms.solar.clearsky import ineichen
    from nrw_digital_twin.algorithms.solar.sunpos import day_of_year, extraterrestrial_normal, solar_position
    from nrw_digital_twin.algorithms.solar.weather import _series

    start = np.datetime64("2023-01-01T00:00")
    minutes = int(step_h * 60)
    times = (start + np.arange(0, 365 * 24 * 60, minutes).astype("timedelta64[m]") + np.timedelta64(minutes // 2, "m"))
    times = times.astype("datetime64[ns]")
    zen, azi = solar_position(times, LAT, LON, refraction=True)
    e0 = extraterrestrial_normal(day_of_year(times))
    ghi, dni, dhi = ineichen(zen, np.full(len(times), LINKE), e0, 100.0)
    return _series(times, step_h, ghi, dni, dhi, LAT, LON, "clear sky", zen, azi)


def write_tif(path: Path, data: np.ndarray, geotransform) -> None:
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), data.shape[1], data.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform(geotransform)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(data.astype(np.float32))
    dataset = None


def ours_on_peer_area(workdir: Path) -> dict:
    """Ours over the clear-sky year on the peer's town; writes the DSM, slope and aspect for GRASS."""
    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar.surface_model import NO_ROOF

    surfaces = dense_surfaces(PEER_SIZE_M)

    def year():
        return potential.roof_solar_potential(
            surfaces, clear_sky_year(), potential.SolarParameters(resolution=1.0), keep_raster=True
        )

    result, wall, cpu = timed(year)
    model = result.model
    labels = model.labels
    roof = labels != NO_ROOF
    # Every roof is evaluated, so result.roofs[k] is the roof with label k.
    tilt = np.array([r.tilt_deg for r in result.roofs])
    aspect = np.array([(90.0 - r.azimuth_deg) % 360.0 for r in result.roofs])  # GRASS: ccw from east
    write_tif(workdir / "dsm.tif", model.dsm, model.geotransform())
    write_tif(workdir / "slope.tif", np.where(roof, tilt[np.maximum(labels, 0)], 0.0), model.geotransform())
    write_tif(workdir / "aspect.tif", np.where(roof, aspect[np.maximum(labels, 0)], 0.0), model.geotransform())
    np.save(workdir / "ours.npy", result.cell_irradiation)
    return {"wall": wall, "cpu": cpu, "roof_cells": int(roof.sum()), "cells": int(labels.size),
            "flat_ours": float(np.sum(result.weather.ghi * result.weather.hours) / 1000.0),
            "south35_ours": south_35(result.weather)}


def south_35(weather) -> float:
    from nrw_digital_twin.algorithms.solar.irradiance import plane_of_array

    w = weather
    poa = plane_of_array(35.0, 180.0, w.ghi, w.dni, w.dhi, w.zenith, w.azimuth, w.dni_extra, w.airmass, "perez")
    return float(np.sum(poa * w.hours) / 1000.0)


def pvlib_reference() -> dict:
    """pvlib (test-only) on the same instants: Ineichen clear-sky GHI and Perez on a south 35° plane."""
    import pandas as pd
    import pvlib

    weather = clear_sky_year()
    index = pd.DatetimeIndex(weather.times, tz="UTC")
    site = pvlib.location.Location(LAT, LON, altitude=100.0)
    sol = site.get_solarposition(index)
    clear = site.get_clearsky(index, model="ineichen", linke_turbidity=LINKE, solar_position=sol)
    poa = pvlib.irradiance.get_total_irradiance(
        35.0, 180.0, sol["apparent_zenith"], sol["azimuth"], clear["dni"], clear["ghi"], clear["dhi"],
        dni_extra=pvlib.irradiance.get_extra_radiation(index),
        airmass=pvlib.atmosphere.get_relative_airmass(sol["apparent_zenith"]), model="perez",
    )["poa_global"]
    return {"flat_pvlib": float(clear["ghi"].sum() / 1000.0), "south35_pvlib": float(np.nan_to_num(poa).sum() / 1000.0)}


def grass(workdir: Path, script_lines, create: bool = False) -> dict:
    """Run a shell script inside GRASS; wall time and CPU time (user + system of all its processes)."""
    script = workdir / f"step{len(list(workdir.glob('step*.sh')))}.sh"
    script.write_text("\n".join(["#!/bin/sh", "set -e", f"cd {workdir}", *script_lines]) + "\n")
    script.chmod(0o755)
    location = workdir / "grassdb" / "loc"
    command = ["grass", "-c", "EPSG:25832", str(location)] if create else ["grass", str(location / "PERMANENT")]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    proc = subprocess.run([*command, "--exec", str(script)], capture_output=True, text=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu}


def rsun_year(workdir: Path) -> dict:
    """r.horizon once, r.sun for all 365 days with those horizons, r.series to sum them."""
    cores = os.cpu_count() or 1
    setup = [f"r.in.gdal -o --quiet input={n}.tif output={n}" for n in ("dsm", "slope", "aspect")]
    setup.append("g.region raster=dsm")
    timings = {"setup": grass(workdir, setup, create=True)}
    timings["horizon"] = grass(workdir, ["r.horizon --quiet elevation=dsm step=5 maxdistance=300 output=hor"])
    days = [
        "for day in $(seq 1 365); do",
        "  r.sun --quiet --overwrite elevation=dsm slope=slope aspect=aspect horizon_basename=hor horizon_step=5 "
        f"day=$day step=1 linke_value={LINKE} albedo_value=0.2 glob_rad=g$day nprocs={cores}",
        "done",
    ]
    timings["sun"] = grass(workdir, days)
    total = [
        'r.series --quiet input="$(g.list type=raster pattern="g*" separator=comma)" output=year method=sum',
        "r.out.gdal --quiet -c input=year output=year.tif format=GTiff type=Float64",
        # The same year on an unobstructed horizontal plane: the sky models alone.
        "g.region n=5699205 s=5699195 e=356205 w=356195 res=1",
        'r.mapcalc --quiet --overwrite expression="flat = 100.0"',
        'r.mapcalc --quiet --overwrite expression="zero = 0.0"',
        "for day in $(seq 1 365); do",
        f"  r.sun --quiet --overwrite elevation=flat slope=zero aspect=zero day=$day step=1 linke_value={LINKE} "
        "albedo_value=0.2 glob_rad=f$day",
        "done",
        'r.series --quiet input="$(g.list type=raster pattern="f*" separator=comma)" output=flatyear method=sum',
        "r.univar -g map=flatyear | grep '^mean=' > flat.txt",
    ]
    timings["sum"] = grass(workdir, total)
    return timings


def peer_case(workdir: Path) -> dict:
    from osgeo import gdal

    ours = ours_on_peer_area(workdir)
    timings = rsun_year(workdir)
    dataset = gdal.Open(str(workdir / "year.tif"))
    rsun = dataset.GetRasterBand(1).ReadAsArray().astype(np.float64) / 1000.0  # Wh → kWh per m²
    dataset = None
    mine = np.load(workdir / "ours.npy")
    cells = np.isfinite(mine) & np.isfinite(rsun) & (rsun > 0)
    diff = mine[cells] - rsun[cells]
    return {
        "by_orientation": by_orientation(workdir, mine, rsun, cells),
        **ours,
        **pvlib_reference(),
        "timings": timings,
        "flat_rsun": float((workdir / "flat.txt").read_text().split("=")[1]) / 1000.0,
        "compared_cells": int(cells.sum()),
        "ours_mean": float(mine[cells].mean()),
        "rsun_mean": float(rsun[cells].mean()),
        "mean_diff_pct": float(100 * diff.mean() / rsun[cells].mean()),
        "mean_abs_diff_pct": float(100 * np.abs(diff).mean() / rsun[cells].mean()),
        "corr": float(np.corrcoef(mine[cells], rsun[cells])[0, 1]),
    }


ORIENTATIONS = (  # GRASS aspect: counter-clockwise from east
    ("flat (≤ 10°)", None),
    ("south", 270.0),
    ("east", 0.0),
    ("west", 180.0),
    ("north", 90.0),
)


def by_orientation(workdir: Path, mine: np.ndarray, rsun: np.ndarray, cells: np.ndarray) -> list:
    """Mean annual irradiation of the roof cells per orientation, ours and r.sun."""
    from osgeo import gdal

    def read(name):
        dataset = gdal.Open(str(workdir / name))
        array = dataset.GetRasterBand(1).ReadAsArray().astype(np.float64)
        dataset = None
        return array

    slope, aspect = read("slope.tif"), read("aspect.tif")
    rows = []
    for name, facing in ORIENTATIONS:
        if facing is None:
            select = cells & (slope <= 10)
        else:
            select = cells & (slope > 10) & (np.abs((aspect - facing + 180) % 360 - 180) < 45)
        if select.any():
            rows.append((name, int(select.sum()), float(mine[select].mean()), float(rsun[select].mean())))
    return rows


def child(args) -> None:
    if args[0] == "peer":
        print(json.dumps(peer_case(Path(args[1]))))
    else:
        print(json.dumps(run_case(args[0], float(args[1]))))


def spawn(*args, script: str = __file__) -> dict:
    """Run ``script --child args`` in a fresh Python and return the JSON it prints last."""
    proc = subprocess.run(
        [sys.executable, script, "--child", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_NUM_THREADS": "2"},
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def print_engine_table() -> dict:
    print("Roof solar potential: annual irradiation per roof surface, 72 sectors × 300 m, hourly year")
    print(
        f"{'case':<34}{'buildings':>10}{'roofs':>8}{'roof cells':>12}{'wall s':>8}{'CPU s':>8}{'cores':>7}"
        f"{'peak MB':>9}{'kWh/m²':>8}"
    )
    results = {}
    for name, res in (("fixture", 1.0), ("fixture", 0.5), ("dense", 1.0), ("dense", 0.5)):
        r = spawn(name, str(res))
        results[(name, res)] = r
        label = f"{'real tile 32_326_5727' if name == 'fixture' else 'dense synthetic 1 km²'} @ {res:g} m"
        print(
            f"{label:<34}{r['buildings']:>10,}{r['roofs']:>8,}{r['cells']:>12,}{r['wall']:>8.1f}{r['cpu']:>8.1f}"
            f"{r['cpu'] / r['wall']:>7.2f}{r['rss_mb']:>9.0f}{r['mean_kwh_m2']:>8.0f}"
        )
    dense = results[("dense", 1.0)]
    goal = dense["cpu"] < 60 and dense["rss_mb"] < 1024
    print(f"goal dense 1 km² @ 1 m under 60 s CPU and 1 GB: {'met' if goal else 'NOT met'}")
    return results


def print_peer(peer: dict) -> None:
    t = peer["timings"]
    rsun_wall = sum(v["wall"] for v in t.values())
    rsun_cpu = sum(v["cpu"] for v in t.values())
    cores = os.cpu_count()
    print()
    print(f"Full clear-sky year, 1-hour steps, dense synthetic {PEER_SIZE_M:.0f} m × {PEER_SIZE_M:.0f} m town at 1 m, "
          f"{cores} cores:")
    print(f"{'':<44}{'wall s':>9}{'CPU s':>9}{'cores':>7}")
    rows = [
        ("GRASS: import + region", t["setup"]),
        ("GRASS: r.horizon (72 directions, 300 m)", t["horizon"]),
        (f"GRASS: r.sun × 365 days (nprocs={cores})", t["sun"]),
        ("GRASS: r.series + export (+ flat plane)", t["sum"]),
        ("GRASS total", {"wall": rsun_wall, "cpu": rsun_cpu}),
        ("ours (horizons + year)", {"wall": peer["wall"], "cpu": peer["cpu"]}),
    ]
    for label, v in rows:
        print(f"  {label:<42}{v['wall']:>9.1f}{v['cpu']:>9.1f}{v['cpu'] / max(v['wall'], 1e-9):>7.2f}")
    print(
        f"  ratio GRASS/ours: wall {rsun_wall / peer['wall']:.0f}×, CPU {rsun_cpu / peer['cpu']:.0f}× "
        f"(r.sun computes all {peer['cells']:,} cells of the region, ours its {peer['roof_cells']:,} roof cells)"
    )
    print(
        f"  annual clear-sky irradiation on {peer['compared_cells']:,} roof cells: ours {peer['ours_mean']:.0f}, "
        f"r.sun {peer['rsun_mean']:.0f} kWh/m²; mean difference {peer['mean_diff_pct']:+.1f} %, mean |difference| "
        f"{peer['mean_abs_diff_pct']:.1f} %, correlation {peer['corr']:.3f}"
    )
    for name, count, ours, theirs in peer["by_orientation"]:
        change = 100 * (ours / theirs - 1)
        print(f"    {name:<14}{count:>8,} cells: ours {ours:5.0f}, r.sun {theirs:5.0f} kWh/m² ({change:+.1f} %)")
    vs_pvlib = 100 * (peer["flat_ours"] / peer["flat_pvlib"] - 1)
    vs_rsun = 100 * (peer["flat_ours"] / peer["flat_rsun"] - 1)
    print(
        f"  unobstructed horizontal plane: ours {peer['flat_ours']:.0f}, pvlib {peer['flat_pvlib']:.0f}, "
        f"r.sun {peer['flat_rsun']:.0f} kWh/m² (ours/pvlib {vs_pvlib:+.2f} %, ours/r.sun {vs_rsun:+.1f} %: "
        "Ineichen against ESRA clear sky)"
    )
    print(
        f"  unobstructed south 35° plane: ours {peer['south35_ours']:.0f}, pvlib (Perez) {peer['south35_pvlib']:.0f} "
        f"kWh/m² ({100 * (peer['south35_ours'] / peer['south35_pvlib'] - 1):+.2f} %)"
    )


def main() -> None:
    print_engine_table()
    if shutil.which("grass") is None:
        print("GRASS GIS not found (apt install grass-core; make bench installs it): r.sun comparison not run.")
        return
    with tempfile.TemporaryDirectory(prefix="bench_rsun_") as tmp:
        try:
            peer = spawn("peer", tmp)
        except RuntimeError as error:
            print(f"r.sun failed, comparison not run: {error}")
            return
    print_peer(peer)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
