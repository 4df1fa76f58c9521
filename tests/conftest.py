"""Shared test setup: import the plugin as ``nrw_digital_twin`` whatever the clone folder is called.

``.build/plugins/nrw_digital_twin`` is a relative symlink to the repository root, so the same
folder works as ``sys.path`` entry here, as ``QGIS_PLUGINPATH`` for qgis_process, and inside the
QGIS 3.40 chroot where the repository is mounted elsewhere.
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
CITYGML = DATA / "citygml"
PLUGINS_DIR = REPO / ".build" / "plugins"
ARTIFACTS = REPO / "tests" / "artifacts"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyproj in a venv looks for proj.db under the venv's prefix; Debian keeps it in /usr/share/proj.
if not os.environ.get("PROJ_DATA") and os.path.exists("/usr/share/proj/proj.db"):
    os.environ["PROJ_DATA"] = "/usr/share/proj"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/nrwtwin-xdg")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
# Tests never reach the internet: production URLs are overridden per test by local servers.
os.environ.setdefault("NRWTWIN_OFFLINE_TESTS", "1")


def ensure_plugin_link() -> Path:
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "nrw_digital_twin"
    if not link.is_symlink():
        link.symlink_to(Path("..") / "..", target_is_directory=True)
    return link


ensure_plugin_link()
if str(PLUGINS_DIR) not in sys.path:
    sys.path.insert(0, str(PLUGINS_DIR))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def citygml_dir() -> Path:
    return CITYGML


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_before_qgis_exits(qgis_app):
    """Free layers while QGIS still runs: one destroyed after exitQgis() (at interpreter exit)
    releases its GeoPackage through a GDAL that is gone, and the process crashes."""
    yield
    gc.collect()
    # Layers still referenced (e.g. from a test frame kept by a pytest.raises traceback) are deleted
    # now, while their GDAL driver still exists; only layers Python owns, never the project's.
    from qgis.core import QgsMapLayer
    from qgis.PyQt import sip

    for obj in gc.get_objects():
        if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
            sip.delete(obj)
