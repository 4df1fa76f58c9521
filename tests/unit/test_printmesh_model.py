"""Print models from synthetic buildings: scale, seating, minimum feature, tiles, writers, bad input."""

from __future__ import annotations

import zipfile

import manifold3d
import numpy as np
import print_checks
import pytest
import trimesh
from lxml import etree

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.model import Polygon3D, Surface
from nrw_digital_twin.algorithms.printmesh import Dem, PrintOptions, build_print_model, write_model
from nrw_digital_twin.algorithms.progress import RecordingProgress

NS = {"m": "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"}


def box(building_id, x0, y0, x1, y1, z0, z1):
    """A flat-roofed box as LoD2 surfaces; the roof ring is deliberately clockwise (wrong way round)."""

    def poly(points):
        return Polygon3D(np.array(points, dtype=float))

    roof = poly([[x0, y0, z1], [x0, y1, z1], [x1, y1, z1], [x1, y0, z1]])
    walls = [
        poly([[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]]),
        poly([[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]]),
    ]  # open shell: two walls missing
    ground = poly([[x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]])
    degenerate = poly([[x0, y0, z0], [x0, y0, z0], [x0, y0, z0]])
    return [
        Surface(building_id + "_roof", building_id, None, "Roof", [roof]),
        Surface(building_id + "_wall", building_id, None, "Wall", walls + [degenerate]),
        Surface(building_id + "_ground", building_id, None, "Ground", [ground]),
    ]


def gable(building_id, x0, y0, x1, y1, z0, eaves, ridge):
    """A gable house, ridge along x at the middle of y."""
    ym = 0.5 * (y0 + y1)
    south = Polygon3D(np.array([[x0, y0, eaves], [x1, y0, eaves], [x1, ym, ridge], [x0, ym, ridge]], float))
    north = Polygon3D(np.array([[x1, y1, eaves], [x0, y1, eaves], [x0, ym, ridge], [x1, ym, ridge]], float))
    ground = Polygon3D(np.array([[x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]], float))
    return [
        Surface(building_id + "_r1", building_id, None, "Roof", [south]),
        Surface(building_id + "_r2", building_id, None, "Roof", [north]),
        Surface(building_id + "_g", building_id, None, "Ground", [ground]),
    ]


def rect(x0, y0, x1, y1):
    return [[np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)]]


def check_mesh(vertices, faces):
    mesh = trimesh.Trimesh(vertices, faces, process=True)
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.is_volume
    assert mesh.volume > 0
    solid = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(mesh.vertices, np.float32), tri_verts=np.asarray(mesh.faces, np.uint32)
        )
    )
    assert solid.status() == manifold3d.Error.NoError
    return mesh


def read_3mf(path):
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        root = etree.fromstring(
            archive.read("3D/3dmodel.model"), etree.XMLParser(resolve_entities=False, no_network=True)
        )
    return names, root


SCENE = box("A", 40, 20, 60, 30, 50, 60) + gable("B", 70, 10, 85, 22, 50, 56, 61)


def test_box_and_gable_sizes_heights_and_volume(tmp_path):
    model = build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100, base_mm=3))
    assert model.width_mm == pytest.approx(100, abs=0.1)
    assert model.depth_mm == pytest.approx(50, abs=0.1)
    # no DEM: terrain from the ground heights (50 m everywhere) → base 3 mm, ridge 11 m above → 14 mm
    assert model.height_mm == pytest.approx(3 + 11, abs=0.05)
    assert model.stats["degenerate_faces_dropped"] == 1  # the collapsed ring of box A
    assert model.stats["buildings_printed"] == 2
    [path] = write_model(model, tmp_path / "m.stl", "STL")
    mesh = check_mesh(*_load(path))
    assert np.allclose(mesh.extents, [100, 50, 14], atol=0.1)
    # base 100×50×3 + box 20×10×10 + gable 15×12×(6 + 5/2), plus at most a half-cell slope ring
    expected = 100 * 50 * 3 + 20 * 10 * 10 + 15 * 12 * (6 + 2.5)
    assert mesh.volume == pytest.approx(expected, rel=0.01)
    with open(path, "rb") as handle:
        assert b"GEObasis.NRW" in handle.read(80)


def _load(path):
    mesh = trimesh.load(str(path), force="mesh")
    return np.asarray(mesh.vertices), np.asarray(mesh.faces)


def test_scale_and_z_exaggeration():
    model = build_print_model(
        SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=None, scale=2000, z_exaggeration=2.0, base_mm=2)
    )
    assert model.scale_denominator == pytest.approx(2000)
    assert model.width_mm == pytest.approx(50, abs=0.1)  # 100 m at 1:2000
    assert model.height_mm == pytest.approx(2 + 11 * 0.5 * 2, abs=0.05)


def test_3mf_is_one_object_with_parts_colours_extruders_and_licence(tmp_path):
    model = build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100), with_parts=True)
    written = write_model(model, tmp_path / "m.3mf", "3MF")
    [path] = written
    names, root = read_3mf(path)
    assert {"[Content_Types].xml", "_rels/.rels", "3D/3dmodel.model", "Metadata/Slic3r_PE_model.config"} <= names
    assert root.get("unit") == "millimeter"
    meta = {m.get("name"): m.text for m in root.iterfind("m:metadata", NS)}
    assert "GEObasis.NRW" in meta["Copyright"] and "dl-de/zero-2-0" in meta["LicenseTerms"]
    assert meta["Title"]
    bases = root.findall("m:resources/m:basematerials/m:base", NS)
    assert [b.get("displaycolor") for b in bases] == ["#9CB26EFF", "#C4523AFF"]
    # one build item → one object with one mesh (no components, which PrusaSlicer splits into objects)
    [item] = root.findall("m:build/m:item", NS)
    [obj] = root.findall("m:resources/m:object", NS)
    assert item.get("objectid") == obj.get("id") and obj.find("m:components", NS) is None
    # the parts as PrusaSlicer cuts them: buildings on extruder 2, the terrain last on extruder 1
    parts = print_checks.three_mf_parts(path)
    assert [(p.name.split()[0], p.extruder) for p in parts] == [("building", 2), ("building", 2), ("terrain", 1)]
    assert sorted(p.name for p in parts[:2]) == ["building A", "building B"]
    for part in parts:
        check_mesh(part.vertices, part.faces)
        assert print_checks.bodies(part.faces) == 1
        assert set(part.material) == ({1} if part.extruder == 2 else {0})  # standard 3MF colours per triangle
    assert written.triangles == sum(len(p.faces) for p in parts) == model.parts_triangle_count
    # buildings are seated: each building's bottom lies below the terrain top around it
    terrain = parts[-1].vertices
    for part in parts[:2]:
        assert part.vertices[:, 2].min() < terrain[:, 2].max() - 0.5
    report = print_checks.lib3mf_report(path)
    assert report["warnings"] == [] and report["build_items"] == 1 and report["mesh_objects"] == 1
    assert report["triangles"] == written.triangles and report["manifold"]


def test_obj_with_mtl(tmp_path):
    model = build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100))
    [path] = write_model(model, tmp_path / "m.obj", "OBJ")
    mtl = (tmp_path / "m.mtl").read_text()
    assert "newmtl terrain" in mtl and "newmtl building" in mtl
    text = path.read_text()
    assert "mtllib m.mtl" in text and "usemtl building" in text and "GEObasis.NRW" in text
    mesh = check_mesh(*_load(path))
    assert mesh.extents[0] == pytest.approx(100, abs=0.1)


def test_l_shaped_area_gives_an_l_shaped_base():
    l_shape = [[np.array([[0, 0], [100, 0], [100, 40], [40, 40], [40, 100], [0, 100]], float)]]
    model = build_print_model(SCENE, l_shape, options=PrintOptions(size_mm=100))
    solid = model.tiles[0].solid
    mesh = check_mesh(solid.vertices, solid.faces)
    bottom = (mesh.face_normals[:, 2] < -0.99) & (mesh.triangles_center[:, 2] < 1e-9)
    assert mesh.area_faces[bottom].sum() == pytest.approx(100 * 40 + 40 * 60, rel=0.005)
    centres = mesh.triangles_center[bottom]
    assert not ((centres[:, 0] > 40.2) & (centres[:, 1] > 40.2)).any()  # nothing in the notch
    assert model.stats["buildings_printed"] == 2


def test_rotated_triangle_outline_is_exact_in_size_and_closed():
    outline = [[np.array([[10, 5], [90, 30], [35, 95]], float)]]
    model = build_print_model(SCENE, outline, options=PrintOptions(size_mm=80))
    # the acute tips narrower than the 0.8 mm minimum feature are trimmed (and counted), nothing is stretched
    assert 80 - 1.0 <= max(model.width_mm, model.depth_mm) <= 80 + 1e-9
    assert 0 < model.stats["outline_thin_mm2"] < 2.0
    mesh = check_mesh(model.tiles[0].solid.vertices, model.tiles[0].solid.faces)
    area = 0.5 * abs((90 - 10) * (95 - 5) - (35 - 10) * (30 - 5)) * (80 / 90) ** 2
    bottom = (mesh.face_normals[:, 2] < -0.99) & (mesh.triangles_center[:, 2] < 1e-9)
    assert mesh.area_faces[bottom].sum() == pytest.approx(area, rel=0.02)


def test_thin_buildings_are_thickened_and_slivers_removed_and_counted():
    thin = box("T", 10, 10, 10.3, 30, 50, 58)  # 0.3 mm wide at 1 mm/m
    with_sliver = box("S", 20, 10, 35, 20, 50, 57) + [
        Surface(
            "S_annex",
            "S",
            None,
            "Roof",
            [Polygon3D(np.array([[35, 14, 55], [45, 14, 55], [45, 14.4, 55], [35, 14.4, 55]], float))],
        )
    ]
    model = build_print_model(thin + with_sliver, rect(0, 0, 60, 40), options=PrintOptions(size_mm=60), with_parts=True)
    assert model.stats["buildings_thickened"] == 1
    assert model.stats["buildings_thin_parts_removed"] == 1
    buildings = [p for p in model.tiles[0].parts if p.kind == "building"]
    assert len(buildings) == 2
    thick = next(p for p in buildings if p.meta["building_id"] == "T")
    assert thick.bounds()[1, 0] - thick.bounds()[0, 0] >= 0.8 - 1e-6


def test_bed_tiles_are_closed_and_match_along_the_cut(tmp_path):
    options = PrintOptions(size_mm=100, bed_mm=60)
    model = build_print_model(SCENE, rect(0, 0, 100, 50), options=options)
    whole = build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100))
    assert len(model.tiles) == 2 and model.stats["tiles"] == 2
    meshes = [check_mesh(t.solid.vertices, t.solid.faces) for t in model.tiles]
    for mesh in meshes:
        assert mesh.extents[0] <= 60 and mesh.extents[1] <= 60
    assert sum(m.volume for m in meshes) == pytest.approx(whole.tiles[0].solid.volume(), rel=1e-3)
    cut = meshes[0].bounds[1, 0]
    assert cut == pytest.approx(meshes[1].bounds[0, 0])
    left = {tuple(v) for v in np.round(meshes[0].vertices[np.isclose(meshes[0].vertices[:, 0], cut)][:, 1:], 5)}
    right = {tuple(v) for v in np.round(meshes[1].vertices[np.isclose(meshes[1].vertices[:, 0], cut)][:, 1:], 5)}
    top_left = {v for v in left if v[1] > 0}
    top_right = {v for v in right if v[1] > 0}
    assert top_left == top_right  # same heights along the cut: the tiles fit together
    paths = write_model(model, tmp_path / "t.stl", "STL")
    assert [p.name for p in paths] == ["t_tile_1_1.stl", "t_tile_1_2.stl"]


def test_terrain_from_dem_and_area_without_buildings():
    x = np.arange(0, 200)
    dem = Dem(np.tile(100.0 + 0.05 * x, (200, 1)).astype(np.float32), (0.0, 1.0, 0.0, 200.0, 0.0, -1.0), -9999.0)
    model = build_print_model([], rect(20, 20, 120, 120), dem=dem, options=PrintOptions(size_mm=100, base_mm=2))
    assert model.stats["buildings_printed"] == 0
    # slope 0.05 over 100 m = 5 m → 5 mm above a 2 mm base
    assert model.height_mm == pytest.approx(2 + 5, abs=0.06)
    check_mesh(model.tiles[0].solid.vertices, model.tiles[0].solid.faces)


def test_buildings_on_a_slope_are_seated_in_the_dem():
    x = np.arange(0, 200)
    dem = Dem(np.tile(100.0 + 0.1 * x, (200, 1)), (0.0, 1.0, 0.0, 200.0, 0.0, -1.0), None)
    house = box("H", 50, 50, 70, 60, 105, 115)  # ground 105-107 m on the DEM: walls must reach down
    model = build_print_model(
        house, rect(20, 20, 120, 120), dem=dem, options=PrintOptions(size_mm=100, base_mm=2), with_parts=True
    )
    parts = model.tiles[0].parts
    terrain = next(p for p in parts if p.kind == "terrain")
    building = next(p for p in parts if p.kind == "building")
    check_mesh(building.vertices, building.faces)
    check_mesh(terrain.vertices, terrain.faces)
    # the DEM under the house rises from 105 m to 107 m; the area's lowest point (x = 20 m) is 102 m
    assert building.vertices[:, 2].min() < 2 + (105 - 102)  # walls reach into the terrain: no gap anywhere
    assert building.vertices[:, 2].max() == pytest.approx(2 + (115 - 102), abs=0.05)  # z_min 102 m at x=20


@pytest.mark.parametrize(
    "kwargs, outline, message",
    [
        ({}, [[np.array([[0, 0], [10, 0], [20, 0]], float)]], "empty"),
        ({}, [], "empty"),
        ({"size_mm": None, "scale": 50}, None, "mm long"),  # 65 m at 1:50 = 1.3 m
        ({"size_mm": 5}, None, "between 10 mm and 1000 mm"),
        ({"size_mm": 1500}, None, "between 10 mm and 1000 mm"),
        ({"z_exaggeration": 0}, None, "Z_EXAGGERATION"),
    ],
)
def test_bad_input_gives_clear_messages(kwargs, outline, message):
    with pytest.raises(NrwTwinError, match=message):
        build_print_model(SCENE, outline, options=PrintOptions(**kwargs))


def test_geographic_coordinates_are_refused():
    lonlat = box("G", 6.95, 51.45, 6.9502, 51.4501, 50, 60)
    with pytest.raises(NrwTwinError, match="degrees"):
        build_print_model(lonlat, None, options=PrintOptions(size_mm=100))


def test_dem_that_does_not_cover_the_area_is_refused():
    dem = Dem(np.full((50, 50), 80.0), (0.0, 1.0, 0.0, 50.0, 0.0, -1.0), None, name="dgm_west.tif")
    with pytest.raises(NrwTwinError, match="dgm_west.tif' does not cover the area: 50 %"):
        build_print_model([], rect(0, 0, 100, 50), dem=dem, options=PrintOptions(size_mm=100))


def test_no_buildings_and_no_dem_is_refused():
    with pytest.raises(NrwTwinError, match="no DEM"):
        build_print_model([], rect(0, 0, 100, 50), options=PrintOptions(size_mm=100))


def test_progress_and_cancel():
    progress = RecordingProgress()
    build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100), progress=progress)
    assert progress.percents and max(progress.percents) <= 100
    progress = RecordingProgress()
    progress.canceled = True
    with pytest.raises(NrwTwinError, match="Canceled"):
        build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100), progress=progress)


def test_building_smaller_than_a_cell_is_kept_and_thickened():
    tiny = box("K", 30.13, 20.13, 30.17, 20.17, 50, 53)  # 4 cm square: covers no cell centre at 0.2 m cells
    model = build_print_model(SCENE + tiny, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100), with_parts=True)
    assert model.stats["buildings_smaller_than_a_cell"] == 1
    assert model.stats["buildings_printed"] == 3
    part = next(p for p in model.tiles[0].parts if p.meta.get("building_id") == "K")
    check_mesh(part.vertices, part.faces)
    extent = part.bounds()[1] - part.bounds()[0]
    assert extent[0] >= 0.8 - 1e-6 and extent[1] >= 0.8 - 1e-6
    assert part.bounds()[1, 2] == pytest.approx(3 + 3, abs=0.01)


def test_low_buildings_are_lifted_to_min_height_and_counted():
    shed = box("L", 10, 10, 20, 20, 50, 50.3)  # 0.3 m high: 0.3 mm at 1 mm/m, less than two 0.2 mm layers
    scene = SCENE + shed
    model = build_print_model(scene, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100), with_parts=True)
    assert model.stats["buildings_raised"] == 1
    part = next(p for p in model.tiles[0].parts if p.meta.get("building_id") == "L")
    assert part.bounds()[1, 2] == pytest.approx(3 + 0.4, abs=1e-6)  # base 3 mm, terrain at 50 m = z_min
    tall = next(p for p in model.tiles[0].parts if p.meta.get("building_id") == "A")
    assert tall.bounds()[1, 2] == pytest.approx(3 + 10, abs=1e-6)  # not touched
    # the one-piece solid has the same roof: the top over the shed's cells is 0.4 mm above the terrain
    solid = model.tiles[0].solid
    over_shed = (solid.vertices[:, 0] > 11) & (solid.vertices[:, 0] < 19) & (solid.vertices[:, 1] > 11)
    over_shed &= solid.vertices[:, 1] < 19
    assert solid.vertices[over_shed, 2].max() == pytest.approx(3.4, abs=1e-6)
    assert not model.warnings


def test_min_height_zero_keeps_true_heights_and_names_the_exaggeration_that_shows_them():
    shed = box("L", 10, 10, 20, 20, 50, 50.3)
    options = PrintOptions(size_mm=100, min_height_mm=0.0)
    progress = RecordingProgress()
    model = build_print_model(SCENE + shed, rect(0, 0, 100, 50), options=options, with_parts=True, progress=progress)
    part = next(p for p in model.tiles[0].parts if p.meta.get("building_id") == "L")
    assert part.bounds()[1, 2] == pytest.approx(3.3, abs=1e-6)
    assert model.stats["buildings_raised"] == 0 and model.stats["buildings_below_visible"] == 1
    [warning] = model.warnings
    assert progress.warnings == [warning]
    # 0.3 mm now; heights scale with the exaggeration, so 0.4 mm needs 0.4 / 0.3 = 1.33
    count, visible, needed = warning.args
    assert (count, visible) == (1, 0.4) and needed == pytest.approx(0.4 / 0.3, rel=1e-6)
    assert "Z_EXAGGERATION) of 1.3 makes them all visible" in warning


def test_min_height_out_of_range_is_refused():
    with pytest.raises(NrwTwinError, match="MIN_HEIGHT_MM"):
        build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100, min_height_mm=-1))


def test_tiles_mtl_and_preview_appear_together_or_not_at_all(tmp_path):
    model = build_print_model(SCENE, rect(0, 0, 100, 50), options=PrintOptions(size_mm=100, bed_mm=60))
    (tmp_path / "t_tile_1_1.obj").write_text("earlier\n")
    progress = RecordingProgress()
    progress.set_progress = lambda percent: setattr(progress, "canceled", percent >= 50)  # after the first tile
    with pytest.raises(NrwTwinError, match="Canceled"):
        write_model(model, tmp_path / "t.obj", "OBJ", preview=tmp_path / "t.png", progress=progress)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t_tile_1_1.obj"]
    assert (tmp_path / "t_tile_1_1.obj").read_text() == "earlier\n"
    written = write_model(model, tmp_path / "t.obj", "OBJ", preview=tmp_path / "t.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "t.png", "t_tile_1_1.mtl", "t_tile_1_1.obj", "t_tile_1_2.mtl", "t_tile_1_2.obj"
    ]
    assert written.triangles == model.triangle_count and written.preview == tmp_path / "t.png"


def test_slivers_left_by_a_tile_cut_are_trimmed_and_counted():
    # the cut of two 50 mm tiles lies at x = 50 m; this house reaches 0.4 m (0.4 mm) across it
    house = box("C", 40, 36, 50.4, 46, 50, 58)
    options = PrintOptions(size_mm=100, bed_mm=60)
    model = build_print_model(house + SCENE, rect(0, 0, 100, 50), options=options, with_parts=True)
    assert [t.name for t in model.tiles] == ["tile_1_1", "tile_1_2"]
    assert model.stats["tile_building_dropped_mm2"] == pytest.approx(0.4 * 10, rel=0.05)
    assert model.stats["tile_buildings_dropped_too_thin"] == 1
    right = model.tiles[1]
    assert "C" not in [p.meta.get("building_id") for p in right.parts]
    left = next(p for p in model.tiles[0].parts if p.meta.get("building_id") == "C")
    assert left.bounds()[1, 0] == pytest.approx(50.0, abs=1e-6)  # the house ends at the cut
    for tile in model.tiles:
        for part in tile.parts:
            checked = print_checks.Part(part.name, 2, part.vertices, part.faces, np.zeros(0))
            assert print_checks.feature_violations(checked, 0.8) == 0.0 and print_checks.bodies(part.faces) == 1
