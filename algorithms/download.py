"""Download OpenGeodata.NRW tiles into a cache folder: parallel, resumable, proven, cancellable.

Protocol (plain HTTP/1.1, RFC 9110): a file is streamed to ``<name>.part``. A ``.part`` is only ever
continued after a ``206 Partial Content`` answer to ``Range: bytes=<have>-`` whose ``Content-Range``
starts at ``<have>``; any ``200`` restarts the file from byte 0. Nothing is written before the start
of the body proves its kind (:mod:`content_check`: the CityModel root of CityGML, the magic bytes of
TIFF/JPEG 2000/ZIP — never an HTML page), and a ``.part`` left by an earlier run is only continued
when its own start passes the same check. The bytes received are compared with ``Content-Length``
(a body cut short resumes) and with the size in the folder's index, and the finished file's
structure is checked (:func:`content_check.file_problem`) before it is renamed to its final name.
Timeouts, dropped connections, 5xx answers, cut or damaged bodies are retried with exponential
backoff (``backoff_s · 2^(try-1)``, ``retries`` tries in all); 4xx answers and sizes that differ from
the index are not. A tile the index does not list is ``missing`` (sea, outside the coverage), not a
failure. A file in the cache with the index's size whose content passes the check is ``cached`` and
not fetched again; one that fails the check is downloaded again and reported as such.
"""

from __future__ import annotations

import errno
import os
import queue
import re
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Dict, List, Optional, Sequence, Tuple

import requests

from . import content_check
from .errors import Canceled, NrwTwinError, os_error_message
from .files import OutputSet
from .messages import Message, human_size, msg
from .opengeodata import (
    DEFAULT_BASE_URL,
    FolderIndex,
    IndexEntry,
    Product,
    ServerUnreachable,
    load_index,
    resolve_base_url,
)
from .opengeodata import (
    product as product_by_key,
)
from .progress import NullProgress, Progress, check_canceled
from .tilegrid import Extent, Tile, tiles_for_extent

DOWNLOADED, CACHED, MISSING, FAILED = "downloaded", "cached", "missing", "failed"
STATUSES = (DOWNLOADED, CACHED, MISSING, FAILED)
PART_SUFFIX = ".part"
USER_AGENT = "nrw_digital_twin (QGIS plugin; +https://www.opengeodata.nrw.de)"
CACHE_SETTING = "nrw_digital_twin/cache_folder"

Opener = Callable[[Path, str], IO[bytes]]


@dataclass
class TileResult:
    """Outcome for one tile. ``path`` is the file in the cache, ``output_path`` its copy/link."""

    tile: Tile
    status: str
    name: str = ""
    url: str = ""
    size: int = 0
    path: Optional[Path] = None
    output_path: Optional[Path] = None
    message: str = ""


@dataclass
class DownloadReport:
    product: Product
    base_url: str
    results: List[TileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def files(self) -> List[Path]:
        return [
            r.output_path or r.path
            for r in self.results
            if r.status in (DOWNLOADED, CACHED) and (r.output_path or r.path)
        ]

    def summary(self) -> Message:
        return msg(
            "Tiles of {}: {:,}; {:,} downloaded, {:,} from the cache, {:,} missing (not published), {:,} failed.",
            self.product.key,
            len(self.results),
            self.count(DOWNLOADED),
            self.count(CACHED),
            self.count(MISSING),
            self.count(FAILED),
        )


class _Retry(Exception):
    """A transient problem: try again (resuming when a proven start of the file is on disk)."""


class _Fail(Exception):
    """A permanent problem for this file: report the tile as failed."""


class _Fatal(Exception):
    """A problem that stops the whole run (cannot write locally)."""

    def __init__(self, error: NrwTwinError) -> None:
        super().__init__(str(error))
        self.error = error


def ensure_writable(folder: Path, what: str) -> Path:
    """Create ``folder`` if needed and prove it can be written; NrwTwinError naming it otherwise.

    ``what`` is a message naming the folder's role (``msg("cache folder")``).
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".nrwtwin-probe-"):
            pass
    except OSError as error:
        raise NrwTwinError(
            msg(
                "Cannot write to the {} {} ({}). Choose a folder you can write to and check the free disk space.",
                what,
                str(folder),
                error.strerror or str(error),
            )
        ) from error
    return folder


def _content_range(value: str) -> Tuple[Optional[int], Optional[int]]:
    """(first byte, total size) of a ``Content-Range: bytes a-b/total`` header."""
    found = re.match(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)", value or "")
    if not found:
        return None, None
    total = found.group(3)
    return int(found.group(1)), (int(total) if total != "*" else None)


def _content_length(response: requests.Response) -> Optional[int]:
    """The body's length in bytes as sent, or None (absent, or the body is encoded)."""
    length = response.headers.get("Content-Length", "")
    if not length.strip().isdigit() or response.headers.get("Content-Encoding", "identity") != "identity":
        return None
    return int(length)


def _socket_of(response: requests.Response) -> Optional[socket.socket]:
    """The socket under a streamed response (urllib3 1.26 and 2.x), to unblock a read on cancel."""
    raw = getattr(response, "raw", None)
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    if sock is None:
        buffered = getattr(getattr(raw, "_fp", None), "fp", None)
        sock = getattr(getattr(buffered, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _reason(error: Exception) -> str:
    """The innermost cause of a requests/urllib3 error, e.g. ``Connection refused``."""
    found = re.findall(r"\[Errno -?\d+\] ([^'\")\]]+)", str(error))
    return found[-1].strip() if found else error.__class__.__name__


def _proven_start(part: Path, kind: Optional[str]) -> int:
    """Bytes of ``part`` that may be continued: its size when its start proves the kind, else 0."""
    try:
        size = part.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(part, "rb") as handle:
        head = handle.read(content_check.HEAD_BYTES)
    try:
        if content_check.head_problem(head, kind, complete=False) is None:
            return size
    except content_check.NeedMore:
        pass
    return 0


class _RunState:
    """Counters, messages and fatal errors shared by the download threads of one run."""

    def __init__(self, n_jobs: int, total_bytes: int) -> None:
        self.n_jobs, self.total_bytes = n_jobs, total_bytes
        self.bytes = self.done = 0
        self.lock = threading.Lock()
        self.messages: "queue.Queue[str]" = queue.Queue()
        self.fatal: List[_Fatal] = []

    def add_bytes(self, count: int) -> None:
        with self.lock:
            self.bytes += count

    def finished(self, tile: Tile, result: TileResult, results: Dict[Tile, TileResult]) -> None:
        with self.lock:
            results[tile] = result
            self.done += 1
            done = self.done
        if result.size:
            self.messages.put(msg("{:,}/{:,} {}: {} ({})", done, self.n_jobs, result.name, result.status,
                                  human_size(result.size)))
        else:
            self.messages.put(msg("{:,}/{:,} {}: {} — {}", done, self.n_jobs, result.name, result.status,
                                  result.message))

    def percent(self) -> float:
        with self.lock:
            done_bytes, done_tiles = self.bytes, self.done
        if self.total_bytes > 0:
            return min(99.9, 100.0 * done_bytes / self.total_bytes)
        return 100.0 * done_tiles / self.n_jobs if self.n_jobs else 0.0

    def flush_messages(self, progress: Progress) -> None:
        while not self.messages.empty():
            progress.info(self.messages.get())


class Downloader:
    """Downloads tiles of one OpenGeodata.NRW mirror into ``cache_dir/<product>/``.

    ``proxies`` is a requests proxies dict (inside QGIS: the proxy of QGIS's network settings).
    ``opener`` opens the ``.part`` files (tests inject one that fails half-way).
    """

    def __init__(
        self,
        cache_dir: Path,
        base_url: Optional[str] = None,
        proxies: Optional[Dict[str, str]] = None,
        threads: int = 4,
        retries: int = 4,
        backoff_s: float = 1.0,
        timeout_s: Tuple[float, float] = (15.0, 60.0),
        chunk_size: int = 16 * 1024,
        opener: Opener = open,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.base_url = resolve_base_url(base_url)
        self.proxies = dict(proxies or {})
        self.threads = max(1, int(threads))
        self.retries = max(1, int(retries))
        self.backoff_s = float(backoff_s)
        self.timeout_s = timeout_s
        self.chunk_size = int(chunk_size)
        self.opener = opener
        self._local = threading.local()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._active: List[requests.Response] = []

    # ------------------------------------------------------------------ http

    def session(self) -> requests.Session:
        """One requests.Session per thread (a Session is not documented as thread-safe)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            self._local.session = session
        return session

    def _get(self, url: str, headers: Optional[Dict[str, str]] = None, stream: bool = False) -> requests.Response:
        try:
            # proxies per request: requests lets environment proxies override Session.proxies.
            return self.session().get(
                url,
                headers=headers or {},
                stream=stream,
                timeout=self.timeout_s,
                proxies=self.proxies or None,
                allow_redirects=True,
            )
        except requests.Timeout as error:
            raise _Retry(msg("no answer within {:g} s", float(self.timeout_s[1]))) from error
        except requests.ConnectionError as error:
            raise _Retry(msg("connection failed ({})", _reason(error))) from error
        except requests.RequestException as error:
            raise _Fail(msg("request failed ({})", str(error))) from error

    def _wait_backoff(self, attempt: int) -> None:
        if self._cancel.wait(self.backoff_s * 2 ** (attempt - 1)):
            raise Canceled()

    def fetch_bytes(self, url: str) -> bytes:
        """GET a small document (an index) with the same retries; NrwTwinError when it fails."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._get(url)
                if response.status_code >= 500:
                    raise _Retry(msg("HTTP {} {}", response.status_code, response.reason or ""))
                if response.status_code >= 400:
                    raise NrwTwinError(msg("HTTP {} {}", response.status_code, response.reason or ""))
                return response.content
            except _Retry as error:
                if attempt >= self.retries:
                    unreachable = isinstance(error.__cause__, requests.ConnectionError)
                    raise (ServerUnreachable if unreachable else NrwTwinError)(
                        msg("{} after {:,} tries", error.args[0], attempt)
                    ) from error
                self._wait_backoff(attempt)
            except _Fail as error:
                raise NrwTwinError(error.args[0]) from error
            except requests.RequestException as error:  # body read failed
                if attempt >= self.retries:
                    raise NrwTwinError(msg("{} after {:,} tries", _reason(error), attempt)) from error
                self._wait_backoff(attempt)

    def index(self, prod: Product, refresh: bool = False, progress: Optional[Progress] = None) -> FolderIndex:
        """The folder index of a product, cached in ``cache_dir/_index`` for a day."""
        warn = progress.warning if progress is not None else None
        return load_index(prod, self.base_url, self.fetch_bytes, self.cache_dir, refresh=refresh, warn=warn)

    # ------------------------------------------------------------- one file

    def _abort_active(self) -> None:
        """Unblock reads of running downloads by shutting their sockets down (used on cancel)."""
        with self._lock:
            responses = list(self._active)
        for response in responses:
            sock = _socket_of(response)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _write_error(self, path: Path, error: OSError) -> _Fatal:
        return _Fatal(
            NrwTwinError(
                msg(
                    "{} The incomplete download stays as {} and resumes on the next run "
                    "(or choose another cache folder: setting '{}').",
                    os_error_message(error, str(path)),
                    path.name,
                    CACHE_SETTING,
                )
            )
        )

    def download_file(self, url: str, part: Path, expected: Optional[int], on_bytes: Callable[[int], None]) -> int:
        """Download ``url`` into ``part`` (continuing a proven start), check it; returns its size.

        The content kind comes from the file name (:func:`content_check.kind_of`).
        """
        kind = content_check.kind_of(part.name[: -len(PART_SUFFIX)] if part.name.endswith(PART_SUFFIX) else part.name)
        attempt = 0
        while True:
            if self._cancel.is_set():
                raise Canceled()
            attempt += 1
            try:
                size = self._attempt(url, part, expected, kind, on_bytes)
                problem = content_check.file_problem(part, kind)
                if problem is not None:
                    part.unlink(missing_ok=True)
                    raise _Retry(msg("the server sent {}", problem))
                return size
            except _Retry as error:
                if attempt >= self.retries:
                    raise _Fail(msg("{}; gave up after {:,} tries", error.args[0], attempt)) from error
                self._wait_backoff(attempt)

    def _attempt(
        self, url: str, part: Path, expected: Optional[int], kind: Optional[str], on_bytes: Callable[[int], None]
    ) -> int:
        have = _proven_start(part, kind)
        if have == 0 and part.exists():
            part.unlink()  # an empty or unproven start (an HTML page of an earlier try) is never continued
        if expected is not None and have > expected:
            part.unlink()
            have = 0
        if expected is not None and have == expected and have > 0:
            return have
        headers = {"Range": f"bytes={have}-"} if have else {}
        response = self._get(url, headers=headers, stream=True)
        with self._lock:
            self._active.append(response)
        try:
            return self._receive(response, url, part, have, expected, kind, on_bytes)
        finally:
            with self._lock:
                if response in self._active:
                    self._active.remove(response)
            response.close()

    def _check_status(self, response: requests.Response, url: str, part: Path) -> None:
        status = response.status_code
        if status == 416:
            part.unlink()
            raise _Retry(msg("the server refused to resume (HTTP 416); starting again"))
        if status >= 500:
            raise _Retry(msg("HTTP {} {}", status, response.reason or ""))
        if status == 404:
            raise _Fail(
                msg(
                    "HTTP 404: the server does not have {} although its index lists it. Run again with "
                    "'refresh the tile index' switched on.",
                    url,
                )
            )
        if status >= 400:
            raise _Fail(msg("HTTP {} {} for {}", status, response.reason or "", url))
        if status not in (200, 206):
            raise _Retry(msg("unexpected answer HTTP {} {}", status, response.reason or ""))

    def _receive(
        self,
        response: requests.Response,
        url: str,
        part: Path,
        have: int,
        expected: Optional[int],
        kind: Optional[str],
        on_bytes: Callable[[int], None],
    ) -> int:
        """Write the body of ``response`` to ``part``; returns the size of ``part`` afterwards."""
        self._check_status(response, url, part)
        length = _content_length(response)
        if response.status_code == 206:
            start, total = _content_range(response.headers.get("Content-Range", ""))
            if start != have:
                if part.exists():
                    part.unlink()
                raise _Retry(msg("the server resumed at byte {}, not {:,}; starting again", str(start), have))
        else:  # 200: the whole file, whatever was asked for
            have, total = 0, length
        if expected is not None and total is not None and total != expected:
            if part.exists():
                part.unlink()
            raise _Fail(
                msg(
                    "the server sends {:,} bytes for {} but its index says {:,}: the file changed on the server. "
                    "Run again with 'refresh the tile index' switched on, or later.",
                    total,
                    url,
                    expected,
                )
            )
        received = self._stream(response, part, have, kind, on_bytes)
        if self._cancel.is_set():
            raise Canceled()
        have += received
        if length is not None and received < length:
            raise _Retry(msg("the connection ended after {:,} of {:,} bytes", received, length))
        if expected is not None and have < expected:
            raise _Retry(msg("the connection ended after {:,} of {:,} bytes", have, expected))
        if expected is not None and have > expected:
            part.unlink()
            raise _Fail(msg("received {:,} bytes from {} but its index says {:,}", have, url, expected))
        return have

    def _stream(
        self, response: requests.Response, part: Path, have: int, kind: Optional[str], on_bytes: Callable[[int], None]
    ) -> int:
        """Append the body to ``part`` (from byte 0 when ``have`` is 0); returns the bytes written.

        A new file is opened only once the start of the body proves its kind.
        """
        handle: Optional[IO[bytes]] = None
        head = b""  # the start of a new file, held back until it proves its kind
        received = 0
        try:
            for chunk in response.iter_content(self.chunk_size):
                if chunk:
                    if handle is None and have == 0:
                        head += chunk
                        if self._undecided(head, kind, complete=False):
                            continue
                        chunk, head = head, b""
                    if handle is None:
                        handle = self._open(part, "ab" if have else "wb")
                    self._write(handle, part, chunk)
                    received += len(chunk)
                    on_bytes(len(chunk))
                if self._cancel.is_set():  # what arrived is kept: the next run resumes after it
                    raise Canceled()
            if head:  # a body shorter than the head check: decide on what there is
                self._undecided(head, kind, complete=True)
                handle = self._open(part, "wb")
                self._write(handle, part, head)
                received += len(head)
                on_bytes(len(head))
        except (requests.RequestException, OSError) as error:
            if self._cancel.is_set():
                raise Canceled() from error
            # write errors became _Fatal above, so this is the network (or urllib3) failing
            raise _Retry(msg("the connection broke after {:,} bytes ({})", have + received, _reason(error))) from error
        finally:
            if handle is not None:
                try:
                    handle.close()
                except OSError as error:
                    raise self._write_error(part, error) from error
        return received

    @staticmethod
    def _undecided(head: bytes, kind: Optional[str], complete: bool) -> bool:
        """True while ``head`` is too short to judge; raises _Retry when it cannot be the file."""
        try:
            problem = content_check.head_problem(head, kind, complete=complete)
        except content_check.NeedMore:
            return True
        if problem is not None:
            raise _Retry(msg("the server sent {}", problem))
        return False

    def _open(self, part: Path, mode: str) -> IO[bytes]:
        try:
            return self.opener(part, mode)
        except OSError as error:
            raise self._write_error(part, error) from error

    def _write(self, handle: IO[bytes], part: Path, chunk: bytes) -> None:
        try:
            handle.write(chunk)
        except OSError as error:
            raise self._write_error(part, error) from error

    # ------------------------------------------------------------- many tiles

    def _cached(self, final: Path, entry: IndexEntry) -> Tuple[bool, str]:
        """(usable, note): is the cached ``final`` the index's file? ``note`` says why it is fetched again."""
        try:
            size = final.stat().st_size
        except FileNotFoundError:
            return False, ""
        if entry.size is not None and size != entry.size:
            return False, msg(
                "The cached copy {} had {:,} bytes, the index says {:,}: downloaded again.",
                str(final),
                size,
                entry.size,
            )
        problem = content_check.file_problem(final)
        if problem is not None:
            return False, msg("The cached copy {} was damaged ({}): downloaded again.", str(final), problem)
        return True, ""

    def _process(
        self, folder: Path, index: FolderIndex, tile: Tile, entry: IndexEntry, on_bytes: Callable[[int], None]
    ) -> TileResult:
        url = index.file_url(entry)
        final = folder / entry.name
        result = TileResult(tile, FAILED, entry.name, url, 0, None)
        usable, note = self._cached(final, entry)
        if usable:
            result.status, result.size, result.path = CACHED, final.stat().st_size, final
            return result
        if final.exists():
            final.unlink()  # a damaged or outdated copy must never be published
        part = final.with_name(final.name + PART_SUFFIX)
        if part.exists():
            on_bytes(part.stat().st_size)  # resumed from an earlier run: count it as done
        try:
            size = self.download_file(url, part, entry.size, on_bytes)
        except _Fail as error:
            result.message = msg("{} {}", note, error.args[0]) if note else error.args[0]
            return result
        if self._cancel.is_set():
            raise Canceled()
        os.replace(part, final)
        result.status, result.size, result.path, result.message = DOWNLOADED, size, final, note
        return result

    def download(
        self,
        prod: Product,
        tiles: Sequence[Tile],
        progress: Optional[Progress] = None,
        refresh_index: bool = False,
    ) -> DownloadReport:
        """Fetch every tile of ``tiles`` into the cache; cancel raises :class:`Canceled` within ~1 s."""
        progress = progress or NullProgress()
        self._cancel.clear()
        folder = ensure_writable(self.cache_dir / prod.key, msg("cache folder"))
        index = self.index(prod, refresh=refresh_index, progress=progress)
        check_canceled(progress)
        report = DownloadReport(prod, self.base_url)
        results: Dict[Tile, TileResult] = {}
        jobs: "queue.Queue[Tuple[Tile, IndexEntry]]" = queue.Queue()
        total_bytes = 0
        for tile in tiles:
            entry = index.lookup(tile)
            if entry is None:
                results[tile] = TileResult(
                    tile, MISSING, message=msg("{} lists no {} file for tile {}.", index.url, prod.key, tile.key)
                )
                continue
            final = folder / entry.name
            if not (final.exists() and (entry.size is None or final.stat().st_size == entry.size)):
                total_bytes += entry.size or 0
            jobs.put((tile, entry))
        progress.info(
            msg(
                "Tiles: {:,}, listed in the index of {}: {:,}; {} to download into {}.",
                len(tiles),
                index.url,
                jobs.qsize(),
                human_size(total_bytes),
                str(folder),
            )
        )
        self._run_workers(folder, index, jobs, results, total_bytes, progress)
        report.results = [results[tile] for tile in tiles if tile in results]
        for result in report.results:
            if result.status == FAILED:
                progress.warning(msg("Tile {} failed: {}", result.tile.key, result.message))
            elif result.message and result.status == DOWNLOADED:
                progress.warning(result.message)
        progress.set_progress(100.0)
        return report

    def _work_queue(self, folder: Path, index: FolderIndex, jobs, results: Dict[Tile, TileResult],
                    run: "_RunState") -> None:
        """One download thread: take jobs until none are left, the run is canceled or fails."""
        while not self._cancel.is_set():
            try:
                tile, entry = jobs.get_nowait()
            except queue.Empty:
                return
            try:
                result = self._process(folder, index, tile, entry, run.add_bytes)
            except Canceled:
                return
            except _Fatal as error:
                run.fatal.append(error)
                self._cancel.set()
                return
            except OSError as error:  # rename or stat in the cache folder
                run.fatal.append(self._write_error(folder / entry.name, error))
                self._cancel.set()
                return
            run.finished(tile, result, results)

    def _watch(self, workers: List[threading.Thread], run: "_RunState", progress: Progress) -> None:
        """Relay messages and progress on the caller's thread until the threads end, fail or are canceled."""
        while any(thread.is_alive() for thread in workers):
            for thread in workers:
                thread.join(0.1 / max(1, len(workers)))
            run.flush_messages(progress)
            progress.set_progress(run.percent())
            if run.fatal:
                return
            if progress.is_canceled():
                self._cancel.set()
                return

    def _run_workers(
        self,
        folder: Path,
        index: FolderIndex,
        jobs: "queue.Queue[Tuple[Tile, IndexEntry]]",
        results: Dict[Tile, TileResult],
        total_bytes: int,
        progress: Progress,
    ) -> None:
        """Work through ``jobs`` with up to ``threads`` threads, reporting progress; raise on cancel/fatal."""
        run = _RunState(n_jobs=jobs.qsize(), total_bytes=total_bytes)
        workers = [
            threading.Thread(
                target=self._work_queue, args=(folder, index, jobs, results, run), daemon=True,
                name=f"nrwtwin-download-{i}",
            )
            for i in range(min(self.threads, run.n_jobs))
        ]
        for thread in workers:
            thread.start()
        try:
            self._watch(workers, run, progress)
        finally:
            if self._cancel.is_set():
                self._abort_active()
                deadline = time.monotonic() + 0.8
                for thread in workers:
                    thread.join(max(0.0, deadline - time.monotonic()))
        run.flush_messages(progress)
        if run.fatal:
            raise run.fatal[0].error
        if self._cancel.is_set():
            raise Canceled(
                msg(
                    "Canceled by the user. Unfinished downloads stay as *{} files in {} and resume on the next run.",
                    PART_SUFFIX,
                    str(folder),
                )
            )


def same_copy(source: Path, target: Path) -> bool:
    """True when ``target`` already is ``source``: the same file (a hard link), or a copy with the
    same size and modification time (copies get the source's time, as rsync's quick check)."""
    try:
        if os.path.samefile(source, target):
            return True
        a, b = source.stat(), target.stat()
    except OSError:
        return False
    return a.st_size == b.st_size and a.st_mtime_ns == b.st_mtime_ns


def link_or_copy(source: Path, target: Path) -> str:
    """Put ``source`` at ``target`` as a hard link (no extra disk space), else as a checked copy.

    ``target`` should be a staged path (``files.OutputSet``): it is complete when this returns.
    Returns ``"linked"`` or ``"copied"``; raises OSError (disk full, permissions).
    """
    try:
        os.link(source, target)
        return "linked"
    except OSError:
        pass
    shutil.copyfile(source, target)
    info = source.stat()
    if target.stat().st_size != info.st_size:
        raise OSError(errno.EIO, f"the copy of {source} is incomplete", str(target))
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))
    return "copied"


def publish(report: DownloadReport, output_dir: Path, progress: Optional[Progress] = None) -> None:
    """Hard-link (or copy) the downloaded/cached files of a report into ``output_dir``.

    All new or changed files appear together, or none does (``files.OutputSet``): a full disk half-way
    leaves the folder as it was.
    """
    output_dir = ensure_writable(Path(output_dir), msg("output folder"))
    placed = []
    try:
        with OutputSet() as outputs:
            for result in report.results:
                if result.path is None or result.status not in (DOWNLOADED, CACHED):
                    continue
                target = output_dir / result.name
                placed.append((result, target))
                if target.exists() and same_copy(result.path, target):
                    continue
                link_or_copy(result.path, outputs.path(target))
            if outputs.finals:
                outputs.commit()
    except OSError as error:
        raise NrwTwinError(
            msg(
                "Could not write the tiles into {} ({}). Choose another output folder or free disk space; "
                "nothing was changed there.",
                str(output_dir),
                error.strerror or str(error),
            )
        ) from error
    for result, target in placed:
        result.output_path = target


def download_area(
    extent: Extent,
    product_key: str,
    cache_dir: Path,
    output_dir: Optional[Path] = None,
    max_tiles: Optional[int] = 100,
    base_url: Optional[str] = None,
    proxies: Optional[Dict[str, str]] = None,
    refresh_index: bool = False,
    progress: Optional[Progress] = None,
    **options,
) -> DownloadReport:
    """Tiles of ``product_key`` covering an EPSG:25832 extent, downloaded into the cache (and output).

    Parameters
    ----------
    extent : (xmin, ymin, xmax, ymax) in EPSG:25832 metres.
    product_key : an OpenGeodata.NRW product key (``LoD2``, ``DGM1``, … see ``opengeodata.PRODUCTS``).
    cache_dir : folder of the download cache (``<cache>/<product>/<file>``).
    output_dir : folder that gets hard links (or copies) of the tiles; None: cache only.
    max_tiles : stop with a message when the area needs more tiles.
    options : go to :class:`Downloader` (threads, retries, backoff_s, timeout_s, chunk_size, opener).

    Returns
    -------
    DownloadReport with one :class:`TileResult` per tile of the area.
    """
    prod = product_by_key(product_key)
    tiles = tiles_for_extent(extent, max_tiles=max_tiles)
    if output_dir is not None:
        ensure_writable(Path(output_dir), msg("output folder"))
    downloader = Downloader(cache_dir, base_url=base_url, proxies=proxies, **options)
    report = downloader.download(prod, tiles, progress=progress, refresh_index=refresh_index)
    if output_dir is not None:
        publish(report, Path(output_dir), progress)
    return report


__all__ = [
    "CACHED",
    "DEFAULT_BASE_URL",
    "DOWNLOADED",
    "DownloadReport",
    "Downloader",
    "FAILED",
    "MISSING",
    "TileResult",
    "download_area",
    "ensure_writable",
    "link_or_copy",
    "publish",
]
