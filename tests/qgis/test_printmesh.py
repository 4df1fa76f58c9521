"""nrwtwin:printmesh in real QGIS: surfaces GeoPackage written here from the parsed fixtures, DGM1 cut-out,
L-shaped area layer with exaggeration 2, all three formats sliced by PrusaSlicer, error messages, and the
all-or-nothing outputs under faults (read-only folder, full disk, cancel)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import print_checks
import pytest
from qgis.core import (  # noqa: E402
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
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
SOLID = ("--fill-density", "100%", "--fill-pattern", "rectilinear")


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


def l_area(dem: QgsRasterLayer, path: Path):
    e = dem.extent()
    x0, y0, x1, y1 = e.xMinimum() + 2, e.yMinimum() + 2, e.xMaximum() - 2, e.yMaximum() - 2
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    wkt = f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {ym}, {xm} {ym}, {xm} {y1}, {x0} {y1}, {x0} {y0}))"
    return polygon_layer([wkt], path), (x0, y0, x1, y1, xm, ym)


def test_l_shaped_area_on_a_dem_with_exaggeration_2_in_every_format_slices_as_designed(
    run_alg, excerpt, data_dir, tmp_path
):
    records, layer = excerpt
    dem = QgsRasterLayer(str(data_dir / "raster" / DGM), "dgm")
    assert dem.isValid()
    aoi, (x0, y0, x1, y1, xm, ym) = l_area(dem, tmp_path / "aoi.gpkg")
    common = {"INPUT": layer, "DEM": dem, "AOI": aoi, "SIZE_MM": 100, "Z_EXAGGERATION": 2, "BASE_MM": 4}
    results = {}
    for index, fmt in enumerate(("STL", "3MF", "OBJ")):
        extra = {"OUTPUT_PREVIEW": str(tmp_path / "model.png")} if fmt == "STL" else {}
        results[fmt] = run_alg(
            "nrwtwin:printmesh", dict(common, FORMAT=index, OUTPUT=str(tmp_path / f"model.{fmt.lower()}"), **extra)
        )
        assert results[fmt]["OUTPUT"].endswith(f"model.{fmt.lower()}")
        assert results[fmt]["WATERTIGHT"] is True
    stl = results["STL"]
    mesh = check_solid(stl["OUTPUT"])
    assert len(mesh.faces) == stl["TRIANGLES"]
    assert max(stl["WIDTH_MM"], stl["DEPTH_MM"]) == pytest.approx(100, abs=0.1)
    assert mesh.extents == pytest.approx([stl["WIDTH_MM"], stl["DEPTH_MM"], stl["HEIGHT_MM"]], abs=1e-3)
    s = 100 / max(x1 - x0, y1 - y0)
    bottom = (mesh.face_normals[:, 2] < -0.99) & (mesh.triangles_center[:, 2] < 1e-6)
    area = ((x1 - x0) * (ym - y0) + (xm - x0) * (y1 - ym)) * s * s
    assert mesh.area_faces[bottom].sum() == pytest.approx(area, rel=0.01)
    assert Path(stl["OUTPUT_PREVIEW"]).stat().st_size > 10_000
    assert len(check_solid(results["OBJ"]["OUTPUT"]).faces) == results["OBJ"]["TRIANGLES"]
    three_mf = results["3MF"]
    report = print_checks.lib3mf_report(three_mf["OUTPUT"])
    assert report["warnings"] == [] and report["build_items"] == 1 and report["triangles"] == three_mf["TRIANGLES"]
    parts = print_checks.three_mf_parts(three_mf["OUTPUT"])
    assert sorted(p.name for p in parts if p.extruder == 2) == sorted("building " + r.building_id for r in records)
    for part in parts:
        assert print_checks.bodies(part.faces) == 1 and print_checks.feature_violations(part, 0.8) == 0.0
    for fmt, result in results.items():
        sliced = print_checks.slice_with_prusaslicer(
            result["OUTPUT"], tmp_path / f"{fmt}.gcode", 2 if fmt == "3MF" else 1, SOLID
        )
        assert sliced.returncode == 0 and "Empty layer" not in sliced.output, sliced.output[-2000:]
        gcode = print_checks.read_gcode(sliced.gcode)
        assert abs(gcode.max_z - result["HEIGHT_MM"]) <= print_checks.LAYER_MM + 1e-6
        shares = print_checks.footprint_coverage(parts, gcode, tool=1 if fmt == "3MF" else None)
        assert len(shares) == len(records) and min(shares.values()) >= 0.99, shares


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


# ----------------------------------------------------------------------------------- outputs and faults
def tiled(layer, folder: Path, fmt: int = 0, **extra) -> dict:
    """A 100 × 70 mm model cut into 40 mm print-bed tiles (3 columns × 2 rows), with its preview."""
    parameters = {"INPUT": layer, "SIZE_MM": 100, "BED_MM": 40, "FORMAT": fmt, "OUTPUT": str(folder / "model.stl"),
                  "OUTPUT_PREVIEW": str(folder / "model.png")}
    parameters.update(extra)
    return parameters


def listing(folder: Path) -> dict:
    """Every entry of ``folder`` (hidden ones too) with the sha256 of files."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(folder.iterdir())
    }


def old_outputs(folder: Path) -> dict:
    """Outputs of an earlier run that a failed run must leave byte-identical."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("model_tile_1_1.stl", "model_tile_2_2.stl", "model.png", "model.obj", "model.mtl", "notes.txt"):
        (folder / name).write_bytes(f"earlier {name}\n".encode() * 20)
    return listing(folder)


@pytest.fixture
def mount():
    """Mounts made by a test (tests run as root), unmounted in teardown."""
    made = []

    def _mount(*arguments: str, target: Path) -> None:
        subprocess.run(["mount", *arguments, str(target)], check=True)
        made.append(target)

    yield _mount
    for target in reversed(made):
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_print_bed_tiles_obj_mtl_and_preview_appear_together(run_alg, excerpt, tmp_path):
    _records, layer = excerpt
    result = run_alg("nrwtwin:printmesh", tiled(layer, tmp_path, fmt=2))
    names = sorted(p.name for p in tmp_path.iterdir())
    tiles = [f"model_tile_{r}_{c}" for r in (1, 2) for c in (1, 2, 3)]
    assert names == sorted([t + ".obj" for t in tiles] + [t + ".mtl" for t in tiles] + ["model.png"])
    assert result["OUTPUT"] == str(tmp_path / "model_tile_1_1.obj")
    total = sum(len(trimesh.load(str(tmp_path / (t + ".obj")), force="mesh", process=False).faces) for t in tiles)
    assert result["TRIANGLES"] == total


def test_read_only_folder_gives_one_message_and_keeps_old_outputs(run_alg, excerpt, tmp_path, mount):
    _records, layer = excerpt
    folder = tmp_path / "out"
    before = old_outputs(folder)
    mount("--bind", str(folder), target=folder)
    mount("-o", "remount,bind,ro", target=folder)
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("nrwtwin:printmesh", tiled(layer, folder, fmt=2))
    message = str(raised.value)
    assert "read-only file system" in message and str(folder) in message
    assert "Traceback" not in message and "Errno" not in message
    assert listing(folder) == before


def test_full_disk_gives_one_message_and_keeps_old_outputs(run_alg, excerpt, tmp_path, mount):
    _records, layer = excerpt
    folder = tmp_path / "small"
    folder.mkdir()
    mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", target=folder)
    before = old_outputs(folder)
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("nrwtwin:printmesh", tiled(layer, folder))
    message = str(raised.value)
    assert message.startswith("Not enough space on the disk for " + str(folder / "model_tile_")), message
    assert message.endswith("Free some space or choose another folder.")
    assert listing(folder) == before  # no new tile, no staging folder, old files byte-identical


def test_cancel_while_writing_keeps_old_outputs(run_alg, excerpt, tmp_path):
    _records, layer = excerpt
    folder = tmp_path / "out"
    before = old_outputs(folder)
    feedback = QgsProcessingFeedback()
    written = []

    def cancel_after_two_tiles(percent):
        staged = [p for p in folder.glob(".nrwtwin-staging-*/*.stl")]
        written.append(len(staged))
        if len(staged) >= 2:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_after_two_tiles)
    with pytest.raises(QgsProcessingException, match="Canceled by the user; nothing was written"):
        run_alg("nrwtwin:printmesh", tiled(layer, folder), feedback=feedback)
    assert max(written) == 2  # canceled mid-run: two of six tiles were already staged
    assert listing(folder) == before


def test_3mf_file_is_one_object_for_the_slicer(run_alg, excerpt, tmp_path):
    records, layer = excerpt
    result = run_alg("nrwtwin:printmesh", {"INPUT": layer, "SIZE_MM": 80, "FORMAT": 1,
                                           "OUTPUT": str(tmp_path / "model.3mf")})
    with zipfile.ZipFile(result["OUTPUT"]) as archive:
        model = archive.read("3D/3dmodel.model").decode()
    assert 'unit="millimeter"' in model and "GEObasis.NRW" in model
    [info] = print_checks.prusaslicer_info(result["OUTPUT"])
    assert int(info["number_of_parts"]) == len(records) + 1


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


def test_log_in_german_with_german_numbers(german_qgis, run_alg, excerpt, tmp_path):
    records, layer = excerpt
    feedback = RecordingFeedback()
    result = run_alg("nrwtwin:printmesh", {"INPUT": layer, "SIZE_MM": 40, "MIN_HEIGHT_MM": 0,
                                           "OUTPUT": str(tmp_path / "m.stl")}, feedback=feedback)
    [scale] = [line for line in feedback.lines if line.startswith("Maßstab 1:")]
    width = f"{result['WIDTH_MM']:.1f}".replace(".", ",")
    assert f"{width} × " in scale and f"{result['TRIANGLES']:,} Dreiecke in 1 Datei(en)".replace(",", ".") in scale
    [buildings] = [line for line in feedback.lines if line.startswith("Gebäude: ")]
    assert f"von {len(records)} gedruckt" in buildings and "0,0 mm über dem Gelände angehoben" in buildings
