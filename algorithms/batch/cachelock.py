"""Locks on tile files in a download cache shared by several processes or machines.

The download engine resumes ``<name>.part`` files and renames them when complete; two workers that fetch
the same neighbour tile at the same time would write into the same ``.part``. A worker therefore holds an
exclusive lock per tile file (``<cache>/<product>/.locks/<name>.lock``) while it downloads or checks it.
Locks are taken in sorted order, so tasks that share tiles never deadlock, and the operating system
releases them when a worker dies (also ``kill -9``). On a shared network file system the locks work where
the file system supports them (NFS v4, CephFS, Lustre and GPFS with flock enabled).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Iterator, List, Sequence

try:  # POSIX
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FOLDER = ".locks"


def _lock(handle) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        return
    import msvcrt

    while True:  # msvcrt.LK_LOCK gives up after ten one-second tries; keep waiting like flock
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            return
        except OSError:
            time.sleep(0.5)


def _unlock(handle) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return
    import msvcrt

    handle.seek(0)
    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


@contextlib.contextmanager
def locked_files(folder: Path, names: Sequence[str]) -> Iterator[None]:
    """Hold an exclusive lock on each of ``names`` in ``folder`` (a product folder of the cache)."""
    lock_dir = Path(folder) / LOCK_FOLDER
    lock_dir.mkdir(parents=True, exist_ok=True)
    handles: List = []
    try:
        for name in sorted(set(names)):
            handle = open(lock_dir / f"{name}.lock", "a+b")  # noqa: SIM115 - closed in finally
            handles.append(handle)
            _lock(handle)
        yield
    finally:
        for handle in reversed(handles):
            with contextlib.suppress(OSError):
                _unlock(handle)
            handle.close()
