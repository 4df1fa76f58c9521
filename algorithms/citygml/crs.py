"""Coordinate reference systems of 3D city models: srsName → CRS (PROJ via pyproj), axis order, the metric CRS
measures are taken in, plausibility of coordinates.

srsName forms read (OGC 07-092r3 "Definition identifier URNs in OGC namespace", OGC naming authority URIs,
the AdV "CRS-Registry" of the GeoInfoDok):

* AdV URNs ``urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH[*GCG2016]`` (UTM 31–33, Gauss-Krüger 2–5, DHHN2016/92/12);
* one EPSG code: ``urn:ogc:def:crs:EPSG::25832`` (also versioned), ``http(s)://www.opengis.net/def/crs/EPSG/0/6697``,
  ``EPSG:25832``, ``http://www.opengis.net/gml/srs/epsg.xml#25832`` — the code may itself be compound
  (EPSG:7415 = RD New + NAP height, EPSG:6697 = JGD2011 + height);
* two codes, horizontal + vertical: ``urn:ogc:def:crs,crs:EPSG::27700,crs:EPSG::5701``, ``EPSG::a,EPSG::b``,
  ``http://www.opengis.net/def/crs-compound?1=…&2=…``, ``EPSG:25832+7837``.

Any code PROJ knows is accepted. An unknown height system is a warning (heights are kept as given); an unknown
horizontal CRS stops the import.

Axis order: URN and HTTP URI forms follow the order of the CRS definition (EPSG:6697 and EPSG:4326 are latitude
first, EPSG:31467 northing first); the short ``EPSG:n`` form, ``epsg.xml#n`` and AdV URNs are easting/longitude
first, as GDAL reads them. Because producers do not always follow the definition, the order is checked against
the CRS's area of use (:func:`check_sample`), and swapped, with a warning, when only the other order fits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from pyproj import CRS, Transformer

from .. import proj
from ..errors import NrwTwinError
from ..messages import Message, msg

# AdV horizontal CRS names → EPSG codes (ETRS89/UTM and DHDN Gauss-Krüger zones).
ADV_HORIZONTAL = {
    "ETRS89_UTM31": 25831,
    "ETRS89_UTM32": 25832,
    "ETRS89_UTM33": 25833,
    "DE_DHDN_3GK2": 31466,
    "DE_DHDN_3GK3": 31467,
    "DE_DHDN_3GK4": 31468,
    "DE_DHDN_3GK5": 31469,
}
# AdV height systems → EPSG vertical CRS codes.
ADV_VERTICAL = {
    "DE_DHHN2016_NH": 7837,
    "DE_DHHN92_NH": 5783,
    "DE_DHHN12_NOH": 7699,
}
ADV_GEOIDS = {"GCG2016", "GCG2005", "GCG2011"}

# Degrees (geographic CRS) and metres (projected CRS) added around a CRS's area of use before coordinates count
# as "far outside" it.
AREA_MARGIN_DEG = 3.0
AREA_MARGIN_M = 300_000.0

_SINGLE_URN = re.compile(r"^urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?(\d+)$", re.I)
_CRS84 = re.compile(
    r"^(?:urn:ogc:def:crs:ogc:[0-9.]*:crs84|https?://www\.opengis\.net/def/crs/ogc/[0-9.]+/crs84)$", re.I
)
_SINGLE_URI = re.compile(r"^https?://www\.opengis\.net/def/crs/epsg/[0-9.]+/(\d+)$", re.I)
_SHORT = re.compile(r"^epsg:(\d+)(?:\+(\d+))?$", re.I)
_GML_SRS = re.compile(r"^https?://www\.opengis\.net/gml/srs/epsg\.xml#(\d+)$", re.I)
_ANY_CODE = re.compile(r"epsg(?:/[0-9.]+/|:[0-9.]*:|:)(\d+)", re.I)


@dataclass(frozen=True)
class CrsInfo:
    """A CRS read from an srsName (or given by the user): horizontal and optional vertical part.

    ``swap``: the file writes northing/latitude first; the reader swaps to x = easting/longitude.
    """

    srs_name: str
    horizontal: object  # pyproj.CRS of x/y (2D, or a 3D geographic CRS)
    horizontal_epsg: Optional[int]
    vertical_epsg: Optional[int] = None
    swap: bool = False
    notes: Tuple[Message, ...] = field(default=(), compare=False)

    @property
    def authid(self) -> str:
        """``EPSG:<code>`` of the horizontal CRS (what QGIS layers use), else its name."""
        if self.horizontal_epsg:
            return f"EPSG:{self.horizontal_epsg}"
        return str(getattr(self.horizontal, "name", "") or "custom CRS")

    @property
    def compound_authid(self) -> str:
        """``EPSG:<h>+<v>`` when the height system is known (PROJ syntax for a compound CRS)."""
        if self.horizontal_epsg and self.vertical_epsg:
            return f"EPSG:{self.horizontal_epsg}+{self.vertical_epsg}"
        return self.authid

    @property
    def is_geographic(self) -> bool:
        return bool(self.horizontal.is_geographic)

    @property
    def is_metric(self) -> bool:
        """Projected with metre axes: areas and volumes may be measured in it."""
        return is_metric(self.horizontal)

    def with_swap(self, swap: bool) -> "CrsInfo":
        return CrsInfo(self.srs_name, self.horizontal, self.horizontal_epsg, self.vertical_epsg, swap, self.notes)


def is_metric(crs) -> bool:
    """True for a projected CRS whose horizontal axes are in metres."""
    if not crs.is_projected:
        return False
    return all(abs(axis.unit_conversion_factor - 1.0) < 1e-12 for axis in crs.axis_info[:2])


def first_axis_north(crs) -> bool:
    """True when the CRS defines northing or latitude as its first axis."""
    axes = crs.axis_info
    return bool(axes) and axes[0].direction.lower() in ("north", "south")


def _epsg_crs(code: int):
    return proj.crs_from_epsg(code)


def _known_epsg(code: int):
    try:
        return _epsg_crs(code)
    except Exception:  # noqa: BLE001 - pyproj.exceptions.CRSError and PROJ database errors alike
        return None


def _adv(name: str) -> Optional[Tuple[List[int], bool, Tuple[Message, ...]]]:
    if not name.lower().startswith("urn:adv:crs:"):
        return None
    parts = name[len("urn:adv:crs:") :].split("*")
    horizontal = ADV_HORIZONTAL.get(parts[0])
    if horizontal is None:
        return None
    codes = [horizontal]
    notes: List[Message] = []
    for extra in parts[1:]:
        if extra in ADV_VERTICAL:
            codes.append(ADV_VERTICAL[extra])
        elif extra not in ADV_GEOIDS:
            notes.append(msg("The height system {} of srsName {} is unknown; heights are kept as given.", extra, name))
    return codes, False, tuple(notes)


def _epsg_codes(name: str) -> Optional[Tuple[List[int], bool]]:
    """EPSG codes named by an srsName and whether the file follows the CRS's axis order (URN/URI forms)."""
    for pattern in (_SINGLE_URN, _SINGLE_URI):
        match = pattern.match(name)
        if match:
            return [int(match.group(1))], True
    match = _SHORT.match(name)
    if match:
        return [int(code) for code in match.groups() if code], False
    match = _GML_SRS.match(name)
    if match:
        return [int(match.group(1))], False
    lowered = name.lower()
    if lowered.startswith(("urn:", "http://", "https://", "epsg::")) and ("," in name or "compound" in lowered):
        codes = [int(code) for code in _ANY_CODE.findall(name)]
        if codes:
            return codes, not lowered.startswith("epsg:")
    return None


def _unknown(name: str, source: str) -> NrwTwinError:
    return NrwTwinError(
        msg(
            '{} uses the unknown coordinate reference system srsName="{}". Known are all EPSG codes of PROJ '
            "(urn:ogc:def:crs:EPSG::25832, http://www.opengis.net/def/crs/EPSG/0/25832, compound forms) and AdV "
            "URNs (urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH). Set the parameter SOURCE_CRS (Source CRS) to the "
            "CRS of the coordinates, or correct the srsName.",
            source,
            name,
        )
    )


def _split_codes(codes: Sequence[int], name: str, source: str) -> Tuple[object, Optional[int], Optional[int], list]:
    """(horizontal pyproj CRS, its EPSG code, vertical EPSG code, notes) of the codes of one srsName."""
    notes: List[Message] = []
    horizontal = None
    horizontal_code: Optional[int] = None
    vertical_code: Optional[int] = None
    for code in codes:
        crs = _known_epsg(code)
        if crs is None:
            if horizontal is None and code == codes[0]:
                raise _unknown(name, source)
            notes.append(
                msg("The height system EPSG:{} of {} is unknown to PROJ; heights are kept as given.", code, source)
            )
            continue
        if crs.is_compound:
            sub = crs.sub_crs_list
            horizontal, horizontal_code = sub[0], sub[0].to_epsg()
            vertical_code = sub[1].to_epsg() if len(sub) > 1 else None
        elif crs.is_vertical:
            vertical_code = code
        elif horizontal is None:
            horizontal, horizontal_code = crs, code
        else:
            raise _unknown(name, source)
    if horizontal is None:
        raise _unknown(name, source)
    if horizontal.is_geocentric:
        raise NrwTwinError(
            msg("{} uses the geocentric CRS {}; convert the file to a projected or geographic CRS.", source, name)
        )
    return horizontal, horizontal_code, vertical_code, notes


_PARSED: Dict[str, CrsInfo] = {}


def parse_srs_name(srs_name: Optional[str], source: str = "the file") -> CrsInfo:
    """The CRS an srsName stands for; NrwTwinError naming it when it is missing or unknown (see module docstring)."""
    name = (srs_name or "").strip()
    if not name:
        raise no_crs_error(source)
    cached = _PARSED.get(name)
    if cached is not None:
        return cached
    if _CRS84.match(name):
        info = CrsInfo(name, CRS.from_user_input("OGC:CRS84"), 4326, None, False)
        _PARSED[name] = info
        return info
    adv = _adv(name)
    if adv is not None:
        codes, authority_order, notes = adv
    else:
        found = _epsg_codes(name)
        if found is None:
            raise _unknown(name, source)
        (codes, authority_order), notes = found, ()
    horizontal, h_code, v_code, more = _split_codes(codes, name, source)
    swap = authority_order and first_axis_north(horizontal)
    info = CrsInfo(name, horizontal, h_code, v_code, swap, tuple(notes) + tuple(more))
    if len(_PARSED) < 1024:
        _PARSED[name] = info
    return info


def no_crs_error(source: str) -> NrwTwinError:
    return NrwTwinError(
        msg(
            "{} names no coordinate reference system (no srsName). Set the parameter SOURCE_CRS (Source CRS) to "
            "the CRS of its coordinates; the import does not guess it.",
            source,
        )
    )


def user_crs(value: object, what: str = "SOURCE_CRS") -> CrsInfo:
    """A CRS given by the user (EPSG code, "EPSG:x", "EPSG:h+v", WKT, PROJ string or pyproj CRS), easting first."""
    try:
        crs = CRS.from_epsg(value) if isinstance(value, int) else CRS.from_user_input(value)
    except Exception as error:  # noqa: BLE001 - pyproj.exceptions.CRSError
        raise NrwTwinError(msg("{} is not a coordinate reference system PROJ knows: {}", what, str(error))) from None
    vertical = None
    if crs.is_compound:
        sub = crs.sub_crs_list
        crs, vertical = sub[0], (sub[1].to_epsg() if len(sub) > 1 else None)
    if crs.is_vertical or crs.is_geocentric:
        raise NrwTwinError(msg("{} must be a projected or geographic CRS, not {}.", what, crs.name))
    return CrsInfo(str(value) if not hasattr(value, "to_wkt") else crs.name, crs, crs.to_epsg(), vertical, False)


def auto_projected_epsg(lon: float, lat: float) -> int:
    """The projected CRS chosen for data around (lon, lat) in degrees: ETRS89 / UTM 32N or 33N (EPSG:25832/25833,
    split at 12° E as in the German surveying authorities' data) in and around Germany, else WGS 84 / UTM of the
    zone holding the point (EPSG:326zz north, 327zz south)."""
    if 5.5 <= lon <= 15.5 and 47.0 <= lat <= 55.5:
        return 25832 if lon < 12.0 else 25833
    zone = min(60, max(1, int(math.floor((lon + 180.0) / 6.0)) + 1))
    return (32600 if lat >= 0 else 32700) + zone


def _transformer(source_wkt: str, target_wkt: str):
    return proj.transformer(source_wkt, target_wkt)


def xy_transformer(source, target) -> Optional[Callable[[np.ndarray, np.ndarray], Tuple[np.ndarray, np.ndarray]]]:
    """A function (x, y) → (x, y) arrays from ``source`` to ``target`` (pyproj CRSs, easting/longitude first);
    None when both are the same CRS. Heights are not passed: they stay as given."""
    if source.equals(target, ignore_axis_order=True):
        return None
    return _transformer(source.to_wkt(), target.to_wkt()).transform


def to_lonlat(crs, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude (degrees) of easting/northing or longitude/latitude in ``crs``."""
    if crs.is_geographic:
        return np.asarray(x, float), np.asarray(y, float)
    transform = xy_transformer(crs, crs.geodetic_crs)
    with np.errstate(all="ignore"):
        return transform(np.asarray(x, float), np.asarray(y, float)) if transform else (x, y)


@lru_cache(maxsize=64)
def _bounds(wkt: str) -> Optional[Tuple[float, float, float, float]]:
    # Plain numbers are cached across threads; the pyproj objects made here are not (see algorithms/proj.py).
    crs = CRS.from_wkt(wkt)
    area = crs.area_of_use
    if area is None:
        return None
    west, south, east, north = area.bounds
    if crs.is_geographic:
        return (
            max(-180.0, west - AREA_MARGIN_DEG),
            max(-90.0, south - AREA_MARGIN_DEG),
            min(180.0, east + AREA_MARGIN_DEG),
            min(90.0, north + AREA_MARGIN_DEG),
        )
    try:
        transformer = Transformer.from_crs(crs.geodetic_crs, crs, always_xy=True)
        xmin, ymin, xmax, ymax = transformer.transform_bounds(west, south, east, north, densify_pts=21)
    except Exception:  # noqa: BLE001 - a projection that cannot represent its whole area: no check
        return None
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        return None
    margin = max(AREA_MARGIN_M, 0.25 * max(xmax - xmin, ymax - ymin))
    return xmin - margin, ymin - margin, xmax + margin, ymax + margin


def plausible_bounds(crs) -> Optional[Tuple[float, float, float, float]]:
    """(xmin, ymin, xmax, ymax), easting/longitude first, of the CRS's area of use with a generous margin; None
    when the CRS has no area of use (custom CRS)."""
    return _bounds(crs.to_wkt())


def inside(bounds: Tuple[float, float, float, float], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (x >= bounds[0]) & (x <= bounds[2]) & (y >= bounds[1]) & (y <= bounds[3])


def likely_crs(x: float, y: float) -> Optional[Message]:
    """What coordinates (as written, first value first) most likely are, for a message; None when unclear."""
    ax, ay = abs(x), abs(y)
    if ax <= 180 and ay <= 90:
        if 5.0 <= x <= 16.0 and 47.0 <= y <= 56.0:
            return msg("longitude/latitude in degrees (EPSG:4326 or EPSG:4258)")
        return msg("longitude/latitude in degrees (EPSG:4326)")
    if ax <= 90 and ay <= 180:
        return msg("latitude/longitude in degrees (EPSG:4326, latitude first)")
    if 1.5e6 <= x < 5.9e6 and 5.0e6 <= y <= 6.2e6:
        zone = int(x // 1e6)
        if 2 <= zone <= 5:
            return msg("Gauss-Krüger zone {} (EPSG:{})", zone, 31464 + zone)
    if 3.1e7 <= x < 3.4e7 and 5.0e6 <= y <= 6.2e6:
        zone = int(x // 1e6)
        return msg("ETRS89 / UTM zone {}N with the zone number in front of the easting (EPSG:{})", zone,
                   {31: 5649, 32: 4647, 33: 5650}.get(zone, 4647))
    if 1.0e5 <= x <= 9.0e5 and 5.0e6 <= y <= 6.2e6:
        return msg("ETRS89 / UTM zone 32N or 33N (EPSG:25832 or EPSG:25833)")
    if ax < 1.0e5 and ay < 1.0e5:
        return msg("local coordinates without geographic reference")
    return None


def outside_error(name: str, crs: CrsInfo, x: float, y: float) -> NrwTwinError:
    """The message for coordinates far outside the area of use of the file's CRS."""
    guess = likely_crs(x, y)
    area = getattr(crs.horizontal.area_of_use, "name", "") or ""
    if guess is not None:
        return NrwTwinError(
            msg(
                "The coordinates of {} ({:.3f}, {:.3f}) lie far outside the area of use of {} ({}); these look like "
                "{}. Set the parameter SOURCE_CRS (Source CRS) to the CRS of the coordinates, or correct the srsName.",
                name, x, y, crs.authid, area, guess,
            )
        )
    return NrwTwinError(
        msg(
            "The coordinates of {} ({:.3f}, {:.3f}) lie far outside the area of use of {} ({}). Set the parameter "
            "SOURCE_CRS (Source CRS) to the CRS of the coordinates, or correct the srsName.",
            name, x, y, crs.authid, area,
        )
    )


def check_sample(crs: CrsInfo, sample: np.ndarray, name: str) -> CrsInfo:
    """The CRS with the axis order that puts the sample points (as written in the file, (k, 2+)) inside the
    CRS's area of use; NrwTwinError naming the likely CRS when neither order does.

    The order the srsName implies wins when both fit (e.g. latitude/longitude near the equator)."""
    bounds = plausible_bounds(crs.horizontal)
    points = np.asarray(sample, dtype=float).reshape(-1, 3)[:, :2]
    points = points[np.isfinite(points).all(axis=1)]
    if bounds is None or not len(points):
        return crs
    centre = np.median(points, axis=0)
    for swap in (crs.swap, not crs.swap):
        x, y = (centre[1], centre[0]) if swap else (centre[0], centre[1])
        if inside(bounds, np.array([x]), np.array([y]))[0]:
            if swap == crs.swap:
                return crs
            note = (
                msg("{} writes easting/longitude first although {} defines northing/latitude first; read as written.",
                    name, crs.authid)
                if crs.swap
                else msg("{} writes northing/latitude first; read with the axes swapped.", name)
            )
            return CrsInfo(crs.srs_name, crs.horizontal, crs.horizontal_epsg, crs.vertical_epsg, swap,
                           crs.notes + (note,))
    raise outside_error(name, crs, float(centre[0]), float(centre[1]))
