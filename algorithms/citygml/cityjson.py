"""CityJSON 1.0/1.1/2.0 and CityJSONSeq (CityJSON Text Sequences) buildings → the same measured batches as CityGML.

Read (CityJSON specifications 1.1.3 and 2.0.1, https://www.cityjson.org/specs/; CityJSONSeq, OGC community
standard draft / cityjson.org "CityJSON Text Sequences"):

* ``transform`` (scale, translate) applied to the integer ``vertices``; ``metadata.referenceSystem`` as the CRS
  (OGC URL or URN); coordinates are always x, y, z (easting/longitude first);
* ``Building`` objects with their ``children`` of type ``BuildingPart`` (recursively);
* geometries ``Solid``, ``MultiSolid``, ``CompositeSolid``, ``MultiSurface``, ``CompositeSurface`` and
  ``GeometryInstance`` (``geometry-templates``: reference point + 4×4 row-major matrix × template vertex); per
  object the highest LoD below 3, else the lowest (``"2.2"`` counts as 2);
* semantic surfaces (Roof, Wall, Ground, Closure, OuterCeiling, OuterFloor; Window and Door count as Wall): the
  polygons of a semantic object with an ``id`` (or ``surface_id``) form one thematic surface with that id; a
  semantic object without id that several polygons share (3D BAG shares one per type) gives one surface per
  polygon, so every roof plane keeps its own tilt and azimuth; polygons without semantics are classified by
  their normal, like LoD1 solids in CityGML;
* attributes: function, roofType, measuredHeight, storeysAboveGround/BelowGround, yearOfConstruction,
  creationDate, address (CityJSON 2.0 list or 1.1 object); the same names in snake_case as the layers use them
  (``roof_type``, ``measured_height_m``, …) are accepted too, and everything else lands in the generic attributes.

A CityJSON file is parsed whole (JSON has no streaming structure); CityJSONSeq is read line by line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import IO, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import msg
from ..progress import Progress, check_canceled
from .batch import BATCH_BUILDINGS, BuildingError, Context, RawBatch, RawObject, finish
from .crs import CrsInfo, parse_srs_name
from .measures import TYPE_CODES, UNSEMANTIC
from .parser import Peek, SkippedObject, paused_gc
from .records import MeasuredBatch
from .sources import Head, reading

SUPPORTED_VERSIONS = ("1.0", "1.1", "2.0")
SEMANTIC_CODES = {
    "RoofSurface": TYPE_CODES["Roof"],
    "WallSurface": TYPE_CODES["Wall"],
    "GroundSurface": TYPE_CODES["Ground"],
    "ClosureSurface": TYPE_CODES["Closure"],
    "OuterCeilingSurface": TYPE_CODES["OuterCeiling"],
    "OuterFloorSurface": TYPE_CODES["OuterFloor"],
    "Window": TYPE_CODES["Wall"],
    "Door": TYPE_CODES["Wall"],
}
SHORT_TYPES = {code: name for name, code in TYPE_CODES.items()}
# Attribute keys of the layers ← CityJSON / CityGML names, and the snake_case names of our own layers.
ATTRIBUTE_NAMES = {
    "function": ("function", "bldg:function", "function_code"),
    "roof_type": ("roofType", "roof_type", "roof_type_code"),
    "measured_height": ("measuredHeight", "measured_height", "measured_height_m"),
    "storeys": ("storeysAboveGround", "storeys", "storeys_above_ground"),
    "storeys_below_ground": ("storeysBelowGround", "storeys_below_ground"),
    "year_of_construction": ("yearOfConstruction", "year_of_construction"),
    "creation_date": ("creationDate", "creation_date"),
    "name": ("name",),
}
CONVERTERS: Dict[str, Callable] = {"measured_height": float, "storeys": lambda v: int(float(v)),
                                   "storeys_below_ground": lambda v: int(float(v))}
ADDRESS_NAMES = {
    "street": ("ThoroughfareName", "street"),
    "house_number": ("ThoroughfareNumber", "house_number"),
    "postcode": ("PostalCode", "PostalCodeNumber", "postcode"),
    "city": ("LocalityName", "city"),
}


def _load(stream: IO[bytes], name: str) -> dict:
    with reading(name):
        data = stream.read()
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise NrwTwinError(
            msg("{} is not a readable JSON/CityJSON file ({}). Download it again.", name, str(error))
        ) from None
    return _checked(document, name, ("CityJSON",))


def _checked(document: object, name: str, types: Sequence[str]) -> dict:
    if not isinstance(document, dict) or document.get("type") not in types:
        kind = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise NrwTwinError(msg("{} is no CityJSON file (its type is {}).", name, str(kind)))
    version = str(document.get("version", ""))
    if document.get("type") == "CityJSON" and version not in SUPPORTED_VERSIONS:
        raise NrwTwinError(
            msg("{} is CityJSON {}, which this import does not read (it reads CityJSON 1.0, 1.1 and 2.0). Upgrade it "
                "with cjio (cjio file.json upgrade save out.city.json).", name, version or "?")
        )
    return document


@dataclass
class _Header:
    crs: Optional[CrsInfo]
    scale: np.ndarray
    translate: np.ndarray
    templates: Optional[dict]


def _header(document: dict, name: str) -> _Header:
    transform = document.get("transform") or {}
    scale = np.asarray(transform.get("scale", (1.0, 1.0, 1.0)), dtype=np.float64)
    translate = np.asarray(transform.get("translate", (0.0, 0.0, 0.0)), dtype=np.float64)
    metadata = document.get("metadata") or {}
    reference = metadata.get("referenceSystem") or metadata.get("crs")
    if isinstance(reference, dict):  # CityJSON 1.0: {"epsg": 7415}
        reference = f"EPSG:{reference.get('epsg')}" if reference.get("epsg") else None
    crs = parse_srs_name(str(reference), name).with_swap(False) if reference else None
    return _Header(crs, scale, translate, document.get("geometry-templates"))


def _vertices(feature: dict, header: _Header, name: str) -> np.ndarray:
    try:
        vertices = np.asarray(feature.get("vertices") or [], dtype=np.float64).reshape(-1, 3)
    except (TypeError, ValueError) as error:
        raise NrwTwinError(msg("{}: the vertices are not x, y, z numbers ({}).", name, str(error))) from None
    return vertices * header.scale + header.translate


def _raw_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of a binary stream that has only ``read`` (decompressing and counting readers)."""
    pending = b""
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            break
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        yield from lines
    if pending:
        yield pending


def _lines(stream: IO[bytes], name: str) -> Iterator[Tuple[int, dict]]:
    with reading(name):
        for number, line in enumerate(_raw_lines(stream), 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except (ValueError, UnicodeDecodeError) as error:
                raise NrwTwinError(
                    msg("{} line {:,} is not readable JSON ({}). Download the file again.", name, number, str(error))
                ) from None


# --------------------------------------------------------------------------- geometry


def _lod(geometry: dict) -> float:
    try:
        return float(geometry.get("lod", 0))
    except (TypeError, ValueError):
        return 0.0


def _best_geometry(geometries: Sequence[dict], templates: Optional[dict]) -> Optional[dict]:
    """The geometry read for an object: highest LoD below 3, else the lowest (templates resolved for the LoD)."""
    usable = []
    for geometry in geometries or ():
        kind = geometry.get("type")
        lod = _lod(geometry)
        if kind == "GeometryInstance" and templates:
            try:
                lod = _lod(templates["templates"][geometry["template"]])
            except (KeyError, IndexError, TypeError):
                continue
        elif kind not in ("Solid", "MultiSolid", "CompositeSolid", "MultiSurface", "CompositeSurface"):
            continue
        usable.append((lod, geometry))
    if not usable:
        return None
    below = [item for item in usable if item[0] < 3]
    return (max(below, key=lambda i: i[0]) if below else min(usable, key=lambda i: i[0]))[1]


def _surfaces(geometry: dict) -> Tuple[List[list], List[Optional[int]]]:
    """Every surface (list of rings of vertex indices) of a geometry and its semantic index (or None)."""
    kind = geometry.get("type")
    boundaries = geometry.get("boundaries") or []
    values = (geometry.get("semantics") or {}).get("values")
    depth = {"MultiSurface": 0, "CompositeSurface": 0, "Solid": 1, "MultiSolid": 2, "CompositeSolid": 2}[kind]
    surfaces: List[list] = []
    semantic: List[Optional[int]] = []

    def walk(items, vals, level):
        for k, item in enumerate(items):
            value = vals[k] if isinstance(vals, list) and k < len(vals) else None
            if level == 0:
                surfaces.append(item)
                semantic.append(value if isinstance(value, int) else None)
            else:
                walk(item, value, level - 1)

    walk(boundaries, values, depth)
    return surfaces, semantic


def _instance(geometry: dict, templates: dict, vertices: np.ndarray) -> Tuple[dict, np.ndarray]:
    """(template geometry, its vertices placed by the instance's reference point and matrix)."""
    try:
        template = templates["templates"][geometry["template"]]
        points = np.asarray(templates["vertices-templates"], dtype=np.float64).reshape(-1, 3)
        matrix = np.asarray(geometry.get("transformationMatrix", np.eye(4).ravel()), dtype=np.float64).reshape(4, 4)
        reference = vertices[int(geometry["boundaries"][0])]
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise BuildingError(
            msg("a geometry instance refers to a missing template or vertex ({})", str(error))
        ) from None
    placed = points @ matrix[:3, :3].T + matrix[:3, 3] + reference
    return template, placed


class _Reader:
    """Adds CityJSON buildings to a RawBatch."""

    def __init__(self, raw: RawBatch, header: _Header) -> None:
        self.raw = raw
        self.header = header

    def building(self, building_id: str, objects: Dict[str, dict], vertices: np.ndarray) -> None:
        raw = self.raw
        marks = raw.mark()
        try:
            self._object(building_id, objects[building_id], None, objects, vertices, set())
            if len(raw.surf_object) == marks[3]:
                raise BuildingError(msg("no geometry (no surfaces, solid or multi-surface)"))
        except BuildingError:
            raw.rollback(marks)
            raise
        raw.add_building(building_id, False, marks)

    def _object(self, object_id: str, obj: dict, part_id: Optional[str], objects: Dict[str, dict],
                vertices: np.ndarray, seen: set) -> None:
        seen.add(object_id)
        index = self.raw.add_object(RawObject(object_id, part_id, _attributes(obj)))
        geometry = _best_geometry(obj.get("geometry") or [], self.header.templates)
        if geometry is not None:
            self._geometry(geometry, index, object_id, vertices)
        for child_id in obj.get("children") or ():
            child = objects.get(child_id)
            if child is not None and child.get("type") == "BuildingPart" and child_id not in seen:
                self._object(child_id, child, child_id, objects, vertices, seen)

    def _geometry(self, geometry: dict, index: int, object_id: str, vertices: np.ndarray) -> None:
        if geometry.get("type") == "GeometryInstance":
            geometry, vertices = _instance(geometry, self.header.templates or {}, vertices)
        lod = int(_lod(geometry))
        surfaces, semantic = _surfaces(geometry)
        kinds = (geometry.get("semantics") or {}).get("surfaces") or []
        groups: Dict[object, List[int]] = {}
        faces: List[int] = []
        for k, value in enumerate(semantic):
            code = SEMANTIC_CODES.get(kinds[value].get("type")) if value is not None and value < len(kinds) else None
            if code is None:
                faces.append(k)
            elif _surface_id(kinds[value]):
                groups.setdefault(value, []).append(k)  # an identified thematic surface: all its polygons
            else:
                groups[(value, k)] = [k]  # an anonymous, shared semantic object: one surface per polygon
        counters: Dict[int, int] = {}
        for key, members in groups.items():
            value = key[0] if isinstance(key, tuple) else key
            code = SEMANTIC_CODES[kinds[value]["type"]]
            for k in members:
                self._polygon(surfaces[k], vertices)
            counters[code] = counters.get(code, 0) + 1
            ident = _surface_id(kinds[value])
            self.raw.add_surface(index, code, lod, ident or f"{object_id}_{SHORT_TYPES[code]}_{counters[code]}")
        for number, k in enumerate(faces, 1):
            self._polygon(surfaces[k], vertices)
            self.raw.add_surface(index, UNSEMANTIC, lod, f"{object_id}_lod{lod}_{number}")

    def _polygon(self, rings: list, vertices: np.ndarray) -> None:
        raw = self.raw
        if not rings:
            raise BuildingError(msg("a surface without rings"))
        polygon = len(raw.poly_id)
        raw.poly_id.append(None)
        for ring in rings:
            try:
                raw.rings.append(vertices[np.asarray(ring, dtype=np.int64)])
            except (IndexError, TypeError, ValueError):
                raise BuildingError(msg("a ring refers to vertices that do not exist")) from None
            raw.ring_poly.append(polygon)
        raw.occ_poly.append(polygon)
        raw.occ_reverse.append(False)


def _surface_id(semantic: dict) -> Optional[str]:
    for key in ("id", "surface_id", "gml_id"):
        value = semantic.get(key)
        if value not in (None, ""):
            return str(value)
    return None


def _attributes(obj: dict) -> Dict[str, object]:
    source = obj.get("attributes") or {}
    attrs: Dict[str, object] = {}
    used = set()
    for key, names in ATTRIBUTE_NAMES.items():
        for name in names:
            value = source.get(name)
            if value in (None, ""):
                continue
            try:
                attrs[key] = CONVERTERS.get(key, str)(value)
            except (TypeError, ValueError):
                continue
            used.add(name)
            break
    generic = {k: v for k, v in source.items() if k not in used}
    if generic:
        attrs["generic"] = generic
    addresses = obj.get("address")
    if isinstance(addresses, dict):
        addresses = [addresses]
    if isinstance(addresses, list) and addresses:
        attrs["addresses"] = [_address(a) for a in addresses if isinstance(a, dict)]
    return attrs


def _address(address: dict) -> Dict[str, Optional[str]]:
    values: Dict[str, Optional[str]] = {}
    for key, names in ADDRESS_NAMES.items():
        values[key] = next((str(address[n]) for n in names if address.get(n) not in (None, "")), None)
    return values


# --------------------------------------------------------------------------- documents


def _features(stream: IO[bytes], name: str, head: Head) -> Tuple[_Header, Iterator[dict]]:
    """The header (transform, CRS, templates) and the features (objects + vertices) of a document."""
    if head.format == "cityjsonseq":
        lines = _lines(stream, name)
        first = next(lines, None)
        if first is None:
            raise NrwTwinError(msg("The file {} is empty. Download it again.", name))
        header_doc = _checked(first[1], name, ("CityJSON",))
        header = _header(header_doc, name)

        def features() -> Iterator[dict]:
            if header_doc.get("CityObjects"):
                yield header_doc
            for _number, feature in lines:
                yield _checked(feature, name, ("CityJSONFeature", "CityJSON"))

        return header, features()
    document = _load(stream, name)
    return _header(document, name), iter([document])


def _buildings(feature: dict) -> List[str]:
    objects = feature.get("CityObjects") or {}
    return [key for key, obj in objects.items() if isinstance(obj, dict) and obj.get("type") == "Building"]


def peek_document(stream: IO[bytes], name: str, head: Head) -> Peek:
    """The CRS and the first vertices of a CityJSON document."""
    header, features = _features(stream, name, head)
    for feature in features:
        vertices = _vertices(feature, header, name)
        if len(vertices):
            return Peek(header.crs, vertices[:64])
    return Peek(header.crs, None)


def iter_document(stream: IO[bytes], name: str, head: Head, progress: Progress, make_context: Callable,
                  crs: Optional[CrsInfo] = None, skipped: Optional[List[SkippedObject]] = None
                  ) -> Iterator[MeasuredBatch]:
    """Measured batches of the buildings of a CityJSON or CityJSONSeq document (see the module docstring)."""
    header, features = _features(stream, name, head)
    context: Optional[Context] = None
    raw = RawBatch()
    reader = _Reader(raw, header)
    for feature in features:
        check_canceled(progress)
        vertices = _vertices(feature, header, name)
        if context is None and len(vertices):
            context = make_context(name, crs or header.crs, vertices[:64])
        objects = feature.get("CityObjects") or {}
        for building_id in _buildings(feature):
            try:
                reader.building(building_id, objects, vertices)
            except BuildingError as error:
                _skip(skipped, progress, name, building_id, error.args[0])
            if len(raw) >= BATCH_BUILDINGS:
                yield _flush(raw, context, name, progress, skipped)  # type: ignore[arg-type]
                raw = reader.raw = RawBatch()
    if len(raw):
        yield _flush(raw, context, name, progress, skipped)  # type: ignore[arg-type]


def _flush(raw: RawBatch, context: Context, name: str, progress: Progress,
           skipped: Optional[List[SkippedObject]]) -> MeasuredBatch:
    before = len(context.skipped)
    with paused_gc():
        batch = finish(raw, context)
    for building_id, reason in context.skipped[before:]:
        _skip(skipped, progress, name, building_id, reason)
    return batch


def _skip(skipped: Optional[List[SkippedObject]], progress: Progress, name: str, building_id: str,
          reason: object) -> None:
    if skipped is not None:
        skipped.append(SkippedObject(name, building_id, str(reason)))
    progress.warning(msg("{}: building {} skipped: {}", name, building_id, reason))


def is_cityjson_name(path: str) -> bool:
    lower = os.path.basename(path).lower()
    return lower.endswith((".json", ".jsonl"))
