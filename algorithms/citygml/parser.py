"""Streaming CityGML 1.0/2.0/3.0 reader: lxml iterparse over Building elements, measured in batches.

XML is parsed without DTD loading, entity expansion or network access, and without lxml's ``huge_tree`` (so
pathological nesting/text sizes are refused). Each Building is read into the batch's flat lists
(:mod:`.gml`) and freed right away; every BATCH_BUILDINGS buildings the batch is converted and measured in one
go (:func:`.batch.finish`), so memory stays bounded by a batch, not by the file.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Callable, Iterator, List, Optional, Set, Tuple

import numpy as np
from lxml import etree

from ..errors import NrwTwinError
from ..messages import Message, msg
from ..progress import NullProgress, Progress, check_canceled
from .batch import BATCH_BUILDINGS, BuildingError, Context, RawBatch, parse_texts
from .crs import CrsInfo, parse_srs_name
from .gml import BUILDING_TAGS, CITYMODEL_TAGS, ENVELOPE_TAGS, GML_IDS, GmlReader, srs_names
from .pieces import Cutter, file_line, parsed_pieces
from .records import MeasuredBatch
from .sources import HEAD_BYTES, CountingReader, reading

# remove_blank_text: no text nodes for the indentation between elements (~400,000 in a 40 MB tile), 10 %
# faster; every text the reader uses is stripped anyway. collect_ids=False: libxml2 checks every attribute for
# being an XML ID (xml:id) and keeps a table of them; nothing here looks elements up by ID (gml:id is no XML ID to
# libxml2 anyway), and the 100,000 checks of a 40 MB tile are 5 % of its parse.
PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    remove_blank_text=True,
    collect_ids=False,
)
READ_TAGS = CITYMODEL_TAGS + BUILDING_TAGS + ENVELOPE_TAGS
ContextFactory = Callable[[str, Optional[CrsInfo], Optional[np.ndarray]], Context]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block (restored afterwards, also on errors).

    Reference counting still frees everything at once; only the search for reference cycles waits. Worth it
    where many small objects are made in a process that holds many others (QGIS): every full collection rescans
    the ~100,000 objects of QGIS's Python side.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _local(tag: object) -> Tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag[:1] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _root_error(name: str, root: etree._Element) -> NrwTwinError:
    ns, local = _local(root.tag)
    return NrwTwinError(
        msg(
            "{} is no CityGML file: its root element is <{}> ({}), not CityModel of CityGML 1.0, 2.0 or 3.0.",
            name,
            local,
            ns or msg("no namespace"),
        )
    )


def _syntax_message(name: str, error: Exception, seen_root: bool) -> Message:
    if not seen_root:
        return msg(
            "{} is not a readable XML/CityGML file ({}). Check that it is a CityGML file and download it again "
            "if needed.",
            name,
            str(error),
        )
    return msg("{} is broken or incomplete at {} — probably a truncated download. Download it again.", name, str(error))


def _release(element: etree._Element) -> None:
    """Free a processed building and everything before it (keeps memory bounded while streaming)."""
    element.clear()
    parent = element.getparent()
    while parent is not None:
        while element.getprevious() is not None:
            del parent[0]
        if parent.tag in CITYMODEL_TAGS:
            break
        element, parent = parent, parent.getparent()


@dataclass
class SkippedObject:
    source_file: str
    gml_id: str
    reason: str


class _Document:
    """State of reading one CityGML document: its CRS, the batch being filled, the buildings skipped."""

    def __init__(self, name: str, progress: Progress, make_context: ContextFactory, crs: Optional[CrsInfo]) -> None:
        self.name, self.progress, self.make_context = name, progress, make_context
        self.crs = crs
        self.overridden = crs is not None  # SOURCE_CRS: srsNames are not checked
        self.mixed = False  # the model's srsName is missing: check every building's
        self.context: Optional[Context] = None
        self.raw = RawBatch()
        self.reader = GmlReader(self.raw, _stem(name))
        self.compatible: Set[str] = set()
        self.skipped: List[SkippedObject] = []
        self.count = 0

    def envelope(self, element: etree._Element) -> None:
        if self.crs is None and element.get("srsName") and self.count == 0:
            parent = element.getparent()
            grand = parent.getparent() if parent is not None else None
            if grand is not None and grand.tag in CITYMODEL_TAGS:
                self.crs = parse_srs_name(element.get("srsName"), self.name)

    def _check_one(self, name: str) -> None:
        """A geometry's srsName must name the file's CRS (else the building is skipped)."""
        if name in self.compatible or self.overridden:
            return
        crs = parse_srs_name(name, self.name)
        if self.crs is None:
            self.crs = crs
            self.mixed = True
        elif not crs.horizontal.equals(self.crs.horizontal, ignore_axis_order=True):
            raise BuildingError(msg("uses srsName {}, unlike the rest of the file", name))
        self.compatible.add(name)

    def building(self, element: etree._Element) -> None:
        """Read one Building into the batch (broken ones are reported and skipped)."""
        check_canceled(self.progress)
        self.reader.ordinal += 1
        try:
            if not self.overridden and (self.crs is None or self.mixed):
                # No srsName on the model: the srsNames inside the buildings name the file's CRS; every building
                # is checked until one of them differs from the first (then the file mixes CRSs).
                for name in srs_names(element):
                    self._check_one(name)
            self.reader.read(element)
        except BuildingError as error:
            gml_id = element.get(GML_IDS[0]) or element.get(GML_IDS[1]) or self.reader.building_id
            self.skip(gml_id, error.args[0])

    def skip(self, gml_id: str, reason: object) -> None:
        self.skipped.append(SkippedObject(self.name, gml_id, str(reason)))
        self.progress.warning(msg("{}: building {} skipped: {}", self.name, gml_id, reason))

    def sample(self) -> Optional[np.ndarray]:
        """The first ring of the batch as points (as written in the file), for the CRS checks."""
        for text in self.raw.rings[:8]:
            try:
                values, counts = parse_texts([text]) if isinstance(text, str) else (np.asarray(text), None)
            except ValueError:
                continue
            if values.size >= 3 and values.size % 3 == 0:
                return values.reshape(-1, 3)
        return None

    def flush(self) -> MeasuredBatch:
        if self.context is None:
            self.context = self.make_context(self.name, self.crs, self.sample())
        raw, self.raw = self.raw, RawBatch()
        self.reader.raw = self.raw
        self.reader.first_polygon = 0
        before = len(self.context.skipped)
        batch = _finish(raw, self.context)
        for gml_id, reason in self.context.skipped[before:]:
            self.skip(gml_id, reason)
        self.count += batch.building_count
        return batch


def _finish(raw: RawBatch, context: Context) -> MeasuredBatch:
    from .batch import finish

    return finish(raw, context)


def _stem(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/"))
    for suffix in (".gz", ".gml", ".xml", ".zip"):
        if base.lower().endswith(suffix):
            base = base[: -len(suffix)]
    return base or "building"


def iter_document(
    stream: IO[bytes],
    name: str,
    progress: Progress,
    make_context: ContextFactory,
    crs: Optional[CrsInfo] = None,
    skipped: Optional[List[SkippedObject]] = None,
    pieces: bool = True,
) -> Iterator[MeasuredBatch]:
    """Measured batches of one CityGML document (stream), skipping and reporting broken buildings.

    ``make_context(name, crs, sample)`` decides how the document's coordinates are read and reprojected; ``crs``
    overrides the document's srsName (the user's SOURCE_CRS). Skipped buildings are appended to ``skipped``.
    Documents that can be cut at their members are parsed piece by piece (:mod:`.pieces`); the others are
    streamed with iterparse.
    """
    doc = _Document(name, progress, make_context, crs)
    try:
        with reading(name):
            cutter = Cutter(stream, stream.read(HEAD_BYTES)) if pieces else None
            if cutter is not None and cutter.prepare():
                yield from _iter_pieces(cutter, doc, name, _progress_of(stream))
            else:
                replay = CountingReader(stream, 1, _ignore, bytes(cutter.buffer)) if cutter is not None else stream
                yield from _iter_stream(replay, doc, name)
    finally:
        if skipped is not None:
            skipped.extend(doc.skipped)


def _ignore(_fraction: float) -> None:
    return None


def _progress_of(stream: IO[bytes]) -> Callable[[], None]:
    """Progress by bytes read, told once per batch instead of on every read of the stream."""
    on_read = getattr(stream, "on_read", None)
    if on_read is None:
        return lambda: None
    stream.on_read = _ignore  # type: ignore[attr-defined]

    def tell() -> None:
        on_read(min(1.0, stream.done / stream.total))  # type: ignore[attr-defined]

    return tell


def _iter_pieces(cutter: Cutter, doc: _Document, name: str, tell: Callable[[], None]) -> Iterator[MeasuredBatch]:
    seen_root = False
    for piece in parsed_pieces(cutter, PARSER_OPTIONS):
        if piece.error is not None:
            _raise_piece_error(piece, name, seen_root)
        root = piece.root
        if root.tag not in CITYMODEL_TAGS:  # type: ignore[union-attr]
            raise _root_error(name, root)  # type: ignore[arg-type]
        if not seen_root:
            for envelope in root.iter(ENVELOPE_TAGS):  # type: ignore[union-attr]
                doc.envelope(envelope)
                break
            seen_root = True
        buildings = root.iter(BUILDING_TAGS)  # type: ignore[union-attr]
        while True:
            with paused_gc():
                done = _read_buildings(buildings, doc)
                batch = None if done else doc.flush()  # a batch may span pieces: flushed when full
            if batch is None:
                break
            yield batch
            tell()
        del root, buildings, piece
    if doc.raw.buildings:
        with paused_gc():
            batch = doc.flush()
        yield batch
    tell()


def _read_buildings(buildings: Iterator[etree._Element], doc: _Document) -> bool:
    """Read up to BATCH_BUILDINGS buildings of a piece; True when the piece is done."""
    for element in buildings:
        doc.building(element)
        if len(doc.raw.buildings) >= BATCH_BUILDINGS:
            return False
    return True


def _raise_piece_error(piece, name: str, seen_root: bool) -> None:
    error = piece.error
    line = file_line(piece, error)
    reason = getattr(error, "msg", None) or str(error)
    raise NrwTwinError(_syntax_message(name, f"line {line}: {reason}", seen_root or piece.first_line > 1))


def _iter_stream(stream: IO[bytes], doc: _Document, name: str) -> Iterator[MeasuredBatch]:
    root: Optional[etree._Element] = None
    context = etree.iterparse(stream, events=("start", "end"), tag=READ_TAGS, **PARSER_OPTIONS)
    try:
        events = iter(context)
        done = False
        while not done:
            # The cyclic garbage collector is paused while a batch is parsed (never across a yield).
            with paused_gc():
                root, done = _parse_batch(events, doc, root, name)
                batch = doc.flush() if doc.raw.buildings else None
            if batch is not None:
                yield batch
    except etree.XMLSyntaxError as error:
        raise NrwTwinError(_syntax_message(name, error, root is not None)) from None
    if root is None:
        found = getattr(context, "root", None)
        if found is None:
            raise NrwTwinError(msg("{} contains no XML element. Download it again.", name))
        raise _root_error(name, found)


def _parse_batch(events, doc: _Document, root: Optional[etree._Element], name: str):
    """Parse up to BATCH_BUILDINGS buildings; (root, end of document reached)."""
    for event, element in events:
        if root is None:
            root = element.getroottree().getroot()
            if root.tag not in CITYMODEL_TAGS:
                raise _root_error(name, root)
        if event == "start":
            continue
        tag = element.tag
        if tag in ENVELOPE_TAGS:
            doc.envelope(element)
            continue
        if tag in CITYMODEL_TAGS:
            continue
        try:
            doc.building(element)
        finally:
            _release(element)
        if len(doc.raw.buildings) >= BATCH_BUILDINGS:
            return root, False
    return root, True


# --------------------------------------------------------------------------- peeking


@dataclass
class Peek:
    """What the head of a CityGML document says: its CRS (None: no srsName) and a few points as written."""

    crs: Optional[CrsInfo]
    sample: Optional[np.ndarray]


def peek_document(stream: IO[bytes], name: str, max_buildings: int = 4) -> Peek:
    """The CRS and the first points of a CityGML document, reading only up to its first buildings."""
    doc = _Document(name, NullProgress(), lambda *_args: None, None)  # type: ignore[arg-type, return-value]
    corners: List[str] = []
    context = etree.iterparse(stream, events=("end",), **PARSER_OPTIONS)
    seen = 0
    root = None
    try:
        with reading(name):
            for _event, element in context:
                if root is None:
                    root = element.getroottree().getroot()
                    if root.tag not in CITYMODEL_TAGS:
                        raise _root_error(name, root)
                tag = element.tag
                if tag in ENVELOPE_TAGS:
                    doc.envelope(element)
                    corners.extend((child.text or "") for child in element)
                elif tag in BUILDING_TAGS:
                    doc.building(element)
                    _release(element)
                    seen += 1
                    if doc.raw.buildings or seen >= max_buildings:
                        break
    except etree.XMLSyntaxError as error:
        raise NrwTwinError(_syntax_message(name, error, root is not None)) from None
    if root is None:
        raise NrwTwinError(msg("{} contains no XML element. Download it again.", name))
    if root.tag not in CITYMODEL_TAGS:
        raise _root_error(name, root)
    sample = doc.sample()
    if sample is None and corners:
        sample = _corner_sample(corners)
    return Peek(doc.crs, sample)


def _corner_sample(corners: List[str]) -> Optional[np.ndarray]:
    try:
        values, counts = parse_texts(corners)
    except ValueError:
        return None
    if values.size % 3 or not values.size:
        return None
    points = values.reshape(-1, 3)
    points = points[np.isfinite(points[:, :2]).all(axis=1)]
    return points if len(points) else None
