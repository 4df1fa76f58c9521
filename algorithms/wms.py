"""WMS GetMap for an area at a given resolution: the pixel grid and its tiling plan.

A WMS answers at most ``MaxWidth`` × ``MaxHeight`` pixels per GetMap (5000 for the GEObasis.NRW
DOP service); larger areas are cut into tiles of at most ``max_size`` pixels per side on one
common pixel grid, so the mosaic needs no resampling. The grid is snapped outwards to multiples
of the resolution (EPSG:25832 metres). GetMap parameters follow OGC 06-042 (WMS 1.3.0 §7.3):
with ``CRS=EPSG:25832`` the BBOX axis order is easting, northing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterator, List, NamedTuple, Optional, Tuple

import requests

from .errors import NrwTwinError
from .messages import msg
from .ogc_http import fetch_binary, make_session, with_retries
from .progress import NullProgress, Progress, check_canceled
from .services import Service

BBox = Tuple[float, float, float, float]
MAX_OUTPUT_PIXELS = 40000 * 40000


@dataclass(frozen=True)
class RasterGrid:
    """A north-up pixel grid in EPSG:25832: upper-left corner, pixel size, size in pixels."""

    xmin: float
    ymax: float
    resolution: float
    width: int
    height: int

    @property
    def bounds(self) -> BBox:
        return (
            self.xmin,
            self.ymax - self.height * self.resolution,
            self.xmin + self.width * self.resolution,
            self.ymax,
        )

    @property
    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        return (self.xmin, self.resolution, 0.0, self.ymax, 0.0, -self.resolution)


@dataclass(frozen=True)
class TileRequest:
    """One request: its pixel window in the grid and its box in EPSG:25832."""

    col: int
    row: int
    width: int
    height: int
    bbox: BBox


class TileAnswer(NamedTuple):
    """The encoded image of one tile and the URL it came from (named when it cannot be decoded)."""

    tile: TileRequest
    data: bytes
    url: str


def plan_grid(bbox: BBox, resolution: float, max_pixels: int = MAX_OUTPUT_PIXELS) -> RasterGrid:
    """The pixel grid covering ``bbox``, snapped outwards to multiples of ``resolution``."""
    if not resolution or resolution <= 0 or not math.isfinite(resolution):
        raise NrwTwinError(
            msg("The resolution must be a positive number of metres per pixel, not {}.", str(resolution))
        )
    xmin, ymin, xmax, ymax = bbox
    if not (xmax > xmin and ymax > ymin):
        raise NrwTwinError(msg("The area {} is empty; draw or choose a larger extent.", str(tuple(bbox))))
    eps = 1e-9 * max(abs(xmax), abs(ymax), 1.0)
    x0 = math.floor((xmin + eps) / resolution) * resolution
    y0 = math.floor((ymin + eps) / resolution) * resolution
    x1 = math.ceil((xmax - eps) / resolution) * resolution
    y1 = math.ceil((ymax - eps) / resolution) * resolution
    width = max(1, int(round((x1 - x0) / resolution)))
    height = max(1, int(round((y1 - y0) / resolution)))
    if width * height > max_pixels:
        raise NrwTwinError(
            msg(
                "The area at {:g} m/pixel needs {:,} × {:,} pixels, more than the limit of {:,} pixels. "
                "Choose a coarser resolution or a smaller area.",
                resolution,
                width,
                height,
                max_pixels,
            )
        )
    return RasterGrid(x0, y1, resolution, width, height)


def plan_tiles(grid: RasterGrid, max_size: int) -> List[TileRequest]:
    """Tiles of at most ``max_size`` pixels per side covering ``grid``, row by row from the top."""
    if max_size < 1:
        raise NrwTwinError(
            msg("The maximum request size must be at least 1 pixel, not {}. Fix 'max_size' in the services override.",
                str(max_size))
        )
    tiles = []
    res = grid.resolution
    for row in range(0, grid.height, max_size):
        for col in range(0, grid.width, max_size):
            width = min(max_size, grid.width - col)
            height = min(max_size, grid.height - row)
            x0 = grid.xmin + col * res
            y1 = grid.ymax - row * res
            tiles.append(TileRequest(col, row, width, height, (x0, y1 - height * res, x0 + width * res, y1)))
    return tiles


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def getmap_params(service: Service, layer_name: str, tile: TileRequest, style: str = "") -> List[Tuple[str, str]]:
    """KVP GetMap parameters for one tile (WMS 1.3.0 or 1.1.1)."""
    version = service.version or "1.3.0"
    crs_key = "CRS" if version.startswith("1.3") else "SRS"
    return [
        ("SERVICE", "WMS"),
        ("VERSION", version),
        ("REQUEST", "GetMap"),
        ("LAYERS", layer_name),
        ("STYLES", style),
        (crs_key, service.crs),
        ("BBOX", ",".join(_fmt(v) for v in tile.bbox)),
        ("WIDTH", str(tile.width)),
        ("HEIGHT", str(tile.height)),
        ("FORMAT", str(service.get("format", "image/png"))),
        ("TRANSPARENT", "TRUE" if service.get("transparent", False) else "FALSE"),
    ]


def fetch_tiles(
    service: Service,
    grid: RasterGrid,
    params_for: Callable[[TileRequest], List[Tuple[str, str]]],
    request_name: str,
    expect,
    default_limit: int,
    session: Optional[requests.Session] = None,
    progress: Progress = NullProgress(),
    max_size: Optional[int] = None,
) -> Iterator[TileAnswer]:
    """Yield a :class:`TileAnswer` for every tile of ``grid``, at most ``max_size`` (or the service's)
    pixels a side.

    Shared by WMS GetMap and WCS GetCoverage; transient failures (timeouts, 5xx, cut or damaged
    images) are tried again (``ogc_http.with_retries``); errors name the service, the request and the tile.
    """
    session = session or make_session()
    limit = int(max_size or service.get("max_size", default_limit))
    tiles = plan_tiles(grid, limit)
    kind = request_name.split()[0]
    progress.info(msg("{}: {:,} {} request(s) of at most {:,} × {:,} pixels.", service.display_name, len(tiles), kind,
                      limit, limit))
    for index, tile in enumerate(tiles):
        check_canceled(progress)
        what = msg("{} (tile {:,} of {:,})", request_name, index + 1, len(tiles))
        answer = with_retries(
            lambda tile=tile, what=what: fetch_binary(session, service, params_for(tile), what, expect=expect),
            service,
            progress,
        )
        yield TileAnswer(tile, answer.data, answer.url)
        progress.set_progress(100.0 * (index + 1) / len(tiles))


def fetch_map_tiles(
    service: Service,
    layer_name: str,
    grid: RasterGrid,
    session: Optional[requests.Session] = None,
    progress: Progress = NullProgress(),
    max_size: Optional[int] = None,
) -> Iterator[TileAnswer]:
    """Yield a :class:`TileAnswer` (tile, encoded image, URL) for every tile of ``grid``."""
    return fetch_tiles(
        service,
        grid,
        lambda tile: getmap_params(service, layer_name, tile),
        f"GetMap {layer_name}",
        ("image/",),
        4096,
        session,
        progress,
        max_size,
    )
