"""Benchmark: full LoD2 tile (194 buildings) + terrain → printable model, heightfield vs mesh booleans,
and what a slicer makes of each file.

Run from the repository root: ``.venv/bin/python bench/bench_printmesh.py``. Each job runs in its own
process (fork) so its peak memory (ru_maxrss) and CPU time are its own; every file written is then
sliced by PrusaSlicer's CLI (0.4 mm nozzle, 0.2 mm layers, no arrange; the 3MF on two extruders), wall
and CPU time of the slicer process measured. The peer does the same job with mesh booleans:
every building's LoD2 polygons triangulated (manifold3d.triangulate) into a mesh, turned into a
manifold3d.Manifold, seated on a plinth (its footprint extruded down into the terrain) and all of them
unioned with a terrain block (Manifold.batch_boolean), then written as STL by trimesh. Buildings whose
shell is not a closed manifold (open shells, non-manifold edges) cannot enter a boolean; they are
replaced by their convex hull and counted.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))
TILE = REPO / "tests" / "data" / "citygml" / "LoD2_32_326_5727_1_NW.gml"
SIZE_MM = 150.0
BASE_MM = 3.0


def load():
    from nrw_digital_twin.algorithms.citygml import iter_buildings

    records = list(iter_buildings(str(TILE)))
    return records, [s for r in records for s in r.surfaces]


def ours(out_dir: str, fmt: str):
    from nrw_digital_twin.algorithms.printmesh import PrintOptions, build_print_model, write_model
    from nrw_digital_twin.algorithms.printmesh.solid import is_closed_oriented

    records, surfaces = load()
    start = time.perf_counter()
    model = build_print_model(surfaces, options=PrintOptions(size_mm=SIZE_MM, base_mm=BASE_MM), with_parts=fmt == "3MF")
    built = time.perf_counter()
    written = write_model(model, Path(out_dir) / ("ours." + fmt.lower()), fmt)
    done = time.perf_counter()
    meshes = [p for t in model.tiles for p in t.parts] if fmt == "3MF" else [t.solid for t in model.tiles]
    stats = model.stats
    return {
        "job": "heightfield (ours) " + fmt,
        "seconds": done - start,
        "build_s": built - start,
        "triangles": written.triangles,
        "path": str(written[0]),
        "bytes": sum(f.stat().st_size for f in (written[0], written[0].with_suffix(".mtl")) if f.exists()),
        "closed": all(is_closed_oriented(m) for m in meshes),
        "buildings": stats["buildings_printed"],
        "note": "{} thickened, {} merged, {} lifted".format(
            stats["buildings_thickened"], stats["buildings_merged"], stats["buildings_raised"]
        ),
    }


def _polygon_triangles(polygon, manifold3d):
    ring = np.asarray(polygon.exterior, dtype=np.float64)
    from nrw_digital_twin.algorithms.geometry3d import newell_vector

    normal = newell_vector(ring)
    length = np.linalg.norm(normal)
    if length < 1e-9:
        return None, None
    normal = normal / length
    helper = np.array([1.0, 0, 0]) if abs(normal[0]) < 0.9 else np.array([0, 1.0, 0])
    u = np.cross(helper, normal)
    u /= np.linalg.norm(u)
    v = np.cross(normal, u)
    rings = [ring] + [np.asarray(h, dtype=np.float64) for h in polygon.interiors]
    points = np.concatenate(rings)
    origin = ring[0]
    flat = []
    for k, r in enumerate(rings):
        r2 = np.stack([(r - origin) @ u, (r - origin) @ v], axis=1)
        area = 0.5 * np.sum(r2[:, 0] * np.roll(r2[:, 1], -1) - np.roll(r2[:, 0], -1) * r2[:, 1])
        if (k == 0) != (area > 0):
            r2 = r2[::-1]
            rings[k] = r[::-1]
        flat.append(r2)
    points = np.concatenate(rings)
    triangles = np.asarray(manifold3d.triangulate(flat))
    return points, triangles


def peer(out_dir: str):
    import manifold3d
    import trimesh

    from nrw_digital_twin.algorithms.printmesh import PrintOptions, build_print_model

    records, surfaces = load()
    start = time.perf_counter()
    # Terrain block: the same interpolated terrain as ours, as a closed solid (terrain part only).
    terrain_model = build_print_model(
        surfaces, options=PrintOptions(size_mm=SIZE_MM, base_mm=BASE_MM, resolution_mm=1.0), with_parts=True
    )
    terrain_part = next(p for p in terrain_model.tiles[0].parts if p.kind == "terrain")
    s = 1000.0 / terrain_model.scale_denominator
    xs = np.concatenate([p.exterior[:, 0] for x in surfaces for p in x.polygons])
    ys = np.concatenate([p.exterior[:, 1] for x in surfaces for p in x.polygons])
    x0, y0 = xs.min() - 10.0, ys.min() - 10.0
    z_ref = min(r.attributes.get("ground_z") or 1e9 for r in records)
    terrain = manifold3d.Manifold(
        manifold3d.Mesh(
            vert_properties=terrain_part.vertices.astype(np.float32), tri_verts=terrain_part.faces.astype(np.uint32)
        )
    )
    terrain_s = time.perf_counter() - start
    solids, hulls = [], 0
    for record in records:
        pts_all, tris_all, offset = [], [], 0
        for surface in record.surfaces:
            for polygon in surface.polygons:
                points, triangles = _polygon_triangles(polygon, manifold3d)
                if points is None or len(triangles) == 0:
                    continue
                pts_all.append(points)
                tris_all.append(triangles + offset)
                offset += len(points)
        points = np.concatenate(pts_all)
        local = np.stack([(points[:, 0] - x0) * s, (points[:, 1] - y0) * s, BASE_MM + (points[:, 2] - z_ref) * s], 1)
        keys, inverse = np.unique(np.round(local, 4), axis=0, return_inverse=True)
        faces = inverse.reshape(-1)[np.concatenate(tris_all)]
        faces = faces[(faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2]) & (faces[:, 0] != faces[:, 2])]
        solid = manifold3d.Manifold(
            manifold3d.Mesh(vert_properties=keys.astype(np.float32), tri_verts=faces.astype(np.uint32))
        )
        if solid.status() != manifold3d.Error.NoError or solid.volume() <= 0:
            hulls += 1
            solid = manifold3d.Manifold.hull_points(keys.astype(np.float64))
        # plinth: the footprint extruded from 1 mm below the lowest ground point up to it (seats the building)
        footprint = solid.project()
        zmin = float(keys[:, 2].min())
        plinth = manifold3d.Manifold.extrude(footprint, 1.2).translate((0.0, 0.0, zmin - 1.0))
        solids.append(solid)
        solids.append(plinth)
    union = manifold3d.Manifold.batch_boolean([terrain] + solids, manifold3d.OpType.Add)
    mesh_out = union.to_mesh()
    result = trimesh.Trimesh(np.asarray(mesh_out.vert_properties)[:, :3], np.asarray(mesh_out.tri_verts), process=False)
    path = Path(out_dir) / "peer.stl"
    result.export(str(path))
    done = time.perf_counter()
    return {
        "job": "mesh booleans (manifold3d)",
        "seconds": done - start,
        "build_s": done - start - terrain_s,
        "triangles": len(result.faces),
        "path": str(path),
        "bytes": path.stat().st_size,
        "closed": bool(result.is_watertight and result.is_winding_consistent),
        "buildings": len(records),
        "note": f"{hulls} non-manifold shells → convex hull",
    }


def _child(job, args, queue):
    try:
        out = job(*args)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        out["peak_mb"] = usage.ru_maxrss / 1024.0
        out["cpu_s"] = usage.ru_utime + usage.ru_stime
        queue.put(out)
    except Exception as error:  # noqa: BLE001 - the table shows the failure
        queue.put({"job": getattr(job, "__name__", "?"), "error": repr(error)})


def run_isolated(job, *args):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_child, args=(job, args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def slice_file(path: str, gcode: str, extruders: int):
    """PrusaSlicer CLI on one file: (wall s, CPU s of the slicer process, exit code, G-code max Z)."""
    program = shutil.which("prusa-slicer")
    if program is None:
        return None
    nozzles = ",".join(["0.4"] * extruders)
    command = [program, "--export-gcode", "--loglevel", "1", "--nozzle-diameter", nozzles, "--layer-height", "0.2",
               "--first-layer-height", "0.2", "--dont-arrange", "--center", "100,100", "--output", gcode, path]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    top = 0.0
    if done.returncode == 0:
        with open(gcode) as handle:
            top = max((float(line[3:]) for line in handle if line.startswith(";Z:")), default=0.0)
    return wall, cpu, done.returncode, top


def main() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"printmesh benchmark: {TILE.name} ({TILE.stat().st_size} bytes), size {SIZE_MM} mm, {cores} core(s)")
    with tempfile.TemporaryDirectory() as out_dir:
        rows = [run_isolated(ours, out_dir, fmt) for fmt in ("STL", "3MF", "OBJ")] + [run_isolated(peer, out_dir)]
        for row in rows:
            if "error" not in row:
                extruders = 2 if row["path"].endswith(".3mf") else 1
                row["slice"] = slice_file(row["path"], row["path"] + ".gcode", extruders)
    header = "{:<30} {:>7} {:>7} {:>10} {:>8} {:>8} {:>6} {:>5} {:>8} {:>8} {:>6}  {}".format(
        "job", "wall s", "CPU s", "triangles", "file KB", "peak MB", "closed", "bldgs", "slice s", "sl. CPU", "max Z",
        "note",
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        if "error" in row:
            print("{:<30} failed: {}".format(row["job"], row["error"]))
            continue
        sliced = row.get("slice") or (float("nan"), float("nan"), "-", float("nan"))
        print(
            "{:<30} {:>7.2f} {:>7.2f} {:>10} {:>8.0f} {:>8.0f} {:>6} {:>5} {:>8.2f} {:>8.2f} {:>6.1f}  {}{}".format(
                row["job"], row["seconds"], row["cpu_s"], row["triangles"], row["bytes"] / 1024, row["peak_mb"],
                str(row["closed"]), row["buildings"], sliced[0], sliced[1], sliced[3], row.get("note", ""),
                "" if sliced[2] in (0, "-") else f" (slicer exit {sliced[2]})",
            )
        )
    ok = [r for r in rows if "error" not in r]
    if len(ok) == 4:
        print("ratio time peer/ours (STL): wall {:.1f}×, CPU {:.1f}×".format(
            rows[3]["seconds"] / rows[0]["seconds"], rows[3]["cpu_s"] / rows[0]["cpu_s"]))
        if rows[0].get("slice") and rows[3].get("slice"):
            print("ratio slicing time peer/ours (STL): wall {:.1f}×".format(rows[3]["slice"][0] / rows[0]["slice"][0]))
        slowest = max(r["seconds"] for r in rows[:3])
        print("goal: every format of ours under 10 s on {} cores → {} (slowest {:.1f} s wall)".format(
            cores, "met" if slowest < 10 else "NOT met", slowest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
