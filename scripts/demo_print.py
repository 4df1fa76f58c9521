#!/usr/bin/env python3
"""Demo of the 3D-print module (issues 7, 16) on the bundled Duisburg excerpt (4 LoD2 buildings) and its DGM1
cut-out: writes an STL with its PNG preview and a 3MF that slicers load as one object with building and
terrain parts.

    .venv/bin/python scripts/demo_print.py [out_dir]        (default: demo-output/print)

From `make demo` (scripts/ is on sys.path there): ``from demo_print import run_processing;
run_processing(args.out / "print")`` after ``start_qgis()`` — or ``run(out)`` for the engine alone.
The engine runs without QGIS; GDAL (osgeo) reads the DEM when available, else the terrain is
interpolated from the buildings' ground heights.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Dict

REPO = Path(__file__).resolve().parents[1]
PLUGINS = REPO / ".build" / "plugins"
CITYGML = REPO / "tests" / "data" / "citygml" / "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
DGM = REPO / "tests" / "data" / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif"


def _engine():
    if str(PLUGINS) not in sys.path:
        sys.path.insert(0, str(PLUGINS))
    link = PLUGINS / "nrw_digital_twin"
    if not link.exists():
        PLUGINS.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path("..") / "..", target_is_directory=True)
    from nrw_digital_twin.algorithms import printmesh
    from nrw_digital_twin.algorithms.citygml import iter_buildings

    return printmesh, iter_buildings


def read_dem(printmesh):
    try:
        from osgeo import gdal
    except ImportError:
        return None
    dataset = gdal.Open(str(DGM))
    band = dataset.GetRasterBand(1)
    return printmesh.Dem(band.ReadAsArray(), dataset.GetGeoTransform(), band.GetNoDataValue(), DGM.name)


def run(out_dir) -> Dict[str, object]:
    """Write duisburg_print.stl, duisburg_print.3mf and duisburg_print.png to ``out_dir``; return paths and figures."""
    printmesh, iter_buildings = _engine()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    records = list(iter_buildings(str(CITYGML)))
    surfaces = [surface for record in records for surface in record.surfaces]
    dem = read_dem(printmesh)
    options = printmesh.PrintOptions(
        size_mm=120.0, z_exaggeration=1.5, base_mm=3.0, title="Duisburg, Grafschafter Str."
    )
    model = printmesh.build_print_model(surfaces, dem=dem, options=options, with_parts=True)
    png = out / "duisburg_print.png"
    [stl] = printmesh.write_model(model, out / "duisburg_print.stl", "STL", preview=png)
    three_mf_files = printmesh.write_model(model, out / "duisburg_print.3mf", "3MF")
    three_mf = three_mf_files[0]
    seconds = time.perf_counter() - started
    print(
        "3D print model: {} buildings on {} ({}), 1:{:.0f}, {:.1f} × {:.1f} × {:.1f} mm, {} triangles (3MF), "
        "{:.1f} s".format(
            model.stats["buildings_printed"],
            "DGM1" if dem is not None else "interpolated terrain",
            DGM.name,
            model.scale_denominator,
            model.width_mm,
            model.depth_mm,
            model.height_mm,
            three_mf_files.triangles,
            seconds,
        )
    )
    for path in (stl, three_mf, png):
        print(f"  written: {path} ({path.stat().st_size / 1024:.0f} KB)")
    return {"stl": stl, "3mf": three_mf, "png": png, "triangles": three_mf_files.triangles, "seconds": seconds}


def run_processing(out_dir) -> Dict[str, object]:
    """The same as a user would do it in QGIS: nrwtwin:importcitygml, then nrwtwin:printmesh (STL and 3MF).

    Needs a running QGIS with Processing and the provider (scripts/qgis_app.start_qgis()).
    """
    import processing

    _engine()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    imported = processing.run(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(CITYGML)],
            "OUTPUT_BUILDINGS": str(out / "buildings.gpkg"),
            "OUTPUT_SURFACES": str(out / "surfaces.gpkg"),
        },
    )
    common = {
        "INPUT": imported["OUTPUT_SURFACES"],
        "DEM": str(DGM),
        "SIZE_MM": 120,
        "Z_EXAGGERATION": 1.5,
        "BASE_MM": 3,
    }
    png = out / "duisburg_print.png"
    stl = processing.run(
        "nrwtwin:printmesh", dict(common, FORMAT=0, OUTPUT=str(out / "duisburg_print.stl"), OUTPUT_PREVIEW=str(png))
    )
    three_mf = processing.run("nrwtwin:printmesh", dict(common, FORMAT=1, OUTPUT=str(out / "duisburg_print.3mf")))
    print(
        "nrwtwin:printmesh: {:.1f} × {:.1f} × {:.1f} mm, {} triangles, watertight {}, {:.1f} s".format(
            stl["WIDTH_MM"],
            stl["DEPTH_MM"],
            stl["HEIGHT_MM"],
            stl["TRIANGLES"],
            stl["WATERTIGHT"],
            time.perf_counter() - started,
        )
    )
    for path in (stl["OUTPUT"], three_mf["OUTPUT"], png):
        print("  written:", path)
    return {"stl": Path(stl["OUTPUT"]), "3mf": Path(three_mf["OUTPUT"]), "png": png, "triangles": stl["TRIANGLES"]}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else REPO / "demo-output" / "print")
