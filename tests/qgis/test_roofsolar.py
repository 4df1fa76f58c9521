"""nrwtwin:roofsolar in real QGIS on a surfaces layer built in the test from the LoD2 fixture tile."""

import sys
from pathlib import Path

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.solar import potential, synthetic_year

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layer_builders  # noqa: E402

TILE = "LoD2_32_326_5727_1_NW.gml"


def write_surfaces_gpkg(path, surfaces):
    """A GeoPackage with the fields of importcitygml's surfaces layer (MultiPolygonZ, EPSG:25832)."""
    return layer_builders.surfaces_layer(surfaces, Path(path)).source()


@pytest.fixture(scope="module")
def fixture_surfaces():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "citygml" / TILE
    return [s for b in citygml.iter_buildings(str(path)) for s in b.surfaces]


@pytest.fixture(scope="module")
def surfaces_layer(fixture_surfaces, tmp_path_factory):
    return write_surfaces_gpkg(tmp_path_factory.mktemp("solar") / "surfaces.gpkg", fixture_surfaces)


def test_roofsolar_writes_one_row_per_roof_matching_the_engine(run_alg, surfaces_layer, fixture_surfaces, tmp_path):
    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "solar.gpkg")
    raster = str(tmp_path / "irradiation.tif")
    result = run_alg(
        "nrwtwin:roofsolar", {"INPUT": surfaces_layer, "RESOLUTION": 1.0, "OUTPUT": out, "OUTPUT_RASTER": raster}
    )
    layer = QgsVectorLayer(result["OUTPUT"], "solar", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 389 == result["ROOF_COUNT"]
    names = layer.fields().names()
    for name in (
        "surface_id",
        "tilt_deg",
        "irradiation_kwh_m2",
        "irradiation_unshaded_kwh_m2",
        "shading_loss_pct",
        "usable_area_m2",
        "kwp",
        "yield_kwh",
        "specific_yield_kwh_kwp",
        "co2_saved_kg",
        "suitability",
        "solar_class",
    ):
        assert name in names
    from qgis.core import QgsFields

    from nrw_digital_twin.processing_provider.alg_roofsolar import output_fields

    assert output_fields(QgsFields()).field("irradiation_kwh_m2").alias() == "Irradiation (kWh/m²·a)"  # English QGIS
    assert layer.wkbType() in (3006, 1006)  # MultiPolygonZ (GeoPackage may report the 25D code)
    rows = {f["surface_id"]: f for f in layer.getFeatures()}
    # The same numbers as the engine called directly on the parsed file.
    weather = synthetic_year(1000.0, 51.645, 6.473)
    engine = potential.roof_solar_potential(fixture_surfaces, weather, potential.SolarParameters(resolution=1.0))
    assert len(engine.roofs) == len(rows)
    for roof in engine.roofs:
        row = rows[roof.surface.surface_id]
        assert row["irradiation_kwh_m2"] == pytest.approx(roof.irradiation_kwh_m2, abs=2.0)
        assert row["suitability"] in ("suitable", "shaded", "too_small")
        assert row["yield_kwh"] == pytest.approx(row["kwp"] * row["specific_yield_kwh_kwp"], rel=1e-3, abs=1.0)
    suitable = sum(1 for f in rows.values() if f["suitability"] == "suitable")
    assert suitable == result["SUITABLE_COUNT"]
    assert result["TOTAL_KWP"] == pytest.approx(
        sum(f["kwp"] for f in rows.values() if f["suitability"] == "suitable"), rel=1e-3
    )
    # The raster: roof cells carry values in the range of the table, the rest is nodata.
    dataset = gdal.Open(raster)
    band = dataset.GetRasterBand(1)
    data = band.ReadAsArray()
    values = data[data != band.GetNoDataValue()]
    assert dataset.GetGeoTransform()[1] == 1.0
    assert values.size == sum(f["raster_cells"] for f in rows.values()) > 20000
    assert values.max() <= max(f["irradiation_unshaded_kwh_m2"] for f in rows.values()) + 1
    assert "25832" in dataset.GetProjection() or "UTM zone 32N" in dataset.GetProjection()


def test_roofsolar_area_weather_level_and_dem(run_alg, surfaces_layer, tmp_path):
    from osgeo import gdal, osr
    from qgis.core import QgsVectorLayer

    base = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": surfaces_layer,
            "RESOLUTION": 1.0,
            "EXTENT": "326400,326600,5727400,5727600 [EPSG:25832]",
            "OUTPUT": str(tmp_path / "a.gpkg"),
        },
    )
    dull = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": surfaces_layer,
            "RESOLUTION": 1.0,
            "ANNUAL_GHI": 900,
            "EXTENT": "326400,326600,5727400,5727600 [EPSG:25832]",
            "OUTPUT": str(tmp_path / "b.gpkg"),
        },
    )
    a = {f["surface_id"]: f["irradiation_kwh_m2"] for f in QgsVectorLayer(base["OUTPUT"]).getFeatures()}
    b = {f["surface_id"]: f["irradiation_kwh_m2"] for f in QgsVectorLayer(dull["OUTPUT"]).getFeatures()}
    assert 5 < len(a) < 389 and a.keys() == b.keys()
    ratio = np.median([b[k] / a[k] for k in a])
    assert ratio == pytest.approx(0.9, abs=0.02)
    # A DEM far below the buildings' ground: roofs stay where they are, only the ground drops → no less sun.
    dem_path = str(tmp_path / "dem.tif")
    ds = gdal.GetDriverByName("GTiff").Create(dem_path, 200, 200, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((326000.0, 5.0, 0.0, 5728000.0, 0.0, -5.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((200, 200), 10.0, dtype=np.float32))
    ds = None
    low = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": surfaces_layer,
            "RESOLUTION": 1.0,
            "DEM": dem_path,
            "EXTENT": "326400,326600,5727400,5727600 [EPSG:25832]",
            "OUTPUT": str(tmp_path / "c.gpkg"),
        },
    )
    c = {f["surface_id"]: f["irradiation_kwh_m2"] for f in QgsVectorLayer(low["OUTPUT"]).getFeatures()}
    assert all(c[k] >= a[k] - 0.01 for k in a)


def test_style_post_processor_gives_a_graduated_renderer(tmp_path):
    from qgis.core import QgsVectorLayer

    from nrw_digital_twin.processing_provider import layer_styles

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=irradiation_kwh_m2:double", "x", "memory")
    layer_styles.post_processor("solar").postProcessLayer(layer, None, None)
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol"
    assert renderer.classAttribute() == "irradiation_kwh_m2"
    assert len(renderer.ranges()) == len(layer_styles.SOLAR_CLASSES) == 5


def test_bad_input_gives_a_clear_message(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    layer = "MultiPolygonZ?crs=EPSG:25832&field=name:string"
    from qgis.core import QgsVectorLayer

    memory = QgsVectorLayer(layer, "nope", "memory")
    with pytest.raises(QgsProcessingException, match="surface_type"):
        run_alg("nrwtwin:roofsolar", {"INPUT": memory, "OUTPUT": str(tmp_path / "x.gpkg")})


def write_pvgis_json_from(weather, path):
    """The synthetic year as a PVGIS TMY JSON (hour-start stamps, zeros at night)."""
    import json

    stamps = weather.times.astype("datetime64[h]")
    values = {str(t): (g, b, d) for t, g, b, d in zip(stamps, weather.ghi, weather.dni, weather.dhi)}
    hours = np.arange(np.datetime64("2023-01-01T00"), np.datetime64("2024-01-01T00"), np.timedelta64(1, "h"))
    records = []
    for t in hours:
        g, b, d = values.get(str(t), (0.0, 0.0, 0.0))
        stamp = str(t).replace("-", "").replace("T", ":") + "00"
        records.append(
            {
                "time(UTC)": stamp,
                "T2m": 10.0,
                "RH": 80.0,
                "G(h)": round(float(g), 2),
                "Gb(n)": round(float(b), 2),
                "Gd(h)": round(float(d), 2),
                "IR(h)": 300.0,
                "WS10m": 3.0,
                "WD10m": 200.0,
                "SP": 100500.0,
            }
        )
    path.write_text(
        json.dumps(
            {
                "inputs": {
                    "location": {"latitude": weather.latitude, "longitude": weather.longitude, "elevation": 30.0}
                },
                "outputs": {"months_selected": [], "tmy_hourly": records},
                "meta": {"inputs": {}},
            }
        )
    )


def test_roofsolar_with_a_weather_file_and_a_tree_raster(run_alg, surfaces_layer, tmp_path):
    from osgeo import gdal, osr
    from qgis.core import QgsVectorLayer

    extent = "326400,326600,5727400,5727600 [EPSG:25832]"
    base = run_alg(
        "nrwtwin:roofsolar",
        {"INPUT": surfaces_layer, "RESOLUTION": 1.0, "EXTENT": extent, "OUTPUT": str(tmp_path / "a.gpkg")},
    )
    rows = {f["surface_id"]: f for f in QgsVectorLayer(base["OUTPUT"]).getFeatures()}
    # The same synthetic year as a PVGIS JSON file gives the same result (same hours, same instants).
    weather_path = tmp_path / "tmy.json"
    write_pvgis_json_from(synthetic_year(1000.0, 51.645, 6.473), weather_path)
    with_file = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": surfaces_layer,
            "RESOLUTION": 1.0,
            "EXTENT": extent,
            "WEATHER": str(weather_path),
            "OUTPUT": str(tmp_path / "b.gpkg"),
        },
    )
    for f in QgsVectorLayer(with_file["OUTPUT"]).getFeatures():
        assert f["irradiation_kwh_m2"] == pytest.approx(rows[f["surface_id"]]["irradiation_kwh_m2"], rel=0.01)
    # A 25 m high tree row (nDOM) from 2 to 12 m south of the best-lit big roof.
    roof = max((f for f in rows.values() if f["raster_cells"] > 40), key=lambda f: f["irradiation_kwh_m2"])
    box = roof.geometry().boundingBox()
    ndom = np.zeros((400, 400), dtype=np.float32)
    origin_x, origin_y = 326300.0, 5727700.0
    c0, c1 = int(box.xMinimum() - origin_x), int(box.xMaximum() - origin_x) + 1
    r0, r1 = int(origin_y - (box.yMinimum() - 2)), int(origin_y - (box.yMinimum() - 12))
    ndom[r0:r1, c0:c1] = 25.0
    dsm_path = str(tmp_path / "ndom.tif")
    ds = gdal.GetDriverByName("GTiff").Create(dsm_path, 400, 400, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((origin_x, 1.0, 0.0, origin_y, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(ndom)
    ds = None
    treed = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": surfaces_layer,
            "RESOLUTION": 1.0,
            "EXTENT": extent,
            "DSM": dsm_path,
            "OUTPUT": str(tmp_path / "c.gpkg"),
        },
    )
    after = {f["surface_id"]: f for f in QgsVectorLayer(treed["OUTPUT"]).getFeatures()}
    assert after[roof["surface_id"]]["irradiation_kwh_m2"] < 0.85 * roof["irradiation_kwh_m2"]
    assert after[roof["surface_id"]]["shading_loss_pct"] > roof["shading_loss_pct"] + 10


def test_raster_io_reads_a_window_like_gdal_and_writes_atomically(data_dir, tmp_path):
    from osgeo import gdal

    from nrw_digital_twin.processing_provider.raster_io import read_raster, write_geotiff

    path = str(data_dir / "raster" / "dom1_32_356_5699_1_nw_2020.tif")
    window = read_raster(path, (356100.2, 5699200.0, 356150.0, 5699260.7))
    assert window.geotransform == (356100.0, 1.0, 0.0, 5699261.0, 0.0, -1.0)
    assert window.array.shape == (61, 50)
    dataset = gdal.Open(path)
    expected = dataset.GetRasterBand(1).ReadAsArray(100, 739, 50, 61)
    np.testing.assert_array_equal(window.array, expected)
    assert read_raster(path, (0.0, 0.0, 10.0, 10.0)) is None
    full = read_raster(path)
    assert full.array.shape == (1000, 1000) and 87 < float(np.nanmin(full.array)) < 88
    out = tmp_path / "copy.tif"
    data = window.array.copy()
    data[0, 0] = np.nan
    write_geotiff(str(out), data, window.geotransform, dataset.GetProjection())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.tif"]  # no temporary file left
    again = read_raster(str(out))
    assert np.isnan(again.array[0, 0])
    np.testing.assert_array_equal(again.array[1:], expected[1:])


def test_equivalent_crs_definitions_are_accepted_for_rasters():
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    from nrw_digital_twin.processing_provider.alg_roofsolar import same_position

    epsg = QgsCoordinateReferenceSystem("EPSG:25832")
    proj = QgsCoordinateReferenceSystem.fromProj("+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs")
    point = QgsPointXY(326500.0, 5727500.0)
    assert same_position(proj, epsg, point, None)
    assert not same_position(QgsCoordinateReferenceSystem("EPSG:25833"), epsg, point, None)


# --- every write checked, all outputs or none -----------------------------------------------------------

AREA = "326400,326600,5727400,5727600 [EPSG:25832]"


def area_parameters(surfaces_layer, table, raster=None) -> dict:
    parameters = {"INPUT": surfaces_layer, "RESOLUTION": 1.0, "EXTENT": AREA, "OUTPUT": str(table)}
    if raster is not None:
        parameters["OUTPUT_RASTER"] = str(raster)
    return parameters


def run_expecting_error(run_alg, parameters, feedback=None) -> str:
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        run_alg("nrwtwin:roofsolar", parameters, feedback=feedback)
    return str(info.value)


def test_a_raster_that_does_not_fit_on_the_disk_leaves_no_table_and_the_old_files(run_alg, surfaces_layer, tmp_path):
    from output_faults import full_disk, snapshot

    table_dir = tmp_path / "table"
    table_dir.mkdir()
    (table_dir / "solar.gpkg").write_bytes(b"the old table")
    before = snapshot(table_dir)
    with full_disk(tmp_path / "disk", free_bytes=4096) as disk:
        (disk / "irradiation.tif").write_bytes(b"the old raster")
        before_disk = snapshot(disk)
        message = run_expecting_error(
            run_alg, area_parameters(surfaces_layer, table_dir / "solar.gpkg", disk / "irradiation.tif")
        )
        assert message.startswith("Not enough space on the disk for " + str(disk / "irradiation.tif")), message
        assert snapshot(disk) == before_disk  # the old raster, byte for byte, and nothing else
    assert snapshot(table_dir) == before  # the table was not written either


def test_a_table_that_does_not_fit_on_the_disk_is_an_error_not_a_count(run_alg, surfaces_layer, tmp_path):
    from output_faults import full_disk, snapshot

    with full_disk(tmp_path / "disk", free_bytes=16384) as disk:
        (disk / "solar.gpkg").write_bytes(b"the old table")
        before = snapshot(disk)
        message = run_expecting_error(run_alg, area_parameters(surfaces_layer, disk / "solar.gpkg"))
        assert "Not enough space on the disk for " + str(disk / "solar.gpkg") in message, message
        assert snapshot(disk) == before


def test_a_read_only_raster_folder_stops_the_run_before_anything_is_written(run_alg, surfaces_layer, tmp_path):
    from output_faults import read_only_folder, snapshot

    table_dir = tmp_path / "table"
    table_dir.mkdir()
    with read_only_folder(tmp_path / "ro", {"irradiation.tif": b"the old raster"}) as folder:
        message = run_expecting_error(
            run_alg, area_parameters(surfaces_layer, table_dir / "solar.gpkg", folder / "irradiation.tif")
        )
        assert str(folder) in message and "read-only file system" in message, message
        assert snapshot(folder) == {"irradiation.tif": b"the old raster"}
    assert snapshot(table_dir) == {}


def test_cancel_keeps_the_old_outputs_byte_identical(run_alg, surfaces_layer, tmp_path):
    from output_faults import canceling_feedback, snapshot

    (tmp_path / "solar.gpkg").write_bytes(b"the old table")
    (tmp_path / "irradiation.tif").write_bytes(b"the old raster")
    before = snapshot(tmp_path)
    message = run_expecting_error(
        run_alg,
        area_parameters(surfaces_layer, tmp_path / "solar.gpkg", tmp_path / "irradiation.tif"),
        feedback=canceling_feedback(40.0),
    )
    assert "Canceled" in message
    assert snapshot(tmp_path) == before  # no staging folder, no new file
