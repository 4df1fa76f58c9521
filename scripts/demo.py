#!/usr/bin/env python3
"""`make demo`: the main job on bundled real NRW data, offline.

Steps (each a Processing algorithm, as a user would run them): the tile grid of a Münster area.
Later steps are added as the plugin grows (import, solar potential, print model).
Outputs go to demo-output/ (or --out).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_app import REPO, start_qgis  # noqa: E402

# Münster, Prinzipalmarkt and the cathedral square (EPSG:25832).
MUENSTER_AREA = "405000,406500,5757000,5758500 [EPSG:25832]"


def step(title: str):
    print(f"\n== {title}")
    return time.perf_counter()


def tile_grid(out: Path, area: str) -> None:
    import processing
    from qgis.core import QgsVectorLayer

    started = step("NRW tile grid for the demo area (nrwtwin:tilegrid)")
    result = processing.run("nrwtwin:tilegrid", {"EXTENT": area, "OUTPUT": str(out / "tile_grid.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "tiles", "ogr")
    tiles = sorted(feature["tile"] for feature in layer.getFeatures())
    print(f"{len(tiles)} tiles: {', '.join(tiles)}")
    print(f"written: {result['OUTPUT']} ({time.perf_counter() - started:.1f} s)")


def online_tiles(out: Path, area: str) -> None:
    import processing

    started = step("Real LoD2 tiles from OpenGeodata.NRW (nrwtwin:downloadtiles, needs internet)")
    result = processing.run(
        "nrwtwin:downloadtiles",
        {
            "EXTENT": area,
            "PRODUCT": 0,
            "MAX_TILES": 25,
            "OUTPUT_FOLDER": str(out / "tiles"),
            "OUTPUT_TILES": str(out / "downloaded_tiles.gpkg"),
        },
    )
    print(
        f"{result['DOWNLOADED']} downloaded, {result['CACHED']} cached, "
        f"{result['MISSING']} missing, {result['FAILED']} failed"
    )
    for path in result["FILES"]:
        print("  ", path)
    print(f"({time.perf_counter() - started:.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "demo-output")
    parser.add_argument("--online", action="store_true", help="download real tiles for --area (needs internet)")
    parser.add_argument("--area", default=None, help="xmin,ymin,xmax,ymax in EPSG:25832")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    area = MUENSTER_AREA
    if args.area:
        xmin, ymin, xmax, ymax = (float(v) for v in args.area.split(","))
        area = f"{xmin},{xmax},{ymin},{ymax} [EPSG:25832]"
    app = start_qgis()
    tile_grid(args.out, area)
    if args.online:
        online_tiles(args.out, area)
    print(f"\nDemo outputs are in {args.out}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
