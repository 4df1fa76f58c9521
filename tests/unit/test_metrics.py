"""Building metrics on synthetic buildings whose areas, pitches and volumes are known in closed form."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nrw_digital_twin.algorithms import metrics
from nrw_digital_twin.algorithms.errors import Canceled
from nrw_digital_twin.algorithms.measure import measure, plane_z_at, point_in_polygon, surface_z_at
from nrw_digital_twin.algorithms.model import Polygon3D, Surface
from nrw_digital_twin.algorithms.progress import RecordingProgress

ORIGIN = np.array([332000.0, 5727000.0, 30.0])  # UTM-sized coordinates, as in the NRW tiles


def rotate(points, angle_deg: float) -> np.ndarray:
    """Rotate (n, 3) points counter-clockwise (seen from above) about the local origin."""
    a = math.radians(angle_deg)
    rot = np.array([[math.cos(a), -math.sin(a), 0.0], [math.sin(a), math.cos(a), 0.0], [0.0, 0.0, 1.0]])
    return np.asarray(points, dtype=float) @ rot.T


def gable(w=10.0, d=8.0, h=6.0, r=3.0, angle=0.0, building_id="B1", part_id=None, origin=ORIGIN, drop=()):
    """A gable-roofed house, ridge along x (roofs face S and N when angle = 0), outward-oriented rings."""
    faces = {
        "ground": ("Ground", [(0, 0, 0), (0, d, 0), (w, d, 0), (w, 0, 0)]),
        "wall_s": ("Wall", [(0, 0, 0), (w, 0, 0), (w, 0, h), (0, 0, h)]),
        "wall_n": ("Wall", [(w, d, 0), (0, d, 0), (0, d, h), (w, d, h)]),
        "wall_e": ("Wall", [(w, 0, 0), (w, d, 0), (w, d, h), (w, d / 2, h + r), (w, 0, h)]),
        "wall_w": ("Wall", [(0, d, 0), (0, 0, 0), (0, 0, h), (0, d / 2, h + r), (0, d, h)]),
        "roof_s": ("Roof", [(0, 0, h), (w, 0, h), (w, d / 2, h + r), (0, d / 2, h + r)]),
        "roof_n": ("Roof", [(w, d, h), (0, d, h), (0, d / 2, h + r), (w, d / 2, h + r)]),
    }
    surfaces = []
    for name, (kind, points) in faces.items():
        if name in drop:
            continue
        ring = rotate(points, angle) + origin
        surfaces.append(Surface(f"{building_id}_{name}", building_id, part_id, kind, [Polygon3D(ring)]))
    return surfaces


def box(w=10.0, d=5.0, h=3.0, building_id="B2", part_id=None, origin=ORIGIN):
    return gable(w, d, h, 0.0, building_id=building_id, part_id=part_id, origin=origin)


def test_gable_house_areas_heights_pitch_volume():
    w, d, h, r = 10.0, 8.0, 6.0, 3.0
    m = metrics.compute_building_metrics("B1", gable(w, d, h, r))
    slope = math.hypot(d / 2, r)  # 5 m rafter
    assert m.roof_area_m2 == pytest.approx(2 * w * slope, rel=1e-12)
    assert m.roof_area_s_m2 == pytest.approx(w * slope)
    assert m.roof_area_n_m2 == pytest.approx(w * slope)
    assert m.roof_area_e_m2 == m.roof_area_w_m2 == m.roof_area_flat_m2 == 0.0
    assert m.facade_area_s_m2 == pytest.approx(w * h) and m.facade_area_n_m2 == pytest.approx(w * h)
    assert m.facade_area_e_m2 == pytest.approx(d * h + d * r / 2)
    assert m.facade_area_w_m2 == pytest.approx(d * h + d * r / 2)
    assert m.facade_area_m2 == pytest.approx(2 * w * h + 2 * (d * h + d * r / 2))
    assert m.footprint_area_m2 == pytest.approx(w * d)
    assert m.ground_z_m == pytest.approx(ORIGIN[2])
    assert m.eaves_height_m == pytest.approx(h) and m.ridge_height_m == pytest.approx(h + r)
    assert m.measured_height_m == pytest.approx(h + r)
    pitch = math.degrees(math.atan2(r, d / 2))  # 36.87°
    assert m.roof_pitch_min_deg == pytest.approx(pitch) and m.roof_pitch_max_deg == pytest.approx(pitch)
    assert m.roof_pitch_main_deg == pytest.approx(pitch)
    assert m.volume_m3 == pytest.approx(w * d * h + w * d * r / 2, rel=1e-9)  # 480 + 120
    assert m.shell_closed is True
    # residential (unknown function → 3 m): mean height 600/80 = 7.5 m → round(2.5) = 3 (half rounds up)
    assert m.storeys_estimated == 3 and m.storeys_source == "estimated" and m.storey_height_m == 3.0
    assert m.gross_floor_area_m2 == pytest.approx(3 * w * d)


@pytest.mark.parametrize(
    "angle, expected",
    [(90.0, ("e", "w")), (-90.0, ("w", "e")), (30.0, ("s", "n")), (60.0, ("e", "w")), (180.0, ("n", "s"))],
)
def test_roof_orientation_follows_rotation(angle, expected):
    """Rotating the house counter-clockwise by 90° turns the south roof to face east."""
    m = metrics.compute_building_metrics("B1", gable(angle=angle))
    first, second = expected
    assert getattr(m, f"roof_area_{first}_m2") == pytest.approx(50.0)
    assert getattr(m, f"roof_area_{second}_m2") == pytest.approx(50.0)
    assert m.roof_area_m2 == pytest.approx(100.0)
    assert m.volume_m3 == pytest.approx(600.0)


def test_flat_box_volume_exact_and_flat_roof():
    m = metrics.compute_building_metrics("B2", box(12.5, 7.0, 4.2))
    assert m.roof_area_flat_m2 == pytest.approx(12.5 * 7.0) == m.roof_area_m2
    assert m.volume_m3 == pytest.approx(12.5 * 7.0 * 4.2, rel=1e-10)
    assert m.roof_pitch_max_deg == pytest.approx(0.0, abs=1e-9)
    assert m.roof_pitch_main_deg == pytest.approx(0.0, abs=1e-9)
    assert m.eaves_height_m == pytest.approx(4.2) == m.ridge_height_m
    assert m.facade_area_m2 == pytest.approx(2 * (12.5 + 7.0) * 4.2)


def test_low_pitch_roof_counts_as_flat_but_steeper_does_not():
    # rise 0.7 m over 4 m: 9.9° → flat; rise 0.8 m: 11.3° → pitched
    flat = metrics.compute_building_metrics("B", gable(d=8.0, r=0.7))
    pitched = metrics.compute_building_metrics("B", gable(d=8.0, r=0.8))
    assert flat.roof_area_flat_m2 == pytest.approx(flat.roof_area_m2) and flat.roof_area_s_m2 == 0.0
    assert pitched.roof_area_flat_m2 == 0.0 and pitched.roof_area_s_m2 > 0.0


def test_open_shell_is_flagged():
    m = metrics.compute_building_metrics("B1", gable(drop=("wall_e",)))
    assert m.shell_closed is False
    # storeys then come from eaves/ridge: mean (6 + 9) / 2 = 7.5 m → 3
    assert m.storeys_estimated == 3


def test_two_parts_sum_volumes_and_areas():
    parts = gable(building_id="B", part_id="P1") + box(
        6.0, 4.0, 3.0, building_id="B", part_id="P2", origin=ORIGIN + [20.0, 0.0, -1.0]
    )
    m = metrics.compute_building_metrics("B", parts)
    assert m.part_count == 2
    assert m.volume_m3 == pytest.approx(600.0 + 72.0)
    assert m.shell_closed
    assert m.footprint_area_m2 == pytest.approx(80.0 + 24.0)
    assert m.ground_z_m == pytest.approx(ORIGIN[2] - 1.0)  # lowest ground point
    assert m.measured_height_m == pytest.approx(10.0)  # 39 − 29
    assert m.eaves_height_m == pytest.approx(3.0)  # the low part's flat roof
    assert m.roof_pitch_min_deg == pytest.approx(0.0, abs=1e-9)
    # 24 m² flat roof vs 100 m² at 36.87°: the main pitch is the gable's
    assert m.roof_pitch_main_deg == pytest.approx(math.degrees(math.atan2(3, 4)))


def test_main_pitch_is_the_modal_class_not_the_mean():
    tilts = [45.0, 45.2, 20.0, 60.0]
    areas = [40.0, 40.0, 30.0, 30.0]
    assert metrics.main_pitch(tilts, areas) == pytest.approx(45.1)
    assert metrics.main_pitch([3.0, 5.0], [1.0, 3.0]) == pytest.approx(4.5)
    assert metrics.main_pitch([], []) is None


@pytest.mark.parametrize(
    "azimuth, sector",
    [
        (0.0, "n"),
        (44.9, "n"),
        (45.0, "e"),
        (134.9, "e"),
        (135.0, "s"),
        (224.9, "s"),
        (225.0, "w"),
        (314.9, "w"),
        (315.0, "n"),
        (359.9, "n"),
        (None, None),
    ],
)
def test_orientation_sectors(azimuth, sector):
    assert metrics.orientation_of(azimuth) == sector


def test_storey_rules():
    assert metrics.estimate_storeys("31001_1010", 7.4) == (2, "estimated", 3.0)
    assert metrics.estimate_storeys("31001_2112", 7.4) == (2, "estimated", 4.0)
    assert metrics.estimate_storeys("31001_2112", 10.1) == (3, "estimated", 4.0)
    assert metrics.estimate_storeys("31001_2463", 2.6) == (1, "estimated", 4.0)  # never below 1
    assert metrics.estimate_storeys("51009_1610", 4.0) == (0, "none", None)  # canopy: no floors
    assert metrics.estimate_storeys("31001_1010", 7.4, storeys_from_file=4) == (4, "file", None)


def test_attributes_join_function_roof_type_words_and_file_storeys():
    attrs = metrics.normalize_attributes(
        [
            {"function": "31001_2000", "roof_type": "3100", "storeys": 2},
            {"roof_type": "1000.0", "storeys": "3", "measured_height": 9.0},
        ]
    )
    assert attrs == {"function": "31001_2000", "roof_types": ["3100", "1000"], "storeys": 3, "measured_height": 9.0}
    m = metrics.compute_building_metrics("B1", gable(), attrs)
    assert m.function_de == "Gebäude für Wirtschaft oder Gewerbe"
    assert m.function_en == "building for trade or business"
    assert (m.roof_type_code, m.roof_type_de, m.roof_type_en) == (
        "3100, 1000",
        "Satteldach, Flachdach",
        "gable roof, flat roof",
    )
    assert m.storeys_estimated == 3 and m.storeys_source == "file"
    assert m.gross_floor_area_m2 == pytest.approx(240.0)
    citygml_names = metrics.normalize_attributes([{"roofType": ["3200"], "storeysAboveGround": 1}])
    assert citygml_names["roof_types"] == ["3200"] and citygml_names["storeys"] == 1


def test_untyped_lod1_faces_are_classified_by_normal():
    typed = gable()
    untyped = [Surface(s.surface_id, s.building_id, s.part_id, "Solid", s.polygons) for s in typed]
    a = metrics.compute_building_metrics("B1", typed).as_dict()
    b = metrics.compute_building_metrics("B1", untyped).as_dict()
    for key in ("roof_area_m2", "facade_area_m2", "footprint_area_m2", "volume_m3", "eaves_height_m"):
        assert b[key] == pytest.approx(a[key])


def test_compute_metrics_groups_by_building_and_cancels():
    surfaces = gable(building_id="A") + box(building_id="B")
    result = metrics.compute_metrics(surfaces, {"B": {"function": "31001_2463"}})
    assert [m.building_id for m in result] == ["A", "B"]
    assert result[1].function_de == "Garage"
    assert list(result[0].as_dict()) == metrics.output_field_names()
    progress = RecordingProgress()
    progress.canceled = True
    with pytest.raises(Canceled):
        metrics.compute_metrics(surfaces, progress=progress)


# --- measuring ---------------------------------------------------------------------------------------------


def test_plane_z_on_a_roof_and_topmost_pick():
    surfaces = gable()
    roof_s = surfaces[5].polygons[0]
    x, y = ORIGIN[0] + 3.0, ORIGIN[1] + 2.0  # 2 m into the 4 m run of the south roof: rise 1.5 m
    assert plane_z_at(roof_s, x, y) == pytest.approx(ORIGIN[2] + 6.0 + 1.5)
    polygons = [p for s in surfaces for p in s.polygons]
    assert surface_z_at(polygons, x, y) == pytest.approx(ORIGIN[2] + 7.5)  # roof, not ground
    assert surface_z_at(polygons, x, ORIGIN[1] + 6.0) == pytest.approx(ORIGIN[2] + 7.5)  # north roof
    assert surface_z_at(polygons, ORIGIN[0] - 1.0, y) is None
    assert plane_z_at(surfaces[1].polygons[0], x, y) is None  # vertical wall


def test_point_in_polygon_respects_holes():
    outer = np.array([(0, 0, 0), (10, 0, 0), (10, 10, 0), (0, 10, 0)], dtype=float)
    hole = np.array([(4, 4, 0), (4, 6, 0), (6, 6, 0), (6, 4, 0)], dtype=float)
    polygon = Polygon3D(outer, [hole])
    assert point_in_polygon(2.0, 2.0, polygon)
    assert not point_in_polygon(5.0, 5.0, polygon)
    assert not point_in_polygon(11.0, 5.0, polygon)


def test_measure_3d_distance():
    m = measure((1.0, 2.0, 3.0), (4.0, 6.0, 15.0))
    assert m.distance_3d == pytest.approx(13.0)
    assert m.horizontal_distance == pytest.approx(5.0)
    assert m.height_difference == pytest.approx(12.0)
    assert m.slope_deg == pytest.approx(math.degrees(math.atan2(12, 5)))
