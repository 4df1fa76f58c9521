"""Download WFS features of an area, streaming, split on the server's count limit.

The ALKIS-vereinfacht WFS of GEObasis.NRW answers GetFeature but does not implement result
paging (``ImplementsResultPaging`` FALSE in its 2022 capabilities, tests/data/ogc). A request
that returns as many features as the count limit may have been cut, so the box is split into
four quadrants (a quadtree) and each is asked again. Features cut by box edges come back from
several boxes; they are de-duplicated by their ``gml:id`` — the only state kept, so memory stays
flat with the number of features. Responses are parsed with lxml ``iterparse`` and each feature
is handed on as soon as it is complete.

Axis order: a ``urn:ogc:def:crs:EPSG::4258`` (or ``http://www.opengis.net/def/crs/EPSG/0/…``)
srsName means the authority axis order, latitude first, for geographic CRSs (OGC 09-025r2
WFS 2.0 §7.9.2.4.4, GML 3.2 §10.1.3.1); the short form ``EPSG:xxxx`` is read as x/y. Geometries
are reprojected to EPSG:25832 with pyproj and handed on as WKT.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
import requests
from lxml import etree

from . import proj
from .errors import NrwTwinError
from .messages import msg
from .ogc_http import (
    BODY_ERRORS,
    TransientError,
    backoff,
    exception_text_from_root,
    local_name,
    make_session,
    ogc_get,
    service_error,
    short_reason,
)
from .progress import NullProgress, Progress, check_canceled
from .services import Service, ServiceLayer

TARGET_EPSG = 25832
GML_NAMESPACES = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
MEMBER_TAGS = {
    "{http://www.opengis.net/wfs/2.0}member",
    "{http://www.opengis.net/gml}featureMember",
    "{http://www.opengis.net/gml}featureMembers",
    "{http://www.opengis.net/gml/3.2}featureMember",
    "{http://www.opengis.net/gml/3.2}featureMembers",
}
GEOMETRY_NAMES = {
    "Point",
    "LineString",
    "Curve",
    "Polygon",
    "Surface",
    "MultiPoint",
    "MultiLineString",
    "MultiCurve",
    "MultiPolygon",
    "MultiSurface",
    "CompositeSurface",
    "Solid",
    "MultiSolid",
    "CompositeCurve",
    "LinearRing",
    "Shell",
}
ID_ATTRIBUTES = ("{http://www.opengis.net/gml/3.2}id", "{http://www.opengis.net/gml}id", "fid", "id")
ADV_CRS = {"ETRS89_UTM32": 25832, "ETRS89_UTM33": 25833, "ETRS89_Lat-Lon": 4258}
#: Default cap of GetFeature requests per run (nrwtwin:downloadwfs MAX_REQUESTS): the ALKIS WFS sends
#: 10,000 features per answer, so 200 requests cover well over a million parcels of a large city.
DEFAULT_MAX_REQUESTS = 200
#: Features per answer whose geometry is compared with the box asked for (a server that ignores BBOX
#: sends mostly features outside it from the first one on).
BBOX_SAMPLE = 64
BBox = Tuple[float, float, float, float]


class UnexpectedDocument(NrwTwinError):
    """A well-formed XML answer that is neither a feature collection nor an exception report."""


@dataclass
class WfsFeature:
    """One feature: its id (gml:id), attributes as text, geometry as WKT in EPSG:25832."""

    id: str
    attributes: Dict[str, str]
    wkt: Optional[str]
    geometry_type: Optional[str]
    parts: Any = field(default=None, repr=False, compare=False)  # parsed coordinates (parse_geometry)

    @property
    def bounds(self) -> Optional[BBox]:
        """(xmin, ymin, xmax, ymax) of the geometry in EPSG:25832 (computed when asked)."""
        return parts_bounds(self.parts) if self.parts else None


@dataclass
class WfsStats:
    requests: int = 0
    features: int = 0
    duplicates: int = 0
    splits: int = 0
    retries: int = 0
    truncated_boxes: int = 0
    skipped_geometries: int = 0
    boxes: List[BBox] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# CRS and axis order


@lru_cache(maxsize=64)
def epsg_of(srs_name: str) -> Optional[int]:
    """EPSG code of an srsName (``EPSG:25832``, ``urn:ogc:def:crs:EPSG::4258``, OGC http URI,
    AdV ``urn:adv:crs:ETRS89_UTM32*…``)."""
    text = srs_name.strip()
    for prefix, code in ADV_CRS.items():
        if text.startswith("urn:adv:crs:" + prefix):
            return code
    match = re.search(r"EPSG(?::|/0/|::|:[\d.]*:)(\d+)$", text, re.IGNORECASE)
    if match:
        return int(match.group(1))
    match = re.search(r"(\d{4,6})$", text)
    return int(match.group(1)) if match else None


#: Authority axis order of common CRSs (EPSG registry), so the usual cases need no pyproj lookup.
NORTHING_FIRST = {
    25832: False,
    25833: False,
    3857: False,
    3044: True,
    3045: True,
    4258: True,
    4326: True,
    4937: True,
    4979: True,
    31466: True,
    31467: True,
    31468: True,
    31469: True,
}


@lru_cache(maxsize=32)
def _latitude_first(epsg: int) -> bool:
    if epsg in NORTHING_FIRST:
        return NORTHING_FIRST[epsg]
    axis = proj.crs_from_epsg(epsg).axis_info
    return bool(axis) and axis[0].direction.lower() in ("north", "south")


@lru_cache(maxsize=64)
def axis_swapped(srs_name: str) -> bool:
    """True when coordinates under ``srs_name`` come northing/latitude first (authority order)."""
    text = srs_name.strip()
    if not (text.lower().startswith("urn:") or text.lower().startswith("http")):
        return False  # short form EPSG:xxxx: x/y by long-standing convention
    if text.startswith("urn:adv:crs:"):
        return epsg_of(text) == 4258
    code = epsg_of(text)
    return code is not None and _latitude_first(code)


def _transformer(epsg: int, target: int):
    return proj.transformer(epsg, target)


def to_target(coords: np.ndarray, srs_name: str, target: int = TARGET_EPSG) -> np.ndarray:
    """Coordinates (n, 2|3) under ``srs_name`` → EPSG:``target`` x/y(/z)."""
    if axis_swapped(srs_name):
        coords = coords.copy()
        coords[:, [0, 1]] = coords[:, [1, 0]]
    code = epsg_of(srs_name) if srs_name else target
    if code is None:
        raise NrwTwinError(
            msg("Unknown coordinate reference system '{}' in the WFS response. Check 'crs' in the services override.",
                srs_name)
        )
    if code == target:
        return coords
    x, y = _transformer(code, target).transform(coords[:, 0], coords[:, 1])
    out = coords.astype(float, copy=True)
    out[:, 0], out[:, 1] = x, y
    return out


def bbox_in_crs(bbox: BBox, epsg: int) -> BBox:
    """An EPSG:25832 box as the bounding box of its densified outline in ``epsg`` (x/y order)."""
    if epsg == TARGET_EPSG:
        return bbox
    return _transformed_bounds(bbox, TARGET_EPSG, epsg)


def _transformed_bounds(bbox: BBox, source: int, target: int) -> BBox:
    """The bounding box in ``target`` of ``bbox``'s outline in ``source``, densified to 21 points a side
    (so a curved edge stays inside)."""
    xmin, ymin, xmax, ymax = bbox
    t = np.linspace(0.0, 1.0, 21)
    xs = np.concatenate([xmin + (xmax - xmin) * t, np.full(21, xmax), xmax - (xmax - xmin) * t, np.full(21, xmin)])
    ys = np.concatenate([np.full(21, ymin), ymin + (ymax - ymin) * t, np.full(21, ymax), ymax - (ymax - ymin) * t])
    x, y = _transformer(source, target).transform(xs, ys)
    return float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y))


# --------------------------------------------------------------------------------------------
# Requests


def getfeature_params(service: Service, layer: ServiceLayer, bbox: BBox, count: int) -> List[Tuple[str, str]]:
    """KVP GetFeature parameters (WFS 2.0.0: OGC 09-025r2 §7.6; WFS 1.1.0: OGC 04-094 §14.7)."""
    version = service.version or "2.0.0"
    epsg = epsg_of(service.crs) or TARGET_EPSG
    box = bbox_in_crs(bbox, epsg)
    if version.startswith("2"):
        srs = f"urn:ogc:def:crs:EPSG::{epsg}"
    else:
        srs = (
            service.get("srs_name_form", "EPSG:{epsg}").format(epsg=epsg)
            if version.startswith("1.1")
            else f"EPSG:{epsg}"
        )
    if axis_swapped(srs):
        box = (box[1], box[0], box[3], box[2])
    bbox_text = ",".join(_fmt(v) for v in box) + "," + srs
    params: List[Tuple[str, str]] = [("SERVICE", "WFS"), ("VERSION", version), ("REQUEST", "GetFeature")]
    prefix = layer.name.split(":", 1)[0] if ":" in layer.name else None
    namespace = (service.get("namespaces") or {}).get(prefix) if prefix else None
    if version.startswith("2"):
        params += [("TYPENAMES", layer.name), ("COUNT", str(count))]
        if namespace:
            params.append(("NAMESPACES", f"xmlns({prefix},{namespace})"))
    else:
        params += [("TYPENAME", layer.name), ("MAXFEATURES", str(count))]
        if namespace:
            params.append(("NAMESPACE", f"xmlns({prefix}={namespace})"))
    params += [("SRSNAME", srs), ("BBOX", bbox_text)]
    return params


def _fmt(value: float) -> str:
    return f"{value:.10g}" if abs(value) < 1000 else f"{value:.3f}"


# --------------------------------------------------------------------------------------------
# GML geometry → WKT


def _coords(element: Any, srs: str, dim: int) -> np.ndarray:
    """Coordinates of a posList/pos/coordinates sequence under ``element`` as (n, dim) array."""
    values: List[str] = []
    local_dim = dim
    for child in element.iter():
        name = local_name(child.tag)
        if name in ("posList", "pos"):
            local_dim = int(child.get("srsDimension") or child.get("dimension") or dim)
            values.extend((child.text or "").split())
        elif name == "coordinates":
            tuples = (child.text or "").split()
            for item in tuples:
                parts = item.split(",")
                local_dim = len(parts)
                values.extend(parts)
    if not values:
        return np.zeros((0, local_dim))
    array = np.asarray(values, dtype=float).reshape(-1, local_dim)
    return to_target(array, srs)


def _rings(polygon: Any, srs: str, dim: int) -> List[np.ndarray]:
    rings = []
    for child in polygon:
        name = local_name(child.tag)
        if name in ("exterior", "outerBoundaryIs", "interior", "innerBoundaryIs"):
            ring = _coords(child, srs, dim)
            if len(ring) >= 3:
                if name in ("exterior", "outerBoundaryIs"):
                    rings.insert(0, ring)
                else:
                    rings.append(ring)
    return rings


def _members(element: Any) -> Iterator[Any]:
    """Member geometries of an aggregate (Multi*, Composite*, Shell, Solid exterior)."""
    for child in element:
        name = local_name(child.tag)
        if name.endswith("Member") or name.endswith("Members") or name == "exterior":
            for geometry in child:
                if local_name(geometry.tag) in GEOMETRY_NAMES:
                    yield geometry


def parse_geometry(element: Any, srs: str = "", dim: int = 2) -> Tuple[str, List[Any]]:
    """A GML geometry element → (kind, parts) with kind Point/LineString/Polygon (parts = one
    list per single geometry; polygons as lists of rings). Coordinates in EPSG:25832."""
    srs = element.get("srsName") or srs
    dim = int(element.get("srsDimension") or dim)
    name = local_name(element.tag)
    if name == "Point":
        return "Point", [_coords(element, srs, dim)]
    if name in ("LineString", "LinearRing"):
        return "LineString", [_coords(element, srs, dim)]
    if name in ("Curve", "CompositeCurve"):
        return "LineString", [_coords(element, srs, dim)]
    if name == "Polygon":
        return "Polygon", [_rings(element, srs, dim)]
    if name in ("Surface",):
        patches = [patch for patch in element.iter() if local_name(patch.tag) == "PolygonPatch"]
        return "Polygon", [_rings(patch, srs, dim) for patch in patches]
    kinds: Dict[str, List[Any]] = {}
    for member in _members(element):
        kind, parts = parse_geometry(member, srs, dim)
        kinds.setdefault(kind, []).extend(parts)
    if not kinds:
        return "Unknown", []
    kind = max(kinds, key=lambda k: len(kinds[k]))
    return kind, kinds[kind]


def _fmt_coords(coords: np.ndarray, with_z: bool) -> str:
    if with_z and coords.shape[1] >= 3:
        return ", ".join(f"{x:.4f} {y:.4f} {z:.4f}" for x, y, z in coords[:, :3])
    if with_z:
        return ", ".join(f"{x:.4f} {y:.4f} 0" for x, y in coords[:, :2])
    return ", ".join(f"{x:.4f} {y:.4f}" for x, y in coords[:, :2])


def _closed(ring: np.ndarray) -> np.ndarray:
    return ring if ring[0].tolist() == ring[-1].tolist() else np.vstack([ring, ring[:1]])


def to_wkt(kind: str, parts: Sequence[Any], multi: bool = True, with_z: bool = False) -> Optional[str]:
    """WKT (ISO 19125) of the parsed geometry; ``multi`` promotes single geometries."""
    parts = [p for p in parts if (len(p) if not isinstance(p, np.ndarray) else p.shape[0])]
    if not parts:
        return None
    z = " Z" if with_z else ""
    if kind == "Point":
        items = [f"({_fmt_coords(p[:1], with_z)})" for p in parts]
        return f"MULTIPOINT{z} ({', '.join(items)})" if multi or len(items) > 1 else f"POINT{z} {items[0]}"
    if kind == "LineString":
        items = [f"({_fmt_coords(p, with_z)})" for p in parts]
        return f"MULTILINESTRING{z} ({', '.join(items)})" if multi or len(items) > 1 else f"LINESTRING{z} {items[0]}"
    if kind == "Polygon":
        items = ["(" + ", ".join(f"({_fmt_coords(_closed(r), with_z)})" for r in poly) + ")" for poly in parts]
        return f"MULTIPOLYGON{z} ({', '.join(items)})" if multi or len(items) > 1 else f"POLYGON{z} {items[0]}"
    return None


# --------------------------------------------------------------------------------------------
# Streaming parser


def _feature_id(element: Any, attributes: Dict[str, str], wkt: Optional[str]) -> str:
    for name in ID_ATTRIBUTES:
        value = element.get(name)
        if value:
            return value
    digest = hashlib.sha1(repr((sorted(attributes.items()), wkt)).encode("utf-8")).hexdigest()
    return "sha1:" + digest


def _is_geometry(element: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.startswith("{") and tag[1:].split("}", 1)[0] in GML_NAMESPACES and local_name(tag) in GEOMETRY_NAMES


def feature_from_element(
    element: Any, default_srs: str, geometry_type: Optional[str] = None, stats: Optional[WfsStats] = None
) -> WfsFeature:
    """Attributes (text of the simple properties) and the first geometry of a feature element."""
    attributes: Dict[str, str] = {}
    wkt = None
    kind = None
    geometry_parts = None
    with_z = bool(geometry_type and geometry_type.upper().endswith("Z"))
    multi = geometry_type is None or geometry_type.lower().startswith("multi")
    for prop in element:
        name = local_name(prop.tag)
        if not name or name == "boundedBy":
            continue
        geometry = next((child for child in prop if _is_geometry(child)), None)
        if geometry is not None:
            if wkt is None:
                kind, parts = parse_geometry(geometry, default_srs)
                if geometry_type and kind != "Unknown" and kind.lower() not in geometry_type.lower():
                    if stats is not None:
                        stats.skipped_geometries += 1
                    continue
                wkt = to_wkt(kind, parts, multi=multi, with_z=with_z)
                geometry_parts = parts if wkt is not None else None
                if wkt is None and stats is not None:
                    stats.skipped_geometries += 1
            continue
        if len(prop):
            text = " ".join(t.strip() for t in prop.itertext() if t.strip())
        else:
            text = (prop.text or "").strip() or prop.get("{http://www.w3.org/1999/xlink}href", "")
        attributes[name] = f"{attributes[name]}; {text}" if name in attributes else text
    return WfsFeature(_feature_id(element, attributes, wkt), attributes, wkt, kind, geometry_parts)


def parts_bounds(parts: Sequence[Any]) -> Optional[BBox]:
    """(xmin, ymin, xmax, ymax) of parsed geometry parts (nested lists of coordinate arrays)."""
    arrays: List[np.ndarray] = []
    pending = list(parts)
    while pending:
        item = pending.pop()
        if isinstance(item, np.ndarray):
            if item.size:
                arrays.append(item[:, :2])
        else:
            pending.extend(item)
    if not arrays:
        return None
    xy = np.vstack(arrays)
    return float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())


def iter_features(
    stream: IO[bytes],
    default_srs: str = "",
    geometry_type: Optional[str] = None,
    stats: Optional[WfsStats] = None,
    on_exception: Optional[Any] = None,
) -> Iterator[WfsFeature]:
    """Features of a GetFeature response read from ``stream``, one at a time (lxml iterparse).

    An OGC exception document raises ``on_exception(text)`` (default: NrwTwinError(text)).
    """
    context = etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        huge_tree=True,
        remove_comments=True,
    )
    root_seen = False
    for event, element in context:
        if not root_seen and event == "start":
            root_seen = True
            if local_name(element.tag) in ("ServiceExceptionReport", "ExceptionReport"):
                for _ in context:
                    pass
                text = exception_text_from_root(element)
                if on_exception is not None:
                    raise on_exception(text)
                raise NrwTwinError(text)
            if local_name(element.tag) not in ("FeatureCollection", "SimpleFeatureCollection"):
                root_name = local_name(element.tag)
                raise UnexpectedDocument(msg("the answer is a <{}> document, not a feature collection", root_name))
            continue
        if event != "end":
            continue
        parent = element.getparent()
        if parent is None or parent.tag not in MEMBER_TAGS:
            continue
        yield feature_from_element(element, default_srs, geometry_type, stats)
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
        grand = parent.getparent()
        if grand is not None and parent.tag.endswith("member"):
            while parent.getprevious() is not None:
                del grand[0]


# --------------------------------------------------------------------------------------------
# Download with quadtree split


def _quadrants(box: BBox) -> List[BBox]:
    xmin, ymin, xmax, ymax = box
    xm, ym = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
    return [(xmin, ymin, xm, ym), (xm, ymin, xmax, ym), (xmin, ym, xm, ymax), (xm, ym, xmax, ymax)]


def _box_text(box: BBox) -> str:
    return "(" + ", ".join(f"{v:.1f}" for v in box) + ")"


def fetch_box(
    session: requests.Session,
    service: Service,
    layer: ServiceLayer,
    box: BBox,
    count: int,
    stats: WfsStats,
) -> Iterator[WfsFeature]:
    """Stream the features of one GetFeature request for ``box``.

    Failures another try may cure (5xx, timeouts, resets, a body that stalls, breaks off or is cut)
    raise :class:`~.ogc_http.TransientError`; everything else :class:`NrwTwinError`.
    """
    what = f"GetFeature {layer.name}"
    response = ogc_get(session, service, getfeature_params(service, layer, box, count), what, stream=True)
    response.raw.decode_content = True
    srs = (
        f"urn:ogc:def:crs:EPSG::{epsg_of(service.crs) or TARGET_EPSG}"
        if service.version.startswith("2")
        else service.crs
    )

    def on_exception(text: str) -> NrwTwinError:
        return service_error(
            service,
            what,
            msg("the service reported an error: {}.", text),
            msg("Check the feature type name and the area; try a smaller area."),
        )

    try:
        yield from iter_features(response.raw, srs, layer.geometry, stats, on_exception)
    except UnexpectedDocument as error:
        raise service_error(
            service,
            what,
            msg("{}.", error.args[0]),
            msg("Check the service URL and version in the services override; try again later."),
        ) from error
    except etree.XMLSyntaxError as error:
        raise service_error(
            service,
            what,
            msg("the answer is not valid XML or was cut off ({}).", str(error)),
            msg("Try again later; if it persists, check the service URL."),
            transient=True,
        ) from error
    except BODY_ERRORS as error:
        if "timed out" in str(error).lower() or isinstance(error, TimeoutError):
            problem = msg("the answer stopped for longer than {:g} s.", service.timeout)
        else:
            problem = msg("the connection broke off ({}).", short_reason(error))
        raise service_error(
            service,
            what,
            problem,
            msg("The service may be overloaded: try again later or with a smaller area."),
            transient=True,
        ) from error
    finally:
        response.close()


def _intersects(a: BBox, b: BBox, tolerance: float) -> bool:
    return (
        a[0] <= b[2] + tolerance
        and a[2] >= b[0] - tolerance
        and a[1] <= b[3] + tolerance
        and a[3] >= b[1] - tolerance
    )


def requested_area(box: BBox, service: Service) -> BBox:
    """The part of EPSG:25832 that the BBOX sent for ``box`` covers (larger than ``box`` when the
    service's CRS is another one: the box is sent as the bounds of its outline in that CRS)."""
    epsg = epsg_of(service.crs) or TARGET_EPSG
    if epsg == TARGET_EPSG:
        return box
    sent = bbox_in_crs(box, epsg)
    return bbox_from_crs(sent, epsg)


def bbox_from_crs(bbox: BBox, epsg: int) -> BBox:
    """A box in ``epsg`` (x/y order) as the bounding box of its densified outline in EPSG:25832."""
    return _transformed_bounds(bbox, epsg, TARGET_EPSG)


@dataclass
class _BoxTally:
    """What one box's answer held: features, and how many of them lie outside the box asked for."""

    returned: int = 0
    sampled: int = 0
    outside: int = 0


class _Download:
    """One run of :func:`download_features`: the quadtree walk, retries, the request cap."""

    def __init__(self, service, layer, session, progress, stats, max_requests) -> None:
        self.service, self.layer, self.session = service, layer, session
        self.progress, self.stats, self.max_requests = progress, stats, max_requests
        self.limit = max(1, int(service.get("max_features", 10000)))
        self.seen: set = set()
        self.what = f"GetFeature {layer.name}"

    def box_features(self, box: BBox, tally: _BoxTally) -> Iterator[WfsFeature]:
        """New features of ``box`` (tried again on transient failures); fills ``tally``."""
        covered = requested_area(box, self.service)
        tolerance = 1.0 + 1e-6 * max(abs(v) for v in covered)
        earlier_tries: set = set()  # ids received by failed tries of this box: not duplicates when resent
        attempt = 0
        while True:
            attempt += 1
            self.check_cap()
            self.stats.requests += 1
            tally.returned = tally.sampled = tally.outside = 0
            this_try: List[str] = []
            try:
                for feature in fetch_box(self.session, self.service, self.layer, box, self.limit, self.stats):
                    tally.returned += 1
                    if tally.returned <= BBOX_SAMPLE:  # a sample tells whether the server honours BBOX
                        bounds = feature.bounds
                        tally.sampled += bounds is not None
                        tally.outside += bounds is not None and not _intersects(bounds, covered, tolerance)
                    this_try.append(feature.id)
                    if feature.id in self.seen:
                        self.stats.duplicates += feature.id not in earlier_tries
                        continue
                    self.seen.add(feature.id)
                    self.stats.features += 1
                    yield feature
                    if self.stats.features % 500 == 0:
                        check_canceled(self.progress)
                return
            except TransientError as error:
                earlier_tries.update(this_try)
                self.stats.retries += 1
                backoff(self.service, error, attempt, self.progress)

    def check_cap(self) -> None:
        if self.stats.requests < self.max_requests:
            return
        raise NrwTwinError(
            msg(
                "{} ({}), {}: the area needs more than {:,} requests ({:,} features so far). Choose a smaller area "
                "or raise 'Maximum number of requests'.",
                self.service.display_name,
                self.service.url,
                self.what,
                self.max_requests,
                self.stats.features,
            )
        )

    def check_bbox_honoured(self, box: BBox, tally: _BoxTally) -> None:
        """Stop when a full answer is mostly outside its box: splitting could never finish."""
        if tally.outside * 2 <= tally.sampled:
            return
        raise NrwTwinError(
            msg(
                "{} ({}), {}: the server ignores the area (BBOX) when an answer reaches its limit of {:,} features: "
                "{:,} of the first {:,} features it sent for the box {} lie outside it, so splitting the area cannot "
                "get the rest. Raise 'max_features' of the service in the services override to the server's "
                "own limit, or download a smaller area.",
                self.service.display_name,
                self.service.url,
                self.what,
                self.limit,
                tally.outside,
                tally.sampled,
                _box_text(box),
            )
        )


def download_features(
    service: Service,
    layer: ServiceLayer,
    bbox: BBox,
    session: Optional[requests.Session] = None,
    progress: Progress = NullProgress(),
    stats: Optional[WfsStats] = None,
    max_depth: int = 12,
    min_box_size: float = 1.0,
    max_requests: int = DEFAULT_MAX_REQUESTS,
) -> Iterator[WfsFeature]:
    """Yield every feature of ``layer`` in ``bbox`` once, splitting the box on the count limit.

    Parameters
    ----------
    service, layer : the WFS and feature type from the catalogue; ``service.max_features`` is sent
        as COUNT/MAXFEATURES. A response that returns that many is treated as cut: its box is split
        into quadrants (depth ≤ ``max_depth``, box side ≥ ``min_box_size`` m) and asked again.
    bbox : (xmin, ymin, xmax, ymax) in EPSG:25832 metres.
    max_requests : the most GetFeature requests (retries included) before the run stops with a message.

    Transient failures are tried again (``ogc_http.retry_policy``); features received before a
    failure are not handed on twice. Raises NrwTwinError when nothing at all was found, when the
    server ignores BBOX at its count limit (most features of a full answer outside its box) or when
    ``max_requests`` is reached.
    """
    if bbox[2] <= bbox[0] or bbox[3] <= bbox[1]:
        raise NrwTwinError(msg("The area {} is empty; draw or choose a larger extent.", _box_text(bbox)))
    stats = stats if stats is not None else WfsStats()
    run = _Download(service, layer, session or make_session(), progress, stats, max(1, int(max_requests)))
    total_area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])
    done_area = 0.0
    stack: List[Tuple[BBox, int]] = [(bbox, 0)]
    while stack:
        check_canceled(progress)
        box, depth = stack.pop()
        tally = _BoxTally()
        yield from run.box_features(box, tally)
        stats.boxes.append(box)
        if tally.returned >= run.limit:
            run.check_bbox_honoured(box, tally)
            size = min(box[2] - box[0], box[3] - box[1])
            if depth < max_depth and size / 2.0 >= min_box_size:
                stats.splits += 1
                stack.extend((quadrant, depth + 1) for quadrant in reversed(_quadrants(box)))
                continue
            stats.truncated_boxes += 1
            progress.warning(
                msg(
                    "{}: the box {} still reaches the limit of {:,} features at the smallest split size; "
                    "some features may be missing there.",
                    service.display_name,
                    _box_text(box),
                    run.limit,
                )
            )
        done_area += (box[2] - box[0]) * (box[3] - box[1])
        progress.set_progress(100.0 * done_area / total_area)
    if stats.features == 0:
        raise service_error(
            service,
            run.what,
            msg("no features in the area {} (EPSG:25832).", _box_text(bbox)),
            msg("Check that the area lies in North Rhine-Westphalia and that the feature type is the right one."),
        )
    progress.info(
        msg(
            "{}: {:,} features from {:,} requests ({:,} splits at the limit of {:,}, {:,} duplicates skipped, "
            "{:,} tried again).",
            service.display_name,
            stats.features,
            stats.requests,
            stats.splits,
            run.limit,
            stats.duplicates,
            stats.retries,
        )
    )
