"""Reading a CityGML file with two processes (algorithms/citygml/parallel.py) gives what one process gives."""

from __future__ import annotations

import gc
import math
import os
import re
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml import parallel
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress

TILE = Path(__file__).resolve().parents[1] / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="two processes only on Linux with 2 CPUs")


def snapshot(batch):
    """Everything a record carries, as plain values (coordinates as lists)."""
    out = []
    for record in batch:
        surfaces = [
            (
                s.surface_id,
                s.building_id,
                s.part_id,
                s.surface_type,
                s.lod,
                s.area_m2,
                s.tilt_deg,
                s.azimuth_deg,
                s.z_min,
                s.z_max,
                s.envelope,
                [(p.polygon_id, p.exterior.tolist(), [h.tolist() for h in p.interiors]) for p in s.polygons],
            )
            for s in record.surfaces
        ]
        footprint = [p.exterior.tolist() for p in record.footprint]
        out.append((record.building_id, dict(record.attributes), record.part_ids, record.bbox, footprint, surfaces))
    return out


def same(a, b) -> bool:
    """Equal, floats within 1e-12 (numpy's SIMD atan2/arccos may differ in the last bit with array position)."""
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def read(paths, processes, progress=None, **kwargs):
    report = citygml.ReadReport()
    batches = list(
        parallel.iter_converted(
            [str(p) for p in paths], snapshot, progress, report=report, processes=processes, min_bytes=0, **kwargs
        )
    )
    return [item for batch in batches for item in batch], report


def assert_same_read(paths, **kwargs):
    one, report_one = read(paths, 1, **kwargs)
    two, report_two = read(paths, 2, **kwargs)
    assert [r[0] for r in two] == [r[0] for r in one]  # same buildings in the same order
    for a, b in zip(one, two):
        assert same(a, b), a[0]
    for name in ("files", "crs", "buildings", "parts", "surfaces", "outside_extent", "skipped", "empty_files"):
        assert getattr(report_two, name) == getattr(report_one, name), name
    return one, report_one


def test_cut_is_a_member_boundary_and_pieces_are_documents():
    data = TILE.read_bytes()
    head_end, cut, root_end = parallel.find_cut(data, 0.5)
    assert root_end == b"</core:CityModel>"
    assert data[head_end:].startswith(b"<core:cityObjectMember") and data[cut:].startswith(b"<core:cityObjectMember")
    assert re.search(rb"</core:cityObjectMember>\s*$", data[cut - 100 : cut])
    assert 0.5 * len(data) <= cut < 0.6 * len(data)
    # The head holds the root start tag and the model's Envelope, nothing of a building.
    assert b"<core:CityModel" in data[:head_end] and b"Building" not in data[:head_end].replace(b"building/", b"")
    count = data.count(b"<bldg:Building ")
    assert data[:cut].count(b"<bldg:Building ") + data[cut:].count(b"<bldg:Building ") == count == 194


def test_no_cut_inside_a_comment_or_in_other_documents():
    data = TILE.read_bytes()
    middle = data.index(b"<core:cityObjectMember", len(data) // 2)
    end = data.index(b"</core:cityObjectMember>", middle) + len(b"</core:cityObjectMember>")
    end = data.index(b"</core:cityObjectMember>", end) + len(b"</core:cityObjectMember>")  # two members
    commented = data[:middle] + b"<!-- " + data[middle:end].replace(b"--", b"- ") + b" -->" + data[end:]
    assert parallel.find_cut(commented, 0.5) is None
    assert parallel.find_cut(b"<?xml version='1.0'?><root><a/></root>") is None
    assert parallel.find_cut(data.replace(b"<core:CityModel", b"<!-- x --><core:CityModel", 1), 0.5) is None
    assert parallel.find_cut(data[: len(data) // 2], 0.9) is None  # no member boundary after 90 %


def test_two_processes_read_the_real_tile_like_one(tmp_path):
    records, report = assert_same_read([TILE])
    assert report.buildings == len(records) == 194
    assert gc.isenabled()


def test_two_processes_with_extent_and_reprojection_like_one():
    records, report = assert_same_read([TILE], extent=(326200.0, 5727200.0, 326800.0, 5727800.0))
    assert 0 < report.buildings < 194 and report.outside_extent == 194 - report.buildings
    records, report = assert_same_read([TILE], target_crs="EPSG:4258")  # reprojection: one process
    assert 6.0 < records[0][3][0] < 8.0  # longitude


def test_broken_building_in_the_second_half_is_skipped_and_reported_once(tmp_path):
    data = TILE.read_bytes()
    at = data.index(b"<gml:LinearRing", int(len(data) * 0.8))  # a polygon ring (not a terrain intersection)
    at = data.index(b">", data.index(b"<gml:posList", at)) + 1
    broken = tmp_path / "broken.gml"
    broken.write_bytes(data[:at] + b"1.5 " + data[at:])
    progress = RecordingProgress()
    records, report = read([broken], 2, progress)
    assert len(report.skipped) == 1 and "multiple of its dimension 3" in report.skipped[0].reason
    assert report.buildings == len(records) == 193
    assert [w for w in progress.warnings if "skipped" in w] == [
        f"broken.gml: building {report.skipped[0].gml_id} skipped: {report.skipped[0].reason}"
    ]
    assert_same_read([broken])
    # The same when the child dies at once and the parent reads piece B itself: reported once, too.
    parent = os.getpid()

    def convert(batch):
        if os.getpid() != parent:
            os._exit(3)
        return snapshot(batch)

    progress = RecordingProgress()
    report = citygml.ReadReport()
    list(parallel.iter_converted([str(broken)], convert, progress, report=report, processes=2, min_bytes=0))
    assert len(report.skipped) == 1 and report.buildings == 193
    assert len([w for w in progress.warnings if "skipped" in w]) == 1


def test_truncated_file_gives_the_message_of_one_process(tmp_path):
    data = TILE.read_bytes()
    truncated = tmp_path / "truncated.gml"
    truncated.write_bytes(data[: int(len(data) * 0.8)])
    messages = []
    for processes in (1, 2):
        with pytest.raises(NrwTwinError) as error:
            read([truncated], processes)
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "truncated" in messages[0]


def test_a_failing_child_is_replaced_by_the_parent(tmp_path):
    parent = os.getpid()

    def convert(batch):
        if os.getpid() != parent:
            raise RuntimeError("child failure")
        return snapshot(batch)

    report = citygml.ReadReport()
    batches = list(parallel.iter_converted([str(TILE)], convert, report=report, processes=2, min_bytes=0))
    one, report_one = read([TILE], 1)
    records = [item for batch in batches for item in batch]
    assert len(records) == 194 and all(same(a, b) for a, b in zip(records, one))
    assert report.buildings == report_one.buildings and report.surfaces == report_one.surfaces


def test_several_files_and_small_files_stay_in_one_process(tmp_path):
    lod1 = TILE.parent / "LoD1_472_5757_1_NW.gml"
    assert_same_read([TILE, lod1])
    report = citygml.ReadReport()
    pids = set()
    list(parallel.iter_converted([str(TILE)], lambda b: pids.add(os.getpid()), report=report, processes=2))
    assert pids == {os.getpid()}  # 4 MB < PARALLEL_MIN_BYTES: no child


def test_measures_do_not_depend_on_the_batch(monkeypatch):
    """Each shell is measured from its own first point: areas and volumes of a building measured alone equal
    those measured in a batch of 64, to the bit (so the cut of the file changes none of them)."""
    from nrw_digital_twin.algorithms.citygml import parser

    batched = list(citygml.iter_buildings(TILE))
    monkeypatch.setattr(parser, "BATCH_BUILDINGS", 1)
    alone = list(citygml.iter_buildings(TILE))
    keys = ("volume", "footprint_area", "roof_area", "wall_area", "ground_area", "z_min", "z_max")
    assert [[r.attributes[k] for k in keys] for r in alone] == [[r.attributes[k] for k in keys] for r in batched]
    assert [s.area_m2 for r in alone for s in r.surfaces] == [s.area_m2 for r in batched for s in r.surfaces]
    assert sum(1 for r in batched if r.attributes["volume"]) > 150


def test_a_child_failing_after_some_batches_is_completed_by_the_parent():
    parent = os.getpid()
    calls = []

    def convert(batch):
        if os.getpid() != parent:
            calls.append(1)
            if len(calls) == 2:  # the first batch of piece B was sent already
                os._exit(3)
        return snapshot(batch)

    progress = RecordingProgress()
    report = citygml.ReadReport()
    batches = list(parallel.iter_converted([str(TILE)], convert, progress, report=report, processes=2, min_bytes=0))
    one, report_one = read([TILE], 1)
    records = [item for batch in batches for item in batch]
    assert [r[0] for r in records] == [r[0] for r in one]  # nothing twice, nothing missing
    assert all(same(a, b) for a, b in zip(records, one))
    assert (report.buildings, report.surfaces, report.skipped) == (194, report_one.surfaces, [])
    assert not progress.warnings


def test_cancel_stops_the_child_too():
    from nrw_digital_twin.algorithms.errors import Canceled

    class CancelLater(RecordingProgress):
        def is_canceled(self) -> bool:
            return len(self.percents) > 5

    with pytest.raises(Canceled):
        list(parallel.iter_converted([str(TILE)], snapshot, CancelLater(), processes=2, min_bytes=0))
    with pytest.raises(ChildProcessError):  # the child was ended and reaped: no process left behind
        os.waitpid(-1, os.WNOHANG)
