"""The 1 km tile grid of OpenGeodata.NRW in ETRS89 / UTM zone 32N (EPSG:25832).

Tiles are named by the south-west corner in km, e.g. ``32_404_5746`` for E 404–405 km,
N 5746–5747 km. Every tile product (LoD1/LoD2, DGM1, DOM1, nDOM, DOP) uses this grid.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Tuple

from .errors import NrwTwinError
from .messages import msg

TILE_SIZE_M = 1000.0
GRID_CRS = "EPSG:25832"
MAX_TILES_DEFAULT = 2000

# Bounding box of North Rhine-Westphalia in EPSG:25832 (from the state border, rounded outward to
# whole km). Tiles outside it are never published by OpenGeodata.NRW.
NRW_EXTENT_25832: Tuple[float, float, float, float] = (280000.0, 5560000.0, 536000.0, 5830000.0)

Extent = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


@dataclass(frozen=True)
class Tile:
    easting_km: int
    northing_km: int

    @property
    def key(self) -> str:
        """OpenGeodata.NRW tile key, e.g. ``32_404_5746``."""
        return f"32_{self.easting_km}_{self.northing_km}"

    @property
    def bounds(self) -> Extent:
        x0, y0 = self.easting_km * TILE_SIZE_M, self.northing_km * TILE_SIZE_M
        return (x0, y0, x0 + TILE_SIZE_M, y0 + TILE_SIZE_M)

    @classmethod
    def from_key(cls, key: str) -> "Tile":
        """Parse ``32_404_5746`` (or the zone-less ``404_5746`` of the 2018 deliveries)."""
        parts = key.split("_")
        if len(parts) == 3 and parts[0] == "32":
            parts = parts[1:]
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise NrwTwinError(msg("'{}' is not an NRW tile key such as 32_404_5746.", key))
        return cls(int(parts[0]), int(parts[1]))


def format_extent(extent: Extent) -> str:
    return "{:.0f}, {:.0f} – {:.0f}, {:.0f}".format(*extent)


def validate_extent(extent: Extent) -> Extent:
    """Check an EPSG:25832 extent: not empty, finite, and touching NRW."""
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        raise NrwTwinError(msg("The area has no valid coordinates. Choose an area on the map."))
    if xmax <= xmin or ymax <= ymin:
        raise NrwTwinError(
            msg(
                "The area is empty (width or height is zero). Draw a rectangle or polygon on the map, "
                "or choose a layer extent."
            )
        )
    nx0, ny0, nx1, ny1 = NRW_EXTENT_25832
    if xmax <= nx0 or xmin >= nx1 or ymax <= ny0 or ymin >= ny1:
        raise NrwTwinError(
            msg(
                "The area ({} in EPSG:25832) lies outside North Rhine-Westphalia ({} in EPSG:25832). "
                "Check the area and its coordinate reference system.",
                format_extent((xmin, ymin, xmax, ymax)),
                format_extent(NRW_EXTENT_25832),
            )
        )
    return (xmin, ymin, xmax, ymax)


def tile_range(extent: Extent) -> Tuple[range, range]:
    """Easting and northing km indices of the tiles that an extent overlaps (edges excluded)."""
    xmin, ymin, xmax, ymax = extent
    e0, n0 = math.floor(xmin / TILE_SIZE_M), math.floor(ymin / TILE_SIZE_M)
    e1, n1 = math.ceil(xmax / TILE_SIZE_M), math.ceil(ymax / TILE_SIZE_M)
    return range(e0, max(e1, e0 + 1)), range(n0, max(n1, n0 + 1))


def tiles_for_extent(
    extent: Extent, max_tiles: Optional[int] = MAX_TILES_DEFAULT, clip_to_nrw: bool = True
) -> List[Tile]:
    """Tiles covering an extent in EPSG:25832, ordered south to north, then west to east.

    Raises :class:`NrwTwinError` for an empty area, an area outside NRW, or more than
    ``max_tiles`` tiles (the message gives the count).
    """
    extent = validate_extent(extent)
    if clip_to_nrw:
        nx0, ny0, nx1, ny1 = NRW_EXTENT_25832
        extent = (max(extent[0], nx0), max(extent[1], ny0), min(extent[2], nx1), min(extent[3], ny1))
    eastings, northings = tile_range(extent)
    count = len(eastings) * len(northings)
    if max_tiles is not None and count > max_tiles:
        raise NrwTwinError(
            msg(
                "The area covers {:,} tiles of 1 km², more than the limit of {:,}. "
                "Choose a smaller area or raise the limit.",
                count,
                max_tiles,
            )
        )
    return [Tile(e, n) for n in northings for e in eastings]


def tile_count(extent: Extent) -> int:
    """Number of tiles an extent overlaps, without limits (for previews)."""
    eastings, northings = tile_range(validate_extent(extent))
    return len(eastings) * len(northings)


def transform_extent(extent: Extent, source_crs: str, target_crs: str = GRID_CRS) -> Extent:
    """Reproject an extent with pyproj, densifying the edges so curved borders stay covered."""
    from pyproj import CRS, Transformer

    transformer = Transformer.from_crs(CRS.from_user_input(source_crs), CRS.from_user_input(target_crs), always_xy=True)
    return tuple(transformer.transform_bounds(*extent, densify_pts=21))  # type: ignore[return-value]
