"""Streaming CityGML 1.0/2.0 building reader (lxml iterparse; memory bounded by the largest building).

Structure read (OGC CityGML 1.0, 08-007r1, and 2.0, 12-019, chapter 10 "Building model"; AdV profile
of the NRW deliveries, see docs/citygml.md):

* ``bldg:Building`` with optional ``bldg:consistsOfBuildingPart/bldg:BuildingPart``;
* ``bldg:boundedBy/{Roof,Wall,Ground,Closure,OuterCeiling,OuterFloor}Surface`` with
  ``lod2MultiSurface`` (or lod3/lod4) polygons;
* ``lod2Solid`` referencing those polygons with ``xlink:href`` (checked, not duplicated),
  ``lod1Solid``/``lod2Solid``/``lod2MultiSurface`` with inline polygons and no semantics, whose faces are
  classified by their normal;
* ``gml:posList`` (with ``srsDimension``), ``gml:pos`` and ``gml:coordinates``; interior rings.

XML is parsed without DTD loading, entity expansion or network access, and without lxml's
``huge_tree`` (so pathological nesting/text sizes are refused).
"""

from __future__ import annotations

import gc
import gzip
import math
import os
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from typing import IO, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from lxml import etree

from ..errors import NrwTwinError
from ..model import BuildingRecord, Polygon3D, Surface
from ..progress import NullProgress, Progress, check_canceled
from .crs import CrsInfo, make_transformer, parse_srs_name
from .measures import TYPE_CODES, batch_measures, classify_by_normal

GML = "http://www.opengis.net/gml"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_ID = f"{{{GML}}}id"
CORE_NS = ("http://www.opengis.net/citygml/1.0", "http://www.opengis.net/citygml/2.0")
BLDG_NS = ("http://www.opengis.net/citygml/building/1.0", "http://www.opengis.net/citygml/building/2.0")
GEN_NS = ("http://www.opengis.net/citygml/generics/1.0", "http://www.opengis.net/citygml/generics/2.0")
XAL_NS = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"

CITYMODEL_TAGS = tuple(f"{{{ns}}}CityModel" for ns in CORE_NS)
BUILDING_TAGS = tuple(f"{{{ns}}}Building" for ns in BLDG_NS)
ENVELOPE_TAG = f"{{{GML}}}Envelope"
SURFACE_TYPES = {
    "RoofSurface": "Roof",
    "WallSurface": "Wall",
    "GroundSurface": "Ground",
    "ClosureSurface": "Closure",
    "OuterCeilingSurface": "OuterCeiling",
    "OuterFloorSurface": "OuterFloor",
}
SEMANTIC_GEOMETRY = ("lod2MultiSurface", "lod3MultiSurface", "lod4MultiSurface")
SOLID_GEOMETRY = ("lod1Solid", "lod2Solid", "lod1MultiSurface", "lod2MultiSurface")

G_POLYGON = f"{{{GML}}}Polygon"
G_EXTERIOR = f"{{{GML}}}exterior"
G_INTERIOR = f"{{{GML}}}interior"
G_OUTER = f"{{{GML}}}outerBoundaryIs"
G_INNER = f"{{{GML}}}innerBoundaryIs"
G_LINEARRING = f"{{{GML}}}LinearRing"
G_POSLIST = f"{{{GML}}}posList"
G_POS = f"{{{GML}}}pos"
G_COORDINATES = f"{{{GML}}}coordinates"
G_SURFACEMEMBER = f"{{{GML}}}surfaceMember"
G_MULTISURFACE = f"{{{GML}}}MultiSurface"
G_COMPOSITE = f"{{{GML}}}CompositeSurface"

# remove_blank_text: no text nodes for the indentation between elements (~400,000 in a 40 MB tile), 10 %
# faster; every text the reader uses is stripped anyway.
PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    remove_blank_text=True,
)
# Uncompressed ZIP members above this size or compression ratio are refused (zip bombs).
ZIP_MAX_MEMBER_BYTES = 8 * 1024**3
ZIP_MAX_RATIO = 200


class BuildingError(Exception):
    """A building that cannot be read; it is skipped and reported, the file goes on."""


@dataclass
class SkippedObject:
    source_file: str
    gml_id: str
    reason: str


@dataclass
class ReadReport:
    """What a read found: files, CRS, counts and every skipped building with its reason."""

    files: List[str] = field(default_factory=list)
    crs: Optional[CrsInfo] = None
    buildings: int = 0
    parts: int = 0
    surfaces: int = 0
    outside_extent: int = 0
    skipped: List[SkippedObject] = field(default_factory=list)
    empty_files: List[str] = field(default_factory=list)


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
    """A building read from CityGML: surfaces (CitySurface), attributes, footprint polygons, part ids."""

    footprint: List[Polygon3D] = field(default_factory=list)
    part_ids: List[str] = field(default_factory=list)
    bbox: Tuple[float, float, float, float] = (math.nan, math.nan, math.nan, math.nan)


# --------------------------------------------------------------------------- opening inputs


class _CountingReader:
    """File-like wrapper that counts bytes for progress and serves a pre-read head first."""

    def __init__(self, raw: IO[bytes], total: int, on_read: Callable[[float], None], head: bytes = b"") -> None:
        self.raw, self.total, self.done, self.on_read, self.head = raw, max(total, 1), 0, on_read, head

    def read(self, size: int = -1) -> bytes:
        if self.head:
            data, self.head = self.head, b""
        else:
            data = self.raw.read(size)
        self.done += len(data)
        self.on_read(min(1.0, self.done / self.total))
        return data


def _gzip_size(path: str) -> int:
    with open(path, "rb") as handle:
        handle.seek(-4, os.SEEK_END)
        return int.from_bytes(handle.read(4), "little") or os.path.getsize(path)


def open_sources(path: str) -> Iterator[Tuple[str, IO[bytes], int]]:
    """Yield (name, binary stream, uncompressed size) of each CityGML document in ``path``.

    ``.gml``/``.xml`` as they are, ``.gz`` decompressed on the fly, ``.zip``: every ``.gml``/``.xml``
    member (also ``.gml.gz`` is not nested), read as a stream — nothing is extracted to disk, member
    names are never used as paths, over-large or over-compressed members (zip bombs) are refused.
    """
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise NrwTwinError(f"The CityGML file {path} does not exist.")
    if os.path.isdir(path):
        raise NrwTwinError(f"{path} is a folder; choose the CityGML files (.gml, .xml, .gml.gz, .zip) in it.")
    size = os.path.getsize(path)
    if size == 0:
        raise NrwTwinError(f"The CityGML file {name} is empty (0 bytes). Download it again.")
    lower = name.lower()
    if lower.endswith(".zip") or zipfile.is_zipfile(path):
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as error:
            raise NrwTwinError(f"{name} is not a readable ZIP archive ({error}). Download it again.") from error
        with archive:
            members = [
                info
                for info in archive.infolist()
                if not info.is_dir() and info.filename.lower().endswith((".gml", ".xml"))
            ]
            if not members:
                raise NrwTwinError(
                    f"The ZIP archive {name} contains no CityGML file (.gml or .xml). Choose another archive."
                )
            for info in members:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > ZIP_MAX_MEMBER_BYTES or (info.file_size > 10**8 and ratio > ZIP_MAX_RATIO):
                    raise NrwTwinError(
                        f"{name}: the member {info.filename} would unpack to {info.file_size} bytes "
                        f"(ratio {ratio:.0f}:1); refused as a possible ZIP bomb."
                    )
                with archive.open(info) as stream:
                    yield f"{name}/{info.filename}", stream, info.file_size
        return
    with open(path, "rb") as handle:
        magic = handle.read(2)
    if lower.endswith(".gz") or magic == b"\x1f\x8b":
        with gzip.open(path, "rb") as stream:
            yield name, stream, _gzip_size(path)
        return
    with open(path, "rb") as stream:
        yield name, stream, size


# --------------------------------------------------------------------------- geometry


def _local(tag: object) -> Tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag[0] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _tags(namespaces: Sequence[str], *locals_: str) -> Dict[str, str]:
    return {f"{{{ns}}}{local}": local for ns in namespaces for local in locals_}


# Direct children of Building/BuildingPart we read, by full tag → local name.
CHILD_KINDS: Dict[str, str] = {
    **_tags(
        BLDG_NS,
        "boundedBy",
        "consistsOfBuildingPart",
        "function",
        "roofType",
        "measuredHeight",
        "storeysAboveGround",
        "storeysBelowGround",
        "yearOfConstruction",
        "address",
        *SOLID_GEOMETRY,
    ),
    **_tags(CORE_NS, "creationDate"),
    **_tags(GEN_NS, "stringAttribute", "intAttribute", "doubleAttribute", "dateAttribute", "uriAttribute"),
    f"{{{GML}}}name": "name",
}
SURFACE_TAGS: Dict[str, str] = {f"{{{ns}}}{local}": kind for ns in BLDG_NS for local, kind in SURFACE_TYPES.items()}
SEMANTIC_TAGS = set(_tags(BLDG_NS, *SEMANTIC_GEOMETRY))
PART_TAGS = set(_tags(BLDG_NS, "BuildingPart"))
GEN_VALUE_TAGS = tuple(f"{{{ns}}}value" for ns in GEN_NS)
_SRS_NAMES = etree.XPath(".//@srsName")
GEOMETRY_TAGS = (G_SURFACEMEMBER, G_POLYGON, G_EXTERIOR, G_INTERIOR, G_OUTER, G_INNER, G_POSLIST, G_POS, G_COORDINATES)
# Element kinds of the fast path of _Geometry.collect; 5 = only the general reader handles it.
_FAST_KIND = {G_POSLIST: 0, G_POLYGON: 1, G_EXTERIOR: 2, G_INTERIOR: 3, G_SURFACEMEMBER: 4}
_FAST_KIND.update({tag: 5 for tag in (G_OUTER, G_INNER, G_POS, G_COORDINATES)})


class _Geometry:
    """Polygons of one building as ring texts; all coordinates are converted in one numpy call."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.tokens: List[List[str]] = []
        self.polygons: List[Tuple[Optional[str], List[int]]] = []  # (gml:id, ring indices)

    def _tokens(self, tokens: List[str], dim: int) -> int:
        if dim != 3:
            raise BuildingError(f"{self.owner}: {dim}D coordinates; CityGML buildings need x, y and height")
        if len(tokens) % 3:
            raise BuildingError(
                f"{self.owner}: a posList has {len(tokens)} numbers, not a multiple of its dimension {dim}"
            )
        self.tokens.append(tokens)
        return len(self.tokens) - 1

    def _pos_list(self, pos_list: etree._Element) -> int:
        tokens = (pos_list.text or "").split()
        dim_text = pos_list.get("srsDimension") or pos_list.get("dimension")
        if dim_text is None:
            for ancestor in pos_list.iterancestors():
                dim_text = ancestor.get("srsDimension")
                if dim_text is not None:
                    break
        dim = int(dim_text) if dim_text and dim_text.isdigit() else 3
        if len(tokens) % dim:
            raise BuildingError(
                f"{self.owner}: a posList has {len(tokens)} numbers, not a multiple of its dimension {dim}"
            )
        return self._tokens(tokens, dim)

    def collect(self, geometry: etree._Element, refs: List[str]) -> List[int]:
        """Polygons inside a MultiSurface/Solid/CompositeSurface; xlink:href targets go to ``refs``.

        Fast path for GML 3 polygons with ``posList srsDimension="3"`` (what the surveying authorities
        deliver); anything else (gml:pos, gml:coordinates, GML 2 boundaries, a dimension given elsewhere)
        is read by :meth:`collect_general`, which gives the same result for the common case.
        """
        tokens_list, polygons = self.tokens, self.polygons
        n_tokens, n_polygons, n_refs = len(tokens_list), len(polygons), len(refs)
        found: List[int] = []
        rings: Optional[List[int]] = None
        polygon_id: Optional[str] = None
        role = 0
        fast_kind = _FAST_KIND.get
        # iter() without a tag filter: building lxml's multi-tag matcher costs more per call than
        # looking at the few other elements (MultiSurface, LinearRing) here.
        for element in geometry.iter():
            kind = fast_kind(element.tag)
            if kind is None:
                continue
            if kind == 0:  # posList
                if rings is None or not role:
                    continue
                if element.get("srsDimension") != "3":
                    break  # dimension elsewhere or not 3: general reader
                text = element.text
                tokens = text.split() if text else []
                if len(tokens) % 3:
                    raise BuildingError(
                        f"{self.owner}: a posList has {len(tokens)} numbers, not a multiple of its dimension 3"
                    )
                tokens_list.append(tokens)
                if role == 1:
                    if rings[0] >= 0:
                        raise BuildingError(f"{self.owner}: polygon {polygon_id} has two exterior rings")
                    rings[0] = len(tokens_list) - 1
                else:
                    rings.append(len(tokens_list) - 1)
            elif kind == 1:  # Polygon
                if rings is not None:
                    if rings[0] < 0:
                        raise BuildingError(f"{self.owner}: polygon {polygon_id} has no exterior ring")
                    polygons.append((polygon_id, rings))
                    found.append(len(polygons) - 1)
                rings, polygon_id, role = [-1], element.get(GML_ID), 0
            elif kind == 2:  # exterior
                role = 1
            elif kind == 3:  # interior
                role = 2
            elif kind == 4:  # surfaceMember
                href = element.get(XLINK_HREF)
                if href:
                    refs.append(href[1:] if href.startswith("#") else href)
            else:
                break  # gml:pos, gml:coordinates, GML 2 boundaries: general reader
        else:
            if rings is not None:
                if rings[0] < 0:
                    raise BuildingError(f"{self.owner}: polygon {polygon_id} has no exterior ring")
                polygons.append((polygon_id, rings))
                found.append(len(polygons) - 1)
            return found
        del tokens_list[n_tokens:], polygons[n_polygons:], refs[n_refs:]
        return self.collect_general(geometry, refs)

    def collect_general(self, geometry: etree._Element, refs: List[str]) -> List[int]:
        """Polygons inside a MultiSurface/Solid/CompositeSurface; xlink:href targets go to ``refs``.

        One pass over the relevant descendants in document order (lxml iterates in C) instead of
        find() calls per polygon and ring: Polygon → exterior/interior → posList (or pos/coordinates).
        """
        found: List[int] = []
        rings: Optional[List[int]] = None  # rings of the current polygon, exterior first
        polygon_id: Optional[str] = None
        role = 0  # 1 = in exterior, 2 = in interior
        pos_rows: List[List[str]] = []

        def end_pos_ring() -> None:
            if pos_rows:
                dim = len(pos_rows[0])
                if any(len(row) != dim for row in pos_rows):
                    raise BuildingError(f"{self.owner}: gml:pos/coordinates with differing dimensions")
                index = self._tokens([v for row in pos_rows for v in row], dim)
                pos_rows.clear()
                self._add_ring(rings, index, role, polygon_id)

        def end_polygon() -> None:
            end_pos_ring()
            if rings is not None:
                if not rings or rings[0] < 0:
                    raise BuildingError(f"{self.owner}: polygon {polygon_id} has no exterior ring")
                self.polygons.append((polygon_id, rings))
                found.append(len(self.polygons) - 1)

        for element in geometry.iter(GEOMETRY_TAGS):
            tag = element.tag
            if tag == G_POSLIST:
                if rings is not None and role:
                    self._add_ring(rings, self._pos_list(element), role, polygon_id)
            elif tag == G_POLYGON:
                end_polygon()
                rings, polygon_id, role = [-1], element.get(GML_ID), 0
            elif tag == G_EXTERIOR or tag == G_OUTER:
                end_pos_ring()
                role = 1
            elif tag == G_INTERIOR or tag == G_INNER:
                end_pos_ring()
                role = 2
            elif tag == G_SURFACEMEMBER:
                href = element.get(XLINK_HREF)
                if href:
                    refs.append(href[1:] if href.startswith("#") else href)
            elif tag == G_POS:
                if rings is not None and role:
                    pos_rows.append((element.text or "").split())
            elif tag == G_COORDINATES:
                if rings is not None and role:
                    pos_rows.extend(point.split(",") for point in (element.text or "").split())
                    end_pos_ring()
        end_polygon()
        return found

    def _add_ring(self, rings: Optional[List[int]], index: int, role: int, polygon_id: Optional[str]) -> None:
        if rings is None:
            return
        if role == 1:
            if rings[0] >= 0:
                raise BuildingError(f"{self.owner}: polygon {polygon_id} has two exterior rings")
            rings[0] = index
        else:
            rings.append(index)

    def build(self) -> List[Polygon3D]:
        """Convert every ring at once; checks numbers, finiteness and ring sizes."""
        if not self.tokens:
            return []
        counts = np.fromiter((len(t) for t in self.tokens), dtype=np.int64, count=len(self.tokens)) // 3
        try:
            values = np.array(list(chain.from_iterable(self.tokens)), dtype=np.float64)
        except ValueError as error:
            raise BuildingError(f"{self.owner}: a coordinate is not a number ({error})") from error
        if not np.isfinite(values).all():
            raise BuildingError(f"{self.owner}: a coordinate is NaN or infinite")
        points = values.reshape(-1, 3)
        ends = np.cumsum(counts)
        starts = ends - counts
        last = np.maximum(ends - 1, starts)
        closed = (counts > 1) & (points[starts] == points[last]).all(axis=1)
        stops = ends - closed
        if ((stops - starts) < 3).any():
            raise BuildingError(f"{self.owner}: a ring with fewer than 3 distinct points")
        rings = [points[a:b] for a, b in zip(starts.tolist(), stops.tolist())]
        return [Polygon3D(rings[idx[0]], [rings[i] for i in idx[1:]], pid) for pid, idx in self.polygons]


@dataclass
class _ObjectGeometry:
    """Geometry (polygon indices) and attributes of a Building or BuildingPart."""

    object_id: str
    part_id: Optional[str]
    surfaces: List[Tuple[str, Optional[str], List[int]]] = field(default_factory=list)
    solid_refs: List[str] = field(default_factory=list)
    unsemantic: List[int] = field(default_factory=list)
    unsemantic_lod: int = 2
    attributes: Dict[str, object] = field(default_factory=dict)


def _text(element: etree._Element) -> Optional[str]:
    text = element.text
    if text is None:
        return None
    text = text.strip()
    return text or None


def _address(element: etree._Element) -> Dict[str, Optional[str]]:
    values: Dict[str, Optional[str]] = {}
    for tag, key in (
        ("ThoroughfareName", "street"),
        ("ThoroughfareNumber", "house_number"),
        ("PostalCodeNumber", "postcode"),
        ("LocalityName", "city"),
    ):
        found = element.find(f".//{{{XAL_NS}}}{tag}")
        values[key] = _text(found) if found is not None else None
    return values


def _number(element: etree._Element, kind: type) -> Optional[object]:
    try:
        return kind(_text(element) or "")
    except ValueError:
        return None


def _read_object(
    element: etree._Element, part_id: Optional[str], out: List[_ObjectGeometry], geometry: _Geometry
) -> None:
    object_id = element.get(GML_ID) or part_id or "?"
    obj = _ObjectGeometry(object_id, part_id)
    out.append(obj)
    attrs = obj.attributes
    generic: Dict[str, str] = {}
    addresses: List[Dict[str, Optional[str]]] = []
    geometry.owner = object_id
    for child in element:
        kind = CHILD_KINDS.get(child.tag)  # type: ignore[arg-type]
        if kind is None:
            continue
        if kind == "boundedBy":
            for surface in child:
                surface_type = SURFACE_TAGS.get(surface.tag)  # type: ignore[arg-type]
                if surface_type is None:
                    continue
                refs: List[str] = []
                polygons: List[int] = []
                for lod_geometry in surface:
                    if lod_geometry.tag in SEMANTIC_TAGS:
                        polygons.extend(geometry.collect(lod_geometry, refs))
                obj.solid_refs.extend(refs)
                obj.surfaces.append((surface_type, surface.get(GML_ID), polygons))
        elif kind == "consistsOfBuildingPart":
            for part in child:
                if part.tag in PART_TAGS:
                    _read_object(part, part.get(GML_ID) or f"{object_id}_part{len(out)}", out, geometry)
                    geometry.owner = object_id
        elif kind in SOLID_GEOMETRY:
            refs = []
            polygons = geometry.collect(child, refs)
            obj.solid_refs.extend(refs)
            if polygons:
                obj.unsemantic.extend(polygons)
                obj.unsemantic_lod = 1 if kind.startswith("lod1") else 2
        elif kind == "function":
            attrs.setdefault("function", _text(child))
        elif kind == "roofType":
            attrs["roof_type"] = _text(child)
        elif kind == "measuredHeight":
            attrs["measured_height"] = _number(child, float)
        elif kind == "storeysAboveGround":
            attrs["storeys"] = _number(child, int)
        elif kind == "storeysBelowGround":
            attrs["storeys_below_ground"] = _number(child, int)
        elif kind == "yearOfConstruction":
            attrs["year_of_construction"] = _text(child)
        elif kind == "address":
            addresses.append(_address(child))
        elif kind == "creationDate":
            attrs["creation_date"] = _text(child)
        elif kind == "name":
            attrs.setdefault("name", _text(child))
        else:  # generic attribute
            name = child.get("name")
            for value in child:
                if name and value.tag in GEN_VALUE_TAGS:
                    generic[name] = _text(value) or ""
    if generic:
        attrs["generic"] = generic
    if addresses:
        attrs["addresses"] = addresses


@dataclass
class _Pending:
    """A parsed building whose measures are still to be computed (in a batch with others)."""

    building_id: str
    objects: List[_ObjectGeometry]
    surfaces: List[CitySurface]
    lod: int


def parse_building(element: etree._Element) -> _Pending:
    """Read one bldg:Building element (raises BuildingError when it is broken)."""
    building_id = element.get(GML_ID)
    if not building_id:
        raise BuildingError("a bldg:Building without gml:id")
    geometry = _Geometry(building_id)
    objects: List[_ObjectGeometry] = []
    _read_object(element, None, objects, geometry)
    polygons = geometry.build()
    known = {polygon.polygon_id for polygon in polygons if polygon.polygon_id}
    surfaces: List[CitySurface] = []
    lods = set()
    for obj in objects:
        for ref in obj.solid_refs:
            if ref not in known:
                raise BuildingError(f'{obj.object_id}: xlink:href="#{ref}" points to no polygon in the building')
        counters: Dict[str, int] = {}
        for surface_type, surface_id, indices in obj.surfaces:
            if not indices:
                continue
            if surface_id is None:
                counters[surface_type] = counters.get(surface_type, 0) + 1
                surface_id = f"{obj.object_id}_{surface_type}_{counters[surface_type]}"
            surfaces.append(
                CitySurface(surface_id, building_id, obj.part_id, surface_type, [polygons[i] for i in indices])
            )
            lods.add(2)
        if not obj.surfaces and obj.unsemantic:
            # LoD1 solid or LoD2 geometry without semantics: classify faces by their normal.
            faces = [polygons[i] for i in obj.unsemantic]
            for index, (polygon, kind) in enumerate(zip(faces, classify_by_normal(faces))):
                sid = polygon.polygon_id or f"{obj.object_id}_lod{obj.unsemantic_lod}_{index + 1}"
                surfaces.append(CitySurface(sid, building_id, obj.part_id, kind, [polygon], lod=obj.unsemantic_lod))
            lods.add(obj.unsemantic_lod)
    if not surfaces:
        raise BuildingError("no geometry (no surfaces, solid or multi-surface)")
    return _Pending(building_id, objects, surfaces, max(lods))


def _first(objects: Sequence[_ObjectGeometry], key: str) -> object:
    for obj in objects:
        value = obj.attributes.get(key)
        if value not in (None, ""):
            return value
    return None


def _none(value: float) -> Optional[float]:
    return value if math.isfinite(value) else None


def _reproject(pending: Sequence[_Pending], transform: Callable) -> None:
    """Reproject x/y of every ring of a batch in one call (heights unchanged)."""
    polygons = [p for item in pending for s in item.surfaces for p in s.polygons]
    if not polygons:
        return
    points = np.concatenate([r for p in polygons for r in p.rings()])
    x, y = transform(points[:, 0], points[:, 1])
    points[:, 0], points[:, 1] = x, y
    offset = 0
    for polygon in polygons:
        size = len(polygon.exterior)
        polygon.exterior = points[offset : offset + size]
        offset += size
        holes = []
        for hole in polygon.interiors:
            holes.append(points[offset : offset + len(hole)])
            offset += len(hole)
        polygon.interiors = holes


def finish_buildings(pending: Sequence[_Pending], source_file: str) -> List[CityBuilding]:
    """Measure a batch of parsed buildings in one numpy pass and build their records."""
    if not pending:
        return []
    surfaces: List[CitySurface] = []
    shell_of_surface: List[int] = []
    first_surface: List[int] = []
    first_shell: List[int] = []
    shells = 0
    for item in pending:
        first_surface.append(len(surfaces))
        first_shell.append(shells)
        keys: Dict[Optional[str], int] = {}
        for surface in item.surfaces:
            if surface.part_id not in keys:
                keys[surface.part_id] = shells + len(keys)
            shell_of_surface.append(keys[surface.part_id])
        shells += len(keys)
        surfaces.extend(item.surfaces)
    m = batch_measures(surfaces, np.asarray(shell_of_surface, dtype=np.int64), shells)
    area, tilt, azimuth = m.area.tolist(), m.tilt.tolist(), m.azimuth.tolist()
    z_min, z_max, normal = m.z_min.tolist(), m.z_max.tolist(), m.normal.tolist()
    envelopes = np.column_stack([m.x_min, m.x_max, m.y_min, m.y_max, m.z_min, m.z_max]).tolist()
    for index, surface in enumerate(surfaces):
        surface.area_m2 = area[index]
        surface.tilt_deg = _none(tilt[index])
        surface.azimuth_deg = _none(azimuth[index])
        surface.z_min = z_min[index]
        surface.z_max = z_max[index]
        surface.normal = tuple(normal[index])
        surface.envelope = tuple(envelopes[index])
    # Per building sums and extremes (surfaces and shells are contiguous per building).
    count = len(pending)
    codes = np.fromiter((TYPE_CODES[s.surface_type] for s in surfaces), dtype=np.int64, count=len(surfaces))
    building_of = np.repeat(np.arange(count), np.diff(np.append(first_surface, len(surfaces))))
    slot = building_of * len(TYPE_CODES) + codes
    by_type = np.bincount(slot, weights=m.area, minlength=count * len(TYPE_CODES)).reshape(count, -1)
    projected = np.bincount(slot, weights=m.projected_area, minlength=count * len(TYPE_CODES)).reshape(count, -1)
    starts = np.asarray(first_surface)
    is_ground, is_roof = codes == TYPE_CODES["Ground"], codes == TYPE_CODES["Roof"]
    b_zmin = np.minimum.reduceat(m.z_min, starts)
    b_zmax = np.maximum.reduceat(m.z_max, starts)
    ground_z = np.minimum.reduceat(np.where(is_ground, m.z_min, np.inf), starts)
    eaves = np.minimum.reduceat(np.where(is_roof, m.z_min, np.inf), starts)
    ridge = np.maximum.reduceat(np.where(is_roof, m.z_max, -np.inf), starts)
    bbox = np.column_stack(
        [
            np.minimum.reduceat(m.x_min, starts),
            np.minimum.reduceat(m.y_min, starts),
            np.maximum.reduceat(m.x_max, starts),
            np.maximum.reduceat(m.y_max, starts),
        ]
    ).tolist()
    shell_starts = np.asarray(first_shell)
    closed = np.minimum.reduceat(m.shell_closed.astype(np.int8), shell_starts).astype(bool).tolist()
    volume = np.add.reduceat(m.shell_volume, shell_starts).tolist()
    g, r, w, c = (TYPE_CODES[k] for k in ("Ground", "Roof", "Wall", "Closure"))
    table = by_type.tolist()
    foot = np.where(by_type[:, g] > 0, projected[:, g], projected[:, r]).tolist()
    b_zmin, b_zmax, ground_z = b_zmin.tolist(), b_zmax.tolist(), ground_z.tolist()
    eaves, ridge = eaves.tolist(), ridge.tolist()
    records = []
    for i, item in enumerate(pending):
        record = CityBuilding(building_id=item.building_id, surfaces=item.surfaces)
        objects = item.objects
        main, parts = objects[0].attributes, objects[1:]
        record.part_ids = [o.part_id for o in parts if o.part_id]
        record.bbox = tuple(bbox[i])
        record.footprint = [p for s in item.surfaces if s.surface_type == "Ground" for p in s.polygons] or [
            p for s in item.surfaces if s.surface_type == "Roof" for p in s.polygons
        ]
        heights = [o.attributes.get("measured_height") for o in objects]
        heights = [h for h in heights if isinstance(h, float) and math.isfinite(h)]
        storeys = [o.attributes["storeys"] for o in objects if isinstance(o.attributes.get("storeys"), int)]
        generic: Dict[str, str] = {}
        for obj in reversed(objects):  # the building's own values win over its parts'
            generic.update(obj.attributes.get("generic") or {})
        addresses = main.get("addresses") or _first(parts, "addresses") or []
        address = addresses[0] if addresses else {}
        roof_type = main.get("roof_type")
        if roof_type is None and parts:
            # The roof type of the part with the largest roof area stands for the building.
            roof_area: Dict[Optional[str], float] = {}
            for surface in item.surfaces:
                if surface.surface_type == "Roof":
                    roof_area[surface.part_id] = roof_area.get(surface.part_id, 0.0) + surface.area_m2
            for obj in sorted(parts, key=lambda o: -roof_area.get(o.part_id, 0.0)):
                if obj.attributes.get("roof_type"):
                    roof_type = obj.attributes["roof_type"]
                    break
        own_height = main.get("measured_height")
        gz = ground_z[i] if math.isfinite(ground_z[i]) else b_zmin[i]
        ez, rz = _none(eaves[i]), _none(ridge[i])
        record.attributes = {
            "building_id": item.building_id,
            "function": main.get("function") or _first(parts, "function"),
            "roof_type": roof_type,
            "measured_height": own_height
            if isinstance(own_height, float) and math.isfinite(own_height)
            else (max(heights) if heights else None),
            "storeys": main["storeys"] if isinstance(main.get("storeys"), int) else (max(storeys) if storeys else None),
            "municipality_key": generic.get("Gemeindeschluessel"),
            "lod": item.lod,
            "source_file": source_file,
            "creation_date": main.get("creation_date") or _first(parts, "creation_date"),
            "name": main.get("name"),
            "street": address.get("street"),
            "house_number": address.get("house_number"),
            "postcode": address.get("postcode"),
            "city": address.get("city"),
            "addresses": addresses,
            "generic": generic,
            "n_parts": len(parts),
            "n_surfaces": len(item.surfaces),
            "footprint_area": foot[i],
            "height": b_zmax[i] - b_zmin[i],
            "z_min": b_zmin[i],
            "z_max": b_zmax[i],
            "ground_z": gz,
            "eaves_z": ez,
            "ridge_z": rz,
            "eaves_height": None if ez is None else ez - gz,
            "ridge_height": None if rz is None else rz - gz,
            "roof_area": table[i][r],
            "wall_area": table[i][w],
            "ground_area": table[i][g],
            "closure_area": table[i][c],
            "volume": volume[i] if closed[i] else None,
            "shell_closed": closed[i],
            "part_measured_heights": {o.part_id: o.attributes.get("measured_height") for o in parts},
        }
        records.append(record)
    return records


# --------------------------------------------------------------------------- streaming


def _syntax_message(name: str, error: Exception, seen_root: bool) -> str:
    if not seen_root:
        return (
            f"{name} is not a readable XML/CityGML file ({error}). Check that it is a CityGML tile "
            "(.gml) and download it again if needed."
        )
    return f"{name} is broken or incomplete at {error} — probably a truncated download. Download it again."


BATCH_BUILDINGS = 64


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block (restored afterwards, also on errors).

    Reference counting still frees everything at once; only the search for reference cycles waits.
    Worth it where many small objects are made in a process that holds many others (QGIS).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Document:
    """State of reading one CityGML document: CRS, reprojection, batch of parsed buildings, counts.

    (Kept apart from the iterparse loop of :func:`iter_document`, so another driver can reuse it.)
    """

    def __init__(self, name, report, progress, extent, target_crs) -> None:
        self.name, self.report, self.progress, self.extent, self.target_crs = name, report, progress, extent, target_crs
        self.crs: Optional[CrsInfo] = None
        self.transform: Optional[Callable] = None
        self.ready = False
        self.count = 0  # buildings yielded
        self.pending: List[_Pending] = []

    def envelope(self, element: etree._Element) -> None:
        if self.crs is None and element.get("srsName"):
            self.crs = parse_srs_name(element.get("srsName"), self.name)

    def building(self, element: etree._Element) -> None:
        """Parse one bldg:Building into the batch (broken ones are reported and skipped)."""
        check_canceled(self.progress)
        gml_id = element.get(GML_ID) or "?"
        try:
            for srs in set(_SRS_NAMES(element)):
                crs = parse_srs_name(srs, self.name)
                if self.crs is None:
                    self.crs = crs
                elif crs.horizontal_epsg != self.crs.horizontal_epsg:
                    raise BuildingError(f"uses srsName {srs}, unlike the rest of the file")
            self.pending.append(parse_building(element))
        except BuildingError as error:
            self.report.skipped.append(SkippedObject(self.name, gml_id, str(error)))
            self.progress.warning(f"{self.name}: building {gml_id} skipped: {error}")
        if self.report.crs is None:
            self.report.crs = self.crs

    def flush(self) -> Iterator[CityBuilding]:
        pending, report = self.pending, self.report
        if not pending:
            return
        if self.target_crs is not None:
            if not self.ready:
                if self.crs is None:
                    raise NrwTwinError(f"{self.name} names no coordinate reference system; it cannot be reprojected.")
                self.transform = make_transformer(self.crs, self.target_crs)
                self.ready = True
            if self.transform is not None:
                _reproject(pending, self.transform)
        records = finish_buildings(pending, self.name)
        pending.clear()
        extent = self.extent
        for record in records:
            if extent is not None and not _intersects(record.bbox, extent):
                report.outside_extent += 1
                continue
            self.count += 1
            report.buildings += 1
            report.parts += len(record.part_ids)
            report.surfaces += len(record.surfaces)
            yield record

    def finish(self) -> None:
        if self.report.crs is None and self.crs is not None:
            self.report.crs = self.crs
        if self.count == 0 and not self.report.skipped:
            self.report.empty_files.append(self.name)


def iter_document(
    stream: IO[bytes],
    name: str,
    report: ReadReport,
    progress: Progress,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
    crs: Optional[CrsInfo] = None,
) -> Iterator[CityBuilding]:
    """Buildings of one CityGML document (stream), skipping and reporting broken ones.

    Buildings are parsed one by one (each element freed right after) and measured in batches of
    BATCH_BUILDINGS, so memory stays bounded by a batch, not by the file. ``crs``: the CRS of the
    document when known beforehand (a piece of a file whose srsName came earlier; see parallel.py).
    """
    context = etree.iterparse(
        stream, events=("start", "end"), tag=CITYMODEL_TAGS + BUILDING_TAGS + (ENVELOPE_TAG,), **PARSER_OPTIONS
    )
    events = iter(context)
    root: Optional[etree._Element] = None
    doc = _Document(name, report, progress, extent, target_crs)
    doc.crs = crs

    def next_batch() -> Tuple[List[CityBuilding], bool]:
        """Parse up to BATCH_BUILDINGS buildings and measure them; (records, end of document reached)."""
        nonlocal root
        for event, element in events:
            if root is None:
                root = element.getroottree().getroot()
                if root.tag not in CITYMODEL_TAGS:
                    raise NrwTwinError(
                        f"{name} is no CityGML file: its root element is <{_local(root.tag)[1]}> "
                        f"({_local(root.tag)[0] or 'no namespace'}), not core:CityModel of CityGML 1.0/2.0."
                    )
            if event == "start":
                continue
            tag = element.tag
            if tag == ENVELOPE_TAG:
                doc.envelope(element)
                continue
            if tag in CITYMODEL_TAGS:
                continue
            try:
                doc.building(element)
            finally:
                _release(element)
            if len(doc.pending) >= BATCH_BUILDINGS:
                return list(doc.flush()), False
        return list(doc.flush()), True

    try:
        done = False
        while not done:
            # The cyclic garbage collector is paused while a batch is parsed (never across a yield): the
            # reader makes no reference cycles, and in a QGIS process every full collection scans the
            # ~100,000 objects of QGIS's Python side — 0.15 s of a 0.7 s import of 40 MB (measured).
            with paused_gc():
                records, done = next_batch()
            yield from records
    except etree.XMLSyntaxError as error:
        raise NrwTwinError(_syntax_message(name, error, root is not None)) from error
    if root is None:
        root_el = getattr(context, "root", None)
        if root_el is not None and root_el.tag not in CITYMODEL_TAGS:
            raise NrwTwinError(
                f"{name} is no CityGML file: its root element is <{_local(root_el.tag)[1]}>, "
                "not core:CityModel of CityGML 1.0/2.0."
            )
        if root_el is None:
            raise NrwTwinError(f"{name} contains no XML element. Download it again.")
    doc.finish()


def _release(element: etree._Element) -> None:
    """Free a processed building and everything before it (keeps memory bounded while streaming)."""
    element.clear()
    parent = element.getparent()
    while parent is not None:
        while element.getprevious() is not None:
            del parent[0]
        if parent.tag in CITYMODEL_TAGS:
            break
        element, parent = parent, parent.getparent()


def _intersects(bbox: Tuple[float, float, float, float], extent: Tuple[float, float, float, float]) -> bool:
    return not (bbox[2] < extent[0] or bbox[0] > extent[2] or bbox[3] < extent[1] or bbox[1] > extent[3])


def _read_head(stream: IO[bytes], name: str) -> bytes:
    """First 64 KiB of a document; refuses DTDs that declare entities (CityGML never needs them).

    Entity declarations are how "billion laughs" expansion and external-entity (XXE) reads work; the
    parser would not expand or fetch them anyway (resolve_entities=False, load_dtd=False, no_network).
    """
    head = stream.read(65536)
    if not head.strip():
        raise NrwTwinError(f"The CityGML file {name} is empty. Download it again.")
    upper = head.upper()
    if b"<!DOCTYPE" in upper and b"<!ENTITY" in upper:
        raise NrwTwinError(
            f"{name} declares XML entities in a DOCTYPE, which CityGML files never do; it was refused for "
            "safety (entity expansion or external file access). Use the original file of the surveying authority."
        )
    return head


def iter_paths(
    paths: Sequence[str],
    progress: Optional[Progress] = None,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
    report: Optional[ReadReport] = None,
) -> Iterator[CityBuilding]:
    """Buildings of several files in order; progress spans all files (by bytes)."""
    progress = progress or NullProgress()
    report = report if report is not None else ReadReport()
    sizes = [max(os.path.getsize(p), 1) if os.path.isfile(p) else 1 for p in paths]
    total = float(sum(sizes))
    done = 0.0
    for path, size in zip(paths, sizes):
        report.files.append(os.path.basename(path))
        share = size / total

        for name, stream, uncompressed in open_sources(path):
            base = done

            def on_read(fraction: float, base: float = base, share: float = share) -> None:
                progress.set_progress(100.0 * (base + share * fraction))

            head = _read_head(stream, name)
            reader = _CountingReader(stream, uncompressed, on_read, head)
            yield from iter_document(reader, name, report, progress, extent, target_crs)
        done += share
    progress.set_progress(100.0)


def peek_crs(path: str) -> Optional[CrsInfo]:
    """The CRS of a CityGML file from the first srsName found (Envelope or first geometry), or None.

    Reads only the head of the file (stops at the first srsName); raises NrwTwinError for unknown names
    and unreadable files.
    """
    for name, stream, size in open_sources(path):
        head = _read_head(stream, name)
        reader = _CountingReader(stream, size, lambda _fraction: None, head)
        context = etree.iterparse(reader, events=("start",), **PARSER_OPTIONS)
        try:
            for seen, (_event, element) in enumerate(context):
                srs = element.get("srsName")
                if srs:
                    return parse_srs_name(srs, name)
                if seen > 200_000:
                    break
        except etree.XMLSyntaxError as error:
            raise NrwTwinError(_syntax_message(name, error, False)) from error
    return None
