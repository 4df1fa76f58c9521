"""The final step of a batch run: the tiles' GeoPackages merged into one layer ``roofsolar``.

Rows are copied as they are (geometry blobs and values), tile after tile in the run's order, through the
engine's GeoPackage writer; the R*Tree index is built from the envelopes in the blobs' headers. Memory
grows with the number of rows only by the index boxes (≈ 100 bytes per roof surface).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, List

from ..citygml import gpkg
from ..progress import NullProgress, Progress, check_canceled
from . import tile_store

BATCH_ROWS = 5000


def merge_tiles(
    target: Path, tile_files: Iterable[Path], srs: gpkg.SrsDefinition, progress: Progress = NullProgress()
) -> int:
    """Write the rows of ``tile_files`` into the GeoPackage ``target`` (table ``roofsolar``); returns the row count.

    ``target`` should be a staged path (:class:`..files.OutputSet`): the writer also renames only a complete
    file into place, but the caller decides when the merged file replaces an older one.
    """
    files = list(tile_files)
    writer = gpkg.GeoPackageWriter()
    key = writer.add_layer(str(target), tile_store.TABLE, tile_store.COLUMNS, srs)
    count = 0
    with writer:
        for number, path in enumerate(files, 1):
            rows: List[tuple] = []
            for row in tile_store.iter_rows(path):
                rows.append(row)
                if len(rows) >= BATCH_ROWS:
                    writer.add(key, rows, [tile_store.blob_envelope(r[0]) for r in rows])
                    count += len(rows)
                    rows = []
            if rows:
                writer.add(key, rows, [tile_store.blob_envelope(r[0]) for r in rows])
                count += len(rows)
            check_canceled(progress)
            progress.set_progress(100.0 * number / max(len(files), 1))
    return count
