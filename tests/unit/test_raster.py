"""The engine's raster toolkit (algorithms/raster.py): rasteriser, samplers, IDW, summed-area table."""

import tracemalloc

import numpy as np
import pytest
from nrwtwin_testsupport import needs_gdal

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.printmesh.raster import idw_surface
from nrw_digital_twin.algorithms.raster import (
    ArrayRasterSink,
    Grid,
    RasterArray,
    cells_in_rings,
    idw,
    inside_rings,
    rings_mask,
    sample_bilinear,
    sample_nearest,
    summed_area_table,
)


def pnpoly(x, y, rings):
    """Reference: W. R. Franklin's loop, one point at a time (crossings west of the point, half-open in y)."""
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            (xa, ya), (xb, yb) = ring[i][:2], ring[(i + 1) % n][:2]
            if (ya <= y) != (yb <= y) and xa + (y - ya) / (yb - ya) * (xb - xa) < x:
                inside = not inside
    return inside


def star(cx, cy, r_out, r_in, points=7, phase=0.1):
    angles = phase + np.arange(2 * points) * np.pi / points
    radii = np.where(np.arange(2 * points) % 2 == 0, r_out, r_in)
    return np.column_stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)])


def shoelace(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def test_scanline_rasteriser_agrees_with_pnpoly_point_by_point():
    outer = star(50.0, 40.0, 30.0, 12.0)
    hole = star(50.0, 40.0, 8.0, 4.0, points=5)[::-1]
    rng = np.random.default_rng(3)
    xs = np.sort(rng.uniform(10, 90, 57))
    ys = rng.uniform(0, 80, 43)
    mask = inside_rings(xs, ys, [outer, hole])
    expected = np.array([[pnpoly(x, y, [outer, hole]) for x in xs] for y in ys])
    assert mask.sum() > 100
    np.testing.assert_array_equal(mask, expected)


def test_grid_cells_of_a_polygon_with_a_hole_match_its_area_and_do_not_depend_on_the_grid():
    outer = star(1000.0, 2000.0, 30.0, 12.0)
    hole = star(1000.0, 2000.0, 8.0, 4.0, points=5)
    grid = Grid.covering((900.0, 1900.0, 1100.0, 2100.0), 0.25)
    rows, cols = cells_in_rings([outer, hole], grid)
    assert len(rows) * 0.25**2 == pytest.approx(shoelace(outer) - shoelace(hole), rel=0.01)
    # Another window of the same cell size: the same cells, by global index.
    other = Grid.covering((980.0, 1950.0, 1300.0, 2030.0), 0.25)
    rows2, cols2 = cells_in_rings([outer, hole], other)
    here = set(zip(grid.top - rows, grid.col0 + cols))
    there = set(zip(other.top - rows2, other.col0 + cols2))
    in_rows = range(other.top - other.nrows + 1, other.top + 1)
    in_cols = range(other.col0, other.col0 + other.ncols)
    inside_other = {(t, c) for t, c in here if t in in_rows and c in in_cols}
    assert there == inside_other and len(there) > 1000
    np.testing.assert_array_equal(grid.x_of(cols[:5]), other.x_of(cols[:5] + grid.col0 - other.col0))


def test_rings_mask_of_nodes_and_centres():
    square = np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]])
    hole = np.array([[4.0, 4.0], [6.0, 4.0], [6.0, 6.0], [4.0, 6.0]])
    assert rings_mask([square, hole], (0.0, 0.0), 1.0, (12, 12)).sum() == 100 - 4
    # Nodes (offset 0): those on the west/south edges count, those on the east/north edges do not.
    assert rings_mask([square], (0.0, 0.0), 1.0, (12, 12), offset=0.0).sum() == 100


def test_a_ring_with_thousands_of_edges_over_a_large_grid_stays_small():
    ring = star(0.0, 0.0, 4000.0, 3900.0, points=2500)
    tracemalloc.start()
    mask = rings_mask([ring], (-4000.0, -4000.0), 4.0, (2000, 2000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert mask.sum() * 16.0 == pytest.approx(shoelace(ring), rel=0.01)
    assert peak < 150e6  # a dense rows × edges × columns test would need 2000 × 5000 × 2000 bytes


def test_samplers_on_a_plane_with_nodata_and_edges():
    x0, y0 = 500.0, 800.0
    rows, cols = np.mgrid[0:40, 0:50]
    cx, cy = x0 + (cols + 0.5) * 2.0, y0 - (rows + 0.5) * 2.0
    plane = (10.0 + 0.1 * cx - 0.05 * cy).astype(np.float32)
    plane[5, 7] = -9999.0
    raster = RasterArray(plane, (x0, 2.0, 0.0, y0, 0.0, -2.0), -9999.0, "dgm.tif")
    xs = np.array([501.0, 520.3, 598.9, 600.5, 499.0])
    ys = np.array([799.0, 760.2, 721.1, 800.5])
    near = sample_nearest(raster, xs, ys)
    assert near.dtype == np.float32 and near.shape == (4, 5)
    assert near[1, 1] == plane[int((800 - 760.2) // 2), int((520.3 - 500) // 2)]
    assert np.isnan(near[:, 3:]).all() and np.isnan(near[3]).all()
    bil = sample_bilinear(raster, xs[:3], ys[:3])
    expected = 10.0 + 0.1 * xs[:3][None, :] - 0.05 * ys[:3][:, None]
    np.testing.assert_allclose(bil[1:], expected[1:], atol=1e-4)  # bilinear reproduces a plane
    assert np.isnan(sample_bilinear(raster, np.array([515.0]), np.array([789.0]))).all()  # next to nodata
    rotated = RasterArray(plane, (x0, 2.0, 0.1, y0, 0.0, -2.0), None, "rotated.tif")
    with pytest.raises(NrwTwinError, match="rotated.tif"):
        sample_bilinear(rotated, xs, ys)


def test_idw_without_cutoff_is_shepard_over_all_points():
    rng = np.random.default_rng(1)
    points = rng.uniform(0, 100, (40, 2))
    values = rng.uniform(50, 80, 40)
    xs, ys = np.linspace(0, 100, 9), np.linspace(0, 100, 7)
    got = idw(points, values, xs, ys, power=2.0)
    gx, gy = np.meshgrid(xs, ys)
    d2 = (gx[..., None] - points[:, 0]) ** 2 + (gy[..., None] - points[:, 1]) ** 2
    w = 1.0 / np.maximum(d2, 1e-6)
    np.testing.assert_array_equal(got, (w * values).sum(-1) / w.sum(-1))


def test_idw_with_cutoff_uses_near_points_only_and_falls_back_far_away():
    rng = np.random.default_rng(2)
    points = np.concatenate([rng.uniform(0, 300, (200, 2)), rng.uniform(2000, 2100, (5, 2))])
    values = np.concatenate([rng.uniform(40, 60, 200), np.full(5, 200.0)])
    xs, ys = np.arange(-100, 2300, 20.0), np.arange(-100, 400, 20.0)
    got = idw(points, values, xs, ys, radius=150.0, smoothing_m2=25.0)
    gx, gy = np.meshgrid(xs, ys)
    d2 = (gx[..., None] - points[:, 0]) ** 2 + (gy[..., None] - points[:, 1]) ** 2 + 25.0
    near = d2 < 150.0**2
    w_near = np.where(near, 1.0 / d2, 0.0)
    w_all = 1.0 / d2
    with np.errstate(invalid="ignore"):
        expected = np.where(
            near.any(-1), (w_near * values).sum(-1) / w_near.sum(-1), (w_all * values).sum(-1) / w_all.sum(-1)
        )
    np.testing.assert_allclose(got, expected, rtol=1e-12)
    assert (~near.any(-1)).sum() > 100  # the fallback was exercised
    # A node depends only on its position: the same value, to the last bit, in another lattice.
    sub = idw(points, values, xs[10:14], ys[3:5], radius=150.0, smoothing_m2=25.0)
    np.testing.assert_array_equal(sub, got[3:5, 10:14])


def test_print_terrain_idw_of_50000_buildings_stays_small():
    # Before the shared IDW the print model built (64, 64, n) arrays: ~5 GB for 50,000 buildings.
    rng = np.random.default_rng(4)
    points = rng.uniform(0, 5000, (50_000, 2))
    values = 100.0 + points[:, 0] * 0.01
    tracemalloc.start()
    terrain = idw_surface(points, values, np.linspace(0, 5000, 301), np.linspace(0, 5000, 257))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert terrain.shape == (257, 301) and peak < 150e6
    assert np.all((terrain >= 100.0) & (terrain <= 150.0))
    assert terrain[:, -1].mean() > terrain[:, 0].mean() + 40  # follows the west–east slope


def test_summed_area_table_gives_box_sums():
    rng = np.random.default_rng(5)
    mask = rng.random((30, 40)) < 0.3
    table = summed_area_table(mask)
    for r0, r1, c0, c1 in ((0, 30, 0, 40), (3, 17, 5, 6), (10, 11, 0, 40), (29, 30, 39, 40)):
        box = table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0]
        assert box == mask[r0:r1, c0:c1].sum()
    values = rng.random((5, 6))
    assert summed_area_table(values, np.float64)[-1, -1] == pytest.approx(values.sum())


def test_array_sink_assembles_blocks_on_the_grid():
    grid = Grid.covering((100.0, 200.0, 110.0, 206.0), 0.5)
    sink = ArrayRasterSink()
    sink.open(grid)
    block_grid = Grid(0.5, grid.col0 + 4, grid.top - 2, 3, 2)
    sink.write(RasterArray(np.array([[1, np.nan, 3], [4, 5, 6]], np.float32), block_grid.geotransform()))
    sink.write(RasterArray(np.full((2, 3), np.nan, np.float32), block_grid.geotransform()))  # NaN keeps values
    raster = sink.raster
    assert raster.shape == (12, 20) and np.nansum(raster.array) == 19.0
    assert raster.array[2, 4] == 1.0 and np.isnan(raster.array[2, 5]) and raster.array[3, 6] == 6.0
    with pytest.raises(ValueError):
        sink.write(RasterArray(np.zeros((2, 2), np.float32), Grid(0.5, grid.col0 - 1, grid.top, 2, 2).geotransform()))


def test_container_reads_like_gdal(tmp_path):
    gdal, _ogr = needs_gdal()
    path = tmp_path / "dgm.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 5, 4, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((300.0, 1.0, 0.0, 700.0, 0.0, -1.0))
    dataset.GetRasterBand(1).WriteArray(np.arange(20, dtype=np.float32).reshape(4, 5))
    dataset = None
    dataset = gdal.Open(str(path))
    raster = RasterArray(dataset.GetRasterBand(1).ReadAsArray(), dataset.GetGeoTransform(), None, path.name)
    assert raster.extent() == (300.0, 696.0, 305.0, 700.0)
    assert sample_nearest(raster, np.array([302.5]), np.array([698.5]))[0, 0] == 7.0
