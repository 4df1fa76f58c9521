"""Shading on synthetic scenes with known answers: sky view factor, a long wall, isolation, invariances."""

import math

import numpy as np
import pytest

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from nrw_digital_twin.algorithms.raster import Grid, RasterArray, cells_in_rings
from nrw_digital_twin.algorithms.solar import synthetic as syn
from nrw_digital_twin.algorithms.solar.irradiance import sky_components, sun_vectors
from nrw_digital_twin.algorithms.solar.potential import SUITABLE, SolarParameters, roof_solar_potential
from nrw_digital_twin.algorithms.solar.shading import distance_steps, sky_view_factor_term
from nrw_digital_twin.algorithms.solar.weather import synthetic_year

X0, Y0 = 350000.0, 5700000.0


@pytest.fixture(scope="module")
def weather():
    return synthetic_year(1000.0, 51.4, 7.0)


def by_id(result):
    return {r.surface.surface_id: r for r in result.roofs}


@pytest.mark.parametrize("tilt", [0.0, 10.0, 30.0, 45.0, 60.0, 90.0])
@pytest.mark.parametrize("aspect", [0.0, 135.0, 200.0])
def test_unobstructed_tilted_sky_view_factor_is_one_plus_cos_over_two(tilt, aspect):
    sectors = 72
    b, a = math.radians(tilt), math.radians(aspect)
    one = np.ones(1)
    total = (
        sum(
            sky_view_factor_term(
                np.zeros(1),
                2 * math.pi * k / sectors,
                math.cos(b) * one,
                math.sin(b) * one,
                math.cos(a) * one,
                math.sin(a) * one,
            )[0]
            for k in range(sectors)
        )
        / sectors
    )
    assert total == pytest.approx((1 + math.cos(b)) / 2, abs=2e-3)


def test_uniform_horizon_on_a_flat_plane_gives_cos_squared():
    # Dozier & Frew for a horizontal plane: V = mean(sin² H) = cos²(horizon elevation).
    h = np.array([20.0])
    one = np.ones(1)
    terms = [sky_view_factor_term(h, 2 * math.pi * k / 72, one, 0 * one, one, 0 * one)[0] for k in range(72)]
    assert np.mean(terms) == pytest.approx(math.cos(math.radians(20)) ** 2, rel=1e-9)


def test_distance_steps_grow_five_percent_to_300_m():
    d = distance_steps(1.0, 300.0)
    assert d[0] == 1.0 and d[-1] <= 300.0 and d[-1] > 300.0 / 1.06
    growth = d[1:] / d[:-1]
    assert np.all(growth[d[1:] > 25] == pytest.approx(1.05))
    assert 60 <= len(d) <= 90


def test_rasterisation_counts_cells_of_a_polygon_with_a_hole():
    square = np.array([[0.0, 0.0, 0], [10.0, 0, 0], [10, 10, 0], [0, 10, 0]])
    hole = np.array([[2.0, 2.0, 0], [2, 6, 0], [6, 6, 0], [6, 2, 0]])
    rows, cols = cells_in_rings([square, hole], Grid(0.5, 0, 20, 20, 20))
    assert len(rows) == 400 - 64
    rows, cols = cells_in_rings([square], Grid(1.0, -5, 10, 20, 10))
    assert len(rows) == 100 and cols.min() == 5 and cols.max() == 14


def test_isolated_buildings_are_not_shaded(weather):
    surfaces = syn.gable_building("A", X0, Y0, 12, 10, 6, 10) + syn.flat_building("B", X0 + 400, Y0, 10, 10, 8)
    result = roof_solar_potential(surfaces, weather, SolarParameters(resolution=0.5))
    assert len(result.roofs) == 3
    for roof in result.roofs:
        assert roof.shading_loss_pct < 1.0, roof.surface.surface_id
        assert roof.irradiation_kwh_m2 == pytest.approx(roof.irradiation_unshaded_kwh_m2, rel=0.01)
    south = by_id(result)["A_rs"]
    assert south.tilt_deg == pytest.approx(math.degrees(math.atan(4 / 5)), abs=0.1)
    assert south.azimuth_deg == pytest.approx(180.0, abs=0.1)
    assert south.solar_class == 1 and south.suitability == SUITABLE
    flat = by_id(result)["B_r"]
    # Flat roof: 40 % usable, irradiation ≈ GHI + nothing from the ground.
    assert flat.usable_area_m2 == pytest.approx(40.0)
    assert flat.irradiation_kwh_m2 == pytest.approx(1000.0, rel=0.01)
    assert flat.kwp == pytest.approx(40.0 * 0.21)
    assert flat.yield_kwh == pytest.approx(flat.kwp * flat.irradiation_kwh_m2 * 0.85)
    assert flat.co2_saved_kg == pytest.approx(flat.yield_kwh * 0.363)


def analytic_wall(weather, xs, ys, z, wall_y, wall_top, wall_x0, wall_x1, max_distance=300.0):
    """Annual beam+circumsolar (Wh/m²) on a horizontal point and its sky view factor behind a long wall.

    The wall's north face is the line y = wall_y from x0 to x1, top at ``wall_top``; the point (x, y, z)
    lies north of it. Sun blocked ⇔ it is in the south and tan(elevation) < (top − z) / distance.
    """
    comp = sky_components("perez", weather.dni, weather.dhi, weather.zenith, weather.dni_extra, weather.airmass)
    s = sun_vectors(weather.zenith, weather.azimuth)
    weight = (weather.dni + comp.circ_coef) * weather.hours * np.maximum(s[:, 2], 0)
    az = np.radians(weather.azimuth)
    tan_el = np.tan(np.radians(90 - weather.zenith))
    beams, svfs = [], []
    phi = np.radians(np.arange(0.0, 360.0, 0.05))
    for x, y in zip(xs, ys):
        dy = y - wall_y
        with np.errstate(divide="ignore", invalid="ignore"):
            dist = dy / -np.cos(az)  # horizontal distance to the wall line along the sun azimuth
            hit_x = x + dist * np.sin(az)
            blocked = (
                (-np.cos(az) > 0)
                & (dist <= max_distance)
                & (hit_x >= wall_x0)
                & (hit_x <= wall_x1)
                & (tan_el < (wall_top - z) / dist)
            )
        beams.append(weight[~blocked].sum())
        with np.errstate(divide="ignore", invalid="ignore"):
            dphi = dy / -np.cos(phi)
            hx = x + dphi * np.sin(phi)
            ok = (-np.cos(phi) > 0) & (dphi <= max_distance) & (hx >= wall_x0) & (hx <= wall_x1)
            horizon = np.where(ok, np.arctan((wall_top - z) / dphi), 0.0)
        svfs.append(np.mean(np.cos(horizon) ** 2))
    return np.array(beams), np.array(svfs), comp


def test_flat_roof_behind_a_long_wall_matches_the_analytic_answer(weather):
    # Roof 6 m × 6 m at 3 m; 10 m north of a 200 m long, 8 m deep block 15 m high.
    roof = syn.flat_building("R", X0, Y0, 6, 6, 3.0)
    wall = syn.flat_building("W", X0 - 97, Y0 - 18, 200, 8, 15.0)
    params = SolarParameters(resolution=0.5)
    result = roof_solar_potential(roof + wall, weather, params, keep_raster=True)
    got = by_id(result)["R_r"]
    # The same 144 cell centres, computed in closed form.
    centres = X0 + 0.25 + 0.5 * np.arange(12)
    xs, ys = np.meshgrid(centres, Y0 + 0.25 + 0.5 * np.arange(12))
    beam, svf, comp = analytic_wall(weather, xs.ravel(), ys.ravel(), 3.0, Y0 - 10, 15.0, X0 - 97, X0 + 103)
    iso = float(np.sum(comp.iso * weather.hours))
    expected = float(np.mean(beam + iso * svf)) / 1000  # horizontal: no horizon term, no ground term
    assert got.cells == 144
    assert got.sky_view_factor == pytest.approx(float(np.mean(svf)), abs=0.01)
    assert got.irradiation_kwh_m2 == pytest.approx(expected, rel=0.015)
    # The wall costs a lot, and the loss matches too.
    free = (
        float(np.sum((weather.dni + comp.circ_coef) * weather.hours * np.cos(np.radians(weather.zenith))) + iso) / 1000
    )
    assert got.irradiation_unshaded_kwh_m2 == pytest.approx(free, rel=0.002)
    assert got.shading_loss_pct == pytest.approx(100 * (1 - expected / free), abs=1.0)
    assert 10 < got.shading_loss_pct < 20 and got.suitability == "suitable"
    # Per cell: the row next to the wall (south) is darker than the northern row.
    model, raster = result.model, result.cell_irradiation
    cols = ((X0 + 0.25 + 0.5 * np.arange(12) - model.x0) / 0.5).astype(int)
    south_row = int((model.y0 - (Y0 + 0.25)) / 0.5)
    north_row = int((model.y0 - (Y0 + 5.75)) / 0.5)
    assert np.all(np.isfinite(raster[south_row, cols])) and np.all(np.isfinite(raster[north_row, cols]))
    assert raster[south_row, cols].mean() < raster[north_row, cols].mean() - 20
    assert np.mean(raster[north_row : south_row + 1][:, cols]) == pytest.approx(got.irradiation_kwh_m2, rel=1e-6)


def test_results_do_not_depend_on_input_order(weather):
    surfaces = syn.dense_tile(X0, Y0, size=120.0, spacing=15.0, seed=3)
    params = SolarParameters(resolution=1.0)
    a = by_id(roof_solar_potential(surfaces, weather, params))
    shuffled = list(surfaces)
    np.random.default_rng(1).shuffle(shuffled)
    b = by_id(roof_solar_potential(shuffled, weather, params))
    assert a.keys() == b.keys() and len(a) > 80
    for key in a:
        assert a[key].irradiation_kwh_m2 == b[key].irradiation_kwh_m2


def test_results_inside_an_area_do_not_depend_on_what_lies_beyond_the_margin(weather):
    near = syn.dense_tile(X0, Y0, size=150.0, spacing=15.0, seed=5)
    far = syn.dense_tile(X0 + 700, Y0 + 700, size=100.0, spacing=15.0, seed=6, prefix="F")  # > 300 m + margin away
    area = (X0 + 40, Y0 + 40, X0 + 110, Y0 + 110)
    params = SolarParameters(resolution=1.0)
    small = by_id(roof_solar_potential(near, weather, params, area=area))
    large = by_id(roof_solar_potential(near + far, weather, params))
    assert 20 < len(small) < len(large)
    for key, roof in small.items():
        assert roof.irradiation_kwh_m2 == pytest.approx(large[key].irradiation_kwh_m2, rel=1e-6)


def test_a_tree_raster_shades_and_ndom_is_recognised(weather):
    roof = syn.flat_building("R", X0, Y0, 6, 6, 3.0, z0=50.0)
    free = by_id(roof_solar_potential(roof, weather, SolarParameters(resolution=0.5)))["R_r"]
    ndom = np.zeros((60, 60), dtype=np.float32)
    ndom[24:29, 5:21] = 14.0  # a 14 m tree row 4–9 m south of the roof (raster origin X0−10, Y0+20)
    dom = RasterArray(ndom, (X0 - 10, 1.0, 0.0, Y0 + 20, 0.0, -1.0), None)
    progress = RecordingProgress()
    shaded = by_id(roof_solar_potential(roof, weather, SolarParameters(resolution=0.5), dom=dom, progress=progress))[
        "R_r"
    ]
    assert any("nDOM" in w for w in progress.warnings)
    assert shaded.irradiation_kwh_m2 < free.irradiation_kwh_m2 * 0.9


def test_no_roofs_is_a_clear_error(weather):
    walls = [s for s in syn.flat_building("A", X0, Y0, 5, 5, 3) if s.surface_type != "Roof"]
    with pytest.raises(NrwTwinError, match="no roof surfaces"):
        roof_solar_potential(walls, weather)
