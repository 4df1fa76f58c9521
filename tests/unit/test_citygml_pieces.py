"""Pieces of a CityGML document: the lodNTerrainIntersection elements left out of the parse change nothing that is
read, keep every line number of error messages, and are only left out where the cut is certain."""

from __future__ import annotations

import io
import re
import sys
import threading
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml import pieces
from nrw_digital_twin.algorithms.errors import NrwTwinError

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
TILE = DATA / "LoD2_32_326_5727_1_NW.gml"


def kept(text: bytes) -> bytes:
    data = bytearray(text)
    parts = []
    for start, stop, breaks in pieces.kept_spans(data, len(data)):
        parts.append(bytes(data[start:stop]) + b"\n" * breaks)
    return b"".join(parts)


def surfaces_of(path):
    buildings, report = citygml.read_citygml([path])
    rows = [
        (b.building_id, s.surface_id, s.surface_type, round(s.area_m2, 6), len(s.polygons), b.attributes["volume"])
        for b in buildings
        for s in b.surfaces
    ]
    return rows, report.buildings, report.surfaces


def test_the_tile_reads_the_same_without_its_terrain_intersections(monkeypatch):
    text = TILE.read_bytes()
    first = text.index(b"<core:cityObjectMember")
    members = text[first:]
    left = kept(members)
    assert members.count(b"<bldg:lod2TerrainIntersection>") == 238  # of the 194 buildings and their parts
    assert b"TerrainIntersection" not in left
    assert left.count(b"\n") == members.count(b"\n")
    assert len(members) - len(left) > 800_000  # a fifth of the tile is not parsed
    ours = surfaces_of(TILE)
    monkeypatch.setattr(pieces, "kept_spans", lambda data, end: [(0, end, 0)])
    whole = surfaces_of(TILE)
    assert ours == whole
    assert ours[1:] == (194, 2358)


def test_an_error_after_left_out_elements_names_the_line_of_the_file(tmp_path):
    text = TILE.read_text(encoding="utf-8")
    lines = text.split("\n")
    broken_line = max(k for k, line in enumerate(lines) if "</gml:posList>" in line and k < len(lines) * 4 // 5)
    assert "TerrainIntersection" in "\n".join(lines[:broken_line])  # elements before it are left out
    lines[broken_line] = lines[broken_line].replace("</gml:posList>", "</gml:posLis>", 1)
    path = tmp_path / "broken.gml"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(NrwTwinError) as error:
        citygml.read_citygml([path])
    assert f"line {broken_line + 1}:" in str(error.value)


def test_line_breaks_are_counted_in_blocks_and_across_their_edges():
    data = bytearray(b"ab\ncd\n" * 50_000)  # 300 kB: several blocks of NEWLINE_BLOCK bytes
    block = pieces.NEWLINE_BLOCK
    for end in (0, 1, 3, block - 1, block, block + 1, 2 * block + 2, len(data)):
        assert pieces.newlines(data, end) == data.count(b"\n", 0, end)


def test_frames_held_by_a_profiler_leave_the_buffer_resizable():
    """Dask's workers sample their threads' frames; a frame still held after a call keeps its named locals alive.
    A numpy view of the cutter's buffer among them made the next resize fail (BufferError)."""
    members = TILE.read_bytes()
    data = bytearray(members[members.index(b"<core:cityObjectMember") :])
    held = []

    def hold(frame, event, _arg):
        if event == "return":
            held.append(frame)

    sys.setprofile(hold)
    try:
        spans = pieces.kept_spans(data, len(data))
        lines = pieces.newlines(data, len(data))
    finally:
        sys.setprofile(None)
    assert len(spans) > 200 and lines == data.count(b"\n") and held
    del data[:1000]  # raises BufferError while an export of the buffer lives
    data += b"\n"


TI = (
    b'<bldg:lod2TerrainIntersection>\n<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>1 2 3 4 5 6'
    b"</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>\n</bldg:lod2TerrainIntersection>"
)


@pytest.mark.parametrize(
    "element",
    [
        TI,
        b'<bldg:lod1TerrainIntersection xlink:href="#a>b" />',
        b"<lod2TerrainIntersection>\n</lod2TerrainIntersection  >",
        b"<bldg:lod3TerrainIntersection\n  gml:id='t1'>x</bldg:lod3TerrainIntersection>",
    ],
)
def test_terrain_intersections_are_left_out_with_their_line_breaks(element):
    text = b"<bldg:Building>\n<bldg:function>1000</bldg:function>" + element + b"\n<gml:name>a</gml:name>"
    left = kept(text)
    assert left == text.replace(element, b"\n" * element.count(b"\n"))


@pytest.mark.parametrize(
    "piece",
    [
        b"<bldg:Building><!-- <bldg:x> -->" + TI + b"</bldg:Building>",
        b"<bldg:Building><![CDATA[<]]>" + TI + b"</bldg:Building>",
        b"<bldg:Building><?pi x?>" + TI + b"</bldg:Building>",
        b"<bldg:Building>" + TI.replace(b"</bldg:lod2TerrainIntersection>", b"") + b"</bldg:Building>",
        b"<bldg:Building><bldg:lod2TerrainIntersection><bldg:lod2TerrainIntersection/>"
        b"</bldg:lod2TerrainIntersection></bldg:Building>",
        b"<bldg:Building><bldg:lod2TerrainIntersection a></bldg:lod2TerrainIntersection></bldg:Building>",
        b"<bldg:Building></bldg:lod2TerrainIntersection></bldg:Building>",
    ],
    ids=["comment", "cdata", "processing-instruction", "no-end-tag", "nested", "bad-start-tag", "stray-end-tag"],
)
def test_pieces_where_the_cut_could_be_wrong_are_parsed_whole(piece):
    assert pieces.kept_spans(bytearray(piece), len(piece)) == [(0, len(piece), 0)]


def test_the_word_in_a_text_is_not_an_element():
    text = b"<gen:value>lod2TerrainIntersection</gen:value><x a='TerrainIntersection'/>" + TI
    left = kept(text)
    assert left.startswith(b"<gen:value>lod2TerrainIntersection</gen:value><x a='TerrainIntersection'/>")
    assert re.fullmatch(rb"\n+", left[text.index(TI):])


@pytest.mark.parametrize("srs_name, left_out", [(True, True), (False, False)])
def test_terrain_intersections_are_parsed_when_the_head_names_no_crs(srs_name, left_out, monkeypatch):
    import io

    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)

    text = TILE.read_bytes()
    if not srs_name:
        text = re.sub(rb'<gml:Envelope srsName="[^"]*"', b"<gml:Envelope", text, count=1)
    stream = io.BytesIO(text)
    cutter = pieces.Cutter(stream, stream.read(4096))
    assert cutter.prepare()
    documents = [document for document, _line in cutter]
    assert len(documents) > 20
    assert all((b"TerrainIntersection" not in document) == left_out for document in documents)


def parse_threads():
    return [t for t in threading.enumerate() if t.name.startswith("nrwtwin-citygml-parse")]


def test_one_worker_thread_parses_and_ends_with_the_reading(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)  # many pieces
    assert parse_threads() == []
    seen, threads = [], set()
    for building in citygml.iter_buildings(TILE):
        seen.append(building.building_id)
        threads.add(len(parse_threads()))
    assert len(seen) == len(set(seen)) == 194
    assert threads == {0, 1}  # one while pieces are parsed, none after the last one
    assert parse_threads() == []


def test_the_worker_ends_when_the_reader_stops_early(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)
    buildings = citygml.iter_buildings(TILE)
    first = [next(buildings) for _ in range(3)]
    assert len(first) == 3 and len(parse_threads()) == 1
    buildings.close()
    assert parse_threads() == []


class FailingStream(io.BytesIO):
    """A file whose reads fail after ``limit`` bytes, as a disk or network share can."""

    def __init__(self, data: bytes, limit: int) -> None:
        super().__init__(data)
        self.limit = limit

    def read(self, size=-1):
        if self.tell() >= self.limit:
            raise OSError(5, "Input/output error")
        return super().read(size)


def test_a_read_error_reaches_the_caller_and_the_worker_ends(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)
    monkeypatch.setattr(pieces, "READ_BYTES", 64 * 1024)
    data = TILE.read_bytes()
    stream = FailingStream(data, len(data) // 2)
    cutter = pieces.Cutter(stream, stream.read(4096))
    assert cutter.prepare()
    roots = []
    with pytest.raises(OSError, match="Input/output error"):
        for piece in pieces.parsed_pieces(cutter, {}):
            roots.append(len(piece.root))
    assert len(roots) >= 10 and all(count > 0 for count in roots)  # the pieces before the failing read
    assert parse_threads() == []


def test_a_syntax_error_ends_the_pieces(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)
    data = bytearray(TILE.read_bytes())
    middle = data.index(b"<gml:posList", data.index(b"<bldg:lod2MultiSurface", len(data) // 2))
    data[middle : middle + 12] = b"<gml:posLisT"  # its end tag no longer matches
    stream = io.BytesIO(bytes(data))
    cutter = pieces.Cutter(stream, stream.read(4096))
    assert cutter.prepare()
    got = list(pieces.parsed_pieces(cutter, {}))
    assert all(piece.error is None for piece in got[:-1]) and got[-1].error is not None
    assert len(got) >= 10
    assert parse_threads() == []


def test_on_one_core_the_pieces_are_parsed_in_the_callers_thread(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)
    monkeypatch.setattr(pieces, "usable_cores", lambda: 1)
    seen, threads = [], set()
    for building in citygml.iter_buildings(TILE):
        seen.append(building.building_id)
        threads.add(len(parse_threads()))
    assert threads == {0}
    monkeypatch.setattr(pieces, "usable_cores", lambda: 2)
    assert [b.building_id for b in citygml.iter_buildings(TILE)] == seen and len(seen) == 194
