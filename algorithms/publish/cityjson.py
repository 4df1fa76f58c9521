"""CityJSON 2.0 (``.city.json``) and CityJSONSeq (``.city.jsonl``) of the buildings, with semantic surfaces.

Structure (CityJSON specification 2.0.1, Ledoux et al., cityjson.org):

* one ``Building`` per building id; buildings with LoD2 parts get one ``BuildingPart`` per part id as
  children (geometry on the parts, as in the CityGML of NRW);
* geometry ``MultiSurface`` of LoD ``"2"`` (``"1"`` for LoD1 input): every polygon of every thematic
  surface, holes as inner rings; ``semantics`` with one surface object per thematic surface
  (RoofSurface, WallSurface, GroundSurface, ClosureSurface, OuterCeilingSurface, OuterFloorSurface)
  carrying ``surface_id`` and, on roofs, the values of ``nrwtwin:roofsolar``;
* building attributes: ``function`` (ALKIS code), ``roofType``, ``measuredHeight``,
  ``storeysAboveGround``, ``address`` where known, then the published values of :mod:`.scene`
  (function in German, roof area, irradiation, kWp, yield, suitability) and every other value of the
  buildings or measurements layer;
* ``transform`` with scale 0.001 (millimetres) and the lowest corner as translation; vertices are shared
  (identical millimetre coordinates are stored once); ``metadata.referenceSystem`` as the OGC URL of the
  EPSG code, heights DHHN2016 as delivered.

CityJSONSeq (CityJSON 2.0 §"CityJSON Text Sequences"): a first line with the header (``transform``,
``metadata``, empty ``CityObjects``/``vertices``), then one ``CityJSONFeature`` per building with its own
vertex list.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..progress import NullProgress, Progress, check_canceled
from . import scene

VERSION = "2.0"
SCALE = 0.001
SEMANTIC_TYPES = {
    "Roof": "RoofSurface",
    "Wall": "WallSurface",
    "Ground": "GroundSurface",
    "Closure": "ClosureSurface",
    "OuterCeiling": "OuterCeilingSurface",
    "OuterFloor": "OuterFloorSurface",
}
# Buildings-layer fields written under CityJSON's own attribute names.
STANDARD_ATTRIBUTES = {
    "function": ("function", "function_code"),
    "roofType": ("roof_type", "roof_type_code"),
    "storeysAboveGround": ("storeys",),
}
SKIPPED_KEYS = {"building_id", "fid", "generic_attributes", "source_file", "street", "house_number", "postcode",
                "city", "function_de", "function_en", "roof_type_de", "roof_type_en"}
SURFACE_SKIPPED_KEYS = {"building_id", "part_id", "surface_type", "fid", "surface_id"}


@dataclass
class CityJsonResult:
    path: str
    building_count: int
    part_count: int
    surface_count: int
    dropped_rings: int


def is_sequence_path(path: str) -> bool:
    """True for CityJSONSeq file names (``.city.jsonl``, ``.jsonl``)."""
    return path.lower().endswith(".jsonl")


def reference_system(epsg: Optional[int]) -> Optional[str]:
    return f"https://www.opengis.net/def/crs/EPSG/0/{epsg}" if epsg else None


def _scalar(value: object) -> object:
    """A JSON value of a layer attribute (None for NULL and NaN)."""
    if isinstance(value, (bool, int, str)) or value is None:
        return value
    number = scene.number(value)
    if number is not None:
        return round(number, 6)
    return None if isinstance(value, float) else str(value)


def building_attributes(building: scene.PublishBuilding, values: Dict[str, object]) -> Dict[str, object]:
    """Attributes of the Building object (see the module docstring)."""
    source = building.attributes
    out: Dict[str, object] = {}
    for name, keys in STANDARD_ATTRIBUTES.items():
        value = scene.first_value(source, keys)
        if value is not None:
            out[name] = _scalar(value)
    if values.get("height_m") is not None:
        out["measuredHeight"] = round(float(values["height_m"]), 3)
    address = _address(source)
    if address:
        out["address"] = [address]
    for key, value in values.items():
        if key not in ("building_id", "address", "height_m") and value is not None:
            out["function_de" if key == "function" else key] = _scalar(value)
    taken = {k for keys in STANDARD_ATTRIBUTES.values() for k in keys} | set(scene.HEIGHT_KEYS)
    for key, value in source.items():
        if key in SKIPPED_KEYS or key in taken or key in out or isinstance(value, (dict, list, tuple)):
            continue
        converted = _scalar(value)
        if converted is not None:
            out[key] = converted
    return out


def _address(attributes: Dict[str, object]) -> Dict[str, object]:
    names = {"street": "ThoroughfareName", "house_number": "ThoroughfareNumber", "postcode": "PostalCode",
             "city": "LocalityName"}
    address = {cj: str(attributes[k]) for k, cj in names.items() if attributes.get(k) not in (None, "")}
    if address:
        address["CountryName"] = "Deutschland"
    return address


def semantic_surface(building: scene.PublishBuilding, surface) -> Optional[Dict[str, object]]:
    """The semantic object of a thematic surface (None for untyped surfaces)."""
    kind = SEMANTIC_TYPES.get(surface.surface_type)
    if kind is None:
        return None
    out: Dict[str, object] = {"type": kind, "surface_id": surface.surface_id}
    for key, value in (building.solar.get(surface.surface_id) or {}).items():
        converted = _scalar(value)
        if key not in SURFACE_SKIPPED_KEYS and converted is not None:
            out[key] = converted
    return out


class VertexPool:
    """Vertices in millimetre integers relative to ``translate``; identical points stored once."""

    def __init__(self, translate: np.ndarray) -> None:
        self.translate = translate
        self.index: Dict[Tuple[int, int, int], int] = {}
        self.vertices: List[Tuple[int, int, int]] = []

    def ring(self, points: np.ndarray) -> List[int]:
        """Vertex indices of a ring (consecutive repeats after rounding removed); [] if under 3 remain."""
        integers = np.round((np.asarray(points, dtype=float) - self.translate) / SCALE).astype(np.int64)
        out: List[int] = []
        for row in map(tuple, integers.tolist()):
            number = self.index.get(row)
            if number is None:
                number = self.index[row] = len(self.vertices)
                self.vertices.append(row)
            if not out or out[-1] != number:
                out.append(number)
        while len(out) > 1 and out[0] == out[-1]:
            out.pop()
        return out if len(set(out)) >= 3 else []


def geometry(building: scene.PublishBuilding, surfaces: Sequence, pool: VertexPool, lod: str) -> Tuple[Dict, int]:
    """MultiSurface with semantics of ``surfaces`` (one building or part); (geometry, rings dropped)."""
    boundaries: List[List[List[int]]] = []
    semantics: List[Dict[str, object]] = []
    values: List[Optional[int]] = []
    dropped = 0
    for surface in surfaces:
        semantic = semantic_surface(building, surface)
        index = None
        if semantic is not None:
            index = len(semantics)
            semantics.append(semantic)
        for polygon in surface.polygons:
            exterior = pool.ring(polygon.exterior)
            if not exterior:
                dropped += 1
                continue
            holes = [pool.ring(h) for h in polygon.interiors]
            dropped += sum(1 for h in holes if not h)
            boundaries.append([exterior] + [h for h in holes if h])
            values.append(index)
    out: Dict[str, object] = {"type": "MultiSurface", "lod": lod, "boundaries": boundaries}
    if semantics:
        out["semantics"] = {"surfaces": semantics, "values": values}
    return out, dropped


def building_lod(building: scene.PublishBuilding) -> str:
    lod = scene.number(building.attributes.get("lod"))
    return "1" if lod == 1 else "2"


def city_objects(building: scene.PublishBuilding, values: Dict[str, object], pool: VertexPool) -> Tuple[Dict, int]:
    """The Building (and its BuildingParts) of one building; (objects by id, rings dropped)."""
    lod = building_lod(building)
    by_part: Dict[Optional[str], List] = {}
    for surface in building.surfaces:
        by_part.setdefault(surface.part_id or None, []).append(surface)
    main: Dict[str, object] = {"type": "Building", "attributes": building_attributes(building, values)}
    objects: Dict[str, Dict[str, object]] = {building.building_id: main}
    dropped = 0
    if None in by_part:
        shape, lost = geometry(building, by_part.pop(None), pool, lod)
        main["geometry"] = [shape]
        dropped += lost
    children = []
    for part_id, surfaces in by_part.items():
        shape, lost = geometry(building, surfaces, pool, lod)
        dropped += lost
        part_key = part_id if part_id != building.building_id else f"{part_id}_part"
        objects[part_key] = {"type": "BuildingPart", "parents": [building.building_id], "geometry": [shape]}
        children.append(part_key)
    if children:
        main["children"] = children
    return objects, dropped


def _extent(buildings: Iterable[scene.PublishBuilding]) -> Tuple[np.ndarray, np.ndarray]:
    lower = np.full(3, np.inf)
    upper = np.full(3, -np.inf)
    for building in buildings:
        for surface in building.surfaces:
            for polygon in surface.polygons:
                for ring in polygon.rings():
                    lower = np.minimum(lower, ring.min(axis=0))
                    upper = np.maximum(upper, ring.max(axis=0))
    return lower, upper


def header(lower: np.ndarray, upper: np.ndarray, epsg: Optional[int], title: str) -> Dict[str, object]:
    """The CityJSON object without city objects: version, transform, metadata."""
    translate = np.floor(lower / SCALE) * SCALE
    metadata: Dict[str, object] = {
        "geographicalExtent": [round(float(v), 3) for v in (*lower, *upper)],
        "referenceDate": date.today().isoformat(),
        "title": title,
    }
    system = reference_system(epsg)
    if system:
        metadata["referenceSystem"] = system
    return {
        "type": "CityJSON",
        "version": VERSION,
        "transform": {"scale": [SCALE, SCALE, SCALE], "translate": [round(float(v), 3) for v in translate]},
        "metadata": metadata,
        "CityObjects": {},
        "vertices": [],
    }


def write_cityjson(
    buildings: Sequence[scene.PublishBuilding],
    values: Sequence[Dict[str, object]],
    path: str,
    epsg: Optional[int],
    title: str = "NRW Digital Twin",
    progress: Optional[Progress] = None,
) -> CityJsonResult:
    """Write ``buildings`` as CityJSON 2.0 (or CityJSONSeq when ``path`` ends in .jsonl).

    Parameters
    ----------
    buildings : sequence of PublishBuilding
        Surfaces in the CRS ``epsg`` (metres), heights as delivered (DHHN2016 in NRW).
    values : sequence of dict
        The per-building values of :func:`.scene.building_values`, in the order of ``buildings``.
    path : str
        The file to write (already staged by the caller).
    """
    progress = progress or NullProgress()
    lower, upper = _extent(buildings)
    document = header(lower, upper, epsg, title)
    translate = np.asarray(document["transform"]["translate"], dtype=float)
    sequence = is_sequence_path(path)
    result = CityJsonResult(path, len(buildings), 0, 0, 0)
    with open(path, "w", encoding="utf-8") as handle:
        if sequence:
            handle.write(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n")
        pool = VertexPool(translate)
        for number, (building, building_values) in enumerate(zip(buildings, values)):
            if number % 100 == 0:
                check_canceled(progress)
                progress.set_progress(100.0 * number / max(len(buildings), 1))
            if sequence:
                pool = VertexPool(translate)
            objects, dropped = city_objects(building, building_values, pool)
            result.dropped_rings += dropped
            result.part_count += len(objects) - 1
            result.surface_count += len(building.surfaces)
            if sequence:
                feature = {"type": "CityJSONFeature", "id": building.building_id, "CityObjects": objects,
                           "vertices": [list(v) for v in pool.vertices]}
                handle.write(json.dumps(feature, separators=(",", ":"), ensure_ascii=False) + "\n")
            else:
                document["CityObjects"].update(objects)
        if not sequence:
            document["vertices"] = [list(v) for v in pool.vertices]
            json.dump(document, handle, separators=(",", ":"), ensure_ascii=False)
    progress.set_progress(100.0)
    return result
