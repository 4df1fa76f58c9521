"""Read a large CityGML file with two processes: the second half is parsed in a forked child.

Why: one core parses a 40 MB tile, measures it and builds the GeoPackage rows in ~0.55 s, most of it in
Python (lxml's C parser takes ~0.13 s); ``ogr2ogr`` needs ~0.45 s. Threads do not help (the Python part
holds the GIL, measured), a second process does.

How: the file is memory-mapped and cut at a ``cityObjectMember`` boundary near ``PARENT_SHARE`` of its
length. The parent reads piece A = the bytes before the cut + the root's end tag; the child reads piece B =
the file's head (XML declaration, root start tag with its namespaces, the model's Envelope — everything
before the first member) + the bytes from the cut. Both are ordinary, complete CityGML documents read by
:func:`.parser.iter_document` with the same options. The child converts its batches with the caller's
``convert`` (e.g. to GeoPackage rows) and streams them pickled through a pipe, drained by a thread of the
parent (so the child never waits); the parent yields its own batches first, then the child's, so the
output order (and every feature id) equals a one-process read.

Safety (see docs/citygml.md, "Performance"): ``os.fork`` only on Linux and only when the caller allows it
(the Processing algorithm does not in the QGIS desktop application, where other threads may hold locks);
the child never returns into the caller's code (``os._exit``), touches no Qt/QGIS/SQLite object and
reports nothing itself: its skipped buildings are reported by the parent. Any failure of the child (crash,
no answer within ``CHILD_TIMEOUT_S`` or 10× the parent's time, unreadable answer) makes the parent read
piece B itself; an XML error in either piece is re-checked by a one-process read of the whole file, so the
message names the true line. Compressed files, ZIP archives, files below ``min_bytes`` and reprojected
reads are read in one process, and so is a file whose cut would fall inside a comment or CDATA section.
"""

from __future__ import annotations

import io
import mmap
import os
import pickle
import queue
import re
import signal
import struct
import sys
import threading
import time
import warnings
from typing import Callable, Iterator, List, Optional, Sequence, Tuple, TypeVar

from lxml import etree

from ..errors import NrwTwinError
from ..progress import NullProgress, Progress, check_canceled
from .crs import CrsInfo
from .parser import (
    BATCH_BUILDINGS,
    CityBuilding,
    ReadReport,
    _CountingReader,
    _read_head,
    iter_document,
    open_sources,
    peek_crs,
)

T = TypeVar("T")

# Files below this size are read in one process (forking and merging cost more than they save).
PARALLEL_MIN_BYTES = 16 * 1024**2
# Share of the file the parent reads: it also writes the child's rows, so it takes a little less.
PARENT_SHARE = 0.47
CHILD_TIMEOUT_S = 60.0

_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)[\s/>]")
_MEMBER = re.compile(rb"<([A-Za-z_][\w.\-]*:)?cityObjectMember[\s>]")


def can_fork() -> bool:
    """True where a child process can be forked safely enough for pure-Python/lxml/numpy work (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and _cpus() >= 2


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def find_cut(data: bytes, share: float = PARENT_SHARE) -> Optional[Tuple[int, int, bytes]]:
    """(end of the head, cut offset, end tag of the root) for a CityGML document in ``data``, or None.

    The cut is the start of a ``cityObjectMember`` start tag directly preceded (whitespace apart) by the
    end tag of the previous member — a boundary at depth 1 — and not inside a comment or CDATA section.
    """
    head = data[:65536]
    root = _ROOT.search(head)
    if root is None or root.group(2) != b"CityModel" or b"<!--" in head[: root.start()]:
        return None  # not CityGML, or a comment before the root that might fool the search: one process
    first = _MEMBER.search(data, root.end(), root.end() + 4 * 1024**2)
    if first is None:
        return None
    prefix = first.group(1) or b""
    start_tag = b"<" + prefix + b"cityObjectMember"
    end_before = re.compile(rb"</" + re.escape(prefix) + rb"cityObjectMember\s*>\s*\Z")
    size = len(data)
    position = max(first.end(), int(size * share))
    limit = int(size * 0.9)
    while position < limit:
        cut = data.find(start_tag, position, limit)
        if cut < 0:
            return None
        position = cut + len(start_tag)
        if data[position : position + 1] not in (b" ", b">", b"\t", b"\n", b"\r"):
            continue
        if end_before.search(data[max(0, cut - 256) : cut]) is None:
            continue
        if data.rfind(b"<!", first.start(), cut) >= 0:  # comments or CDATA among the members (rare): check
            if data.rfind(b"<!--", 0, cut) > data.rfind(b"-->", 0, cut):
                return None
            if data.rfind(b"<![CDATA[", 0, cut) > data.rfind(b"]]>", 0, cut):
                return None
        qname = (root.group(1) or b"") + root.group(2)
        return first.start(), cut, b"</" + qname + b">"
    return None


class _PieceReader:
    """File-like object over pieces: (buffer, start, end) ranges of the mapped file or of literal bytes."""

    def __init__(self, pieces: Sequence[Tuple[object, int, int]], on_read: Callable[[float], None]) -> None:
        self.pieces = list(pieces)
        self.total = max(1, sum(end - start for _source, start, end in self.pieces))
        self.index = self.done = 0
        self.offset = self.pieces[0][1] if self.pieces else 0
        self.on_read = on_read

    def read(self, size: int = -1) -> bytes:
        while self.index < len(self.pieces):
            source, _start, stop = self.pieces[self.index]
            if self.offset < stop:
                end = stop if size is None or size < 0 else min(stop, self.offset + size)
                data = source[self.offset : end]
                self.offset = end
                self.done += len(data)
                self.on_read(self.done / self.total)
                return data
            self.index += 1
            if self.index < len(self.pieces):
                self.offset = self.pieces[self.index][1]
        return b""


def _batches(records: Iterator[CityBuilding]) -> Iterator[List[CityBuilding]]:
    batch: List[CityBuilding] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH_BUILDINGS:
            yield batch
            batch = []
    if batch:
        yield batch


def _read_piece(pieces, name, report, progress, extent, target_crs, crs, convert, on_read) -> Iterator[object]:
    reader = _PieceReader(pieces, on_read)
    records = iter_document(reader, name, report, progress, extent, target_crs, crs=crs)
    for batch in _batches(records):
        yield convert(batch)


_FRAME = struct.Struct("<cQ")  # kind (b"B" batch, b"E" end), length of the pickled body


def _send(fd: int, kind: bytes, body: object) -> None:
    data = pickle.dumps(body, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_FRAME.pack(kind, len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _child(write_fd: int, pieces, name, extent, target_crs, crs, convert) -> None:
    """Body of the forked child: read piece B, send each converted batch as it is ready, then the end
    frame ("ok", report) or ("error", message, is_xml_syntax_error); never returns."""
    code = 0
    try:
        import gc

        gc.disable()  # short-lived process: no cycle collection needed
        report = ReadReport()
        try:
            for result in _read_piece(pieces, name, report, NullProgress(), extent, target_crs, crs, convert, _noop):
                _send(write_fd, b"B", result)
            end: tuple = ("ok", report, _memory_kb())
        except NrwTwinError as error:
            end = ("error", str(error), isinstance(error.__cause__, etree.XMLSyntaxError))
        _send(write_fd, b"E", end)
        os.close(write_fd)  # end of answer now, not after the kernel has torn down the copied address space
    except BaseException:  # noqa: BLE001 - the parent notices the missing end frame and reads piece B itself
        code = 1
    finally:
        os._exit(code)


def _noop(_fraction: float) -> None:
    return None


# Memory of the last child (benchmark figures): peak resident size (most of it pages still shared with the
# parent) and the private (copied or new) pages at its end, in KiB.
LAST_CHILD_MEMORY_KB: dict = {}


def _memory_kb() -> dict:
    import resource

    memory = {"peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    memory["private"] = memory.get("private", 0) + int(line.split()[1])
    except (OSError, ValueError):
        pass
    return memory


class _ChildRun:
    """A forked child reading piece B. A thread of the parent drains the pipe while the parent reads piece A
    (so the child never waits for it; os.read releases the GIL); :meth:`frames` hands over the frames."""

    def __init__(self, pieces, name, extent, target_crs, crs, convert) -> None:
        read_fd, write_fd = os.pipe()
        with warnings.catch_warnings():
            # Python ≥ 3.12 warns that fork() in a process with threads may deadlock the child; the child
            # here only runs Python/lxml/numpy and is replaced by the parent's own read when it hangs.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(read_fd)
            _child(write_fd, pieces, name, extent, target_crs, crs, convert)
        os.close(write_fd)
        self.pid, self.fd = pid, read_fd
        self.queue: "queue.Queue[Optional[Tuple[bytes, bytes]]]" = queue.Queue()
        self.thread = threading.Thread(target=self._drain, name="nrwtwin-citygml-pipe", daemon=True)
        self.thread.start()

    def _drain(self) -> None:
        """Cut the byte stream into frames; None at the end of the stream (or on a read error)."""
        buffer = bytearray()
        try:
            while True:
                data = os.read(self.fd, 1 << 20)
                if not data:
                    break
                buffer += data
                while len(buffer) >= _FRAME.size:
                    kind, size = _FRAME.unpack_from(buffer)
                    if len(buffer) < _FRAME.size + size:
                        break
                    self.queue.put((kind, bytes(buffer[_FRAME.size : _FRAME.size + size])))
                    del buffer[: _FRAME.size + size]
        except OSError:
            pass
        finally:
            self.queue.put(None)

    def frames(self, progress: Progress, timeout: float) -> Iterator[Tuple[bytes, object]]:
        """(kind, unpickled body) of each frame; stops at the end of the stream or when ``timeout`` passes
        without a frame (a hanging child)."""
        while True:
            deadline = time.perf_counter() + timeout
            while True:
                check_canceled(progress)
                try:
                    frame = self.queue.get(timeout=0.2)
                    break
                except queue.Empty:
                    if time.perf_counter() > deadline:
                        return
            if frame is None:
                return
            kind, body = frame
            try:
                yield kind, pickle.loads(body)
            except Exception:  # noqa: BLE001 - a garbled frame: the parent reads piece B itself
                return

    def close(self) -> None:
        if self.pid:
            try:
                finished, _status = os.waitpid(self.pid, os.WNOHANG)
                if not finished:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass
            self.pid = 0
        self.thread.join(timeout=5)  # the pipe's write end is closed now: the thread ends
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _merge(report: ReadReport, part: ReadReport, name: str, progress: Optional[Progress]) -> None:
    report.crs = report.crs or part.crs
    report.buildings += part.buildings
    report.parts += part.parts
    report.surfaces += part.surfaces
    report.outside_extent += part.outside_extent
    for skipped in part.skipped:
        report.skipped.append(skipped)
        if progress is not None:
            progress.warning(f"{name}: building {skipped.gml_id} skipped: {skipped.reason}")


def _true_error(path: str, fallback: NrwTwinError) -> NrwTwinError:
    """The error a one-process read of the whole file gives (its line numbers are those of the file)."""
    try:
        for name, stream, size in open_sources(path):
            head = _read_head(stream, name)
            for _record in iter_document(
                _CountingReader(stream, size, _noop, head), name, ReadReport(), NullProgress()
            ):
                pass
    except NrwTwinError as error:
        return error
    return fallback


def _iter_file_parallel(
    path: str,
    mapped: mmap.mmap,
    cut: Tuple[int, int, bytes],
    convert: Callable[[List[CityBuilding]], T],
    progress: Progress,
    report: ReadReport,
    extent,
    target_crs,
    on_read: Callable[[float], None],
) -> Iterator[T]:
    name = os.path.basename(path)
    head_end, offset, root_end = cut
    closing = b"\n" + root_end + b"\n"
    piece_a = [(mapped, 0, offset), (closing, 0, len(closing))]
    piece_b = [(mapped, 0, head_end), (mapped, offset, len(mapped))]
    crs: Optional[CrsInfo] = peek_crs(path)
    share_a = offset / max(1, len(mapped))
    child = _ChildRun(piece_b, name, extent, target_crs, crs, convert)
    part_a, part_b = ReadReport(), ReadReport()
    try:
        started = time.perf_counter()
        try:
            yield from _read_piece(
                piece_a, name, part_a, progress, extent, target_crs, None, convert, lambda f: on_read(share_a * f)
            )
        except NrwTwinError as error:
            if isinstance(error.__cause__, etree.XMLSyntaxError):
                raise _true_error(path, error) from error.__cause__
            raise
        _merge(report, part_a, name, None)  # its skipped buildings were told while reading
        timeout = max(CHILD_TIMEOUT_S, 10 * (time.perf_counter() - started))
        delivered = 0  # batches of piece B already handed on
        end: Optional[tuple] = None
        for kind, body in child.frames(progress, timeout):
            if kind == b"B":
                delivered += 1
                yield body
            else:
                end = body if isinstance(body, tuple) else None
                break
        if end is not None and end[0] == "ok":
            _merge(report, end[1], name, progress)
            LAST_CHILD_MEMORY_KB.update(end[2] if end[2:] else {})
        elif end is not None and end[0] == "error" and not end[2]:
            raise NrwTwinError(end[1])
        else:  # no end frame (child failed or hangs), or an XML error: read piece B here
            try:
                for index, result in enumerate(
                    _read_piece(
                        piece_b, name, part_b, progress, extent, target_crs, crs, convert, lambda f: on_read(share_a)
                    )
                ):
                    if index >= delivered:  # the same piece gives the same batches; skip those handed on
                        yield result
            except NrwTwinError as error:
                if isinstance(error.__cause__, etree.XMLSyntaxError):
                    raise _true_error(path, error) from error.__cause__
                raise
            _merge(report, part_b, name, None)  # told while reading
            end = ("ok", part_b)
        part_b = end[1]
        if report.crs is None and part_b.crs is not None:
            report.crs = part_b.crs
        if part_a.empty_files and part_b.empty_files and not report.skipped:
            report.empty_files.append(name)
    finally:
        child.close()


def iter_converted(
    paths: Sequence[str],
    convert: Callable[[List[CityBuilding]], T],
    progress: Optional[Progress] = None,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
    report: Optional[ReadReport] = None,
    processes: int = 1,
    min_bytes: Optional[int] = None,
) -> Iterator[T]:
    """``convert(batch)`` for every batch of buildings of ``paths``, in file order (as :func:`.iter_paths`
    yields them, batches of up to BATCH_BUILDINGS).

    With ``processes=2`` (and :func:`can_fork`), uncompressed files of at least ``min_bytes`` (default
    PARALLEL_MIN_BYTES) are read by two
    processes (module docstring); ``convert`` then runs in the child for the second half, so it must return
    picklable values (rows of bytes, strings and numbers) and must not touch open files or QGIS objects.
    """
    progress = progress or NullProgress()
    report = report if report is not None else ReadReport()
    sizes = [max(os.path.getsize(p), 1) if os.path.isfile(p) else 1 for p in paths]
    total = float(sum(sizes))
    done = 0.0
    # Reprojection stays in one process: pyproj's PROJ context keeps an SQLite connection to proj.db, which
    # must not be used on both sides of a fork.
    parallel = processes >= 2 and can_fork() and target_crs is None
    min_bytes = PARALLEL_MIN_BYTES if min_bytes is None else min_bytes
    for path, size in zip(paths, sizes):
        report.files.append(os.path.basename(path))
        share = size / total

        def on_read(fraction: float, base: float = done, share: float = share) -> None:
            progress.set_progress(100.0 * (base + share * fraction))

        mapped = _map_plain_file(path, min_bytes) if parallel else None
        if mapped is not None:
            with mapped:
                head = _read_head(io.BytesIO(mapped[:65536]), os.path.basename(path))
                cut = find_cut(mapped) if head else None
                if cut is not None:
                    yield from _iter_file_parallel(
                        path, mapped, cut, convert, progress, report, extent, target_crs, on_read
                    )
                    done += share
                    continue
        for name, stream, uncompressed in open_sources(path):
            head = _read_head(stream, name)
            reader = _CountingReader(stream, uncompressed, on_read, head)
            for batch in _batches(iter_document(reader, name, report, progress, extent, target_crs)):
                yield convert(batch)
        done += share
    progress.set_progress(100.0)


def _map_plain_file(path: str, min_bytes: int) -> Optional[mmap.mmap]:
    """The file mapped read-only when it is an uncompressed XML file of at least ``min_bytes``, else None."""
    lower = path.lower()
    if lower.endswith((".zip", ".gz")) or not os.path.isfile(path) or os.path.getsize(path) < min_bytes:
        return None
    with open(path, "rb") as handle:
        if handle.read(2) in (b"\x1f\x8b", b"PK"):
            return None
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
