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


def test_qgis_process_cityjson_and_source_crs(qgis_process, data_dir, tmp_path):
    """CityJSONSeq and a CityGML file without srsName (SOURCE_CRS) in one run, as a user would type it."""
    surfaces = tmp_path / "surfaces.gpkg"
    result = qgis_process.run_json(
        "nrwtwin:importcitygml",
        INPUT=data_dir / "citygml" / "other" / "karlsruhe_no_srsname_excerpt.gml",
        SOURCE_CRS="EPSG:31467",
        OUTPUT_BUILDINGS=tmp_path / "buildings.gpkg",
        OUTPUT_SURFACES=surfaces,
    )
    assert result["results"]["BUILDING_COUNT"] == 5 and result["results"]["SURFACE_COUNT"] == 39
    with sqlite3.connect(surfaces) as db:
        assert db.execute("select srs_id from gpkg_geometry_columns").fetchone()[0] == 31467
    result = qgis_process.run_json(
        "nrwtwin:importcitygml",
        INPUT=data_dir / "cityjson" / "3dbag_b2.city.jsonl",
        OUTPUT_BUILDINGS=tmp_path / "seq_b.gpkg",
        OUTPUT_SURFACES=tmp_path / "seq_s.gpkg",
    )
    assert (result["results"]["BUILDING_COUNT"], result["results"]["SURFACE_COUNT"]) == (2, 77)


def test_qgis_process_fails_with_a_message_and_nonzero_exit(qgis_process, citygml_dir, tmp_path):
    """A damaged .gml.gz and a file without srsName: exit status ≠ 0, one message, no traceback, no output."""
    import gzip

    damaged = tmp_path / "tile.gml.gz"
    damaged.write_bytes(gzip.compress((citygml_dir / "LoD2_32_332_5727_1_NW.gml").read_bytes())[:2000])
    out = tmp_path / "out"
    out.mkdir()
    (out / "buildings.gpkg").write_bytes(b"older")
    proc = qgis_process(
        "run", "nrwtwin:importcitygml", "--", f"INPUT={damaged}", f"OUTPUT_BUILDINGS={out / 'buildings.gpkg'}",
        f"OUTPUT_SURFACES={out / 'surfaces.gpkg'}", check=False,
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "tile.gml.gz is damaged" in text and "Traceback" not in text
    assert sorted(p.name for p in out.iterdir()) == ["buildings.gpkg"]
    assert (out / "buildings.gpkg").read_bytes() == b"older"
