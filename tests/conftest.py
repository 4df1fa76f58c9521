"""Shared test setup: import the plugin as ``nrw_digital_twin`` whatever the clone folder is called.

``.build/plugins/nrw_digital_twin`` is a relative symlink to the repository root, so the same
folder works as ``sys.path`` entry here, as ``QGIS_PLUGINPATH`` for qgis_process, and inside the
QGIS 3.40 chroot where the repository is mounted elsewhere.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
CITYGML = DATA / "citygml"
PLUGINS_DIR = REPO / ".build" / "plugins"
ARTIFACTS = REPO / "tests" / "artifacts"

# QT_QPA_PLATFORM, XDG_RUNTIME_DIR and PROJ_DATA are set by tests/nrwtwin_env.py, which pytest loads
# (pyproject addopts) before pytest-qgis starts QGIS.
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
# Shared test helpers (tests/nrwtwin_testsupport.py) import by name in every tier.
if str(REPO / "tests") not in sys.path:
    sys.path.insert(0, str(REPO / "tests"))


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


# Skips hide failures. A skip passes only when its reason matches one of these, each with why it is
# expected; any other skip fails the run (see pytest_runtest_makereport below and CONTRIBUTING.md).
ALLOWED_SKIPS = {
    r"^needs GDAL's Python bindings": "the plain-Python engine tier (make test-engine) has no GDAL; "
    "the same test runs in the QGIS tiers",
    r"^two processes only on Linux with 2 CPUs": "the forked second reader needs 2 CPUs; CI machines have 2",
    r"^needs QGIS 3\.\d+ or newer": "the feature needs a newer QGIS than the host's 3.22; the QGIS 3.40/3.44 "
    "chroot tiers run it",
    r"^client tools run in the host tier": "Node (glTF-Validator, CesiumJS), Chromium and cjio are installed on the "
    "host by make setup, not in the QGIS chroots; the host tier runs these tests (tests/publish_support.py)",
}


def allowed_skip(reason: str) -> bool:
    import re

    reason = reason.removeprefix("Skipped: ")
    return any(re.search(pattern, reason) for pattern in ALLOWED_SKIPS)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if not allowed_skip(str(reason)):
        report.outcome = "failed"
        report.longrepr = (
            f"Skip not on the allow-list (tests/conftest.py ALLOWED_SKIPS): {reason}. "
            "Fix the cause, or add the reason with why it is expected."
        )
