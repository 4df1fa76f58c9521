"""``nrwtwin-batch`` / ``python -m nrw_digital_twin.batch``: the roof solar potential of many tiles on Dask.

    nrwtwin-batch solar --extent XMIN,YMIN,XMAX,YMAX [--crs EPSG:25832] --out DIR
                        [--scheduler local:N | tcp://HOST:PORT | FILE.json] [--cache DIR]
                        [--weather FILE] [--resolution 1.0] [--tiles FILE] …

Writes DIR/tiles/<tile>.gpkg per tile, DIR/roofsolar.gpkg (all roofs, the fields of nrwtwin:roofsolar),
DIR/summary.csv and DIR/manifest.json. Exit status: 0 when every tile is done (or not published), 1 when
some tiles failed (listed in the summary; run the same command again to retry them), 2 for a bad command
line or a problem of the whole run. See docs/batch.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import List, Optional

from ..algorithms.batch import job as batch_job
from ..algorithms.batch import runner, tiles
from ..algorithms.errors import Canceled, NrwTwinError
from ..algorithms.opengeodata import ENV_BASE_URL
from ..algorithms.solar import potential, weather
from ..algorithms.solar.irradiance import MODELS

CACHE_ENV = "NRWTWIN_CACHE"


class ConsoleProgress:
    """Progress for a terminal: one line per message, Ctrl-C cancels after the running tasks."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.canceled = False

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        return self.canceled

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, flush=True)

    def warning(self, message: str) -> None:
        print(f"warning: {message}", file=sys.stderr, flush=True)


def default_cache() -> str:
    return os.environ.get(CACHE_ENV) or os.path.join(os.path.expanduser("~"), ".cache", "nrw_digital_twin")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nrwtwin-batch", description="NRW Digital Twin batch runs on Dask (docs/batch.md)."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    solar = commands.add_parser(
        "solar",
        help="roof solar potential of NRW LoD2 tiles, one Dask task per 1 km tile",
        description="Roof solar potential per LoD2 roof surface for every 1 km tile of an area, as "
        "nrwtwin:roofsolar computes it, with the eight neighbouring tiles as shading context.",
    )
    area = solar.add_argument_group("area (one of both, or both: the listed tiles inside the extent)")
    area.add_argument("--extent", help="XMIN,YMIN,XMAX,YMAX of the area, in --crs")
    area.add_argument("--tiles", help="text file with one tile id (e.g. 32_404_5746) per line")
    solar.add_argument("--crs", default="EPSG:25832", help="CRS of --extent (default EPSG:25832)")
    solar.add_argument("--out", required=True, help="output folder (shared by all workers)")
    solar.add_argument(
        "--scheduler",
        default="",
        help="local:N (N worker processes here; default: one per CPU), tcp://HOST:PORT of a running Dask "
        "scheduler, or a Dask scheduler file (.json)",
    )
    solar.add_argument(
        "--cache",
        default=None,
        help=f"download cache shared by all workers (default ${CACHE_ENV} or ~/.cache/nrw_digital_twin)",
    )
    solar.add_argument(
        "--base-url",
        default=None,
        help=f"OpenGeodata.NRW address or a mirror (default ${ENV_BASE_URL} or the real one)",
    )
    solar.add_argument("--weather", default=None, help="PVGIS TMY (.csv/.json) or EPW file; default: synthetic year")
    solar.add_argument(
        "--annual-ghi", type=float, default=weather.DEFAULT_ANNUAL_GHI, help="kWh/m² of the synthetic year (1000)"
    )
    solar.add_argument("--resolution", type=float, default=1.0, help="cell size of the surface model in m (1.0)")
    solar.add_argument("--model", choices=MODELS, default="perez", help="diffuse sky model (perez)")
    defaults = potential.SolarParameters()
    solar.add_argument("--kwp-per-m2", type=float, default=defaults.kwp_per_m2, help="module power per m² (0.21)")
    solar.add_argument(
        "--performance-ratio", type=float, default=defaults.performance_ratio, help="performance ratio (0.85)"
    )
    solar.add_argument("--co2-g-per-kwh", type=float, default=defaults.co2_g_per_kwh, help="CO₂ factor (363)")
    solar.add_argument("--min-area-m2", type=float, default=defaults.min_area_m2, help="minimum module area (2)")
    solar.add_argument("--terrain", choices=batch_job.TERRAIN_PRODUCTS, default=None, help="terrain tiles (DGM1)")
    solar.add_argument("--trees", choices=batch_job.TREE_PRODUCTS, default=None, help="tree/surface tiles")
    solar.add_argument("--no-merge", action="store_true", help="keep the tile files only (no roofsolar.gpkg)")
    solar.add_argument("--verify", action="store_true", help="recompute the checksum of every earlier tile file")
    solar.add_argument("--quiet", action="store_true", help="print only warnings and the result")
    return parser


def run_solar(args: argparse.Namespace) -> int:
    extent = tiles.parse_extent(args.extent) if args.extent else None
    selected = tiles.select_tiles(extent, args.crs, args.tiles)
    job = batch_job.make_job(
        args.out,
        args.cache or default_cache(),
        base_url=args.base_url,
        resolution=args.resolution,
        model=args.model,
        annual_ghi=args.annual_ghi,
        weather_file=args.weather,
        terrain=args.terrain,
        trees=args.trees,
        kwp_per_m2=args.kwp_per_m2,
        performance_ratio=args.performance_ratio,
        co2_g_per_kwh=args.co2_g_per_kwh,
        min_area_m2=args.min_area_m2,
    )
    progress = ConsoleProgress(args.quiet)
    started = time.perf_counter()
    result = runner.run_solar_batch(
        job, selected, scheduler=args.scheduler, progress=progress, merged=not args.no_merge, verify=args.verify
    )
    manifest = result.manifest
    done = manifest.keys_with(runner.DONE)
    roofs = sum(int(manifest.entries[key].get("roofs", 0)) for key in done)
    kwp = sum(float(manifest.entries[key].get("kwp", 0.0)) for key in done)
    mwh = sum(float(manifest.entries[key].get("yield_mwh", 0.0)) for key in done)
    print(
        f"{len(selected)} tiles: {len(done)} done ({len(result.computed)} computed now, {len(result.reused)} from "
        f"earlier runs), {len(result.missing)} not published, {len(result.failed)} failed; {roofs} roof surfaces, "
        f"{kwp:,.0f} kWp, {mwh:,.0f} MWh/a on suitable roofs; {time.perf_counter() - started:.1f} s.",
        flush=True,
    )
    for key in result.failed:
        print(f"failed {key}: {manifest.entries[key].get('message', '')}", file=sys.stderr)
    print(f"results: {result.merged_path or job.tiles_dir}  summary: {result.summary_path}", flush=True)
    return 1 if result.failed else 0


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "solar" and not (args.extent or args.tiles):
        print("nrwtwin-batch solar: give --extent or --tiles (or both)", file=sys.stderr)
        return 2
    try:
        return run_solar(args)
    except Canceled as error:
        print(str(error), file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("Interrupted. Tiles finished so far are kept; run the same command again to go on.", file=sys.stderr)
        return 130
    except NrwTwinError as error:
        print(f"nrwtwin-batch: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
