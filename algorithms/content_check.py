"""Is a downloaded file what it claims to be? Cheap checks of its head, tail and structure.

A download is only as good as its check. A size that matches proves little: a server (or a proxy in
front of it) may answer ``200`` with an HTML error page, send a body cut in half without a
``Content-Length``, or the disk may fill while a file is written. Before a tile counts as downloaded or
cached, and before a map image is put into a mosaic, its content is checked by what it must be:

* CityGML (``.gml``, OpenGeodata.NRW LoD1/LoD2): the root element is ``CityModel`` (CityGML 1.0/2.0
  core) and the file ends with that root's end tag — a cut file never does.
* TIFF/GeoTIFF and BigTIFF (``.tif``, DGM1/DOM1/nDOM tiles, WCS answers): every image file directory
  (IFD) and every strip or tile (offset + byte count) lies inside the file (TIFF 6.0 §2, BigTIFF).
* JPEG 2000 (``.jp2``, DOP10 tiles): the signature box, the ``ftyp`` box, boxes that chain exactly to
  the end of the file and a ``jp2c`` codestream that ends with the EOC marker (ISO/IEC 15444-1
  Annex I and A.4.4).
* ZIP (``.zip``): the central directory is present and every member lies before it (APPNOTE 4.3).
* PNG and JPEG (WMS answers): PNG chunks chain to ``IEND``; a JPEG starts with SOI and ends with EOI.

Everything that looks like an HTML page is rejected by name. The checks read a few kilobytes, never
the whole file, so checking a cache of large tiles on every run costs next to nothing.
"""
from __future__ import annotations

import os
import re
import struct
import zipfile
from typing import Callable, Optional, Tuple

from .messages import Message, msg

CITYGML, TIFF, JP2, ZIP, PNG, JPEG = "citygml", "tiff", "jp2", "zip", "png", "jpeg"
KIND_BY_SUFFIX = {".gml": CITYGML, ".tif": TIFF, ".tiff": TIFF, ".jp2": JP2, ".zip": ZIP, ".png": PNG,
                  ".jpg": JPEG, ".jpeg": JPEG}
KIND_LABELS = {CITYGML: "CityGML", TIFF: "GeoTIFF", JP2: "JPEG 2000", ZIP: "ZIP", PNG: "PNG", JPEG: "JPEG"}
#: Bytes of a body's start that decide whether it can be the expected kind (the XML prolog of an
#: NRW CityGML file, namespace declarations included, is about 1 kB).
HEAD_BYTES = 8192
TAIL_BYTES = 4096
MAX_IFDS = 4096

JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")

_XML_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S)
_XML_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.\-]*):)?([A-Za-z_][\w.\-]*)[\s/>]")
_XML_EPILOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->)*\Z", re.S)
_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title)\b", re.S | re.I)

Reader = Callable[[int, int], bytes]


class NeedMore(Exception):
    """The head is too short to decide yet."""


def kind_of(name: str) -> Optional[str]:
    """The content kind of a file name by its suffix (None: only the HTML check applies)."""
    return KIND_BY_SUFFIX.get(os.path.splitext(name.lower())[1])


def kind_label(kind: Optional[str]) -> str:
    return KIND_LABELS.get(kind or "", "data")


# ------------------------------------------------------------------------------------------- head


def head_problem(head: bytes, kind: Optional[str], complete: bool = False) -> Optional[Message]:
    """Why a body starting with ``head`` cannot be a file of ``kind`` (None: it can).

    Raises :class:`NeedMore` when ``head`` is too short to decide and ``complete`` is false
    (more of the body is still to come).
    """
    if _HTML.match(head):
        return msg("a web page (HTML) instead of a {} file", kind_label(kind))
    if kind == CITYGML:
        return _citygml_head_problem(head, complete)
    magics = {TIFF: TIFF_MAGICS, JP2: (JP2_SIGNATURE,), ZIP: (b"PK\x03\x04", b"PK\x05\x06"),
              PNG: (PNG_SIGNATURE,), JPEG: (b"\xff\xd8\xff",)}.get(kind or "")
    if magics is None:
        if not head and complete:
            return msg("an empty answer")
        return None
    longest = max(len(m) for m in magics)
    if len(head) < longest and not complete and any(m.startswith(head) for m in magics):
        raise NeedMore()
    if not any(head.startswith(m) for m in magics):
        return msg("data that is not a {} file (it starts with {})", kind_label(kind), _printable(head[:16]))
    return None


def _citygml_head_problem(head: bytes, complete: bool) -> Optional[Message]:
    prolog = _XML_PROLOG.match(head)
    rest = head[prolog.end():] if prolog else head
    root = _XML_ROOT.match(rest)
    if root is None:
        if not complete and len(head) < HEAD_BYTES and (not rest or rest.startswith(b"<")):
            raise NeedMore()
        return msg("data that is not XML (it starts with {})", _printable(head[:16]))
    name = root.group(2).decode("ascii", "replace")
    if name != "CityModel":
        return msg("an XML document <{}> instead of a CityGML CityModel", name)
    return None


def _printable(data: bytes) -> str:
    return repr(data)[2:-1] if data else "nothing"


# ------------------------------------------------------------------------------------------- whole


def file_problem(path: "os.PathLike[str] | str", kind: Optional[str] = None) -> Optional[Message]:
    """Why the file at ``path`` is not a complete file of ``kind`` (by suffix when None); None if it is."""
    kind = kind if kind is not None else kind_of(os.fspath(path))
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size

            def read(offset: int, count: int) -> bytes:
                handle.seek(offset)
                return handle.read(count)

            if kind == ZIP:
                return _zip_problem(handle, size)
            return content_problem(read, size, kind)
    except OSError as error:
        return msg("it cannot be read ({})", error.strerror or str(error))


def bytes_problem(data: bytes, kind: Optional[str]) -> Optional[Message]:
    """:func:`file_problem` for data in memory (a map image or coverage)."""
    if kind == ZIP:
        import io

        return _zip_problem(io.BytesIO(data), len(data))
    return content_problem(lambda offset, count: data[offset : offset + count], len(data), kind)


def image_kind(data: bytes) -> Optional[str]:
    """The kind of an image answer by its magic bytes (TIFF, PNG, JPEG, JPEG 2000), else None."""
    for kind in (TIFF, PNG, JPEG, JP2):
        try:
            if head_problem(data[:16], kind, complete=True) is None:
                return kind
        except NeedMore:
            pass
    return None


def content_problem(read: Reader, size: int, kind: Optional[str]) -> Optional[Message]:
    """Head and structure checks through ``read(offset, count)`` on ``size`` bytes."""
    if size == 0:
        return msg("an empty file")
    head = read(0, HEAD_BYTES)
    try:
        problem = head_problem(head, kind, complete=True)
    except NeedMore:  # pragma: no cover - complete=True never asks for more
        problem = None
    if problem is not None:
        return problem
    checks = {CITYGML: _citygml_tail_problem, TIFF: _tiff_problem, JP2: _jp2_problem, PNG: _png_problem,
              JPEG: _jpeg_problem}
    check = checks.get(kind or "")
    if check is None:
        return None
    try:
        return check(read, size)
    except (struct.error, ValueError) as error:
        return msg("a damaged {} file ({})", kind_label(kind), str(error))


def _citygml_tail_problem(read: Reader, size: int) -> Optional[Message]:
    head = read(0, HEAD_BYTES)
    prolog = _XML_PROLOG.match(head)
    root = _XML_ROOT.match(head[prolog.end():] if prolog else head)
    prefix = root.group(1) if root and root.group(1) else b""
    tail = read(max(0, size - TAIL_BYTES), TAIL_BYTES)
    end_tag = b"</" + (prefix + b":" if prefix else b"") + b"CityModel"
    position = tail.rfind(end_tag)
    if position < 0 or not re.match(rb"\s*>", tail[position + len(end_tag):]):
        return msg("an incomplete CityGML file (it does not end with the end tag of its CityModel)")
    after = tail[position + len(end_tag):]
    after = after[after.index(b">") + 1:]
    if not _XML_EPILOG.fullmatch(after):
        return msg("a CityGML file with data after the end of its CityModel")
    return None


# TIFF field types → (struct code, size); TIFF 6.0 §2 plus BigTIFF's LONG8/SLONG8/IFD8.
_TIFF_TYPES = {1: ("B", 1), 2: ("B", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 6: ("b", 1), 7: ("B", 1),
               8: ("h", 2), 9: ("i", 4), 10: ("ii", 8), 11: ("f", 4), 12: ("d", 8), 13: ("I", 4),
               16: ("Q", 8), 17: ("q", 8), 18: ("Q", 8)}
_OFFSET_TAGS = {273: 279, 324: 325}  # StripOffsets → StripByteCounts, TileOffsets → TileByteCounts


def _tiff_problem(read: Reader, size: int) -> Optional[Message]:
    header = read(0, 16)
    order = "<" if header[:2] == b"II" else ">"
    big = struct.unpack(order + "H", header[2:4])[0] == 43
    if big:
        first = struct.unpack(order + "Q", header[8:16])[0]
    else:
        first = struct.unpack(order + "I", header[4:8])[0]
    offset, seen, images = first, set(), 0
    while offset:
        if offset in seen or len(seen) >= MAX_IFDS:
            return msg("a damaged TIFF file (its image directories form a loop)")
        seen.add(offset)
        problem, offset = _tiff_ifd_problem(read, size, order, big, offset)
        if problem is not None:
            return problem
        images += 1
    if images == 0:
        return msg("a TIFF file without images")
    return None


def _tiff_ifd_problem(read: Reader, size: int, order: str, big: bool, offset: int) -> Tuple[Optional[Message], int]:
    count_size, entry_size, next_size = (8, 20, 8) if big else (2, 12, 4)
    if offset + count_size > size:
        return _tiff_cut(size), 0
    count = struct.unpack(order + ("Q" if big else "H"), read(offset, count_size))[0]
    table_end = offset + count_size + count * entry_size + next_size
    if table_end > size:
        return _tiff_cut(size), 0
    table = read(offset + count_size, count * entry_size + next_size)
    arrays = {}
    for index in range(count):
        entry = table[index * entry_size : (index + 1) * entry_size]
        if big:
            tag, kind, n = struct.unpack(order + "HHQ", entry[:12])
            inline, value = 8, entry[12:20]
        else:
            tag, kind, n = struct.unpack(order + "HHI", entry[:8])
            inline, value = 4, entry[8:12]
        code, item = _TIFF_TYPES.get(kind, ("B", 1))
        length = n * item
        if length > inline:
            where = struct.unpack(order + ("Q" if big else "I"), value)[0]
            if where + length > size:
                return _tiff_cut(size), 0
            data = read(where, length) if tag in _OFFSET_TAGS or tag in _OFFSET_TAGS.values() else b""
        else:
            data = value[:length]
        if data:
            arrays[tag] = struct.unpack(order + code * n, data) if len(code) == 1 else ()
    next_offset = struct.unpack(order + ("Q" if big else "I"), table[count * entry_size:])[0]
    for offsets_tag, counts_tag in _OFFSET_TAGS.items():
        if offsets_tag in arrays:
            offsets, counts = arrays[offsets_tag], arrays.get(counts_tag, ())
            if len(offsets) != len(counts):
                return msg("a damaged TIFF file (block offsets and sizes do not match)"), 0
            for start, length in zip(offsets, counts):
                if length and (start == 0 or start + length > size):
                    return _tiff_cut(size), 0
            return None, next_offset
    return msg("a damaged TIFF file (an image without data blocks)"), 0


def _tiff_cut(size: int) -> Message:
    return msg("an incomplete TIFF file (its structure points past its {:,} bytes)", size)


def _jp2_problem(read: Reader, size: int) -> Optional[Message]:
    position, names = 0, []
    while position < size:
        header = read(position, 16)
        if len(header) < 8:
            return _jp2_cut(size)
        length, name = struct.unpack(">I4s", header[:8])
        header_length = 8
        if length == 1:
            if len(header) < 16:
                return _jp2_cut(size)
            length, header_length = struct.unpack(">Q", header[8:16])[0], 16
        elif length == 0:
            length = size - position
        if length < header_length or position + length > size:
            return _jp2_cut(size)
        names.append(name)
        if name == b"jp2c":
            codestream = read(position + header_length, 2)
            end = read(position + length - 2, 2)
            if codestream != b"\xff\x4f" or end != b"\xff\xd9":
                return msg("an incomplete JPEG 2000 file (its codestream does not end with an end marker)")
        position += length
    if names[:2] != [b"jP  ", b"ftyp"] or b"jp2c" not in names:
        return msg("a damaged JPEG 2000 file (boxes missing)")
    return None


def _jp2_cut(size: int) -> Message:
    return msg("an incomplete JPEG 2000 file (its boxes reach past its {:,} bytes)", size)


def _png_problem(read: Reader, size: int) -> Optional[Message]:
    position = len(PNG_SIGNATURE)
    while position + 12 <= size:
        length, name = struct.unpack(">I4s", read(position, 8))
        position += 12 + length
        if name == b"IEND":
            return None if position <= size else _png_cut(size)
    return _png_cut(size)


def _png_cut(size: int) -> Message:
    return msg("an incomplete PNG image ({:,} bytes, no end chunk)", size)


def _jpeg_problem(read: Reader, size: int) -> Optional[Message]:
    tail = read(max(0, size - 64), 64).rstrip(b"\x00\r\n ")
    if not tail.endswith(b"\xff\xd9"):
        return msg("an incomplete JPEG image ({:,} bytes, no end marker)", size)
    return None


def _zip_problem(handle, size: int) -> Optional[Message]:
    head = handle.read(4)
    handle.seek(0)
    if _HTML.match(handle.read(HEAD_BYTES)):
        return msg("a web page (HTML) instead of a {} file", kind_label(ZIP))
    handle.seek(0)
    if head[:2] != b"PK":
        return msg("data that is not a {} file (it starts with {})", kind_label(ZIP), _printable(head))
    try:
        with zipfile.ZipFile(handle) as archive:
            for member in archive.infolist():
                # local header (30 bytes + name) and data must lie inside the file
                if member.header_offset + 30 + len(member.filename) + member.compress_size > size:
                    return msg("an incomplete ZIP file (member {} reaches past its end)", member.filename)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        return msg("an incomplete or damaged ZIP file ({})", str(error))
    return None
