"""algorithms/files.OutputSet: outputs appear together or not at all; old ones survive any failure."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nrw_digital_twin.algorithms.errors import OutputWriteError
from nrw_digital_twin.algorithms.files import STAGING_PREFIX, OutputSet, remove_stale_staging


def listing(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_commit_moves_every_output_and_its_sidecars_and_drops_stale_sidecars(tmp_path):
    (tmp_path / "a.shp").write_bytes(b"old shp")
    (tmp_path / "a.dbf").write_bytes(b"old dbf")
    (tmp_path / "a.qix").write_bytes(b"old index of the old file")
    with OutputSet() as outputs:
        shp = outputs.path(tmp_path / "a.shp")
        shp.write_bytes(b"new shp")
        shp.with_suffix(".dbf").write_bytes(b"new dbf")
        shp.with_suffix(".prj").write_bytes(b"new prj")
        outputs.path(tmp_path / "report.html").write_bytes(b"<html>")
        assert listing(tmp_path)["a.shp"] == b"old shp"  # nothing visible before the commit
        outputs.commit()
    assert listing(tmp_path) == {
        "a.dbf": b"new dbf", "a.prj": b"new prj", "a.shp": b"new shp", "report.html": b"<html>"
    }


def test_leaving_without_commit_keeps_the_old_files_byte_identical(tmp_path):
    (tmp_path / "a.shp").write_bytes(b"old shp")
    (tmp_path / "a.dbf").write_bytes(b"old dbf")
    before = listing(tmp_path)
    with pytest.raises(RuntimeError):
        with OutputSet() as outputs:
            outputs.path(tmp_path / "a.shp").write_bytes(b"half")
            raise RuntimeError("the run failed")
    assert listing(tmp_path) == before


def test_a_failed_rename_puts_the_old_outputs_back(tmp_path, monkeypatch):
    from nrw_digital_twin.algorithms import files

    (tmp_path / "first.txt").write_bytes(b"old first")
    (tmp_path / "second.txt").write_bytes(b"old second")
    real_replace = os.replace
    failed = []

    def replace(source, destination):  # the new second file cannot be placed (once)
        if os.path.basename(destination) == "second.txt" and "staging" in os.fspath(source) and not failed:
            failed.append(destination)
            raise OSError(28, "No space left on device", os.fspath(destination))
        real_replace(source, destination)

    monkeypatch.setattr(files.os, "replace", replace)
    with OutputSet() as outputs:
        outputs.path(tmp_path / "first.txt").write_bytes(b"new first")
        outputs.path(tmp_path / "second.txt").write_bytes(b"new second")
        with pytest.raises(OutputWriteError, match="Not enough space"):
            outputs.commit()
    assert listing(tmp_path) == {"first.txt": b"old first", "second.txt": b"old second"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.txt", "second.txt"]


def test_staging_folders_of_dead_processes_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with OutputSet() as outputs:
        outputs.path(tmp_path / "x.txt")
        live = [p for p in tmp_path.iterdir() if p.name.startswith(STAGING_PREFIX)][0]
        stale = tmp_path / live.name.replace(f"@{os.getpid()}-", f"@{dead.stdout.strip()}-")
        stale.mkdir()
        (stale / "x.txt").write_bytes(b"left by a killed run")
        assert remove_stale_staging(tmp_path) == 1
        assert live.exists() and not stale.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_is_an_error_naming_it(tmp_path):
    with OutputSet() as outputs:
        outputs.path(tmp_path / "never_written.gpkg")
        with pytest.raises(Exception, match="never_written.gpkg was not written"):
            outputs.commit()
