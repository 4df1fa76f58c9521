"""Benchmark of the 3D Tiles export (algorithms/publish) against cjio's b3dm export of the same buildings.

Cases: the real tile tests/data/citygml/LoD2_32_326_5727_1_NW.gml (194 buildings, with the engine's solar
values at 1 m) and the dense synthetic 1 km² of bench_roofsolar.py (58 × 58 = 3,364 gable and flat roofs).
Ours = nrwtwin:export3dtiles' engine: triangulation, DHHN2016 → ellipsoidal heights (GCG2016) → ECEF,
quadtree, one .glb per tile with normals, materials by solar class and per-building metadata
(EXT_mesh_features / EXT_structural_metadata), tileset.json and the viewer page. Timed alone, from parsed
surfaces to files on disk; the CityJSON export of the same buildings is timed as well.

Peer: cjio (PyPI, the CityJSON reference tool) ``export b3dm`` of the CityJSON we wrote for the same
buildings, run as a command in the same run: it triangulates every surface with Shewchuk's Triangle and
writes one Batched 3D Model (3D Tiles 1.0 content) with a batch table of all attributes. It does less:
no tiling or tileset.json, no Earth-centred coordinates or geoid, no normals or materials by solar class.
Its time includes reading the CityJSON (ours starts from parsed surfaces).

Run from the repository root: ``.venv/bin/python bench/bench_export3dtiles.py`` (≈ 3 minutes on 2 cores).
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
GOAL_SECONDS_PER_DENSE_KM2 = 5.0
GOAL_BYTES_PER_BUILDING = 20_000
PEER_TIMEOUT_S = 300.0  # cjio slows down more than linearly with the number of buildings


def dense_buildings():
    from nrw_digital_twin.algorithms.publish import scene
    from nrw_digital_twin.algorithms.solar.synthetic import dense_tile

    return scene.group_buildings(dense_tile(356000.0, 5699000.0, size=1000.0, spacing=17.2, seed=7))


def fixture_buildings():
    from publish_support import fixture_buildings as parsed

    from nrw_digital_twin.algorithms.publish import scene

    records, surfaces, solar = parsed()
    return scene.group_buildings(surfaces, solar, {r.building_id: r.attributes for r in records})


def timed(function):
    """(result, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def ours(buildings, folder: Path):
    from nrw_digital_twin.algorithms.files import OutputSet
    from nrw_digital_twin.algorithms.publish import tiles3d

    folder.mkdir(parents=True)

    def run():
        with OutputSet() as outputs:
            result = tiles3d.export_3dtiles(buildings, str(folder), "EPSG:25832", lambda p: str(outputs.path(p)))
            outputs.commit()
        return result

    return timed(run)


def cityjson(buildings, path: Path):
    from nrw_digital_twin.algorithms.publish import cityjson as writer
    from nrw_digital_twin.algorithms.publish.scene import published_values

    return timed(lambda: writer.write_cityjson(buildings, published_values(buildings), str(path), 25832))


def peer(city_json: Path, out: Path):
    """cjio export b3dm: (wall seconds, CPU seconds of the child, output bytes, finished), None on failure.

    A run longer than PEER_TIMEOUT_S is stopped and reported as "> timeout" (a lower bound, not extrapolated).
    """
    cjio = shutil.which("cjio", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if cjio is None:
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    try:
        completed = subprocess.run([cjio, "--suppress_msg", str(city_json), "export", "b3dm", str(out)],
                                   capture_output=True, text=True, timeout=PEER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return PEER_TIMEOUT_S, None, None, False
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0 or not out.exists():
        print(f"  cjio export b3dm failed: {(completed.stderr or completed.stdout).strip()[-300:]}")
        return None
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out.stat().st_size, True


def case(name: str, buildings, work: Path) -> dict:
    result, wall, cpu = ours(buildings, work / name / "tiles")
    _cj, cj_wall, _cj_cpu = cityjson(buildings, work / name / "twin.city.json")
    files = len(result.files)
    row = {"case": name, "buildings": result.building_count, "tiles": result.tile_count, "files": files,
           "seconds": wall, "cpu": cpu, "bytes": result.size_bytes, "cityjson_seconds": cj_wall}
    row["peer"] = peer(work / name / "twin.city.json", work / name / "cjio.b3dm")
    return row


def main() -> None:
    print("3D Tiles export (tileset.json + .glb + viewer) vs cjio export b3dm, same buildings, same run")
    print(f"cores: {os.cpu_count()}; times are wall clock (CPU in brackets)")
    work = Path(tempfile.mkdtemp(prefix="nrwtwin-bench-3dtiles-"))
    try:
        rows = [case("fixture tile (real LoD2)", fixture_buildings(), work),
                case("dense synthetic 1 km²", dense_buildings(), work)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'case':<27}{'buildings':>10}{'tiles':>7}{'files':>7}{'ours s':>16}{'kB/building':>13}"
          f"{'CityJSON s':>12}{'cjio b3dm s':>18}{'cjio kB/bldg':>14}{'ratio':>8}")
    for row in rows:
        per_building = row["bytes"] / row["buildings"] / 1000
        ours_text = f"{row['seconds']:.2f} ({row['cpu']:.2f})"
        peer_text, peer_size, ratio = "n/a", "n/a", "n/a"
        if row["peer"] and row["peer"][3]:
            peer_wall, peer_cpu, peer_bytes, _finished = row["peer"]
            peer_text = f"{peer_wall:.2f} ({peer_cpu:.2f})"
            peer_size = f"{peer_bytes / row['buildings'] / 1000:.1f}"
            ratio = f"{peer_wall / row['seconds']:.1f}×"
        elif row["peer"]:
            peer_text = f"> {PEER_TIMEOUT_S:.0f} (stopped)"
            ratio = f"> {PEER_TIMEOUT_S / row['seconds']:.0f}×"
        print(f"{row['case']:<27}{row['buildings']:>10}{row['tiles']:>7}{row['files']:>7}{ours_text:>16}"
              f"{per_building:>13.1f}{row['cityjson_seconds']:>12.2f}{peer_text:>18}{peer_size:>14}{ratio:>8}")
    dense = rows[1]
    fast = dense["seconds"] < GOAL_SECONDS_PER_DENSE_KM2
    small = all(r["bytes"] / r["buildings"] < GOAL_BYTES_PER_BUILDING for r in rows)
    print(f"goal dense km² < {GOAL_SECONDS_PER_DENSE_KM2:.0f} s: {'met' if fast else 'NOT met'}; "
          f"< {GOAL_BYTES_PER_BUILDING / 1000:.0f} kB per building: {'met' if small else 'NOT met'}")
    print("ratio = cjio's wall time / ours. cjio writes one b3dm without tiling, ECEF, geoid, normals or solar "
          "materials, and reads the CityJSON first; ours starts from parsed surfaces.")


if __name__ == "__main__":
    main()
