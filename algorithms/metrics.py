"""Measurements per building from its LoD1/LoD2 surfaces: true 3D roof and facade areas by orientation,
footprint, heights above ground, roof pitches, enclosed volume, storeys and gross floor area.

Methods
-------
* Areas are true 3D polygon areas (Newell's method, :mod:`.geometry3d`), holes subtracted. The footprint
  is the horizontal projection (|Newell z| / 2) of the GroundSurfaces; without ground surfaces it falls
  back to the projection of the roofs.
* Orientation of a roof or wall polygon: its normal's azimuth (0° = north, clockwise) in four 90° sectors
  centred on N (315°–45°), E, S, W. Roof polygons tilted at most 10° count as *flat* (the LANUV solar
  cadastre's threshold, see docs/solar.md). ClosureSurfaces are virtual and count for the volume only.
* Heights are taken above the building's lowest ground point (min z of its GroundSurfaces, the same
  reference as ``bldg:measuredHeight``): eaves = lowest roof point, ridge = highest roof point,
  measured height = highest minus lowest point of all surfaces.
* Roof pitch = tilt of a roof polygon's normal. The main pitch is the area-weighted mean of the pitched
  polygons (tilt > 10°) within ±2.5° of the area-weighted modal 1° class, so a gable roof with a small
  dormer reports the gable's pitch; without pitched polygons it is the area-weighted mean of all roofs.
* Volume and closure of each part's shell: :func:`.shells.shell_volume_closure` — the one implementation the
  CityGML/CityJSON import uses too, so the measurements layer and the buildings layer agree (divergence
  theorem; closed when |∑ Aᵢ·nᵢ| ≤ max(0.05 m², 0.001·∑ Aᵢ), which tolerates T-junctions and the millimetre
  rounding of the coordinates). The building's volume is the sum over its parts.
* Storeys: ``storeysAboveGround`` from the file when given (source "file"). Otherwise estimated as
  round(mean height / storey height), at least 1, with the mean height = volume / footprint (a pitched
  roof adds half its height) and a storey height of 3.0 m for residential functions (ALKIS 31001_1xxx
  and the mixed uses "mit Wohnen") or unknown function, 4.0 m for other buildings (source "estimated").
  Structures of ALKIS object types 51xxx (canopies, carports, silos) have 0 storeys.
  Gross floor area (above ground) = storeys × footprint area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from . import alkis_codes
from .geometry3d import newell_vector, polygon_area_3d, polygon_normal, tilt_azimuth
from .model import BuildingRecord, Polygon3D, Surface
from .progress import NullProgress, Progress, check_canceled
from .shells import measure_shells

FLAT_TILT_DEG = 10.0
ORIENTATIONS = ("n", "e", "s", "w")
STOREY_HEIGHT_RESIDENTIAL_M = 3.0
STOREY_HEIGHT_OTHER_M = 4.0
MAIN_PITCH_WINDOW_DEG = 2.5

ROOF_TYPES = ("Roof", "OuterFloor")
WALL_TYPES = ("Wall",)
GROUND_TYPES = ("Ground",)


def orientation_of(azimuth: Optional[float]) -> Optional[str]:
    """Compass sector of an azimuth.

    Parameters
    ----------
    azimuth : float, optional
        Degrees, 0 = north, clockwise.

    Returns
    -------
    str or None
        "n", "e", "s" or "w" (90° sectors centred on the compass points); None for a missing or
        non-finite azimuth.
    """
    if azimuth is None or not math.isfinite(azimuth):
        return None
    return ORIENTATIONS[int(((azimuth % 360.0) + 45.0) // 90.0) % 4]


def classify_polygon(surface_type: str, normal: Optional[np.ndarray]) -> str:
    """Kind of a polygon for the measurements.

    Parameters
    ----------
    surface_type : str
        Thematic type of its surface ("Roof", "Wall", "Ground", …; empty for LoD1 solids).
    normal : numpy.ndarray, optional
        Unit normal (east, north, up).

    Returns
    -------
    str
        "roof", "wall", "ground" or "other". Untyped polygons by their tilt: < 80° roof, > 100° ground,
        otherwise wall; ClosureSurfaces and OuterCeilings are "other".
    """
    if surface_type in ROOF_TYPES:
        return "roof"
    if surface_type in WALL_TYPES:
        return "wall"
    if surface_type in GROUND_TYPES:
        return "ground"
    if surface_type in ("Closure", "OuterCeiling"):
        return "other"
    tilt, _ = tilt_azimuth(normal)
    if tilt is None:
        return "other"
    if tilt < 80.0:
        return "roof"
    if tilt > 100.0:
        return "ground"
    return "wall"


def projected_area(polygon: Polygon3D) -> float:
    """Area of a polygon's projection on the horizontal plane.

    Parameters
    ----------
    polygon : Polygon3D
        Coordinates in m.

    Returns
    -------
    float
        m², |Newell z| / 2 of the exterior minus that of the holes (≥ 0).
    """
    area = 0.5 * abs(float(newell_vector(polygon.exterior)[2]))
    for hole in polygon.interiors:
        area -= 0.5 * abs(float(newell_vector(hole)[2]))
    return max(area, 0.0)


def shell_volume(parts: Mapping[str, Sequence[Polygon3D]]) -> Tuple[float, bool]:
    """(volume in m³, all shells closed) of a building's part shells, by :func:`.shells.measure_shells`."""
    if not parts:
        return 0.0, False
    volumes, closed = measure_shells(list(parts.values()))
    return float(np.abs(volumes).sum()), bool(closed.all())


def main_pitch(tilts: Sequence[float], areas: Sequence[float]) -> Optional[float]:
    """The main roof pitch of a building.

    Parameters
    ----------
    tilts : sequence of float
        Tilt of each roof polygon, degrees.
    areas : sequence of float
        Their areas, m².

    Returns
    -------
    float or None
        Degrees: the area-weighted mean of the pitched polygons (> 10°) within ±2.5° of the
        area-weighted modal 1° class; without pitched polygons the area-weighted mean of all; None
        without roofs (see the module docstring).
    """
    if not len(tilts):
        return None
    tilt = np.asarray(tilts, dtype=float)
    area = np.asarray(areas, dtype=float)
    pitched = tilt > FLAT_TILT_DEG
    if not pitched.any():
        return float(np.average(tilt, weights=area)) if area.sum() > 0 else float(tilt.mean())
    tilt, area = tilt[pitched], area[pitched]
    classes = np.floor(tilt).astype(int)
    weights = np.bincount(classes, weights=area)
    mode_centre = int(np.argmax(weights)) + 0.5
    near = np.abs(tilt - mode_centre) <= MAIN_PITCH_WINDOW_DEG + 0.5
    if area[near].sum() <= 0:
        return float(tilt[near].mean())
    return float(np.average(tilt[near], weights=area[near]))


def _first(mapping: Mapping[str, object], keys: Sequence[str]) -> object:
    for key in keys:
        if key in mapping and mapping[key] not in (None, ""):
            return mapping[key]
    return None


def _as_list(value: object) -> List[object]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if v not in (None, "")]
    return [value]


def _as_int(value: object) -> Optional[int]:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    return int(round(number))


def normalize_attributes(rows: Iterable[Mapping[str, object]]) -> Dict[str, object]:
    """Merge the attribute rows of one building (e.g. one per building part).

    Parameters
    ----------
    rows : iterable of mapping
        Fields of the buildings layer (``function``, ``roof_type``, ``storeys``, ``measured_height``) or
        CityGML spellings (``roofType``, ``storeysAboveGround``, ``measuredHeight``).

    Returns
    -------
    dict
        ``function`` (first non-empty ALKIS code), ``roof_types`` (distinct codes in order),
        ``storeys`` and ``measured_height`` (m; the maxima).
    """
    function = None
    roof_types: List[str] = []
    storeys: Optional[int] = None
    measured: Optional[float] = None
    for row in rows:
        if function is None:
            value = _first(row, ("function", "bldg:function", "function_code", "funktion"))
            for item in _as_list(value):
                function = alkis_codes.normalize_code(item)
                if function:
                    break
        for item in _as_list(_first(row, ("roof_type", "roofType", "roof_types", "roof_type_code"))):
            for part in str(item).split(","):
                code = alkis_codes.normalize_code(part)
                if code and code not in roof_types:
                    roof_types.append(code)
        for item in _as_list(_first(row, ("storeys", "storeys_above_ground", "storeysAboveGround"))):
            number = _as_int(item)
            if number is not None and number > 0:
                storeys = number if storeys is None else max(storeys, number)
        for item in _as_list(_first(row, ("measured_height", "measuredHeight", "measured_height_m"))):
            try:
                value_m = float(str(item))
            except (TypeError, ValueError):
                continue
            if math.isfinite(value_m):
                measured = value_m if measured is None else max(measured, value_m)
    return {"function": function, "roof_types": roof_types, "storeys": storeys, "measured_height": measured}


def attributes_from_record(record: BuildingRecord) -> Dict[str, object]:
    """Normalised attributes of a parsed building.

    Parameters
    ----------
    record : BuildingRecord
        From :mod:`.citygml`; its building parts' values may be lists.

    Returns
    -------
    dict
        As :func:`normalize_attributes`.
    """
    rows: List[Mapping[str, object]] = [record.attributes]
    for key in ("parts", "building_parts"):
        parts = record.attributes.get(key)
        if isinstance(parts, (list, tuple)):
            rows.extend(p for p in parts if isinstance(p, Mapping))
    return normalize_attributes(rows)


@dataclass
class BuildingMetrics:
    """One building's measurements (m, m², m³, degrees). Field order = output layer field order."""

    building_id: str
    function_code: Optional[str] = None
    function_de: Optional[str] = None
    function_en: Optional[str] = None
    roof_type_code: Optional[str] = None
    roof_type_de: Optional[str] = None
    roof_type_en: Optional[str] = None
    roof_area_m2: float = 0.0
    roof_area_n_m2: float = 0.0
    roof_area_e_m2: float = 0.0
    roof_area_s_m2: float = 0.0
    roof_area_w_m2: float = 0.0
    roof_area_flat_m2: float = 0.0
    facade_area_m2: float = 0.0
    facade_area_n_m2: float = 0.0
    facade_area_e_m2: float = 0.0
    facade_area_s_m2: float = 0.0
    facade_area_w_m2: float = 0.0
    footprint_area_m2: float = 0.0
    ground_z_m: Optional[float] = None
    eaves_height_m: Optional[float] = None
    ridge_height_m: Optional[float] = None
    measured_height_m: Optional[float] = None
    roof_pitch_min_deg: Optional[float] = None
    roof_pitch_max_deg: Optional[float] = None
    roof_pitch_main_deg: Optional[float] = None
    volume_m3: float = 0.0
    shell_closed: bool = False
    storeys_estimated: int = 0
    storeys_source: str = "estimated"
    storey_height_m: Optional[float] = None
    gross_floor_area_m2: float = 0.0
    part_count: int = 0
    surface_count: int = 0
    footprint: List[Polygon3D] = field(default_factory=list, repr=False)

    def as_dict(self) -> Dict[str, object]:
        """Values of the output fields (without the footprint geometry)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "footprint"}


def output_field_names() -> List[str]:
    """The names of the measurement layer's fields.

    Returns
    -------
    list of str
        The fields of :class:`BuildingMetrics` in order, without the footprint geometry.
    """
    return [f.name for f in fields(BuildingMetrics) if f.name != "footprint"]


def group_by_building(surfaces: Iterable[Surface]) -> Dict[str, List[Surface]]:
    """Surfaces by building.

    Parameters
    ----------
    surfaces : iterable of Surface

    Returns
    -------
    dict
        building_id → its surfaces, in order of first appearance.
    """
    groups: Dict[str, List[Surface]] = {}
    for surface in surfaces:
        groups.setdefault(surface.building_id, []).append(surface)
    return groups


def estimate_storeys(
    function_code: Optional[str],
    mean_height_m: Optional[float],
    storeys_from_file: Optional[int] = None,
) -> Tuple[int, str, Optional[float]]:
    """Storeys above ground of a building.

    Parameters
    ----------
    function_code : str, optional
        ALKIS building function.
    mean_height_m : float, optional
        Mean height above ground (volume ÷ footprint), m.
    storeys_from_file : int, optional
        ``storeysAboveGround`` of the CityGML file.

    Returns
    -------
    storeys : int
    source : str
        "file", "estimated" or "none" (structures of ALKIS object types 51xxx: 0 storeys).
    storey_height : float or None
        m used for the estimate: 3.0 for residential or unknown functions, 4.0 otherwise.

    Notes
    -----
    round(mean height / storey height), at least 1 (see the module docstring).
    """
    if storeys_from_file is not None and storeys_from_file > 0:
        return int(storeys_from_file), "file", None
    if function_code is not None and not alkis_codes.is_building(function_code):
        return 0, "none", None
    residential = function_code is None or alkis_codes.is_residential(function_code)
    storey_height = STOREY_HEIGHT_RESIDENTIAL_M if residential else STOREY_HEIGHT_OTHER_M
    if mean_height_m is None or not math.isfinite(mean_height_m) or mean_height_m <= 0:
        return 1, "estimated", storey_height
    return max(1, int(math.floor(mean_height_m / storey_height + 0.5))), "estimated", storey_height


def _names(metrics: BuildingMetrics, attributes: Mapping[str, object]) -> None:
    function = attributes.get("function")
    metrics.function_code = function  # type: ignore[assignment]
    metrics.function_de = alkis_codes.function_name(function, "de")
    metrics.function_en = alkis_codes.function_name(function, "en")
    roof_types = list(attributes.get("roof_types") or [])  # type: ignore[call-overload]
    if roof_types:
        metrics.roof_type_code = ", ".join(roof_types)
        metrics.roof_type_de = ", ".join(alkis_codes.roof_type_name(c, "de") or c for c in roof_types)
        metrics.roof_type_en = ", ".join(alkis_codes.roof_type_name(c, "en") or c for c in roof_types)


def _add_area(metrics: BuildingMetrics, prefix: str, azimuth: Optional[float], area: float) -> bool:
    """Add ``area`` to ``<prefix>_<n|e|s|w>_m2``; False when the azimuth has no sector."""
    sector = orientation_of(azimuth)
    if sector is None:
        return False
    name = f"{prefix}_{sector}_m2"
    setattr(metrics, name, getattr(metrics, name) + area)
    return True


@dataclass
class _Collected:
    """What the polygon loop of :func:`compute_building_metrics` gathers."""

    parts: Dict[str, List[Polygon3D]] = field(default_factory=dict)
    roof_tilts: List[float] = field(default_factory=list)
    roof_areas: List[float] = field(default_factory=list)
    roof_z: List[float] = field(default_factory=list)
    ground_z: List[float] = field(default_factory=list)
    all_z: List[float] = field(default_factory=list)
    ground_polygons: List[Polygon3D] = field(default_factory=list)
    roof_polygons: List[Polygon3D] = field(default_factory=list)


def _roof_polygon(metrics: BuildingMetrics, found: _Collected, polygon: Polygon3D, area: float, tilt, azimuth) -> None:
    zs = polygon.exterior[:, 2]
    metrics.roof_area_m2 += area
    found.roof_z.extend((float(zs.min()), float(zs.max())))
    found.roof_polygons.append(polygon)
    flat = tilt is not None and tilt <= FLAT_TILT_DEG
    if flat or not _add_area(metrics, "roof_area", azimuth, area):  # degenerate: flat rather than lost
        metrics.roof_area_flat_m2 += area
    if tilt is not None and tilt <= 90.0:
        found.roof_tilts.append(tilt)
        found.roof_areas.append(area)


def _collect(metrics: BuildingMetrics, surfaces: Sequence[Surface]) -> _Collected:
    found = _Collected()
    for surface in surfaces:
        found.parts.setdefault(surface.part_id or "", []).extend(surface.polygons)
        for polygon in surface.polygons:
            if len(polygon.exterior) < 3:
                continue
            area = polygon_area_3d(polygon)
            normal = polygon_normal(polygon)
            kind = classify_polygon(surface.surface_type, normal)
            zs = polygon.exterior[:, 2]
            found.all_z.extend((float(zs.min()), float(zs.max())))
            tilt, azimuth = tilt_azimuth(normal)
            if kind == "roof":
                _roof_polygon(metrics, found, polygon, area, tilt, azimuth)
            elif kind == "wall":
                metrics.facade_area_m2 += area
                _add_area(metrics, "facade_area", azimuth, area)
            elif kind == "ground":
                found.ground_polygons.append(polygon)
                found.ground_z.append(float(zs.min()))
    return found


def _heights(metrics: BuildingMetrics, found: _Collected) -> None:
    if found.all_z:
        base = min(found.ground_z) if found.ground_z else min(found.all_z)
        metrics.ground_z_m = base
        metrics.measured_height_m = max(found.all_z) - min(found.all_z)
        if found.roof_z:
            metrics.eaves_height_m = min(found.roof_z) - base
            metrics.ridge_height_m = max(found.roof_z) - base
    if found.roof_tilts:
        metrics.roof_pitch_min_deg = float(min(found.roof_tilts))
        metrics.roof_pitch_max_deg = float(max(found.roof_tilts))
        metrics.roof_pitch_main_deg = main_pitch(found.roof_tilts, found.roof_areas)


def compute_building_metrics(
    building_id: str,
    surfaces: Sequence[Surface],
    attributes: Optional[Mapping[str, object]] = None,
) -> BuildingMetrics:
    """All measurements of one building.

    Parameters
    ----------
    building_id : str
    surfaces : sequence of Surface
        The building's surfaces (all parts), coordinates in m of a metric CRS.
    attributes : mapping, optional
        As from :func:`normalize_attributes`.

    Returns
    -------
    BuildingMetrics
        Areas (m², true 3D, per orientation), heights (m above the lowest ground point), pitches
        (degrees), volume (m³) with the closed-shell flag, storeys and gross floor area (m²), the
        footprint polygons; methods in the module docstring.
    """
    attributes = attributes or {}
    metrics = BuildingMetrics(building_id=building_id)
    _names(metrics, attributes)
    found = _collect(metrics, surfaces)
    metrics.surface_count = len(surfaces)
    metrics.part_count = len(found.parts)

    footprint_source = found.ground_polygons or found.roof_polygons
    metrics.footprint = list(footprint_source)
    metrics.footprint_area_m2 = float(sum(projected_area(p) for p in footprint_source))
    _heights(metrics, found)

    volume, closed = shell_volume(found.parts)
    metrics.volume_m3 = volume
    metrics.shell_closed = closed

    if closed and metrics.footprint_area_m2 > 0:
        mean_height: Optional[float] = volume / metrics.footprint_area_m2
    elif metrics.eaves_height_m is not None and metrics.ridge_height_m is not None:
        mean_height = 0.5 * (metrics.eaves_height_m + metrics.ridge_height_m)
    else:
        mean_height = metrics.measured_height_m
    function = attributes.get("function")
    storeys, source, storey_height = estimate_storeys(function, mean_height, attributes.get("storeys"))  # type: ignore[arg-type]
    metrics.storeys_estimated, metrics.storeys_source, metrics.storey_height_m = storeys, source, storey_height
    metrics.gross_floor_area_m2 = storeys * metrics.footprint_area_m2
    return metrics


def compute_metrics(
    surfaces: Iterable[Surface],
    attributes_by_building: Optional[Mapping[str, Mapping[str, object]]] = None,
    progress: Optional[Progress] = None,
) -> List[BuildingMetrics]:
    """Measurements of every building in ``surfaces``.

    Parameters
    ----------
    surfaces : iterable of Surface
    attributes_by_building : mapping, optional
        building_id → attributes as from :func:`normalize_attributes`.
    progress : Progress, optional
        Progress and cancel.

    Returns
    -------
    list of BuildingMetrics
        One per building, in order of first appearance.
    """
    progress = progress or NullProgress()
    attributes_by_building = attributes_by_building or {}
    groups = group_by_building(surfaces)
    results: List[BuildingMetrics] = []
    total = max(len(groups), 1)
    for index, (building_id, group) in enumerate(groups.items()):
        check_canceled(progress)
        results.append(compute_building_metrics(building_id, group, attributes_by_building.get(building_id)))
        if index % 50 == 0:
            progress.set_progress(100.0 * (index + 1) / total)
    progress.set_progress(100.0)
    return results


def metrics_from_records(
    records: Iterable[BuildingRecord], progress: Optional[Progress] = None
) -> List[BuildingMetrics]:
    """Measurements straight from parsed CityGML buildings.

    Parameters
    ----------
    records : iterable of BuildingRecord
        Attributes are taken from each record (:func:`attributes_from_record`).
    progress : Progress, optional

    Returns
    -------
    list of BuildingMetrics
    """
    progress = progress or NullProgress()
    results = []
    for record in records:
        check_canceled(progress)
        results.append(compute_building_metrics(record.building_id, record.surfaces, attributes_from_record(record)))
    return results
