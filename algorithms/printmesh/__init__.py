"""3D-print models: terrain, buildings and base as closed solids in STL, 3MF and OBJ (issues 7, 16).

Pipeline (docs/printmesh.md): :mod:`.scale` (scale and print grid) → :mod:`.heightfield` (area,
buildings and terrain rasterised into one 2.5D height grid; :mod:`.features` enforces the minimum
printable feature) → :mod:`.heights` (millimetres, minimum visible height) → :mod:`.rtin` +
:mod:`.solid` (adaptive, crack-free triangulation; top + walls + bottom as one closed solid) → writers.
numpy only; trimesh/manifold3d/lib3mf/PrusaSlicer are used by the tests and the benchmark, never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional

import numpy as np

from ..errors import write_error
from ..files import OutputSet, check_written
from ..progress import NullProgress, Progress, check_canceled
from .build import ATTRIBUTION, LICENCE_URL, PrintModel, PrintTile, build_print_model
from .heightfield import Dem
from .scale import PrintOptions
from .solid import Mesh, merge
from .writers_3mf import write_3mf
from .writers_obj import write_obj
from .writers_stl import STL_HEADER_BYTES, STL_RECORD_BYTES, write_stl

FORMATS = ("STL", "3MF", "OBJ")
EXTENSIONS = {"STL": ".stl", "3MF": ".3mf", "OBJ": ".obj"}


def tile_path(path, tile: PrintTile, tile_count: int) -> Path:
    path = Path(path)
    if tile_count == 1:
        return path
    return path.with_name(f"{path.stem}_{tile.name}{path.suffix}")


@dataclass
class WrittenFiles:
    """The files of one model (final paths) and the triangles they hold; iterates over the paths."""

    paths: List[Path]
    triangles: int
    preview: Optional[Path] = None

    def __iter__(self) -> Iterator[Path]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> Path:
        return self.paths[index]


def write_model(
    model: PrintModel,
    path,
    fmt: str,
    outputs=None,
    preview=None,
    progress: Optional[Progress] = None,
) -> WrittenFiles:
    """Write every tile of ``model`` in ``fmt`` (STL, 3MF or OBJ) and, when given, a PNG ``preview``.

    One tile is written to ``path``; several tiles to ``<stem>_tile_<row>_<col><suffix>``. All files
    appear together or not at all: they are written to the staged paths of ``outputs`` (an
    :class:`..files.OutputSet`, or the wrapper's ``RunOutputs``; the caller commits) or, without it, of an
    OutputSet committed here. A failed write raises OutputWriteError naming the file; a cancel, Canceled.
    """
    fmt = fmt.upper()
    if fmt not in FORMATS:
        raise ValueError("unknown format " + fmt)
    progress = progress or NullProgress()
    if outputs is not None:
        return _write_all(model, Path(path), fmt, outputs, preview, progress)
    with OutputSet() as own:
        written = _write_all(model, Path(path), fmt, own, preview, progress)
        check_canceled(progress)
        own.commit()
    return written


def _write_all(model: PrintModel, path: Path, fmt: str, outputs, preview, progress: Progress) -> WrittenFiles:
    finals: List[Path] = []
    triangles = 0
    for index, tile in enumerate(model.tiles):
        check_canceled(progress)
        final = tile_path(path, tile, len(model.tiles))
        staged = Path(outputs.path(str(final)))
        try:
            triangles += _write_tile(model, tile, staged, fmt)
        except OSError as error:
            raise write_error(error, str(final)) from None
        finals.append(final)
        progress.set_progress(100.0 * (index + 1) / (len(model.tiles) + (preview is not None)))
    if preview is not None:
        check_canceled(progress)
        staged = Path(outputs.path(str(preview)))
        try:
            render_model_preview(model, staged)
        except OSError as error:
            raise write_error(error, str(preview)) from None
        check_written(staged)
    return WrittenFiles(finals, triangles, Path(preview) if preview is not None else None)


def _write_tile(model: PrintModel, tile: PrintTile, staged: Path, fmt: str) -> int:
    licence = f"{ATTRIBUTION} ({LICENCE_URL})"
    if fmt == "STL":
        count = write_stl(tile.solid, staged)
        check_written(staged, STL_HEADER_BYTES + STL_RECORD_BYTES * count)
    elif fmt == "OBJ":
        count = write_obj(tile.solid, staged, [model.title, "Data: " + licence, "Units: millimetres"])
        check_written(staged)
        check_written(staged.with_suffix(".mtl"))
    else:
        count = write_3mf(tile.parts or [tile.solid], staged, model.title, ATTRIBUTION, licence)
        check_written(staged)
    return count


def render_model_preview(model: PrintModel, path) -> None:
    """A PNG of all tiles in place, coloured by material (see :mod:`.preview`)."""
    from .preview import render_preview

    solids = [t.solid for t in model.tiles]
    mesh = merge(solids)
    mesh.face_material = np.concatenate(
        [s.face_material if s.face_material is not None else np.zeros(s.triangle_count, np.int8) for s in solids]
    )
    render_preview(mesh, path)


__all__ = [
    "ATTRIBUTION",
    "Dem",
    "EXTENSIONS",
    "FORMATS",
    "Mesh",
    "PrintModel",
    "PrintOptions",
    "PrintTile",
    "WrittenFiles",
    "build_print_model",
    "merge",
    "render_model_preview",
    "write_model",
    "write_3mf",
    "write_obj",
    "write_stl",
]
