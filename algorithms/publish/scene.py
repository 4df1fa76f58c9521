"""The buildings to publish: surfaces, solar values per roof surface, attributes, and the values shown
per building (the metadata of the 3D Tiles and the attributes of the CityJSON).

Inputs are the layers of the plugin, read by the Processing wrappers (or parsed CityGML in tests and
benchmarks): the surfaces of ``nrwtwin:importcitygml``, optionally the rows of ``nrwtwin:roofsolar``
(per roof surface, by ``surface_id``) and a row of the buildings layer or of ``nrwtwin:buildingmetrics``
per building (by ``building_id``).

Per-building values:

* function in German (``function_de`` of the measurements, else the ALKIS code translated with
  :mod:`..alkis_codes`), address;
* height: ``measured_height`` of the buildings or measurements layer, else the height range of the
  building's surfaces (highest minus lowest point, as :mod:`..metrics` measures it);
* roof area: ``roof_area_m2`` of those layers, else the sum of the 3D areas of the roof polygons;
* irradiation (area-weighted mean), kWp and yield (sums) of the roof surfaces with solar values, as in
  the building report (:func:`..report_html.solar_summary`); suitability ``suitable`` when one roof
  surface is suitable, else ``shaded``, else ``too_small`` (codes of ``nrwtwin:roofsolar``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .. import alkis_codes
from ..citygml.measures import polygon_batch
from ..metrics import ROOF_TYPES
from ..model import Polygon3D, Surface
from ..report_html import solar_summary
from ..solar.potential import SHADED, SUITABLE, TOO_SMALL

ROOF = "Roof"
# Surface types drawn in the 3D Tiles (closure surfaces are virtual and left out).
VISIBLE_TYPES = ("Roof", "Wall", "Ground", "OuterCeiling", "OuterFloor", "")
SUITABILITY_ORDER = (SUITABLE, SHADED, TOO_SMALL)


@dataclass(frozen=True)
class Property:
    """A per-building value: key (field name), kind ('string' or 'number'), German label, unit."""

    key: str
    kind: str
    label_de: str
    unit: str = ""


# The per-building values of the published twin, in display order.
PROPERTIES: Tuple[Property, ...] = (
    Property("building_id", "string", "Gebäude-ID"),
    Property("function", "string", "Gebäudefunktion"),
    Property("address", "string", "Adresse"),
    Property("height_m", "number", "Gebäudehöhe", "m"),
    Property("roof_area_m2", "number", "Dachfläche", "m²"),
    Property("irradiation_kwh_m2", "number", "Mittlere Einstrahlung", "kWh/m²·a"),
    Property("kwp", "number", "Installierbare Leistung", "kWp"),
    Property("yield_kwh", "number", "Jahresertrag", "kWh/a"),
    Property("suitability", "string", "Eignung"),
)
SUITABILITY_DE = {SUITABLE: "geeignet", SHADED: "verschattet", TOO_SMALL: "zu klein"}

HEIGHT_KEYS = ("measured_height_m", "measured_height", "measuredHeight", "height_m", "height")
ROOF_AREA_KEYS = ("roof_area_m2", "roof_area")
FUNCTION_KEYS = ("function", "function_code")


@dataclass
class PublishBuilding:
    """One building: its surfaces, solar values by surface id, and attributes from the buildings layer."""

    building_id: str
    surfaces: List[Surface] = field(default_factory=list)
    solar: Dict[str, Mapping[str, object]] = field(default_factory=dict)
    attributes: Dict[str, object] = field(default_factory=dict)

    def solar_rows(self) -> List[Mapping[str, object]]:
        """The solar values of this building's roof surfaces."""
        return [self.solar[s.surface_id] for s in self.surfaces if s.surface_id in self.solar]


def group_buildings(
    surfaces: Iterable[Surface],
    solar_by_surface: Optional[Mapping[str, Mapping[str, object]]] = None,
    attributes_by_building: Optional[Mapping[str, Mapping[str, object]]] = None,
) -> List[PublishBuilding]:
    """Buildings in order of first appearance, with their solar values and attributes joined by id."""
    solar_by_surface = solar_by_surface or {}
    attributes_by_building = attributes_by_building or {}
    buildings: Dict[str, PublishBuilding] = {}
    for surface in surfaces:
        building = buildings.get(surface.building_id)
        if building is None:
            attributes = dict(attributes_by_building.get(surface.building_id) or {})
            building = buildings[surface.building_id] = PublishBuilding(surface.building_id, attributes=attributes)
        building.surfaces.append(surface)
        values = solar_by_surface.get(surface.surface_id)
        if values is not None:
            building.solar[surface.surface_id] = values
    return list(buildings.values())


def number(value: object) -> Optional[float]:
    """A finite float, or None for missing, NULL and non-numeric values."""
    if value is None or isinstance(value, bool):
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


def first_value(attributes: Mapping[str, object], keys: Sequence[str]) -> object:
    for key in keys:
        value = attributes.get(key)
        if value not in (None, "", "NULL"):
            return value
    return None


def function_text(attributes: Mapping[str, object]) -> Optional[str]:
    """The building function in German words (ALKIS code translated), or the raw value."""
    words = attributes.get("function_de")
    if words not in (None, "", "NULL"):
        return str(words)
    code = first_value(attributes, FUNCTION_KEYS)
    if code is None:
        return None
    return alkis_codes.function_name(code, "de") or str(code)


def address_text(attributes: Mapping[str, object]) -> Optional[str]:
    """'Street 3, 46487 City' from the address fields that are present."""
    street = " ".join(str(attributes[k]) for k in ("street", "house_number") if attributes.get(k) not in (None, ""))
    place = " ".join(str(attributes[k]) for k in ("postcode", "city") if attributes.get(k) not in (None, ""))
    text = ", ".join(part for part in (street, place) if part)
    return text or None


def building_suitability(counts: Mapping[str, int]) -> Optional[str]:
    """The best suitability among the building's roof surfaces (see the module docstring)."""
    for code in SUITABILITY_ORDER:
        if counts.get(code):
            return code
    return None


def building_values(building: PublishBuilding, roof_area_m2: float, height_m: Optional[float]) -> Dict[str, object]:
    """The :data:`PROPERTIES` of one building (None where unknown).

    ``roof_area_m2`` and ``height_m`` are the values measured from the surfaces; the buildings layer's
    values take precedence (see the module docstring).
    """
    attributes = building.attributes
    summary = solar_summary(building.solar_rows())
    height = number(first_value(attributes, HEIGHT_KEYS))
    roof_area = number(first_value(attributes, ROOF_AREA_KEYS))
    return {
        "building_id": building.building_id,
        "function": function_text(attributes),
        "address": address_text(attributes),
        "height_m": height if height is not None else height_m,
        "roof_area_m2": roof_area if roof_area is not None else roof_area_m2,
        "irradiation_kwh_m2": summary.irradiation_kwh_m2,
        "kwp": summary.kwp,
        "yield_kwh": summary.yield_kwh,
        "suitability": building_suitability(summary.suitability),
    }


def surface_irradiation(building: PublishBuilding, surface: Surface) -> float:
    """Irradiation (kWh/m²·a) of a roof surface from its solar values; NaN without one."""
    values = building.solar.get(surface.surface_id)
    value = number(values.get("irradiation_kwh_m2")) if values else None
    return math.nan if value is None else value


@dataclass
class Measured:
    """Per building: box (xmin, ymin, zmin, xmax, ymax, zmax), roof area (m²) and height range (m)."""

    boxes: np.ndarray
    roof_area_m2: np.ndarray
    height_m: np.ndarray


def measure_buildings(buildings: Sequence[PublishBuilding]) -> Measured:
    """Boxes, 3D roof areas (roof polygons, holes subtracted) and height ranges of all buildings at once."""
    polygons: List[Polygon3D] = []
    owner: List[int] = []
    roof: List[bool] = []
    for index, building in enumerate(buildings):
        for surface in building.surfaces:
            for polygon in surface.polygons:
                polygons.append(polygon)
                owner.append(index)
                roof.append(surface.surface_type in ROOF_TYPES)
    count = len(buildings)
    owner_array = np.asarray(owner, dtype=np.int64)
    batch = polygon_batch(polygons, groups=owner_array)
    roof_area = np.bincount(owner_array, weights=batch.polygon_area * np.asarray(roof), minlength=count)
    point_owner = owner_array[np.repeat(batch.ring_polygon, np.diff(np.append(batch.ring_starts, len(batch.points))))]
    boxes = np.full((count, 6), np.nan)
    if len(point_owner):
        for axis in range(3):
            values = batch.absolute[:, axis]
            boxes[:, axis] = group_reduce(np.minimum, values, point_owner, count)
            boxes[:, axis + 3] = group_reduce(np.maximum, values, point_owner, count)
    return Measured(boxes, roof_area, boxes[:, 5] - boxes[:, 2])


def group_reduce(ufunc, values: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    out = np.full(count, np.inf if ufunc is np.minimum else -np.inf)
    ufunc.at(out, groups, values)
    out[~np.isfinite(out)] = np.nan
    return out


def published_values(
    buildings: Sequence[PublishBuilding], measured: Optional[Measured] = None
) -> List[Dict[str, object]]:
    """The :data:`PROPERTIES` of every building (measured from the surfaces where the layers lack them)."""
    measured = measured or measure_buildings(buildings)
    out = []
    for index, building in enumerate(buildings):
        height = measured.height_m[index]
        out.append(building_values(building, float(measured.roof_area_m2[index]),
                                   float(height) if np.isfinite(height) else None))
    return out
