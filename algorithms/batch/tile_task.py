"""One tile of a batch run, as one Dask task: download, import, solar, write the tile's GeoPackage.

The task loads the tile's LoD2 file and those of its eight neighbours (the 300 m horizon context) from the
download engine's cache, imports all of them with the CityGML reader, evaluates the roofs whose centre lies
in the tile with :func:`..solar.run.roof_solar_run` — the code ``nrwtwin:roofsolar`` runs — and writes the
rows with :mod:`.tile_store`. Everything it needs comes in the pickled :class:`.job.SolarJob`; nothing here
imports Dask, QGIS or Qt, so the same function runs in a test, in a local process and on a cluster worker.

Memory of one task is bounded by the neighbourhood: 3 × 3 LoD2 tiles as engine objects and the surface
model of the tile plus the horizon margin (docs/batch.md gives measured figures).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .. import citygml, download, proj
from ..citygml import gpkg
from ..errors import NrwTwinError
from ..messages import msg
from ..opengeodata import product
from ..progress import RecordingProgress
from ..solar import run as solar_run
from ..tilegrid import Tile
from . import raster_tiles, tile_store
from .cachelock import locked_files
from .job import SolarJob, engine_fingerprint, settings

DONE, MISSING, FAILED = "done", "missing", "failed"
MAX_WARNINGS = 20


class TileFailed(NrwTwinError):
    """The tile cannot be computed now (its data or a neighbour's could not be downloaded)."""


def peak_rss_mb() -> Optional[float]:
    """Peak resident memory of this process so far (MB; None where the OS does not tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024.0 * 1024.0 if sys.platform == "darwin" else 1024.0), 1)


def worker_name() -> str:
    """The Dask worker's address inside a Dask worker, else host:pid."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"{socket.gethostname()}:{os.getpid()}"


def to_lonlat(x: float, y: float) -> Tuple[float, float]:
    """EPSG:25832 → longitude, latitude (degrees), for the weather of the site."""
    return proj.transformer(25832, 4326).transform(x, y)


def fetch_neighbourhood(
    downloader: download.Downloader, product_key: str, tiles: List[Tile], centre: Tile, progress
) -> Dict[Tile, Path]:
    """Files of ``tiles`` from the cache (downloaded when absent), under a lock per file.

    Tiles the server does not publish are left out. Raises :class:`TileFailed` when the centre tile or a
    published neighbour cannot be downloaded: shading without that neighbour would be silently wrong.
    """
    prod = product(product_key)
    index = downloader.index(prod, progress=progress)
    names = [entry.name for entry in (index.lookup(tile) for tile in tiles) if entry is not None]
    with locked_files(Path(downloader.cache_dir) / prod.key, names):
        report = downloader.download(prod, tiles, progress=progress)
    failed = [result for result in report.results if result.status == download.FAILED]
    if failed:
        first = failed[0]
        if any(result.tile == centre for result in failed):
            raise TileFailed(msg("The {} tile {} could not be downloaded: {}", prod.key, centre.key, first.message))
        raise TileFailed(
            msg(
                "The neighbouring {} tile {} (context for the shading) could not be downloaded: {}",
                prod.key,
                first.tile.key,
                first.message,
            )
        )
    return {r.tile: Path(r.path) for r in report.results if r.status in (download.DOWNLOADED, download.CACHED)}


def weather_path(job: SolarJob) -> Optional[str]:
    """The run's weather file on this worker: written once per content into the temporary folder."""
    if job.weather_bytes is None:
        return None
    digest = hashlib.sha256(job.weather_bytes).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"nrwtwin-weather-{digest}"
    path = folder / (job.weather_name or "weather.csv")
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        staged = folder / f".{path.name}.{os.getpid()}.tmp"
        staged.write_bytes(job.weather_bytes)
        os.replace(staged, path)
    return str(path)


def roofs_may_lie_in(surfaces, box) -> bool:
    """Whether any roof's bounding box meets ``box``: only then can a roof's centre lie inside."""
    xmin, ymin, xmax, ymax = box
    for surface in surfaces:
        env = surface.envelope
        if surface.surface_type == "Roof" and env and env[0] <= xmax and env[1] >= xmin and env[2] <= ymax:
            if env[3] >= ymin:
                return True
    return False


def compute_tile(job: SolarJob, tile: Tile, progress: RecordingProgress) -> Dict[str, object]:
    """Steps of :func:`solar_tile` for one tile; returns the outcome fields of a computed tile."""
    from .tiles import neighbourhood

    tiles = neighbourhood(tile)
    downloader = download.Downloader(Path(job.cache_dir), base_url=job.base_url, proxies=job.proxies)
    files = fetch_neighbourhood(downloader, "LoD2", tiles, tile, progress)
    if tile not in files:
        return {"status": MISSING, "message": msg("OpenGeodata.NRW publishes no LoD2 tile {}.", tile.key)}
    report = citygml.ReadReport()
    paths = [str(files[t]) for t in tiles if t in files]
    surfaces = [s for building in citygml.iter_buildings(paths, progress, report=report) for s in building.surfaces]
    rows: List[tuple] = []
    envelopes: List[tuple] = []
    srs = gpkg.SrsDefinition(*job.srs)
    if roofs_may_lie_in(surfaces, tile.bounds):
        window = solar_run.shading_window(surfaces, job.params)
        dem, dom = raster_tiles.context_rasters(job, downloader, tiles, window, progress)
        run = solar_run.roof_solar_run(
            surfaces,
            job.params,
            to_lonlat,
            weather_file=weather_path(job),
            annual_ghi=job.annual_ghi,
            dem=dem,
            dom=dom,
            area=tile.bounds,
            progress=progress,
        )
        rows, envelopes = tile_store.roof_rows(run, srs.srs_id)
    totals = tile_store.totals_of_rows(rows)
    meta = {
        "tile": tile.key,
        "fingerprint": job.fingerprint,
        "roofs": totals.roofs,
        "suitable": totals.suitable,
        "kwp": totals.kwp,
        "yield_mwh": totals.yield_mwh,
        "buildings_skipped": len(report.skipped),
        "context_tiles": sorted(t.key for t in files),
    }
    final = job.tile_path(tile.key)
    tile_store.write_tile(final, rows, envelopes, srs, meta)
    size, mtime_ns = tile_store.file_signature(final)
    return {
        "status": DONE,
        "roofs": totals.roofs,
        "suitable": totals.suitable,
        "kwp": totals.kwp,
        "yield_mwh": totals.yield_mwh,
        "buildings_skipped": len(report.skipped),
        "checksum": tile_store.file_checksum(final),
        "size": size,
        "mtime_ns": mtime_ns,
    }


def solar_tile(job: SolarJob, key: str) -> Dict[str, object]:
    """Compute one tile: the Dask task of a batch run.

    Parameters
    ----------
    job : the run's settings, the same for every task (:class:`.job.SolarJob`)
    key : the tile, e.g. ``32_326_5727``

    Returns
    -------
    dict with ``tile``, ``status`` (done, missing, failed), ``message``, ``worker``, ``seconds`` and
    ``cpu_seconds`` (s), ``peak_rss_mb`` (MB) and, when done, ``roofs``, ``suitable``, ``kwp`` (kWp),
    ``yield_mwh`` (MWh/a), ``checksum``, ``size`` (bytes), ``mtime_ns`` of the tile's GeoPackage.

    Never raises for bad data: failures come back as status 'failed' with a message, so one bad tile never
    stops a run. A killed worker is Dask's business: the scheduler runs the task again on another worker,
    and the staged file of the killed one is never renamed.
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    progress = RecordingProgress()
    outcome: Dict[str, object] = {"tile": key, "status": FAILED, "worker": worker_name(), "message": ""}
    try:
        own = hashlib.sha256(
            json.dumps({"settings": settings(job), "engine": engine_fingerprint()}, sort_keys=True).encode()
        ).hexdigest()
        if own != job.fingerprint:
            raise NrwTwinError(
                msg(
                    "The worker {} runs other engine code than the client. Install the same version of "
                    "nrw_digital_twin on all workers (pip install 'nrw_digital_twin[batch]').",
                    outcome["worker"],
                )
            )
        outcome.update(compute_tile(job, Tile.from_key(key), progress))
    except NrwTwinError as error:
        outcome["message"] = str(error)
    except Exception as error:  # noqa: BLE001 - a bug in one tile is reported with that tile, the run goes on
        outcome["message"] = f"{type(error).__name__}: {error}"
        outcome["traceback"] = traceback.format_exc(limit=8)
    outcome["seconds"] = round(time.perf_counter() - started, 3)
    outcome["cpu_seconds"] = round(time.process_time() - cpu_started, 3)
    outcome["peak_rss_mb"] = peak_rss_mb()
    outcome["fingerprint"] = job.fingerprint
    outcome["warnings"] = [str(w) for w in progress.warnings[:MAX_WARNINGS]]
    if len(progress.warnings) > MAX_WARNINGS:
        outcome["warnings"].append(f"… and {len(progress.warnings) - MAX_WARNINGS} more warnings")
    return outcome
