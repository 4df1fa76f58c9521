"""The engine (algorithms/) must import without QGIS or Qt: batch runs and tests share it."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_engine_modules_import_without_qgis_or_qt():
    code = r"""
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import nrw_digital_twin.algorithms as engine
names = [m.name for m in pkgutil.walk_packages(engine.__path__, engine.__name__ + ".")]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "processing", "sip"))
print(len(names), leaked)
assert not leaked, leaked
"""
    proc = subprocess.run(
        [sys.executable, "-c", code, str(REPO / ".build" / "plugins")], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    count = int(proc.stdout.split()[0])
    assert count >= 5
