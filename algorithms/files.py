"""Writing outputs so that a failed or canceled run never leaves a half file under the final name.

:class:`OutputSet` is the one way a run writes its outputs: every file is written under its final
*name* inside a hidden staging folder next to its target (same folder, same file system, so the renames
are atomic), and :meth:`OutputSet.commit` moves all of them into place together, only when every one
is complete. Files that existed under a final name are kept aside until the new ones are in place and
are put back if anything fails, so a failed run leaves the old outputs byte-identical (Shapefile
sidecars included). Staging folders left by a killed process are removed by the next run.

:func:`atomic_path` is the single-file form of the same promise.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import socket
import uuid
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple, Union

from .errors import NrwTwinError, write_error
from .messages import msg

PathLike = Union[str, "os.PathLike[str]"]

STAGING_PREFIX = ".nrwtwin-staging-"
# Files that belong to one dataset and move together (ESRI Shapefile and its index/metadata sidecars;
# SQLite journals never outlive a closed connection and are not listed).
SIDECAR_SUFFIXES: Dict[str, Tuple[str, ...]] = {
    ".shp": (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix", ".shp.xml", ".qmd"),
    ".obj": (".obj", ".mtl"),
    ".tif": (".tif", ".tif.aux.xml", ".tfw"),
    ".tiff": (".tiff", ".tiff.aux.xml", ".tfw"),
}


_HOST = "".join(c if c.isalnum() or c in "-." else "_" for c in socket.gethostname()) or "host"


def temporary_sibling(path: PathLike) -> Path:
    """A name next to ``path`` (same folder, so the final rename is atomic) that readers ignore."""
    target = Path(path)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


@contextlib.contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """Yield a temporary path to write to; rename it to ``path`` only when the block succeeds."""
    target = Path(path)
    tmp = temporary_sibling(target)
    try:
        yield tmp
        try:
            os.replace(tmp, target)
        except OSError as error:
            raise write_error(error, str(target)) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def dataset_files(path: PathLike) -> List[Path]:
    """The files of the dataset at ``path`` that exist: the file itself and its sidecars."""
    target = Path(path)
    suffixes = _sidecar_suffixes(target)
    stem = target.name[: -len(target.suffix)] if target.suffix else target.name
    found = []
    for suffix in suffixes:
        candidate = target.with_name(stem + suffix)
        if candidate.exists():
            found.append(candidate)
    if target not in found and target.exists():
        found.insert(0, target)
    return found


def _sidecar_suffixes(target: Path) -> Tuple[str, ...]:
    return SIDECAR_SUFFIXES.get(target.suffix.lower(), (target.suffix,) if target.suffix else ("",))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(folder: PathLike) -> int:
    """Remove staging folders in ``folder`` whose process is gone (a killed run); returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(STAGING_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        # Only this host's folders: on a shared folder a process id of another machine says nothing here.
        host, _, rest = entry.name[len(STAGING_PREFIX) :].rpartition("@")
        pid_text = rest.split("-", 1)[0]
        if host != _HOST or not pid_text.isdigit():
            continue
        if int(pid_text) != os.getpid() and not _pid_alive(int(pid_text)):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


class OutputSet:
    """The output files of one run: staged, then moved into place together or not at all.

    >>> with OutputSet() as outputs:                      # doctest: +SKIP
    ...     write_stl(outputs.path("model.stl"))
    ...     write_png(outputs.path("model.png"))
    ...     outputs.commit()                              # both appear, or neither

    Leaving the ``with`` block without :meth:`commit` (an exception, a cancel) discards the staged files.
    """

    def __init__(self) -> None:
        self._staging: Dict[Path, Path] = {}  # target folder → staging folder
        self._targets: Dict[Path, Path] = {}  # final path → staged path
        self.committed = False

    # -- staging ---------------------------------------------------------------------------------
    def path(self, final: PathLike) -> Path:
        """The path to write ``final`` to now; it is moved to ``final`` by :meth:`commit`."""
        target = Path(os.path.abspath(os.fspath(final)))
        if target not in self._targets:
            self._targets[target] = self._staging_folder(target.parent) / target.name
        return self._targets[target]

    def _staging_folder(self, folder: Path) -> Path:
        if folder in self._staging:
            return self._staging[folder]
        if not folder.is_dir():
            raise NrwTwinError(msg("The folder {} does not exist. Choose an existing folder.", str(folder)))
        remove_stale_staging(folder)
        staging = folder / f"{STAGING_PREFIX}{_HOST}@{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            staging.mkdir()
        except OSError as error:
            raise write_error(error, str(folder / "…")) from None
        self._staging[folder] = staging
        return staging

    def staged_files(self, final: PathLike) -> List[Path]:
        """The staged files of ``final``'s dataset (with sidecars) as written so far."""
        staged = self._targets[Path(os.path.abspath(os.fspath(final)))]
        return dataset_files(staged)

    @property
    def finals(self) -> List[Path]:
        return list(self._targets)

    # -- commit / discard ------------------------------------------------------------------------
    def commit(self) -> List[Path]:
        """Move every staged output into place; all of them or, on failure, none (old files restored)."""
        moves: List[Tuple[Path, Path]] = []  # staged file → final file
        for final, staged in self._targets.items():
            files = dataset_files(staged)
            if not files:
                raise NrwTwinError(msg("The output {} was not written.", str(final)))
            stem_staged, stem_final = _stem(staged), _stem(final)
            for file in files:
                moves.append((file, final.with_name(stem_final + file.name[len(stem_staged) :])))
        backups: List[Tuple[Path, Path]] = []  # final file → backup in the staging folder
        placed: List[Path] = []
        try:
            for final in self._targets:
                for old in dataset_files(final):
                    backup = self._staging[final.parent] / (".old-" + old.name)
                    os.replace(old, backup)
                    backups.append((old, backup))
            for source, destination in moves:
                os.replace(source, destination)
                placed.append(destination)
        except OSError as error:
            restored = True
            for destination in placed:
                with contextlib.suppress(OSError):
                    os.remove(destination)
            for old, backup in reversed(backups):
                try:
                    os.replace(backup, old)
                except OSError:
                    restored = False  # keep the staging folder: it still holds the old file
            if restored:
                self.discard()
            raise write_error(error, str(error.filename or "")) from None
        self.committed = True
        self._remove_staging()
        return list(self._targets)

    def discard(self) -> None:
        """Remove every staged file and staging folder; final names stay as they were."""
        self._remove_staging()

    def _remove_staging(self) -> None:
        for staging in self._staging.values():
            shutil.rmtree(staging, ignore_errors=True)
        self._staging.clear()

    def __enter__(self) -> "OutputSet":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.committed:
            self.discard()


def _stem(path: Path) -> str:
    """File name without the dataset's suffix ('a.shp' → 'a', 'a.tif.aux.xml' stays by its .tif)."""
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def free_bytes(path: PathLike) -> Optional[int]:
    """Free space on the file system holding ``path`` (None when unknown)."""
    try:
        return shutil.disk_usage(os.fspath(path)).free
    except OSError:
        return None


def check_written(path: PathLike, expected_min_bytes: int = 1) -> None:
    """Raise a clear error when a file that should have content is missing or empty (e.g. disk full)."""
    target = Path(path)
    try:
        size = target.stat().st_size
    except OSError as error:
        raise write_error(error, str(target)) from None
    if size < expected_min_bytes:
        free = free_bytes(target.parent)
        if free is not None and free < 1_000_000:
            raise write_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), str(target))
        raise NrwTwinError(msg("The output {} was written incompletely ({:,} bytes).", str(target), size))
