"""`make demo` end to end: scripts/demo.py on the bundled tile, as the README tells a new user to run it.

The demo imports plugin modules directly (styles, Processing ids); a refactoring that moves one of them broke
it once without any other test noticing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUTPUTS = [
    "tile_grid.gpkg",
    "buildings.gpkg",
    "surfaces.gpkg",
    "building_metrics.gpkg",
    "solar/roofsolar.gpkg",
    "solar/irradiation.tif",
    "solar/roofsolar.png",
    "solar/summary.csv",
    "solar/roofs.csv",
    "tile_print.stl",
    "tile_print.3mf",
    "tile_print.png",
    "building_report.html",
    "building_report.pdf",
    "twin/tileset.json",
    "twin/index.html",
    "twin.city.json",
]


def test_demo_runs_every_step_on_the_bundled_tile(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "demo.py"), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, env=env, timeout=280, cwd=REPO,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    assert "tiles: 1 (32_326_5727)" in out
    assert "LoD2_32_326_5727_1_NW.gml: 194 buildings, 2358 surfaces, 0 skipped" in out
    assert "194 buildings: roof area 26,669 m² (3D)" in out
    assert "389 roof surfaces, 344 suitable" in out
    assert "watertight: True" in out
    assert "194 buildings in 5 tiles; CityJSON: 194 buildings, 2358 surfaces" in out
    sizes = {name: (tmp_path / "out" / name).stat().st_size for name in OUTPUTS if (tmp_path / "out" / name).exists()}
    assert set(sizes) == set(OUTPUTS) and min(sizes.values()) > 0
    assert (tmp_path / "out" / "solar" / "roofsolar.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "out" / "building_report.pdf").read_bytes()[:5] == b"%PDF-"
