"""DHHN2016 → ellipsoidal heights (GCG2016) → ECEF, and back (algorithms/publish/quasigeoid.py, georef.py)."""
import struct
from pathlib import Path

import numpy as np
import pyproj
import pytest
from nrwtwin_testsupport import needs_gdal

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.publish import quasigeoid
from nrw_digital_twin.algorithms.publish.georef import Georeferencer

DEBIAN_PROJ = "/usr/share/proj"
# Height anomalies read from the official grid de_bkg_gcg2016.tif (PROJ-data 1.24, sha256 598f1832…)
# with PROJ 9.1.1 vgridshift; see tests/data/SOURCES.md ("GCG2016 reference values").
REFERENCE = [
    ("Münster, Dom", 7.6256, 51.9626, 44.2117),
    ("Köln, Dom", 6.9581, 50.9413, 46.4855),
    ("tile 32_326_5727, centre", 6.490838, 51.671647, 44.3745),
    ("Aachen", 6.0839, 50.7753, 46.3026),
    ("Minden", 8.9167, 52.2894, 43.6280),
]


@pytest.mark.parametrize("name,lon,lat,zeta", REFERENCE, ids=[r[0] for r in REFERENCE])
def test_bundled_nrw_nodes_give_the_official_height_anomaly(name, lon, lat, zeta):
    value = quasigeoid.bundled_grid().interpolate([lon], [lat])[0]
    assert value == pytest.approx(zeta, abs=0.0006)  # the file's 0.1 mm and our 1 mm rounding


def write_gtx(path, grid):
    """The grid as a PROJ .gtx file (header: south, west, dlat, dlon, rows, cols; rows south → north)."""
    rows, cols = grid.values.shape
    south = grid.north - (rows - 1) * grid.dlat
    header = struct.pack(">4d2i", south, grid.west, grid.dlat, grid.dlon, rows, cols)
    values = np.where(np.isfinite(grid.values), grid.values, -88.8888)[::-1].astype(">f4")
    path.write_bytes(header + values.tobytes())


def test_our_bilinear_interpolation_is_projs_vgridshift(tmp_path):
    grid = quasigeoid.bundled_grid()
    write_gtx(tmp_path / "nrw.gtx", grid)
    shift = quasigeoid.proj_grid_shift(str(tmp_path / "nrw.gtx"))
    assert shift is not None
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(6.2, 9.3, 3000), rng.uniform(50.4, 52.4, 3000)
    ours, projs = grid.interpolate(lon, lat), shift(lon, lat)
    both = np.isfinite(ours) & np.isfinite(projs)
    assert both.sum() > 2800  # the box reaches into the Netherlands, where GCG2016 has no nodes
    assert np.abs(ours[both] - projs[both]).max() < 1e-5  # float32 of the .gtx


def test_the_encoded_grid_decodes_to_within_half_a_millimetre():
    grid = quasigeoid.NodeGrid(6.0, 52.0, 0.5, 0.25, np.array([[44.1234, np.nan, 45.0], [43.98761, 44.5, np.nan]]))
    arrays = quasigeoid.encode_grid(grid, "test")
    back = quasigeoid.decode_grid(arrays)
    assert np.array_equal(np.isnan(back.values), np.isnan(grid.values))
    assert np.nanmax(np.abs(back.values - grid.values)) <= 0.0005


def test_projs_own_gcg2016_grid_is_preferred_when_proj_has_it(tmp_path):
    gdal, _ogr = needs_gdal()
    grid = quasigeoid.bundled_grid()
    rows, cols = grid.values.shape
    path = str(tmp_path / quasigeoid.PROJ_GRID)
    dataset = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Float32)
    # GDAL georeferences pixel corners; the grid's nodes are the pixel centres (as in PROJ-data's file).
    dataset.SetGeoTransform((grid.west - grid.dlon / 2, grid.dlon, 0, grid.north + grid.dlat / 2, 0, -grid.dlat))
    dataset.SetProjection(pyproj.CRS("EPSG:4258").to_wkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-32768)
    band.WriteArray(np.where(np.isfinite(grid.values), grid.values, -32768).astype(np.float32))
    dataset = None
    previous = pyproj.datadir.get_data_dir()
    pyproj.datadir.append_data_dir(str(tmp_path))
    try:
        anomaly = quasigeoid.height_anomaly()
        values = anomaly(np.array([7.6256, 6.0839]), np.array([51.9626, 50.7753]))
    finally:
        pyproj.datadir.set_data_dir(previous)
    assert quasigeoid.PROJ_GRID in anomaly.source
    assert values == pytest.approx([44.2117, 46.3026], abs=0.0006)
    assert "bundled" in quasigeoid.height_anomaly().source  # and back without it


def test_points_outside_gcg2016_use_egm96_and_are_reported():
    previous = pyproj.datadir.get_data_dir()
    if quasigeoid.proj_grid_shift(quasigeoid.EGM96_GRID) is None and Path(DEBIAN_PROJ, "egm96_15.gtx").exists():
        # pip's pyproj (engine tier) searches only its own data folder; Debian's proj-data has the grid.
        pyproj.datadir.append_data_dir(DEBIAN_PROJ)
    try:
        anomaly = quasigeoid.height_anomaly()
        if anomaly.fallback is None:
            pytest.fail("PROJ's egm96_15.gtx (Debian proj-data) is missing: run 'make setup'")
        paris = anomaly(np.array([2.35]), np.array([48.85]))[0]
    finally:
        pyproj.datadir.set_data_dir(previous)
    assert 44.0 < paris < 46.0  # EGM96 at Paris ≈ 44.6 m
    assert anomaly.fallback_points == 1 and "EGM96" in anomaly.fallback_message()


def test_no_source_at_all_is_a_clear_error():
    anomaly = quasigeoid.HeightAnomaly(quasigeoid.bundled_grid().interpolate, "bundled", fallback=None)
    with pytest.raises(NrwTwinError, match="outside the German quasigeoid"):
        anomaly(np.array([2.35]), np.array([48.85]))


def grs80_ecef(lon, lat, h):
    """Closed-form geodetic → ECEF on GRS80 (independent of pyproj)."""
    a, f = 6378137.0, 1 / 298.257222101
    e2 = f * (2 - f)
    phi, lam = np.radians(lat), np.radians(lon)
    n = a / np.sqrt(1 - e2 * np.sin(phi) ** 2)
    return np.column_stack([(n + h) * np.cos(phi) * np.cos(lam), (n + h) * np.cos(phi) * np.sin(lam),
                            (n * (1 - e2) + h) * np.sin(phi)])


def test_ecef_positions_and_back_within_a_millimetre():
    georef = Georeferencer("EPSG:25832")
    rng = np.random.default_rng(9)
    points = np.column_stack([rng.uniform(326000, 327000, 500), rng.uniform(5727000, 5728000, 500),
                              rng.uniform(15, 60, 500)])
    ecef = georef.ecef(points)
    lon, lat = pyproj.Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform(points[:, 0],
                                                                                                points[:, 1])
    zeta = quasigeoid.bundled_grid().interpolate(lon, lat)
    assert np.abs(zeta - 44.37).max() < 0.1  # the tile's quasigeoid: 44.3–44.4 m
    assert np.abs(ecef - grs80_ecef(lon, lat, points[:, 2] + zeta)).max() < 0.002
    back = georef.source_from_ecef(ecef)
    assert np.abs(back - points).max() < 1e-3


def test_the_local_frame_follows_grid_east_and_the_ellipsoid_normal():
    georef = Georeferencer("EPSG:25832")
    frame = georef.local_frame(326500.0, 5727500.0)
    assert np.allclose(frame.axes @ frame.axes.T, np.eye(3), atol=1e-12)
    points = np.array([[326500.0, 5727500.0, 0.0], [326600.0, 5727500.0, 0.0], [326500.0, 5727600.0, 0.0]])
    local = frame.to_local(georef.ecef(points))
    # 100 m along grid east / north: x resp. y ≈ 100 m (UTM scale ≈ 0.99997), the other ≈ 0.
    assert local[1, 0] - local[0, 0] == pytest.approx(100.0, abs=0.01)
    assert local[2, 1] - local[0, 1] == pytest.approx(100.0, abs=0.01)
    assert abs(local[1, 1] - local[0, 1]) < 0.001 and abs(local[2, 0] - local[0, 0]) < 0.001
    assert local[0, 2] == pytest.approx(44.37, abs=0.01)  # height 0 NHN = the quasigeoid above the ellipsoid
    matrix = np.array(frame.matrix()).reshape(4, 4).T
    assert np.allclose((matrix @ np.append(local[1], 1.0))[:3], georef.ecef(points[1:2])[0], atol=1e-6)
