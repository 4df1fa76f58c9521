"""3D buildings with semantic surfaces from CityGML 1.0/2.0/3.0 (LoD1/LoD2), CityJSON 1.1/2.0 and CityJSONSeq.

Entry points:

* :class:`ImportRun` / :func:`iter_batches` — measured batches of buildings (GeoPackage rows, WKB for QGIS
  sinks, or records) from one or more files; the CRS of every file is checked before anything is read.
* :func:`iter_buildings` — stream :class:`CityBuilding` records (subclass of :class:`..model.BuildingRecord`);
  memory is bounded by a batch of buildings.
* :func:`read_citygml` — all buildings of one or more files plus a :class:`ReadReport` (counts, CRSs, notes,
  skipped buildings with id and reason).

Each record's ``surfaces`` are :class:`CitySurface` objects (subclass of :class:`..model.Surface` with
``area_m2``, ``tilt_deg``, ``azimuth_deg``, ``z_min``, ``z_max``, ``normal``, ``lod``), polygons in the output CRS
(the file's when it is projected in metres, else ``target_crs`` or a projected CRS chosen for the data);
``attributes`` holds function, roof_type, measured_height, storeys, municipality_key, lod, source_file,
creation_date, the address, generic attributes and the derived values (footprint_area, height, ground_z,
eaves/ridge heights, roof/wall/ground areas, volume, shell_closed, …). See docs/citygml.md.
"""

from __future__ import annotations

import os
from typing import Iterator, List, Optional, Sequence, Tuple, Union

from ..progress import Progress
from .crs import CrsInfo, parse_srs_name
from .parser import SkippedObject
from .reader import ImportRun, ReadReport, iter_batches, peek_document
from .records import CityBuilding, CitySurface, MeasuredBatch
from .sources import CountingReader, open_sources, read_head
from .wkb import multipolygon_z_wkb

PathOrPaths = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]

__all__ = [
    "BUILDING_FIELDS",
    "CityBuilding",
    "CitySurface",
    "CrsInfo",
    "ImportRun",
    "MeasuredBatch",
    "ReadReport",
    "SkippedObject",
    "iter_batches",
    "iter_buildings",
    "multipolygon_z_wkb",
    "parse_srs_name",
    "peek_crs",
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
    source_crs: object = None,
) -> Iterator[CityBuilding]:
    """Stream the buildings of one file or a list of files (CityGML .gml/.xml/.gz/.zip, CityJSON .json/.jsonl).

    ``extent`` = (xmin, ymin, xmax, ymax) in the output CRS keeps buildings whose bounding box intersects it.
    ``target_crs``: CRS of the output (EPSG code, "EPSG:x", WKT or pyproj CRS); ``source_crs``: CRS of the files'
    coordinates (used when a file names none; overrides the srsName). Broken buildings are skipped and listed in
    ``report.skipped`` (and told to ``progress.warning``); an unreadable file raises :class:`..errors.NrwTwinError`.
    """
    for batch in iter_batches(_as_paths(path), progress, extent, target_crs, source_crs, report):
        yield from batch.records()


def read_citygml(
    path: PathOrPaths,
    progress: Optional[Progress] = None,
    extent: Optional[Tuple[float, float, float, float]] = None,
    target_crs: object = None,
    source_crs: object = None,
) -> Tuple[List[CityBuilding], ReadReport]:
    """All buildings of the file(s) and the report (counts, CRSs, skipped buildings with reasons)."""
    report = ReadReport()
    buildings = list(iter_buildings(path, progress, extent, target_crs, report, source_crs))
    return buildings, report


def peek_crs(path: Union[str, "os.PathLike[str]"]) -> Optional[CrsInfo]:
    """The CRS a file names (srsName or metadata.referenceSystem), or None; reads only the file's head."""
    for name, stream, _size in open_sources(os.fspath(path)):
        head = read_head(stream, name)
        return peek_document(CountingReader(stream, len(head.data), _ignore, head.data), name, head).crs
    return None


def _ignore(_fraction: float) -> None:
    return None
