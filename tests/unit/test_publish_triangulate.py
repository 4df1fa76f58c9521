"""Triangles of LoD2 polygons: areas, winding, holes (algorithms/publish/triangulate.py)."""
import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml.measures import polygon_batch
from nrw_digital_twin.algorithms.geometry3d import polygon_area_3d, polygon_normal
from nrw_digital_twin.algorithms.model import Polygon3D
from nrw_digital_twin.algorithms.publish.triangulate import triangle_areas, triangulate_batch


def lift(xy, tilt=0.6):
    """2D ring → 3D points on a tilted plane z = 5 + tilt·y (areas scale by sqrt(1 + tilt²))."""
    xy = np.asarray(xy, dtype=float)
    return np.column_stack([xy[:, 0], xy[:, 1], 5.0 + tilt * xy[:, 1]])


def triangles_of(polygons):
    batch = polygon_batch(polygons)
    result = triangulate_batch(batch)
    return batch, result


def centroid_in_ring(point, ring):
    """Even-odd test of a 2D point in a 2D ring."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, np.roll(ring, -1, axis=0)):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_every_polygon_of_the_fixture_tile_keeps_its_area_and_orientation(citygml_dir):
    polygons = [p for b in citygml.iter_buildings(str(citygml_dir / "LoD2_32_326_5727_1_NW.gml"))
                for s in b.surfaces for p in s.polygons]
    assert len(polygons) == 2401  # 389 roofs, 1580 walls, 238 ground, 151 closure surfaces (SOURCES.md)
    batch, result = triangles_of(polygons)
    assert result.degenerate == 0 and result.fanned == 0
    areas = np.bincount(result.triangle_polygon, weights=triangle_areas(batch.points, result.triangles),
                        minlength=len(polygons))
    reference = np.array([polygon_area_3d(p) for p in polygons])  # Newell, the canonical area
    # LoD2 rings are planar to a few millimetres; triangles of a slightly bent ring differ by that much.
    assert np.abs(areas - reference).max() < 0.02
    assert areas.sum() == pytest.approx(reference.sum(), rel=1e-5)
    points = batch.points
    tri = result.triangles
    normals = np.cross(points[tri[:, 1]] - points[tri[:, 0]], points[tri[:, 2]] - points[tri[:, 0]])
    expected = np.array([polygon_normal(polygons[i]) for i in result.triangle_polygon])
    assert (np.einsum("ij,ij->i", normals, expected) > 0).all()  # winding of the exterior ring kept
    # A simple ring of n points has n − 2 triangles; only zero-area slivers of repeated points go.
    expected_count = sum(len(p.exterior) - 2 for p in polygons)
    assert 0.995 * expected_count <= len(tri) <= expected_count


@pytest.mark.parametrize("reverse", [False, True])
def test_holes_are_left_open_and_the_winding_follows_the_exterior(reverse):
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    holes = [[(2, 2), (2, 4), (4, 4), (4, 2)], [(6, 5), (6, 8), (8, 8), (8, 5)], [(1, 7), (1, 9), (3, 8)]]
    exterior = square[::-1] if reverse else square
    polygon = Polygon3D(lift(exterior), [lift(h[::-1] if reverse else h) for h in holes])
    batch, result = triangles_of([polygon])
    area_2d = 100 - 4 - 6 - 2
    assert triangle_areas(batch.points, result.triangles).sum() == pytest.approx(area_2d * np.sqrt(1 + 0.36))
    absolute = batch.absolute
    centres = absolute[result.triangles].mean(axis=1)[:, :2]
    for centre in centres:
        assert centroid_in_ring(centre, np.array(square, float))
        assert not any(centroid_in_ring(centre, np.array(h, float)) for h in holes)
    normals = np.cross(absolute[result.triangles[:, 1]] - absolute[result.triangles[:, 0]],
                       absolute[result.triangles[:, 2]] - absolute[result.triangles[:, 0]])
    assert (np.sign(normals[:, 2]) == (-1 if reverse else 1)).all()


def test_a_concave_ring_and_a_hole_behind_a_reflex_corner():
    # A comb-like ground polygon: the hole's ray to +x hits an edge whose end is hidden behind a reflex corner.
    outer = [(0, 0), (20, 0), (20, 10), (12, 10), (12, 4), (10, 4), (10, 10), (0, 10)]
    hole = [(2, 6), (2, 8), (6, 8), (6, 6)]
    polygon = Polygon3D(lift(outer, 0.0), [lift(hole[::-1], 0.0)])
    batch, result = triangles_of([polygon])
    assert result.fanned == 0
    assert triangle_areas(batch.points, result.triangles).sum() == pytest.approx(200 - 12 - 8)
    centres = batch.absolute[result.triangles].mean(axis=1)[:, :2]
    assert all(centroid_in_ring(c, np.array(outer, float)) for c in centres)
    assert not any(centroid_in_ring(c, np.array(hole, float)) for c in centres)


def test_degenerate_polygons_are_counted_not_drawn():
    line = Polygon3D(np.array([[0, 0, 0], [1, 0, 0], [2, 0, 0]], float))
    roof = Polygon3D(lift([(0, 0), (4, 0), (4, 3), (0, 3)]))
    batch, result = triangles_of([line, roof])
    assert result.degenerate == 1
    assert set(result.triangle_polygon.tolist()) == {1}
