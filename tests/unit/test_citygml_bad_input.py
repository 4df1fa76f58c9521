"""Bad CityGML input: unreadable files stop with a message naming them; broken buildings are skipped
and reported with gml:id and reason; DTD entities are neither expanded nor fetched."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import citygml
from nrw_digital_twin.algorithms.citygml import parser, pieces
from nrw_digital_twin.algorithms.citygml.batch import Context
from nrw_digital_twin.algorithms.errors import Canceled, NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
SMALL = DATA / "LoD2_32_332_5727_1_NW.gml"  # 4 buildings
IDS = ["DENW34AL00020xb3", "DENW34AL00020xb2", "DENW34AL00020xb4", "DENW34AL00021cja"]


def small_text() -> str:
    return SMALL.read_text(encoding="utf-8")


def building_ids(text: str):
    return re.findall(r'<bldg:Building gml:id="([^"]+)"', text)


def nth_building_span(text: str, n: int):
    starts = [m.start() for m in re.finditer("<bldg:Building ", text)]
    end = text.index("</bldg:Building>", starts[n])
    return starts[n], end


def break_in_building(text: str, n: int, old: str, new: str) -> str:
    start, end = nth_building_span(text, n)
    chunk = text[start:end]
    assert old in chunk
    return text[:start] + chunk.replace(old, new, 1) + text[end:]


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_fixture_ids():
    assert building_ids(small_text()) == IDS


def test_not_xml(tmp_path):
    path = write(tmp_path, "notes.gml", "This is a text file, not CityGML.\n")
    with pytest.raises(NrwTwinError, match="notes.gml.*not a readable XML"):
        citygml.read_citygml(path)


def test_zero_byte_file(tmp_path):
    path = write(tmp_path, "empty.gml", b"")
    with pytest.raises(NrwTwinError, match=r"empty.gml is empty \(0 bytes\)"):
        citygml.read_citygml(path)


def test_whitespace_only_file(tmp_path):
    with pytest.raises(NrwTwinError, match="blank.gml is empty"):
        citygml.read_citygml(write(tmp_path, "blank.gml", b"\n\n   \n"))


def test_truncated_file(tmp_path, monkeypatch):
    # Buildings stream piece by piece: with pieces of 96 kB (not 2 MB) the batches before the cut come out first.
    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)
    data = (DATA / "LoD2_32_326_5727_1_NW.gml").read_bytes()
    path = write(tmp_path, "cut.gml", data[: len(data) * 2 // 3])
    seen = []
    with pytest.raises(NrwTwinError, match="cut.gml is broken or incomplete.*Download it again"):
        for building in citygml.iter_buildings(path):
            seen.append(building.building_id)
    assert 50 < len(seen) < 194  # streamed up to the cut, then stopped


@pytest.mark.parametrize(
    "text, root",
    [
        ("<html><body>404 Not Found</body></html>", "html"),
        ('<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs"/>', "FeatureCollection"),
        ('<Model xmlns:bldg="http://www.opengis.net/citygml/building/2.0"><x/></Model>', "Model"),
    ],
)
def test_wrong_root_element(tmp_path, text, root):
    with pytest.raises(NrwTwinError, match=f"no CityGML file: its root element is <{root}>"):
        citygml.read_citygml(write(tmp_path, "page.gml", text))


@pytest.mark.parametrize(
    "namespace, expected",
    [
        ("http://www.opengis.net/citygml/4.0", r"page.gml is CityGML 4.0, which this import does not read"),
        ("http://www.opengis.net/citygml/0.9", r"page.gml is CityGML 0.9, which this import does not read"),
        ("http://www.citygml.org/citygml/1/0/0", r"page.gml is pre-standard CityGML 0.x"),
    ],
)
def test_unsupported_citygml_versions_are_refused_naming_them(tmp_path, namespace, expected):
    """Refused from the head of the file: the members after 100 KiB of padding are never read."""
    members = "<core:cityObjectMember/>" * 20000
    text = f'<core:CityModel xmlns:core="{namespace}">{members}</core:CityModel>'
    path = write(tmp_path, "page.gml", text)
    progress = RecordingProgress()
    with pytest.raises(NrwTwinError, match=expected):
        citygml.read_citygml(path, progress)
    assert progress.percents == []  # stopped before reading the body


def test_poslist_not_multiple_of_dimension(tmp_path):
    text = small_text()
    start, end = nth_building_span(text, 1)
    match = re.search(r'(<gml:LinearRing[^>]*>\s*<gml:posList srsDimension="3">)(\S+) ', text[start:end])
    broken = text[: start + match.start()] + match.group(1) + text[start + match.end() :]
    progress = RecordingProgress()
    buildings, report = citygml.read_citygml(write(tmp_path, "dim.gml", broken), progress)
    assert [b.building_id for b in buildings] == [IDS[0], IDS[2], IDS[3]]
    (skipped,) = report.skipped
    assert skipped.gml_id == IDS[1] and "not a multiple of its dimension 3" in skipped.reason
    assert any(IDS[1] in w and "skipped" in w for w in progress.warnings)


@pytest.mark.parametrize("bad", ["NaN", "INF", "-inf", "1.2.3"])
def test_non_finite_or_bad_coordinates(tmp_path, bad):
    text = small_text()
    start, end = nth_building_span(text, 2)
    match = re.search(r'<gml:LinearRing[^>]*>\s*<gml:posList srsDimension="3">(\S+) ', text[start:end])
    pos = start + match.start(1)
    broken = text[:pos] + bad + text[pos + len(match.group(1)) :]
    buildings, report = citygml.read_citygml(write(tmp_path, "nan.gml", broken))
    assert [b.building_id for b in buildings] == [IDS[0], IDS[1], IDS[3]]
    assert [s.gml_id for s in report.skipped] == [IDS[2]]
    assert "NaN or infinite" in report.skipped[0].reason or "not a number" in report.skipped[0].reason


def test_xlink_to_missing_polygon(tmp_path):
    broken = break_in_building(
        small_text(), 0, 'xlink:href="#GUID_3944494471375402296_3_2_1"', 'xlink:href="#GUID_gone"'
    )
    buildings, report = citygml.read_citygml(write(tmp_path, "xlink.gml", broken))
    assert len(buildings) == 3
    assert report.skipped[0].gml_id == IDS[0] and "#GUID_gone" in report.skipped[0].reason


def test_billion_laughs_is_refused_not_expanded(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    text = small_text().replace("<core:CityModel", f"<!DOCTYPE core:CityModel [{entities}]>\n<core:CityModel", 1)
    text = text.replace("<gml:name>LoD2_32_332_5727_1_NW</gml:name>", "<gml:name>&lol9;</gml:name>")
    path = write(tmp_path, "laughs.gml", text)
    with pytest.raises(NrwTwinError, match="laughs.gml declares XML entities"):
        citygml.read_citygml(path)
    with pytest.raises(NrwTwinError, match="laughs.gml declares XML entities"):
        citygml.peek_crs(str(path))


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    doctype = (
        f'<!DOCTYPE core:CityModel [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>'
    )
    text = small_text().replace("<core:CityModel", doctype + "\n<core:CityModel", 1)
    text = text.replace("<bldg:function>31001_2723</bldg:function>", "<bldg:function>&xxe;&web;</bldg:function>")
    with pytest.raises(NrwTwinError, match="declares XML entities"):
        citygml.read_citygml(write(tmp_path, "xxe.gml", text))
    # Even past that guard the parser itself does not resolve or fetch the entities.
    batches = parser.iter_document(
        io.BytesIO(text.encode()), "xxe.gml", RecordingProgress(), lambda name, crs, sample: Context(name=name)
    )
    buildings = [b for batch in batches for b in batch.records()]
    assert len(buildings) == 4
    assert buildings[0].attributes["function"] is None  # unresolved entity reference, no text
    assert all("TOPSECRET" not in repr(b.attributes) for b in buildings)


def test_zip_without_gml(tmp_path):
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
        zf.writestr("data/", "")
    with pytest.raises(NrwTwinError, match="download.zip contains no CityGML or CityJSON file"):
        citygml.read_citygml(archive)


def test_corrupt_zip(tmp_path):
    path = write(tmp_path, "bad.zip", b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(NrwTwinError, match="bad.zip"):
        citygml.read_citygml(path)


def test_missing_file(tmp_path):
    with pytest.raises(NrwTwinError, match="does not exist"):
        citygml.read_citygml(tmp_path / "nope.gml")


def test_unknown_srs_name(tmp_path):
    text = small_text().replace("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", "urn:adv:crs:MARS_UTM99")
    with pytest.raises(
        NrwTwinError, match=r'srs.gml uses the unknown coordinate reference system srsName="urn:adv:crs:MARS_UTM99"'
    ):
        citygml.read_citygml(write(tmp_path, "srs.gml", text))


def test_building_without_geometry_is_reported(tmp_path):
    text = small_text()
    start, end = nth_building_span(text, 3)
    stripped = text[:start] + f'<bldg:Building gml:id="{IDS[3]}"><bldg:function>x</bldg:function>' + text[end:]
    buildings, report = citygml.read_citygml(write(tmp_path, "nogeom.gml", stripped))
    assert len(buildings) == 3 and report.skipped[0].gml_id == IDS[3] and "no geometry" in report.skipped[0].reason


def test_cancel_stops_the_read():
    progress = RecordingProgress()
    progress.canceled = True
    with pytest.raises(Canceled):
        citygml.read_citygml(DATA / "LoD2_32_326_5727_1_NW.gml", progress)


class CancelAfter(RecordingProgress):
    """The user presses Cancel after ``checks`` buildings."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks = checks

    def is_canceled(self) -> bool:
        self.checks -= 1
        return self.checks < 0


def test_cancel_in_the_middle_stops_the_parse_thread_too(monkeypatch):
    import threading

    monkeypatch.setattr(pieces, "PIECE_BYTES", 96 * 1024)  # many pieces: the worker is busy when Cancel comes
    with pytest.raises(Canceled):
        citygml.read_citygml(DATA / "LoD2_32_326_5727_1_NW.gml", CancelAfter(100))
    assert [t for t in threading.enumerate() if t.name.startswith("nrwtwin-citygml-parse")] == []


# ----------------------------------------------------------------------------- damaged archives, permissions, CityJSON


def gzipped(tmp_path, name="tile.gml.gz"):
    import gzip

    path = tmp_path / name
    path.write_bytes(gzip.compress((DATA / "LoD2_32_326_5727_1_NW.gml").read_bytes()))
    return path


def test_truncated_gzip_is_a_message_not_eof_error(tmp_path):
    path = gzipped(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # EOFError inside gzip while lxml reads
    with pytest.raises(NrwTwinError, match=r"tile.gml.gz is damaged: its compressed data cannot be read.*Download"):
        citygml.read_citygml(path)


def test_corrupt_deflate_data_is_a_message_not_zlib_error(tmp_path):
    path = gzipped(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 3 : len(data) // 3 + 64] = b"\xff" * 64  # zlib.error: invalid block type / distance
    path.write_bytes(bytes(data))
    with pytest.raises(NrwTwinError, match=r"tile.gml.gz is damaged: its compressed data cannot be read"):
        citygml.read_citygml(path)


def test_bad_gzip_header_is_a_message_not_bad_gzip_file(tmp_path):
    path = tmp_path / "tile.gml.gz"
    path.write_bytes(b"\x1f\x8b\x09" + b"\x00" * 60)  # gzip magic with an unknown method: BadGzipFile
    with pytest.raises(NrwTwinError, match=r"tile.gml.gz is damaged"):
        citygml.read_citygml(path)
    text = tmp_path / "plain.gml.gz"
    text.write_bytes(b"<core:CityModel/>" * 10)  # named .gz, not gzip at all
    with pytest.raises(NrwTwinError, match=r"plain.gml.gz is damaged"):
        citygml.read_citygml(text)


def test_unreadable_file_is_a_message_naming_it(tmp_path):
    """No read permission (the test runs as root, which may read anything: the read runs as 'nobody')."""
    import os
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="nrwtwin-unreadable-", dir="/tmp")
    try:
        os.chmod(folder, 0o755)
        path = os.path.join(folder, "secret.gml")
        shutil.copy(SMALL, path)
        os.chmod(path, 0o000)
        with as_nobody():
            with pytest.raises(NrwTwinError, match=r"No permission to read .*secret.gml"):
                citygml.read_citygml(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_nobody():
    import contextlib
    import os
    import pwd

    @contextlib.contextmanager
    def switched():
        if os.geteuid() != 0:
            yield  # not root: the chmod 000 already denies the read
            return
        nobody = pwd.getpwnam("nobody")
        os.setegid(nobody.pw_gid)
        os.seteuid(nobody.pw_uid)
        try:
            yield
        finally:
            os.seteuid(0)
            os.setegid(0)

    return switched()


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"type": "CityJSON", "version": "2.0", "CityObjects": {', r"bad.json is not a readable JSON/CityJSON file"),
        ('{"type": "CityJSON", "version": "0.9", "CityObjects": {}}', r"bad.json is CityJSON 0.9, which this import"),
        ('{"type": "FeatureCollection", "features": []}', r"bad.json is no CityJSON file \(its type is Feature"),
    ],
)
def test_bad_cityjson_files_stop_with_a_message(tmp_path, text, expected):
    with pytest.raises(NrwTwinError, match=expected):
        citygml.read_citygml(write(tmp_path, "bad.json", text))


def test_cityjson_building_with_missing_vertices_is_skipped(tmp_path):
    document = {
        "type": "CityJSON", "version": "2.0", "transform": {"scale": [1, 1, 1], "translate": [350000, 5700000, 0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/25832"},
        "CityObjects": {"bad": {"type": "Building", "geometry": [
            {"type": "MultiSurface", "lod": "2", "boundaries": [[[0, 1, 99]]]}]}},
        "vertices": [[0, 0, 0], [1, 0, 0], [1, 1, 0]],
    }
    buildings, report = citygml.read_citygml(write(tmp_path, "gap.city.json", __import__("json").dumps(document)))
    assert buildings == [] and report.skipped[0].gml_id == "bad"
    assert "vertices that do not exist" in report.skipped[0].reason
