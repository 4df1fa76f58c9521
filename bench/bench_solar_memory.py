"""Memory of the roof solar engine on a large area: a dense synthetic 5 km × 5 km town must stay under 2 GB.

The town is built like the dense 1 km² of bench_roofsolar.py (algorithms/solar/synthetic.dense_tile:
gable and flat buildings every 17.2 m), 25 times as large: about 84,000 buildings and 170,000 roof
surfaces. The engine processes it in tiles (algorithms/solar/tiles.py, default 1 km); the peak
resident memory of the whole process (ru_maxrss: Python, numpy, the 700,000 surfaces and the run) is
measured in a fresh subprocess per case and printed with wall time, CPU time and the cores that CPU
time shows. The 1 km² town is run too, so the print shows how the peak grows with the area.

Run from the repository root: ``.venv/bin/python bench/bench_solar_memory.py [--resolution 0.5]``
(about 25 minutes at 0.5 m on 2 cores; ``--resolution 1`` takes a quarter of that).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from bench_roofsolar import spawn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))
LIMIT_MB = 2048


def run_case(size_m: float, resolution: float) -> dict:
    """One case in this process: build the town, then a full year with the engine's default tiles."""
    from nrw_digital_twin.algorithms.solar import potential
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile
    from nrw_digital_twin.algorithms.solar.weather import synthetic_year

    wall0, cpu0 = time.perf_counter(), time.process_time()
    surfaces = dense_tile(356000.0, 5699000.0, size=size_m, spacing=17.2, seed=7)
    buildings = len({s.building_id for s in surfaces})
    weather = synthetic_year(1000.0, 51.45, 7.0)
    result = potential.roof_solar_potential(surfaces, weather, potential.SolarParameters(resolution=resolution))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "size_m": size_m,
        "buildings": buildings,
        "surfaces": len(surfaces),
        "roofs": len(result.roofs),
        "cells": sum(r.cells for r in result.roofs),
        "tiles": result.tiles,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "mean_kwh_m2": sum(r.irradiation_kwh_m2 for r in result.roofs) / len(result.roofs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=float, default=0.5, help="cell size in m (the plugin's default 0.5)")
    args = parser.parse_args()
    print(
        f"Roof solar memory, dense synthetic town, full hourly year, 72 sectors × 300 m, cell {args.resolution:g} m, "
        f"{os.cpu_count()} cores on this machine"
    )
    header = f"{'area':<12}{'buildings':>10}{'roofs':>9}{'roof cells':>12}{'tiles':>7}"
    print(header + f"{'wall s':>9}{'CPU s':>9}{'cores':>7}{'peak MB':>9}{'kWh/m²':>8}")
    results = []
    for size in (1000.0, 5000.0):
        r = spawn(str(size), str(args.resolution), script=__file__)
        results.append(r)
        area = f"{size / 1000:g} × {size / 1000:g} km"
        print(
            f"{area:<12}{r['buildings']:>10,}{r['roofs']:>9,}{r['cells']:>12,}{r['tiles']:>7}"
            f"{r['wall_s']:>9.0f}{r['cpu_s']:>9.0f}{r['cpu_s'] / r['wall_s']:>7.2f}{r['peak_mb']:>9.0f}"
            f"{r['mean_kwh_m2']:>8.0f}"
        )
    small, large = results
    print(
        f"25 times the area: peak memory × {large['peak_mb'] / small['peak_mb']:.2f}, CPU time × "
        f"{large['cpu_s'] / small['cpu_s']:.1f}"
    )
    verdict = "met" if large["peak_mb"] < LIMIT_MB else "NOT met"
    print(f"goal 5 × 5 km under {LIMIT_MB:,} MB peak: {verdict} ({large['peak_mb']:,.0f} MB)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(run_case(float(sys.argv[2]), float(sys.argv[3]))))
    else:
        main()
