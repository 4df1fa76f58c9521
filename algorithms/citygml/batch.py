"""A batch of buildings on their way from a file to the layers: raw structure → coordinates → measures → rows.

Readers (CityGML in :mod:`.gml`, CityJSON in :mod:`.cityjson`) fill a :class:`RawBatch` with the structure of up
to BATCH_BUILDINGS buildings — objects (building and parts) with their attributes, surfaces, polygons and rings
(as posList texts or coordinate arrays) — and :func:`finish` turns it into a :class:`~.records.MeasuredBatch`
in a handful of numpy passes: every coordinate of the batch converted at once, broken buildings skipped with
their reason, axes put in easting/northing order, reprojected to the metric CRS the measures are taken in,
measured (:mod:`.measures`), turned around where the rings run inward, and reprojected to the output CRS.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import Message, msg
from .crs import inside
from .measures import Geometry, measure, reversed_ring_order, surface_extents
from .records import MeasuredBatch

BATCH_BUILDINGS = 128  # per batch ~50 numpy passes and 4 SQLite statements: 64 cost 7 % more CPU


class BuildingError(Exception):
    """A building that cannot be read; it is skipped and reported, the file goes on."""


@dataclass
class RawObject:
    """A Building or BuildingPart: its id, the part id (None for the building itself) and its attributes."""

    object_id: str
    part_id: Optional[str]
    attributes: Dict[str, object] = field(default_factory=dict)


@dataclass
class RawBuilding:
    building_id: str
    generated_id: bool
    objects: List[RawObject]
    marks: Tuple[int, ...]  # list lengths of the batch before this building (see RawBatch.mark)


class RawBatch:
    """The structure of a batch of buildings, in flat lists (one append per ring, polygon, surface)."""

    def __init__(self) -> None:
        self.rings: List[object] = []  # posList text (str) or (k, 3) float array per ring
        self.ring_poly: List[int] = []  # polygon of each ring (rings of a polygon are consecutive, exterior first)
        self.poly_id: List[Optional[str]] = []
        self.occ_poly: List[int] = []  # polygon occurrences (a polygon used by a surface), surface after surface
        self.occ_reverse: List[bool] = []
        self.surf_object: List[int] = []  # index into objects
        self.surf_type: List[int] = []  # TYPE_CODES or UNSEMANTIC
        self.surf_lod: List[int] = []
        self.surf_id: List[str] = []
        self.surf_occ_end: List[int] = []
        self.objects: List[RawObject] = []
        self.object_building: List[int] = []
        self.buildings: List[RawBuilding] = []

    def mark(self) -> Tuple[int, ...]:
        return (
            len(self.rings),
            len(self.poly_id),
            len(self.occ_poly),
            len(self.surf_object),
            len(self.objects),
        )

    def rollback(self, marks: Tuple[int, ...]) -> None:
        """Forget everything added after ``marks`` (a building that turned out broken)."""
        rings, polys, occs, surfs, objects = marks
        del self.rings[rings:], self.ring_poly[rings:]
        del self.poly_id[polys:]
        del self.occ_poly[occs:], self.occ_reverse[occs:]
        del self.surf_object[surfs:], self.surf_type[surfs:], self.surf_lod[surfs:], self.surf_id[surfs:]
        del self.surf_occ_end[surfs:]
        del self.objects[objects:], self.object_building[objects:]

    def add_object(self, obj: RawObject) -> int:
        self.objects.append(obj)
        self.object_building.append(len(self.buildings))
        return len(self.objects) - 1

    def add_surface(self, object_index: int, type_code: int, lod: int, surface_id: str) -> None:
        """A surface made of the occurrences added since the previous surface."""
        self.surf_object.append(object_index)
        self.surf_type.append(type_code)
        self.surf_lod.append(lod)
        self.surf_id.append(surface_id)
        self.surf_occ_end.append(len(self.occ_poly))

    def add_building(self, building_id: str, generated_id: bool, marks: Tuple[int, ...]) -> None:
        objects = self.objects[marks[4] :]
        self.buildings.append(RawBuilding(building_id, generated_id, objects, marks))

    def __len__(self) -> int:
        return len(self.buildings)

    def without(self, drop: Set[int]) -> "RawBatch":
        """A copy without the buildings whose batch index is in ``drop`` (indices renumbered)."""
        kept = RawBatch()
        for index in range(len(self.buildings)):
            if index not in drop:
                _copy_building(self, index, kept)
        return kept


def _copy_building(source: RawBatch, index: int, target: RawBatch) -> None:
    building = source.buildings[index]
    start = building.marks
    end = source.buildings[index + 1].marks if index + 1 < len(source.buildings) else source.mark()
    marks = target.mark()
    _ring_shift, poly_shift, occ_shift, _surf, object_shift = (m - s for m, s in zip(marks, start))
    target.rings.extend(source.rings[start[0] : end[0]])
    target.ring_poly.extend(p + poly_shift for p in source.ring_poly[start[0] : end[0]])
    target.poly_id.extend(source.poly_id[start[1] : end[1]])
    target.occ_poly.extend(p + poly_shift for p in source.occ_poly[start[2] : end[2]])
    target.occ_reverse.extend(source.occ_reverse[start[2] : end[2]])
    target.surf_object.extend(o + object_shift for o in source.surf_object[start[3] : end[3]])
    target.surf_type.extend(source.surf_type[start[3] : end[3]])
    target.surf_lod.extend(source.surf_lod[start[3] : end[3]])
    target.surf_id.extend(source.surf_id[start[3] : end[3]])
    target.surf_occ_end.extend(e + occ_shift for e in source.surf_occ_end[start[3] : end[3]])
    for obj in source.objects[start[4] : end[4]]:
        target.add_object(obj)
    target.add_building(building.building_id, building.generated_id, marks)


# --------------------------------------------------------------------------- coordinates


def _offsets(texts: Sequence[str]) -> np.ndarray:
    """Start of each text in ``" ".join(texts)``, and the end of the last one + 1."""
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return offsets


def _token_counts(texts: Sequence[str], joined: str) -> np.ndarray:
    """Whitespace-separated tokens per text, counted on the bytes of the joined text (any whitespace)."""
    data = np.frombuffer(joined.encode("ascii", "replace"), dtype=np.uint8)
    space = data <= 32
    start = ~space
    start[1:] &= space[:-1]
    positions = np.flatnonzero(start)
    return np.diff(np.searchsorted(positions, _offsets(texts)))


# Joined between the texts: it reads as +inf, so the ends of the texts are found among the numbers themselves
# (one isinf over the numbers instead of counting separators over every character). Texts with infinite numbers
# of their own take the exact way (tokens counted per text).
_TEXT_END = " 1e999 "


def _numbers(joined: str) -> np.ndarray:
    """The numbers of a whitespace-separated text, in one C pass; ValueError when a token is not a number."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return np.fromstring(joined, dtype=np.float64, sep=" ")
        except (DeprecationWarning, ValueError) as error:
            raise ValueError(str(error)) from None


def parse_texts(texts: Sequence[str]) -> Tuple[np.ndarray, np.ndarray]:
    """All numbers of ``texts`` (posList contents) as float64 and the count per text.

    Raises ValueError when a token is not a number.
    """
    if not texts:
        return np.zeros(0), np.zeros(0, dtype=np.int64)
    values = _numbers(_TEXT_END.join(texts))
    ends = np.flatnonzero(np.isinf(values))
    if len(ends) == len(texts) - 1 and not (values[ends] < 0).any():
        bounds = np.empty(len(texts) + 1, dtype=np.int64)
        bounds[0], bounds[1:-1], bounds[-1] = 0, ends, len(values)
        counts = np.diff(bounds)
        counts[1:] -= 1  # every text after the first starts behind a separator
        return np.delete(values, ends), counts
    joined = " ".join(texts)
    counts = _token_counts(texts, joined)
    values = _numbers(joined)
    if values.size != int(counts.sum()):
        raise ValueError("a coordinate is not a number")
    return values, counts


def _ring_values(rings: Sequence[object]) -> Tuple[np.ndarray, np.ndarray]:
    """(points (n, 3), points per ring) of posList texts or coordinate arrays; ValueError on bad numbers."""
    if rings and isinstance(rings[0], str):
        values, counts = parse_texts(rings)  # type: ignore[arg-type]
        if (counts % 3).any():
            raise ValueError("dimension")
        return values.reshape(-1, 3), counts // 3
    arrays = [np.asarray(r, dtype=np.float64).reshape(-1, 3) for r in rings]
    counts = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
    return (np.concatenate(arrays) if arrays else np.zeros((0, 3))), counts


def _building_error_of_rings(rings: Sequence[object]) -> Optional[Message]:
    """Why the rings of one building cannot be converted (slow path after a batch failed), or None."""
    for ring in rings:
        if not isinstance(ring, str):
            continue
        try:
            _values, counts = parse_texts([ring])
        except ValueError:
            return msg("a coordinate is not a number")
        if counts[0] % 3:
            return msg("a posList has {:,} numbers, not a multiple of its dimension 3", int(counts[0]))
    return None


@dataclass
class Context:
    """How a document's coordinates become output coordinates, and where the results go."""

    name: str
    swap: bool = False  # file writes northing/latitude first
    bounds: Optional[Tuple[float, float, float, float]] = None  # plausible x/y range in the source CRS
    source_label: str = ""
    to_measure: Optional[Callable] = None  # source → metric CRS (None: same)
    to_output: Optional[Callable] = None  # metric → output CRS (None: same)
    measure_label: str = ""
    output_label: str = ""
    z_factor: float = 1.0  # height unit → metres
    extent: Optional[Tuple[float, float, float, float]] = None  # in the output CRS
    skipped: List[Tuple[str, Message]] = field(default_factory=list)  # (building id, reason)


@dataclass
class _Rings:
    """Rings of a batch after conversion: points without the repeated closing point."""

    points: np.ndarray
    starts: np.ndarray
    lengths: np.ndarray
    building: np.ndarray  # building index of each ring


def _building_index(raw: RawBatch, level: int, count: int) -> np.ndarray:
    """Building of each ring (level 0) or polygon (level 1) of the batch."""
    marks = np.asarray([b.marks[level] for b in raw.buildings] + [count], dtype=np.int64)
    return np.repeat(np.arange(len(raw.buildings)), np.diff(marks))


def _polygon_rings(raw: RawBatch) -> Tuple[np.ndarray, np.ndarray]:
    """(first ring, ring count) of every polygon of the batch."""
    count = np.bincount(np.asarray(raw.ring_poly, dtype=np.int64), minlength=len(raw.poly_id))
    first = np.cumsum(count) - count
    return first, count


def _empty_polygons(raw: RawBatch) -> Dict[int, Message]:
    _first, rings = _polygon_rings(raw)
    if not len(rings) or rings.min() > 0:
        return {}
    polygon_building = _building_index(raw, 1, len(rings))
    return {int(b): msg("a polygon without exterior ring") for b in np.unique(polygon_building[rings == 0])}


def _convert(raw: RawBatch, context: Context) -> Tuple[Optional[_Rings], Dict[int, Message]]:
    """Coordinates of the batch, or the broken buildings with their reasons."""
    empty = _empty_polygons(raw)
    if empty:
        return None, empty
    ring_building = _building_index(raw, 0, len(raw.rings))
    try:
        points, counts = _ring_values(raw.rings)
    except ValueError:
        bad: Dict[int, Message] = {}
        marks = [b.marks for b in raw.buildings] + [raw.mark()]
        for index in range(len(raw.buildings)):
            reason = _building_error_of_rings(raw.rings[marks[index][0] : marks[index + 1][0]])
            if reason is not None:
                bad[index] = reason
        if not bad:
            raise
        return None, bad
    ends = np.cumsum(counts)
    starts = ends - counts
    last = np.maximum(ends - 1, starts)
    nonempty = counts > 1
    closed = np.zeros(len(counts), dtype=bool)
    if len(points):
        closed[nonempty] = (points[starts[nonempty]] == points[last[nonempty]]).all(axis=1)
    keep = np.ones(len(points), dtype=bool)
    keep[last[closed]] = False
    lengths = counts - closed
    bad = {}
    for index in np.unique(ring_building[lengths < 3]).tolist():
        bad[index] = msg("a ring with fewer than 3 distinct points")
    point_building = np.repeat(ring_building, counts)
    finite = np.isfinite(points).all(axis=1) if len(points) else np.ones(0, bool)
    for index in np.unique(point_building[~finite]).tolist():
        bad.setdefault(index, msg("a coordinate is NaN or infinite"))
    if bad:
        return None, bad
    points = points[keep]
    new_starts = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1], out=new_starts[1:])
    return _Rings(points, new_starts, lengths, ring_building), {}


def _implausible(rings: _Rings, context: Context) -> Dict[int, Message]:
    """Buildings whose coordinates lie far outside the area of use of the source CRS."""
    if context.bounds is None or not len(rings.points):
        return {}
    x, y = (rings.points[:, 1], rings.points[:, 0]) if context.swap else (rings.points[:, 0], rings.points[:, 1])
    outside = ~inside(context.bounds, x, y)
    if not outside.any():
        return {}
    point_building = np.repeat(rings.building, rings.lengths)
    reason = msg("coordinates far outside the area of use of {}", context.source_label)
    return {index: reason for index in np.unique(point_building[outside]).tolist()}


def _skip(raw: RawBatch, bad: Dict[int, Message], context: Context) -> RawBatch:
    for index, reason in sorted(bad.items()):
        context.skipped.append((raw.buildings[index].building_id, reason))
    return raw.without(set(bad))


def _clean_rings(raw: RawBatch, context: Context) -> Tuple[RawBatch, Optional[_Rings]]:
    """Convert the coordinates; skip broken or implausible buildings (then convert the rest again)."""
    for _attempt in range(3):
        if not raw.buildings:
            return raw, None
        rings, bad = _convert(raw, context)
        if rings is not None:
            bad = _implausible(rings, context)
            if not bad:
                return raw, rings
        raw = _skip(raw, bad, context)
    raise NrwTwinError(msg("{}: the coordinates could not be read.", context.name))


def _transform(points: np.ndarray, transform: Optional[Callable], context: Context, what: str) -> np.ndarray:
    if transform is None or not len(points):
        return points
    with np.errstate(all="ignore"):
        x, y = transform(points[:, 0], points[:, 1])
    out = points.copy()
    out[:, 0], out[:, 1] = x, y
    if not np.isfinite(out[:, :2]).all():
        raise NrwTwinError(
            msg(
                "Reprojecting {} to {} gave coordinates that are infinite or not a number; the file's CRS ({}) does "
                "not fit its coordinates. Set the parameter SOURCE_CRS (Source CRS) to the right CRS.",
                context.name,
                what,
                context.source_label,
            )
        )
    return out


# --------------------------------------------------------------------------- occurrences → geometry


def _ranges(first: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Concatenation of arange(first[i], first[i] + count[i]) for all i."""
    total = int(count.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(count) - count, count)
    return np.repeat(first, count) + (np.arange(total) - offsets)


@dataclass
class _Structure:
    occ_ring: np.ndarray  # rings (of _Rings) of the occurrence geometry, occurrence after occurrence
    ring_polygon: np.ndarray  # occurrence of each of those rings
    ring_is_hole: np.ndarray
    ring_reverse: np.ndarray
    polygon_surface: np.ndarray  # surface of each occurrence
    surface_shell: np.ndarray
    shell_object: np.ndarray  # object index of each shell


def _structure(raw: RawBatch) -> _Structure:
    occ_poly = np.asarray(raw.occ_poly, dtype=np.int64)
    poly_first, poly_rings = _polygon_rings(raw)
    occ_rings = poly_rings[occ_poly] if len(occ_poly) else np.zeros(0, np.int64)
    rings = _ranges(poly_first[occ_poly] if len(occ_poly) else occ_rings, occ_rings)
    ring_polygon = np.repeat(np.arange(len(occ_poly)), occ_rings)
    first_of_occ = np.cumsum(occ_rings) - occ_rings
    ring_is_hole = np.arange(len(rings)) != np.repeat(first_of_occ, occ_rings)
    ring_reverse = np.repeat(np.asarray(raw.occ_reverse, dtype=bool), occ_rings)
    occ_end = np.asarray(raw.surf_occ_end, dtype=np.int64)
    occ_count = np.diff(np.append(0, occ_end))
    polygon_surface = np.repeat(np.arange(len(occ_end)), occ_count)
    surf_object = np.asarray(raw.surf_object, dtype=np.int64)
    shell_object, surface_shell = np.unique(surf_object, return_inverse=True)
    return _Structure(rings, ring_polygon, ring_is_hole, ring_reverse, polygon_surface, surface_shell, shell_object)


def _gather(rings: _Rings, structure: _Structure) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points of the occurrence rings in order (reversed where an occurrence is reversed), their starts/lengths."""
    occ_ring = structure.occ_ring
    if len(occ_ring) == len(rings.lengths) and not structure.ring_reverse.any():
        if not len(occ_ring) or (occ_ring == np.arange(len(occ_ring))).all():  # every polygon once, in order
            return rings.points, rings.starts, rings.lengths
    lengths = rings.lengths[occ_ring]
    index = _ranges(rings.starts[occ_ring], lengths)
    starts = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    if structure.ring_reverse.any():
        index = index[reversed_ring_order(starts, lengths, structure.ring_reverse)]
    return rings.points[index], starts, lengths


def finish(raw: RawBatch, context: Context) -> MeasuredBatch:
    """Coordinates, checks, reprojection and measures of a raw batch (see the module docstring)."""
    raw, rings = _clean_rings(raw, context)
    if rings is None or not raw.buildings:
        return MeasuredBatch.empty(context)
    points = rings.points
    if context.swap:
        points = points[:, [1, 0, 2]]
    if context.z_factor != 1.0:
        points = points * np.array([1.0, 1.0, context.z_factor])
    rings.points = _transform(points, context.to_measure, context, context.measure_label)
    structure = _structure(raw)
    gathered, starts, lengths = _gather(rings, structure)
    geometry = Geometry(
        gathered,
        starts,
        lengths,
        structure.ring_is_hole,
        structure.ring_polygon,
        structure.polygon_surface,
        structure.surface_shell,
        np.asarray(raw.surf_type, dtype=np.int64),
        len(structure.shell_object),
    )
    with np.errstate(all="ignore"):  # huge coordinates give inf/NaN measures: those buildings are skipped
        measures = measure(geometry)
        flipped = measures.ring_flipped
        output = gathered[reversed_ring_order(starts, lengths, flipped)] if flipped.any() else gathered
        output = _transform(output, context.to_output, context, context.output_label)
        first_polygon = np.searchsorted(structure.polygon_surface, np.arange(len(raw.surf_type)))
        surface_first_point = starts[np.searchsorted(structure.ring_polygon, first_polygon)]
        extents = surface_extents(output, surface_first_point)
        return MeasuredBatch(raw, context, geometry, measures, output, extents, structure.shell_object)
