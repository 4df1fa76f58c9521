"""Start a headless QGIS application with Processing and the plugin's provider (demo, benchmarks)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO / ".build" / "plugins"


def plugin_importable() -> None:
    """Make ``import nrw_digital_twin`` work whatever the clone folder is called."""
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "nrw_digital_twin"
    if not link.is_symlink():
        link.symlink_to(Path("..") / "..", target_is_directory=True)
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))
    if not os.environ.get("PROJ_DATA") and os.path.exists("/usr/share/proj/proj.db"):
        os.environ["PROJ_DATA"] = "/usr/share/proj"


def start_qgis():
    """QgsApplication without GUI, Processing initialised, provider ``nrwtwin`` registered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugin_importable()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    for path in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if os.path.isdir(path) and path not in sys.path:
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    from nrw_digital_twin.processing_provider.provider import NrwTwinProvider

    provider = NrwTwinProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    app._nrwtwin_provider = provider  # keep it alive as long as the app
    return app
