"""Print models of real NRW data: the Duisburg excerpt with its DGM1 cut-out and the full 194-building tile."""

from __future__ import annotations

import manifold3d
import numpy as np
import print_checks
import pytest
import trimesh
from nrwtwin_testsupport import needs_gdal

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.printmesh import Dem, PrintOptions, build_print_model, write_model
from nrw_digital_twin.algorithms.printmesh.preview import preview_image_stats, render_preview


def load(path):
    records = list(citygml.iter_buildings(str(path)))
    return records, [surface for record in records for surface in record.surfaces]


def read_dem(path) -> Dem:
    gdal, _ogr = needs_gdal()
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return Dem(band.ReadAsArray(), dataset.GetGeoTransform(), band.GetNoDataValue(), name=path.name)


def check_mesh(vertices, faces):
    mesh = trimesh.Trimesh(vertices, faces, process=True)
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.is_volume and mesh.volume > 0
    solid = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(mesh.vertices, np.float32), tri_verts=np.asarray(mesh.faces, np.uint32)
        )
    )
    assert solid.status() == manifold3d.Error.NoError
    return mesh


def test_duisburg_excerpt_on_dgm1(citygml_dir, data_dir, tmp_path, artifacts_dir):
    records, surfaces = load(citygml_dir / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")
    dem = read_dem(data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif")
    options = PrintOptions(size_mm=120, base_mm=3)
    model = build_print_model(surfaces, dem=dem, options=options, with_parts=True)
    assert max(model.width_mm, model.depth_mm) == pytest.approx(120, abs=0.1)
    # independent height: highest roof point above the DGM's lowest valid pixel, at the model's scale
    mm_per_m = 1000.0 / model.scale_denominator
    ridge = max(float(p.exterior[:, 2].max()) for s in surfaces for p in s.polygons)
    # the default area: the buildings' extent + 10 m, clipped to the DEM
    pts = np.concatenate([p.exterior for s in surfaces for p in s.polygons])
    x0, dx, _, y0, _, dy = dem.geotransform
    rows, cols = dem.array.shape
    box = (
        max(pts[:, 0].min() - 10, x0),
        max(pts[:, 1].min() - 10, y0 + rows * dy),
        min(pts[:, 0].max() + 10, x0 + cols * dx),
        min(pts[:, 1].max() + 10, y0),
    )
    cx = x0 + (np.arange(cols) + 0.5) * dx
    cy = y0 + (np.arange(rows) + 0.5) * dy
    inside = ((cx >= box[0]) & (cx <= box[2]))[None, :] & ((cy >= box[1]) & (cy <= box[3]))[:, None]
    lowest = dem.array[inside & (dem.array != dem.nodata)].min()
    expected = 3 + (ridge - lowest) * mm_per_m
    assert model.height_mm == pytest.approx(expected, abs=0.15)  # bilinear nodes vs pixel centres
    [stl] = write_model(model, tmp_path / "duisburg.stl", "STL")
    mesh = check_mesh(*(lambda m: (m.vertices, m.faces))(trimesh.load(str(stl), force="mesh")))
    assert mesh.extents[:2].max() == pytest.approx(120, abs=0.1)
    [path] = write_model(model, tmp_path / "duisburg.3mf", "3MF")
    parts = print_checks.three_mf_parts(path)
    names = [p.name for p in parts if p.name.startswith("building ")]
    assert sorted(n.split(" ", 1)[1] for n in names) == sorted(r.building_id for r in records)
    for part in parts:
        check_mesh(part.vertices, part.faces)
    png = artifacts_dir / "printmesh_duisburg.png"
    render_preview(model.tiles[0].solid, png, size=(400, 300))
    assert preview_image_stats(png)["drawn_share"] > 0.2


@pytest.mark.slow
def test_full_tile_accounts_for_all_194_buildings_and_an_l_shaped_area(citygml_dir, tmp_path):
    records, surfaces = load(citygml_dir / "LoD2_32_326_5727_1_NW.gml")
    assert len(records) == 194
    model = build_print_model(surfaces, options=PrintOptions(size_mm=150), with_parts=True)
    stats = model.stats
    # every building is printed, or merged into the neighbour it is wedged against (too thin to stand alone)
    assert (stats["buildings_printed"], stats["buildings_merged"], stats["buildings_dropped_too_thin"]) == (192, 2, 0)
    assert stats["buildings_outside_area"] == 0
    [path] = write_model(model, tmp_path / "tile.3mf", "3MF")
    parts = print_checks.three_mf_parts(path)
    assert len([p for p in parts if p.name.startswith("building ")]) == 192
    assert parts[-1].name == "terrain"
    check_mesh(model.tiles[0].solid.vertices, model.tiles[0].solid.faces)
    # an L-shaped area over the tile: the base follows the L and only buildings inside it remain
    xs = np.concatenate([p.exterior[:, 0] for s in surfaces for p in s.polygons])
    ys = np.concatenate([p.exterior[:, 1] for s in surfaces for p in s.polygons])
    x0, y0, x1, y1 = xs.min(), ys.min(), xs.max(), ys.max()
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    l_ring = np.array([[x0, y0], [x1, y0], [x1, ym], [xm, ym], [xm, y1], [x0, y1]])
    model = build_print_model(surfaces, [[l_ring]], options=PrintOptions(size_mm=150))
    mesh = check_mesh(model.tiles[0].solid.vertices, model.tiles[0].solid.faces)
    s = 1000.0 / model.scale_denominator
    l_area = ((x1 - x0) * (ym - y0) + (xm - x0) * (y1 - ym)) * s * s
    bottom = (mesh.face_normals[:, 2] < -0.99) & (mesh.triangles_center[:, 2] < 1e-9)
    assert mesh.area_faces[bottom].sum() == pytest.approx(l_area, rel=0.005)
    centres = mesh.triangles_center[bottom]
    notch = (centres[:, 0] > (xm - x0) * s + 0.3) & (centres[:, 1] > (ym - y0) * s + 0.3)
    assert not notch.any()
    inside = 0
    for record in records:
        pts = np.concatenate([p.exterior for srf in record.surfaces for p in srf.polygons])
        cx, cy = pts[:, 0].mean(), pts[:, 1].mean()
        inside += not (cx > xm and cy > ym)
    assert abs(model.stats["buildings_printed"] - inside) <= 3  # buildings cut by the notch's edges may go either way
