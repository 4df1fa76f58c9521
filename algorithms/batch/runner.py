"""Run the tile tasks of a batch on Dask, keep the manifest, merge: shared by ``nrwtwin-batch`` and
``nrwtwin:batchsolar``.

Dask (``dask.distributed``) is imported only when a run starts, so the engine and QGIS load without it.
The scheduler is named like Dask names it: ``local:N`` (or empty) starts N worker processes on this machine
with one thread each (a ``LocalCluster``), ``tcp://host:8786`` connects to a running scheduler, a path to
a ``.json`` file is a Dask scheduler file (dask-jobqueue, dask-mpi, ``dask scheduler --scheduler-file``).

A run is resumable: tiles whose GeoPackage is valid for the run's fingerprint are reused, everything else
is submitted, one task per tile (:func:`.tile_task.solar_tile`). Dask runs a task again on another worker
when its worker dies (``distributed.scheduler.allowed-failures`` times); a task that fails for a reason of
its own comes back as a failed tile, never as an exception that stops the run.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from .. import download
from ..citygml import gpkg
from ..errors import Canceled, NrwTwinError
from ..files import OutputSet, remove_stale_staging
from ..messages import msg
from ..opengeodata import product
from ..progress import NullProgress, Progress
from ..tilegrid import Tile
from . import manifest as manifest_io
from . import merge, tile_store
from .job import SolarJob, engine_fingerprint, settings
from .tile_task import DONE, FAILED, MISSING, solar_tile

POLL_S = 0.2
DASK_REQUIREMENT = '"dask[distributed]"'


@dataclass
class BatchResult:
    """What a run did: counts per status, tiles computed now, and the files it wrote."""

    manifest: manifest_io.Manifest
    computed: List[str] = field(default_factory=list)
    reused: List[str] = field(default_factory=list)
    merged_path: Optional[Path] = None
    merged_rows: int = 0
    summary_path: Optional[Path] = None
    compute_seconds: float = 0.0  # from the first submitted task to the last result

    @property
    def failed(self) -> List[str]:
        return self.manifest.keys_with(FAILED)

    @property
    def done(self) -> List[str]:
        return self.manifest.keys_with(DONE)

    @property
    def missing(self) -> List[str]:
        return self.manifest.keys_with(MISSING)


def require_dask():
    """The ``distributed`` module, or a message that says how to install Dask into this Python."""
    try:
        import distributed
    except ImportError:
        python = worker_python()
        raise NrwTwinError(
            msg(
                "The batch run needs Dask, which is not installed in the Python of QGIS ({}). Install it with: "
                "{} -m pip install --user {} (Debian/Ubuntu: apt install python3-distributed; Windows: "
                "python -m pip install {} in the OSGeo4W Shell), then start QGIS again.",
                python,
                python,
                DASK_REQUIREMENT,
                DASK_REQUIREMENT,
            )
        ) from None
    return distributed


def worker_python() -> str:
    """The Python interpreter that runs this process, for local worker processes.

    Not simply ``sys.executable``: inside QGIS that is the QGIS program (Windows, macOS) or whatever
    ``python3`` comes first on the PATH (Linux; measured with QGIS 3.22: a pyenv shim of another Python).
    The interpreter QGIS embeds lives in ``sys.exec_prefix`` under its versioned name.
    """
    major, minor = sys.version_info[:2]
    if os.name == "nt":
        candidates = [os.path.join(sys.exec_prefix, "python.exe"), os.path.join(sys.exec_prefix, "python3.exe")]
    else:
        candidates = [os.path.join(sys.exec_prefix, "bin", f"python{major}.{minor}")]
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    current = sys.executable or ""
    if os.path.basename(current).lower().startswith("python"):
        return current
    return shutil.which(f"python{major}.{minor}") or shutil.which("python3") or current


def parse_scheduler(spec: Optional[str], workers: Optional[int] = None) -> Tuple[str, object]:
    """("local", n_workers) | ("address", url) | ("file", path) from a --scheduler value."""
    text = (spec or "").strip()
    if text in ("", "local"):
        return "local", max(1, int(workers or os.cpu_count() or 1))
    if text.startswith("local:"):
        count = text.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise NrwTwinError(msg("'{}' is not local:N with a number of workers N ≥ 1.", text))
        return "local", int(count)
    if "://" in text:
        return "address", text
    if text.endswith(".json"):
        if not os.path.isfile(text):
            raise NrwTwinError(msg("The Dask scheduler file {} does not exist.", text))
        return "file", text
    raise NrwTwinError(
        msg(
            "Unknown scheduler '{}': use local:N, an address such as tcp://host:8786 or a scheduler file (.json).", text
        )
    )


@contextlib.contextmanager
def dask_client(spec: Optional[str], workers: Optional[int] = None, memory_limit: str = "auto") -> Iterator[object]:
    """A connected ``distributed.Client`` (and its LocalCluster for local:N), closed on exit."""
    distributed = require_dask()
    kind, value = parse_scheduler(spec, workers)
    if kind != "local":
        client = (
            distributed.Client(value, timeout="30s")
            if kind == "address"
            else distributed.Client(scheduler_file=value, timeout="30s")
        )
        try:
            yield client
        finally:
            client.close()
        return
    from multiprocessing import spawn

    previous = spawn.get_executable()
    python = worker_python()
    if python != previous:
        multiprocessing.set_executable(python)
    cluster = None
    try:
        cluster = distributed.LocalCluster(
            n_workers=int(value),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,  # no web dashboard (and no port 8787 taken)
            memory_limit=memory_limit,
            silence_logs=40,
        )
        client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
        if python != previous:
            multiprocessing.set_executable(previous)


def published_tiles(job: SolarJob, tiles: Sequence[Tile], progress: Progress) -> List[Tile]:
    """The tiles the LoD2 index lists (the index is loaded once, on the client, into the shared cache)."""
    downloader = download.Downloader(Path(job.cache_dir), base_url=job.base_url, proxies=job.proxies)
    index = downloader.index(product("LoD2"), progress=progress)
    return [tile for tile in tiles if index.lookup(tile) is not None]


def plan(job: SolarJob, tiles: Sequence[Tile], manifest: manifest_io.Manifest, verify: bool, progress: Progress):
    """Record tiles that are reused or not published; return the keys still to compute."""
    previous = manifest_io.load_entries(manifest.path)
    published = set(published_tiles(job, tiles, progress))
    todo: List[str] = []
    reused: List[str] = []
    for tile in tiles:
        key = tile.key
        if tile not in published:
            manifest.record(
                {
                    "tile": key,
                    "status": MISSING,
                    "run": manifest.run_id,
                    "message": msg("OpenGeodata.NRW publishes no LoD2 tile {}.", key),
                }
            )
            continue
        entry = previous.get(key)
        entry = entry if entry and entry.get("status") == DONE else None
        path = job.tile_path(key)
        if tile_store.valid_tile_file(path, job.fingerprint, entry, verify):
            if entry is None:  # finished after the last manifest write of a stopped run: adopt it
                entry = adopt(path, job.fingerprint)
            manifest.record({"tile": key, **entry})
            reused.append(key)
        else:
            todo.append(key)
    return todo, reused


def adopt(path: Path, fingerprint: str) -> Dict[str, object]:
    """A manifest entry for a valid tile file that no manifest lists yet."""
    meta = tile_store.read_meta(path) or {}
    size, mtime_ns = tile_store.file_signature(path)
    return {
        "status": DONE,
        "roofs": meta.get("roofs", 0),
        "suitable": meta.get("suitable", 0),
        "kwp": meta.get("kwp", 0.0),
        "yield_mwh": meta.get("yield_mwh", 0.0),
        "checksum": tile_store.file_checksum(path),
        "size": size,
        "mtime_ns": mtime_ns,
        "fingerprint": fingerprint,
        "seconds": None,
        "worker": None,
        "message": msg("Found complete in the tile folder (finished after the previous run stopped)."),
    }


def check_outcome(job: SolarJob, outcome: Dict[str, object]) -> Dict[str, object]:
    """A 'done' outcome whose file the client cannot see means the output folder is not shared."""
    if outcome.get("status") == DONE and not job.tile_path(str(outcome["tile"])).is_file():
        outcome = dict(outcome, status=FAILED)
        outcome["message"] = msg(
            "The worker {} wrote {}, but this computer does not see the file: the output folder must be on a "
            "file system shared by this computer and all workers.",
            outcome.get("worker"),
            str(job.tile_path(str(outcome["tile"]))),
        )
    return outcome


def log_outcome(outcome: Dict[str, object], number: int, total: int, progress: Progress) -> None:
    status = outcome.get("status")
    if status == DONE:
        progress.info(
            msg(
                "{:,}/{:,} {}: {:,} roof surfaces, {:,} suitable, {:,.1f} kWp ({:.1f} s, {}).",
                number,
                total,
                outcome["tile"],
                outcome.get("roofs", 0),
                outcome.get("suitable", 0),
                float(outcome.get("kwp", 0.0)),
                float(outcome.get("seconds") or 0.0),
                outcome.get("worker") or "",
            )
        )
    else:
        progress.warning(
            msg("{:,}/{:,} {}: {} — {}", number, total, outcome["tile"], status, outcome.get("message", ""))
        )
    for text in outcome.get("warnings") or []:
        progress.warning(msg("Tile {}: {}", outcome["tile"], text))


def wait_for_workers(client, progress: Progress) -> None:
    """Wait (cancellable) until the cluster has a worker; an adaptive cluster may start them on demand."""
    told = False
    while not client.scheduler_info().get("workers"):
        if progress.is_canceled():
            raise Canceled()
        if not told:
            progress.info(msg("Waiting for a Dask worker to connect to the scheduler …"))
            told = True
        time.sleep(POLL_S)


def submit_all(client, job: SolarJob, keys: Sequence[str]) -> Dict[object, str]:
    """One task per tile, keys ``nrwtwin-roofsolar-<tile>-<fingerprint>``; the job is sent to the cluster once."""
    job_future = client.scatter(job, hash=False)
    futures = client.map(
        solar_tile,
        [job_future] * len(keys),
        list(keys),
        key=[f"nrwtwin-roofsolar-{key}-{job.fingerprint[:16]}" for key in keys],
    )
    return {future: key for future, key in zip(futures, keys)}


def collect(client, job: SolarJob, futures: Dict[object, str], manifest, result: BatchResult, progress) -> None:
    """Record outcomes as tasks finish; cancel the remaining tasks when the user cancels."""
    distributed = require_dask()
    total = len(futures)
    pending = distributed.as_completed(list(futures), with_results=False)
    number = 0
    while not pending.is_empty():
        if progress.is_canceled():
            client.cancel(list(futures))
            raise Canceled(msg("Canceled by the user. Tiles finished so far are kept; run again to go on."))
        if not pending.has_ready():
            time.sleep(POLL_S)
            continue
        for future in pending.next_batch(block=False):
            key = futures[future]
            try:
                outcome = future.result()
            except Exception as error:  # noqa: BLE001 - KilledWorker, lost scheduler: the tile failed
                outcome = {
                    "tile": key,
                    "status": FAILED,
                    "message": msg(
                        "The task failed on the cluster ({}: {}); workers that die repeatedly on a tile often lack "
                        "memory (docs/batch.md).",
                        type(error).__name__,
                        str(error),
                    ),
                }
            outcome = check_outcome(job, outcome)
            number += 1
            outcome["run"] = manifest.run_id
            manifest.record(outcome)
            if outcome.get("status") == DONE:
                result.computed.append(key)
            log_outcome(outcome, number, total, progress)
            progress.set_progress(90.0 * number / max(total, 1))
        manifest.save_if_due()


def finish(job: SolarJob, manifest: manifest_io.Manifest, result: BatchResult, merged: bool, progress) -> None:
    """Merge the done tiles into roofsolar.gpkg and write summary.csv, both or neither; then the manifest."""
    out = Path(job.out_dir)
    with OutputSet() as outputs:
        summary = outputs.path(out / manifest_io.SUMMARY)
        manifest_io.write_summary(summary, manifest)
        if merged:
            target = outputs.path(out / manifest_io.MERGED)
            files = [job.tile_path(key) for key in manifest.keys_with(DONE)]
            result.merged_rows = merge.merge_tiles(target, files, gpkg.SrsDefinition(*job.srs), progress)
        outputs.commit()
    result.summary_path = out / manifest_io.SUMMARY
    result.merged_path = out / manifest_io.MERGED if merged else None
    manifest.header["finished"] = manifest_io.now_iso()
    manifest.save()


def run_solar_batch(
    job: SolarJob,
    tiles: Sequence[Tile],
    scheduler: Optional[str] = None,
    workers: Optional[int] = None,
    progress: Optional[Progress] = None,
    merged: bool = True,
    verify: bool = False,
) -> BatchResult:
    """Compute the roof solar potential of ``tiles``, one Dask task per tile (see the module docstring).

    Parameters
    ----------
    job : the run's settings (:func:`.job.make_job`): output and cache folders, solar parameters, weather
    tiles : the 1 km tiles to compute (EPSG:25832 grid of OpenGeodata.NRW)
    scheduler : ``local:N`` or empty (local processes), ``tcp://host:port``, or a scheduler file (.json)
    workers : number of local worker processes when ``scheduler`` is empty (default: one per CPU)
    progress : progress, log and cancel (:class:`..progress.Progress`)
    merged : write ``roofsolar.gpkg`` with all tiles' rows
    verify : recompute the checksum of every reused tile file

    Returns
    -------
    BatchResult with the manifest (status per tile), the tiles computed now and reused, and the files.

    Tiles that fail are listed in the manifest and summary with their message; the run itself raises only
    for problems of the whole run (no scheduler, unwritable output folder, cancel: :class:`..errors.Canceled`).
    """
    progress = progress or NullProgress()
    out = Path(job.out_dir)
    try:
        job.tiles_dir.mkdir(parents=True, exist_ok=True)
        Path(job.cache_dir).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NrwTwinError(
            msg("Cannot create {}: {}.", error.filename or str(out), error.strerror or str(error))
        ) from None
    remove_stale_staging(job.tiles_dir)
    header = {
        "product": "roofsolar",
        "fingerprint": job.fingerprint,
        "engine": engine_fingerprint(),
        "settings": settings(job),
        "scheduler": scheduler or f"local:{workers or os.cpu_count()}",
        "output_folder": str(out),
    }
    manifest = manifest_io.Manifest(out / manifest_io.MANIFEST, [tile.key for tile in tiles], header)
    todo, reused = plan(job, tiles, manifest, verify, progress)
    result = BatchResult(manifest, reused=reused)
    progress.info(
        msg(
            "Tiles: {:,}; {:,} to compute, {:,} done in an earlier run, {:,} not published.",
            len(tiles),
            len(todo),
            len(reused),
            len(manifest.keys_with(MISSING)),
        )
    )
    manifest.save()
    try:
        if todo:
            with dask_client(scheduler, workers) as client:
                wait_for_workers(client, progress)
                submitted = time.perf_counter()
                futures = submit_all(client, job, todo)
                collect(client, job, futures, manifest, result, progress)
                result.compute_seconds = time.perf_counter() - submitted
    finally:
        manifest.save()
        remove_stale_staging(job.tiles_dir)
    finish(job, manifest, result, merged, progress)
    progress.set_progress(100.0)
    return result
