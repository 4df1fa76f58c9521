"""A 3 × 3 km area of LoD2 tiles for batch tests, built from the real fixture tiles (tests/data/citygml).

Each tile is a real NRW file moved to its place: every coordinate shifted by whole kilometres and every
gml:id (and ``xlink:href="#…"``) given a suffix, so ids stay unique across the area. The centre tile
32_326_5727 is the real 194-building file as published; its western and eastern neighbours are copies of
it, so roofs near the shared edges are shaded across them. One tile of the area is not published (sea,
outside the coverage), one is an empty tile (Leerkachel) and the ring around the area is not published
either. ``area_server()`` serves them like OpenGeodata.NRW (tests/fakes/opengeodata_server.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional, Tuple

from lxml import etree

from .opengeodata_server import FOLDERS, FakeOpenGeodata

DATA = Path(__file__).resolve().parents[1] / "data" / "citygml"
GML = "http://www.opengis.net/gml"
XLINK = "http://www.w3.org/1999/xlink"
COORDINATE_TAGS = {"posList", "pos", "lowerCorner", "upperCorner"}

# (easting km, northing km) → (fixture file, id suffix); None = not published.
AREA_EAST = (325, 326, 327)
AREA_NORTH = (5726, 5727, 5728)
LAYOUT: Dict[Tuple[int, int], Optional[Tuple[str, str]]] = {
    (325, 5726): ("LoD2_32_330_5731_1_NW.gml", "_sw"),
    (326, 5726): ("LoD2_32_332_5727_1_NW.gml", "_s"),
    (327, 5726): ("LoD2_32_324_5730_1_NW.gml", "_se"),  # empty tile
    (325, 5727): ("LoD2_32_326_5727_1_NW.gml", "_w"),
    (326, 5727): ("LoD2_32_326_5727_1_NW.gml", ""),  # the real tile, unchanged
    (327, 5727): ("LoD2_32_326_5727_1_NW.gml", "_e"),
    (325, 5728): None,
    (326, 5728): ("LoD2_32_338_5706_1_NW_excerpt_2024.gml", "_n"),
    (327, 5728): ("LoD2_32_332_5727_1_NW.gml", "_ne"),
}
CENTRE = (326, 5727)


def tile_name(east: int, north: int) -> str:
    return f"LoD2_32_{east}_{north}_1_NW.gml"


def source_corner(name: str) -> Tuple[int, int]:
    parts = name.split("_")
    return int(parts[2]), int(parts[3])


def shifted_citygml(data: bytes, dx: float, dy: float, suffix: str) -> bytes:
    """The CityGML ``data`` moved by (dx, dy) metres, with ``suffix`` appended to every gml:id and local href."""
    if not dx and not dy and not suffix:
        return data
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    id_attr, href_attr = f"{{{GML}}}id", f"{{{XLINK}}}href"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if suffix:
            if element.get(id_attr):
                element.set(id_attr, element.get(id_attr) + suffix)
            href = element.get(href_attr)
            if href and href.startswith("#"):
                element.set(href_attr, href + suffix)
        if etree.QName(element).localname in COORDINATE_TAGS and element.text and element.text.strip():
            dim = int(element.get("srsDimension") or 3)
            values = element.text.split()
            for i in range(0, len(values) - 1, dim):
                values[i] = repr(float(values[i]) + dx)
                values[i + 1] = repr(float(values[i + 1]) + dy)
            element.text = " ".join(values)
        if etree.QName(element).localname == "name" and element.text and element.text.startswith("LoD2_"):
            element.text = element.text + suffix
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def area_files(layout=None) -> Dict[Tuple[int, int], bytes]:
    """(easting km, northing km) → CityGML bytes of every published tile of the area."""
    files = {}
    for (east, north), spec in (layout or LAYOUT).items():
        if spec is None:
            continue
        name, suffix = spec
        src_e, src_n = source_corner(name)
        files[(east, north)] = shifted_citygml(
            (DATA / name).read_bytes(), (east - src_e) * 1000.0, (north - src_n) * 1000.0, suffix
        )
    return files


def write_area(folder: Path, layout=None) -> Dict[Tuple[int, int], Path]:
    """The area's files in ``folder`` under their OpenGeodata names (for single-process reference runs)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for (east, north), data in area_files(layout).items():
        path = folder / tile_name(east, north)
        path.write_bytes(data)
        paths[(east, north)] = path
    return paths


def area_server(layout=None) -> FakeOpenGeodata:
    """An unstarted FakeOpenGeodata serving the area's LoD2 tiles (start it with ``with``)."""
    server = FakeOpenGeodata()
    for (east, north), data in area_files(layout).items():
        server.add_file(FOLDERS["LoD2"], tile_name(east, north), data)
    return server


def area_extent() -> Tuple[float, float, float, float]:
    """The area's extent in EPSG:25832 (xmin, ymin, xmax, ymax)."""
    return (AREA_EAST[0] * 1000.0, AREA_NORTH[0] * 1000.0, (AREA_EAST[-1] + 1) * 1000.0, (AREA_NORTH[-1] + 1) * 1000.0)


def neighbour_paths(paths: Dict[Tuple[int, int], Path], east: int, north: int):
    """The files of a tile and its published neighbours, as a batch task loads them."""
    return [paths[(e, n)] for n in (north - 1, north, north + 1) for e in (east - 1, east, east + 1) if (e, n) in paths]


# ---------------------------------------------------------------- a dense synthetic tile as CityGML

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<core:CityModel xmlns:core="http://www.opengis.net/citygml/1.0" '
    'xmlns:bldg="http://www.opengis.net/citygml/building/1.0" xmlns:gml="http://www.opengis.net/gml">\n'
    '<gml:name>{name}</gml:name><gml:boundedBy><gml:Envelope srsName="urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016">'
    '<gml:lowerCorner srsDimension="3">{x0} {y0} 0</gml:lowerCorner>'
    '<gml:upperCorner srsDimension="3">{x1} {y1} 200</gml:upperCorner></gml:Envelope></gml:boundedBy>\n'
)
_ELEMENT = {"Roof": "RoofSurface", "Wall": "WallSurface", "Ground": "GroundSurface"}


def citygml_of_surfaces(surfaces, name: str, corner: Tuple[float, float]) -> bytes:
    """NRW-style CityGML 1.0 (boundedBy surfaces with lod2MultiSurface) of engine surfaces, e.g. the dense
    synthetic town of algorithms/solar/synthetic.py, so a batch run can download and import it."""
    x0, y0 = corner
    parts = [_HEAD.format(name=name, x0=x0, y0=y0, x1=x0 + 1000, y1=y0 + 1000)]
    by_building: Dict[str, list] = {}
    for surface in surfaces:
        by_building.setdefault(surface.building_id, []).append(surface)
    for building_id, items in by_building.items():
        parts.append(f'<core:cityObjectMember><bldg:Building gml:id="{building_id}">')
        for surface in items:
            element = _ELEMENT[surface.surface_type]
            parts.append(f'<bldg:boundedBy><bldg:{element} gml:id="{surface.surface_id}"><bldg:lod2MultiSurface>')
            parts.append("<gml:MultiSurface>")
            for number, polygon in enumerate(surface.polygons):
                ring = list(polygon.exterior) + [polygon.exterior[0]]
                coordinates = " ".join(f"{x!r} {y!r} {z!r}" for x, y, z in (map(float, p) for p in ring))
                parts.append(
                    f'<gml:surfaceMember><gml:Polygon gml:id="{surface.surface_id}_p{number}"><gml:exterior>'
                    f'<gml:LinearRing><gml:posList srsDimension="3">{coordinates}</gml:posList></gml:LinearRing>'
                    "</gml:exterior></gml:Polygon></gml:surfaceMember>"
                )
            parts.append(f"</gml:MultiSurface></bldg:lod2MultiSurface></bldg:{element}></bldg:boundedBy>")
        parts.append("</bldg:Building></core:cityObjectMember>\n")
    parts.append("</core:CityModel>\n")
    return "".join(parts).encode("utf-8")


def dense_tile_citygml(east: int, north: int) -> bytes:
    """The dense synthetic 1 km² tile of bench/bench_roofsolar.py (58 × 58 = 3,364 buildings) at a tile corner."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / ".build" / "plugins"))
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile

    surfaces = dense_tile(east * 1000.0, north * 1000.0, size=1000.0, spacing=17.2, seed=7, prefix=f"D{east}_{north}_")
    return citygml_of_surfaces(surfaces, f"LoD2_32_{east}_{north}_1_NW", (east * 1000.0, north * 1000.0))


# GeoTIFF keys of a projected EPSG:25832 raster with pixel-is-area cells (GeoTIFF 1.0 GeoKeyDirectory).
GEOKEYS_25832 = (1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, 25832)


def write_geotiff(path: Path, data, west: float, north: float, cell: float, nodata: float = -9999.0) -> None:
    """A north-up float32 GeoTIFF (EPSG:25832) as NRW tiles are, written with tifffile (no GDAL needed)."""
    import tifffile

    tifffile.imwrite(
        path,
        data,
        extratags=[
            (33550, "d", 3, (cell, cell, 0.0), True),
            (33922, "d", 6, (0.0, 0.0, 0.0, west, north, 0.0), True),
            (34735, "H", len(GEOKEYS_25832), GEOKEYS_25832, True),
            (42113, "s", 0, f"{nodata:g}", True),
        ],
    )
