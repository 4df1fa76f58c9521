"""Content checks of downloaded files (algorithms/content_check.py) on real fixtures and their damage."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from nrw_digital_twin.algorithms import content_check as cc

DATA = Path(__file__).resolve().parents[1] / "data"
CITYGML_FILES = sorted((DATA / "citygml").glob("*.gml"))
TIFF_FILES = sorted((DATA / "raster").glob("*.tif"))


def jp2(codestream: bytes = b"\xff\x4f\xff\x51" + b"\x00" * 40 + b"\xff\xd9") -> bytes:
    """A JPEG 2000 file's box structure (ISO/IEC 15444-1 Annex I): signature, ftyp, jp2h, jp2c."""
    ftyp = b"jp2 " + b"\x00\x00\x00\x00" + b"jp2 "
    ihdr = struct.pack(">IIHBBBB", 10, 10, 4, 7, 7, 0, 0)
    jp2h = struct.pack(">I4s", 8 + len(ihdr), b"ihdr") + ihdr
    boxes = [(b"ftyp", ftyp), (b"jp2h", jp2h), (b"jp2c", codestream)]
    return cc.JP2_SIGNATURE + b"".join(struct.pack(">I4s", 8 + len(body), name) + body for name, body in boxes)


def png(width: int = 4, height: int = 3) -> bytes:
    def chunk(name: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))

    raw = b"".join(b"\x00" + bytes(3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return cc.PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("path", CITYGML_FILES + TIFF_FILES, ids=lambda p: p.name)
def test_every_real_fixture_passes(path):
    assert cc.file_problem(path) is None


@pytest.mark.parametrize("path", CITYGML_FILES + TIFF_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("keep", [0.25, 0.5, 0.99])
def test_real_fixtures_cut_anywhere_fail(path, keep):
    data = path.read_bytes()
    problem = cc.bytes_problem(data[: int(len(data) * keep)], cc.kind_of(path.name))
    assert problem is not None and "incomplete" in problem


def test_messages_name_what_was_received():
    page = b"<!DOCTYPE html>\n<html><head><title>502</title></head></html>"
    for kind in (cc.CITYGML, cc.TIFF, cc.JP2, cc.ZIP):
        assert cc.bytes_problem(page, kind).startswith("a web page (HTML) instead of a ")
    report = b'<?xml version="1.0"?>\n<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1"/>'
    assert cc.bytes_problem(report, cc.CITYGML) == "an XML document <ExceptionReport> instead of a CityGML CityModel"
    assert cc.bytes_problem(b"GIF89a....", cc.TIFF) == "data that is not a GeoTIFF file (it starts with GIF89a....)"
    assert cc.bytes_problem(b"", cc.TIFF) == "an empty file"


def test_head_check_waits_for_enough_bytes():
    data = (DATA / "citygml" / "LoD2_32_332_5727_1_NW.gml").read_bytes()
    with pytest.raises(cc.NeedMore):
        cc.head_problem(data[:40], cc.CITYGML)  # only the XML declaration so far
    assert cc.head_problem(data[:2000], cc.CITYGML) is None
    with pytest.raises(cc.NeedMore):
        cc.head_problem(b"II", cc.TIFF)
    assert cc.head_problem(b"II", cc.TIFF, complete=True) is not None


def test_citygml_with_data_after_the_root_fails():
    data = (DATA / "citygml" / "LoD2_32_324_5730_1_NW.gml").read_bytes()
    assert cc.bytes_problem(data + b"\n<!-- written by a test -->\n", cc.CITYGML) is None
    assert "data after the end" in cc.bytes_problem(data + b"<html>oops</html>", cc.CITYGML)


def test_jpeg2000_structure():
    data = jp2()
    assert cc.bytes_problem(data, cc.JP2) is None
    assert "boxes reach past" in cc.bytes_problem(data[:-10], cc.JP2)
    assert "end marker" in cc.bytes_problem(jp2(b"\xff\x4f" + b"\x00" * 40), cc.JP2)
    assert "not a JPEG 2000" in cc.bytes_problem(b"\x00\x00\x00\x0cjP  \r\n\x88\n", cc.JP2)


def test_zip_structure(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("LoD2_32_326_5727_1_NW.gml", b"x" * 50000)
    data = buffer.getvalue()
    path = tmp_path / "tiles.zip"
    path.write_bytes(data)
    assert cc.file_problem(path) is None
    path.write_bytes(data[: len(data) // 2])
    assert "incomplete or damaged ZIP" in cc.file_problem(path)


def test_png_and_jpeg_structure():
    image = png()
    assert cc.image_kind(image) == cc.PNG and cc.bytes_problem(image, cc.PNG) is None
    assert "no end chunk" in cc.bytes_problem(image[:-12], cc.PNG)
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100 + b"\xff\xd9"
    assert cc.image_kind(jpeg) == cc.JPEG and cc.bytes_problem(jpeg, cc.JPEG) is None
    assert "no end marker" in cc.bytes_problem(jpeg[:60], cc.JPEG)
    assert cc.image_kind((DATA / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif").read_bytes()) == cc.TIFF
    assert cc.image_kind(b"<html>") is None


def test_tiff_directory_loop_and_missing_blocks():
    # a classic little-endian TIFF whose only IFD points back to itself
    strips = struct.pack("<HHII", 273, 4, 1, 8) + struct.pack("<HHII", 279, 4, 1, 4)
    ifd = struct.pack("<H", 2) + strips + struct.pack("<I", 8)
    assert "loop" in cc.bytes_problem(b"II*\x00" + struct.pack("<I", 8) + ifd, cc.TIFF)
    no_blocks = struct.pack("<H", 1) + struct.pack("<HHII", 256, 3, 1, 1) + struct.pack("<I", 0)
    assert "without data blocks" in cc.bytes_problem(b"II*\x00" + struct.pack("<I", 8) + no_blocks, cc.TIFF)


def test_kinds_by_file_name():
    assert [cc.kind_of(n) for n in ("LoD2_32_1_2_1_NW.gml", "dgm1_32_1_2_1_nw_2022.tif", "dop10rgbi_x.jp2",
                                     "a.ZIP", "index.json")] == [cc.CITYGML, cc.TIFF, cc.JP2, cc.ZIP, None]
