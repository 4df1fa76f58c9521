"""Report text (engine side): ids, safe file names, formatted figures, solar and parcel summaries, 3D sketch."""

from __future__ import annotations

import importlib.util
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import metrics, report_html

_spec = importlib.util.spec_from_file_location("nrwtwin_metrics_unit", Path(__file__).with_name("test_metrics.py"))
shapes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shapes)


@pytest.mark.parametrize(
    "raw, safe",
    [
        ("DENW34AL00021cja", "DENW34AL00021cja"),
        ("../../etc/passwd", "etc_passwd"),
        ("UUID_a b/c\\d:e*?", "UUID_a_b_c_d_e"),
        ("...", "building"),
        ("x" * 200, "x" * 80),
    ],
)
def test_sanitize_filename(raw, safe):
    assert report_html.sanitize_filename(raw) == safe


def test_parse_building_ids():
    assert report_html.parse_building_ids(" A, B;C  D,,A ") == ["A", "B", "C", "D"]
    assert report_html.parse_building_ids("") == [] and report_html.parse_building_ids(None) == []


def test_measurement_rows_hold_the_figures():
    m = metrics.compute_building_metrics("B1", shapes.gable(), {"function": "31001_1010", "roof_types": ["3100"]})
    rows = dict(report_html.measurement_rows(m))
    assert rows["Roof area (3D)"] == "100.0 m²"
    assert rows["Roof area facing south"] == "50.0 m²" and rows["Roof area facing north"] == "50.0 m²"
    assert rows["Facade area"] == f"{2 * 60 + 2 * 60:.1f} m²"
    assert rows["Volume"] == "600.0 m³"
    pitch = math.degrees(math.atan2(3, 4))
    assert rows["Roof pitch (min / main / max)"] == f"{pitch:.1f} / {pitch:.1f} / {pitch:.1f} °"
    assert rows["Storeys"] == "3 (estimated with 3.0 m per storey)"
    assert rows["Eaves height"] == "6.00 m" and rows["Ridge height"] == "9.00 m"
    open_shell = metrics.compute_building_metrics("B1", shapes.gable(drop=("roof_n",)))
    assert "(shell not closed: approximate)" in dict(report_html.measurement_rows(open_shell))["Volume"]


def test_translated_labels_replace_the_english_ones():
    m = metrics.compute_building_metrics("B1", shapes.box())
    rows = dict(report_html.measurement_rows(m, {"volume": "Volumen"}))
    assert rows["Volumen"] == "150.0 m³"


def test_solar_summary_sums_and_weights():
    rows = [
        {
            "area_m2": 30.0,
            "irradiation_kwh_m2": 1000.0,
            "kwp": 4.0,
            "yield_kwh": 3600.0,
            "suitability": "suitable",
            "usable_area_m2": 20.0,
        },
        {"area_m2": 10.0, "irradiation_kwh_m2": 600.0, "kwp": 1.0, "yield_kwh": 700.0, "suitability": "not suitable"},
        {"area_m2": None, "irradiation_kwh_m2": None, "kwp": None, "yield_kwh": None, "suitability": "suitable"},
    ]
    summary = report_html.solar_summary(rows)
    assert summary.roofs == 3
    assert summary.irradiation_kwh_m2 == pytest.approx((30 * 1000 + 10 * 600) / 40)
    assert summary.kwp == pytest.approx(5.0) and summary.yield_kwh == pytest.approx(4300.0)
    assert summary.suitability == {"suitable": 2, "not suitable": 1}
    text = dict(report_html.solar_rows_text(summary))
    assert text["Usable module area"] == "20.0 m²"
    assert text["Installable peak power"] == "5.0 kWp" and text["Annual yield"] == "4300 kWh/a"
    assert report_html.solar_summary([]).kwp is None


def test_parcel_lines():
    lines = report_html.parcel_lines([{"flstkennz": "05112000100123", "flur": 1, "empty": None, "overlap_m2": 84.46}])
    assert lines == ["flstkennz: 05112000100123; flur: 1 — Building area on the parcel: 84.5 m²"]
    assert report_html.parcel_lines([]) == ["No parcel intersects the footprint."]


def test_axonometric_svg_is_valid_and_culls_back_faces():
    surfaces = shapes.gable()
    svg = report_html.axonometric_svg(surfaces)
    root = ET.fromstring(svg)
    polygons = root.findall("{http://www.w3.org/2000/svg}polygon")
    # seen from the south-west and above: south roof, north roof (its top is visible), south and west walls
    assert len(polygons) == 4
    for polygon in polygons:
        for pair in polygon.get("points").split():
            x, y = (float(v) for v in pair.split(","))
            assert 0 <= x <= 400 and 0 <= y <= 320
    assert report_html.axonometric_svg([]).startswith("<svg")


def test_html_document_has_one_section_per_building_and_the_licence():
    items = [metrics.compute_building_metrics(b, shapes.gable(building_id=b)) for b in ("A<1>", "B")]
    reports = [report_html.BuildingReport(metrics=m, sketch_svg="<svg></svg>", solar=[], parcels=[]) for m in items]
    document = report_html.report_html(reports)
    assert document.count("<section class='building'") == 2
    assert "A&lt;1&gt;" in document and "A<1>" not in document  # ids are escaped
    assert "id='b_A_1'" in document
    assert "© GEObasis.NRW, dl-de/zero-2-0" in document
    assert re.search(r"Roof area \(3D\)</th><td>100\.0 m²", document)
