"""One real qgis_process run of nrwtwin:importcitygml with two INPUT files, as a user would type it."""

from __future__ import annotations

import json
import sqlite3


def test_qgis_process_two_inputs(qgis_process, citygml_dir, tmp_path):
    buildings, surfaces = tmp_path / "buildings.gpkg", tmp_path / "surfaces.gpkg"
    proc = qgis_process(
        "--json",
        "run",
        "nrwtwin:importcitygml",
        "--",
        f"INPUT={citygml_dir / 'LoD2_32_332_5727_1_NW.gml'}",
        f"INPUT={citygml_dir / 'LoD2_32_338_5706_1_NW_excerpt_2024.gml'}",
        f"OUTPUT_BUILDINGS={buildings}",
        f"OUTPUT_SURFACES={surfaces}",
    )
    result = json.loads(proc.stdout[proc.stdout.find("{") :])
    assert result["results"]["BUILDING_COUNT"] == 8
    assert result["results"]["SURFACE_COUNT"] == 31 + 92
    assert result["results"]["SKIPPED_COUNT"] == 0
    # Read the GeoPackages with plain sqlite3 (independent of QGIS).
    with sqlite3.connect(surfaces) as db:
        table = db.execute("select table_name from gpkg_contents where data_type = 'features'").fetchone()[0]
        rows = dict(db.execute(f'select surface_type, count(*) from "{table}" group by surface_type').fetchall())
        srs = db.execute("select srs_id from gpkg_geometry_columns").fetchone()[0]
        columns = [r[1] for r in db.execute(f'pragma table_info("{table}")')]
    assert rows == {"Roof": 5 + 18, "Wall": 22 + 52, "Ground": 4 + 6, "Closure": 16}
    assert srs == 25832
    assert columns[2:11] == [
        "surface_id",
        "building_id",
        "part_id",
        "surface_type",
        "area_m2",
        "tilt_deg",
        "azimuth_deg",
        "z_min",
        "z_max",
    ]
    with sqlite3.connect(buildings) as db:
        table = db.execute("select table_name from gpkg_contents where data_type = 'features'").fetchone()[0]
        keys = {r[0] for r in db.execute(f'select municipality_key from "{table}"')}
    assert keys == {"05170048", "05112000"}
