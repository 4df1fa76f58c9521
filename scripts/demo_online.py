#!/usr/bin/env python3
"""Download real OpenGeodata.NRW tiles for an area through the engine (needs internet).

    .venv/bin/python scripts/demo_online.py --area 405000,5757000,406500,5758500 --product LoD2

The area is xmin,ymin,xmax,ymax in EPSG:25832 (default: Münster, Prinzipalmarkt and cathedral
square, 4 LoD2 tiles). Tiles go to a cache (default demo-output/cache, reused across runs: a second
run downloads nothing) and are hard-linked into --out. Proxy: the usual https_proxy environment
variable; the server: NRWTWIN_OPENGEODATA_URL (default https://www.opengeodata.nrw.de/produkte/).
Never run by the tests (they have no internet); ``make demo ONLINE=1 AREA=...`` calls :func:`download`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
PLUGINS = REPO / ".build" / "plugins"
if not (PLUGINS / "nrw_digital_twin").exists():
    PLUGINS.mkdir(parents=True, exist_ok=True)
    (PLUGINS / "nrw_digital_twin").symlink_to(Path("..") / "..", target_is_directory=True)
sys.path.insert(0, str(PLUGINS))

from nrw_digital_twin.algorithms import download as dl  # noqa: E402
from nrw_digital_twin.algorithms.opengeodata import PRODUCT_ORDER  # noqa: E402
from nrw_digital_twin.algorithms.progress import NullProgress  # noqa: E402

MUENSTER = (405000.0, 5757000.0, 406500.0, 5758500.0)


class ConsoleProgress(NullProgress):
    """Prints messages and every 10 % step; Ctrl+C cancels (the .part files resume next time)."""

    def __init__(self) -> None:
        self.last = -10.0
        self.canceled = False

    def set_progress(self, percent: float) -> None:
        if percent >= self.last + 10 or percent >= 100 > self.last:
            self.last = percent
            print(f"  {percent:5.1f} %", flush=True)

    def is_canceled(self) -> bool:
        return self.canceled

    def info(self, message: str) -> None:
        print(f"  {message}", flush=True)

    def warning(self, message: str) -> None:
        print(f"  WARNING: {message}", flush=True)


def parse_area(text: Optional[str]) -> Tuple[float, float, float, float]:
    if not text:
        return MUENSTER
    values = [float(v) for v in text.replace(" ", "").split(",")]
    if len(values) != 4:
        raise SystemExit(f"--area needs xmin,ymin,xmax,ymax in EPSG:25832, got '{text}'")
    return values[0], values[1], values[2], values[3]


def download(
    area=MUENSTER,
    out: Path = REPO / "demo-output" / "tiles",
    product: str = "LoD2",
    cache: Optional[Path] = None,
    max_tiles: int = 25,
    refresh_index: bool = False,
) -> dl.DownloadReport:
    """Download ``product`` tiles for ``area`` and print a summary (used by scripts/demo.py --online)."""
    cache = cache or (REPO / "demo-output" / "cache")
    progress = ConsoleProgress()
    started = time.perf_counter()
    print(f"== {product} tiles for {area} (EPSG:25832) -> {out}", flush=True)
    try:
        report = dl.download_area(
            area, product, cache, output_dir=out, max_tiles=max_tiles, refresh_index=refresh_index, progress=progress
        )
    except KeyboardInterrupt:
        progress.canceled = True
        raise
    print(f"{report.summary()} ({time.perf_counter() - started:.1f} s, server {report.base_url})")
    for result in report.results:
        print(f"  {result.tile.key:14s} {result.status:10s} {result.size:>12,d} B  {result.name or result.message}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--area", help="xmin,ymin,xmax,ymax in EPSG:25832 (default: Münster centre)")
    parser.add_argument("--product", default="LoD2", choices=PRODUCT_ORDER)
    parser.add_argument("--out", type=Path, default=REPO / "demo-output" / "tiles")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--max-tiles", type=int, default=25)
    parser.add_argument("--refresh-index", action="store_true")
    args = parser.parse_args()
    from nrw_digital_twin.algorithms.errors import NrwTwinError

    try:
        report = download(parse_area(args.area), args.out, args.product, args.cache, args.max_tiles, args.refresh_index)
    except NrwTwinError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    return 1 if report.count(dl.FAILED) else 0


if __name__ == "__main__":
    sys.exit(main())
