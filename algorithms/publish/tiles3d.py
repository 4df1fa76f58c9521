"""The twin as 3D Tiles 1.1: ``tileset.json``, one .glb per tile in ``tiles/``, and the viewer page.

Georeferencing: one local frame (:class:`.georef.LocalFrame`) at the centre of the data carries every
tile (the root's ``transform``); bounding volumes are boxes in that frame, computed from the vertices
themselves, so a tile's box contains its content and its children's boxes. Tiling and geometric errors:
:mod:`.tiling`. Content: :mod:`.gltf`, one feature per building with the values of
:data:`.scene.PROPERTIES`; roofs coloured by the irradiation class of their own roof surface
(:mod:`..solar_classes`), roofs without a value, walls and ground in neutral greys.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Dict, List, Mapping, Optional, Sequence

import numpy as np

from ..citygml.measures import polygon_batch
from ..errors import NrwTwinError
from ..messages import msg
from ..model import Polygon3D
from ..progress import NullProgress, Progress, check_canceled
from ..solar_classes import SOLAR_CLASSES, solar_class_index
from . import gltf, scene, tiling, viewer
from .georef import Georeferencer, LocalFrame
from .triangulate import triangulate_batch

GENERATOR = "NRW Digital Twin (QGIS plugin nrw_digital_twin)"
COPYRIGHT = "© GEObasis.NRW (dl-de/zero-2-0); quasigeoid GCG2016 © BKG (CC BY 4.0)"
TILES_DIR = "tiles"
TILESET = "tileset.json"
VIEWER = "index.html"
ROOF_NO_DATA, WALL, GROUND = len(SOLAR_CLASSES), len(SOLAR_CLASSES) + 1, len(SOLAR_CLASSES) + 2
NEUTRAL_COLOURS = {ROOF_NO_DATA: (150, 146, 150), WALL: (208, 208, 208), GROUND: (120, 120, 120)}
MIN_HALF_SIZE_M = 0.01


def materials() -> List[gltf.Material]:
    """Roof materials per solar class, then roof without solar value, wall, ground."""
    roofs = [gltf.Material(f"roof {c.label()}", c.rgb) for c in SOLAR_CLASSES]
    names = {ROOF_NO_DATA: "roof without solar value", WALL: "wall", GROUND: "ground"}
    return roofs + [gltf.Material(names[k], NEUTRAL_COLOURS[k]) for k in (ROOF_NO_DATA, WALL, GROUND)]


def surface_material(building: scene.PublishBuilding, surface) -> int:
    """Material index of a surface: roof by solar class (or without value), wall, ground."""
    if surface.surface_type == scene.ROOF:
        index = int(solar_class_index(scene.surface_irradiation(building, surface)))
        return ROOF_NO_DATA if index < 0 else index
    if surface.surface_type == "Ground":
        return GROUND
    if surface.surface_type == "OuterFloor":
        return ROOF_NO_DATA
    return WALL


@dataclass
class TileContent:
    """A tile's .glb and the box of its vertices in the local frame."""

    glb: bytes
    lower: np.ndarray
    upper: np.ndarray
    ground_heights: np.ndarray  # lowest local z of each building (m)
    degenerate: int = 0
    fanned: int = 0


def tile_content(
    buildings: Sequence[scene.PublishBuilding],
    values: Sequence[Mapping[str, object]],
    georef: Georeferencer,
    frame: LocalFrame,
) -> Optional[TileContent]:
    """Mesh, metadata and box of one tile's buildings (None when none has a visible polygon)."""
    polygons: List[Polygon3D] = []
    owner: List[int] = []
    material: List[int] = []
    for index, building in enumerate(buildings):
        for surface in building.surfaces:
            if surface.surface_type not in scene.VISIBLE_TYPES:
                continue
            kind = surface_material(building, surface)
            polygons.extend(surface.polygons)
            owner.extend([index] * len(surface.polygons))
            material.extend([kind] * len(surface.polygons))
    if not polygons:
        return None
    owner_array, material_array = np.asarray(owner), np.asarray(material)
    batch = polygon_batch(polygons, groups=owner_array)
    triangles = triangulate_batch(batch)
    if not len(triangles.triangles):
        return None
    point_polygon = np.repeat(batch.ring_polygon, np.diff(np.append(batch.ring_starts, len(batch.points))))
    used = np.unique(triangles.triangles)
    local = np.full((len(batch.points), 3), np.nan)
    local[used] = frame.to_local(georef.ecef(batch.absolute[used]))
    lower, upper = local[used].min(axis=0), local[used].max(axis=0)
    centre = (lower + upper) / 2
    primitives = _primitives(triangles, material_array, owner_array, point_polygon, local - centre, batch.polygon_unit)
    columns = {p.key: [v[p.key] for v in values] for p in scene.PROPERTIES}
    table = gltf.PropertyTable("building", len(buildings), columns)
    data = gltf.glb_bytes(primitives, materials(), y_up(centre[None, :])[0], table, metadata_schema(),
                          {"generator": GENERATOR, "copyright": COPYRIGHT})
    ground = scene.group_reduce(np.minimum, local[used, 2], owner_array[point_polygon[used]], len(buildings))
    return TileContent(data, lower, upper, ground, triangles.degenerate, triangles.fanned)


def metadata_schema() -> Dict[str, object]:
    return gltf.metadata_schema("nrwtwin_buildings", "building", "Gebäude", scene.PROPERTIES)


def y_up(points: np.ndarray) -> np.ndarray:
    """glTF's y-up axes from a z-up frame: (x, y, z) → (x, z, −y) (3D Tiles 1.1, "glTF transforms")."""
    return np.column_stack([points[:, 0], points[:, 2], -points[:, 1]])


def _primitives(triangles, material, owner, point_polygon, positions, normals) -> List[gltf.Primitive]:
    out = []
    triangle_material = material[triangles.triangle_polygon]
    for kind in np.unique(triangle_material):
        chosen = triangles.triangles[triangle_material == kind]
        vertices, inverse = np.unique(chosen, return_inverse=True)
        polygon = point_polygon[vertices]
        out.append(
            gltf.Primitive(
                int(kind),
                y_up(positions[vertices]),
                y_up(normals[polygon]),
                owner[polygon],
                inverse.reshape(-1, 3),
            )
        )
    return out


# ------------------------------------------------------------------------------------ the tileset
@dataclass
class ExportResult:
    """What :func:`export_3dtiles` wrote (final paths) and what it left out."""

    folder: str
    tileset: str
    building_count: int
    tile_count: int
    files: List[str] = field(default_factory=list)
    size_bytes: int = 0
    skipped_buildings: List[str] = field(default_factory=list)
    degenerate_polygons: int = 0
    fanned_polygons: int = 0


def box_volume(lower: np.ndarray, upper: np.ndarray) -> Dict[str, List[float]]:
    """3D Tiles ``box``: centre and three half-axes (axis-aligned in the tileset frame)."""
    centre = (lower + upper) / 2
    half = np.maximum((upper - lower) / 2, MIN_HALF_SIZE_M)
    return {"box": [float(v) for v in (*centre, half[0], 0, 0, 0, half[1], 0, 0, 0, half[2])]}


def export_3dtiles(
    buildings: Sequence[scene.PublishBuilding],
    folder: str,
    crs: str,
    stage: Callable[[str], str],
    progress: Optional[Progress] = None,
    title: str = "",
    capacity: int = tiling.CAPACITY,
) -> ExportResult:
    """Write ``tileset.json``, ``tiles/*.glb`` and ``index.html`` for ``buildings`` into ``folder``.

    Parameters
    ----------
    buildings : sequence of PublishBuilding
        Surfaces in ``crs`` with DHHN2016 normal heights (m).
    folder : str
        The output folder (final path; it must exist).
    crs : str
        The projected CRS of the coordinates (authority id or WKT).
    stage : callable
        Maps a final path to the path to write now (``OutputSet.path`` / ``RunOutputs.path``); the caller
        commits, so the folder's files appear together.
    capacity : int
        Most buildings per tile.

    Returns
    -------
    ExportResult
    """
    progress = progress or NullProgress()
    if not buildings:
        raise NrwTwinError(msg("There are no buildings to export. Check the input layer and the area."))
    measured = scene.measure_buildings(buildings)
    drawable = np.isfinite(measured.boxes).all(axis=1)
    values = scene.published_values(buildings, measured)
    kept = np.flatnonzero(drawable)
    if not len(kept):
        raise NrwTwinError(msg("None of the {:,} buildings has a polygon to draw.", len(buildings)))
    boxes = measured.boxes[kept]
    root = tiling.quadtree((boxes[:, :2] + boxes[:, 3:5]) / 2, tiling.building_sizes(boxes), capacity)
    georef = Georeferencer(crs)
    centre = (np.nanmin(boxes[:, :2], axis=0) + np.nanmax(boxes[:, 3:5], axis=0)) / 2
    frame = georef.local_frame(float(centre[0]), float(centre[1]))
    tiles_dir = stage(os.path.join(folder, TILES_DIR))
    os.makedirs(tiles_dir, exist_ok=True)
    result = ExportResult(folder, os.path.join(folder, TILESET), 0, 0)
    contents = _write_tiles(root, [buildings[i] for i in kept], [values[i] for i in kept], georef, frame,
                            tiles_dir, progress, result)
    result.skipped_buildings = [buildings[i].building_id for i in np.flatnonzero(~drawable)]
    diagonal = float(np.hypot(*(boxes[:, 3:5].max(axis=0) - boxes[:, :2].min(axis=0))))
    tileset = tileset_json(root, contents, frame, georef, crs, diagonal)
    _write_text(stage(result.tileset), json.dumps(tileset, ensure_ascii=False, indent=1))
    page = viewer.viewer_html(title or os.path.basename(os.path.abspath(folder)), tileset["extras"]["nrwtwin"])
    _write_text(stage(os.path.join(folder, VIEWER)), page)
    result.files += [result.tileset, os.path.join(folder, VIEWER)]
    result.size_bytes += sum(os.path.getsize(stage(p)) for p in result.files[-2:])
    if georef.anomaly.fallback_message():
        progress.warning(georef.anomaly.fallback_message())
    progress.set_progress(100)
    return result


def _write_tiles(root, buildings, values, georef, frame, tiles_dir, progress, result) -> Dict[str, TileContent]:
    """Write every tile's .glb; the contents (boxes, ground heights) by tile address."""
    contents: Dict[str, TileContent] = {}
    nodes = list(root.walk())
    for number, node in enumerate(nodes):
        check_canceled(progress)
        chosen = [int(i) for i in node.buildings]
        content = tile_content([buildings[i] for i in chosen], [values[i] for i in chosen], georef, frame)
        if content is not None:
            path = os.path.join(tiles_dir, f"{node.address}.glb")
            _write_bytes(path, content.glb)
            contents[node.address] = content
            result.building_count += len(chosen)
            result.size_bytes += len(content.glb)
            result.degenerate_polygons += content.degenerate
            result.fanned_polygons += content.fanned
            result.files.append(os.path.join(result.folder, TILES_DIR, f"{node.address}.glb"))
        progress.set_progress(95.0 * (number + 1) / len(nodes))
    result.tile_count = len(contents)
    return contents


def _write_bytes(path: str, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def tileset_json(root: tiling.TileNode, contents: Mapping[str, TileContent], frame: LocalFrame,
                 georef: Georeferencer, crs: str, extent_diagonal_m: float) -> Dict[str, object]:
    """The tileset: the root carries the frame's transform; boxes enclose each subtree's vertices."""
    tile = _tile_json(root, contents)
    if tile is None:
        raise NrwTwinError(msg("No building produced a triangle; nothing was exported."))
    tile["transform"] = frame.matrix()
    grounds = np.concatenate([c.ground_heights for c in contents.values()])
    ground = float(np.nanmedian(grounds)) if np.isfinite(grounds).any() else 0.0
    return {
        "asset": {"version": "1.1", "generator": GENERATOR, "tilesetVersion": date.today().isoformat()},
        "geometricError": max(float(tile["geometricError"]), extent_diagonal_m),
        "root": tile,
        "extras": {
            "nrwtwin": {
                "source_crs": crs,
                "heights": f"DHHN2016 + {georef.anomaly.source}",
                "ground_height_m": round(ground, 2),
                "copyright": COPYRIGHT,
                "properties": [{"key": p.key, "label": p.label_de, "unit": p.unit} for p in scene.PROPERTIES],
            }
        },
    }


def _tile_json(node: tiling.TileNode, contents: Mapping[str, TileContent]) -> Optional[Dict[str, object]]:
    children = [c for c in (_tile_json(child, contents) for child in node.children) if c is not None]
    content = contents.get(node.address)
    if content is None and not children:
        return None
    lowers = [np.asarray(c["_lower"]) for c in children]
    uppers = [np.asarray(c["_upper"]) for c in children]
    tile: Dict[str, object] = {"geometricError": node.geometric_error, "refine": "ADD"}
    if content is not None:
        lowers.append(content.lower)
        uppers.append(content.upper)
        tile["content"] = {"uri": f"{TILES_DIR}/{node.address}.glb", "boundingVolume": box_volume(content.lower,
                                                                                               content.upper)}
    lower, upper = np.min(lowers, axis=0), np.max(uppers, axis=0)
    tile["boundingVolume"] = box_volume(lower, upper)
    if children:
        for child in children:
            child.pop("_lower"), child.pop("_upper")
        tile["children"] = children
    tile["_lower"], tile["_upper"] = lower.tolist(), upper.tolist()
    if node.level == 0:
        tile.pop("_lower"), tile.pop("_upper")
    return tile
