"""nrwtwin:importcitygml in real QGIS: both layers, fields, counts, areas, styles, 3D renderer, failures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import pytest

BLDG = "{http://www.opengis.net/citygml/building/1.0}"
SURFACE_FIELDS = [
    "surface_id",
    "building_id",
    "part_id",
    "surface_type",
    "area_m2",
    "tilt_deg",
    "azimuth_deg",
    "z_min",
    "z_max",
]


def load(path: str, layer: str = None):
    from qgis.core import QgsVectorLayer

    uri = path if layer is None else f"{path}|layername={layer}"
    vl = QgsVectorLayer(uri, "x", "ogr")
    assert vl.isValid(), uri
    return vl


def et_counts(path):
    root = ET.parse(path).getroot()
    types = Counter()
    for kind in ("Roof", "Wall", "Ground", "Closure"):
        types[kind] = len(root.findall(f".//{BLDG}{kind}Surface"))
    return len(root.findall(f".//{BLDG}Building")), types


def recorder():
    """A feedback that keeps every info and warning line (and reported error) of a run."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802
            self.lines.append(error)

    return Recorder()


def test_full_tile_to_geopackage(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsWkbTypes

    source = citygml_dir / "LoD2_32_326_5727_1_NW.gml"
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(source)],
            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
        },
    )
    n_buildings, types = et_counts(source)
    assert (result["BUILDING_COUNT"], result["SURFACE_COUNT"], result["SKIPPED_COUNT"]) == (194, 2358, 0)
    surfaces = load(result["OUTPUT_SURFACES"])
    buildings = load(result["OUTPUT_BUILDINGS"])
    assert surfaces.crs().authid() == "EPSG:25832"
    assert surfaces.wkbType() == buildings.wkbType() == QgsWkbTypes.Type.MultiPolygonZ
    assert surfaces.fields().names()[1 : 1 + len(SURFACE_FIELDS)] == SURFACE_FIELDS  # after the GPKG fid
    assert buildings.featureCount() == n_buildings == 194
    counted = Counter(f["surface_type"] for f in surfaces.getFeatures())
    assert counted == types
    # Area written = 3D area of the written geometry (QGIS computes it independently from the WKB).
    for feature in list(surfaces.getFeatures())[:300]:
        geometry = feature.geometry()
        assert geometry.constGet().is3D()
        if feature["surface_type"] in ("Roof", "Ground") and feature["tilt_deg"] is not None:
            # Projected (2D) area = 3D area × |cos tilt|.
            import math

            projected = geometry.area()
            assert projected == pytest.approx(
                feature["area_m2"] * abs(math.cos(math.radians(feature["tilt_deg"]))), rel=1e-6, abs=1e-6
            )
    # measuredHeight = zmax − zmin (±1 mm) for simple buildings (parts carry their own heights).
    heights = [(f["measured_height_m"], f["height_m"]) for f in buildings.getFeatures() if f["n_parts"] == 0]
    assert len(heights) == 194 - 26 and all(abs(m - h) <= 0.0015 for m, h in heights)


def test_multiple_inputs_extent_and_styles(run_alg, citygml_dir, tmp_path, qgis_new_project):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    files = [
        str(citygml_dir / "LoD2_32_332_5727_1_NW.gml"),
        str(citygml_dir / "LoD2_32_330_5731_1_NW.gml"),
        str(citygml_dir / "LoD2_32_324_5730_1_NW.gml"),
    ]
    import processing

    result = processing.runAndLoadResults(
        "nrwtwin:importcitygml",
        {"INPUT": files, "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"), "OUTPUT_SURFACES": str(tmp_path / "s.gpkg")},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    assert result["BUILDING_COUNT"] == 5 and result["SURFACE_COUNT"] == 31 + 82
    layers = {lyr.source().split("|")[0]: lyr for lyr in QgsProject.instance().mapLayers().values()}
    surfaces = layers[str(tmp_path / "s.gpkg")]
    renderer = surfaces.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "surface_type"
    assert {c.value() for c in renderer.categories()} >= {"Roof", "Wall", "Ground", "Closure"}
    import qgis._3d  # noqa: F401
    assert surfaces.renderer3D() is not None and surfaces.renderer3D().type() == "rulebased"
    # Extent: only the building of the 80-wall tile (330/5731) lies in this box.
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": files,
            "EXTENT": "330000,331000,5731000,5732000 [EPSG:25832]",
            "OUTPUT_BUILDINGS": "memory:",
            "OUTPUT_SURFACES": "memory:",
        },
    )
    assert result["BUILDING_COUNT"] == 1 and result["SURFACE_COUNT"] == 82


def test_empty_tile_gives_empty_layers(run_alg, citygml_dir, tmp_path):
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(citygml_dir / "LoD2_32_324_5730_1_NW.gml")],
            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
        },
    )
    assert load(result["OUTPUT_SURFACES"]).featureCount() == 0
    assert load(result["OUTPUT_BUILDINGS"]).featureCount() == 0
    assert load(result["OUTPUT_SURFACES"]).crs().authid() == "EPSG:25832"


def test_truncated_file_fails_and_leaves_no_output(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    data = (citygml_dir / "LoD2_32_326_5727_1_NW.gml").read_bytes()
    broken = tmp_path / "cut.gml"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(QgsProcessingException, match="cut.gml"):
        run_alg(
            "nrwtwin:importcitygml",
            {
                "INPUT": [str(broken)],
                "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
                "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
            },
        )
    assert not (tmp_path / "b.gpkg").exists() and not (tmp_path / "s.gpkg").exists()
    # A file that existed before the run is left alone (it may hold other layers).
    (tmp_path / "keep.gpkg").write_bytes(b"not ours")
    with pytest.raises(QgsProcessingException):
        run_alg(
            "nrwtwin:importcitygml",
            {"INPUT": [str(broken)], "OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": str(tmp_path / "keep.gpkg")},
        )
    assert (tmp_path / "keep.gpkg").exists()


def test_broken_building_is_skipped_and_reported(run_alg, citygml_dir, tmp_path):

    text = (citygml_dir / "LoD2_32_332_5727_1_NW.gml").read_text(encoding="utf-8")
    # Break the first polygon that the first building's lod2Solid references.
    text = text.replace('gml:id="GUID_3944494471375402296_3_2_1"', 'gml:id="GUID_renamed"', 1)
    path = tmp_path / "xlink.gml"
    path.write_text(text, encoding="utf-8")

    feedback = recorder()
    result = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(path)], "OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": "memory:"},
        feedback=feedback,
    )
    assert result["BUILDING_COUNT"] == 3 and result["SKIPPED_COUNT"] == 1
    assert any("DENW34AL00020xb3" in line and "GUID_3944494471375402296_3_2_1" in line for line in feedback.lines)


def test_unknown_srs_name_stops_with_its_name(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    text = (citygml_dir / "LoD2_32_332_5727_1_NW.gml").read_text(encoding="utf-8")
    path = tmp_path / "mars.gml"
    path.write_text(text.replace("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", "urn:adv:crs:MARS_UTM99"))
    with pytest.raises(QgsProcessingException, match="urn:adv:crs:MARS_UTM99"):
        run_alg(
            "nrwtwin:importcitygml", {"INPUT": [str(path)], "OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": "memory:"}
        )


def test_surface_layer_reader_gets_the_same_surfaces(run_alg, citygml_dir, tmp_path):
    """processing_provider/surface_layer.py (used by solar, print, metrics) reads our output back."""
    from nrw_digital_twin.algorithms import citygml, geometry3d
    from nrw_digital_twin.processing_provider.surface_layer import surfaces_from_source

    source = citygml_dir / "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
    result = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(source)], "OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": str(tmp_path / "s.gpkg")},
    )
    layer = load(result["OUTPUT_SURFACES"])
    read = {s.surface_id: s for s in surfaces_from_source(layer)}
    engine = {s.surface_id: s for b in citygml.iter_buildings(source) for s in b.surfaces}
    assert set(read) == set(engine) and len(read) == 92
    for surface_id, surface in engine.items():
        back = read[surface_id]
        assert (back.building_id, back.part_id, back.surface_type) == (
            surface.building_id,
            surface.part_id,
            surface.surface_type,
        )
        assert geometry3d.polygons_area_3d(back.polygons) == pytest.approx(surface.area_m2, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("target, tolerance", [("EPSG:4326", 1e-7), ("EPSG:3857", 0.01)])
def test_target_crs_reprojects_footprints(run_alg, citygml_dir, tmp_path, target, tolerance):
    """TARGET_CRS: every footprint centroid equals pyproj's transform of the EPSG:25832 one."""
    import pyproj
    source = citygml_dir / "LoD2_32_332_5727_1_NW.gml"
    native = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(source)], "OUTPUT_BUILDINGS": str(tmp_path / "n.gpkg"), "OUTPUT_SURFACES": "memory:"},
    )
    moved = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(source)],
            "TARGET_CRS": target,
            "OUTPUT_BUILDINGS": str(tmp_path / "m.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "ms.gpkg"),
        },
    )
    a, b = load(native["OUTPUT_BUILDINGS"]), load(moved["OUTPUT_BUILDINGS"])
    assert a.crs().authid() == "EPSG:25832" and b.crs().authid() == target
    assert load(moved["OUTPUT_SURFACES"]).crs().authid() == target
    transform = pyproj.Transformer.from_crs("EPSG:25832", target, always_xy=True).transform
    before = {f["building_id"]: f for f in a.getFeatures()}
    after = {f["building_id"]: f for f in b.getFeatures()}
    assert set(before) == set(after) and len(after) == 4
    for building_id, feature in before.items():
        centroid = feature.geometry().centroid().asPoint()
        x, y = transform(centroid.x(), centroid.y())
        got = after[building_id].geometry().centroid().asPoint()
        assert got.x() == pytest.approx(x, abs=tolerance) and got.y() == pytest.approx(y, abs=tolerance)
        # Heights are not reprojected.
        assert after[building_id]["z_max"] == pytest.approx(feature["z_max"], abs=1e-9)
    # The extent is given in any CRS and compared in the target CRS: the box around one building keeps it.
    one = next(iter(before.values())).geometry().boundingBox()
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(source)],
            "TARGET_CRS": target,
            "EXTENT": f"{one.xMinimum()},{one.xMaximum()},{one.yMinimum()},{one.yMaximum()} [EPSG:25832]",
            "OUTPUT_BUILDINGS": "memory:",
            "OUTPUT_SURFACES": "memory:",
        },
    )
    assert result["BUILDING_COUNT"] >= 1


def test_geopackage_written_directly_is_valid_and_indexed(run_alg, citygml_dir, tmp_path):
    """The GeoPackage fast path: GDAL opens it as MultiPolygonZ with the fields' types, EPSG:25832 with the
    full WKT, a working R*Tree (spatial filter = brute-force bbox test), and the same content as the
    QGIS feature-sink path (shapefile-free comparison: memory layer)."""
    from osgeo import gdal, ogr
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject, QgsRectangle

    source = citygml_dir / "LoD2_32_338_5706_1_NW_excerpt_2024.gml"
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(source)],
            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
        },
    )
    context = QgsProcessingContext()  # owns the memory layers; kept alive until the end of the test
    context.setProject(QgsProject.instance())
    memory = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(source)], "OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": "memory:"},
        context=context,
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    gdal.UseExceptions()
    ds = ogr.Open(str(tmp_path / "s.gpkg"))
    assert ds.GetDriver().GetName() == "GPKG"
    layer = ds.GetLayer(0)
    assert layer.GetGeomType() == ogr.wkbMultiPolygon25D and layer.GetFeatureCount() == 92
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "25832"
    defn = layer.GetLayerDefn()
    types = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}
    assert types["area_m2"] == "Real" and types["lod"] == "Integer" and types["surface_type"] == "String"
    sql = ds.ExecuteSQL("SELECT HasSpatialIndex('s', 'geom')")
    assert sql.GetNextFeature().GetField(0) == 1
    ds.ReleaseResultSet(sql)
    del layer, ds
    b_ds = ogr.Open(str(tmp_path / "b.gpkg"))  # keep the dataset referenced while its layer is used
    b_defn = b_ds.GetLayer(0).GetLayerDefn()
    shell = b_defn.GetFieldDefn(b_defn.GetFieldIndex("shell_closed"))
    assert shell.GetType() == ogr.OFTInteger and shell.GetSubType() == ogr.OFSTBoolean
    del b_defn, b_ds
    surfaces = load(result["OUTPUT_SURFACES"])
    reference = memory["OUTPUT_SURFACES"]  # a layer object owned by ``context``
    assert reference is not None and reference.featureCount() == 92
    assert surfaces.crs().authid() == "EPSG:25832" and "UTM zone 32N" in surfaces.crs().toWkt()
    # Same features, geometries and attributes as through the QGIS sink.
    ours = {f["surface_id"]: f for f in surfaces.getFeatures()}
    theirs = {f["surface_id"]: f for f in reference.getFeatures()}
    assert set(ours) == set(theirs)
    for sid, feature in theirs.items():
        assert ours[sid].geometry().asWkb() == feature.geometry().asWkb()
        assert ours[sid].attributes()[1:] == feature.attributes()
    # Spatial index: a filter rectangle returns exactly the features whose bbox intersects it.
    box = QgsRectangle(next(iter(theirs.values())).geometry().boundingBox())
    filtered = {f["surface_id"] for f in surfaces.getFeatures(QgsFeatureRequest().setFilterRect(box))}
    expected = {sid for sid, f in theirs.items() if f.geometry().boundingBox().intersects(box)}
    assert filtered == expected and 0 < len(expected) < 92


def test_both_outputs_to_one_file_is_refused(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    same = str(tmp_path / "both.gpkg")
    with pytest.raises(QgsProcessingException, match="two different output files"):
        run_alg(
            "nrwtwin:importcitygml",
            {
                "INPUT": [str(citygml_dir / "LoD2_32_332_5727_1_NW.gml")],
                "OUTPUT_BUILDINGS": same,
                "OUTPUT_SURFACES": same,
            },
        )
    assert not (tmp_path / "both.gpkg").exists()


# ----------------------------------------------------------------------------- all-or-nothing outputs (issue 12)

import hashlib  # noqa: E402
import os  # noqa: E402


def snapshot(folder):
    """{file name: sha256} of every file in ``folder`` (hidden staging folders included, so leftovers show)."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            found[os.path.relpath(path, folder)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return found


def old_pair(folder):
    (folder / "buildings.gpkg").write_bytes(b"the buildings of an earlier run")
    (folder / "surfaces.gpkg").write_bytes(b"the surfaces of an earlier run")


@pytest.mark.parametrize("suffix", ["gpkg", "shp", "fgb"])
def test_full_disk_fails_with_a_message_and_leaves_the_old_outputs(run_alg, citygml_dir, tmp_path, suffix):
    from qgis.core import QgsProcessingException

    from tests.fakes.disks import full_disk

    old = {f"buildings.{suffix}": b"old buildings", f"surfaces.{suffix}": b"old surfaces"}
    with full_disk(tmp_path / "full", files=old) as full:
        before = snapshot(full)
        with pytest.raises(QgsProcessingException, match=r"Not enough space on the disk for .*(buildings|surfaces)"):
            run_alg(
                "nrwtwin:importcitygml",
                {
                    "INPUT": [str(citygml_dir / "LoD2_32_326_5727_1_NW.gml")],
                    "OUTPUT_BUILDINGS": str(full / f"buildings.{suffix}"),
                    "OUTPUT_SURFACES": str(full / f"surfaces.{suffix}"),
                },
            )
        assert snapshot(full) == before  # old files byte-identical, no staged file left


def test_read_only_folder_fails_with_a_message_and_leaves_the_old_pair(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    from tests.fakes.disks import read_only

    old = {"buildings.gpkg": b"the buildings of an earlier run", "surfaces.gpkg": b"the surfaces of an earlier run"}
    with read_only(tmp_path / "ro", files=old) as folder:
        before = snapshot(folder)
        with pytest.raises(QgsProcessingException, match=r"ro.* is on a read-only file system. Choose another folder"):
            run_alg(
                "nrwtwin:importcitygml",
                {"INPUT": [str(citygml_dir / "LoD2_32_332_5727_1_NW.gml")],
                 "OUTPUT_BUILDINGS": str(folder / "buildings.gpkg"), "OUTPUT_SURFACES": str(folder / "surfaces.gpkg")},
            )
        assert snapshot(folder) == before


def test_failed_import_leaves_an_existing_pair_byte_identical(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    outputs = {"OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"), "OUTPUT_SURFACES": str(tmp_path / "surfaces.gpkg")}
    run_alg("nrwtwin:importcitygml", {"INPUT": [str(citygml_dir / "LoD2_32_332_5727_1_NW.gml")], **outputs})
    before = snapshot(tmp_path)
    data = (citygml_dir / "LoD2_32_326_5727_1_NW.gml").read_bytes()
    broken = tmp_path / "in" / "cut.gml"
    broken.parent.mkdir()
    broken.write_bytes(data[: len(data) * 3 // 4])  # fails after many batches were written
    with pytest.raises(QgsProcessingException, match="cut.gml is broken or incomplete"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(broken)], **outputs})
    after = snapshot(tmp_path)
    after.pop("in/cut.gml")
    assert after == before and len(before) == 2


def test_failed_import_to_shapefile_keeps_the_old_one_and_its_sidecars(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    outputs = {"OUTPUT_BUILDINGS": str(tmp_path / "b.shp"), "OUTPUT_SURFACES": str(tmp_path / "s.shp")}
    run_alg("nrwtwin:importcitygml", {"INPUT": [str(citygml_dir / "LoD2_32_332_5727_1_NW.gml")], **outputs})
    before = snapshot(tmp_path)
    assert {"b.shp", "b.shx", "b.dbf", "b.prj", "s.shp", "s.dbf"} <= set(before)
    data = (citygml_dir / "LoD2_32_326_5727_1_NW.gml").read_bytes()
    broken = tmp_path.parent / f"{tmp_path.name}_cut.gml"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(QgsProcessingException, match="_cut.gml is broken or incomplete"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(broken)], **outputs})
    assert snapshot(tmp_path) == before


def test_cancel_leaves_the_old_pair(run_alg, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    old_pair(tmp_path)
    before = snapshot(tmp_path)

    class CancelMidway(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 30:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg(
            "nrwtwin:importcitygml",
            {
                "INPUT": [str(citygml_dir / "LoD2_32_326_5727_1_NW.gml")],
                "OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"),
                "OUTPUT_SURFACES": str(tmp_path / "surfaces.gpkg"),
            },
            feedback=CancelMidway(),
        )
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("damage", ["truncated", "corrupt", "not gzip"])
def test_damaged_gml_gz_is_a_message_and_writes_nothing(run_alg, citygml_dir, tmp_path, damage):
    import gzip

    from qgis.core import QgsProcessingException

    data = gzip.compress((citygml_dir / "LoD2_32_326_5727_1_NW.gml").read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "corrupt":
        data = data[: len(data) // 3] + b"\xff" * 64 + data[len(data) // 3 + 64 :]
    else:
        data = b"\x1f\x8b\x09" + b"\x00" * 64
    source = tmp_path / "in" / "tile.gml.gz"
    source.parent.mkdir()
    source.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    old_pair(out)
    before = snapshot(out)
    with pytest.raises(QgsProcessingException) as info:
        run_alg(
            "nrwtwin:importcitygml",
            {"INPUT": [str(source)], "OUTPUT_BUILDINGS": str(out / "buildings.gpkg"),
             "OUTPUT_SURFACES": str(out / "surfaces.gpkg")},
        )
    assert "tile.gml.gz is damaged" in str(info.value) and "Traceback" not in str(info.value)
    assert snapshot(out) == before


def test_unreadable_missing_or_folder_input_is_a_message(run_alg, citygml_dir, tmp_path):
    """No read permission (tests run as root, which reads anything: the run switches to 'nobody'), a missing file
    and a folder given as input: one message each, nothing written."""
    import pwd
    import shutil
    import tempfile

    from qgis.core import QgsProcessingException

    memory = {"OUTPUT_BUILDINGS": "memory:", "OUTPUT_SURFACES": "memory:"}
    folder = tempfile.mkdtemp(prefix="nrwtwin-unreadable-", dir="/tmp")
    try:
        os.chmod(folder, 0o755)
        secret = os.path.join(folder, "secret.gml")
        shutil.copy(citygml_dir / "LoD2_32_332_5727_1_NW.gml", secret)
        os.chmod(secret, 0o000)
        nobody = pwd.getpwnam("nobody")
        os.setegid(nobody.pw_gid)
        os.seteuid(nobody.pw_uid)
        try:
            with pytest.raises(QgsProcessingException, match=r"No permission to read .*secret.gml"):
                run_alg("nrwtwin:importcitygml", {"INPUT": [secret], **memory})
        finally:
            os.seteuid(0)
            os.setegid(0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with pytest.raises(QgsProcessingException, match=r"gone.gml does not exist"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(tmp_path / "gone.gml")], **memory})
    with pytest.raises(QgsProcessingException, match=r"is a folder"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(tmp_path)], **memory})
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- other producers, SOURCE_CRS (issue 15)


def test_geographic_plateau_file_is_written_in_utm_and_says_so(run_alg, data_dir, tmp_path):
    feedback = recorder()
    result = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(data_dir / "citygml" / "other" / "plateau_52397519_bldg_6697_excerpt.gml")],
            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
        },
        feedback=feedback,
    )
    surfaces = load(result["OUTPUT_SURFACES"])
    assert surfaces.crs().authid() == "EPSG:32654" and load(result["OUTPUT_BUILDINGS"]).crs().authid() == "EPSG:32654"
    assert result["BUILDING_COUNT"] == 3 and result["SURFACE_COUNT"] == 15
    assert any("EPSG:32654" in line for line in feedback.lines)
    extent = surfaces.extent()
    assert 370_000 < extent.xMinimum() < extent.xMaximum() < 390_000  # metres, not degrees
    assert all(f["tilt_deg"] < 5 for f in surfaces.getFeatures() if f["surface_type"] == "Roof")


def test_source_crs_parameter(run_alg, data_dir, tmp_path):
    from qgis.core import QgsProcessingException

    source = data_dir / "citygml" / "other" / "karlsruhe_no_srsname_excerpt.gml"
    with pytest.raises(QgsProcessingException, match=r"names no coordinate reference system.*SOURCE_CRS"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(source)], "OUTPUT_BUILDINGS": "memory:",
                                          "OUTPUT_SURFACES": "memory:"})
    result = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(source)], "SOURCE_CRS": "EPSG:31467", "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
         "OUTPUT_SURFACES": str(tmp_path / "s.gpkg")},
    )
    assert result["BUILDING_COUNT"] == 5 and load(result["OUTPUT_SURFACES"]).crs().authid() == "EPSG:31467"


@pytest.mark.parametrize(
    "name, buildings, surfaces, crs",
    [
        ("cityjson/3dbag_b2.city.json", 2, 77, "EPSG:28992"),
        ("cityjson/3dbag_b2.city.jsonl", 2, 77, "EPSG:28992"),
        ("citygml/other/ogc_citygml3_building_and_garage_lod2.gml", 1, 13, "EPSG:25832"),
    ],
)
def test_cityjson_and_citygml3_through_the_same_algorithm(run_alg, data_dir, tmp_path, name, buildings, surfaces, crs):
    result = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(data_dir / name)], "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
         "OUTPUT_SURFACES": str(tmp_path / "s.gpkg")},
    )
    assert (result["BUILDING_COUNT"], result["SURFACE_COUNT"]) == (buildings, surfaces)
    b, s = load(result["OUTPUT_BUILDINGS"]), load(result["OUTPUT_SURFACES"])
    assert b.crs().authid() == s.crs().authid() == crs
    assert b.fields().names()[1:] == building_field_names()  # the same layers as from NRW CityGML
    assert s.fields().names()[1 : 1 + len(SURFACE_FIELDS)] == SURFACE_FIELDS


def building_field_names():
    from nrw_digital_twin.processing_provider.alg_importcitygml import building_fields

    return building_fields().names()


# ----------------------------------------------------------------------------- one function per quantity (issue 13)

SHARED = (  # buildings layer field → measurements layer field (buildingmetrics); the same quantity
    ("shell_closed", "shell_closed"),
    ("volume_m3", "volume_m3"),
    ("footprint_area_m2", "footprint_area_m2"),
    ("roof_area_m2", "roof_area_m2"),
    ("wall_area_m2", "facade_area_m2"),
    ("ground_z", "ground_z_m"),
    ("eaves_height_m", "eaves_height_m"),
    ("ridge_height_m", "ridge_height_m"),
    ("height_m", "measured_height_m"),
    ("n_surfaces", "surface_count"),
    ("function", "function_code"),
)


@pytest.mark.parametrize(
    "name",
    [
        "LoD2_32_326_5727_1_NW.gml",
        "LoD2_32_332_5727_1_NW.gml",
        "LoD2_32_330_5731_1_NW.gml",
        "LoD2_32_338_5706_1_NW_excerpt_2024.gml",
        "LoD1_472_5757_1_NW.gml",
        "other/ogc_citygml3_building_and_garage_lod2.gml",
        "other/delft_3dfier_7415_excerpt.gml",
        "other/plateau_52397519_bldg_6697_excerpt.gml",
    ],
)
def test_buildings_layer_and_measurements_layer_agree(run_alg, citygml_dir, tmp_path, name):
    """Volume, closure, areas and heights: one implementation each, so both layers carry the same numbers (the
    measurements layer rounds to 3 decimals). Building DENW34AL0000rDiM had 336.62 m³ vs 337.75 m³ before."""
    imported = run_alg(
        "nrwtwin:importcitygml",
        {"INPUT": [str(citygml_dir / name)], "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
         "OUTPUT_SURFACES": str(tmp_path / "s.gpkg")},
    )
    measured = run_alg(
        "nrwtwin:buildingmetrics",
        {"INPUT": imported["OUTPUT_SURFACES"], "BUILDINGS": imported["OUTPUT_BUILDINGS"],
         "OUTPUT": str(tmp_path / "m.gpkg")},
    )
    buildings = {f["building_id"]: f for f in load(imported["OUTPUT_BUILDINGS"]).getFeatures()}
    measurements = {f["building_id"]: f for f in load(measured["OUTPUT"]).getFeatures()}
    assert set(buildings) == set(measurements) and len(buildings) == imported["BUILDING_COUNT"] > 0
    compared = 0
    for building_id, b in buildings.items():
        m = measurements[building_id]
        for ours, theirs in SHARED:
            a, c = b[ours], m[theirs]
            if ours == "volume_m3" and not b["shell_closed"]:
                assert a is None or a.isNull()  # the buildings layer gives no volume for an open shell
                continue
            if isinstance(a, float):
                assert abs(a - c) <= 0.0005 + 1e-9, (building_id, ours, a, c)
            else:
                assert (bool(a) if ours == "shell_closed" else a) == (bool(c) if ours == "shell_closed" else c), (
                    building_id, ours, a, c)
            compared += 1
    if name == "LoD2_32_326_5727_1_NW.gml":
        assert buildings["DENW34AL0000rDiM"]["volume_m3"] == pytest.approx(336.616, abs=5e-4)
        assert measurements["DENW34AL0000rDiM"]["volume_m3"] == pytest.approx(336.616, abs=5e-4)
    assert compared >= len(buildings) * (len(SHARED) - 1)


def test_engine_messages_reach_a_german_user_in_german(german_qgis, run_alg, data_dir, citygml_dir, tmp_path):
    from qgis.core import QgsProcessingException

    source = data_dir / "citygml" / "other" / "karlsruhe_no_srsname_excerpt.gml"
    with pytest.raises(QgsProcessingException, match=r"nennt kein Koordinatenbezugssystem.*Quell-KBS"):
        run_alg("nrwtwin:importcitygml", {"INPUT": [str(source)], "OUTPUT_BUILDINGS": "memory:",
                                          "OUTPUT_SURFACES": "memory:"})

    text = (citygml_dir / "LoD2_32_332_5727_1_NW.gml").read_text(encoding="utf-8")
    broken = tmp_path / "xlink.gml"
    broken.write_text(text.replace('gml:id="GUID_3944494471375402296_3_2_1"', 'gml:id="GUID_x"', 1), encoding="utf-8")
    feedback = recorder()
    run_alg("nrwtwin:importcitygml", {"INPUT": [str(broken)], "OUTPUT_BUILDINGS": "memory:",
                                      "OUTPUT_SURFACES": "memory:"}, feedback=feedback)
    assert any("Gebäude DENW34AL00020xb3 übersprungen" in line and "verweist auf kein Polygon" in line
               for line in feedback.lines), feedback.lines
    assert any("3 Gebäude (0 Gebäudeteile) mit 25 Flächen" in line for line in feedback.lines), feedback.lines
