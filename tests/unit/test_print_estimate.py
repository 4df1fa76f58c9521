"""The print estimate shown in the dock before a print model is built (algorithms/print_estimate.py)."""

import pytest

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.print_estimate import estimate_print


def test_dimensions_follow_scale_exaggeration_and_base():
    # 1000 m × 400 m at 250 mm: 0.25 mm per m → 250 × 100 mm, scale 1:4000;
    # height 4 mm base + 20 m relief · 0.25 mm/m · 3 = 19 mm.
    estimate = estimate_print(
        (300000.0, 5700000.0, 301000.0, 5700400.0), size_mm=250.0, z_exaggeration=3.0, base_mm=4.0, z_range_m=20.0
    )
    assert estimate.width_mm == pytest.approx(250.0)
    assert estimate.depth_mm == pytest.approx(100.0)
    assert estimate.height_mm == pytest.approx(19.0)
    assert estimate.scale_denominator == pytest.approx(4000.0)
    assert estimate.grid == (1250, 500)  # 0.2 mm cells
    assert estimate.stl_bytes == 84 + 50 * estimate.triangles


@pytest.mark.parametrize(
    "bounds, size_mm, outline_m, engine_triangles",
    [
        # nrwtwin:printmesh on the real LoD2 tile 32_326_5727 (no DEM), outlines of its buildings in each area.
        ((326300, 5727300, 326700, 5727700), 150, 1578, 58168),
        ((326000, 5727000, 327000, 5728000), 150, 7789, 74250),
        ((326300, 5727300, 326700, 5727500), 200, 552, 47962),
        ((326100, 5727100, 326900, 5727900), 100, 5870, 46268),
    ],
)
def test_triangle_estimate_matches_engine_runs(bounds, size_mm, outline_m, engine_triangles):
    estimate = estimate_print(bounds, size_mm=size_mm, building_outline_m=outline_m)
    assert estimate.triangles == pytest.approx(engine_triangles, rel=0.05)


def test_more_buildings_and_larger_prints_mean_more_triangles():
    box = (326000.0, 5727000.0, 326500.0, 5727500.0)
    few = estimate_print(box, size_mm=150, building_outline_m=500).triangles
    many = estimate_print(box, size_mm=150, building_outline_m=5000).triangles
    large = estimate_print(box, size_mm=300, building_outline_m=5000).triangles
    assert few < many < large


@pytest.mark.parametrize("size_mm", [5.0, 1500.0])
def test_sizes_the_engine_refuses_are_refused_here_too(size_mm):
    with pytest.raises(NrwTwinError, match="between 10 mm and 1000 mm"):
        estimate_print((326000.0, 5727000.0, 326500.0, 5727500.0), size_mm=size_mm)


def test_bad_options_name_the_parameter():
    with pytest.raises(NrwTwinError, match="Z_EXAGGERATION"):
        estimate_print((326000.0, 5727000.0, 326500.0, 5727500.0), z_exaggeration=0.0)
