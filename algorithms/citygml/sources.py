"""Opening 3D city model files: plain, gzip or ZIP; what format and version they are; read errors as messages.

Formats: CityGML 1.0/2.0/3.0 (``.gml``, ``.xml``, also inside ``.gz`` and ``.zip``), CityJSON 1.1/2.0
(``.json``, ``.city.json``) and CityJSONSeq (``.jsonl``, ``.city.jsonl``). The format is told by the content
(the first 64 KiB), not by the file name; the CityGML version by the namespaces declared in that head, so a
file this reader cannot read is refused before its body is read.
"""

from __future__ import annotations

import gzip
import os
import re
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Callable, Iterator, Optional, Tuple

from ..errors import NrwTwinError, read_error
from ..messages import msg

HEAD_BYTES = 65536
PROGRESS_STEP = 0.005  # fraction of a document read between two progress reports
# Uncompressed ZIP members above this size or compression ratio are refused (zip bombs).
ZIP_MAX_MEMBER_BYTES = 8 * 1024**3
ZIP_MAX_RATIO = 200
MEMBER_SUFFIXES = (".gml", ".xml", ".json", ".jsonl")

CITYGML_NS = re.compile(rb"http://www\.opengis\.net/citygml/(\d+\.\d+)(?=[\"'])")
CITYGML_OLD_NS = re.compile(rb"http://www\.citygml\.org/citygml/(\d+)/(\d+)/(\d+)")
SUPPORTED_CITYGML = ("1.0", "2.0", "3.0")

# Errors of a damaged compressed stream (truncated gzip, bad CRC, bad deflate data, bad magic).
COMPRESSION_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, zipfile.BadZipFile)


@dataclass(frozen=True)
class Head:
    """What the first bytes of a document say: format ("citygml", "cityjson", "cityjsonseq") and version."""

    format: str
    version: str
    data: bytes


class CountingReader:
    """File-like wrapper that counts bytes for progress and serves a pre-read head first.

    ``on_read(fraction)`` is told when the fraction read grew by PROGRESS_STEP or reached the end: iterparse reads
    32 KiB at a time, and a progress signal per read (1,200 on a 40 MB file) cost QGIS 2 % of the import.
    """

    def __init__(self, raw: IO[bytes], total: int, on_read: Callable[[float], None], head: bytes = b"") -> None:
        self.raw, self.total, self.done, self.on_read, self.head = raw, max(total, 1), 0, on_read, head
        self.told = 0.0

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            data = self.raw.read(size)
        elif size is None or size < 0:
            data, self.head = self.head + self.raw.read(), b""
        else:
            data, self.head = self.head[:size], self.head[size:]
        self.done += len(data)
        fraction = min(1.0, self.done / self.total)
        if fraction - self.told >= PROGRESS_STEP or (fraction == 1.0 and self.told < 1.0):
            self.told = fraction
            self.on_read(fraction)
        return data


@contextmanager
def reading(name: str) -> Iterator[None]:
    """Turn the errors of reading a (compressed) file into a message naming it."""
    try:
        yield
    except COMPRESSION_ERRORS as error:
        raise NrwTwinError(
            msg("{} is damaged: its compressed data cannot be read ({}). Download it again.", name, _reason(error))
        ) from None
    except OSError as error:
        raise read_error(error, name) from None


def _reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) < 120 else text[:117] + "…"


def _gzip_size(path: str) -> int:
    with open(path, "rb") as handle:
        handle.seek(-4, os.SEEK_END)
        return int.from_bytes(handle.read(4), "little") or os.path.getsize(path)


def check_readable(path: str) -> int:
    """The file's size; NrwTwinError when it is missing, a folder, unreadable or empty."""
    if os.path.isdir(path):
        raise NrwTwinError(
            msg("{} is a folder; choose the CityGML or CityJSON files in it (.gml, .xml, .gz, .zip, .json).", path)
        )
    if not os.path.exists(path):
        raise NrwTwinError(msg("The file {} does not exist.", path))
    try:
        with open(path, "rb"):
            pass
        size = os.path.getsize(path)
    except OSError as error:
        raise read_error(error, path) from None
    if size == 0:
        raise NrwTwinError(msg("The file {} is empty (0 bytes). Download it again.", os.path.basename(path)))
    return size


def open_sources(path: str) -> Iterator[Tuple[str, IO[bytes], int]]:
    """Yield (name, binary stream, uncompressed size) of each city model document in ``path``.

    Plain files as they are, ``.gz`` decompressed on the fly, ``.zip``: every ``.gml``/``.xml``/``.json``/
    ``.jsonl`` member, read as a stream — nothing is extracted to disk, member names are never used as
    paths, over-large or over-compressed members (zip bombs) are refused. Damaged archives and
    unreadable files raise NrwTwinError naming the file.
    """
    name = os.path.basename(path)
    size = check_readable(path)
    with reading(name):
        with open(path, "rb") as handle:
            magic = handle.read(4)
        if magic.startswith(b"PK\x03\x04") or name.lower().endswith(".zip"):
            yield from _zip_members(path, name)
            return
        if magic.startswith(b"\x1f\x8b") or name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                yield name, stream, _gzip_size(path)
            return
        with open(path, "rb") as stream:
            yield name, stream, size


def _zip_members(path: str, name: str) -> Iterator[Tuple[str, IO[bytes], int]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise NrwTwinError(msg("{} is not a readable ZIP archive ({}). Download it again.", name, str(error))) from None
    with archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and info.filename.lower().endswith(MEMBER_SUFFIXES)
        ]
        if not members:
            raise NrwTwinError(
                msg("The ZIP archive {} contains no CityGML or CityJSON file. Choose another archive.", name)
            )
        for info in members:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > ZIP_MAX_MEMBER_BYTES or (info.file_size > 10**8 and ratio > ZIP_MAX_RATIO):
                raise NrwTwinError(
                    msg(
                        "{}: the member {} would unpack to {:,} bytes (ratio {:.0f}:1); refused as a possible "
                        "ZIP bomb.",
                        name,
                        info.filename,
                        info.file_size,
                        ratio,
                    )
                )
            with archive.open(info) as stream:
                yield f"{name}/{info.filename}", stream, info.file_size


def read_head(stream: IO[bytes], name: str) -> Head:
    """The first 64 KiB of a document and what they say (format and version).

    Refuses what is not a city model this reader handles — with a message naming the CityGML version
    when it is one we do not read — and DTDs that declare entities (CityGML never needs them; entity
    declarations are how "billion laughs" expansion and external-entity reads work, which the XML parser
    would not perform anyway).
    """
    with reading(name):
        data = stream.read(HEAD_BYTES)
    if not data.strip():
        raise NrwTwinError(msg("The file {} is empty. Download it again.", name))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"{", b"["):
        return Head(_json_kind(data, name), _json_version(data), data)
    upper = data.upper()
    if b"<!DOCTYPE" in upper and b"<!ENTITY" in upper:
        raise NrwTwinError(
            msg(
                "{} declares XML entities in a DOCTYPE, which CityGML files never do; it was refused for safety "
                "(entity expansion or external file access). Use the original file of the data provider.",
                name,
            )
        )
    return Head("citygml", citygml_version(data, name), data)


def citygml_version(data: bytes, name: str) -> str:
    """The CityGML version of a document from the namespaces in its head ("1.0", "2.0", "3.0").

    "" when no CityGML namespace is declared there (the parser then tells what the root element is).
    """
    versions = {match.decode("ascii") for match in CITYGML_NS.findall(data)}
    known = [v for v in SUPPORTED_CITYGML if v in versions]
    if known:
        return known[-1]
    if versions:
        raise NrwTwinError(
            msg(
                "{} is CityGML {}, which this import does not read (it reads CityGML 1.0, 2.0 and 3.0). "
                "Convert the file, e.g. with citygml-tools.",
                name,
                ", ".join(sorted(versions)),
            )
        )
    old = CITYGML_OLD_NS.search(data)
    if old:
        raise NrwTwinError(
            msg(
                "{} is pre-standard CityGML 0.x (namespace {}), which this import does not read (it reads CityGML "
                "1.0, 2.0 and 3.0). Convert the file, e.g. with citygml-tools.",
                name,
                old.group(0).decode("ascii"),
            )
        )
    return ""


_JSON_VERSION = re.compile(rb'"version"\s*:\s*"([^"]*)"')
_JSON_TYPE = re.compile(rb'"type"\s*:\s*"(CityJSON|CityJSONFeature)"')


def _json_version(data: bytes) -> str:
    match = _JSON_VERSION.search(data)
    return match.group(1).decode("ascii", "replace") if match else ""


def _json_kind(data: bytes, name: str) -> str:
    """"cityjsonseq" when the first line is a complete JSON object followed by more lines, else "cityjson"."""
    if name.lower().endswith(".jsonl"):
        return "cityjsonseq"
    first, newline, rest = data.strip().partition(b"\n")
    if newline and rest.strip().startswith(b"{") and first.rstrip().endswith(b"}"):
        types = _JSON_TYPE.findall(data)
        if b"CityJSONFeature" in types:
            return "cityjsonseq"
    return "cityjson"


def document_size(stream_size: int, head: Optional[Head]) -> int:
    """Size used for progress: the stream's, at least the head's."""
    return max(stream_size, len(head.data) if head else 0, 1)
