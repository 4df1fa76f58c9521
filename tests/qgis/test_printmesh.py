"""nrwtwin:printmesh in real QGIS: surfaces GeoPackage written here from the parsed fixtures, DGM1 cut-out,
L-shaped area layer, all three formats and the error messages."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (  # noqa: E402
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layer_builders  # noqa: E402
import manifold3d
import trimesh

from nrw_digital_twin.algorithms import citygml

EXCERPT = "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
DGM = "dgm1_nw_wcs_cutout_338111_5706237.tif"


def _write(layer, path: Path) -> QgsVectorLayer:
    return layer_builders._write(layer, path)


def polygon_layer(wkts, path: Path, crs="EPSG:25832") -> QgsVectorLayer:
    memory = QgsVectorLayer(f"Polygon?crs={crs}", "area", "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return _write(memory, path)


@pytest.fixture(scope="module")
def excerpt(citygml_dir, tmp_path_factory):
    records = list(citygml.iter_buildings(citygml_dir / EXCERPT))
    path = tmp_path_factory.mktemp("printmesh") / "surfaces.gpkg"
    return records, layer_builders.surfaces_layer([s for r in records for s in r.surfaces], path)


def check_solid(path):
    loaded = trimesh.load(str(path), force="mesh")  # OBJ material groups come back as split pieces: re-merge
    mesh = trimesh.Trimesh(np.asarray(loaded.vertices), np.asarray(loaded.faces), process=True)
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.is_volume and mesh.volume > 0
    solid = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(mesh.vertices, np.float32), tri_verts=np.asarray(mesh.faces, np.uint32)
        )
    )
    assert solid.status() == manifold3d.Error.NoError
    return mesh


def test_stl_with_dem_and_l_shaped_area(run_alg, excerpt, data_dir, tmp_path):
    records, layer = excerpt
    dem = QgsRasterLayer(str(data_dir / "raster" / DGM), "dgm")
    assert dem.isValid()
    e = dem.extent()
    x0, y0, x1, y1 = e.xMinimum() + 2, e.yMinimum() + 2, e.xMaximum() - 2, e.yMaximum() - 2
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    l_wkt = f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {ym}, {xm} {ym}, {xm} {y1}, {x0} {y1}, {x0} {y0}))"
    aoi = polygon_layer([l_wkt], tmp_path / "aoi.gpkg")
    result = run_alg(
        "nrwtwin:printmesh",
        {
            "INPUT": layer,
            "DEM": dem,
            "AOI": aoi,
            "SIZE_MM": 100,
            "Z_EXAGGERATION": 1.5,
            "BASE_MM": 4,
            "FORMAT": 0,
            "OUTPUT": str(tmp_path / "model.stl"),
        },
    )
    assert result["OUTPUT"].endswith("model.stl")
    assert result["WATERTIGHT"] is True
    mesh = check_solid(result["OUTPUT"])
    assert len(mesh.faces) == result["TRIANGLES"]
    assert max(result["WIDTH_MM"], result["DEPTH_MM"]) == pytest.approx(100, abs=0.1)
    assert mesh.extents == pytest.approx([result["WIDTH_MM"], result["DEPTH_MM"], result["HEIGHT_MM"]], abs=1e-3)
    s = 100 / max(x1 - x0, y1 - y0)
    bottom = (mesh.face_normals[:, 2] < -0.99) & (mesh.triangles_center[:, 2] < 1e-6)
    l_area = ((x1 - x0) * (ym - y0) + (xm - x0) * (y1 - ym)) * s * s
    assert mesh.area_faces[bottom].sum() == pytest.approx(l_area, rel=0.01)


def test_3mf_and_obj_from_extent(run_alg, excerpt, tmp_path):
    records, layer = excerpt
    e = layer.extent()
    extent = f"{e.xMinimum() - 5},{e.xMaximum() + 5},{e.yMinimum() - 5},{e.yMaximum() + 5} [EPSG:25832]"
    result = run_alg(
        "nrwtwin:printmesh",
        {"INPUT": layer, "EXTENT": extent, "SIZE_MM": 80, "FORMAT": 1, "OUTPUT": str(tmp_path / "model.3mf")},
    )
    assert result["WATERTIGHT"] is True
    with zipfile.ZipFile(result["OUTPUT"]) as archive:
        model = archive.read("3D/3dmodel.model").decode()
        assert "[Content_Types].xml" in archive.namelist()
    assert 'unit="millimeter"' in model and "GEObasis.NRW" in model
    assert model.count('name="building ') == len(records)
    result = run_alg(
        "nrwtwin:printmesh",
        {"INPUT": layer, "EXTENT": extent, "SIZE_MM": 80, "FORMAT": 2, "OUTPUT": str(tmp_path / "model.stl")},
    )
    assert result["OUTPUT"].endswith("model.obj")  # extension follows the format
    assert (tmp_path / "model.mtl").exists()
    check_solid(result["OUTPUT"])


def test_errors_are_clear(run_alg, excerpt, data_dir, tmp_path):
    from osgeo import gdal
    _records, layer = excerpt
    geographic = tmp_path / "dgm_4326.tif"
    gdal.Warp(str(geographic), str(data_dir / "raster" / DGM), dstSRS="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg("nrwtwin:printmesh", {"INPUT": layer, "DEM": str(geographic), "OUTPUT": str(tmp_path / "a.stl")})
    far = polygon_layer(
        ["POLYGON((300000 5600000, 300100 5600000, 300100 5600100, 300000 5600100, 300000 5600000))"],
        tmp_path / "far.gpkg",
    )
    with pytest.raises(QgsProcessingException, match="does not cover the area"):
        run_alg(
            "nrwtwin:printmesh",
            {"INPUT": layer, "DEM": str(data_dir / "raster" / DGM), "AOI": far, "OUTPUT": str(tmp_path / "b.stl")},
        )
    empty = polygon_layer([], tmp_path / "empty.gpkg")
    with pytest.raises(QgsProcessingException, match="no polygon with a surface"):
        run_alg("nrwtwin:printmesh", {"INPUT": layer, "AOI": empty, "OUTPUT": str(tmp_path / "c.stl")})
    with pytest.raises(QgsProcessingException, match="between 10 mm and 1000 mm"):
        run_alg("nrwtwin:printmesh", {"INPUT": layer, "SCALE": 10, "OUTPUT": str(tmp_path / "d.stl")})
    assert not list(tmp_path.glob("*.stl"))
