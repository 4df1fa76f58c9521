"""nrwtwin:tilegrid through processing.run: outputs, reprojection and bad input."""
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def run_grid(run_alg, tmp_path, extent):
    out = str(tmp_path / "tiles.gpkg")
    result = run_alg("nrwtwin:tilegrid", {"EXTENT": extent, "OUTPUT": out})
    layer = QgsVectorLayer(result["OUTPUT"], "tiles", "ogr")
    assert layer.isValid()
    return layer


def test_grid_in_utm(run_alg, tmp_path):
    layer = run_grid(run_alg, tmp_path, "404500,406200,5746100,5746900 [EPSG:25832]")
    assert layer.crs().authid() == "EPSG:25832"
    assert layer.fields().names()[-3:] == ["tile", "easting_km", "northing_km"]
    rows = sorted((f["tile"], f["easting_km"], f["northing_km"], f.geometry().area()) for f in layer.getFeatures())
    assert rows == [
        ("32_404_5746", 404, 5746, 1e6),
        ("32_405_5746", 405, 5746, 1e6),
        ("32_406_5746", 406, 5746, 1e6),
    ]
    box = layer.extent()
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == (404000, 5746000, 407000, 5747000)


def test_grid_from_wgs84_extent_is_reprojected(run_alg, tmp_path):
    # Same Münster area as the engine test: gdaltransform puts it in 32_405_5757 and 32_405_5758.
    layer = run_grid(run_alg, tmp_path, "7.62,7.63,51.96,51.965 [EPSG:4326]")
    assert sorted(f["tile"] for f in layer.getFeatures()) == ["32_405_5757", "32_405_5758"]


@pytest.mark.parametrize(
    "extent, message",
    [
        ("404000,404000,5746000,5747000 [EPSG:25832]", "empty"),
        ("11.5,11.6,48.1,48.2 [EPSG:4326]", "outside North Rhine-Westphalia"),
        ("300000,350000,5600000,5650000 [EPSG:25832]", "covers 2,500 tiles"),
    ],
)
def test_bad_extents_give_clear_messages(run_alg, tmp_path, extent, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("nrwtwin:tilegrid", {"EXTENT": extent, "OUTPUT": str(tmp_path / "t.gpkg")})
    assert not (tmp_path / "t.gpkg").exists()
