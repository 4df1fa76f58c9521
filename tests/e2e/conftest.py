"""End-to-end tier: the real ``qgis_process`` command with the plugin enabled in a fresh profile."""
from __future__ import annotations

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from qgis_process_runner import PLUGINS_DIR, QgisProcess  # noqa: E402


@pytest.fixture
def qgis_process(tmp_path) -> QgisProcess:
    runner = QgisProcess(tmp_path / "home", PLUGINS_DIR)
    (tmp_path / "home").mkdir()
    runner.enable_plugin()
    return runner
