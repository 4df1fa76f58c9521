"""Coordinate reference systems named by CityGML ``srsName`` attributes.

German surveying authorities use AdV URNs (``urn:adv:crs:<horizontal>*<vertical>[*<geoid>]``, see the
AdV "CRS-Registry" of the GeoInfoDok), everyone else EPSG URNs or OGC HTTP URIs (OGC 07-092r3,
"Definition identifier URNs in OGC namespace", and the OGC naming authority's ``/def/crs/EPSG/0/<code>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Tuple

from ..errors import NrwTwinError

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


@dataclass(frozen=True)
class CrsInfo:
    """A CRS read from an srsName: EPSG code of the horizontal part and, if given, of the heights."""

    horizontal_epsg: int
    vertical_epsg: Optional[int]
    srs_name: str

    @property
    def authid(self) -> str:
        """``EPSG:<code>`` of the horizontal CRS (what QGIS layers use)."""
        return f"EPSG:{self.horizontal_epsg}"

    @property
    def compound_authid(self) -> str:
        """``EPSG:<h>+<v>`` when heights are known (PROJ syntax for a compound CRS)."""
        if self.vertical_epsg:
            return f"EPSG:{self.horizontal_epsg}+{self.vertical_epsg}"
        return self.authid


_EPSG_PATTERNS = (
    re.compile(r"^urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?(\d+)$", re.I),
    re.compile(r"^epsg:(\d+)$", re.I),
    re.compile(r"^https?://www\.opengis\.net/def/crs/epsg/[0-9.]+/(\d+)$", re.I),
    re.compile(r"^https?://www\.opengis\.net/gml/srs/epsg\.xml#(\d+)$", re.I),
)
_EPSG_ANY = re.compile(r"epsg(?:::|:[0-9.]*:|/[0-9.]+/|:)(\d+)", re.I)
# Vertical EPSG codes we map (a compound srsName lists horizontal and vertical parts).
_VERTICAL_CODES = {7837, 5783, 7699, 5773, 3855, 5703, 5714, 5715, 8050}


def _adv(name: str) -> Optional[Tuple[int, Optional[int]]]:
    if not name.lower().startswith("urn:adv:crs:"):
        return None
    parts = name[len("urn:adv:crs:") :].split("*")
    horizontal = ADV_HORIZONTAL.get(parts[0])
    if horizontal is None:
        return None
    vertical: Optional[int] = None
    for extra in parts[1:]:
        if extra in ADV_VERTICAL:
            vertical = ADV_VERTICAL[extra]
        elif extra not in ADV_GEOIDS:
            return None
    return horizontal, vertical


def _epsg(name: str) -> Optional[Tuple[int, Optional[int]]]:
    for pattern in _EPSG_PATTERNS:
        match = pattern.match(name)
        if match:
            return int(match.group(1)), None
    lowered = name.lower()
    if lowered.startswith("urn:ogc:def:crs,") or "crs-compound" in lowered or "+" in lowered:
        codes = [int(code) for code in _EPSG_ANY.findall(name)]
        if "+" in lowered and lowered.startswith("epsg:"):
            codes = [int(code) for code in re.findall(r"\d+", name)]
        horizontal = [code for code in codes if code not in _VERTICAL_CODES]
        vertical = [code for code in codes if code in _VERTICAL_CODES]
        if len(horizontal) == 1 and len(vertical) <= 1:
            return horizontal[0], (vertical[0] if vertical else None)
    return None


def parse_srs_name(srs_name: Optional[str], source: str = "the file") -> CrsInfo:
    """The CRS an srsName stands for; NrwTwinError naming it when it is unknown.

    Accepted: AdV URNs such as ``urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016`` (with or without the
    geoid part, DHHN2016/DHHN92 heights, UTM 31–33 and Gauss-Krüger 2–5), EPSG URNs
    (``urn:ogc:def:crs:EPSG::25832``, versioned ``EPSG:6.12:25832``), OGC URIs
    (``http://www.opengis.net/def/crs/EPSG/0/25832``), ``EPSG:25832`` and compound forms
    (``urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837``, ``…/def/crs-compound?1=…&2=…``, ``EPSG:25832+7837``).
    """
    name = (srs_name or "").strip()
    if not name:
        raise NrwTwinError(
            f"{source} names no coordinate reference system (no srsName). Check that it is a CityGML "
            "file from a surveying authority."
        )
    found = _adv(name) or _epsg(name)
    if found is None:
        raise NrwTwinError(
            f'{source} uses the unknown coordinate reference system srsName="{name}". Known are AdV URNs '
            "(urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH …) and EPSG codes (urn:ogc:def:crs:EPSG::25832, "
            "http://www.opengis.net/def/crs/EPSG/0/25832). Convert the file or report the srsName."
        )
    return CrsInfo(found[0], found[1], name)


def make_transformer(source: CrsInfo, target: object):
    """A function (x, y) → (x, y) arrays reprojecting from ``source`` to ``target`` (EPSG code, "EPSG:x"
    string or pyproj CRS); None when both are the same. Heights stay as they are (only the horizontal
    CRS changes). Uses pyproj (PROJ) with always_xy, i.e. easting/longitude first."""
    try:
        from pyproj import CRS, Transformer
    except ImportError as error:  # pragma: no cover - pyproj ships with QGIS
        raise NrwTwinError("Reprojection needs the Python package pyproj, which is not installed.") from error
    target_crs = CRS.from_user_input(f"EPSG:{target}" if isinstance(target, int) else target)
    source_crs = CRS.from_epsg(source.horizontal_epsg)
    if target_crs.equals(source_crs, ignore_axis_order=True):
        return None
    transformer = Transformer.from_crs(source_crs, target_crs, always_xy=True)
    return transformer.transform
