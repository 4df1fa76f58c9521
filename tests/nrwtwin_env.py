"""Environment for every test run, loaded with ``-p tests.nrwtwin_env`` (pyproject addopts) before
pytest-qgis starts QGIS — which it does before any conftest.py is read. So a plain
``python -m pytest tests/…`` works like ``make test-fast``."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/nrwtwin-xdg")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
# pyproj in a venv looks for proj.db under the venv's prefix; Debian keeps it in /usr/share/proj.
if not os.environ.get("PROJ_DATA") and os.path.exists("/usr/share/proj/proj.db"):
    os.environ["PROJ_DATA"] = "/usr/share/proj"
