"""A CityGML document as a sequence of complete documents, parsed one ahead in a worker thread.

Why: ``etree.fromstring`` on a complete document is the fastest way lxml parses, and libxml2 parses without the
GIL, so the next piece is parsed while the caller walks the buildings of this one. The stream is cut at
``cityObjectMember`` boundaries into pieces of about PIECE_BYTES; each piece becomes a complete document — the
file's head (XML declaration, root start tag with its namespaces, the model's Envelope: everything before the
first member) + whole members + the root's end tag.

The thread does nothing but parse and free trees (:func:`parsed_pieces`): the cutting (Python) stays in the
caller's thread, and the pieces are large (2 MB), so the thread needs the GIL about twice per piece. Every time a
thread that gave the GIL away wants it back it waits for the other thread (up to the interpreter's switch interval
of 5 ms); with 96 kB pieces cut in the thread that cost 10–15 % more CPU for no wall time (docs/citygml.md,
"Performance"). The thread also frees the trees the caller is done with: freed in the caller's thread, their
memory went back to the thread's malloc arena while it was allocating the next tree. With one usable core there is
no worker: the caller parses each piece itself.

The buildings' lodNTerrainIntersection elements are left out of the pieces (:func:`kept_spans`): never read, a
quarter of an NRW tile's bytes.

A cut is the start of a member start tag directly preceded (whitespace apart) by the end tag of the previous
member — a boundary at depth 1 — and not inside a comment or CDATA section. Documents without such boundaries
(members named differently, nesting) are read as one piece; non-ASCII-compatible encodings (UTF-16) are left to
the streaming reader. Error positions are given in lines of the original file.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from typing import IO, Iterator, List, Optional, Tuple

import numpy as np
from lxml import etree

PIECE_BYTES = 2 * 1024 * 1024
# The first pieces are smaller (128 kB, then doubling): the caller waits for the first parse, not for 2 MB of it.
FIRST_PIECE_BYTES = 128 * 1024
READ_BYTES = 1024 * 1024

_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)[\s/>]")
_MEMBER = re.compile(rb"<([A-Za-z_][\w.\-]*:)?cityObjectMember[\s>]")


@dataclass
class Piece:
    """A parsed piece: its root element, or the error its parse raised, and the file line it starts at."""

    root: Optional[etree._Element]
    error: Optional[BaseException]
    first_line: int  # line of the file where the piece's members begin (1-based)
    head_lines: int  # lines of the repeated head in front of them


class PieceError(Exception):
    """A syntax error of a piece, with the line in the original file."""

    def __init__(self, error: etree.XMLSyntaxError, line: int) -> None:
        super().__init__(f"line {line}: {getattr(error, 'msg', None) or error}")
        self.line = line


class Cutter:
    """Cuts the byte stream of a CityGML document into pieces (see the module docstring)."""

    def __init__(self, stream: IO[bytes], head: bytes) -> None:
        self.stream = stream
        self.buffer = bytearray(head)  # appended in place, cut from the front in place: each byte copied ~twice
        self.eof = False
        self.prefix = b""
        self.root_end = b""
        self.start_tag = b""
        self.end_before = re.compile(rb"\Z.")
        self.line = 1
        self.leave_out = False

    def _read(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(READ_BYTES)
        if not data:
            self.eof = True
            return False
        self.buffer += data
        return True

    def prepare(self) -> bool:
        """Find the root element and the first member; False when this document cannot be cut."""
        root = _ROOT.search(self.buffer)
        if root is None or root.group(2) != b"CityModel" or b"<!--" in self.buffer[: root.start()]:
            return False
        first = _MEMBER.search(self.buffer, root.end())
        while first is None and len(self.buffer) < 8 * PIECE_BYTES and self._read():
            first = _MEMBER.search(self.buffer, root.end())
        if first is None:
            return False
        member = first.group(1) or b""
        self.start_tag = b"<" + member + b"cityObjectMember"
        self.end_before = re.compile(rb"</" + re.escape(member) + rb"cityObjectMember\s*>\s*\Z")
        self.root_end = b"</" + (root.group(1) or b"") + root.group(2) + b">"
        self.prefix = bytes(self.buffer[: first.start()])
        # Without a srsName in the head, the buildings' own srsNames name the CRS: then every element is parsed.
        self.leave_out = b"srsName" in self.prefix
        self.line = 1 + self.prefix.count(b"\n")
        del self.buffer[: first.start()]
        return True

    def _cut(self, start: int) -> int:
        """Offset of a member boundary at or after ``start`` in the buffer, or -1."""
        data, start_tag = self.buffer, self.start_tag
        position = start
        while True:
            cut = data.find(start_tag, position)
            if cut < 0:
                return -1
            position = cut + len(start_tag)
            if data[position : position + 1] not in (b" ", b">", b"\t", b"\n", b"\r"):
                continue
            if self.end_before.search(data, max(0, cut - 256), cut) is None:
                continue
            if self._inside_markup(cut):
                continue
            return cut

    def _inside_markup(self, cut: int) -> bool:
        data = self.buffer
        if data.find(b"!", 0, cut) < 0 or data.rfind(b"<!", 0, cut) < 0:  # "!" alone: one memchr
            return False
        return data.rfind(b"<!--", 0, cut) > data.rfind(b"-->", 0, cut) or data.rfind(
            b"<![CDATA[", 0, cut
        ) > data.rfind(b"]]>", 0, cut)

    def _document(self, end: int, tail: bytes) -> bytes:
        """The head + the members in ``buffer[:end]`` (see :func:`kept_spans`) + ``tail``."""
        parts: List[object] = [self.prefix]
        with memoryview(self.buffer) as view:
            for start, stop, breaks in kept_spans(self.buffer, end) if self.leave_out else [(0, end, 0)]:
                parts.append(view[start:stop])
                if breaks:
                    parts.append(b"\n" * breaks)
            parts.append(tail)
            document = b"".join(parts)
            parts.clear()  # the slices of the view, released before the view is
        return document

    def __iter__(self) -> Iterator[Tuple[bytes, int]]:
        """(complete document, file line of its first member) for every piece."""
        size = FIRST_PIECE_BYTES
        while True:
            size = min(size, PIECE_BYTES)
            while len(self.buffer) < size and self._read():
                pass
            cut = self._cut(size) if len(self.buffer) > size else -1
            while cut < 0 and self._read():
                cut = self._cut(size)
            size *= 2
            if cut < 0:  # the rest, with the file's own end
                yield self._document(len(self.buffer), b""), self.line
                return
            document = self._document(cut, b"\n" + self.root_end)
            lines = newlines(self.buffer, cut)
            del self.buffer[:cut]
            yield document, self.line
            self.line += lines


_TERRAIN_START = re.compile(
    rb"<((?:[A-Za-z_][\w.\-]*:)?lod[1-4]TerrainIntersection)(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(/?)>"
)
_TERRAIN_NAME = re.compile(rb"</?(?:[A-Za-z_][\w.\-]*:)?lod[1-4]")
_TERRAIN = b"TerrainIntersection"


def kept_spans(data: bytearray, end: int) -> List[Tuple[int, int, int]]:
    """The spans of ``data[:end]`` to parse, as (start, stop, line breaks after it): everything but the buildings'
    lodNTerrainIntersection elements.

    Why: they are never read (the curves where a building meets the terrain), yet they are a quarter of an NRW
    LoD2 tile's bytes. Each is replaced by its line breaks, so lines in error messages stay those of the file. The
    piece is kept whole wherever a cut could be wrong: a piece with comments, CDATA, processing instructions or a
    DOCTYPE ("<!", "<?"), a start tag that does not parse, an element without its own end tag or with one of the
    same name inside.
    """
    whole = [(0, end, 0)]
    if data.find(_TERRAIN, 0, end) < 0:
        return whole
    if (data.find(b"!", 0, end) >= 0 and data.find(b"<!", 0, end) >= 0) or (
        data.find(b"?", 0, end) >= 0 and data.find(b"<?", 0, end) >= 0
    ):
        return whole
    spans: List[Tuple[int, int, int]] = []
    position = search = 0
    while True:
        hit = data.find(_TERRAIN, search, end)
        if hit < 0:
            break
        search = hit + len(_TERRAIN)
        start = data.rfind(b"<", max(position, hit - 80), hit)
        if start < 0 or _TERRAIN_NAME.fullmatch(data, start, hit) is None:
            continue  # the word in a text or an attribute value
        tag = _TERRAIN_START.match(data, start, end)
        if tag is None or data[start + 1 : start + 2] == b"/":
            return whole  # a tag of this name that the pattern does not take apart: leave the piece alone
        stop = tag.end()
        if not tag.group(2):  # <name …> … </name>
            name = tag.group(1)
            close = data.find(b"</" + name, stop, end)
            if close < 0 or data.find(b"<" + name, stop, close) >= 0:
                return whole
            closing = _end_tag(name).match(data, close, end)
            if closing is None:
                return whole
            stop = closing.end()
        spans.append((position, start, _line_breaks(data, start, stop)))
        position = search = stop
    spans.append((position, end, 0))
    return spans


@functools.lru_cache(maxsize=16)
def _end_tag(name: bytes) -> "re.Pattern[bytes]":
    return re.compile(rb"</" + re.escape(name) + rb"\s*>")


def newlines(data: bytearray, end: int) -> int:
    """Line breaks in ``data[:end]``: numpy comparisons, ~15 times faster than ``bytearray.count`` (a byte loop
    that took a tenth of the import's CPU time on a 40 MB file; the lines are only for error messages).

    In blocks of NEWLINE_BLOCK bytes: one comparison of a whole 2 MB piece made a 2 MB temporary array, which
    malloc maps fresh from the system every time in a first run — 500 page faults per piece."""
    return sum(_line_breaks(data, start, min(start + NEWLINE_BLOCK, end)) for start in range(0, end, NEWLINE_BLOCK))


def _line_breaks(data: bytearray, start: int, stop: int) -> int:
    """Line breaks in ``data[start:stop]`` (numpy; ``bytearray.count`` is a byte loop, 3–4 µs per 1.5 kB).

    One expression, no name for the numpy view: the view holds an export of the bytearray, which cannot be resized
    while it lives, and a frame that a sampling profiler (Dask's workers run one) still holds after the call keeps its
    named locals alive — the cutter's next resize then failed with BufferError."""
    return int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8, count=stop - start, offset=start) == 10))


NEWLINE_BLOCK = 64 * 1024


# (tree, syntax error, file line) of one parsed piece
_Tree = Tuple[Optional[etree._Element], Optional[etree.XMLSyntaxError], int]


def parsed_pieces(cutter: Cutter, parser_options: dict) -> Iterator[Piece]:
    """The pieces of ``cutter``: cut in the caller's thread, each parsed in a worker thread while the caller reads
    the piece before it. After a syntax error no further piece is given. Errors reading the stream are raised as
    they are (the caller's thread reads); closing the generator early waits for the parse under way."""
    head_lines = cutter.prefix.count(b"\n")
    finished: List[Piece] = []  # pieces the caller is done with: their trees are freed in the worker
    local = threading.local()

    def parse(document: bytes) -> Tuple[Optional[etree._Element], Optional[etree.XMLSyntaxError]]:
        finished.clear()
        parser = getattr(local, "parser", None)
        if parser is None:  # an lxml parser is used in one thread only
            parser = local.parser = etree.XMLParser(**parser_options)
        try:
            return etree.fromstring(document, parser), None
        except etree.XMLSyntaxError as error:
            return None, error

    def trees(documents: Iterator[Tuple[bytes, int]]) -> Iterator[_Tree]:
        """(tree, syntax error, line) per piece, in order."""
        if usable_cores() < 2:  # a second thread would only take turns with this one
            for document, line in documents:
                yield (*parse(document), line)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="nrwtwin-citygml-parse") as pool:
            # One piece ahead: the next one is cut and handed to the worker before this one's tree is awaited.
            ahead = [(pool.submit(parse, document), line) for document, line in islice(documents, 1)]
            try:
                while ahead:
                    future, line = ahead.pop(0)
                    ahead.extend((pool.submit(parse, d), next_line) for d, next_line in islice(documents, 1))
                    yield (*future.result(), line)
                    del future
            finally:
                for future, _line in ahead:
                    future.cancel()

    with closing(trees(iter(cutter))) as results:
        try:
            for root, error, line in results:
                piece = Piece(root, error, line, head_lines)
                del root
                yield piece
                if error is not None:
                    return
                finished.append(piece)
                del piece
        finally:
            finished.clear()


def usable_cores() -> int:
    """Processor cores this process may run on (its affinity, where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def file_line(piece: Piece, error: etree.XMLSyntaxError) -> int:
    """The line of the original file that a syntax error of a piece points at."""
    line = getattr(error, "lineno", None) or (error.position[0] if getattr(error, "position", None) else 1)
    return max(1, piece.first_line + line - 1 - piece.head_lines)
