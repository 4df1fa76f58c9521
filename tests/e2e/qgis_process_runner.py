"""Running the real ``qgis_process`` command with a fresh, empty QGIS profile."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGINS_DIR = REPO / ".build" / "plugins"


def qgis_process_binary() -> str:
    # Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process rejects.
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process") or ""):
        if candidate and os.path.exists(candidate):
            return candidate
    pytest.fail("qgis_process is not installed (run make setup)")


class QgisProcess:
    """Runs qgis_process with HOME in a temporary folder, i.e. an empty QGIS profile."""

    def __init__(self, home: Path, plugin_path: Path) -> None:
        self.binary = qgis_process_binary()
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            QGIS_PLUGINPATH=str(plugin_path),
            QT_QPA_PLATFORM="offscreen",
            XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", "/tmp/nrwtwin-xdg"),
        )
        # pytest-qgis points these at its own temporary profile; qgis_process gets a fresh one.
        for name in ("PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
            self.env.pop(name, None)

    def __call__(self, *args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [self.binary, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if check and proc.returncode != 0:
            command = " ".join(args)
            raise AssertionError(f"qgis_process {command} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return proc

    def enable_plugin(self, name: str = "nrw_digital_twin") -> None:
        proc = self("plugins", "enable", name, check=False)
        if proc.returncode != 0 and "already enabled" not in proc.stdout + proc.stderr:
            raise AssertionError(f"could not enable {name}:\n{proc.stdout}\n{proc.stderr}")

    def run_json(self, alg_id: str, check: bool = True, **params) -> dict:
        args = ["--json", "run", alg_id, "--"] + [f"{k}={v}" for k, v in params.items()]
        proc = self(*args, check=check)
        start = proc.stdout.find("{")
        if start < 0:
            return {"returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}
        result = json.loads(proc.stdout[start:])
        result["returncode"] = proc.returncode
        result["stderr"] = proc.stderr
        return result
