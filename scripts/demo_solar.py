#!/usr/bin/env python3
"""Demo of the roof solar module (issue 6) on the bundled LoD2 tile 32_326_5727 (194 buildings): runs
``nrwtwin:roofsolar`` and writes a PNG map rendered by QGIS (roofs coloured by annual irradiation, with
the plugin's default style), the result GeoPackage, an irradiation GeoTIFF and CSV summaries.

    .venv/bin/python scripts/demo_solar.py [out_dir]        (default: demo-output/solar)

From `make demo`:  ``from demo_solar import run; run(None, out / "solar")`` (scripts/ on sys.path).
``surfaces_layer_path_or_None``: a surfaces layer written by nrwtwin:importcitygml; None imports the
bundled tile first (with nrwtwin:importcitygml).
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import Dict, Optional, Union

REPO = Path(__file__).resolve().parents[1]
TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _qgis():
    """The running QgsApplication, or a new headless one with the plugin's provider."""
    from qgis_app import plugin_importable, start_qgis

    plugin_importable()
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        return start_qgis()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("nrwtwin") is None:
        from nrw_digital_twin.processing_provider.provider import NrwTwinProvider

        provider = NrwTwinProvider()
        registry.addProvider(provider)
        QgsApplication.instance()._nrwtwin_provider = provider
    return QgsApplication.instance()


def render_png(layer, path: Path, title: str, size=(1600, 1600)) -> None:
    """Render ``layer`` on white with QgsMapRendererParallelJob and draw a title and legend."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QFont, QPainter

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    extent = layer.extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(15, 10, 980, 90 + 32 * len(layer.renderer().ranges()), QColor(255, 255, 255, 225))
    painter.setFont(QFont("Sans", 22, QFont.Weight.Bold))
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(30, 50, title)
    painter.setFont(QFont("Sans", 16))
    y = 90
    for item in layer.renderer().ranges():
        painter.fillRect(30, y - 18, 36, 22, item.symbol().color())
        painter.drawText(80, y, item.label())
        y += 32
    painter.drawText(30, size[1] - 30, "Data: © GEObasis.NRW (dl-de/zero-2-0); synthetic year, GHI 1000 kWh/m²")
    painter.end()
    if not image.save(str(path), "PNG"):
        raise RuntimeError(f"could not write {path}")


def run(surfaces_layer_path_or_None: Optional[Union[str, Path]], out_dir: Union[str, Path]) -> Dict[str, object]:
    """Compute the solar potential and write roofsolar.gpkg, irradiation.tif, roofsolar.png, summary.csv
    and roofs.csv to ``out_dir``; returns the paths and the totals."""
    _app = _qgis()
    import processing
    from qgis.core import QgsVectorLayer

    from nrw_digital_twin.processing_provider.layer_styles import apply_style

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    surfaces = surfaces_layer_path_or_None
    if surfaces is None:
        imported = processing.run(
            "nrwtwin:importcitygml",
            {
                "INPUT": [str(TILE)],
                "OUTPUT_BUILDINGS": str(out / "buildings.gpkg"),
                "OUTPUT_SURFACES": str(out / "surfaces.gpkg"),
            },
        )
        surfaces = imported["OUTPUT_SURFACES"]
    for name in ("roofsolar.gpkg", "irradiation.tif"):
        if (out / name).exists():
            (out / name).unlink()
    t0 = time.perf_counter()
    result = processing.run(
        "nrwtwin:roofsolar",
        {
            "INPUT": str(surfaces),
            "RESOLUTION": 0.5,
            "ANNUAL_GHI": 1000.0,
            "OUTPUT": str(out / "roofsolar.gpkg"),
            "OUTPUT_RASTER": str(out / "irradiation.tif"),
        },
    )
    seconds = time.perf_counter() - t0
    layer = QgsVectorLayer(result["OUTPUT"], "Roof solar potential", "ogr")
    if not layer.isValid() or not apply_style(layer, "solar"):
        raise RuntimeError(f"could not style {result['OUTPUT']} as solar potential")
    png = out / "roofsolar.png"
    render_png(layer, png, "Annual irradiation on roofs (kWh/m²·a), tile 32_326_5727")

    rows = list(layer.getFeatures())
    fields = [
        "surface_id",
        "building_id",
        "tilt_deg",
        "azimuth_deg",
        "area_m2",
        "irradiation_kwh_m2",
        "shading_loss_pct",
        "usable_area_m2",
        "kwp",
        "yield_kwh",
        "suitability",
        "solar_class",
    ]
    with open(out / "roofs.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(fields)
        for f in rows:
            writer.writerow([f[name] if f.fields().indexOf(name) >= 0 else "" for name in fields])
    by_class: Dict[str, int] = {}
    for f in rows:
        by_class[f["suitability"]] = by_class.get(f["suitability"], 0) + 1
    summary = {
        "roof_surfaces": result["ROOF_COUNT"],
        "suitable_surfaces": result["SUITABLE_COUNT"],
        "shaded_surfaces": by_class.get("shaded", 0),
        "too_small_surfaces": by_class.get("too_small", 0),
        "total_kwp_suitable": round(result["TOTAL_KWP"], 1),
        "total_yield_mwh_suitable": round(result["TOTAL_YIELD_MWH"], 1),
        "co2_saved_t_suitable": round(result["TOTAL_YIELD_MWH"] * 0.363, 1),
        "mean_irradiation_kwh_m2": round(sum(f["irradiation_kwh_m2"] for f in rows) / max(len(rows), 1), 1),
        "seconds": round(seconds, 1),
    }
    with open(out / "summary.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "value"])
        for key, value in summary.items():
            writer.writerow([key, value])
    return {
        "png": str(png),
        "gpkg": result["OUTPUT"],
        "raster": result.get("OUTPUT_RASTER"),
        "summary_csv": str(out / "summary.csv"),
        "roofs_csv": str(out / "roofs.csv"),
        **summary,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "demo-output" / "solar"
    info = run(None, target)
    for key, value in info.items():
        print(f"{key}: {value}")
