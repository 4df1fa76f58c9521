"""Measured buildings of a batch and what the outputs need from them: GeoPackage rows, WKB + attributes for QGIS
feature sinks, or :class:`CityBuilding` records for engine callers.

Per-building values are sums and extremes over the building's surfaces (footprint = ground surfaces projected,
roofs when there is none; eaves/ridge = lowest/highest roof point; volume = sum over its parts' shells, NULL when
any of them is open). Attributes merge a building and its parts: roof type and heights come from the parts (the
roof type of the part with the largest roof area), function and municipality key from the building.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ..messages import msg
from ..model import SURFACE_TYPES, BuildingRecord, Polygon3D, Surface
from .gpkg import GP_FLAGS_XYZ_LE, GP_HEADER, empty_blob
from .measures import CLOSURE, GROUND, ROOF, TYPE_CODES, WALL
from .wkb import RingBytes

if TYPE_CHECKING:  # pragma: no cover
    from .batch import Context, RawBatch
    from .measures import Geometry, Measures



@dataclass
class CitySurface(Surface):
    """A thematic surface with its measures (area in m², tilt/azimuth in degrees or None, z range)."""

    area_m2: float = 0.0
    tilt_deg: Optional[float] = None
    azimuth_deg: Optional[float] = None
    z_min: float = math.nan
    z_max: float = math.nan
    normal: Optional[Tuple[float, float, float]] = None
    lod: int = 2
    envelope: Optional[Tuple[float, float, float, float, float, float]] = None  # xmin, xmax, ymin, ymax, zmin, zmax


@dataclass
class CityBuilding(BuildingRecord):
    """A building read from CityGML or CityJSON: surfaces (CitySurface), attributes, footprint, part ids."""

    footprint: List[Polygon3D] = field(default_factory=list)
    part_ids: List[str] = field(default_factory=list)
    bbox: Tuple[float, float, float, float] = (math.nan, math.nan, math.nan, math.nan)


def _none(value: float) -> Optional[float]:
    return value if math.isfinite(value) else None


def _first(objects, key: str) -> object:
    for obj in objects:
        value = obj.attributes.get(key)
        if value not in (None, ""):
            return value
    return None


def _finite_number(value: object) -> bool:
    return isinstance(value, float) and math.isfinite(value)


class MeasuredBatch:
    """The measured buildings of one batch (see the module docstring). ``keep[i]``: building i goes to the output
    (not outside the extent, measures finite)."""

    def __init__(self, raw: "RawBatch", context: "Context", geometry: "Geometry", measures: "Measures",
                 points: np.ndarray, extents: np.ndarray, shell_object: np.ndarray) -> None:
        self.raw, self.context, self.geometry, self.measures = raw, context, geometry, measures
        self.points, self.extents = points, extents
        self.source_file = context.name
        count = len(raw.buildings)
        marks = [b.marks[3] for b in raw.buildings] + [len(raw.surf_object)]
        self.surface_start = np.asarray(marks[:-1], dtype=np.int64)
        self.surface_count = np.diff(np.asarray(marks, dtype=np.int64))
        self.outside = 0
        self._aggregate(count, shell_object)
        self.keep = self._select(count)
        self.flipped_shells = int(measures.shell_flipped.sum())
        self.flipped_buildings = self._flipped_buildings(shell_object)
        self.generated_ids = sum(1 for i, b in enumerate(raw.buildings) if b.generated_id and self.keep[i])
        self._ring_bytes: Optional[RingBytes] = None
        self._attributes: Optional[List[Dict[str, object]]] = None
        self._polygons: Optional[List[List[List[int]]]] = None
        self._layout: Optional[Tuple[np.ndarray, np.ndarray, List[int], List[int]]] = None

    @classmethod
    def empty(cls, context: "Context") -> "EmptyBatch":
        return EmptyBatch(context)

    # -- aggregation ------------------------------------------------------------------------------
    def _aggregate(self, count: int, shell_object: np.ndarray) -> None:
        m, ext, starts = self.measures, self.extents, self.surface_start
        types = m.surface_type
        building_of = np.repeat(np.arange(count), self.surface_count)
        slot = building_of * len(TYPE_CODES) + types
        self.by_type = np.bincount(slot, weights=m.area, minlength=count * len(TYPE_CODES)).reshape(count, -1)
        projected = np.bincount(slot, weights=m.projected_area, minlength=count * len(TYPE_CODES)).reshape(count, -1)
        self.footprint_kind = np.where(self.by_type[:, GROUND] > 0, GROUND, ROOF)
        self.footprint_area = np.where(self.by_type[:, GROUND] > 0, projected[:, GROUND], projected[:, ROOF])
        self.z_min = np.minimum.reduceat(ext[:, 4], starts)
        self.z_max = np.maximum.reduceat(ext[:, 5], starts)
        self.ground_z = np.minimum.reduceat(np.where(types == GROUND, ext[:, 4], np.inf), starts)
        self.eaves = np.minimum.reduceat(np.where(types == ROOF, ext[:, 4], np.inf), starts)
        self.ridge = np.maximum.reduceat(np.where(types == ROOF, ext[:, 5], -np.inf), starts)
        self.bbox = np.column_stack(
            [
                np.minimum.reduceat(ext[:, 0], starts),
                np.minimum.reduceat(ext[:, 2], starts),
                np.maximum.reduceat(ext[:, 1], starts),
                np.maximum.reduceat(ext[:, 3], starts),
            ]
        )
        object_building = np.asarray(self.raw.object_building, dtype=np.int64)
        shell_building = object_building[shell_object]
        self.closed = np.bincount(shell_building, weights=~m.shell_closed, minlength=count) == 0
        self.volume = np.bincount(shell_building, weights=m.shell_volume, minlength=count)
        self.surface_area_sum = np.bincount(building_of, weights=m.area, minlength=count)
        footprint = types == self.footprint_kind[building_of]
        low = np.where(footprint[:, None], ext[:, 0::2], np.inf)
        high = np.where(footprint[:, None], ext[:, 1::2], -np.inf)
        env = np.empty((count, 6))
        env[:, 0::2] = np.minimum.reduceat(low, starts, axis=0)
        env[:, 1::2] = np.maximum.reduceat(high, starts, axis=0)
        self.footprint_env = env  # xmin, xmax, ymin, ymax, zmin, zmax of the footprint surfaces (inf: none)

    def _select(self, count: int) -> np.ndarray:
        finite = (
            np.isfinite(self.surface_area_sum)
            & np.isfinite(self.volume)
            & np.isfinite(self.bbox).all(axis=1)
            & np.isfinite(self.z_min)
            & np.isfinite(self.z_max)
        )
        for index in np.flatnonzero(~finite).tolist():
            reason = msg("an area, volume or coordinate is not finite (coordinates too large?)")
            self.context.skipped.append((self.raw.buildings[index].building_id, reason))
        keep = finite
        extent = self.context.extent
        if extent is not None:
            box = self.bbox
            hit = ~(
                (box[:, 2] < extent[0]) | (box[:, 0] > extent[2]) | (box[:, 3] < extent[1]) | (box[:, 1] > extent[3])
            )
            self.outside = int((finite & ~hit).sum())
            keep = keep & hit
        return keep

    def _flipped_buildings(self, shell_object: np.ndarray) -> int:
        if not self.measures.shell_flipped.any():
            return 0
        object_building = np.asarray(self.raw.object_building, dtype=np.int64)
        buildings = np.unique(object_building[shell_object[self.measures.shell_flipped]])
        return int(self.keep[buildings].sum())

    # -- counts -----------------------------------------------------------------------------------
    @property
    def kept(self) -> List[int]:
        return np.flatnonzero(self.keep).tolist()

    @property
    def building_count(self) -> int:
        return int(self.keep.sum())

    @property
    def part_count(self) -> int:
        return sum(sum(1 for o in self.raw.buildings[i].objects[1:] if o.part_id) for i in self.kept)

    @property
    def surfaces_written(self) -> int:
        return int(self.surface_count[self.keep].sum())

    # -- geometry ---------------------------------------------------------------------------------
    def _rings(self) -> RingBytes:
        if self._ring_bytes is None:
            g = self.geometry
            self._ring_bytes = RingBytes(self.points, g.ring_starts, g.ring_lengths, g.ring_is_hole)
        return self._ring_bytes

    def _ring_layout(self) -> Tuple[np.ndarray, np.ndarray, List[int], List[int]]:
        """Ring count and first ring of every surface of the batch (a surface's rings are consecutive), as arrays
        and as lists."""
        if self._layout is None:
            g = self.geometry
            ring_count = np.bincount(g.polygon_surface[g.ring_polygon], minlength=len(g.surface_type))
            first_ring = np.cumsum(ring_count) - ring_count
            self._layout = (ring_count, first_ring, ring_count.tolist(), first_ring.tolist())
        return self._layout

    def _surface_polygons(self) -> List[List[List[int]]]:
        """Per surface: its polygons as lists of ring indices (made once per batch: surfaces and footprints)."""
        if self._polygons is not None:
            return self._polygons
        g = self.geometry
        polygons: List[List[List[int]]] = [[] for _ in range(len(g.surface_type))]
        surface_of_ring = g.polygon_surface[g.ring_polygon].tolist()
        for ring, (surface, hole) in enumerate(zip(surface_of_ring, g.ring_is_hole.tolist())):
            if hole:
                polygons[surface][-1].append(ring)
            else:
                polygons[surface].append([ring])
        self._polygons = polygons
        return polygons

    def surface_wkbs(self, srs_id: Optional[int] = None) -> List[bytes]:
        """MultiPolygonZ WKB of every surface of the kept buildings, in order; with ``srs_id``, GeoPackage blobs
        (header with the surface's xyz envelope + WKB).

        The headers of all surfaces come from one numpy structured array, the coordinates from one byte string
        of the batch: the usual surface (one polygon, one ring) is three slices joined."""
        g = self.geometry
        rings = self._rings()
        selected = np.flatnonzero(np.repeat(self.keep, self.surface_count))
        ring_count, first_ring, _counts, _firsts = self._ring_layout()
        headers, size = _headers(self.extents[selected], g.ring_lengths[first_ring[selected]], srs_id)
        simple = (ring_count[selected] == 1).tolist()
        firsts = first_ring[selected].tolist()
        data, start, end = rings.data, rings.start, rings.end
        polygons = None
        out: List[bytes] = []
        for k, surface in enumerate(selected.tolist()):
            if simple[k]:
                a = start[firsts[k]]
                out.append(headers[k * size : (k + 1) * size] + data[a : end[firsts[k]]] + data[a : a + 24])
                continue
            if polygons is None:
                polygons = self._surface_polygons()
            # Not one ring: the GeoPackage part of the header (nothing for plain WKB) + the full WKB.
            out.append(headers[k * size : (k + 1) * size - _SINGLE_WKB] + rings.multipolygon(polygons[surface]))
        return out

    def footprint_wkb(self, index: int) -> Optional[bytes]:
        kind = int(self.footprint_kind[index])
        start, count = int(self.surface_start[index]), int(self.surface_count[index])
        types = self.measures.surface_type[start : start + count].tolist()
        chosen = [start + k for k, t in enumerate(types) if t == kind]
        if not chosen:
            return None
        _counts, _firsts, ring_count, first_ring = self._ring_layout()
        if all(ring_count[s] == 1 for s in chosen):  # one polygon of one ring each: no ring lists for the batch
            return self._rings().multipolygon([[first_ring[s]] for s in chosen])
        polygons = self._surface_polygons()
        return self._rings().multipolygon([p for s in chosen for p in polygons[s]])

    def footprint_envelope(self, index: int) -> Optional[Tuple[float, ...]]:
        env = self.footprint_env[index]
        return tuple(env.tolist()) if np.isfinite(env[0]) else None

    # -- attributes -------------------------------------------------------------------------------
    def surface_values(self) -> List[tuple]:
        """(surface_id, building_id, part_id, surface_type, area_m2, tilt_deg, azimuth_deg, z_min, z_max, lod) of
        the kept buildings' surfaces; NaN tilt/azimuth become None."""
        return list(zip(*self._surface_columns()))

    def _surface_columns(self) -> Tuple[list, ...]:
        """The columns of :meth:`surface_values`, one list each."""
        raw, m = self.raw, self.measures
        selected = np.flatnonzero(np.repeat(self.keep, self.surface_count))
        chosen = selected.tolist()
        building_of = np.repeat(np.arange(len(raw.buildings)), self.surface_count)[selected].tolist()
        building_ids = [raw.buildings[b].building_id for b in building_of]
        objects, surf_object, surf_id, surf_lod = raw.objects, raw.surf_object, raw.surf_id, raw.surf_lod
        return (
            [surf_id[s] for s in chosen],
            building_ids,
            [objects[surf_object[s]].part_id for s in chosen],
            [SURFACE_TYPES[t] for t in m.surface_type[selected].tolist()],
            m.area[selected].tolist(),
            [None if v != v else v for v in m.tilt[selected].tolist()],
            [None if v != v else v for v in m.azimuth[selected].tolist()],
            self.extents[selected, 4].tolist(),
            self.extents[selected, 5].tolist(),
            [surf_lod[s] for s in chosen],
        )

    def surface_envelopes(self) -> np.ndarray:
        selected = np.repeat(self.keep, self.surface_count)
        return self.extents[selected]

    def attributes(self) -> List[Dict[str, object]]:
        """Attributes (the keys of citygml.BUILDING_FIELDS and more) of the kept buildings, in order."""
        if self._attributes is None:
            columns = _Columns(self)
            self._attributes = [self._building_attributes(i, columns) for i in self.kept]
        return self._attributes

    def _roof_type(self, index: int) -> Optional[str]:
        objects = self.raw.buildings[index].objects
        main, parts = objects[0].attributes, objects[1:]
        if main.get("roof_type") or not parts:
            return main.get("roof_type")  # type: ignore[return-value]
        start, count = int(self.surface_start[index]), int(self.surface_count[index])
        roof_area: Dict[Optional[str], float] = {}
        areas = self.measures.area[start : start + count].tolist()
        for k, (t, s) in enumerate(zip(self.measures.surface_type[start : start + count].tolist(),
                                       self.raw.surf_object[start : start + count])):
            if t == ROOF:
                part = self.raw.objects[s].part_id
                roof_area[part] = roof_area.get(part, 0.0) + areas[k]
        for obj in sorted(parts, key=lambda o: -roof_area.get(o.part_id, 0.0)):
            if obj.attributes.get("roof_type"):
                return obj.attributes["roof_type"]  # type: ignore[return-value]
        return None

    def _building_attributes(self, index: int, c: "_Columns") -> Dict[str, object]:
        building = self.raw.buildings[index]
        objects = building.objects
        main, parts = objects[0].attributes, objects[1:]
        heights = [h for h in (o.attributes.get("measured_height") for o in objects) if _finite_number(h)]
        storeys = [o.attributes["storeys"] for o in objects if isinstance(o.attributes.get("storeys"), int)]
        generic: Dict[str, object] = {}
        for obj in reversed(objects):  # the building's own values win over its parts'
            generic.update(obj.attributes.get("generic") or {})
        addresses = main.get("addresses") or _first(parts, "addresses") or []
        address = addresses[0] if addresses else {}  # type: ignore[index]
        z_min, z_max = c.z_min[index], c.z_max[index]
        ground = c.ground[index]
        ground = ground if math.isfinite(ground) else z_min
        eaves, ridge = _none(c.eaves[index]), _none(c.ridge[index])
        own = main.get("measured_height")
        row = c.by_type[index]
        closed = c.closed[index]
        return {
            "building_id": building.building_id,
            "function": main.get("function") or _first(parts, "function"),
            "roof_type": self._roof_type(index),
            "measured_height": own if _finite_number(own) else (max(heights) if heights else None),
            "storeys": main["storeys"] if isinstance(main.get("storeys"), int) else (max(storeys) if storeys else None),
            "municipality_key": generic.get("Gemeindeschluessel"),
            "lod": c.lod[index],
            "source_file": self.source_file,
            "creation_date": main.get("creation_date") or _first(parts, "creation_date"),
            "name": main.get("name"),
            "street": address.get("street"),  # type: ignore[union-attr]
            "house_number": address.get("house_number"),  # type: ignore[union-attr]
            "postcode": address.get("postcode"),  # type: ignore[union-attr]
            "city": address.get("city"),  # type: ignore[union-attr]
            "addresses": addresses,
            "generic": generic,
            "n_parts": len(parts),
            "n_surfaces": c.surface_count[index],
            "footprint_area": c.footprint_area[index],
            "height": z_max - z_min,
            "z_min": z_min,
            "z_max": z_max,
            "ground_z": ground,
            "eaves_z": eaves,
            "ridge_z": ridge,
            "eaves_height": None if eaves is None else eaves - ground,
            "ridge_height": None if ridge is None else ridge - ground,
            "roof_area": row[ROOF],
            "wall_area": row[WALL],
            "ground_area": row[GROUND],
            "closure_area": row[CLOSURE],
            "volume": c.volume[index] if closed else None,
            "shell_closed": closed,
            "generated_id": building.generated_id,
            "part_measured_heights": {o.part_id: o.attributes.get("measured_height") for o in parts},
        }

    # -- outputs ----------------------------------------------------------------------------------
    def surface_rows(self, srs_id: int) -> Tuple[List[tuple], np.ndarray]:
        """GeoPackage rows (blob, *surface values) and xy envelopes (minx, maxx, miny, maxy) of the kept surfaces."""
        rows = list(zip(self.surface_wkbs(srs_id), *self._surface_columns()))
        return rows, self.surface_envelopes()[:, :4]

    def building_rows(self, names: Sequence[str], srs_id: int) -> Tuple[List[tuple], List[Optional[tuple]]]:
        """GeoPackage rows (footprint blob, the attributes ``names``, generic attributes as JSON) and footprint
        xy envelopes (None for a building without footprint: empty geometry, not indexed)."""
        rows: List[tuple] = []
        envelopes: List[Optional[tuple]] = []
        for index, attrs in zip(self.kept, self.attributes()):
            wkb = self.footprint_wkb(index)
            env = self.footprint_envelope(index)
            if wkb is None or env is None:
                blob, box = empty_blob(srs_id), None
            else:
                blob, box = GP_HEADER.pack(b"GP", 0, GP_FLAGS_XYZ_LE, srs_id, *env) + wkb, env[:4]
            rows.append((blob, *[attrs.get(n) for n in names], generic_json(attrs)))
            envelopes.append(box)
        return rows, envelopes

    def building_features(self, names: Sequence[str]) -> Iterator[Tuple[Optional[bytes], list]]:
        """(footprint WKB or None, attribute values ``names`` + generic JSON) of the kept buildings."""
        for index, attrs in zip(self.kept, self.attributes()):
            yield self.footprint_wkb(index), [attrs.get(n) for n in names] + [generic_json(attrs)]

    def surface_features(self) -> Iterator[Tuple[bytes, tuple]]:
        """(WKB, surface values) of the kept surfaces."""
        return zip(self.surface_wkbs(), self.surface_values())

    def records(self) -> List[CityBuilding]:
        """:class:`CityBuilding` records of the kept buildings (polygons as views of the batch's coordinates)."""
        g, m, raw = self.geometry, self.measures, self.raw
        polygons = self._surface_polygons()
        starts, lengths, points = g.ring_starts.tolist(), g.ring_lengths.tolist(), self.points
        occurrence_of_ring = g.ring_polygon.tolist()
        polygon_ids = [raw.poly_id[p] for p in raw.occ_poly]
        area, tilt, azimuth = m.area.tolist(), m.tilt.tolist(), m.azimuth.tolist()
        normal, types, extents = m.normal.tolist(), m.surface_type.tolist(), self.extents.tolist()

        def polygon(rings: List[int]) -> Polygon3D:
            arrays = [points[starts[r] : starts[r] + lengths[r]] for r in rings]
            return Polygon3D(arrays[0], arrays[1:], polygon_ids[occurrence_of_ring[rings[0]]])

        records = []
        for index, attrs in zip(self.kept, self.attributes()):
            building = raw.buildings[index]
            start, count = int(self.surface_start[index]), int(self.surface_count[index])
            surfaces = []
            for s in range(start, start + count):
                e = extents[s]
                surfaces.append(
                    CitySurface(
                        raw.surf_id[s], building.building_id, raw.objects[raw.surf_object[s]].part_id,
                        SURFACE_TYPES[types[s]], [polygon(p) for p in polygons[s]], area[s], _none(tilt[s]),
                        _none(azimuth[s]), e[4], e[5], tuple(normal[s]), raw.surf_lod[s], tuple(e),
                    )
                )
            record = CityBuilding(building_id=building.building_id, surfaces=surfaces, attributes=attrs)
            kind = int(self.footprint_kind[index])
            record.footprint = [p for s in surfaces if TYPE_CODES[s.surface_type] == kind for p in s.polygons]
            record.part_ids = [o.part_id for o in building.objects[1:] if o.part_id]
            record.bbox = tuple(self.bbox[index].tolist())
            records.append(record)
        return records


# The WKB header of a MultiPolygonZ of one polygon of one ring (byte order, type, polygons, byte order, type,
# rings, points), and in front of it the GeoPackage header (magic, version, flags, srs_id, xyz envelope;
# OGC 12-128r18 §2.1.3): packed, little endian.
_WKB_FIELDS = [("order", "u1"), ("multi", "<u4"), ("polygons", "<u4"), ("order2", "u1"), ("polygon", "<u4"),
               ("rings", "<u4"), ("points", "<u4")]
_WKB_DTYPE = np.dtype(_WKB_FIELDS)
_GPKG_DTYPE = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                        ("envelope", "<f8", (6,))] + _WKB_FIELDS)
_SINGLE_WKB = _WKB_DTYPE.itemsize  # 22 bytes


def _headers(extents: np.ndarray, points: np.ndarray, srs_id: Optional[int]) -> Tuple[bytes, int]:
    """(headers of all surfaces as one byte string, bytes per header); without ``srs_id`` only the WKB part."""
    table = np.zeros(len(extents), dtype=_WKB_DTYPE if srs_id is None else _GPKG_DTYPE)
    if srs_id is not None:
        table["magic"], table["flags"], table["srs"] = b"GP", GP_FLAGS_XYZ_LE, srs_id
        table["envelope"] = extents
    table["order"], table["multi"], table["polygons"] = 1, 1006, 1
    table["order2"], table["polygon"], table["rings"] = 1, 1003, 1
    table["points"] = points + 1
    return table.tobytes(), table.dtype.itemsize


class _Columns:
    """Per-building values of a batch as Python lists (one conversion per batch, not per value)."""

    def __init__(self, batch: MeasuredBatch) -> None:
        self.z_min, self.z_max = batch.z_min.tolist(), batch.z_max.tolist()
        self.ground, self.eaves, self.ridge = batch.ground_z.tolist(), batch.eaves.tolist(), batch.ridge.tolist()
        self.by_type = batch.by_type.tolist()
        self.closed = batch.closed.tolist()
        self.volume = batch.volume.tolist()
        self.footprint_area = batch.footprint_area.tolist()
        self.surface_count = batch.surface_count.tolist()
        lods = np.asarray(batch.raw.surf_lod, dtype=np.int64)
        self.lod = np.maximum.reduceat(lods, batch.surface_start).tolist() if len(lods) else []


# One encoder for all rows: json.dumps with options builds a new encoder per call.
_GENERIC_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def generic_json(attrs: Dict[str, object]) -> str:
    return _GENERIC_ENCODER.encode(attrs.get("generic") or {})


class EmptyBatch:
    """A batch whose buildings were all skipped."""

    building_count = part_count = surfaces_written = outside = flipped_shells = flipped_buildings = 0
    generated_ids = 0

    def __init__(self, context: "Context") -> None:
        self.context = context

    def records(self) -> List[CityBuilding]:
        return []

    def surface_rows(self, srs_id: int):
        return [], np.zeros((0, 4))

    def building_rows(self, names, srs_id: int):
        return [], []

    def building_features(self, names):
        return iter(())

    def surface_features(self):
        return iter(())

    def attributes(self):
        return []
