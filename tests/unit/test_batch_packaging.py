"""``pip install .`` packaging: the repository root becomes the package ``nrw_digital_twin`` with the engine and
the batch runner only (no QGIS module), the ``nrwtwin-batch`` command and the ``[batch]`` extra."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "LICENSE", "metadata.txt", "__init__.py", "docs/batch.md")


def pyproject() -> dict:
    if tomllib is None:
        pytest.fail("Python 3.11+ (tomllib) is needed to read pyproject.toml in this test")
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_package_metadata_matches_the_plugin():
    project = pyproject()["project"]
    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    assert project["name"] == "nrw_digital_twin"
    assert project["version"] == metadata["general"]["version"]
    assert project["scripts"] == {"nrwtwin-batch": "nrw_digital_twin.batch.cli:main"}
    assert any(req.startswith("distributed") for req in project["optional-dependencies"]["batch"])
    assert not any("qgis" in req.lower() for req in project["dependencies"])
    # Every engine package is listed (a new subpackage must be added to pyproject.toml).
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    found = {
        "nrw_digital_twin." + p.parent.relative_to(REPO).as_posix().replace("/", ".")
        for p in REPO.glob("algorithms/**/__init__.py")
    }
    found |= {"nrw_digital_twin", "nrw_digital_twin.batch"}
    assert found == listed


def test_wheel_holds_the_engine_and_the_runner_and_imports_without_qgis(tmp_path):
    source = tmp_path / "src"
    for name in SOURCES:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    for name in ("algorithms", "batch"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    # A plugin-only module next to them must stay out of the wheel, as plugin.py and translate.py do.
    shutil.copy2(REPO / "plugin.py", source / "plugin.py")
    shutil.copy2(REPO / "translate.py", source / "translate.py")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("nrw_digital_twin-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
        archive.extractall(tmp_path / "wheel")
    packaged = {n for n in names if n.startswith("nrw_digital_twin/")}
    assert "nrw_digital_twin/__init__.py" in packaged
    assert "nrw_digital_twin/batch/__main__.py" in packaged
    assert "nrw_digital_twin/algorithms/batch/tile_task.py" in packaged
    assert "nrw_digital_twin/algorithms/services.json" in packaged
    assert not {"nrw_digital_twin/plugin.py", "nrw_digital_twin/translate.py", "nrw_digital_twin/setup.py"} & packaged
    assert not any("/processing_provider/" in n or "/ui/" in n or "/tests/" in n for n in packaged)
    engine_files = {
        f"nrw_digital_twin/{p.relative_to(REPO).as_posix()}"
        for p in REPO.glob("algorithms/**/*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert engine_files <= packaged
    assert "nrwtwin-batch = nrw_digital_twin.batch.cli:main" in entry_points
    # Every module of the wheel imports while QGIS and Qt cannot be imported at all.
    code = r"""
import importlib, importlib.abc, pkgutil, sys
class NoQgis(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"):
            raise ImportError("no QGIS on a batch worker: " + name)
sys.meta_path.insert(0, NoQgis())
sys.path.insert(0, sys.argv[1])
import nrw_digital_twin
names = [m.name for m in pkgutil.walk_packages(nrw_digital_twin.__path__, "nrw_digital_twin.")]
for name in names:
    if name != "nrw_digital_twin.batch.__main__":
        importlib.import_module(name)
print(len(names), nrw_digital_twin.__file__)
"""
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "wheel")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    count, location = proc.stdout.split()
    assert int(count) >= 50 and location.startswith(str(tmp_path / "wheel"))
    help_text = subprocess.run(
        [sys.executable, "-m", "nrw_digital_twin.batch", "solar", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "wheel"), "PATH": "/usr/bin:/bin"},
    )
    assert help_text.returncode == 0, help_text.stderr
    for option in ("--extent", "--crs", "--out", "--scheduler", "--cache", "--weather", "--resolution", "--tiles"):
        assert option in help_text.stdout
