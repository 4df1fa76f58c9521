"""Download OpenGeodata.NRW tiles into a cache folder: parallel, resumable, verified, cancellable.

Protocol (plain HTTP/1.1, RFC 9110): a file is streamed to ``<name>.part``; after an interruption
the next try (in the same run or a later one) asks for the rest with ``Range: bytes=<have>-`` and
appends when the server answers ``206 Partial Content`` with a matching ``Content-Range`` (a ``200``
restarts the file). The finished size is compared with the size in the folder's index and only a
complete file is renamed to its final name. Timeouts, dropped connections and 5xx answers are
retried with exponential backoff (``backoff_s · 2^(try-1)``, ``retries`` tries in all); 4xx answers
and size mismatches are not. A tile the index does not list is ``missing`` (sea, outside the
coverage), not a failure. A file already in the cache with the index's size is ``cached`` and not
fetched again, so a second run over the same area downloads nothing.
"""

from __future__ import annotations

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

from .errors import Canceled, NrwTwinError
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

    def summary(self) -> str:
        return (
            f"{len(self.results)} tiles of {self.product.key}: {self.count(DOWNLOADED)} downloaded, "
            f"{self.count(CACHED)} from the cache, {self.count(MISSING)} missing (not published), "
            f"{self.count(FAILED)} failed."
        )


class _Retry(Exception):
    """A transient problem: try again (with Range when part of the file arrived)."""


class _Fail(Exception):
    """A permanent problem for this file: report the tile as failed."""


class _Fatal(Exception):
    """A problem that stops the whole run (cannot write locally)."""

    def __init__(self, error: NrwTwinError) -> None:
        super().__init__(str(error))
        self.error = error


def ensure_writable(folder: Path, what: str) -> Path:
    """Create ``folder`` if needed and prove it can be written; NrwTwinError naming it otherwise."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".nrwtwin-probe-"):
            pass
    except OSError as error:
        raise NrwTwinError(
            f"Cannot write to the {what} {folder}: {error.strerror or error}. "
            "Choose a folder you can write to (and check the free disk space)."
        ) from error
    return folder


def _content_range_start(value: str) -> Tuple[Optional[int], Optional[int]]:
    """(first byte, total size) of a ``Content-Range: bytes a-b/total`` header."""
    found = re.match(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)", value or "")
    if not found:
        return None, None
    total = found.group(3)
    return int(found.group(1)), (int(total) if total != "*" else None)


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


def _human(size: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000.0
    return f"{size:.1f} GB"


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
        chunk_size: int = 64 * 1024,
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
            raise _Retry(f"no answer within {self.timeout_s[1]:g} s ({error.__class__.__name__})") from error
        except requests.ConnectionError as error:
            raise _Retry(f"connection failed ({_reason(error)})") from error
        except requests.RequestException as error:
            raise _Fail(f"request failed ({error})") from error

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
                    raise _Retry(f"HTTP {response.status_code} {response.reason}")
                if response.status_code >= 400:
                    raise NrwTwinError(f"HTTP {response.status_code} {response.reason}")
                return response.content
            except _Retry as error:
                if attempt >= self.retries:
                    unreachable = isinstance(error.__cause__, requests.ConnectionError)
                    raise (ServerUnreachable if unreachable else NrwTwinError)(
                        f"{error} after {attempt} tries"
                    ) from error
                self._wait_backoff(attempt)
            except _Fail as error:
                raise NrwTwinError(str(error)) from error
            except requests.RequestException as error:  # body read failed
                if attempt >= self.retries:
                    raise NrwTwinError(f"{error} after {attempt} tries") from error
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
                f"Could not write {path}: {error.strerror or error}. Free disk space in {path.parent} or "
                f"choose another cache folder (setting '{CACHE_SETTING}'). The incomplete download stays "
                f"as {path.name} and resumes on the next run."
            )
        )

    def download_file(self, url: str, part: Path, expected: Optional[int], on_bytes: Callable[[int], None]) -> int:
        """Download ``url`` into ``part`` (resuming what it holds); returns the complete size."""
        attempt = 0
        while True:
            if self._cancel.is_set():
                raise Canceled()
            attempt += 1
            try:
                return self._attempt(url, part, expected, on_bytes)
            except _Retry as error:
                if attempt >= self.retries:
                    raise _Fail(f"{error}; gave up after {attempt} tries") from error
                self._wait_backoff(attempt)

    def _attempt(self, url: str, part: Path, expected: Optional[int], on_bytes: Callable[[int], None]) -> int:
        have = part.stat().st_size if part.exists() else 0
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
            status = response.status_code
            if status == 416:
                part.unlink()
                raise _Retry("the server refused to resume (HTTP 416); starting again")
            if status >= 500:
                raise _Retry(f"HTTP {status} {response.reason}")
            if status == 404:
                raise _Fail(
                    f"HTTP 404: the server does not have {url} although its index lists it. Run again with "
                    "'refresh the tile index' switched on."
                )
            if status >= 400:
                raise _Fail(f"HTTP {status} {response.reason} for {url}")
            total: Optional[int]
            if status == 206 and have:
                start, total = _content_range_start(response.headers.get("Content-Range", ""))
                if start != have:
                    part.unlink()
                    raise _Retry(f"the server resumed at byte {start}, not {have}; starting again")
                mode = "ab"
            else:
                mode, have = "wb", 0
                length = response.headers.get("Content-Length")
                total = (
                    int(length) if length and length.isdigit() and "Content-Encoding" not in response.headers else None
                )
            if expected is not None and total is not None and total != expected:
                if part.exists():
                    part.unlink()
                raise _Fail(
                    f"the server sends {total} bytes for {url} but its index says {expected}: the file changed "
                    "on the server. Run again with 'refresh the tile index' switched on, or later."
                )
            try:
                handle = self.opener(part, mode)
            except OSError as error:
                raise self._write_error(part, error) from error
            try:
                for chunk in response.iter_content(self.chunk_size):
                    if chunk:  # keep what arrived, even on cancel: the next run resumes after it
                        try:
                            handle.write(chunk)
                        except OSError as error:
                            raise self._write_error(part, error) from error
                        have += len(chunk)
                        on_bytes(len(chunk))
                    if self._cancel.is_set():
                        raise Canceled()
            except (requests.RequestException, OSError) as error:
                if self._cancel.is_set():
                    raise Canceled() from error
                # write errors were turned into _Fatal above, so this is the network (or urllib3) failing
                raise _Retry(f"the connection broke after {have} bytes ({error.__class__.__name__})") from error
            finally:
                try:
                    handle.close()
                except OSError as error:
                    raise self._write_error(part, error) from error
        finally:
            with self._lock:
                if response in self._active:
                    self._active.remove(response)
            response.close()
        if self._cancel.is_set():
            raise Canceled()
        if expected is not None and have < expected:
            raise _Retry(f"the connection ended after {have} of {expected} bytes")
        if expected is not None and have > expected:
            part.unlink()
            raise _Fail(f"received {have} bytes from {url} but its index says {expected}")
        return have

    # ------------------------------------------------------------- many tiles

    def _process(
        self, folder: Path, index: FolderIndex, tile: Tile, entry: IndexEntry, on_bytes: Callable[[int], None]
    ) -> TileResult:
        url = index.file_url(entry)
        final = folder / entry.name
        result = TileResult(tile, FAILED, entry.name, url, 0, None)
        if final.exists():
            size = final.stat().st_size
            if entry.size is None or size == entry.size:
                result.status, result.size, result.path = CACHED, size, final
                return result
        part = final.with_name(final.name + PART_SUFFIX)
        if part.exists():
            on_bytes(part.stat().st_size)  # resumed from an earlier run: count it as done
        try:
            size = self.download_file(url, part, entry.size, on_bytes)
        except _Fail as error:
            result.message = str(error)
            return result
        if self._cancel.is_set():
            raise Canceled()
        os.replace(part, final)
        result.status, result.size, result.path = DOWNLOADED, size, final
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
        folder = ensure_writable(self.cache_dir / prod.key, "cache folder")
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
                    tile, MISSING, message=f"{index.url} lists no {prod.key} file for tile {tile.key}."
                )
                continue
            final = folder / entry.name
            if not (final.exists() and (entry.size is None or final.stat().st_size == entry.size)):
                total_bytes += entry.size or 0
            jobs.put((tile, entry))
        n_jobs = jobs.qsize()
        state = {"bytes": 0, "done": 0}
        messages: "queue.Queue[str]" = queue.Queue()
        fatal: List[_Fatal] = []

        def on_bytes(count: int) -> None:
            with self._lock:
                state["bytes"] += count

        def worker() -> None:
            while not self._cancel.is_set():
                try:
                    tile, entry = jobs.get_nowait()
                except queue.Empty:
                    return
                try:
                    result = self._process(folder, index, tile, entry, on_bytes)
                except Canceled:
                    return
                except _Fatal as error:
                    fatal.append(error)
                    self._cancel.set()
                    return
                except OSError as error:  # rename or stat in the cache folder
                    fatal.append(self._write_error(folder / entry.name, error))
                    self._cancel.set()
                    return
                with self._lock:
                    results[tile] = result
                    state["done"] += 1
                    done = state["done"]
                text = f"{done}/{n_jobs} {result.name}: {result.status}"
                messages.put(text + (f" ({_human(result.size)})" if result.size else f" — {result.message}"))

        progress.info(
            f"{len(tiles)} tiles, {n_jobs} listed in the index of {index.url}; "
            f"{_human(total_bytes)} to download into {folder}."
        )
        workers = [
            threading.Thread(target=worker, daemon=True, name=f"nrwtwin-download-{i}")
            for i in range(min(self.threads, n_jobs))
        ]
        for thread in workers:
            thread.start()
        try:
            while any(thread.is_alive() for thread in workers):
                for thread in workers:
                    thread.join(0.1 / max(1, len(workers)))
                while not messages.empty():
                    progress.info(messages.get())
                with self._lock:
                    done_bytes, done_tiles = state["bytes"], state["done"]
                if total_bytes > 0:
                    progress.set_progress(min(99.9, 100.0 * done_bytes / total_bytes))
                elif n_jobs:
                    progress.set_progress(100.0 * done_tiles / n_jobs)
                if fatal:
                    break
                if progress.is_canceled():
                    self._cancel.set()
                    break
        finally:
            if self._cancel.is_set():
                self._abort_active()
                deadline = time.monotonic() + 0.8
                for thread in workers:
                    thread.join(max(0.0, deadline - time.monotonic()))
        while not messages.empty():
            progress.info(messages.get())
        if fatal:
            raise fatal[0].error
        if self._cancel.is_set():
            raise Canceled(
                f"Canceled by the user. Unfinished downloads stay as *{PART_SUFFIX} files in {folder} "
                "and resume on the next run."
            )
        report.results = [results[tile] for tile in tiles if tile in results]
        for result in report.results:
            if result.status == FAILED:
                progress.warning(f"Tile {result.tile.key} failed: {result.message}")
        progress.set_progress(100.0)
        return report


def link_or_copy(source: Path, target: Path) -> str:
    """Put ``source`` at ``target`` as a hard link (no extra disk space), else as a copy.

    Either way the file appears under its final name only when complete (temporary name + rename).
    Returns ``"linked"``, ``"copied"`` or ``"kept"`` (target already identical in size).
    """
    if target.exists() and target.stat().st_size == source.stat().st_size:
        return "kept"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if tmp.exists():
            tmp.unlink()
        try:
            os.link(source, tmp)
            how = "linked"
        except OSError:
            shutil.copyfile(source, tmp)
            how = "copied"
        os.replace(tmp, target)
        return how
    finally:
        if tmp.exists():
            tmp.unlink()


def publish(report: DownloadReport, output_dir: Path, progress: Optional[Progress] = None) -> None:
    """Hard-link (or copy) the downloaded/cached files of a report into ``output_dir``."""
    progress = progress or NullProgress()
    output_dir = ensure_writable(Path(output_dir), "output folder")
    for result in report.results:
        if result.path is None or result.status not in (DOWNLOADED, CACHED):
            continue
        target = output_dir / result.name
        if target.resolve() == result.path.resolve():
            result.output_path = target
            continue
        try:
            link_or_copy(result.path, target)
        except OSError as error:
            raise NrwTwinError(
                f"Could not write {target}: {error.strerror or error}. Choose another output folder or free disk space."
            ) from error
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

    ``options`` go to :class:`Downloader` (threads, retries, backoff_s, timeout_s, chunk_size, opener).
    """
    prod = product_by_key(product_key)
    tiles = tiles_for_extent(extent, max_tiles=max_tiles)
    if output_dir is not None:
        ensure_writable(Path(output_dir), "output folder")
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
