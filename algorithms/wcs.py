"""WCS GetCoverage for an area, tiled to the server's size limit (elevation models DGM/DOM/nDOM).

WCS 2.0.1 (OGC 09-110r4 KVP binding 09-147r3): ``SUBSET=<axis>(low,high)`` per axis, axis labels
from the catalogue entry (``x``/``y`` for the GEObasis.NRW services; other servers use ``E``/``N``),
``FORMAT=image/tiff``; a resolution other than the coverage's native one is requested through the
scaling extension (OGC 12-039, ``SCALESIZE=x(w),y(h)``). WCS 1.0.0 (OGC 03-065r6, what QGIS Server
3.22 speaks) uses ``COVERAGE``, ``CRS``, ``BBOX``, ``WIDTH``, ``HEIGHT``. Tiles use the same grid
as :mod:`wms` (at most ``max_size`` pixels per side, 4000 for NRW).
"""

from __future__ import annotations

from typing import Iterator, List, Optional, Tuple

import requests

from .errors import NrwTwinError
from .messages import msg
from .progress import NullProgress, Progress
from .services import Service
from .wms import RasterGrid, TileAnswer, TileRequest, fetch_tiles

TIFF_TYPES = ("image/tiff", "image/geotiff", "application/octet-stream", "image/x-geotiff", "multipart/")


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def getcoverage_params(service: Service, coverage: str, tile: TileRequest, resolution: float) -> List[Tuple[str, str]]:
    """KVP GetCoverage parameters for one tile."""
    version = service.version or "2.0.1"
    xmin, ymin, xmax, ymax = tile.bbox
    if version.startswith("2."):
        ax, ay = (list(service.get("axis_labels") or ["x", "y"]) + ["y"])[:2]
        params = [
            ("SERVICE", "WCS"),
            ("VERSION", version),
            ("REQUEST", "GetCoverage"),
            ("COVERAGEID", coverage),
            ("FORMAT", str(service.get("format", "image/tiff"))),
            ("SUBSET", f"{ax}({_fmt(xmin)},{_fmt(xmax)})"),
            ("SUBSET", f"{ay}({_fmt(ymin)},{_fmt(ymax)})"),
        ]
        native = service.get("native_resolution")
        if native is None or abs(float(native) - resolution) > 1e-9 * max(1.0, resolution):
            sx, sy = (list(service.get("scale_axis_labels") or [ax, ay]) + [ay])[:2]
            params.append(("SCALESIZE", f"{sx}({tile.width}),{sy}({tile.height})"))
        return params
    if version.startswith("1.0"):
        return [
            ("SERVICE", "WCS"),
            ("VERSION", version),
            ("REQUEST", "GetCoverage"),
            ("COVERAGE", coverage),
            ("CRS", service.crs),
            ("RESPONSE_CRS", service.crs),
            ("BBOX", ",".join(_fmt(v) for v in tile.bbox)),
            ("WIDTH", str(tile.width)),
            ("HEIGHT", str(tile.height)),
            ("FORMAT", str(service.get("format", "GeoTIFF"))),
        ]
    raise NrwTwinError(
        msg(
            "{} ({}): WCS version {} is not supported; set 'version' to 2.0.1 or 1.0.0 in the services override.",
            service.display_name,
            service.url,
            version,
        )
    )


def fetch_coverage_tiles(
    service: Service,
    coverage: str,
    grid: RasterGrid,
    session: Optional[requests.Session] = None,
    progress: Progress = NullProgress(),
    max_size: Optional[int] = None,
) -> Iterator[TileAnswer]:
    """Yield a :class:`~.wms.TileAnswer` (tile, GeoTIFF bytes, URL) for every tile of ``grid``."""
    return fetch_tiles(
        service,
        grid,
        lambda tile: getcoverage_params(service, coverage, tile, grid.resolution),
        f"GetCoverage {coverage}",
        TIFF_TYPES,
        4000,
        session,
        progress,
        max_size,
    )
