"""CityGML LoD1/LoD2 buildings with semantic 3D surfaces (NRW and other German deliveries).

Entry points:

* :func:`iter_buildings` — stream :class:`~.parser.CityBuilding` records (subclass of
  :class:`..model.BuildingRecord`) from one file or several; memory is bounded by the largest building.
* :func:`read_citygml` — all buildings of one or more files plus a :class:`~.parser.ReadReport`
  (counts, CRS, skipped buildings with gml:id and reason).

Each record's ``surfaces`` are :class:`~.parser.CitySurface` objects (subclass of :class:`..model.Surface`
with ``area_m2``, ``tilt_deg``, ``azimuth_deg``, ``z_min``, ``z_max``, ``normal``, ``lod``), polygons in file
coordinates (or ``target_crs``); ``attributes`` holds function, roof_type, measured_height, storeys,
municipality_key, lod, source_file, creation_date, the address, generic attributes and the derived
values (footprint_area, height, ground_z, eaves/ridge heights, roof/wall/ground areas, volume,
shell_closed, …). See docs/citygml.md.
"""

from __future__ import annotations

import os
from typing import Iterator, List, Optional, Sequence, Tuple, Union

from ..progress import Progress
from .crs import CrsInfo, parse_srs_name
from .parser import CityBuilding, CitySurface, ReadReport, SkippedObject, iter_paths, peek_crs
from .wkb import multipolygon_z_wkb

PathOrPaths = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]

__all__ = [
    "BUILDING_FIELDS",
    "CityBuilding",
    "CitySurface",
    "CrsInfo",
    "ReadReport",
    "SkippedObject",
    "iter_buildings",
    "multipolygon_z_wkb",
    "peek_crs",
    "parse_srs_name",
    "read_citygml",
]

# Scalar building attributes, in the order the buildings layer lists them.
BUILDING_FIELDS = (
    "building_id",
    "function",
    "roof_type",
    "measured_height",
    "height",
    "storeys",
    "municipality_key",
    "street",
    "house_number",
    "postcode",
    "city",
    "creation_date",
    "lod",
    "n_parts",
    "n_surfaces",
    "footprint_area",
    "ground_z",
    "z_min",
    "z_max",
    "eaves_z",
    "ridge_z",
    "eaves_height",
    "ridge_height",
    "roof_area",
    "wall_area",
    "ground_area",
    "closure_area",
    "volume",
    "shell_closed",
    "source_file",
)


def _as_paths(path: PathOrPaths) -> List[str]:
    if isinstance(path, (str, os.PathLike)):
        return [os.fspath(path)]
    return [os.fspath(p) for p in path]


def iter_buildings(
    path: PathOrPaths,
    progress: Optional[Progress] = None,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
    report: Optional[ReadReport] = None,
) -> Iterator[CityBuilding]:
    """Stream the buildings of one CityGML file (.gml, .xml, .gml.gz, .zip) or a list of files.

    ``extent`` = (xmin, ymin, xmax, ymax) keeps buildings whose bounding box intersects it, in the
    output CRS (the file's, or ``target_crs`` when given: EPSG code, "EPSG:x" or pyproj CRS).
    Broken buildings are skipped and listed in ``report.skipped`` (and told to ``progress.warning``);
    an unreadable file raises :class:`..errors.NrwTwinError`.
    """
    return iter_paths(_as_paths(path), progress, extent, target_crs, report)


def read_citygml(
    path: PathOrPaths,
    progress: Optional[Progress] = None,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
) -> Tuple[List[CityBuilding], ReadReport]:
    """All buildings of the file(s) and the report (counts, CRS, skipped buildings with reasons)."""
    report = ReadReport()
    buildings = list(iter_buildings(path, progress, extent, target_crs, report))
    return buildings, report
