"""A local web server for an exported folder, so a browser can open its ``index.html``.

Browsers refuse to load ``tileset.json`` and the .glb files from ``file://`` pages, so the viewer needs
HTTP. :func:`serve_folder` serves a folder on 127.0.0.1 (a free port unless one is given) from a
background thread; ``mounts`` add more folders under URL prefixes (e.g. ``/cesium/`` → a local copy of
CesiumJS). Only files below the folders are served (no listings, no symlink escapes), only to this
computer.
"""
from __future__ import annotations

import functools
import mimetypes
import os
import posixpath
import threading
import urllib.parse
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Mapping, Optional

EXTRA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".ktx2": "image/ktx2",
}


class _Handler(SimpleHTTPRequestHandler):
    """Files of the served folders only; quiet (QGIS has no console)."""

    mounts: Dict[str, str] = {}
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    def translate_path(self, path: str) -> str:
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix in sorted(self.mounts, key=len, reverse=True):
            if path.startswith(prefix):
                root, rest = self.mounts[prefix], path[len(prefix) :]
                break
        else:
            root, rest = self.directory, path
        parts = [p for p in posixpath.normpath("/" + rest).split("/") if p not in ("", ".", "..")]
        candidate = os.path.realpath(os.path.join(root, *parts))
        inside = os.path.commonpath([candidate, os.path.realpath(root)]) == os.path.realpath(root)
        return candidate if inside else os.path.join(os.path.realpath(root), "\0missing")

    def list_directory(self, path):  # noqa: ANN001 - no folder listings
        self.send_error(404, "Not found")
        return None

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        pass


class FolderServer:
    """A running server; ``url`` is the address of the folder (with a trailing slash)."""

    def __init__(self, folder: str, port: int = 0, mounts: Optional[Mapping[str, str]] = None) -> None:
        handler = type("FolderHandler", (_Handler,), {"mounts": dict(mounts or {})})
        self.folder = os.path.abspath(folder)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=self.folder))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="nrwtwin-web-preview", daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def serve_folder(folder: str, port: int = 0, mounts: Optional[Mapping[str, str]] = None) -> FolderServer:
    """Serve ``folder`` on http://127.0.0.1:PORT/ until :meth:`FolderServer.stop` (see the module)."""
    mimetypes.init()
    return FolderServer(folder, port, mounts)
