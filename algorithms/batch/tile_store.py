"""The GeoPackage of one tile's roof results, and everything read back from it.

One file per tile, ``<out>/tiles/<tile>.gpkg``, with one feature table ``roofsolar`` in the layout of the
output of ``nrwtwin:roofsolar`` (the surfaces layer's fields, then :data:`..solar.run.RESULT_COLUMNS`),
written with the engine's direct GeoPackage writer (no GDAL) and an attributes table
``nrwtwin_batch_tile`` (key, value) that records the tile, the run's fingerprint and the totals. The file
is staged by :class:`..files.OutputSet` and renamed into place only when complete, so a file under the
final name is always whole; a rerun trusts it when its fingerprint matches the run's (see
:func:`valid_tile_file`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from ..citygml import gpkg
from ..errors import NrwTwinError, write_error
from ..files import OutputSet
from ..messages import msg
from ..solar import potential
from ..solar import run as solar_run

TABLE = "roofsolar"
META_TABLE = "nrwtwin_batch_tile"
# The surfaces layer of nrwtwin:importcitygml, in the order of gpkg.surface_rows (checked against
# processing_provider/alg_importcitygml.SURFACE_FIELDS by tests/qgis/test_batchsolar.py).
SURFACE_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("surface_id", "text"),
    ("building_id", "text"),
    ("part_id", "text"),
    ("surface_type", "text"),
    ("area_m2", "real"),
    ("tilt_deg", "real"),
    ("azimuth_deg", "real"),
    ("z_min", "real"),
    ("z_max", "real"),
    ("lod", "integer"),
)
COLUMNS: Tuple[Tuple[str, str], ...] = SURFACE_COLUMNS + tuple(
    (name, kind) for name, _attribute, kind in solar_run.RESULT_COLUMNS
)
COLUMN_NAMES: Tuple[str, ...] = tuple(name for name, _kind in COLUMNS)
_ENVELOPE = struct.Struct("<4d")  # minx, maxx, miny, maxy right after the 8-byte blob header


@dataclass
class TileTotals:
    """Per-tile figures of summary.csv: roof surfaces, suitable ones, their kWp and yield (MWh/a)."""

    roofs: int = 0
    suitable: int = 0
    kwp: float = 0.0
    yield_mwh: float = 0.0


def srs_25832() -> gpkg.SrsDefinition:
    """The gpkg_spatial_ref_sys row of EPSG:25832 (WKT 1 as GDAL writes it, from pyproj)."""
    from pyproj import CRS

    crs = CRS.from_epsg(25832)
    return gpkg.SrsDefinition(25832, "EPSG", 25832, crs.name, crs.to_wkt("WKT1_GDAL"))


def roof_rows(run: solar_run.SolarRun, srs_id: int) -> Tuple[List[tuple], List[tuple]]:
    """GeoPackage rows (geometry blob, surface fields, result columns) and xy envelopes of the run's roofs.

    The surface part comes from :func:`..citygml.gpkg.surface_rows`, the writer of the import, so a roof's
    geometry and surface fields are byte for byte those of the surfaces layer.
    """
    roofs = run.result.roofs
    rows, envelopes = gpkg.surface_rows([roof.surface for roof in roofs], srs_id)
    return [row + tuple(solar_run.result_values(roof)) for row, roof in zip(rows, roofs)], envelopes


def totals_of_rows(rows: Sequence[Sequence[object]]) -> TileTotals:
    """Totals over stored rows (values as rounded in the file): suitable = LANUV's 'suitable'."""
    names = COLUMN_NAMES
    index = {name: names.index(name) + 1 for name in ("suitability", "kwp", "yield_kwh")}
    totals = TileTotals(roofs=len(rows))
    for row in rows:
        if row[index["suitability"]] == potential.SUITABLE:
            totals.suitable += 1
            totals.kwp += float(row[index["kwp"]])
            totals.yield_mwh += float(row[index["yield_kwh"]]) / 1000.0
    return totals


def write_tile(
    final: Path, rows: List[tuple], envelopes: List[tuple], srs: gpkg.SrsDefinition, meta: Dict[str, object]
) -> None:
    """Write the tile's GeoPackage to ``final`` through a staging folder and rename it into place."""
    try:
        Path(final).parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(error, os.fspath(final)) from None
    with OutputSet() as outputs:
        staged = outputs.path(final)
        writer = gpkg.GeoPackageWriter()
        key = writer.add_layer(str(staged), TABLE, COLUMNS, srs)
        with writer:
            writer.add(key, rows, envelopes)
        _write_meta(staged, meta)
        outputs.commit()


def _write_meta(path: Path, meta: Dict[str, object]) -> None:
    """The (key, value) attributes table, registered in gpkg_contents as GeoPackage 'attributes'."""
    try:
        db = sqlite3.connect(os.fspath(path))
        try:
            with db:
                db.execute(f'CREATE TABLE "{META_TABLE}" (key TEXT PRIMARY KEY NOT NULL, value TEXT)')
                db.executemany(
                    f'INSERT INTO "{META_TABLE}" VALUES (?, ?)',
                    [(key, json.dumps(value)) for key, value in sorted(meta.items())],
                )
                db.execute(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                    "VALUES (?, 'attributes', ?, 'NRW Digital Twin batch run: tile and run fingerprint')",
                    (META_TABLE, META_TABLE),
                )
        finally:
            db.close()
    except sqlite3.Error as error:
        raise write_error(OSError(0, str(error)), os.fspath(path)) from None


def read_meta(path: Path) -> Optional[Dict[str, object]]:
    """The tile's metadata, or None when the file is not a complete tile GeoPackage of this runner."""
    try:
        db = sqlite3.connect(f"file:{os.fspath(path)}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        meta = {key: json.loads(value) for key, value in db.execute(f'SELECT key, value FROM "{META_TABLE}"')}
        count = db.execute(f'SELECT count(*) FROM "{TABLE}"').fetchone()[0]
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{TABLE}")')]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        db.close()
    if columns[2:] != list(COLUMN_NAMES) or meta.get("roofs") != count:
        return None
    return meta


def iter_rows(path: Path) -> Iterator[tuple]:
    """(geometry blob, *COLUMN_NAMES values) of every roof row in file order."""
    names = ", ".join(f'"{name}"' for name in ("geom", *COLUMN_NAMES))
    db = sqlite3.connect(f"file:{os.fspath(path)}?mode=ro", uri=True)
    try:
        yield from db.execute(f'SELECT {names} FROM "{TABLE}" ORDER BY fid')
    finally:
        db.close()


def blob_envelope(blob: bytes) -> Tuple[float, float, float, float]:
    """(minx, maxx, miny, maxy) from the header of a GeoPackage geometry blob with an envelope."""
    return _ENVELOPE.unpack_from(blob, 8)


def file_checksum(path: Path) -> str:
    """``sha256:<hex>`` of a file's bytes."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise NrwTwinError(msg("Cannot read {}: {}.", os.fspath(path), error.strerror or str(error))) from None
    return "sha256:" + digest.hexdigest()


def file_signature(path: Path) -> Tuple[int, int]:
    """(size in bytes, modification time in ns): a cheap test that a file is unchanged since it was summed."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns


def valid_tile_file(path: Path, fingerprint: str, entry: Optional[dict] = None, verify: bool = False) -> bool:
    """True when ``path`` is a complete tile GeoPackage of a run with ``fingerprint``.

    With a manifest ``entry`` (status done, checksum, size, mtime_ns): the file must still have that
    checksum (recomputed only when size or time changed, or with ``verify``). Without one (a run that
    stopped before it recorded the tile): the file's own metadata must name the fingerprint.
    """
    if not path.is_file():
        return False
    if entry is not None and entry.get("checksum"):
        if entry.get("fingerprint") != fingerprint:
            return False
        size, mtime = file_signature(path)
        if not verify and size == entry.get("size") and mtime == entry.get("mtime_ns"):
            return True
        return file_checksum(path) == entry["checksum"]
    meta = read_meta(path)
    return meta is not None and meta.get("fingerprint") == fingerprint
