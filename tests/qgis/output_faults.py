"""Faults for output tests: a small full disk, a read-only folder, a cancel at some progress, and a
snapshot of a folder (which files exist, byte for byte). The tests run as root (as CI does): a
chmod would not stop root, so a read-only folder is a tmpfs remounted read-only."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path
from typing import Dict, Iterator

import pytest

STAGING_PREFIX = ".nrwtwin-staging-"


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.fail("the full-disk and read-only tests mount a tmpfs and must run as root (as CI does)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)


def _unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def full_disk(folder: Path, free_bytes: int = 4096, size: str = "256k") -> Iterator[Path]:
    """A tmpfs at ``folder`` filled up to about ``free_bytes`` free; unmounted afterwards."""
    _mount_tmpfs(folder, size)
    try:
        filler = folder / "filler.bin"
        with open(filler, "wb") as handle:
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > free_bytes + 4096:
                handle.write(b"\0" * 4096)
                handle.flush()
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def read_only_folder(folder: Path, files: Dict[str, bytes]) -> Iterator[Path]:
    """A tmpfs at ``folder`` holding ``files``, remounted read-only; unmounted afterwards."""
    _mount_tmpfs(folder, "1m")
    try:
        for name, content in files.items():
            (folder / name).write_bytes(content)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        _unmount(folder)


def snapshot(folder: Path) -> Dict[str, bytes]:
    """Every file below ``folder`` (relative path → content), hidden staging folders included."""
    return {
        str(path.relative_to(folder)): path.read_bytes() for path in sorted(Path(folder).rglob("*")) if path.is_file()
    }


def staging_left(folder: Path) -> list:
    return [p.name for p in Path(folder).iterdir() if p.name.startswith(STAGING_PREFIX)]


def canceling_feedback(at_percent: float):
    """A QgsProcessingFeedback that cancels itself once progress reaches ``at_percent``."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()

    def check(value):
        if value >= at_percent and not feedback.isCanceled():
            feedback.cancel()

    feedback.progressChanged.connect(check)
    return feedback
