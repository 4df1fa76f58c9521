"""A local HTTP server that speaks like https://www.opengeodata.nrw.de/produkte/ (for tests only).

Same paths (``/produkte/<product folder>/<file>``), an ``index.json`` in the real structure
``{"datasets":[{"files":[{"name", "size" (a string of bytes), "timestamp"}]}]}`` and an
``index.xml`` (``<opengeodata><datasets><dataset><files><file name=".." size=".."/>``) per folder,
byte ranges (``206 Partial Content`` + ``Content-Range``, ``416`` past the end), and injectable
faults, consumed one per request of a file name:

``"500"``   answer 500 Internal Server Error
``"404"``   answer 404 Not Found
``"drop"``  send the headers and half of the body, then close the connection
``"reset"`` send the headers and half of the body, then reset the connection (TCP RST)
``"hang"``  wait ``hang_s`` seconds before answering (a client timeout)
``"html"``  answer ``200`` with an HTML error page, no ``Content-Length``, closing the connection
            (what a misconfigured proxy or a maintenance page does)
``"cut"``   answer ``200`` without ``Content-Length`` and close the connection after half the body
            (a cut body that no length can reveal)
``"whole"`` ignore the ``Range`` header of this request (``200`` and the whole file)

``slow[name] = (bytes_per_chunk, seconds_between_chunks[, head_bytes])`` trickles a file on every
request (after sending ``head_bytes`` at once).
``broken_json`` / ``broken_xml`` hold folders whose index is served as garbage; ``unsized`` holds file
names listed in the index without a size (``"size": ""``). ``log`` records
every request (path and Range header); ``aborted`` counts responses the client cut off;
``max_active`` is the largest number of tile files served at the same time.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from urllib.parse import unquote, urlparse
from xml.sax.saxutils import quoteattr

PREFIX = "/produkte/"
TIMESTAMP = "2024-03-01T10:00:00"

#: Real product folders of OpenGeodata.NRW (docs/NRW-DATA.md).
FOLDERS = {
    "LoD2": "geobasis/3dg/lod2_gml/lod2_gml/",
    "LoD1": "geobasis/3dg/lod1_gml/lod1_gml/",
    "DGM1": "geobasis/hm/dgm1_tiff/dgm1_tiff/",
    "DOM1": "geobasis/hm/dom1_tiff/dom1_tiff/",
    "nDOM50": "geobasis/hm/ndom50_tiff/ndom50_tiff/",
    "DOP10": "geobasis/lusat/akt/dop/dop_jp2_f10/",
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self):  # noqa: N802
        fake = self.server.fake
        path = unquote(urlparse(self.path).path)
        with fake.lock:
            fake.log.append({"path": path, "range": self.headers.get("Range")})
        if not path.startswith(PREFIX):
            return self._error(404)
        folder, _, name = path[len(PREFIX) :].rpartition("/")
        folder += "/"
        fault = fake.pop_fault(name)
        if fault == "hang":
            time.sleep(fake.hang_s)
        if fault == "500":
            return self._error(500)
        if fault == "404":
            return self._error(404)
        if fault == "html":
            return self._send_unsized(b"<!DOCTYPE html><html><head><title>Wartung</title></head><body>"
                                      b"Wegen Wartungsarbeiten nicht erreichbar.</body></html>", "text/html")
        if name == "index.json" and folder in fake.folders():
            body = (
                b"<html><body>502 Bad Gateway</body></html>" if folder in fake.broken_json else fake.index_json(folder)
            )
            return self._send(200, body, "application/json")
        if name == "index.xml" and folder in fake.folders():
            body = b"<opengeodata><datasets" if folder in fake.broken_xml else fake.index_xml(folder)
            return self._send(200, body, "application/xml")
        data = fake.files.get((folder, name))
        if data is None:
            return self._error(404)
        start, end, status = 0, len(data) - 1, 200
        if fault == "cut":
            return self._send_unsized(data[: len(data) // 2], "application/octet-stream")
        honour_range = fake.ranges and fault != "whole"
        requested = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", "").strip()) if honour_range else None
        if requested:
            start = int(requested.group(1))
            end = min(int(requested.group(2)), len(data) - 1) if requested.group(2) else len(data) - 1
            if start >= len(data):
                return self._send(416, b"", "text/plain", {"Content-Range": f"bytes */{len(data)}"})
            status = 206
        body = data[start : end + 1]
        with fake.lock:
            fake.active += 1
            fake.max_active = max(fake.max_active, fake.active)
        try:
            self._send_file(status, body, start, end, len(data), fault, fake.slow.get(name))
        finally:
            with fake.lock:
                fake.active -= 1

    def _send_file(self, status, body, start, end, length, fault, slow) -> None:
        headers = {"Accept-Ranges": "bytes"}
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end}/{length}"
        self._send(status, body, "application/octet-stream", headers, fault=fault, slow=slow)

    def _send_unsized(self, body: bytes, content_type: str) -> None:
        """HTTP/1.0-style body: no Content-Length, the end of the body is the end of the connection."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    def _error(self, status: int) -> None:
        self._send(status, f"<html><body>Error {status}</body></html>".encode(), "text/html")

    def _send(self, status, body, content_type, headers=None, fault=None, slow=None) -> None:
        fake = self.server.fake
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if fault in ("drop", "reset"):
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                if fault == "reset":  # SO_LINGER 0: close() sends RST instead of FIN
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                else:
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            if slow:
                step, delay, head = (tuple(slow) + (0,))[:3]
                self.wfile.write(body[:head])
                self.wfile.flush()
                for offset in range(head, len(body), step):
                    time.sleep(delay)
                    self.wfile.write(body[offset : offset + step])
                    self.wfile.flush()
            else:
                self.wfile.write(body)
        except OSError:
            with fake.lock:
                fake.aborted += 1
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fake: "FakeOpenGeodata"

    def handle_error(self, request, client_address) -> None:
        """Clients that cut a connection (cancel, retry) are expected: count them, print nothing."""
        with self.fake.lock:
            self.fake.aborted += 1


class FakeOpenGeodata:
    """Start with ``with FakeOpenGeodata() as server:``; ``server.base_url`` ends in ``/produkte/``."""

    def __init__(self) -> None:
        self.files: Dict[Tuple[str, str], bytes] = {}
        self.index_sizes: Dict[Tuple[str, str], int] = {}
        self.extra_index: Dict[str, List[Tuple[str, int]]] = {}
        self.faults: Dict[str, List[str]] = {}
        self.slow: Dict[str, tuple] = {}
        self.broken_json: set = set()
        self.broken_xml: set = set()
        self.unsized: set = set()
        self.hang_s = 2.0
        self.ranges = True  # False: ignore Range headers like some proxies (always 200 + whole file)
        self.log: List[dict] = []
        self.aborted = 0
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None

    # content
    def add_file(self, folder: str, name: str, data: bytes, index_size: Optional[int] = None) -> None:
        """Serve ``data`` as ``/produkte/<folder><name>``; ``index_size`` makes the index lie about it."""
        self.files[(folder, name)] = data
        if index_size is not None:
            self.index_sizes[(folder, name)] = index_size

    def add_fixture(self, product_key: str, path: Path, name: Optional[str] = None) -> str:
        name = name or Path(path).name
        self.add_file(FOLDERS[product_key], name, Path(path).read_bytes())
        return name

    def list_only(self, folder: str, name: str, size: int) -> None:
        """List a file in the index that the server does not have (answers 404)."""
        self.extra_index.setdefault(folder, []).append((name, size))

    def add_fault(self, name: str, *faults: str) -> None:
        with self.lock:
            self.faults.setdefault(name, []).extend(faults)

    def pop_fault(self, name: str) -> Optional[str]:
        with self.lock:
            queue = self.faults.get(name)
            return queue.pop(0) if queue else None

    def folders(self) -> set:
        return set(FOLDERS.values()) | {folder for folder, _ in self.files}

    def _entries(self, folder: str) -> List[Tuple[str, int]]:
        entries = [
            (name, self.index_sizes.get((f, name), len(data))) for (f, name), data in self.files.items() if f == folder
        ]
        return sorted(entries + self.extra_index.get(folder, []))

    def _size_text(self, name: str, size: int) -> str:
        return "" if name in self.unsized else str(size)

    def index_json(self, folder: str) -> bytes:
        files = [
            {"name": name, "size": self._size_text(name, size), "timestamp": TIMESTAMP}
            for name, size in self._entries(folder)
        ]
        dataset = {"id": folder.strip("/").split("/")[-1], "title": folder, "files": files}
        return json.dumps({"datasets": [dataset]}).encode()

    def index_xml(self, folder: str) -> bytes:
        rows = "".join(
            f'<file name={quoteattr(n)} size="{self._size_text(n, s)}" timestamp="{TIMESTAMP}"/>'
            for n, s in self._entries(folder)
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><opengeodata><datasets><dataset id='
            f"{quoteattr(folder)}><files>{rows}</files></dataset></datasets></opengeodata>"
        ).encode()

    # requests seen
    def requests_for(self, name: str) -> List[dict]:
        with self.lock:
            return [entry for entry in self.log if entry["path"].endswith("/" + name)]

    # life cycle
    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}{PREFIX}"

    def start(self) -> "FakeOpenGeodata":
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="fake-opengeodata"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeOpenGeodata":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":  # manual use: python tests/fakes/opengeodata_server.py, then point the plugin at it
    data = Path(__file__).resolve().parents[1] / "data"
    server = FakeOpenGeodata()
    for gml in sorted((data / "citygml").glob("LoD2_32_*_1_NW.gml")):
        server.add_fixture("LoD2", gml)
    server.add_fixture("LoD1", data / "citygml" / "LoD1_472_5757_1_NW.gml")
    server.add_fixture("DOM1", data / "raster" / "dom1_32_356_5699_1_nw_2020.tif")
    server.start()
    print(f"export NRWTWIN_OPENGEODATA_URL={server.base_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
