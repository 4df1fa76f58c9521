"""Independent checks of written print models, shared by the print tests of every tier (no QGIS here).

* :func:`three_mf_parts` reads a 3MF the way PrusaSlicer does: the one object's mesh cut into parts by
  the triangle ranges of ``Metadata/Slic3r_PE_model.config``.
* :func:`lib3mf_report` reads it with the 3MF Consortium's lib3mf in strict mode.
* :func:`feature_violations` rasterises a part's footprint and checks that a square of the minimum
  feature fits around every point of it (a morphological opening, computed here with summed-area
  tables, independent of the engine's code); :func:`bodies` counts connected shells.
* :func:`slice_with_prusaslicer` runs the real PrusaSlicer CLI; :func:`read_gcode` turns its G-code into
  per-layer coverage images, so tests can ask which tool printed what at which height.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
from lxml import etree

CORE = "{http://schemas.microsoft.com/3dmanufacturing/core/2015/02}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
LAYER_MM = 0.2
NOZZLE_MM = 0.4
BED_CENTRE = (100.0, 100.0)


# --------------------------------------------------------------------------- 3MF
@dataclass
class Part:
    name: str
    extruder: int
    vertices: np.ndarray
    faces: np.ndarray
    material: np.ndarray  # basematerials index per triangle


def three_mf_xml(path) -> Tuple[etree._Element, Optional[etree._Element], List[str]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        model = etree.fromstring(archive.read("3D/3dmodel.model"), PARSER)
        config = None
        if "Metadata/Slic3r_PE_model.config" in names:
            config = etree.fromstring(archive.read("Metadata/Slic3r_PE_model.config"), PARSER)
    return model, config, names


def three_mf_parts(path) -> List[Part]:
    """The parts of the single object, as PrusaSlicer's importer cuts them (each with its own vertices)."""
    model, config, _names = three_mf_xml(path)
    [obj] = [o for o in model.iter(CORE + "object") if o.find(CORE + "mesh") is not None]
    mesh = obj.find(CORE + "mesh")
    vertices = np.array([[float(v.get(k)) for k in "xyz"] for v in mesh.iter(CORE + "vertex")])
    triangles = list(mesh.iter(CORE + "triangle"))
    faces = np.array([[int(t.get(k)) for k in ("v1", "v2", "v3")] for t in triangles])
    default = int(obj.get("pindex", "0"))
    material = np.array([int(t.get("p1", default)) for t in triangles])
    parts = []
    for volume in config.iter("volume"):
        first, last = int(volume.get("firstid")), int(volume.get("lastid"))
        meta = {m.get("key"): m.get("value") for m in volume.iter("metadata")}
        sub = faces[first : last + 1]
        used, inverse = np.unique(sub, return_inverse=True)
        parts.append(
            Part(meta["name"], int(meta.get("extruder", 1)), vertices[used], inverse.reshape(-1, 3),
                 material[first : last + 1])
        )
    return parts


def lib3mf_report(path) -> Dict[str, object]:
    """Read with lib3mf in strict mode: warnings, build items, mesh objects, triangles, manifoldness."""
    import lib3mf

    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    reader = model.QueryReader("3mf")
    reader.SetStrictModeActive(True)
    reader.ReadFromFile(str(path))
    warnings = [reader.GetWarning(i) for i in range(reader.GetWarningCount())]
    objects = model.GetMeshObjects()
    triangles, meshes, manifold = 0, 0, True
    while objects.MoveNext():
        mesh = objects.GetCurrentMeshObject()
        meshes += 1
        triangles += mesh.GetTriangleCount()
        manifold = manifold and mesh.IsManifoldAndOriented()
    items = model.GetBuildItems()
    build_items = 0
    while items.MoveNext():
        build_items += 1
    return {"warnings": warnings, "mesh_objects": meshes, "build_items": build_items, "triangles": triangles,
            "manifold": manifold}


# --------------------------------------------------------------------------- geometry
def bodies(faces: np.ndarray) -> int:
    """Connected shells of a mesh (faces joined through shared vertices), union–find."""
    parent = np.arange(int(faces.max()) + 1)

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, c in faces:
        ra, rb, rc = find(a), find(b), find(c)
        parent[rb] = ra
        parent[rc] = ra
    return len({find(v) for v in np.unique(faces)})


def rasterize_top(vertices, faces, origin, step, shape, down: bool = False) -> np.ndarray:
    """Height of the up-facing triangles (down-facing with ``down``) at the points
    ``origin + (col, row) · step`` of a (rows, cols) grid; NaN where none lies."""
    tri = vertices[faces]
    normal_z = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])[:, 2]
    tri = tri[(normal_z < -1e-12) if down else (normal_z > 1e-12)]
    out = np.full(shape, np.nan)
    if not len(tri):
        return out
    lo = np.clip(np.ceil((tri[:, :, :2].min(axis=1) - origin) / step - 1e-9), 0, None).astype(np.int64)
    hi = np.floor((tri[:, :, :2].max(axis=1) - origin) / step + 1e-9).astype(np.int64)
    hi[:, 0] = np.minimum(hi[:, 0], shape[1] - 1)
    hi[:, 1] = np.minimum(hi[:, 1], shape[0] - 1)
    nx, ny = np.maximum(hi[:, 0] - lo[:, 0] + 1, 0), np.maximum(hi[:, 1] - lo[:, 1] + 1, 0)
    counts = nx * ny
    ids = np.repeat(np.arange(len(tri)), counts)
    k = _ranks(counts)
    col = lo[ids, 0] + k % nx[ids]
    row = lo[ids, 1] + k // nx[ids]
    px, py = origin[0] + col * step, origin[1] + row * step
    a, b, c = tri[ids, 0], tri[ids, 1], tri[ids, 2]
    det = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1])
    u = ((px - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (py - a[:, 1])) / det
    v = ((b[:, 0] - a[:, 0]) * (py - a[:, 1]) - (px - a[:, 0]) * (b[:, 1] - a[:, 1])) / det
    inside = (u >= -1e-9) & (v >= -1e-9) & (u + v <= 1 + 1e-9)
    z = a[:, 2] + u * (b[:, 2] - a[:, 2]) + v * (c[:, 2] - a[:, 2])
    np.fmax.at(out, (row[inside], col[inside]), z[inside])
    return out


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0 … n-1 for every group of ``counts`` items laid out one after another."""
    return np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)


def _box_count(mask: np.ndarray, size: int) -> np.ndarray:
    """Set pixels in every size × size window, indexed by the window's lower corner."""
    table = np.zeros((mask.shape[0] + 1, mask.shape[1] + 1), dtype=np.int64)
    table[1:, 1:] = mask.cumsum(axis=0).cumsum(axis=1)
    return table[size:, size:] - table[:-size, size:] - table[size:, :-size] + table[:-size, :-size]


def square_opening(mask: np.ndarray, size: int) -> np.ndarray:
    """Pixels of ``mask`` that lie in a size × size square of set pixels."""
    padded = np.pad(mask, size)
    fits = _box_count(padded, size) == size * size
    covered = np.zeros(padded.shape, dtype=bool)
    for dr in range(size):
        for dc in range(size):
            covered[dr : dr + fits.shape[0], dc : dc + fits.shape[1]] |= fits
    return (covered & padded)[size:-size, size:-size]


def feature_violations(part: Part, min_feature_mm: float, pixel_mm: float = 0.05) -> float:
    """Area (mm²) of the part's footprint that no square of ``min_feature_mm`` (less one pixel of
    sampling tolerance) inside the footprint covers: 0 for a part without crumbs or slivers."""
    lo = part.vertices[:, :2].min(axis=0) - pixel_mm / 2
    shape = tuple((np.ceil((part.vertices[:, :2].max(axis=0) - lo) / pixel_mm).astype(int) + 1)[::-1])
    footprint = ~np.isnan(rasterize_top(part.vertices, part.faces, lo, pixel_mm, shape, down=True))
    size = max(int(np.floor(min_feature_mm / pixel_mm + 1e-9)) - 1, 1)
    return float((footprint & ~square_opening(footprint, size)).sum() * pixel_mm**2)


# --------------------------------------------------------------------------- PrusaSlicer
@dataclass
class Sliced:
    returncode: int
    output: str
    gcode: Optional[Path]
    seconds: float = 0.0


def slice_with_prusaslicer(model_path, gcode_path, extruders: int = 1, extra: Tuple[str, ...] = ()) -> Sliced:
    """PrusaSlicer CLI, 0.4 mm nozzle(s), 0.2 mm layers, object kept in place (no arrange) and centred
    on the default 200 × 200 mm bed at (100, 100)."""
    import time

    from nrwtwin_testsupport import needs_program

    program = needs_program("prusa-slicer")
    nozzles = ",".join([str(NOZZLE_MM)] * extruders)
    command = [
        program, "--export-gcode", "--loglevel", "1", "--nozzle-diameter", nozzles, "--layer-height", str(LAYER_MM),
        "--first-layer-height", str(LAYER_MM), "--dont-arrange", "--center", "{},{}".format(*BED_CENTRE),
        *extra, "--output", str(gcode_path), str(model_path),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    gcode = Path(gcode_path)
    return Sliced(done.returncode, done.stdout + done.stderr, gcode if gcode.exists() else None, seconds)


def prusaslicer_info(model_path) -> List[Dict[str, str]]:
    """``prusa-slicer --info``: one dict per object the slicer loaded (size, number_of_parts, …)."""
    from nrwtwin_testsupport import needs_program

    done = subprocess.run([needs_program("prusa-slicer"), "--loglevel", "1", "--info", str(model_path)],
                          capture_output=True, text=True, timeout=300)
    objects: List[Dict[str, str]] = []
    for line in done.stdout.splitlines():
        if re.match(r"^\[[^\]]*\]\s*$", line):  # "[file.3mf]" opens an object; log lines go on after "]"
            objects.append({})
        elif "=" in line and objects:
            key, value = (s.strip() for s in line.split("=", 1))
            objects[-1][key] = value
    return objects


@dataclass
class Layer:
    z: float  # top of the layer (mm)
    height: float
    segments: List[Tuple[float, float, float, float, float, int]] = field(default_factory=list)  # x0 y0 x1 y1 w tool


@dataclass
class Gcode:
    layers: List[Layer]

    @property
    def max_z(self) -> float:
        return max(layer.z for layer in self.layers if layer.segments)

    def tools(self) -> set:
        return {s[5] for layer in self.layers for s in layer.segments}


MOVE = re.compile(r"^G1 (?:.*?X(?P<x>-?[\d.]+))?(?:.*?Y(?P<y>-?[\d.]+))?(?:.*?E(?P<e>-?[\d.]+))?")


def read_gcode(path) -> Gcode:
    """Extrusions of a PrusaSlicer G-code (absolute E, ``;Z:``/``;HEIGHT:``/``;WIDTH:``/``;TYPE:`` comments),
    per layer, without skirt and brim."""
    layers: List[Layer] = []
    x = y = e = 0.0
    tool, width, kind = 0, NOZZLE_MM, ""
    for line in Path(path).read_text().splitlines():
        if line.startswith(";Z:"):
            layers.append(Layer(float(line[3:]), LAYER_MM))
        elif line.startswith(";HEIGHT:") and layers:
            layers[-1].height = float(line[8:])
        elif line.startswith(";WIDTH:"):
            width = float(line[7:])
        elif line.startswith(";TYPE:"):
            kind = line[6:]
        elif re.match(r"^T\d+\s*$", line):
            tool = int(line[1:])
        elif line.startswith("G92") and " E" in line:
            e = float(line.split("E")[1].split()[0])
        elif line.startswith("G1 "):
            match = MOVE.match(line.split(";")[0])
            nx = float(match["x"]) if match["x"] else x
            ny = float(match["y"]) if match["y"] else y
            ne = float(match["e"]) if match["e"] else e
            if ne > e + 1e-9 and (nx, ny) != (x, y) and layers and kind != "Skirt/Brim":
                layers[-1].segments.append((x, y, nx, ny, width, tool))
            x, y, e = nx, ny, ne
    return Gcode(layers)


def coverage(layer: Layer, origin, step: float, shape, tool: Optional[int] = None, slack_mm: float = 0.0):
    """Pixels (``origin + (col, row) · step``) within half an extrusion width plus ``slack_mm`` of the
    layer's extrusions (of ``tool``); the distance is measured as a square (Chebyshev) around the path."""
    out = np.zeros(shape, dtype=bool)
    seg = np.array([s for s in layer.segments if tool is None or s[5] == tool], dtype=float).reshape(-1, 6)
    if not len(seg):
        return out
    length = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1])
    count = np.ceil(length / (step / 2)).astype(np.int64) + 1
    ids = np.repeat(np.arange(len(seg)), count)
    t = _ranks(count) / np.repeat(np.maximum(count - 1, 1), count)
    col = np.round((seg[ids, 0] + t * (seg[ids, 2] - seg[ids, 0]) - origin[0]) / step).astype(np.int64)
    row = np.round((seg[ids, 1] + t * (seg[ids, 3] - seg[ids, 1]) - origin[1]) / step).astype(np.int64)
    ok = (row >= 0) & (row < shape[0]) & (col >= 0) & (col < shape[1])
    out[row[ok], col[ok]] = True
    reach = int(np.floor((np.median(seg[:, 4]) / 2 + slack_mm) / step))
    return _dilate(out, reach)


def _dilate(mask: np.ndarray, reach: int) -> np.ndarray:
    """Dilation by a (2·reach + 1)² square (summed-area table)."""
    if reach <= 0:
        return mask
    padded = np.pad(mask, reach)
    return _box_count(padded, 2 * reach + 1) > 0


def model_frame(parts: List[Part], step: float):
    """Grid over the model's footprint: lower corner, shape (rows, cols) and the XY offset PrusaSlicer's
    ``--center`` applies (the bounding box's centre goes to :data:`BED_CENTRE`)."""
    vertices = np.concatenate([p.vertices for p in parts])
    lo, hi = vertices[:, :2].min(axis=0), vertices[:, :2].max(axis=0)
    shape = tuple((np.ceil((hi - lo) / step).astype(int) + 1)[::-1])
    return lo, shape, np.array(BED_CENTRE) - (lo + hi) / 2


def footprint_coverage(parts: List[Part], gcode: Gcode, tool: Optional[int] = None, step: float = 0.1,
                       slack_mm: float = 0.3):
    """Per building part (name → share of its footprint): the footprint points that extrusions (of
    ``tool``) reach in one of the two layers just above the terrain at that point. Points on the
    footprint's outline (within one ``step``) are left out: an extrusion ends exactly there. An
    extrusion reaches ``slack_mm`` beyond its width: slicers leave gaps narrower than about one
    extrusion width unfilled inside small regions; a part that is not printed is farther away."""
    lo, shape, offset = model_frame(parts, step)
    terrain = next(p for p in parts if p.name == "terrain")
    ground = rasterize_top(terrain.vertices, terrain.faces, lo, step, shape)
    rows, cols, owner, roofs = [], [], [], []
    names = []
    for part in parts:
        if part.name == "terrain":
            continue
        c0, r0 = np.maximum(np.floor((part.vertices[:, :2].min(axis=0) - lo) / step).astype(int) - 1, 0)
        c1, r1 = np.ceil((part.vertices[:, :2].max(axis=0) - lo) / step).astype(int) + 2
        roof = rasterize_top(part.vertices, part.faces, lo + np.array([c0, r0]) * step, step, (r1 - r0, c1 - c0))
        inside = ~np.isnan(roof)
        inside[1:-1, 1:-1] &= inside[:-2, 1:-1] & inside[2:, 1:-1] & inside[1:-1, :-2] & inside[1:-1, 2:]
        r, c = np.nonzero(inside)
        roof, r, c = roof[r, c], r + r0, c + c0
        keep = (r < shape[0]) & (c < shape[1])
        roof, r, c = roof[keep], r[keep], c[keep]
        keep = ~np.isnan(ground[r, c])
        roof, r, c = roof[keep], r[keep], c[keep]
        rows.append(r), cols.append(c), roofs.append(roof), owner.append(np.full(len(r), len(names)))
        names.append(part.name)
    rows, cols, owner, roofs = (np.concatenate(a) for a in (rows, cols, owner, roofs))
    t = ground[rows, cols]
    present = np.zeros(len(rows), dtype=bool)
    for layer in gcode.layers:
        middle = layer.z - layer.height / 2
        window = (middle > t) & (middle <= t + 2 * LAYER_MM + 1e-6) & (middle < roofs)
        if layer.segments and window.any():
            present |= window & coverage(layer, lo + offset, step, shape, tool, slack_mm)[rows, cols]
    share = np.bincount(owner, weights=present, minlength=len(names)) / np.bincount(owner, minlength=len(names))
    return dict(zip(names, share))


def gcode_top_view(gcode: Gcode, path, step: float = 0.1) -> None:
    """A PNG of what the slicer prints, seen from above: the topmost extrusion of every point, green for
    tool 0 (terrain), red for tool 1 (buildings), brighter when higher."""
    from PIL import Image

    segments = np.array([s for layer in gcode.layers for s in layer.segments])
    lo = segments[:, :2].min(axis=0) - 1
    shape = tuple((np.ceil((segments[:, :2].max(axis=0) + 1 - lo) / step).astype(int) + 1)[::-1])
    top, tool = np.full(shape, np.nan), np.full(shape, -1)
    for layer in gcode.layers:
        for index in (0, 1):
            covered = coverage(layer, lo, step, shape, index)
            top[covered], tool[covered] = layer.z, index
    low, high = np.nanmin(top), np.nanmax(top)
    shade = 0.55 + 0.45 * (np.nan_to_num(top, nan=low) - low) / max(high - low, 1e-9)
    image = np.full(shape + (3,), 255, dtype=np.uint8)
    for index, colour in ((0, (120, 170, 80)), (1, (200, 70, 50))):
        where = tool == index
        image[where] = np.clip(np.array(colour) * shade[where][:, None], 0, 255).astype(np.uint8)
    Image.fromarray(image[::-1]).save(str(path))
