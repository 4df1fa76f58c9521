"""Well-known binary (ISO/IEC 13249-3 SQL/MM, OGC 06-103r4 §8.2.9) of 3D polygons, built from numpy.

Writing features is the slow part of an import when every vertex becomes a Python/QGIS object;
a WKB byte string per feature handed to ``QgsGeometry.fromWkb`` avoids that.
"""

from __future__ import annotations

import struct
from typing import List, Sequence

import numpy as np

from ..model import Polygon3D

WKB_POLYGON_Z = 1003
WKB_MULTIPOLYGON_Z = 1006
_HEADER = struct.Struct("<BII")
_COUNT = struct.Struct("<I")
# MultiPolygonZ of one polygon with one ring: multi header, polygon header, point count.
_SINGLE = struct.Struct("<BIIBIII")


def multipolygon_z_wkb(polygons: Sequence[Polygon3D]) -> bytes:
    """Little-endian ISO WKB MultiPolygonZ; rings are closed (first point repeated) as WKB requires."""
    if len(polygons) == 1 and not polygons[0].interiors:
        # The usual case (one planar face per surface), in one pack and two copies.
        ring = polygons[0].exterior
        if ring.dtype == np.float64 and ring.flags.c_contiguous:
            data = ring.tobytes()
            return _SINGLE.pack(1, WKB_MULTIPOLYGON_Z, 1, 1, WKB_POLYGON_Z, 1, len(ring) + 1) + data + data[:24]
    chunks: List[bytes] = [_HEADER.pack(1, WKB_MULTIPOLYGON_Z, len(polygons))]
    for polygon in polygons:
        rings = polygon.rings()
        chunks.append(_HEADER.pack(1, WKB_POLYGON_Z, len(rings)))
        for ring in rings:
            if ring.dtype != np.float64:
                ring = ring.astype(np.float64)
            # tobytes() always yields C order, also for non-contiguous views.
            chunks.append(_COUNT.pack(len(ring) + 1))
            chunks.append(ring.tobytes())
            chunks.append(ring[0].tobytes())
    return b"".join(chunks)
