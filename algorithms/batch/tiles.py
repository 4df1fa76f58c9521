"""Which tiles a batch run computes, and the neighbourhood each tile task loads.

A tile's roofs are shaded by obstacles up to 300 m away (``SolarParameters.max_distance``), so a task
loads the tile and its eight neighbours: every obstacle within 1 km of the tile's edge is present.
"""

from __future__ import annotations

import os
from typing import Iterable, List, Optional, Sequence

from ..errors import NrwTwinError
from ..messages import msg
from ..opengeodata import PRODUCTS
from ..tilegrid import GRID_CRS, Extent, Tile, tiles_for_extent, transform_extent


def tiles_from_extent(extent: Extent, crs: str = GRID_CRS) -> List[Tile]:
    """The NRW tiles covering ``extent`` (xmin, ymin, xmax, ymax in ``crs``), south to north, west to east.

    No limit on the count: a state-wide run has about 34,100 published tiles.
    """
    if str(crs).upper().replace(" ", "") not in ("EPSG:25832", "25832"):
        extent = transform_extent(extent, crs, GRID_CRS)
    return tiles_for_extent(extent, max_tiles=None)


def parse_extent(text: str) -> Extent:
    """``"XMIN,YMIN,XMAX,YMAX"`` → a tuple of four floats."""
    parts = [part.strip() for part in str(text).split(",")]
    try:
        values = tuple(float(part) for part in parts)
    except ValueError:
        values = ()
    if len(values) != 4:
        raise NrwTwinError(msg("The extent '{}' is not XMIN,YMIN,XMAX,YMAX (four numbers).", text))
    return values  # type: ignore[return-value]


def read_tile_list(path: str) -> List[Tile]:
    """Tiles from a text file with one tile id per line (``32_404_5746``, ``404_5746`` or the LoD2 file name).

    Blank lines and lines starting with ``#`` are ignored; duplicates are dropped (first one kept).
    """
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        raise NrwTwinError(msg("Cannot read the tile list {}: {}.", path, error.strerror or str(error))) from None
    tiles: List[Tile] = []
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        found = PRODUCTS["LoD2"].match(os.path.basename(text))  # a file name such as LoD2_32_404_5746_1_NW.gml
        try:
            tiles.append(found[0] if found else Tile.from_key(text))
        except NrwTwinError:
            raise NrwTwinError(
                msg("Line {:,} of {} is not a tile id such as 32_404_5746: '{}'.", number, path, text)
            ) from None
    return unique(tiles)


def unique(tiles: Iterable[Tile]) -> List[Tile]:
    seen = set()
    result = []
    for tile in tiles:
        if tile not in seen:
            seen.add(tile)
            result.append(tile)
    return result


def neighbourhood(tile: Tile) -> List[Tile]:
    """The tile and its eight neighbours, south to north, west to east (the tile is the fifth)."""
    return [Tile(tile.easting_km + de, tile.northing_km + dn) for dn in (-1, 0, 1) for de in (-1, 0, 1)]


def select_tiles(extent: Optional[Extent] = None, crs: str = GRID_CRS, tile_file: Optional[str] = None) -> List[Tile]:
    """The tiles of a run: from a tile list file, else from an extent (one of both is required)."""
    if tile_file:
        tiles = read_tile_list(tile_file)
        if extent is not None:
            wanted = set(tiles_from_extent(extent, crs))
            tiles = [tile for tile in tiles if tile in wanted]
    elif extent is not None:
        tiles = tiles_from_extent(extent, crs)
    else:
        raise NrwTwinError(msg("Give an extent or a file with tile ids."))
    if not tiles:
        raise NrwTwinError(msg("No tiles to compute: the tile list is empty or lies outside the extent."))
    return tiles


def tile_keys(tiles: Sequence[Tile]) -> List[str]:
    return [tile.key for tile in tiles]
