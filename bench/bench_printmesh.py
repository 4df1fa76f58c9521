"""Benchmark: full LoD2 tile (194 buildings) + terrain → printable model, heightfield vs mesh booleans.

Run from the repository root: ``.venv/bin/python bench/bench_printmesh.py``. Each job runs in its own
process (fork) so its peak memory (ru_maxrss) is its own. The peer does the same job with mesh booleans:
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
    [path] = write_model(model, Path(out_dir) / ("ours." + fmt.lower()), fmt)
    done = time.perf_counter()
    closed = all(is_closed_oriented(t.solid) for t in model.tiles)
    return {
        "job": "heightfield (ours) " + fmt,
        "seconds": done - start,
        "build_s": built - start,
        "triangles": model.triangle_count,
        "bytes": path.stat().st_size,
        "closed": closed,
        "buildings": model.stats["buildings_printed"],
        "note": "{} thickened".format(model.stats["buildings_thickened"]),
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
        "bytes": path.stat().st_size,
        "closed": bool(result.is_watertight and result.is_winding_consistent),
        "buildings": len(records),
        "note": f"{hulls} non-manifold shells → convex hull",
    }


def _child(job, args, queue):
    try:
        out = job(*args)
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
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


def main() -> int:
    print(f"printmesh benchmark: {TILE.name} ({TILE.stat().st_size} bytes), size {SIZE_MM} mm, {os.cpu_count()} CPU(s)")
    with tempfile.TemporaryDirectory() as out_dir:
        rows = [run_isolated(ours, out_dir, "STL"), run_isolated(ours, out_dir, "3MF"), run_isolated(peer, out_dir)]
    header = "{:<30} {:>8} {:>10} {:>10} {:>10} {:>8} {:>9}  {}".format(
        "job", "time s", "triangles", "file KB", "peak MB", "closed", "buildings", "note"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        if "error" in row:
            print("{:<30} failed: {}".format(row["job"], row["error"]))
            continue
        print(
            "{:<30} {:>8.2f} {:>10} {:>10.0f} {:>10.0f} {:>8} {:>9}  {}".format(
                row["job"],
                row["seconds"],
                row["triangles"],
                row["bytes"] / 1024,
                row["peak_mb"],
                str(row["closed"]),
                row["buildings"],
                row.get("note", ""),
            )
        )
    ok = [r for r in rows if "error" not in r]
    if len(ok) == 3:
        print("ratio time peer/ours (STL): {:.1f}×".format(rows[2]["seconds"] / rows[0]["seconds"]))
        print("goal: ours under 10 s on 2 cores → {}".format("met" if rows[0]["seconds"] < 10 else "NOT met"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
