"""Building metrics on the real NRW fixtures against computations done independently in the test."""

from __future__ import annotations

import numpy as np
import pytest

from nrw_digital_twin.algorithms import citygml, metrics

LOD2_FILES = [
    "LoD2_32_332_5727_1_NW.gml",
    "LoD2_32_330_5731_1_NW.gml",
    "LoD2_32_326_5727_1_NW.gml",
    "LoD2_32_338_5706_1_NW_excerpt_2024.gml",
]


def svd_area(ring: np.ndarray) -> float:
    """Area of a planar 3D ring: project on its best-fit plane (SVD), then the shoelace formula."""
    centred = ring - ring.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    u, v = centred @ vt[0], centred @ vt[1]
    return 0.5 * abs(float(np.dot(u, np.roll(v, -1)) - np.dot(v, np.roll(u, -1))))


def independent_area(polygon) -> float:
    return svd_area(polygon.exterior) - sum(svd_area(h) for h in polygon.interiors)


def shoelace_2d(ring: np.ndarray) -> float:
    x, y = ring[:, 0] - ring[0, 0], ring[:, 1] - ring[0, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


@pytest.fixture(scope="module")
def records(citygml_dir):
    return {name: list(citygml.iter_buildings(citygml_dir / name)) for name in LOD2_FILES}


@pytest.mark.parametrize("name", LOD2_FILES)
def test_roof_and_facade_sums_within_0_1_percent(records, name):
    buildings = records[name]
    assert buildings
    roof = facade = 0.0
    for record in buildings:
        for surface in record.surfaces:
            area = sum(independent_area(p) for p in surface.polygons)
            if surface.surface_type == "Roof":
                roof += area
            elif surface.surface_type == "Wall":
                facade += area
    results = metrics.metrics_from_records(buildings)
    assert sum(m.roof_area_m2 for m in results) == pytest.approx(roof, rel=1e-3)
    assert sum(m.facade_area_m2 for m in results) == pytest.approx(facade, rel=1e-3)
    for m in results:  # the orientation classes add up to the totals
        parts = m.roof_area_n_m2 + m.roof_area_e_m2 + m.roof_area_s_m2 + m.roof_area_w_m2 + m.roof_area_flat_m2
        assert parts == pytest.approx(m.roof_area_m2, rel=1e-9)
        walls = m.facade_area_n_m2 + m.facade_area_e_m2 + m.facade_area_s_m2 + m.facade_area_w_m2
        assert walls == pytest.approx(m.facade_area_m2, rel=1e-6)


def test_measured_height_matches_the_file_for_single_part_buildings(records):
    checked = 0
    for buildings in records.values():
        for record in buildings:
            expected = record.attributes.get("measured_height")
            if expected is None or len({s.part_id for s in record.surfaces}) != 1:
                continue
            m = metrics.compute_building_metrics(record.building_id, record.surfaces)
            assert m.measured_height_m == pytest.approx(expected, abs=2e-3), record.building_id
            checked += 1
    assert checked > 100


def test_fixture_tile_332_5727(records):
    """The smallest real tile: 3 flat sheds (31001_2723) and one steep gable hut (31001_2082)."""
    results = {m.building_id: m for m in metrics.metrics_from_records(records["LoD2_32_332_5727_1_NW.gml"])}
    assert len(results) == 4
    assert all(m.shell_closed for m in results.values())
    hut = results["DENW34AL00021cja"]
    assert hut.function_de == "Hütte (ohne Übernachtungsmöglichkeit)" and hut.roof_type_de == "Satteldach"
    assert hut.roof_pitch_main_deg > 60.0 and hut.ridge_height_m > hut.eaves_height_m + 3.0
    sheds = [m for m in results.values() if m.function_code == "31001_2723"]
    assert len(sheds) == 3
    for shed in sheds:
        assert shed.roof_type_en == "flat roof"
        assert shed.roof_area_flat_m2 == pytest.approx(shed.roof_area_m2)
        assert shed.storeys_estimated == 1 and shed.storey_height_m == 4.0


def test_storeys_from_the_2024_file_win(records):
    results = metrics.metrics_from_records(records["LoD2_32_338_5706_1_NW_excerpt_2024.gml"])
    assert len(results) == 4
    for m in results:
        assert m.storeys_source == "file"
        assert m.gross_floor_area_m2 == pytest.approx(m.storeys_estimated * m.footprint_area_m2)
    assert sorted(m.storeys_estimated for m in results) == [1, 1, 1, 2]


def test_lod1_block_volumes_are_exact(citygml_dir):
    """Each LoD1 part is a prism: volume = ground area (shoelace) × height, to rounding error."""
    buildings = list(citygml.iter_buildings(citygml_dir / "LoD1_472_5757_1_NW.gml"))
    assert len(buildings) == 6
    for record in buildings:
        expected = 0.0
        for part in {s.part_id for s in record.surfaces}:
            surfaces = [s for s in record.surfaces if s.part_id == part]
            grounds = [p for s in surfaces if s.surface_type == "Ground" for p in s.polygons]
            zs = np.concatenate([p.exterior[:, 2] for s in surfaces for p in s.polygons])
            area = sum(shoelace_2d(p.exterior) - sum(shoelace_2d(h) for h in p.interiors) for p in grounds)
            expected += area * float(zs.max() - zs.min())
        m = metrics.compute_building_metrics(record.building_id, record.surfaces)
        assert m.shell_closed, record.building_id
        assert m.volume_m3 == pytest.approx(expected, rel=1e-9), record.building_id
        assert m.roof_area_flat_m2 == pytest.approx(m.roof_area_m2)
