"""Wavefront OBJ + MTL writer: one closed solid, faces grouped by material (terrain, buildings)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Sequence

import numpy as np

from .materials import MATERIALS
from .solid import Mesh


def write_obj(mesh: Mesh, path, comments: Sequence[str] = ()) -> int:
    """Write ``mesh`` to ``path`` (.obj) and its materials next to it (.mtl); returns the triangles written.

    The caller makes the pair atomic (``files.OutputSet`` moves .obj and .mtl together); an OSError
    (disk full, …) propagates.
    """
    path = Path(path)
    mtl_path = path.with_suffix(".mtl")
    lines = ["# " + c for c in comments]
    for name, (r, g, b) in MATERIALS:
        lines += ["newmtl " + name, f"Kd {r / 255:.4f} {g / 255:.4f} {b / 255:.4f}", "Ka 0 0 0", "Ks 0 0 0", "d 1"]
        lines += ["illum 1", ""]
    mtl_path.write_text("\n".join(lines), encoding="utf-8")
    materials = mesh.face_material if mesh.face_material is not None else np.zeros(len(mesh.faces), dtype=np.int8)
    buffer = io.StringIO()
    for comment in comments:
        buffer.write(f"# {comment}\n")
    buffer.write("# units: millimetres\nmtllib {}\no {}\n".format(mtl_path.name, mesh.name.replace(" ", "_")))
    np.savetxt(buffer, mesh.vertices, fmt="v %.4f %.4f %.4f")
    for index, (name, _color) in enumerate(MATERIALS):
        faces = mesh.faces[materials == index]
        if len(faces) == 0:
            continue
        buffer.write(f"g {name}\nusemtl {name}\n")
        np.savetxt(buffer, faces + 1, fmt="f %d %d %d")
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return mesh.triangle_count
