"""One import run over several files: every document's CRS checked before anything is read, the CRSs the
measures are taken in and the layers are written in decided once, then the documents streamed as measured batches.

CRS decisions (see docs/citygml.md):

* the source CRS of a document is the user's SOURCE_CRS when given (it overrides the srsName), else the one its
  srsName names; without either the run stops (no guessing);
* its axis order and plausibility are checked on the document's first points (:func:`.crs.check_sample`);
* measures (areas, tilts, volumes) are taken in a metric CRS: the source CRS when it is projected in metres, else
  TARGET_CRS when that is, else a projected CRS chosen for the data (:func:`.crs.auto_projected_epsg`);
* the layers are written in TARGET_CRS, else in the first document's measuring CRS; heights are never
  reprojected (only converted to metres when the height system counts in feet).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import Message, msg
from ..progress import NullProgress, Progress
from . import cityjson, parser
from .batch import Context
from .crs import (
    CrsInfo,
    _epsg_crs,
    auto_projected_epsg,
    check_sample,
    no_crs_error,
    plausible_bounds,
    to_lonlat,
    user_crs,
    xy_transformer,
)
from .parser import SkippedObject
from .records import MeasuredBatch
from .sources import CountingReader, Head, open_sources, read_head


@dataclass
class ReadReport:
    """What a read found: files, CRSs, counts, notes for the log and every skipped building with its reason."""

    files: List[str] = field(default_factory=list)
    crs: Optional[CrsInfo] = None  # source CRS of the first document
    output_crs: Optional[CrsInfo] = None
    buildings: int = 0
    parts: int = 0
    surfaces: int = 0
    outside_extent: int = 0
    generated_ids: int = 0
    flipped_buildings: int = 0
    skipped: List[SkippedObject] = field(default_factory=list)
    empty_files: List[str] = field(default_factory=list)
    notes: List[Message] = field(default_factory=list)

    def add(self, batch: MeasuredBatch) -> None:
        self.buildings += batch.building_count
        self.parts += batch.part_count
        self.surfaces += batch.surfaces_written
        self.outside_extent += batch.outside
        self.generated_ids += batch.generated_ids
        self.flipped_buildings += batch.flipped_buildings


@dataclass
class _DocumentInfo:
    name: str
    head: Head
    crs: Optional[CrsInfo]
    sample: Optional[np.ndarray]


def _label(crs) -> str:
    code = crs.to_epsg()
    return f"EPSG:{code}" if code else str(crs.name)


class ImportRun:
    """Reads 3D city model files (CityGML 1.0/2.0/3.0, CityJSON 1.1/2.0, CityJSONSeq) as measured batches.

    Parameters
    ----------
    paths : file paths (.gml, .xml, .gz, .zip, .json, .city.json, .jsonl)
    progress : Progress, optional
    extent : (xmin, ymin, xmax, ymax) in the output CRS, optional: buildings whose bounding box intersects it
    target_crs : CRS of the output (EPSG code, "EPSG:x", WKT, pyproj CRS), optional
    source_crs : CRS of the files' coordinates, optional: used when a file names none, overrides the srsName
    """

    def __init__(self, paths: Sequence[str], progress: Optional[Progress] = None, extent=None, target_crs=None,
                 source_crs=None, report: Optional[ReadReport] = None) -> None:
        self.paths = [os.fspath(p) for p in paths]
        self.progress = progress or NullProgress()
        self.extent = extent
        self.target = user_crs(target_crs, "TARGET_CRS") if target_crs not in (None, "") else None
        self.source = user_crs(source_crs, "SOURCE_CRS") if source_crs not in (None, "") else None
        self.report = report if report is not None else ReadReport()
        self.output: Optional[CrsInfo] = self.target
        self.documents: Dict[str, _DocumentInfo] = {}
        self.contexts: Dict[str, Context] = {}
        self.prepared = False

    # -- before reading ---------------------------------------------------------------------------
    def prepare(self) -> "ImportRun":
        """Read the head of every document: format, version, CRS, first points; decide the CRSs. Raises
        NrwTwinError for anything that would stop the run later (unknown CRS, no CRS, unsupported version…)."""
        if self.prepared:
            return self
        for path in self.paths:
            for name, stream, _size in open_sources(path):
                head = read_head(stream, name)
                reader = CountingReader(stream, len(head.data), _ignore, head.data)
                peek = peek_document(reader, name, head)
                key = _key(path, name)
                self.documents[key] = _DocumentInfo(name, head, peek.crs, peek.sample)
                self.context(key, name, peek.crs, peek.sample)
        self.prepared = True
        return self

    @property
    def output_crs(self) -> CrsInfo:
        """The CRS of the output layers (after :meth:`prepare`)."""
        self.prepare()
        if self.output is None:  # no document at all
            raise NrwTwinError(msg("None of the files contains a city model."))
        return self.output

    # -- CRS decisions ----------------------------------------------------------------------------
    def context(self, key: str, name: str, crs: Optional[CrsInfo], sample: Optional[np.ndarray]) -> Context:
        """How the coordinates of document ``name`` (of the file and member ``key``) become measured and output
        coordinates."""
        if key in self.contexts:
            return self.contexts[key]
        source = self.source or crs
        if source is None:
            raise no_crs_error(name)
        if self.source is not None and crs is not None and not crs.horizontal.equals(self.source.horizontal):
            self._note(msg("{}: SOURCE_CRS {} is used instead of the file's srsName {}.", name, self.source.authid,
                           crs.srs_name))
        for note in source.notes:
            self._note(note)
        if sample is not None:
            checked = check_sample(source, sample, name)
            for note in checked.notes[len(source.notes):]:
                self._note(note)
            source = checked
        if self.report.crs is None:
            self.report.crs = source
        measuring = self._measuring_crs(source, sample, name)
        if self.output is None:
            self.output = CrsInfo(_label(measuring), measuring, measuring.to_epsg())
        self.report.output_crs = self.output
        context = Context(
            name=name,
            swap=source.swap,
            bounds=plausible_bounds(source.horizontal),
            source_label=source.authid,
            to_measure=xy_transformer(source.horizontal, measuring),
            to_output=xy_transformer(measuring, self.output.horizontal),
            measure_label=_label(measuring),
            output_label=self.output.authid,
            z_factor=_height_factor(source),
            extent=self.extent,
        )
        self.contexts[key] = context
        return context

    def _measuring_crs(self, source: CrsInfo, sample: Optional[np.ndarray], name: str):
        if source.is_metric:
            return source.horizontal
        if self.target is not None and self.target.is_metric:
            measuring = self.target.horizontal
        elif self.output is not None and self.output.is_metric:
            measuring = self.output.horizontal
        else:
            lon, lat = _centre_lonlat(source, sample)
            measuring = _epsg_crs(auto_projected_epsg(lon, lat))
        self._note(
            msg(
                "{} uses {} ({}), which is not in metres; areas, tilts and volumes are measured in {} ({}).",
                name,
                source.authid,
                str(source.horizontal.name),
                _label(measuring),
                str(measuring.name),
            )
        )
        return measuring

    def _note(self, note: Message) -> None:
        if note not in self.report.notes:
            self.report.notes.append(note)
            self.progress.info(note)

    # -- reading ----------------------------------------------------------------------------------
    def batches(self) -> Iterator[MeasuredBatch]:
        """Measured batches of every document, in file order; progress spans all files (by bytes)."""
        self.prepare()
        for context in self.contexts.values():
            context.extent = self.extent
        sizes = [max(os.path.getsize(p), 1) if os.path.isfile(p) else 1 for p in self.paths]
        total = float(sum(sizes))
        done = 0.0
        for path, size in zip(self.paths, sizes):
            self.report.files.append(os.path.basename(path))
            share = size / total
            for name, stream, uncompressed in open_sources(path):
                base = done

                def on_read(fraction: float, base: float = base, share: float = share) -> None:
                    self.progress.set_progress(100.0 * (base + share * fraction))

                head = read_head(stream, name)
                reader = CountingReader(stream, uncompressed, on_read, head.data)
                yield from self._document(reader, _key(path, name), name, head)
            done += share
        self.progress.set_progress(100.0)

    def _document(self, stream, key: str, name: str, head: Head) -> Iterator[MeasuredBatch]:
        before = self.report.buildings
        skipped: List[SkippedObject] = []

        def make_context(document: str, crs: Optional[CrsInfo], sample: Optional[np.ndarray]) -> Context:
            return self.context(key, document, crs, sample)

        if head.format == "citygml":
            batches = parser.iter_document(stream, name, self.progress, make_context, self.source, skipped)
        else:
            batches = cityjson.iter_document(stream, name, head, self.progress, make_context, self.source, skipped)
        try:
            for batch in batches:
                self.report.add(batch)
                yield batch
        finally:
            self.report.skipped.extend(skipped)
        if self.report.buildings == before and not skipped:
            self.report.empty_files.append(name)


def _key(path: str, name: str) -> str:
    return f"{os.path.abspath(path)}|{name}"


def _ignore(_fraction: float) -> None:
    return None


def peek_document(stream, name: str, head: Head):
    """CRS and first points of a document (CityGML or CityJSON) from its head."""
    if head.format == "citygml":
        return parser.peek_document(stream, name)
    return cityjson.peek_document(stream, name, head)


def _height_factor(source: CrsInfo) -> float:
    """Factor from the height system's unit to metres (1 when unknown)."""
    if not source.vertical_epsg:
        return 1.0
    try:
        axes = _epsg_crs(source.vertical_epsg).axis_info
    except Exception:  # noqa: BLE001 - unknown to PROJ: heights as given
        return 1.0
    return float(axes[0].unit_conversion_factor) if axes else 1.0


def _centre_lonlat(source: CrsInfo, sample: Optional[np.ndarray]) -> Tuple[float, float]:
    """Longitude/latitude of the middle of the sample (in easting/northing order), else of the CRS's area of use."""
    if sample is not None and len(sample):
        points = np.asarray(sample, dtype=float).reshape(-1, 3)
        if source.swap:
            points = points[:, [1, 0, 2]]
        centre = np.median(points[:, :2], axis=0)
        lon, lat = to_lonlat(source.horizontal, np.array([centre[0]]), np.array([centre[1]]))
        if np.isfinite(lon[0]) and np.isfinite(lat[0]):
            return float(lon[0]), float(lat[0])
    area = source.horizontal.area_of_use
    if area is None:
        raise NrwTwinError(msg("The CRS {} has no area of use; set TARGET_CRS to a projected CRS.", source.authid))
    west, south, east, north = area.bounds
    return (west + east) / 2.0, (south + north) / 2.0


def iter_batches(paths: Sequence[str], progress: Optional[Progress] = None, extent=None, target_crs=None,
                 source_crs=None, report: Optional[ReadReport] = None) -> Iterator[MeasuredBatch]:
    """Measured batches of all buildings of ``paths`` (see :class:`ImportRun`)."""
    return ImportRun(paths, progress, extent, target_crs, source_crs, report).batches()
