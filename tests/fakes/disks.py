"""Small real file systems for fault-injection tests: a full disk and a read-only folder.

Both are tmpfs mounts made by the test (tests and CI run as root; root ignores permission bits, so a
``chmod`` cannot make a folder read-only for it — a read-only mount can). Use them as context managers
or through the pytest fixtures of the test modules; they unmount on exit, also after a failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, Optional


class Mount:
    """A tmpfs of ``size`` mounted at ``folder``; ``files`` are written before it turns read-only."""

    def __init__(self, folder: Path, size: str = "256k", files: Optional[Dict[str, bytes]] = None,
                 read_only: bool = False) -> None:
        self.folder, self.size, self.files, self.read_only = Path(folder), size, dict(files or {}), read_only

    def __enter__(self) -> Path:
        import pytest

        if os.geteuid() != 0:
            pytest.fail("the fault-injection tests mount a tmpfs and must run as root (as make test and CI do)")
        self.folder.mkdir(parents=True, exist_ok=True)
        _run("mount", "-t", "tmpfs", "-o", f"size={self.size},mode=0755", "tmpfs", str(self.folder))
        try:
            for name, data in self.files.items():
                (self.folder / name).write_bytes(data)
            if self.read_only:
                _run("mount", "-o", "remount,ro", str(self.folder))
        except BaseException:
            self.__exit__()
            raise
        return self.folder

    def __exit__(self, *exc) -> None:
        subprocess.run(["umount", str(self.folder)], check=False, capture_output=True)
        if os.path.ismount(self.folder):  # something still holds a file open: detach it
            subprocess.run(["umount", "-l", str(self.folder)], check=False, capture_output=True)


def _run(*command: str) -> None:
    program = shutil.which(command[0]) or f"/bin/{command[0]}"
    result = subprocess.run([program, *command[1:]], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")


def full_disk(folder: Path, size: str = "256k", files: Optional[Dict[str, bytes]] = None) -> Mount:
    """A folder on a tiny tmpfs (default 256 kB) that fills up during a larger write."""
    return Mount(folder, size=size, files=files)


def read_only(folder: Path, files: Optional[Dict[str, bytes]] = None) -> Mount:
    """A folder on a read-only tmpfs holding ``files`` (the old outputs that must stay as they are)."""
    return Mount(folder, size="4m", files=files, read_only=True)


def listing(folder: Path) -> Dict[str, int]:
    """Every file below ``folder`` (hidden ones and staging folders included) with its size."""
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            found[str(path.relative_to(folder))] = path.stat().st_size
    for root, dirs, _names in os.walk(folder):
        for name in dirs:
            path = Path(root) / name
            if not any(path.iterdir()):
                found[str(path.relative_to(folder)) + "/"] = 0
    return found
