"""One CityGML 1.0/2.0/3.0 Building element → the flat lists of a :class:`~.batch.RawBatch`.

Structure read (OGC CityGML 1.0, 08-007r1, and 2.0, 12-019, chapter 10 "Building model"; CityGML 3.0
Conceptual Model 20-010 and GML encoding 21-006, "Building" and "Construction" modules):

* ``bldg:Building`` with ``bldg:consistsOfBuildingPart/bldg:BuildingPart`` (3.0: ``bldg:buildingPart``);
* thematic surfaces in ``bldg:boundedBy`` (3.0: ``core:boundary``): Roof, Wall, Ground, Closure, OuterCeiling and
  OuterFloor surfaces (3.0: ``con:*Surface``, ``core:ClosureSurface``) with ``lodNMultiSurface`` polygons, inline
  or by ``xlink:href`` (also to polygons inside a solid), ``gml:OrientableSurface orientation="-"`` reversed;
* ``lodNSolid``/``lodNMultiSurface`` of a building or part: references checked, or — without thematic surfaces —
  faces classified by their normal (highest LoD used);
* ``gml:posList`` (fast path), ``gml:pos`` and ``gml:coordinates`` (general path), interior rings;
* attributes: function, roofType, measuredHeight (3.0: ``con:height``), storeysAboveGround/BelowGround,
  yearOfConstruction (3.0: ``con:dateOfConstruction``), creationDate, gml:name, xAL 2.0 and 3 addresses, generic
  attributes (1.0/2.0 ``gen:*Attribute``, 3.0 ``core:genericAttribute``, sets flattened).

Namespaces are matched by URI, whatever the prefixes, so a root element without namespace around standard
``bldg:`` content (SupportGIS exports) reads like any other file. Speed matters here (40 MB tiles): children of a
building are dispatched through one dict lookup, and the polygons of a surface come from one ``iter()`` over its
geometry with lxml's C-level tag filter.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from lxml import etree

from ..messages import msg
from .batch import BuildingError, RawBatch, RawObject
from .measures import TYPE_CODES, UNSEMANTIC

GML_NS = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
CORE_NS = tuple(f"http://www.opengis.net/citygml/{v}" for v in ("1.0", "2.0", "3.0"))
CORE3 = CORE_NS[2]
BLDG_NS = tuple(f"http://www.opengis.net/citygml/building/{v}" for v in ("1.0", "2.0", "3.0"))
BLDG12, BLDG3 = BLDG_NS[:2], BLDG_NS[2]
CON3 = "http://www.opengis.net/citygml/construction/3.0"
GEN_NS = tuple(f"http://www.opengis.net/citygml/generics/{v}" for v in ("1.0", "2.0", "3.0"))
XAL2 = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"
XAL3 = "urn:oasis:names:tc:ciq:xal:3"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_IDS = tuple(f"{{{ns}}}id" for ns in GML_NS)

CITYMODEL_TAGS = tuple(f"{{{ns}}}CityModel" for ns in CORE_NS) + ("CityModel",)
BUILDING_TAGS = tuple(f"{{{ns}}}Building" for ns in BLDG_NS)
PART_TAGS = frozenset(f"{{{ns}}}BuildingPart" for ns in BLDG_NS)
ENVELOPE_TAGS = tuple(f"{{{ns}}}Envelope" for ns in GML_NS)

SURFACE_NAMES = ("RoofSurface", "WallSurface", "GroundSurface", "ClosureSurface", "OuterCeilingSurface",
                 "OuterFloorSurface")
SURFACE_CODES: Dict[str, int] = {}
for _name in SURFACE_NAMES:
    _code = TYPE_CODES[_name[: -len("Surface")]]
    for _ns in BLDG12:
        SURFACE_CODES[f"{{{_ns}}}{_name}"] = _code
    SURFACE_CODES[f"{{{CORE3 if _name == 'ClosureSurface' else CON3}}}{_name}"] = _code

# Geometry properties of thematic surfaces → LoD (preference: 2, 3, 4, then lower).
SEMANTIC_GEOMETRY: Dict[str, int] = {}
for _lod in range(5):
    for _ns in (*BLDG12, CORE3):
        SEMANTIC_GEOMETRY[f"{{{_ns}}}lod{_lod}MultiSurface"] = _lod
# Geometry properties of a building or part (solids and multi-surfaces) → LoD.
OBJECT_GEOMETRY: Dict[str, int] = {}
for _lod in range(1, 5):
    for _ns in (*BLDG12, CORE3):
        OBJECT_GEOMETRY[f"{{{_ns}}}lod{_lod}Solid"] = _lod
        OBJECT_GEOMETRY[f"{{{_ns}}}lod{_lod}MultiSurface"] = _lod

# Element kinds inside geometry: 0 posList, 1 polygon, 2 member (may carry xlink:href), 3 only the general reader
# handles it (OrientableSurface, pos, coordinates).
POSLIST, POLYGON, MEMBER, GENERAL = range(4)
GEOMETRY_KIND: Dict[str, int] = {}
for _ns in GML_NS:
    GEOMETRY_KIND[f"{{{_ns}}}posList"] = POSLIST
    for _name in ("Polygon", "Triangle", "PolygonPatch"):
        GEOMETRY_KIND[f"{{{_ns}}}{_name}"] = POLYGON
    for _name in ("surfaceMember", "baseSurface"):
        GEOMETRY_KIND[f"{{{_ns}}}{_name}"] = MEMBER
    for _name in ("pos", "coordinates", "OrientableSurface"):
        GEOMETRY_KIND[f"{{{_ns}}}{_name}"] = GENERAL
GEOMETRY_TAGS = tuple(GEOMETRY_KIND)
POLYGON_TAGS = tuple(tag for tag, kind in GEOMETRY_KIND.items() if kind == POLYGON)
GENERAL_TAGS = GEOMETRY_TAGS + tuple(f"{{{ns}}}{name}" for ns in GML_NS for name in ("LinearRing", "OrientableSurface"))
MEMBER_TAGS = tuple(tag for tag, kind in GEOMETRY_KIND.items() if kind == MEMBER)
SRS_NAMES = etree.XPath(".//@srsName")


def _text(element: etree._Element) -> Optional[str]:
    text = element.text
    if text is None:
        return None
    text = text.strip()
    return text or None


def _float(element: etree._Element) -> Optional[float]:
    try:
        return float(_text(element) or "")
    except ValueError:
        return None


def _int(element: etree._Element) -> Optional[int]:
    try:
        return int(float(_text(element) or ""))
    except (ValueError, OverflowError):
        return None


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


# --------------------------------------------------------------------------- attribute readers

ADDRESS_FIELDS = {
    (XAL2, "ThoroughfareName"): "street",
    (XAL2, "ThoroughfareNumber"): "house_number",
    (XAL2, "PostalCodeNumber"): "postcode",
    (XAL2, "LocalityName"): "city",
}
ADDRESS3_PARENTS = {"Thoroughfare": ("street", "house_number"), "PostCode": ("postcode",), "Locality": ("city",)}
ADDRESS_TAGS = tuple(f"{{{ns}}}{local}" for ns, local in ADDRESS_FIELDS) + tuple(
    f"{{{XAL3}}}{local}" for local in ADDRESS3_PARENTS
)


def _address(element: etree._Element) -> Dict[str, Optional[str]]:
    """street, house_number, postcode, city of the first xAL 2.0 or xAL 3 address below ``element``."""
    values: Dict[str, Optional[str]] = {"street": None, "house_number": None, "postcode": None, "city": None}
    for node in element.iter(ADDRESS_TAGS):
        ns, _, local = node.tag[1:].partition("}")
        key = ADDRESS_FIELDS.get((ns, local))
        if key and values[key] is None:
            values[key] = _text(node)
        elif ns == XAL3 and local in ADDRESS3_PARENTS:
            _address3(node, local, values)
    return values


def _address3(node: etree._Element, local: str, values: Dict[str, Optional[str]]) -> None:
    for child in node:
        name = _local(child.tag)
        if name in ("NameElement", "Identifier") and values[ADDRESS3_PARENTS[local][0]] is None:
            values[ADDRESS3_PARENTS[local][0]] = _text(child)
        elif name == "Number" and local == "Thoroughfare" and values["house_number"] is None:
            values["house_number"] = _text(child)


GEN_VALUE_TAGS = frozenset(f"{{{ns}}}value" for ns in GEN_NS)
GEN_SET_TAGS = frozenset(f"{{{ns}}}genericAttributeSet" for ns in GEN_NS)


def _generic12(element: etree._Element, generic: Dict[str, object], prefix: str = "") -> None:
    """CityGML 1.0/2.0 ``gen:stringAttribute name="…"><gen:value>`` (and sets of them)."""
    name = element.get("name")
    if not name:
        return
    if element.tag in GEN_SET_TAGS:
        for child in element:
            _generic12(child, generic, f"{prefix}{name}.")
        return
    _generic_value(element, generic, prefix + name)


def _generic_value(element: etree._Element, generic: Dict[str, object], key: str) -> None:
    for value in element:
        if value.tag in GEN_VALUE_TAGS:
            text = value.text
            generic[key] = text.strip() if text else ""


def _generic3(element: etree._Element, generic: Dict[str, object], prefix: str = "") -> None:
    """CityGML 3.0 ``core:genericAttribute/gen:StringAttribute/(gen:name, gen:value)`` (and sets)."""
    for attribute in element:
        name, value, members = None, None, []
        for child in attribute:
            local = _local(child.tag)
            if local == "name":
                name = _text(child)
            elif local == "value":
                value = _text(child) or ""
            elif local == "genericAttribute":
                members.append(child)
        if name and members:
            for member in members:
                _generic3(member, generic, f"{prefix}{name}.")
        elif name:
            generic[prefix + name] = value if value is not None else ""


def _height3(element: etree._Element, attrs: Dict[str, object]) -> None:
    """CityGML 3.0 ``con:height/con:Height``: the value from lowest ground to highest roof point, else the first."""
    for height in element:
        parts = {_local(child.tag): child for child in height}
        value = _float(parts["value"]) if "value" in parts else None
        full = (parts.get("highReference") is not None and _text(parts["highReference"]) == "highestRoofEdge"
                and parts.get("lowReference") is not None and _text(parts["lowReference"]) == "lowestGroundPoint")
        if value is not None and (full or "measured_height" not in attrs):
            attrs["measured_height"] = value


def _set(key: str, convert: Callable) -> Callable:
    def handler(element: etree._Element, attrs: Dict[str, object]) -> None:
        attrs[key] = convert(element)

    return handler


def _set_first(key: str) -> Callable:
    def handler(element: etree._Element, attrs: Dict[str, object]) -> None:
        if attrs.get(key) is None:
            attrs[key] = _text(element)

    return handler


def _add_address(element: etree._Element, attrs: Dict[str, object]) -> None:
    attrs.setdefault("addresses", []).append(_address(element))  # type: ignore[union-attr]


def _add_generic12(element: etree._Element, attrs: Dict[str, object]) -> None:
    _generic12(element, attrs.setdefault("generic", {}))  # type: ignore[arg-type]


def _add_plain_generic12(element: etree._Element, attrs: Dict[str, object]) -> None:
    """:func:`_generic12` of one attribute that is no set (an NRW building has six): no set check, no recursion."""
    name = element.get("name")
    if name:
        _generic_value(element, attrs.setdefault("generic", {}), name)  # type: ignore[arg-type]


def _add_generic3(element: etree._Element, attrs: Dict[str, object]) -> None:
    _generic3(element, attrs.setdefault("generic", {}))  # type: ignore[arg-type]


def _tags(namespaces, *names: str) -> List[str]:
    return [f"{{{ns}}}{name}" for ns in namespaces for name in names]


SURFACES, PARTS = "surfaces", "parts"
CHILD_KIND: Dict[str, object] = {}
for _tag in _tags(BLDG12, "boundedBy") + _tags((CORE3,), "boundary"):
    CHILD_KIND[_tag] = SURFACES
for _tag in _tags(BLDG12, "consistsOfBuildingPart") + _tags((BLDG3,), "buildingPart"):
    CHILD_KIND[_tag] = PARTS
CHILD_KIND.update(OBJECT_GEOMETRY)
_HANDLERS = (
    (_tags(BLDG_NS, "function"), _set_first("function")),
    (_tags(BLDG_NS, "roofType"), _set("roof_type", _text)),
    (_tags(BLDG12, "measuredHeight"), _set("measured_height", _float)),
    (_tags((CON3,), "height"), _height3),
    (_tags(BLDG_NS, "storeysAboveGround"), _set("storeys", _int)),
    (_tags(BLDG_NS, "storeysBelowGround"), _set("storeys_below_ground", _int)),
    (_tags(BLDG12, "yearOfConstruction") + _tags((CON3,), "dateOfConstruction"), _set("year_of_construction", _text)),
    (_tags(BLDG_NS, "address"), _add_address),
    (_tags(CORE_NS, "creationDate"), _set("creation_date", _text)),
    (_tags(GML_NS, "name"), _set_first("name")),
    (_tags(GEN_NS[:2], "stringAttribute", "intAttribute", "doubleAttribute", "dateAttribute", "uriAttribute",
           "measureAttribute"), _add_plain_generic12),
    (_tags(GEN_NS[:2], "genericAttributeSet"), _add_generic12),
    (_tags((CORE3,), "genericAttribute"), _add_generic3),
)
for _tags_list, _handler in _HANDLERS:
    for _tag in _tags_list:
        CHILD_KIND[_tag] = _handler


# --------------------------------------------------------------------------- the walker


class GmlReader:
    """Reads Building elements of one document into a RawBatch (see the module docstring).

    """

    def __init__(self, raw: RawBatch, stem: str) -> None:
        self.raw = raw
        self.stem = stem
        self.ordinal = 0
        self.building_id = "?"
        self.element: Optional[etree._Element] = None
        self.hrefs: List[Tuple[int, str]] = []
        self.solid_refs: List[Tuple[str, List[str]]] = []  # (object id, xlink:href values of its solids)
        self.first_polygon = 0

    def read(self, element: etree._Element) -> None:
        """Add one Building to the batch; BuildingError (batch unchanged) when it is broken."""
        raw = self.raw
        marks = raw.mark()
        building_id = element.get(GML_IDS[0]) or element.get(GML_IDS[1])
        generated = not building_id
        if generated:
            building_id = f"{self.stem}_building_{self.ordinal}"
        self.building_id = building_id  # type: ignore[assignment]
        self.element = element
        self.hrefs = []
        self.solid_refs = []
        self.first_polygon = len(raw.poly_id)
        try:
            self._object(element, None, building_id)  # type: ignore[arg-type]
            if self.hrefs or self.solid_refs:
                self._resolve()
            if len(raw.surf_object) == marks[3]:
                raise BuildingError(msg("no geometry (no surfaces, solid or multi-surface)"))
        except BuildingError:
            raw.rollback(marks)
            raise
        finally:
            self.element = None
        raw.add_building(building_id, generated, marks)  # type: ignore[arg-type]

    def _object(self, element: etree._Element, part_id: Optional[str], object_id: str) -> None:
        raw = self.raw
        obj = RawObject(object_id, part_id)
        index = raw.add_object(obj)
        attrs = obj.attributes
        geometries: List[Tuple[int, etree._Element]] = []
        containers: List[etree._Element] = []
        parts: List[etree._Element] = []
        kinds = CHILD_KIND.get
        for child in element:
            kind = kinds(child.tag)  # type: ignore[arg-type]
            if kind is None:
                continue
            if kind is SURFACES:
                containers.append(child)
            elif kind is PARTS:
                parts.extend(part for part in child if part.tag in PART_TAGS)
            elif kind.__class__ is int:
                geometries.append((kind, child))  # type: ignore[arg-type]
            else:
                kind(child, attrs)  # type: ignore[operator]
        own = self._surfaces(containers, index, object_id) if containers else 0
        for number, part in enumerate(parts, 1):
            pid = part.get(GML_IDS[0]) or part.get(GML_IDS[1]) or f"{object_id}_part{number}"
            self._object(part, pid, pid)
        if own:
            for _lod, geometry in geometries:
                self._solid_refs(geometry, object_id)
        elif geometries:
            self._faces(geometries, index, object_id)

    def _surfaces(self, containers: List[etree._Element], index: int, object_id: str) -> int:
        """The thematic surfaces of one building or part (all its boundedBy/boundary children at once): first the
        geometry of each (the preferred LoD), then all geometries collected in one pass."""
        codes, geometries = SURFACE_CODES.get, SEMANTIC_GEOMETRY.get
        chosen: List[Tuple[etree._Element, int, int]] = []  # (surface, type code, LoD)
        best_geometries: List[etree._Element] = []
        for container in containers:
            for surface in container:
                code = codes(surface.tag)  # type: ignore[arg-type]
                if code is None:
                    continue
                best, lod = None, -1
                for child in surface:
                    level = geometries(child.tag)  # type: ignore[arg-type]
                    if level is not None and (best is None or LOD_RANK[level] < LOD_RANK[lod]):
                        best, lod = child, level
                if best is not None:
                    chosen.append((surface, code, lod))
                    best_geometries.append(best)
        if not chosen:
            return 0
        raw = self.raw
        start = len(raw.occ_poly)
        ends = self._collect_all(best_geometries, False)
        id_a, id_b = GML_IDS
        counters: Dict[int, int] = {}  # surfaces without gml:id per type: ids <object>_<Type>_<n>
        types, lods, ids, occ_ends = raw.surf_type, raw.surf_lod, raw.surf_id, raw.surf_occ_end
        added = 0
        for (surface, code, lod), end in zip(chosen, ends):
            if end == start:
                continue
            surface_id = surface.get(id_a) or surface.get(id_b)
            if surface_id is None:
                counters[code] = counters.get(code, 0) + 1
                surface_id = f"{object_id}_{_local(surface.tag)[: -len('Surface')]}_{counters[code]}"
            types.append(code)
            lods.append(lod)
            ids.append(surface_id)
            occ_ends.append(end)
            start = end
            added += 1
        raw.surf_object.extend([index] * added)
        return added

    def _solid_refs(self, geometry: etree._Element, object_id: str) -> None:
        # Not an XPath (``.//@xlink:href``): lxml releases the GIL around every XPath call to take the evaluator's
        # lock, and the parse thread then holds the GIL until it blocks again (3 times as slow while it parses).
        refs = [href for element in geometry.iter(etree.Element) if (href := element.get(XLINK_HREF)) is not None]
        if refs:
            self.solid_refs.append((object_id, refs))

    def _faces(self, geometries: List[Tuple[int, etree._Element]], index: int, object_id: str) -> None:
        """Without thematic surfaces: every polygon of the highest-LoD solid or multi-surface is a face."""
        raw = self.raw
        for lod in sorted({lod for lod, _g in geometries}, reverse=True):
            start = len(raw.occ_poly)
            for level, geometry in geometries:
                if level == lod:
                    self._collect(geometry, False)
            if len(raw.occ_poly) == start:
                continue
            for k in range(start, len(raw.occ_poly)):
                polygon = raw.occ_poly[k]
                polygon_id = raw.poly_id[polygon] if polygon >= 0 else None
                raw.surf_object.append(index)
                raw.surf_type.append(UNSEMANTIC)
                raw.surf_lod.append(lod)
                raw.surf_id.append(polygon_id or f"{object_id}_lod{lod}_{k - start + 1}")
                raw.surf_occ_end.append(k + 1)
            return

    def _collect(self, geometry: etree._Element, reverse: bool) -> None:
        """Polygons of a geometry property as occurrences (see :meth:`_collect_all`)."""
        self._collect_all((geometry,), reverse)

    def _collect_all(self, geometries: Sequence[etree._Element], reverse: bool) -> List[int]:
        """Polygons of geometry properties as occurrences, one property after the other; the number of
        occurrences after each. The fast path takes posList rings, polygons and xlinks; a property with anything
        else (gml:pos, gml:coordinates, OrientableSurface) goes to :meth:`_collect_general`.

        lxml's ``iterdescendants()`` without a tag filter and one dict lookup per element: building lxml's
        multi-tag matcher for every geometry costs more than looking at the few other elements (MultiSurface,
        LinearRing). The property element itself (``lodNMultiSurface``, ``lodNSolid``) is never one of them.
        All properties of an object in one call: the set-up below, per surface, was a tenth of the walk.
        """
        raw = self.raw
        rings, ring_poly, poly_id = raw.rings, raw.ring_poly, raw.poly_id
        occ, occ_reverse = raw.occ_poly, raw.occ_reverse
        hrefs = self.hrefs
        kinds = GEOMETRY_KIND.get
        id_a, id_b = GML_IDS
        ends: List[int] = []
        for geometry in geometries:
            marks = (len(rings), len(poly_id), len(occ), len(hrefs))
            current = -1
            inherited = 0
            for element in geometry.iterdescendants():
                kind = kinds(element.tag)  # type: ignore[arg-type]
                if kind is None:
                    continue
                if kind == POSLIST:
                    if current < 0:
                        continue
                    dimension = element.get("srsDimension")
                    if dimension != "3":
                        if dimension is None:
                            inherited = inherited or self._dimension(element, None)
                        self._require_3d(inherited if dimension is None else self._dimension(element, dimension))
                    rings.append(element.text or "")
                    ring_poly.append(current)
                elif kind == POLYGON:
                    current = len(poly_id)
                    poly_id.append(element.get(id_a) or element.get(id_b))
                    occ.append(current)
                    occ_reverse.append(reverse)
                elif kind == MEMBER:
                    href = element.get(XLINK_HREF)
                    if href:
                        hrefs.append((len(occ), href[1:] if href[:1] == "#" else href))
                        occ.append(-1)
                        occ_reverse.append(reverse)
                else:  # this property goes the general way, from its start
                    self._rollback(marks)
                    self._collect_general(geometry, reverse)
                    break
            ends.append(len(occ))
        return ends

    def _require_3d(self, size: int) -> None:
        if size != 3:
            raise BuildingError(msg("{}: {}D coordinates; buildings need x, y and height", self.building_id, size))

    def _dimension(self, pos_list: etree._Element, own: Optional[str]) -> int:
        """The coordinate dimension of a posList: its srsDimension, else the nearest ancestor's, else 3."""
        text = own
        if text is None:
            for ancestor in pos_list.iterancestors():
                text = ancestor.get("srsDimension")
                if text is not None:
                    break
        try:
            return int(text) if text is not None else 3
        except ValueError:
            return 3

    def _rollback(self, marks: Tuple[int, int, int, int]) -> None:
        raw = self.raw
        del raw.rings[marks[0] :], raw.ring_poly[marks[0] :]
        del raw.poly_id[marks[1] :]
        del raw.occ_poly[marks[2] :], raw.occ_reverse[marks[2] :]
        del self.hrefs[marks[3] :]

    def _collect_general(self, geometry: etree._Element, reverse: bool) -> None:
        """Polygons with gml:pos, gml:coordinates, GML 2 rings or OrientableSurface (slower, any nesting)."""
        raw = self.raw
        state = {"current": -1}
        pending: List[str] = []

        def end_ring() -> None:
            if pending and state["current"] >= 0:
                raw.rings.append(" ".join(pending))
                raw.ring_poly.append(state["current"])
            pending.clear()

        skip: set = set()
        for element in geometry.iter(GENERAL_TAGS):
            if element in skip:
                continue
            local = _local(element.tag)
            if local == "OrientableSurface":
                end_ring()
                if element.get("orientation") == "-":
                    skip.update(element.iter())
                    for child in element:
                        self._collect_general(child, not reverse)
                    state["current"] = -1
            elif local == "LinearRing":
                end_ring()
            elif local == "pos":
                pending.append(element.text or "")
            elif local == "coordinates":
                pending.append((element.text or "").replace(",", " "))
            elif local == "posList":
                end_ring()
                pending.append(element.text or "")
                end_ring()
            elif GEOMETRY_KIND.get(element.tag) == POLYGON:  # type: ignore[arg-type]
                end_ring()
                state["current"] = len(raw.poly_id)
                raw.poly_id.append(element.get(GML_IDS[0]) or element.get(GML_IDS[1]))
                raw.occ_poly.append(state["current"])
                raw.occ_reverse.append(reverse)
            elif local in ("surfaceMember", "baseSurface") and element.get(XLINK_HREF):
                href = element.get(XLINK_HREF)
                self.hrefs.append((len(raw.occ_poly), href[1:] if href[:1] == "#" else href))  # type: ignore[index]
                raw.occ_poly.append(-1)
                raw.occ_reverse.append(reverse)
        end_ring()

    # -- xlinks -----------------------------------------------------------------------------------
    def _resolve(self) -> None:
        """Point every xlink:href occurrence at its polygon(s); check the solids' references."""
        raw = self.raw
        ids = {pid: p for p, pid in enumerate(raw.poly_id[self.first_polygon :], self.first_polygon) if pid}
        groups: Dict[str, List[int]] = {}
        expand = False
        for position, target in self.hrefs:
            polygon = ids.get(target)
            if polygon is None:
                if not self._group(target, ids, groups):
                    raise BuildingError(
                        msg('{}: xlink:href="#{}" points to no polygon in the building', self.building_id, target)
                    )
                if len(groups[target]) > 1:
                    expand = True  # a whole MultiSurface: one occurrence per polygon, below
                    continue
                polygon = groups[target][0]
            raw.occ_poly[position] = polygon
        if expand:
            self._expand_group_refs(groups)
        for object_id, refs in self.solid_refs:
            for target in set(ref[1:] if ref[:1] == "#" else ref for ref in refs).difference(ids):
                if target not in groups and not self._find_any(target):
                    raise BuildingError(
                        msg('{}: xlink:href="#{}" points to no polygon in the building', object_id, target)
                    )

    def _find_any(self, target: str) -> bool:
        """True when an element with gml:id ``target`` inside the building holds polygons."""
        element = self._find(target)
        return element is not None and next(element.iter(POLYGON_TAGS), None) is not None

    def _group(self, target: str, ids: Dict[str, int], groups: Dict[str, List[int]]) -> bool:
        """The polygons of the element with gml:id ``target`` — a polygon not read yet (e.g. inside a solid that
        thematic surfaces point into) or a MultiSurface/CompositeSurface/Shell — read now; the slow path of
        references that do not name an already read polygon."""
        if target in groups:
            return True
        element = self._find(target)
        if element is None:
            return False
        raw = self.raw
        first, occurrences = len(raw.poly_id), len(raw.occ_poly)
        self._collect_general(element, False)
        del raw.occ_poly[occurrences:], raw.occ_reverse[occurrences:]  # read as polygons, not as occurrences
        members = list(range(first, len(raw.poly_id)))
        for polygon in members:
            if raw.poly_id[polygon]:
                ids.setdefault(raw.poly_id[polygon], polygon)  # type: ignore[arg-type]
        if not members:
            return False
        groups[target] = members
        return True

    def _find(self, target: str) -> Optional[etree._Element]:
        if self.element is None or '"' in target:
            return None
        for namespace in GML_NS:
            found = self.element.xpath(f'.//*[@gml:id="{target}"]', namespaces={"gml": namespace})
            if found:
                return found[0]
        return None

    def _expand_group_refs(self, groups: Dict[str, List[int]]) -> None:
        """Occurrences referring to a whole MultiSurface/CompositeSurface become one occurrence per polygon."""
        raw = self.raw
        targets = dict(self.hrefs)
        start = min(position for position, _ in self.hrefs)
        old_poly, old_reverse = raw.occ_poly[start:], raw.occ_reverse[start:]
        new_poly: List[int] = []
        new_reverse: List[bool] = []
        new_index: List[int] = []
        for offset, (polygon, reverse) in enumerate(zip(old_poly, old_reverse)):
            new_index.append(len(new_poly))
            target = targets.get(start + offset)
            if polygon >= 0 or target is None:
                new_poly.append(polygon)
                new_reverse.append(reverse)
                continue
            members = groups[target]
            new_poly.extend(members)
            new_reverse.extend([reverse] * len(members))
        new_index.append(len(new_poly))
        del raw.occ_poly[start:], raw.occ_reverse[start:]
        raw.occ_poly.extend(new_poly)
        raw.occ_reverse.extend(new_reverse)
        for k, end in enumerate(raw.surf_occ_end):
            if end > start:
                raw.surf_occ_end[k] = start + new_index[end - start]


LOD_RANK = (10, 9, 0, 1, 2)  # preference of a surface's geometry by LoD: 2, 3, 4, then 1, 0


def srs_names(element: etree._Element) -> List[str]:
    """All srsName attributes inside an element (a building)."""
    return list(set(SRS_NAMES(element)))
