"""Shading on the real LoD2 tile LoD2_32_326_5727_1_NW.gml (194 buildings, 389 roofs)."""

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.solar.potential import SHADED, SUITABLE, SolarParameters, roof_solar_potential, summary
from nrw_digital_twin.algorithms.solar.weather import synthetic_year

TILE = "LoD2_32_326_5727_1_NW.gml"


@pytest.fixture(scope="module")
def buildings(citygml_dir):
    return list(citygml.iter_buildings(str(citygml_dir / TILE)))


@pytest.fixture(scope="module")
def weather():
    return synthetic_year(1000.0, 51.6, 6.5)


@pytest.fixture(scope="module")
def tile_result(buildings, weather):
    surfaces = [s for b in buildings for s in b.surfaces]
    return roof_solar_potential(surfaces, weather, SolarParameters(resolution=1.0))


def boxes(buildings):
    out = {}
    for b in buildings:
        pts = np.concatenate([p.exterior for s in b.surfaces for p in s.polygons])
        out[b.building_id] = (pts[:, 0].min(), pts[:, 0].max(), pts[:, 1].min(), pts[:, 1].max(), pts[:, 2].max())
    return out


def test_every_roof_of_the_tile_gets_a_row(buildings, tile_result):
    n_roofs = sum(1 for b in buildings for s in b.surfaces if s.surface_type == "Roof")
    assert n_roofs == 389  # SOURCES.md
    assert len(tile_result.roofs) + len(tile_result.skipped) == n_roofs
    assert len(tile_result.skipped) == 0
    values = np.array([r.irradiation_kwh_m2 for r in tile_result.roofs])
    free = np.array([r.irradiation_unshaded_kwh_m2 for r in tile_result.roofs])
    assert np.all(values <= free + 1e-6)
    assert np.all(free <= tile_result.best_unshaded_kwh_m2 + 1.0)
    assert 600 < np.median(values) < 1150
    totals = summary(tile_result)
    assert 0 < totals["suitable_surfaces"] < totals["roof_surfaces"] == 389
    assert totals["yield_mwh"] == pytest.approx(
        sum(r.yield_kwh for r in tile_result.roofs if r.suitability == SUITABLE) / 1000
    )


def test_a_roof_just_north_of_a_taller_building_loses_and_recovers_without_it(buildings, weather, tile_result):
    info = boxes(buildings)
    pairs = []
    for roof in tile_result.roofs:
        if roof.cells < 20:
            continue
        pts = np.concatenate([p.exterior for p in roof.surface.polygons])
        x0, x1, y0, top = pts[:, 0].min(), pts[:, 0].max(), pts[:, 1].min(), pts[:, 2].max()
        for bid, (bx0, bx1, _by0, by1, bz) in info.items():
            # directly south (gap ≤ 5 m, overlapping in x) and more than 5 m higher than the roof's top
            if bid != roof.surface.building_id and -0.5 <= y0 - by1 <= 5 and bx1 > x0 and bx0 < x1 and bz > top + 5:
                pairs.append((bz - top, roof.surface.surface_id, bid))
    assert pairs, "the tile has roofs directly north of taller buildings"
    _dz, surface_id, blocker = max(pairs)
    before = {r.surface.surface_id: r for r in tile_result.roofs}[surface_id]
    assert before.shading_loss_pct > 5
    without = [s for b in buildings if b.building_id != blocker for s in b.surfaces]
    after = {
        r.surface.surface_id: r for r in roof_solar_potential(without, weather, SolarParameters(resolution=1.0)).roofs
    }[surface_id]
    assert after.irradiation_kwh_m2 > before.irradiation_kwh_m2 * 1.05
    assert after.shading_loss_pct < 1.0  # nothing else shades it
    assert after.irradiation_unshaded_kwh_m2 == pytest.approx(before.irradiation_unshaded_kwh_m2, rel=1e-9)


def test_tile_results_do_not_depend_on_input_order_or_area(buildings, weather, tile_result):
    surfaces = [s for b in buildings for s in b.surfaces]
    reversed_result = roof_solar_potential(surfaces[::-1], weather, SolarParameters(resolution=1.0))
    a = {r.surface.surface_id: r.irradiation_kwh_m2 for r in tile_result.roofs}
    b = {r.surface.surface_id: r.irradiation_kwh_m2 for r in reversed_result.roofs}
    assert a == b
    # A 300 m × 300 m area in the middle of the tile: same values for the roofs inside it.
    area = (326350.0, 5727350.0, 326650.0, 5727650.0)
    part = roof_solar_potential(surfaces, weather, SolarParameters(resolution=1.0), area=area)
    assert 10 < len(part.roofs) < len(tile_result.roofs)
    for roof in part.roofs:
        assert roof.irradiation_kwh_m2 == pytest.approx(a[roof.surface.surface_id], rel=1e-6)


def test_finer_resolution_agrees_on_average(buildings, weather, tile_result):
    surfaces = [s for b in buildings for s in b.surfaces]
    fine = {
        r.surface.surface_id: r for r in roof_solar_potential(surfaces, weather, SolarParameters(resolution=0.5)).roofs
    }
    big = [r for r in tile_result.roofs if r.cells >= 50]
    diffs = np.array([fine[r.surface.surface_id].irradiation_kwh_m2 / r.irradiation_kwh_m2 - 1 for r in big])
    assert abs(np.median(diffs)) < 0.01
    shaded = sum(1 for r in tile_result.roofs if r.suitability == SHADED)
    assert 0 < shaded < 100
