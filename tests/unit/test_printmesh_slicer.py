"""Print models as a real slicer sees them (issue 16): PrusaSlicer's CLI slices every format of the full
194-building tile at 150 mm and 40 mm and of the Duisburg excerpt on its DGM1 inside an L-shaped area
with exaggeration 2; lib3mf reads every 3MF in strict mode. Geometry is checked on the written files
with tests/print_checks.py, never with the engine's own functions."""

from __future__ import annotations

import numpy as np
import print_checks
import pytest
import trimesh
from nrwtwin_testsupport import needs_gdal

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.printmesh import Dem, PrintOptions, build_print_model, write_model

FORMATS = ("STL", "3MF", "OBJ")
SCENARIOS = ("tile_150mm", "tile_40mm", "duisburg_l_dem_x2")
MIN_FEATURE_MM = 0.8
# solid infill, so every point of a footprint is extruded (sparse infill would leave holes to explain)
SOLID = ("--fill-density", "100%", "--fill-pattern", "rectilinear")


def _surfaces(path):
    return [s for record in citygml.iter_buildings(str(path)) for s in record.surfaces]


def _duisburg(data_dir):
    gdal, _ogr = needs_gdal()
    dataset = gdal.Open(str(data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif"))
    band = dataset.GetRasterBand(1)
    dem = Dem(band.ReadAsArray(), dataset.GetGeoTransform(), band.GetNoDataValue(), "dgm1")
    x0, dx, _, y0, _, dy = dem.geotransform
    rows, cols = dem.array.shape
    xa, xb, ya, yb = x0 + 2, x0 + cols * dx - 2, y0 + rows * dy + 2, y0 - 2
    xm, ym = (xa + xb) / 2, (ya + yb) / 2
    l_ring = np.array([[xa, ya], [xb, ya], [xb, ym], [xm, ym], [xm, yb], [xa, yb]])
    return [[l_ring]], dem


@pytest.fixture(scope="module")
def models(citygml_dir, data_dir):
    """Models are built once per scenario (lazily: the DEM scenario needs GDAL)."""
    cache = {}

    def get(scenario):
        if scenario not in cache:
            if scenario.startswith("tile"):
                surfaces = _surfaces(citygml_dir / "LoD2_32_326_5727_1_NW.gml")
                size = 150 if scenario == "tile_150mm" else 40
                cache[scenario] = build_print_model(surfaces, options=PrintOptions(size_mm=size), with_parts=True)
            else:
                outline, dem = _duisburg(data_dir)
                surfaces = _surfaces(citygml_dir / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")
                options = PrintOptions(size_mm=100, z_exaggeration=2.0)
                cache[scenario] = build_print_model(surfaces, outline, dem, options, with_parts=True)
        return cache[scenario]

    return get


@pytest.fixture(scope="module")
def sliced(models, tmp_path_factory):
    """(model, written files, slicer result, G-code) per scenario and format, each sliced once."""
    folder = tmp_path_factory.mktemp("sliced")
    cache = {}

    def get(scenario, fmt):
        if (scenario, fmt) not in cache:
            model = models(scenario)
            written = write_model(model, folder / f"{scenario}.{fmt.lower()}", fmt)
            extruders = 2 if fmt == "3MF" else 1
            result = print_checks.slice_with_prusaslicer(
                written[0], folder / f"{scenario}_{fmt}.gcode", extruders, SOLID
            )
            gcode = print_checks.read_gcode(result.gcode) if result.gcode else None
            cache[scenario, fmt] = (model, written, result, gcode)
        return cache[scenario, fmt]

    return get


def _parts(sliced, scenario):
    _model, written, _result, _gcode = sliced(scenario, "3MF")
    return print_checks.three_mf_parts(written[0])


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_prusaslicer_slices_without_errors_up_to_the_model_height(sliced, scenario, fmt):
    model, written, result, gcode = sliced(scenario, fmt)
    assert result.returncode == 0, result.output[-2000:]
    for problem in ("no extrusions in the first layer", "Empty layer"):
        assert problem not in result.output, result.output[-2000:]
    assert not [line for line in result.output.splitlines() if line.lower().startswith("error")]
    assert abs(gcode.max_z - model.height_mm) <= print_checks.LAYER_MM + 1e-6
    assert gcode.tools() == ({0, 1} if fmt == "3MF" else {0})


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_3mf_loads_as_one_object_with_one_body_per_building(sliced, scenario):
    model, written, _result, _gcode = sliced(scenario, "3MF")
    [info] = print_checks.prusaslicer_info(written[0])  # one object: parts keep their places
    parts = print_checks.three_mf_parts(written[0])
    buildings = [p for p in parts if p.extruder == 2]
    assert [p.name for p in parts if p.extruder == 1] == ["terrain"]
    assert len(buildings) == model.stats["buildings_printed"] > 0
    assert int(info["number_of_parts"]) == len(parts)  # every shell a part of its own: one body each
    assert float(info["max_z"]) == pytest.approx(model.height_mm, abs=1e-3)
    assert float(info["size_x"]) == pytest.approx(model.width_mm, abs=1e-3)
    assert float(info["size_y"]) == pytest.approx(model.depth_mm, abs=1e-3)
    report = print_checks.lib3mf_report(written[0])
    assert report["warnings"] == [] and report["build_items"] == 1 and report["mesh_objects"] == 1
    assert report["manifold"] and report["triangles"] == written.triangles


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_crumbs_in_the_written_files(sliced, scenario):
    """No building part, island or body narrower than 0.8 mm in the 3MF, and the one-piece STL/OBJ solids
    are one body each whose base has no sliver; the counts of the minimum-feature rule add up."""
    model, written, _result, _gcode = sliced(scenario, "3MF")
    for part in print_checks.three_mf_parts(written[0]):
        assert print_checks.bodies(part.faces) == 1, part.name
        assert print_checks.feature_violations(part, MIN_FEATURE_MM) == 0.0, part.name
    for fmt in ("STL", "OBJ"):
        _model, files, _result, _gcode = sliced(scenario, fmt)
        loaded = trimesh.load(str(files[0]), force="mesh", process=False)
        mesh = trimesh.Trimesh(np.asarray(loaded.vertices), np.asarray(loaded.faces), process=True)
        assert len(mesh.faces) == files.triangles == model.triangle_count
        assert print_checks.bodies(np.asarray(mesh.faces)) == 1
        base = print_checks.Part("base", 1, np.asarray(mesh.vertices), np.asarray(mesh.faces), np.zeros(0))
        assert print_checks.feature_violations(base, MIN_FEATURE_MM) == 0.0
    stats = model.stats
    accounted = (
        stats["buildings_printed"] + stats["buildings_merged"] + stats["buildings_dropped_too_thin"]
        + stats["buildings_outside_area"]
    )
    assert accounted == stats["buildings_in_input"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_building_footprint_is_printed_just_above_the_terrain(sliced, scenario, fmt, artifacts_dir):
    """Where each building stands, the two layers above the terrain hold its extrusions (the buildings'
    extruder 2 = T1 for the 3MF): no building is lost, buried, lowered or too low to show. The 3MF's
    G-code seen from above is kept as tests/artifacts/printmesh_<scenario>_gcode.png."""
    _model, _written, _result, gcode = sliced(scenario, fmt)
    if fmt == "3MF":
        print_checks.gcode_top_view(gcode, artifacts_dir / f"printmesh_{scenario}_gcode.png")
    shares = print_checks.footprint_coverage(_parts(sliced, scenario), gcode, tool=1 if fmt == "3MF" else None)
    worst = min(shares, key=shares.get)
    assert shares[worst] >= 0.99, (worst, shares[worst])


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_model_stays_where_it_was_designed(sliced, fmt):
    """--dont-arrange --center: the first layer's extrusions span the model's footprint moved as one piece."""
    _model, _written, _result, gcode = sliced("tile_40mm", fmt)
    parts = _parts(sliced, "tile_40mm")
    lo, _shape, offset = print_checks.model_frame(parts, 0.1)
    hi = np.concatenate([p.vertices for p in parts])[:, :2].max(axis=0)
    first = np.array([s[:4] for s in gcode.layers[0].segments])
    xs, ys = first[:, [0, 2]], first[:, [1, 3]]
    width = print_checks.NOZZLE_MM
    assert xs.min() == pytest.approx(lo[0] + offset[0] + width / 2, abs=0.3)
    assert xs.max() == pytest.approx(hi[0] + offset[0] - width / 2, abs=0.3)
    assert ys.min() == pytest.approx(lo[1] + offset[1] + width / 2, abs=0.3)
    assert ys.max() == pytest.approx(hi[1] + offset[1] - width / 2, abs=0.3)


def test_the_slicer_checks_can_fail(tmp_path, sliced):
    """The same checks on broken input: a part floating above the base gives PrusaSlicer's empty-layer
    warning, and footprints looked up with the terrain's extruder are not there."""
    floating = trimesh.util.concatenate(
        [trimesh.creation.box((10, 10, 2)), trimesh.creation.box((10, 10, 2)).apply_translation((0, 0, 5))]
    )
    floating.apply_translation((0, 0, 1))
    floating.export(str(tmp_path / "floating.stl"))
    result = print_checks.slice_with_prusaslicer(tmp_path / "floating.stl", tmp_path / "floating.gcode")
    assert result.returncode == 0 and "Empty layer" in result.output
    _model, _written, _result, gcode = sliced("tile_40mm", "3MF")
    shares = print_checks.footprint_coverage(_parts(sliced, "tile_40mm"), gcode, tool=0)
    assert np.mean(list(shares.values())) < 0.1


def test_feature_check_finds_a_crumb():
    """feature_violations measures what is narrower than the minimum: a 2 × 2 mm block with a 0.4 mm
    wide, 1 mm long tongue has 0.4 mm² of it."""
    from nrw_digital_twin.algorithms.printmesh.solid import heightfield_solid

    mask = np.zeros((20, 20), dtype=bool)
    mask[5:15, 5:15] = True  # 2 × 2 mm at 0.2 mm cells
    mask[9:11, 15:20] = True  # 0.4 × 1.0 mm tongue
    mesh = heightfield_solid(np.full((21, 21), 1.0), mask, 0.0, (0.0, 0.0), 0.2, 0.01)
    part = print_checks.Part("b", 2, mesh.vertices, mesh.faces, np.zeros(0))
    assert print_checks.feature_violations(part, MIN_FEATURE_MM) == pytest.approx(0.4, abs=0.06)
    assert print_checks.bodies(mesh.faces) == 1


@pytest.mark.slow
def test_3mf_slices_on_a_single_extruder_printer(sliced, tmp_path):
    """A printer with one extruder prints the buildings with it: PrusaSlicer maps extruder 2 to 1."""
    model, written, _result, _gcode = sliced("tile_40mm", "3MF")
    result = print_checks.slice_with_prusaslicer(written[0], tmp_path / "one.gcode", 1, SOLID)
    assert result.returncode == 0 and "Empty layer" not in result.output
    gcode = print_checks.read_gcode(result.gcode)
    assert gcode.tools() == {0} and abs(gcode.max_z - model.height_mm) <= print_checks.LAYER_MM
    shares = print_checks.footprint_coverage(_parts(sliced, "tile_40mm"), gcode, tool=0)
    assert min(shares.values()) >= 0.99
