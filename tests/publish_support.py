"""Shared by the publish tests: the fixture tile with real solar values, the offline 3D Tiles 1.1 rules,
reading .glb content back, and the test-only clients (Node packages, cjio) that ``make setup`` installs."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import numpy as np
import pytest
from nrwtwin_testsupport import needs_program

REPO = Path(__file__).resolve().parents[1]
NODE_DIR = REPO / "tests" / "js"
FIXTURE_TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
CESIUM_BUILD = NODE_DIR / "node_modules" / "cesium" / "Build" / "Cesium"


def in_qgis_chroot() -> bool:
    """True inside the QGIS 3.40/3.44 chroots of scripts/qgis_chroot.sh (they set NRWTWIN_QGIS)."""
    return bool(os.environ.get("NRWTWIN_QGIS"))


def needs_client(program: str) -> str:
    """A test-only client of the host (node, chromium, cjio in the venv); the chroot tiers leave these tests
    to the host."""
    found = shutil.which(program, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if found:
        return found
    if in_qgis_chroot():
        pytest.skip(f"client tools run in the host tier: {program} is not installed in the QGIS chroot")
    return needs_program(program)


def needs_python_client(module: str):
    """A test-only Python package of the host venv (requirements-dev.txt); skipped in the QGIS chroots."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        if in_qgis_chroot():
            pytest.skip(f"client tools run in the host tier: {module} is not installed in the QGIS chroot")
        pytest.fail(f"the Python package {module} is missing: run 'make setup'")


def needs_node_package(name: str) -> Path:
    """tests/js/node_modules/NAME, installed by ``make setup`` (npm ci); missing = failure on the host."""
    needs_client("node")
    path = NODE_DIR / "node_modules" / name
    if not path.exists():
        pytest.fail(f"the npm package {name} is missing in {NODE_DIR}: run 'make setup'")
    return path


# ------------------------------------------------------------------------------ the fixture tile
def fixture_buildings():
    """Parsed buildings of the fixture tile and real solar values of the engine (1 m cells, synthetic year)."""
    from nrw_digital_twin.algorithms import citygml
    from nrw_digital_twin.algorithms.solar.potential import SolarParameters, roof_solar_potential
    from nrw_digital_twin.algorithms.solar.weather import synthetic_year

    records = list(citygml.iter_buildings(str(FIXTURE_TILE)))
    surfaces = [s for r in records for s in r.surfaces]
    result = roof_solar_potential(surfaces, synthetic_year(1000.0, 51.67, 6.49), SolarParameters(resolution=1.0))
    solar = {
        roof.surface.surface_id: {
            "area_m2": roof.surface.area_m2,
            "irradiation_kwh_m2": roof.irradiation_kwh_m2,
            "usable_area_m2": roof.usable_area_m2,
            "kwp": roof.kwp,
            "yield_kwh": roof.yield_kwh,
            "suitability": roof.suitability,
        }
        for roof in result.roofs
    }
    return records, surfaces, solar


# ------------------------------------------------------------------------------ reading tilesets
def box_corners(box: List[float]) -> np.ndarray:
    """The 8 corners of a 3D Tiles box (centre + 3 half-axes)."""
    centre = np.asarray(box[:3])
    axes = np.asarray(box[3:]).reshape(3, 3)
    signs = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)])
    return centre + signs @ axes


def inside_box(points: np.ndarray, box: List[float], tolerance: float = 1e-3) -> np.ndarray:
    """Per point: inside the (oriented) box, with ``tolerance`` metres of slack."""
    centre = np.asarray(box[:3])
    axes = np.asarray(box[3:]).reshape(3, 3)
    lengths = np.linalg.norm(axes, axis=1)
    units = axes / lengths[:, None]
    local = (np.asarray(points) - centre) @ units.T
    return (np.abs(local) <= lengths + tolerance).all(axis=1)


def walk_tiles(tile: dict, depth: int = 0, parent: dict = None) -> Iterator[Tuple[dict, int, dict]]:
    yield tile, depth, parent
    for child in tile.get("children", []):
        yield from walk_tiles(child, depth + 1, tile)


def y_up_to_z_up(points: np.ndarray) -> np.ndarray:
    """glTF y-up → 3D Tiles z-up: (x, y, z) → (x, −z, y)."""
    return np.column_stack([points[:, 0], -points[:, 2], points[:, 1]])


def glb_contents(path: Path) -> Dict[str, object]:
    """Positions (tile frame, z-up), normals (z-up), feature ids, triangles and material per primitive."""
    from nrw_digital_twin.algorithms.publish.gltf import accessor_array, read_glb

    document, binary = read_glb(path.read_bytes())
    translation = np.asarray(document["nodes"][0].get("translation", [0, 0, 0]))
    primitives = []
    for primitive in document["meshes"][0]["primitives"]:
        attributes = primitive["attributes"]
        positions = accessor_array(document, binary, attributes["POSITION"]).astype(float) + translation
        primitives.append({
            "positions": y_up_to_z_up(positions),
            "normals": y_up_to_z_up(accessor_array(document, binary, attributes["NORMAL"]).astype(float)),
            "feature_ids": accessor_array(document, binary, attributes["_FEATURE_ID_0"]),
            "triangles": accessor_array(document, binary, primitive["indices"]).reshape(-1, 3).astype(np.int64),
            "material": document["materials"][primitive["material"]],
            "extension": primitive["extensions"]["EXT_mesh_features"],
        })
    return {"document": document, "binary": binary, "primitives": primitives}


def property_table(document: dict, binary: bytes) -> Dict[str, list]:
    """The first EXT_structural_metadata property table decoded: key → list of values."""
    metadata = document["extensions"]["EXT_structural_metadata"]
    table = metadata["propertyTables"][0]
    schema = metadata["schema"]["classes"][table["class"]]["properties"]
    views = document["bufferViews"]
    columns: Dict[str, list] = {}
    for key, prop in table["properties"].items():
        view = views[prop["values"]]
        raw = binary[view["byteOffset"] : view["byteOffset"] + view["byteLength"]]
        if schema[key]["type"] == "STRING":
            offsets_view = views[prop["stringOffsets"]]
            offsets = np.frombuffer(binary, "<u4", table["count"] + 1, offsets_view["byteOffset"])
            columns[key] = [raw[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(table["count"])]
        else:
            columns[key] = np.frombuffer(raw, "<f4").astype(float).tolist()
    return columns


def tileset_rule_violations(tileset_path: Path) -> List[str]:
    """Offline-testable rules of 3D Tiles 1.1 for a tileset with box volumes and glb content."""
    problems: List[str] = []
    tileset = json.loads(tileset_path.read_text(encoding="utf-8"))
    if tileset.get("asset", {}).get("version") not in ("1.0", "1.1"):
        problems.append("asset.version must be 1.0 or 1.1")
    root = tileset["root"]
    if not tileset.get("geometricError", -1) >= root.get("geometricError", 0) >= 0:
        problems.append("tileset geometricError must be ≥ the root's, both ≥ 0")
    if root.get("refine") not in ("ADD", "REPLACE"):
        problems.append("the root tile must define refine ADD or REPLACE")
    for tile, depth, parent in walk_tiles(root):
        problems += _tile_violations(tile, depth, parent, tileset_path.parent)
    return problems


def _tile_violations(tile: dict, depth: int, parent: dict, folder: Path) -> List[str]:
    problems = []
    name = tile.get("content", {}).get("uri", f"tile at depth {depth}")
    box = tile.get("boundingVolume", {}).get("box")
    if box is None or len(box) != 12:
        return [f"{name}: boundingVolume.box with 12 numbers expected"]
    if tile.get("refine", "ADD") not in ("ADD", "REPLACE"):
        problems.append(f"{name}: refine must be ADD or REPLACE")
    if "transform" in tile and (depth > 0 or len(tile["transform"]) != 16):
        problems.append(f"{name}: a 16-number transform is expected on the root only")
    if parent is not None:
        if tile["geometricError"] > parent["geometricError"]:
            problems.append(f"{name}: geometricError larger than the parent's")
        if not inside_box(box_corners(box), parent["boundingVolume"]["box"]).all():
            problems.append(f"{name}: bounding volume not inside the parent's")
    if "content" in tile:
        content_box = tile["content"].get("boundingVolume", {}).get("box", box)
        if not inside_box(box_corners(content_box), box).all():
            problems.append(f"{name}: content bounding volume not inside the tile's")
        path = folder / tile["content"]["uri"]
        if not path.exists():
            return problems + [f"{name}: content file missing"]
        points = np.concatenate([p["positions"] for p in glb_contents(path)["primitives"]])
        if not inside_box(points, content_box).all() or not inside_box(points, box).all():
            problems.append(f"{name}: vertices outside the bounding volume")
    if not tile.get("children") and tile["geometricError"] != 0:
        problems.append(f"{name}: a leaf should have geometricError 0")
    return problems


def validate_glb(paths: List[Path]) -> List[dict]:
    """Reports of the Khronos glTF-Validator (npm gltf-validator) for each file."""
    needs_node_package("gltf-validator")
    completed = subprocess.run(
        [needs_client("node"), str(NODE_DIR / "validate_gltf.js"), *map(str, paths)],
        capture_output=True, text=True, timeout=600, cwd=NODE_DIR,
    )
    assert completed.returncode == 0, completed.stderr
    return [json.loads(line) for line in completed.stdout.splitlines()]
