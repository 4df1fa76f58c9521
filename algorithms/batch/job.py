"""What every tile task of a batch run needs to know, fixed once per run on the client.

A :class:`SolarJob` is pickled to the Dask workers with each task, so it holds only plain values: paths
that all workers can reach (output and cache folders on a shared file system), the server, the solar
parameters, the weather file's bytes (so workers need no copy of it) and the run's fingerprint.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Tuple

from ..errors import NrwTwinError
from ..messages import msg
from ..solar import potential, weather

TILES_FOLDER = "tiles"
# Products a task may add to the LoD2 context: terrain (DGM1) and trees (nDOM50 heights above ground or
# DOM1 absolute surface heights); see raster_tiles.py.
TERRAIN_PRODUCTS = ("DGM1",)
TREE_PRODUCTS = ("nDOM50", "DOM1")
_ENGINE_FINGERPRINT: Optional[str] = None


def engine_fingerprint() -> str:
    """sha256 over the engine's Python sources (algorithms/**/*.py): the code that computes the results.

    Part of the run fingerprint, so a rerun with changed code recomputes every tile, and a worker that runs
    other code than the client refuses its task instead of mixing results.
    """
    global _ENGINE_FINGERPRINT
    if _ENGINE_FINGERPRINT is None:
        root = Path(__file__).resolve().parents[1]
        digest = hashlib.sha256()
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
        _ENGINE_FINGERPRINT = digest.hexdigest()
    return _ENGINE_FINGERPRINT


@dataclass(frozen=True)
class SolarJob:
    """Inputs shared by all tile tasks of one run (see the module docstring)."""

    out_dir: str
    cache_dir: str
    base_url: Optional[str] = None
    params: potential.SolarParameters = field(default_factory=potential.SolarParameters)
    annual_ghi: float = weather.DEFAULT_ANNUAL_GHI
    weather_name: Optional[str] = None
    weather_bytes: Optional[bytes] = None
    terrain: Optional[str] = None
    trees: Optional[str] = None
    srs: Optional[Tuple] = None  # gpkg.SrsDefinition fields, fixed on the client
    fingerprint: str = ""
    proxies: Optional[Dict[str, str]] = None  # requests proxies for the downloads (QGIS's proxy), not results

    @property
    def tiles_dir(self) -> Path:
        return Path(self.out_dir) / TILES_FOLDER

    def tile_path(self, key: str) -> Path:
        return self.tiles_dir / f"{key}.gpkg"


def settings(job: SolarJob) -> Dict[str, object]:
    """Everything that changes a tile's result (recorded in the manifest)."""
    weather_id = None
    if job.weather_bytes is not None:
        weather_id = {"file": job.weather_name, "sha256": hashlib.sha256(job.weather_bytes).hexdigest()}
    return {
        "solar": dataclasses.asdict(job.params),
        "annual_ghi": job.annual_ghi,
        "weather": weather_id,
        "terrain": job.terrain,
        "trees": job.trees,
    }


def make_job(
    out_dir: str,
    cache_dir: str,
    base_url: Optional[str] = None,
    resolution: float = 1.0,
    model: str = "perez",
    annual_ghi: float = weather.DEFAULT_ANNUAL_GHI,
    weather_file: Optional[str] = None,
    terrain: Optional[str] = None,
    trees: Optional[str] = None,
    proxies: Optional[Dict[str, str]] = None,
    **solar_options,
) -> SolarJob:
    """The settings of a batch run, with its fingerprint (sha256 of :func:`settings` and the engine code).

    Parameters
    ----------
    out_dir, cache_dir : output and download cache folders (shared by all workers)
    base_url : OpenGeodata.NRW address or a mirror; None: ``$NRWTWIN_OPENGEODATA_URL`` or the real one
    resolution : cell size of the surface model (m)
    model : diffuse sky model (perez, haydavies, isotropic)
    annual_ghi : annual global horizontal irradiation of the synthetic year (kWh/m²)
    weather_file : PVGIS TMY (.csv/.json) or EPW file, read here and sent to the workers with the job
    terrain, trees : raster products of the neighbourhood (DGM1; nDOM50 or DOM1) or None
    proxies : requests proxies for the downloads
    solar_options : further :class:`..solar.potential.SolarParameters` (kwp_per_m2, performance_ratio, …)
    """
    from .tile_store import srs_25832

    params = potential.SolarParameters(resolution=float(resolution), model=model, **solar_options)
    params.check()
    if terrain is not None and terrain not in TERRAIN_PRODUCTS:
        raise NrwTwinError(msg("Unknown terrain product {}; use one of {}.", terrain, ", ".join(TERRAIN_PRODUCTS)))
    if trees is not None and trees not in TREE_PRODUCTS:
        raise NrwTwinError(msg("Unknown tree product {}; use one of {}.", trees, ", ".join(TREE_PRODUCTS)))
    weather_name = weather_bytes = None
    if weather_file:
        try:
            with open(weather_file, "rb") as handle:
                weather_bytes = handle.read()
        except OSError as error:
            raise NrwTwinError(
                msg("Cannot read the weather file {}: {}.", weather_file, error.strerror or str(error))
            ) from None
        weather_name = os.path.basename(weather_file)
    job = SolarJob(
        out_dir=os.path.abspath(out_dir),
        cache_dir=os.path.abspath(cache_dir),
        base_url=base_url,
        params=params,
        annual_ghi=float(annual_ghi),
        weather_name=weather_name,
        weather_bytes=weather_bytes,
        terrain=terrain,
        trees=trees,
        srs=dataclasses.astuple(srs_25832()),
        proxies=dict(proxies) if proxies else None,
    )
    payload = json.dumps({"settings": settings(job), "engine": engine_fingerprint()}, sort_keys=True)
    return dataclasses.replace(job, fingerprint=hashlib.sha256(payload.encode()).hexdigest())
