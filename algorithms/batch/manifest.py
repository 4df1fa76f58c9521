"""``manifest.json`` (tile → status, checksum, seconds, worker) and ``summary.csv`` of a batch run.

The manifest describes the tiles of the latest run in the output folder: per tile its status (``done``,
``missing`` = not published by OpenGeodata.NRW, ``failed`` with the message), the checksum, size and time
of its GeoPackage, the seconds the task took, the worker that ran it, the run that computed it and the
totals. It is rewritten atomically while the run goes on (at most every few seconds) and at its end, so a
run stopped at any moment leaves a readable manifest; tiles finished after the last write are found again
by their files (:func:`.tile_store.valid_tile_file`).
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import time
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from ..errors import NrwTwinError
from ..files import atomic_path
from ..messages import msg

FORMAT = "nrwtwin-batch-manifest/1"
MANIFEST = "manifest.json"
SUMMARY = "summary.csv"
MERGED = "roofsolar.gpkg"
SUMMARY_COLUMNS = ("tile", "status", "roofs", "suitable_roofs", "kwp", "yield_mwh_a", "seconds", "worker", "message")
SAVE_INTERVAL_S = 5.0


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def load_entries(path: Path) -> Dict[str, dict]:
    """Tile entries of an existing manifest ({} when there is none or it cannot be read)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return {}
    tiles = document.get("tiles")
    return {str(k): v for k, v in tiles.items() if isinstance(v, dict)} if isinstance(tiles, dict) else {}


class Manifest:
    """The manifest of one run: the run's tiles in order, their entries, written atomically."""

    def __init__(self, path: Path, tiles: Iterable[str], header: Dict[str, object]) -> None:
        self.path = Path(path)
        self.order: List[str] = list(tiles)
        self.header = dict(header)
        self.entries: Dict[str, dict] = {}
        self.run_id = now_iso()
        self.header.setdefault("started", self.run_id)
        self._saved_at = 0.0

    def record(self, entry: Dict[str, object]) -> None:
        """Set a tile's entry (keys of :func:`.tile_task.solar_tile`'s outcome)."""
        self.entries[str(entry["tile"])] = {k: v for k, v in entry.items() if k != "tile"}

    def status(self, key: str) -> Optional[str]:
        entry = self.entries.get(key)
        return entry.get("status") if entry else None

    def keys_with(self, status: str) -> List[str]:
        return [key for key in self.order if self.status(key) == status]

    def document(self) -> Dict[str, object]:
        counts: Dict[str, int] = {}
        for key in self.order:
            state = self.status(key) or "pending"
            counts[state] = counts.get(state, 0) + 1
        return {
            "format": FORMAT,
            **self.header,
            "updated": now_iso(),
            "counts": counts,
            "tiles": {key: self.entries[key] for key in self.order if key in self.entries},
        }

    def save(self) -> None:
        data = json.dumps(self.document(), indent=1, ensure_ascii=False)
        try:
            with atomic_path(self.path) as tmp:
                tmp.write_text(data, encoding="utf-8")
        except OSError as error:
            raise NrwTwinError(msg("Cannot write {}: {}.", str(self.path), error.strerror or str(error))) from None
        self._saved_at = time.monotonic()

    def save_if_due(self) -> None:
        """Save when the last save is older than SAVE_INTERVAL_S (a run over 34,100 tiles stays cheap)."""
        if time.monotonic() - self._saved_at >= SAVE_INTERVAL_S:
            self.save()


def write_summary(path: Path, manifest: Manifest) -> None:
    """summary.csv: one row per tile of the run with its status, roofs, suitable roofs, kWp and MWh/a."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_COLUMNS)
        for key in manifest.order:
            entry = manifest.entries.get(key, {"status": "pending"})
            done = entry.get("status") == "done"
            writer.writerow(
                [
                    key,
                    entry.get("status", ""),
                    entry.get("roofs", 0) if done else "",
                    entry.get("suitable", 0) if done else "",
                    f"{float(entry.get('kwp', 0.0)):.3f}" if done else "",
                    f"{float(entry.get('yield_mwh', 0.0)):.3f}" if done else "",
                    "" if entry.get("seconds") is None else f"{float(entry['seconds']):.2f}",
                    entry.get("worker") or "",
                    entry.get("message") or "",
                ]
            )
        handle.flush()
        os.fsync(handle.fileno())
