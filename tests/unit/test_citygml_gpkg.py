"""The engine's direct GeoPackage writer (algorithms/citygml/gpkg.py), read back with plain sqlite3/struct."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import numpy as np
import pytest
from nrwtwin_testsupport import needs_gdal

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml import gpkg
from nrw_digital_twin.algorithms.errors import OutputWriteError

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
SRS = gpkg.SrsDefinition(25832, "EPSG", 25832, "ETRS89 / UTM zone 32N", 'PROJCS["ETRS89 / UTM zone 32N"]')
SURFACE_COLUMNS = [
    ("surface_id", "text"),
    ("building_id", "text"),
    ("part_id", "text"),
    ("surface_type", "text"),
    ("area_m2", "real"),
    ("tilt_deg", "real"),
    ("azimuth_deg", "real"),
    ("z_min", "real"),
    ("z_max", "real"),
    ("lod", "integer"),
]


def decode(blob):
    """GeoPackage header fields and the rings of the MultiPolygonZ WKB behind it."""
    magic, version, flags, srs_id = struct.unpack_from("<2sBBi", blob, 0)
    envelope = struct.unpack_from("<6d", blob, 8)
    offset = 8 + 48
    _order, kind, n_polygons = struct.unpack_from("<BII", blob, offset)
    offset += 9
    rings = []
    for _ in range(n_polygons):
        _o, _k, n_rings = struct.unpack_from("<BII", blob, offset)
        offset += 9
        for _ in range(n_rings):
            (n,) = struct.unpack_from("<I", blob, offset)
            rings.append(np.frombuffer(blob, "<f8", n * 3, offset + 4).reshape(n, 3))
            offset += 4 + 24 * n
    assert offset == len(blob)
    return magic, version, flags, srs_id, envelope, kind, rings


def batches(path):
    report = citygml.ReadReport()
    return list(citygml.iter_batches([str(path)], report=report)), report


def test_surfaces_table_round_trip(tmp_path):
    found, report = batches(DATA / "LoD2_32_326_5727_1_NW.gml")
    buildings = [b for batch in found for b in batch.records()]
    target = tmp_path / "s.gpkg"
    with gpkg.GeoPackageWriter() as writer:
        key = writer.add_layer(str(target), "s", SURFACE_COLUMNS, SRS)
        for batch in found:
            rows, envelopes = batch.surface_rows(SRS.srs_id)
            writer.add(key, rows, envelopes.tolist())
    assert [p.name for p in tmp_path.iterdir()] == ["s.gpkg"]  # written where it was asked to
    surfaces = [s for b in buildings for s in b.surfaces]
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200
        assert db.execute("SELECT * FROM gpkg_geometry_columns").fetchall() == [
            ("s", "geom", "MULTIPOLYGON", 25832, 1, 0)
        ]
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == report.surfaces == 2358
        rows = db.execute("SELECT fid, geom, surface_id, area_m2, tilt_deg, lod FROM s ORDER BY fid").fetchall()
        index = dict((r[0], r[1:]) for r in db.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_s_geom"))
        contents = db.execute("SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents").fetchone()
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        # SQLite's own consistency check of the bulk-loaded R*Tree (containment, _rowid/_parent maps, depth).
        assert db.execute("SELECT rtreecheck('rtree_s_geom')").fetchone()[0] == "ok"
        box = (326300.0, 326500.0, 5727300.0, 5727600.0)
        query = "SELECT id FROM rtree_s_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"
        hits = {r[0] for r in db.execute(query, (box[0], box[1], box[2], box[3]))}
    assert len(rows) == len(surfaces) == len(index)
    assert "rtree_s_geom_insert" in triggers and "trigger_insert_feature_count_s" in triggers
    for (fid, blob, sid, area, tilt, lod), surface in zip(rows, surfaces):
        magic, version, flags, srs_id, envelope, kind, rings = decode(blob)
        assert (magic, version, flags, srs_id, kind) == (b"GP", 0, 5, 25832, 1006)
        expected = [ring for polygon in surface.polygons for ring in polygon.rings()]
        assert len(rings) == len(expected)
        for got, ring in zip(rings, expected):
            assert np.array_equal(got[:-1], ring) and np.array_equal(got[-1], ring[0])  # closed in WKB
        points = np.concatenate(expected)
        lo, hi = points.min(axis=0), points.max(axis=0)
        assert envelope == (lo[0], hi[0], lo[1], hi[1], lo[2], hi[2])
        # R*Tree boxes are float32, rounded outwards.
        minx, maxx, miny, maxy = index[fid]
        assert minx <= lo[0] and maxx >= hi[0] and miny <= lo[1] and maxy >= hi[1]
        assert maxx - minx == pytest.approx(hi[0] - lo[0], abs=0.25)  # float32 step at 326 km: 1/32 m
        assert (sid, area, tilt, lod) == (surface.surface_id, surface.area_m2, surface.tilt_deg, surface.lod)
    # The index finds exactly the surfaces whose box meets the query box (computed here from the polygons).
    expected_hits = set()
    for fid, surface in enumerate(surfaces, 1):
        points = np.concatenate([r for p in surface.polygons for r in p.rings()])
        if points[:, 0].max() >= box[0] and points[:, 0].min() <= box[1]:
            if points[:, 1].max() >= box[2] and points[:, 1].min() <= box[3]:
                expected_hits.add(fid)
    assert hits == expected_hits and 10 < len(hits) < len(surfaces) // 2
    all_points = np.concatenate([r for s in surfaces for p in s.polygons for r in p.rings()])
    assert contents[:4] == pytest.approx(
        (all_points[:, 0].min(), all_points[:, 1].min(), all_points[:, 0].max(), all_points[:, 1].max())
    )
    assert contents[4] == 25832


def test_buildings_table_footprint_envelope_and_json(tmp_path):
    found, _ = batches(DATA / "LoD2_32_338_5706_1_NW_excerpt_2024.gml")
    buildings = [b for batch in found for b in batch.records()]
    target = tmp_path / "b.gpkg"
    columns = [("building_id", "text"), ("footprint_area", "real"), ("shell_closed", "boolean"), ("n_parts", "integer")]
    names = [name for name, _kind in columns]
    with gpkg.GeoPackageWriter() as writer:
        key = writer.add_layer(str(target), "b", columns + [("generic_attributes", "text")], SRS)
        for batch in found:
            writer.add(key, *batch.building_rows(names, SRS.srs_id))
    with sqlite3.connect(target) as db:
        rows = db.execute("SELECT geom, building_id, shell_closed, generic_attributes FROM b ORDER BY fid").fetchall()
    assert [r[1] for r in rows] == [b.building_id for b in buildings]
    for (blob, _bid, closed, generic), building in zip(rows, buildings):
        *_head, envelope, _kind, rings = decode(blob)
        points = np.concatenate([r for p in building.footprint for r in p.rings()])
        assert envelope[:4] == (points[:, 0].min(), points[:, 0].max(), points[:, 1].min(), points[:, 1].max())
        assert len(rings) == sum(len(p.rings()) for p in building.footprint)
        assert closed == 1 and "Gemeindeschluessel" in generic


@pytest.mark.parametrize("count", [1, 51, 52, 5000])
def test_bulk_loaded_rtree_equals_brute_force_and_stays_editable(tmp_path, count):
    rng = np.random.default_rng(count)
    x, y = rng.uniform(300000, 310000, count), rng.uniform(5700000, 5710000, count)
    boxes = np.column_stack([x, x + rng.uniform(0, 50, count), y, y + rng.uniform(0, 50, count)])
    ids = np.arange(1, count + 1) * 7
    db = sqlite3.connect(tmp_path / "r.db")
    db.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    gpkg.bulk_load_rtree(db, "r", ids, boxes)
    db.commit()
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM r").fetchone()[0] == count
    for qx, qy in rng.uniform(0, 10000, (20, 2)):
        q = (300000 + qx, 300000 + qx + 800, 5700000 + qy, 5700000 + qy + 800)
        got = {
            r[0] for r in db.execute("SELECT id FROM r WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?", q)
        }
        inside = (boxes[:, 1] >= q[0]) & (boxes[:, 0] <= q[1]) & (boxes[:, 3] >= q[2]) & (boxes[:, 2] <= q[3])
        assert got == set(ids[inside].tolist())
    db.execute("INSERT INTO r VALUES (1, 0, 1, 0, 1)")
    db.execute("DELETE FROM r WHERE id = 7")
    db.commit()
    assert db.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    db.close()


def test_failed_write_removes_what_it_wrote_and_names_the_file(tmp_path):
    target = tmp_path / "s.gpkg"
    writer = gpkg.GeoPackageWriter()
    key = writer.add_layer(str(target), "s", SURFACE_COLUMNS, SRS)
    with pytest.raises(OutputWriteError, match="s.gpkg"):
        writer.add(key, [(b"GP", "only two values")], [None])  # wrong number of values → sqlite error
    assert list(tmp_path.iterdir()) == []


def test_exception_inside_the_writer_removes_the_file(tmp_path):
    found, _ = batches(DATA / "LoD2_32_332_5727_1_NW.gml")
    with pytest.raises(KeyboardInterrupt):
        with gpkg.GeoPackageWriter() as writer:
            key = writer.add_layer(str(tmp_path / "s.gpkg"), "s", SURFACE_COLUMNS, SRS)
            rows, envelopes = found[0].surface_rows(SRS.srs_id)
            writer.add(key, rows, envelopes.tolist())
            assert (tmp_path / "s.gpkg").exists()
            raise KeyboardInterrupt  # e.g. a cancel in the middle of the import
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "error, expected",
    [
        (sqlite3.OperationalError("database or disk is full"), "Not enough space on the disk for"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "No permission to write"),
        (sqlite3.OperationalError("no such table: x"), "Could not write .*no such table"),
    ],
)
def test_sqlite_errors_become_messages_naming_the_file(tmp_path, error, expected):
    message = str(gpkg.write_failure(error, str(tmp_path / "out.gpkg")))
    assert "out.gpkg" in message
    assert __import__("re").search(expected, message)


def test_building_without_footprint_gets_an_empty_geometry_and_no_index_entry(tmp_path):
    """Only walls (no ground, no roof): an empty MultiPolygonZ (GeoPackage 'empty' flag), not indexed."""
    text = (DATA / "LoD2_32_332_5727_1_NW.gml").read_text(encoding="utf-8")
    first = text.index("</bldg:Building>")
    head, rest = text[:first], text[first:]
    for kind in ("RoofSurface", "GroundSurface"):  # the first building keeps only its walls
        head = head.replace(f"bldg:{kind}", "bldg:WallSurface")
    path = tmp_path / "walls.gml"
    path.write_text(head + rest, encoding="utf-8")
    found, _ = batches(path)
    for kind in ("Roof", "Ground"):  # turned into walls, so the building has no footprint
        assert not [s for s in found[0].records()[0].surfaces if s.surface_type == kind]
    target = tmp_path / "b.gpkg"
    with gpkg.GeoPackageWriter() as writer:
        key = writer.add_layer(str(target), "b", [("building_id", "text"), ("generic_attributes", "text")], SRS)
        rows, envelopes = found[0].building_rows(["building_id"], SRS.srs_id)
        writer.add(key, rows[:2], envelopes[:2])
    with sqlite3.connect(target) as db:
        blobs = [r[0] for r in db.execute("SELECT geom FROM b ORDER BY fid")]
        indexed = [r[0] for r in db.execute("SELECT id FROM rtree_b_geom")]
    magic, version, flags, srs_id = struct.unpack_from("<2sBBi", blobs[0], 0)
    assert (magic, flags & 0b0001_0000, (flags >> 1) & 0b111) == (b"GP", 0b0001_0000, 0)  # empty, no envelope
    assert struct.unpack_from("<BII", blobs[0], 8) == (1, 1006, 0)
    assert indexed == [2]
    _gdal, ogr = needs_gdal()
    ogr.UseExceptions()
    ds = ogr.Open(str(target))
    layer = ds.GetLayer(0)
    feature = layer.GetFeature(1)  # GDAL objects: keep each owner referenced while using what it owns
    geometry = feature.GetGeometryRef()
    assert geometry.IsEmpty() and geometry.GetGeometryType() == ogr.wkbMultiPolygon25D
    del geometry, feature, layer, ds


def test_the_default_style_is_written_with_the_features_in_one_transaction(tmp_path):
    found, report = batches(DATA / "LoD2_32_330_5731_1_NW.gml")
    target = tmp_path / "s.gpkg"
    qml = "<!DOCTYPE qgis><qgis version='3.22'><aliases/></qgis>"
    with gpkg.GeoPackageWriter() as writer:
        key = writer.add_layer(str(target), "s", SURFACE_COLUMNS, SRS)
        for batch in found:
            rows, envelopes = batch.surface_rows(SRS.srs_id)
            writer.add(key, rows, envelopes.tolist())
        writer.set_style(key, gpkg.LayerStyle(qml, "default", "NRW Digital Twin"))
    with sqlite3.connect(target) as db:
        rows = db.execute(
            "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, "
            "useAsDefault, description, owner, ui, update_time IS NOT NULL FROM layer_styles"
        ).fetchall()
        assert rows == [("", "", "s", "geom", "default", qml, "", 1, "NRW Digital Twin", "", None, 1)]
        contents = db.execute("SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name").fetchall()
        assert contents == [("layer_styles", "attributes", 0), ("s", "features", 25832)]
        counts = dict(db.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents").fetchall())
        assert counts == {"s": report.surfaces, "layer_styles": 1}
        db.execute("INSERT INTO layer_styles (f_table_name, styleName) VALUES ('s', 'second')")  # OGR's count trigger
        count = db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'layer_styles'").fetchone()
        assert count == (2,)


def test_a_failed_write_leaves_no_style_behind(tmp_path):
    target = tmp_path / "s.gpkg"
    with pytest.raises(RuntimeError):
        with gpkg.GeoPackageWriter() as writer:
            key = writer.add_layer(str(target), "s", SURFACE_COLUMNS, SRS)
            writer.set_style(key, gpkg.LayerStyle("<qgis/>"))
            raise RuntimeError("stop")
    assert not target.exists()
