#!/usr/bin/env python3
"""`make demo`: the main job on bundled real NRW data, offline.

Each step is a Processing algorithm, run as a user or a model would run it, on the bundled full
LoD2 tile 32_326_5727 (194 buildings, Hamminkeln/Wesel): tile grid → CityGML import → building
measurements → roof solar potential (map image + CSV) → 3D-print model (STL, 3MF, PNG preview) →
building report (HTML + PDF) → the twin for the web (3D Tiles with a viewer page, CityJSON).
With --online it first downloads real tiles for --area.
Outputs go to demo-output/ (or --out).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_app import REPO, start_qgis  # noqa: E402

# The bundled tile: LoD2_32_326_5727_1_NW.gml covers E 326–327 km, N 5727–5728 km (EPSG:25832).
DEMO_TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
DEMO_AREA = "326000,327000,5727000,5728000 [EPSG:25832]"
# Online default: Münster, Prinzipalmarkt and the cathedral square.
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
    print(f"tiles: {len(tiles)} ({', '.join(tiles)})")
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


def import_citygml(out: Path) -> dict:
    import processing

    started = step("Import CityGML LoD2 (nrwtwin:importcitygml)")
    result = processing.run(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(DEMO_TILE)],
            "OUTPUT_BUILDINGS": str(out / "buildings.gpkg"),
            "OUTPUT_SURFACES": str(out / "surfaces.gpkg"),
        },
    )
    print(f"{DEMO_TILE.name}: {result['BUILDING_COUNT']} buildings, {result['SURFACE_COUNT']} surfaces, "
          f"{result['SKIPPED_COUNT']} skipped ({time.perf_counter() - started:.2f} s)")
    print(f"written: {result['OUTPUT_BUILDINGS']}\n         {result['OUTPUT_SURFACES']}")
    return result


def building_metrics(out: Path, imported: dict) -> dict:
    import processing
    from qgis.core import QgsVectorLayer

    started = step("Building measurements (nrwtwin:buildingmetrics)")
    result = processing.run(
        "nrwtwin:buildingmetrics",
        {
            "INPUT": imported["OUTPUT_SURFACES"],
            "BUILDINGS": imported["OUTPUT_BUILDINGS"],
            "OUTPUT": str(out / "building_metrics.gpkg"),
        },
    )
    layer = QgsVectorLayer(result["OUTPUT"], "metrics", "ogr")
    rows = list(layer.getFeatures())
    roof = sum(f["roof_area_m2"] or 0 for f in rows)
    facade = sum(f["facade_area_m2"] or 0 for f in rows if "facade_area_m2" in layer.fields().names())
    volume = sum(f["volume_m3"] or 0 for f in rows if f["volume_m3"] is not None)
    print(f"{len(rows)} buildings: roof area {roof:,.0f} m² (3D), facade area {facade:,.0f} m², "
          f"volume {volume:,.0f} m³ ({time.perf_counter() - started:.2f} s)")
    print(f"written: {result['OUTPUT']}")
    return result


def roof_solar(out: Path, imported: dict) -> dict:
    from demo_solar import run as run_solar

    started = step("Roof solar potential with shading (nrwtwin:roofsolar, 0.5 m, synthetic NRW year)")
    info = run_solar(imported["OUTPUT_SURFACES"], out / "solar")
    print(f"{info['roof_surfaces']} roof surfaces, {info['suitable_surfaces']} suitable, "
          f"{info['total_kwp_suitable']:,.0f} kWp, {info['total_yield_mwh_suitable']:,.0f} MWh/a, "
          f"{info['co2_saved_t_suitable']:,.0f} t CO₂/a saved, mean {info['mean_irradiation_kwh_m2']:.0f} kWh/m² "
          f"({time.perf_counter() - started:.1f} s)")
    for key in ("gpkg", "raster", "png", "summary_csv", "roofs_csv"):
        print(f"written: {info[key]}")
    return {"OUTPUT": info["gpkg"]}


def print_model(out: Path, imported: dict) -> None:
    import processing

    from nrw_digital_twin.algorithms.printmesh.preview import read_stl, render_preview

    started = step("3D-print model of the tile (nrwtwin:printmesh)")
    common = {"INPUT": imported["OUTPUT_SURFACES"], "EXTENT": DEMO_AREA, "SIZE_MM": 150,
              "Z_EXAGGERATION": 1.5, "BASE_MM": 3}
    stl = processing.run("nrwtwin:printmesh", dict(common, FORMAT=0, OUTPUT=str(out / "tile_print.stl")))
    three_mf = processing.run("nrwtwin:printmesh", dict(common, FORMAT=1, OUTPUT=str(out / "tile_print.3mf")))
    preview = out / "tile_print.png"
    render_preview(read_stl(stl["OUTPUT"]), preview)
    print(f"{stl['WIDTH_MM']:.1f} × {stl['DEPTH_MM']:.1f} × {stl['HEIGHT_MM']:.1f} mm, {stl['TRIANGLES']} triangles, "
          f"watertight: {stl['WATERTIGHT']} ({time.perf_counter() - started:.1f} s)")
    for path in (stl["OUTPUT"], three_mf["OUTPUT"], preview):
        print(f"written: {path}")


def building_report(out: Path, imported: dict, solar: dict = None) -> None:
    import processing
    from qgis.core import QgsVectorLayer

    started = step("Building report (nrwtwin:buildingreport)")
    buildings = QgsVectorLayer(imported["OUTPUT_BUILDINGS"], "buildings", "ogr")
    largest = max(buildings.getFeatures(), key=lambda f: f["roof_area_m2"] or 0)
    parameters = {
        "BUILDING_ID": largest["building_id"],
        "INPUT": imported["OUTPUT_SURFACES"],
        "BUILDINGS": imported["OUTPUT_BUILDINGS"],
        "OUTPUT_HTML": str(out / "building_report.html"),
        "OUTPUT_PDF": str(out / "building_report.pdf"),
    }
    if solar:
        parameters["SOLAR"] = solar["OUTPUT"]
    result = processing.run("nrwtwin:buildingreport", parameters)
    print(f"building {largest['building_id']} ({time.perf_counter() - started:.1f} s)")
    print(f"written: {result['OUTPUT_HTML']}\n         {result['OUTPUT_PDF']}")


def publish(out: Path, imported: dict, metrics: dict, solar: dict) -> None:
    import processing

    started = step("The twin for the web: 3D Tiles + viewer (nrwtwin:export3dtiles), CityJSON (nrwtwin:exportcityjson)")
    layers = {"INPUT": imported["OUTPUT_SURFACES"], "SOLAR": solar["OUTPUT"], "BUILDINGS": metrics["OUTPUT"]}
    tiles = processing.run("nrwtwin:export3dtiles", dict(layers, OUTPUT_FOLDER=str(out / "twin")))
    city = processing.run("nrwtwin:exportcityjson", dict(layers, OUTPUT=str(out / "twin.city.json")))
    print(f"{tiles['BUILDING_COUNT']} buildings in {tiles['TILE_COUNT']} tiles; CityJSON: {city['BUILDING_COUNT']} "
          f"buildings, {city['SURFACE_COUNT']} surfaces ({time.perf_counter() - started:.1f} s)")
    print(f"written: {tiles['TILESET']}\n         {tiles['VIEWER']}\n         {city['OUTPUT']}")
    print("Open the viewer (browsers need a web server for the tiles; needs internet for CesiumJS and the orthophoto):")
    print(f"  python3 -m http.server 8000 --bind 127.0.0.1 --directory {tiles['OUTPUT_FOLDER']}")
    print("  then http://127.0.0.1:8000/index.html  (in QGIS: the dock's 'Im Browser ansehen')")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "demo-output")
    parser.add_argument("--online", action="store_true", help="download real tiles for --area (needs internet)")
    parser.add_argument("--area", default=None, help="xmin,ymin,xmax,ymax in EPSG:25832")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    area = MUENSTER_AREA if args.online else DEMO_AREA
    if args.area:
        xmin, ymin, xmax, ymax = (float(v) for v in args.area.split(","))
        area = f"{xmin},{xmax},{ymin},{ymax} [EPSG:25832]"
    app = start_qgis()
    tile_grid(args.out, area)
    if args.online:
        online_tiles(args.out, area)
    imported = import_citygml(args.out)
    metrics = building_metrics(args.out, imported)
    solar = roof_solar(args.out, imported)
    print_model(args.out, imported)
    building_report(args.out, imported, solar)
    publish(args.out, imported, metrics, solar)
    print(f"\nDemo outputs are in {args.out}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
