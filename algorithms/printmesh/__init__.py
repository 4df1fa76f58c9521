"""3D-print models: terrain, buildings and base as closed solids in STL, 3MF and OBJ (issue 7).

Pipeline (docs/printmesh.md): :mod:`.scale` (scale and print grid) → :mod:`.heightfield` (area,
buildings and terrain rasterised into one 2.5D height grid) → :mod:`.rtin` + :mod:`.solid`
(adaptive, crack-free triangulation; top + walls + bottom as one closed solid) → writers.
numpy only; trimesh/manifold3d are used by the tests and the benchmark, never here.
"""

from __future__ import annotations

from pathlib import Path
from typing import List

from .build import ATTRIBUTION, LICENCE_URL, PrintModel, PrintTile, build_print_model
from .heightfield import Dem
from .scale import PrintOptions
from .solid import Mesh, merge
from .writers_3mf import write_3mf
from .writers_obj import write_obj
from .writers_stl import write_stl

FORMATS = ("STL", "3MF", "OBJ")
EXTENSIONS = {"STL": ".stl", "3MF": ".3mf", "OBJ": ".obj"}


def tile_path(path, tile: PrintTile, tile_count: int) -> Path:
    path = Path(path)
    if tile_count == 1:
        return path
    return path.with_name(f"{path.stem}_{tile.name}{path.suffix}")


def write_model(model: PrintModel, path, fmt: str) -> List[Path]:
    """Write every tile of ``model`` in ``fmt`` (STL, 3MF or OBJ); returns the files written.

    One tile is written to ``path``; several tiles to ``<stem>_tile_<row>_<col><suffix>``.
    """
    fmt = fmt.upper()
    if fmt not in FORMATS:
        raise ValueError("unknown format " + fmt)
    written: List[Path] = []
    licence = f"{ATTRIBUTION} ({LICENCE_URL})"
    for tile in model.tiles:
        target = tile_path(path, tile, len(model.tiles))
        if fmt == "STL":
            write_stl(tile.solid, target)
        elif fmt == "OBJ":
            write_obj(tile.solid, target, [model.title, "Data: " + licence, "Units: millimetres"])
        else:
            parts = tile.parts or [tile.solid]
            write_3mf(parts, target, model.title, ATTRIBUTION, licence)
        written.append(target)
    return written


__all__ = [
    "ATTRIBUTION",
    "Dem",
    "EXTENSIONS",
    "FORMATS",
    "Mesh",
    "PrintModel",
    "PrintOptions",
    "PrintTile",
    "build_print_model",
    "merge",
    "write_model",
    "write_3mf",
    "write_obj",
    "write_stl",
]
