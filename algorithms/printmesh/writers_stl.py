"""Binary STL writer (the de-facto format of 3D Systems' StereoLithography Interface Specification, 1989).

Layout: 80-byte header, uint32 triangle count, then per triangle 12 float32 (normal, three vertices)
and a uint16 attribute; little-endian. The header carries the data source and licence (it must not
start with "solid", which readers take for ASCII STL).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .solid import Mesh

RECORD = np.dtype(
    [("normal", "<f4", (3,)), ("v0", "<f4", (3,)), ("v1", "<f4", (3,)), ("v2", "<f4", (3,)), ("attr", "<u2")]
)
STL_HEADER_BYTES = 84  #: 80-byte header and the uint32 triangle count
STL_RECORD_BYTES = RECORD.itemsize  #: 50 bytes per triangle


def stl_bytes(mesh: Mesh, header: str = "") -> bytes:
    triangles = mesh.vertices[mesh.faces]
    normals = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    length = np.linalg.norm(normals, axis=1, keepdims=True)
    normals = np.divide(normals, length, out=np.zeros_like(normals), where=length > 0)
    records = np.zeros(len(triangles), dtype=RECORD)
    records["normal"] = normals
    records["v0"], records["v1"], records["v2"] = triangles[:, 0], triangles[:, 1], triangles[:, 2]
    text = header.encode("ascii", "replace")[:80]
    if text[:5].lower() == b"solid":
        text = b"_" + text[:79]
    return text.ljust(80, b" ") + np.uint32(len(records)).tobytes() + records.tobytes()


def write_stl(mesh: Mesh, path, header: str = "NRW Digital Twin print model, (c) GEObasis.NRW, dl-de/zero-2-0") -> int:
    """Write ``mesh`` (millimetres) as binary STL; returns the triangles written.

    The caller makes the write atomic (``files.OutputSet``); an OSError (disk full, …) propagates.
    """
    Path(path).write_bytes(stl_bytes(mesh, header))
    return mesh.triangle_count
