"""nrwtwin:buildingreport in real QGIS: HTML and PDF (print layout) for fixture buildings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer  # noqa: E402

from nrw_digital_twin.processing_provider.qt_compat import FieldType  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layer_builders as helpers  # noqa: E402

FILE = "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
HOUSE = "DENW21AL100078ge"


def svd_area(ring: np.ndarray) -> float:
    centred = ring - ring.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    u, v = centred @ vt[0], centred @ vt[1]
    return 0.5 * abs(float(np.dot(u, np.roll(v, -1)) - np.dot(v, np.roll(u, -1))))


def pdf_text(path: str, first: int = None, last: int = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) not installed: run make setup")
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(args + [path, "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: str) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.fail("pdfinfo (poppler-utils) not installed: run make setup")
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def value_after(text: str, label: str) -> float:
    match = re.search(re.escape(label) + r"[^0-9\n]*\s+([0-9]+\.[0-9]+)", text)
    assert match, f"{label!r} not in the text"
    return float(match.group(1))


@pytest.fixture(scope="module")
def records(citygml_dir):
    return helpers.parse(citygml_dir, FILE)


# Fixture names hold "layer": pytest-qgis then frees these layers with the project after each test
# (a GeoPackage layer freed after QGIS has exited crashes GDAL).
@pytest.fixture
def surfaces_layer(records, tmp_path):
    return helpers.surfaces_layer([s for r in records for s in r.surfaces], tmp_path / "surfaces.gpkg")


@pytest.fixture
def buildings_layer(records, tmp_path):
    return helpers.buildings_layer(records, tmp_path / "buildings.gpkg")


def solar_layer(records, tmp_path):
    """A roofsolar-like table: one row per roof of the house with made-up but known values."""
    layer = QgsVectorLayer("None", "solar", "memory")
    spec = [
        ("surface_id", FieldType.String),
        ("building_id", FieldType.String),
        ("area_m2", FieldType.Double),
        ("irradiation_kwh_m2", FieldType.Double),
        ("kwp", FieldType.Double),
        ("yield_kwh", FieldType.Double),
        ("suitability", FieldType.String),
    ]
    layer.dataProvider().addAttributes([QgsField(n, k) for n, k in spec])
    layer.updateFields()
    house = next(r for r in records if r.building_id == HOUSE)
    features = []
    for index, surface in enumerate(s for s in house.surfaces if s.surface_type == "Roof"):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(
            [
                surface.surface_id,
                HOUSE,
                10.0,
                1000.0 + index,
                1.5,
                1200.0,
                "suitable" if index % 2 == 0 else "not suitable",
            ]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, len(features)


def parcels_layer(records):
    """Two parcels split at the house's centre line (x), with ALKIS-like attributes."""
    house = next(r for r in records if r.building_id == HOUSE)
    xmin, ymin, xmax, ymax = house.bbox
    cx = (xmin + xmax) / 2
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "parcels", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("flstkennz", FieldType.String), QgsField("gemarkung", FieldType.String)]
    )
    layer.updateFields()
    features = []
    for kennz, (x0, x1) in (("05112000100123______", (xmin - 5, cx)), ("05112000100124______", (cx, xmax + 5))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x0} {ymin - 5}, {x1} {ymin - 5}, {x1} {ymax + 5}, {x0} {ymax + 5}, {x0} {ymin - 5}))"
            )
        )
        feature.setAttributes([kennz, "Duisburg"])
        features.append(feature)
    far = QgsFeature(layer.fields())
    far.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({xmax + 50} {ymin}, {xmax + 60} {ymin}, {xmax + 60} {ymax}, {xmax + 50} {ymin}))"
        )
    )
    far.setAttributes(["05112000109999______", "Duisburg"])
    features.append(far)
    layer.dataProvider().addFeatures(features)
    return layer


def test_report_for_one_building_holds_the_numbers(
    run_alg, records, surfaces_layer, buildings_layer, tmp_path, artifacts_dir
):
    solar, roofs = solar_layer(records, tmp_path)
    result = run_alg(
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": HOUSE,
            "INPUT": surfaces_layer,
            "BUILDINGS": buildings_layer,
            "SOLAR": solar,
            "PARCELS": parcels_layer(records),
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf"),
        },
    )
    assert result["BUILDING_COUNT"] == 1
    house = next(r for r in records if r.building_id == HOUSE)
    roof = sum(svd_area(p.exterior) for s in house.surfaces if s.surface_type == "Roof" for p in s.polygons)
    walls = sum(svd_area(p.exterior) for s in house.surfaces if s.surface_type == "Wall" for p in s.polygons)
    zs = np.concatenate([p.exterior[:, 2] for s in house.surfaces for p in s.polygons])
    html = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    text = pdf_text(result["OUTPUT_PDF"])
    assert pdf_pages(result["OUTPUT_PDF"]) == 1
    for document in (html, text):
        assert HOUSE in document
        assert "Wohnhaus" in document and "Satteldach" in document
        assert "© GEObasis.NRW, dl-de/zero-2-0" in document
        assert "05112000100123" in document and "05112000100124" in document
        assert "05112000109999" not in document  # a parcel away from the building
        assert f"{roofs * 1.5:.1f} kWp" in document
        assert f"{roofs * 1200.0:.0f} kWh/a" in document
    plain = re.sub(r"<[^>]+>", " ", html)
    for document in (plain, text):
        assert value_after(document, "Roof area (3D)") == pytest.approx(roof, abs=0.06)
        assert value_after(document, "Facade area") == pytest.approx(walls, abs=0.06)
        assert value_after(document, "Building height") == pytest.approx(zs.max() - zs.min(), abs=0.006)
    assert "data:image/png;base64," in html and "<svg" in html
    shutil.copy(result["OUTPUT_PDF"], artifacts_dir / "building_report.pdf")
    shutil.copy(result["OUTPUT_HTML"], artifacts_dir / "building_report.html")


def test_several_ids_one_page_each(run_alg, records, surfaces_layer, tmp_path):
    ids = [r.building_id for r in records][:3]
    result = run_alg(
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": " , ".join(ids),
            "INPUT": surfaces_layer,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf"),
        },
    )
    assert result["BUILDING_COUNT"] == 3
    assert pdf_pages(result["OUTPUT_PDF"]) == 3
    for page, building_id in enumerate(ids, start=1):
        text = pdf_text(result["OUTPUT_PDF"], page)
        assert building_id in text
        assert all(other not in text for other in ids if other != building_id)
    html = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert html.count("<section class='building'") == 3


def test_unknown_building_id_is_named(run_alg, surfaces_layer, tmp_path):
    message = helpers.processing_error(
        run_alg,
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": f"{HOUSE},DENW_NOT_THERE",
            "INPUT": surfaces_layer,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf"),
        },
    )
    assert "building_id" in message and "Identify" in message
    assert message.split("': ")[1].split(".")[0] == "DENW_NOT_THERE"  # only the unknown id is listed as missing
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.html").exists()


def test_report_labels_cover_the_engine_labels():
    from nrw_digital_twin.algorithms.report_html import DEFAULT_LABELS
    from nrw_digital_twin.processing_provider.alg_buildingreport import report_labels

    assert report_labels(str) == DEFAULT_LABELS


def test_basemap_raster_is_drawn(run_alg, surfaces_layer, tmp_path, data_dir):
    """The DGM cutout covers the 2024 buildings; it stands in for the orthophoto WMS (no network in tests)."""
    basemap = str(data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif")
    without = run_alg(
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": HOUSE,
            "INPUT": surfaces_layer,
            "OUTPUT_HTML": str(tmp_path / "a.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
        },
    )
    with_map = run_alg(
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": HOUSE,
            "INPUT": surfaces_layer,
            "BASEMAP": basemap,
            "OUTPUT_HTML": str(tmp_path / "b.html"),
            "OUTPUT_PDF": str(tmp_path / "b.pdf"),
        },
    )
    assert pdf_pages(with_map["OUTPUT_PDF"]) == 1
    png = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")
    map_a = png.search(Path(without["OUTPUT_HTML"]).read_text(encoding="utf-8")).group(1)
    map_b = png.search(Path(with_map["OUTPUT_HTML"]).read_text(encoding="utf-8")).group(1)
    assert map_a != map_b


# --- reads per building, off the GUI thread, all outputs or none ----------------------------------------


def report_parameters(surfaces, folder, **extra):
    return {
        "BUILDING_ID": HOUSE,
        "INPUT": surfaces,
        "OUTPUT_HTML": str(folder / "report.html"),
        "OUTPUT_PDF": str(folder / "report.pdf"),
        **extra,
    }


def test_only_the_requested_buildings_are_read(records, surfaces_layer, buildings_layer):
    from nrw_digital_twin.processing_provider.building_layers import (
        building_attributes,
        filtered_request,
        read_surfaces,
    )

    other = next(r.building_id for r in records if r.building_id != HOUSE)
    request = filtered_request("building_id", [HOUSE, "it's"])
    assert request.filterExpression().expression() == "\"building_id\" IN ('DENW21AL100078ge', 'it''s')"
    surfaces, crs = read_surfaces(surfaces_layer, None, None, "surfaces", building_ids=[HOUSE])
    house = next(r for r in records if r.building_id == HOUSE)
    assert {s.building_id for s in surfaces} == {HOUSE} and len(surfaces) == len(house.surfaces)
    assert crs.authid() == "EPSG:25832"
    assert set(building_attributes(buildings_layer, None, [HOUSE, other])) == {HOUSE, other}


def test_the_report_runs_in_a_worker_thread(nrwtwin_provider, surfaces_layer, buildings_layer, tmp_path, data_dir):
    """As the dock runs it: a QgsProcessingAlgRunnerTask of QGIS's task manager, maps drawn off the GUI thread."""
    import time

    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgorithm,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsRasterLayer,
    )

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("nrwtwin:buildingreport")
    assert not algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading
    basemap = QgsRasterLayer(str(data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif"), "dgm")
    QgsProject.instance().addMapLayers([surfaces_layer, basemap])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    parameters = report_parameters(surfaces_layer.id(), tmp_path, BUILDINGS=buildings_layer, BASEMAP=basemap.id())
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while "ok" not in outcome and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert outcome.get("ok") is True, outcome
    assert pdf_pages(outcome["results"]["OUTPUT_PDF"]) == 1
    assert HOUSE in pdf_text(outcome["results"]["OUTPUT_PDF"])
    assert "data:image/png;base64," in Path(outcome["results"]["OUTPUT_HTML"]).read_text(encoding="utf-8")


@pytest.fixture
def report_tmp(tmp_path, monkeypatch):
    """Python's temporary folder for this test, so the test sees the report's sketch folder."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_full_disk_leaves_the_old_html_and_pdf_and_no_temporary_folder(
    run_alg, surfaces_layer, tmp_path, report_tmp
):
    from output_faults import full_disk, snapshot

    with full_disk(tmp_path / "disk", free_bytes=8192) as disk:
        (disk / "report.html").write_bytes(b"<html>old</html>")
        (disk / "report.pdf").write_bytes(b"%PDF old")
        before = snapshot(disk)
        message = helpers.processing_error(run_alg, "nrwtwin:buildingreport", report_parameters(surfaces_layer, disk))
        assert message.startswith("Not enough space on the disk for " + str(disk / "report.")), message
        assert snapshot(disk) == before
    assert list(report_tmp.iterdir()) == []


def test_a_read_only_folder_is_named_and_nothing_is_written(run_alg, surfaces_layer, tmp_path, report_tmp):
    from output_faults import read_only_folder, snapshot

    with read_only_folder(tmp_path / "ro", {"report.pdf": b"%PDF old"}) as folder:
        message = helpers.processing_error(
            run_alg, "nrwtwin:buildingreport", report_parameters(surfaces_layer, folder)
        )
        assert str(folder) in message and "read-only file system" in message, message
        assert snapshot(folder) == {"report.pdf": b"%PDF old"}
    assert list(report_tmp.iterdir()) == []


def test_cancel_leaves_the_old_report_and_no_temporary_folder(run_alg, records, surfaces_layer, tmp_path, report_tmp):
    from output_faults import canceling_feedback, snapshot
    from qgis.core import QgsProcessingException

    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_bytes(b"<html>old</html>")
    (out / "report.pdf").write_bytes(b"%PDF old")
    before = snapshot(out)
    ids = ",".join(r.building_id for r in records)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg(
            "nrwtwin:buildingreport",
            report_parameters(surfaces_layer, out, BUILDING_ID=ids),
            feedback=canceling_feedback(50.0),
        )
    assert snapshot(out) == before
    assert list(report_tmp.iterdir()) == []


def test_report_in_german_writes_german_labels_and_decimal_commas(
    german_qgis, run_alg, records, surfaces_layer, tmp_path
):
    result = run_alg(
        "nrwtwin:buildingreport",
        {
            "BUILDING_ID": HOUSE,
            "INPUT": surfaces_layer,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf"),
        },
    )
    house = next(r for r in records if r.building_id == HOUSE)
    roof = sum(svd_area(p.exterior) for s in house.surfaces if s.surface_type == "Roof" for p in s.polygons)
    html = re.sub(r"<[^>]+>", " ", Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8"))
    pdf = pdf_text(result["OUTPUT_PDF"]).replace("\ufb02", "fl").replace("\ufb01", "fi")  # the font's ligatures
    for document in (html, pdf):
        match = re.search(r"Dachfläche \(3D\)\s+([0-9]+,[0-9]) m²", document)
        assert match, document[:3000]
        assert float(match.group(1).replace(",", ".")) == pytest.approx(roof, abs=0.06)
        assert not re.search(r"\d\.\d m²", document)
