"""'Im Browser ansehen': serve an exported 3D Tiles folder on a local port and open its viewer page.

Browsers do not load tilesets from ``file://`` pages, so the folder written by nrwtwin:export3dtiles is
served by :func:`..algorithms.publish.serve.serve_folder` on 127.0.0.1 (only this computer can reach it)
from a background thread, and the system browser opens ``index.html``. One server per folder is kept
and reused; :func:`stop_all` ends them (the plugin calls it on unload).

A local copy of CesiumJS (folder ``Build/Cesium`` of the npm package ``cesium`` in the pinned version)
can be given for offline use: it is served under ``/cesium/`` and the page opened with ``?local=1``.
"""
from __future__ import annotations

import os
from typing import Dict, Optional

from ..algorithms.publish.serve import FolderServer, serve_folder
from ..algorithms.publish.tiles3d import TILESET, VIEWER

_SERVERS: Dict[str, FolderServer] = {}


def viewer_url(folder: str, local_cesium: Optional[str] = None) -> str:
    """The URL of the folder's viewer page, starting a server for the folder when none runs yet.

    Parameters
    ----------
    folder : str
        The output folder of nrwtwin:export3dtiles (holds tileset.json and index.html).
    local_cesium : str, optional
        A folder with CesiumJS (Cesium.js, Widgets/, Workers/, Assets/) to use instead of the CDN.

    Raises
    ------
    FileNotFoundError
        When the folder holds no viewer page or no tileset.
    """
    folder = os.path.abspath(folder)
    for name in (VIEWER, TILESET):
        if not os.path.isfile(os.path.join(folder, name)):
            raise FileNotFoundError(os.path.join(folder, name))
    server = _SERVERS.get(folder)
    if server is None:
        mounts = {"/cesium/": local_cesium} if local_cesium else None
        server = _SERVERS[folder] = serve_folder(folder, mounts=mounts)
    return server.url + VIEWER + ("?local=1" if local_cesium else "")


def open_in_browser(folder: str, local_cesium: Optional[str] = None) -> str:
    """Serve ``folder`` (see :func:`viewer_url`) and open its viewer page in the system browser; the URL."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices

    url = viewer_url(folder, local_cesium)
    QDesktopServices.openUrl(QUrl(url))
    return url


def stop_all() -> None:
    """Stop every server started here (plugin unload)."""
    while _SERVERS:
        _folder, server = _SERVERS.popitem()
        server.stop()
