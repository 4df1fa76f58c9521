"""Well-known binary (ISO/IEC 13249-3 SQL/MM, OGC 06-103r4 §8.2.9) of 3D polygons, built from numpy.

Writing features is the slow part of an import when every vertex becomes a Python/QGIS object; a WKB byte string
per feature (handed to ``QgsGeometry.fromWkb`` or stored in a GeoPackage blob) avoids that. The batch writer
slices one byte string of all coordinates of a batch, so the usual surface — one polygon, one ring — costs one
struct pack and two slices.
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
_POINT = 24  # bytes of one xyz point


def multipolygon_z_wkb(polygons: Sequence[Polygon3D]) -> bytes:
    """Little-endian ISO WKB MultiPolygonZ; rings are closed (first point repeated) as WKB requires."""
    chunks: List[bytes] = [_HEADER.pack(1, WKB_MULTIPOLYGON_Z, len(polygons))]
    for polygon in polygons:
        rings = polygon.rings()
        chunks.append(_HEADER.pack(1, WKB_POLYGON_Z, len(rings)))
        for ring in rings:
            data = np.ascontiguousarray(ring, dtype=np.float64).tobytes()
            chunks.append(_COUNT.pack(len(ring) + 1))
            chunks.append(data)
            chunks.append(data[:_POINT])
    return b"".join(chunks)


class RingBytes:
    """WKB of groups of rings stored in one points array (rings contiguous, polygons = runs of rings)."""

    def __init__(self, points: np.ndarray, ring_starts: np.ndarray, ring_lengths: np.ndarray,
                 ring_is_hole: np.ndarray) -> None:
        self.data = np.ascontiguousarray(points, dtype=np.float64).tobytes()
        self.start = (ring_starts * _POINT).tolist()
        self.end = ((ring_starts + ring_lengths) * _POINT).tolist()
        self.count = (ring_lengths + 1).tolist()
        # Polygon runs: a ring that is not a hole starts a polygon.
        self.polygon_start = np.flatnonzero(~np.asarray(ring_is_hole, dtype=bool)).tolist()

    def single(self, ring: int) -> bytes:
        """MultiPolygonZ of one polygon of one ring."""
        a = self.start[ring]
        return _SINGLE.pack(1, WKB_MULTIPOLYGON_Z, 1, 1, WKB_POLYGON_Z, 1, self.count[ring]) + self.data[
            a : self.end[ring]
        ] + self.data[a : a + _POINT]

    def multipolygon(self, polygons: Sequence[Sequence[int]]) -> bytes:
        """MultiPolygonZ of polygons given as lists of ring indices (exterior first)."""
        data, start, end, count = self.data, self.start, self.end, self.count
        chunks: List[bytes] = [_HEADER.pack(1, WKB_MULTIPOLYGON_Z, len(polygons))]
        for rings in polygons:
            chunks.append(_HEADER.pack(1, WKB_POLYGON_Z, len(rings)))
            for ring in rings:
                a = start[ring]
                chunks.append(_COUNT.pack(count[ring]))
                chunks.append(data[a : end[ring]])
                chunks.append(data[a : a + _POINT])
        return b"".join(chunks)
