"""Closed solids from masked height grids (algorithms.printmesh.rtin / solid / raster): watertightness,
orientation, exact volumes and outlines, checked with trimesh and manifold3d (test-only packages)."""

from __future__ import annotations

import manifold3d
import numpy as np
import pytest
import trimesh

from nrw_digital_twin.algorithms.printmesh.raster import opening, remove_pinches
from nrw_digital_twin.algorithms.printmesh.rtin import triangulate
from nrw_digital_twin.algorithms.printmesh.solid import heightfield_solid
from nrw_digital_twin.algorithms.raster import inside_rings, rings_mask


def assert_closed_solid(vertices: np.ndarray, faces: np.ndarray) -> "trimesh.Trimesh":
    """Watertight, consistently wound, positive volume, accepted by manifold3d with the same volume."""
    mesh = trimesh.Trimesh(vertices, faces, process=True)
    assert mesh.is_watertight
    assert mesh.is_winding_consistent
    assert mesh.is_volume
    assert mesh.volume > 0
    solid = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=np.asarray(mesh.vertices, np.float32), tri_verts=np.asarray(mesh.faces, np.uint32)
        )
    )
    assert solid.status() == manifold3d.Error.NoError
    assert solid.volume() == pytest.approx(mesh.volume, rel=1e-4)
    return mesh


def top_projection_is_planar_partition(vertices, faces, mask_area):
    """Top faces (normal up) projected to xy: all counter-clockwise, summing to the mask's area, so no
    two top faces overlap — the top cannot intersect itself."""
    tri = vertices[faces]
    normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    up = normal[:, 2] > 1e-12
    areas = 0.5 * normal[up, 2]
    return bool((areas > 0).all()) and abs(areas.sum() - mask_area) < 1e-6 * max(mask_area, 1)


def test_flat_box_volume_and_bounds_are_exact():
    mask = np.ones((10, 20), dtype=bool)
    top = np.full((11, 21), 5.0)
    mesh = heightfield_solid(top, mask, 0.0, (0.0, 0.0), 0.5, 0.01)
    tm = assert_closed_solid(mesh.vertices, mesh.faces)
    assert tm.volume == pytest.approx(10 * 5 * 5.0)
    assert np.allclose(tm.bounds, [[0, 0, 0], [10, 5, 5]])
    assert mesh.volume() == pytest.approx(250.0)
    # a flat top collapses to a handful of triangles away from the outline
    assert len(mesh.faces) < 2 * 2 * 10 * 20


def test_random_heights_l_shape_with_hole_is_watertight_and_decimated():
    rng = np.random.default_rng(7)
    ny, nx = 120, 200
    mask = np.ones((ny, nx), dtype=bool)
    mask[60:, 100:] = False  # L
    mask[20:30, 20:45] = False  # hole
    yy, xx = np.mgrid[0 : ny + 1, 0 : nx + 1]
    top = 3 + np.sin(xx / 15.0) + np.cos(yy / 11.0) + 0.01 * rng.random((ny + 1, nx + 1))
    top[40:50, 130:160] += 8  # a block with vertical-ish sides
    fine = heightfield_solid(top, mask, 0.0, (0.0, 0.0), 0.2, 0.0)
    coarse = heightfield_solid(top, mask, 0.0, (0.0, 0.0), 0.2, 0.05)
    for mesh in (fine, coarse):
        tm = assert_closed_solid(mesh.vertices, mesh.faces)
        area = mask.sum() * 0.04
        assert top_projection_is_planar_partition(mesh.vertices, mesh.faces, area)
        bottom = tm.faces[(tm.face_normals[:, 2] < -0.99) & (tm.triangles_center[:, 2] < 1e-9)]
        assert tm.area_faces[
            (tm.face_normals[:, 2] < -0.99) & (tm.triangles_center[:, 2] < 1e-9)
        ].sum() == pytest.approx(area)
        assert len(bottom) > 0
    assert len(coarse.faces) < 0.6 * len(fine.faces)
    # the decimated top stays within the tolerance at the grid nodes it kept
    assert abs(coarse.volume() - fine.volume()) < 0.05 * mask.sum() * 0.04


def test_every_mask_boundary_is_refined_to_unit_edges():
    mask = np.zeros((16, 16), dtype=bool)
    mask[3:13, 2:9] = True
    faces = triangulate(np.zeros((17, 17)), mask, 0.0)
    edges = np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1)
    unique, counts = np.unique(edges, axis=0, return_counts=True)
    boundary = unique[counts == 1]
    iy0, ix0 = np.divmod(boundary[:, 0], 17)
    iy1, ix1 = np.divmod(boundary[:, 1], 17)
    assert (np.abs(ix0 - ix1) + np.abs(iy0 - iy1) == 1).all()
    assert len(boundary) == 2 * (10 + 7)


def test_pinch_points_are_removed_so_the_solid_stays_manifold():
    mask = np.zeros((6, 6), dtype=bool)
    mask[1:3, 1:3] = True
    mask[3:5, 3:5] = True  # touches the first block only at a corner
    cleaned, removed = remove_pinches(mask)
    assert removed == 1
    a, b, c, d = cleaned[:-1, :-1], cleaned[:-1, 1:], cleaned[1:, :-1], cleaned[1:, 1:]
    assert not ((a & d & ~b & ~c) | (b & c & ~a & ~d)).any()
    mesh = heightfield_solid(np.full((7, 7), 2.0), cleaned, 0.0, (0, 0), 1.0, 0.01)
    assert_closed_solid(mesh.vertices, mesh.faces)


def test_point_in_polygon_with_hole_and_cell_mask():
    outer = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], float)
    hole = np.array([[4, 4], [6, 4], [6, 6], [4, 6]], float)
    inside = inside_rings(np.array([1.0, 5.0, 9.9, 11.0]), np.array([1.0, 5.0, 9.9]), [outer, hole])
    assert inside.tolist() == [[True, True, True, False], [True, False, True, False], [True, True, True, False]]
    mask = rings_mask([outer, hole], (0.0, 0.0), 1.0, (10, 10))
    assert mask.sum() == 100 - 4


def test_opening_removes_slivers_keeps_wide_parts():
    mask = np.zeros((20, 20), dtype=bool)
    mask[2:10, 2:10] = True
    mask[12, 2:18] = True  # a 1-cell line
    kept = opening(mask, 4)
    assert kept[2:10, 2:10].all()
    assert not kept[12].any()


def test_is_closed_oriented_detects_holes_and_flipped_faces():
    from nrw_digital_twin.algorithms.printmesh.solid import Mesh, is_closed_oriented

    mask = np.ones((6, 9), dtype=bool)
    mesh = heightfield_solid(np.full((7, 10), 4.0), mask, 0.0, (0.0, 0.0), 1.0, 0.01)
    assert is_closed_oriented(mesh)
    assert not is_closed_oriented(Mesh(mesh.vertices, mesh.faces[1:]))  # a hole
    flipped = mesh.faces.copy()
    flipped[0] = flipped[0, ::-1]
    assert not is_closed_oriented(Mesh(mesh.vertices, flipped))  # one face the wrong way round
    assert not is_closed_oriented(Mesh(mesh.vertices, mesh.faces[:, ::-1]))  # inside out: negative volume


def test_preview_and_stl_round_trip(tmp_path):
    from nrw_digital_twin.algorithms.printmesh.preview import preview_image_stats, read_stl, render_preview
    from nrw_digital_twin.algorithms.printmesh.writers_stl import write_stl

    mask = np.ones((20, 30), dtype=bool)
    top = np.full((21, 31), 2.0)
    top[5:12, 8:20] = 9.0
    mesh = heightfield_solid(top, mask, 0.0, (0.0, 0.0), 1.0, 0.01)
    write_stl(mesh, tmp_path / "m.stl")
    back = read_stl(tmp_path / "m.stl")
    assert len(back.faces) == len(mesh.faces) and len(back.vertices) == len(mesh.vertices)
    assert back.volume() == pytest.approx(mesh.volume(), rel=1e-6)
    render_preview(back, tmp_path / "m.png", size=(300, 200))
    stats = preview_image_stats(tmp_path / "m.png")
    assert stats["shape"] == (200, 300, 3) and 0.2 < stats["drawn_share"] < 0.95
