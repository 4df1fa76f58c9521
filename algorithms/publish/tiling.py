"""Spatial tiling of buildings for streaming: a quadtree with additive refinement.

Each tile holds up to ``capacity`` buildings: the largest ones of its square that no ancestor holds; the
rest go to its four quadrants (by the centre of their footprint), recursively. A viewer therefore shows
the biggest buildings of a whole town first and adds the smaller ones as the camera comes closer
(3D Tiles ``refine: ADD``), the scheme of pg2b3dm and of Cesium's own city tilesets.

Geometric error (3D Tiles 1.1 §"Geometric error": the error in metres when a tile is drawn without its
children): the size of the largest building in the tile's descendants, size = the larger of the
footprint's bounding-box diagonal and the height. Leaves have 0. A tile's error is never larger than
its parent's, because its descendants are a subset of the parent's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, List, Tuple

import numpy as np

CAPACITY = 100
MAX_DEPTH = 12


@dataclass
class TileNode:
    """One tile: the buildings it holds (indices), its children and geometric error (m)."""

    address: str
    level: int
    buildings: np.ndarray
    geometric_error: float = 0.0
    children: List["TileNode"] = field(default_factory=list)

    def walk(self) -> Iterator["TileNode"]:
        """This tile and all below it, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()


def building_sizes(boxes: np.ndarray) -> np.ndarray:
    """Size (m) of each building from its box (xmin, ymin, zmin, xmax, ymax, zmax): max(diagonal, height)."""
    diagonal = np.hypot(boxes[:, 3] - boxes[:, 0], boxes[:, 4] - boxes[:, 1])
    return np.maximum(diagonal, boxes[:, 5] - boxes[:, 2])


def quadtree(
    centres: np.ndarray, sizes: np.ndarray, capacity: int = CAPACITY, max_depth: int = MAX_DEPTH
) -> TileNode:
    """The tile tree of buildings at ``centres`` (n, 2) with ``sizes`` (n,) (see the module docstring).

    Parameters
    ----------
    centres : numpy.ndarray
        Footprint centres (x, y) in metres.
    sizes : numpy.ndarray
        Building sizes in metres (:func:`building_sizes`).
    capacity : int
        Most buildings per tile (tiles at ``max_depth`` hold all that remain).
    """
    if not len(centres):
        raise ValueError("no buildings to tile")
    lower = centres.min(axis=0)
    side = float(max((centres.max(axis=0) - lower).max(), 1.0)) * (1 + 1e-9)
    square = (float(lower[0]), float(lower[1]), side)
    return _node(np.arange(len(centres)), centres, sizes, square, 0, "0", capacity, max_depth)


def _node(
    indices: np.ndarray,
    centres: np.ndarray,
    sizes: np.ndarray,
    square: Tuple[float, float, float],
    level: int,
    address: str,
    capacity: int,
    max_depth: int,
) -> TileNode:
    # Largest first; ties by input order, so the tiling is the same run after run.
    order = indices[np.lexsort((indices, -sizes[indices]))]
    if level >= max_depth:
        return TileNode(address, level, np.sort(order))
    own, rest = np.sort(order[:capacity]), order[capacity:]
    node = TileNode(address, level, own, float(sizes[rest].max()) if len(rest) else 0.0)
    x0, y0, side = square
    half = side / 2
    east = centres[rest, 0] >= x0 + half
    north = centres[rest, 1] >= y0 + half
    for quadrant, (is_east, is_north) in enumerate(((False, False), (True, False), (False, True), (True, True))):
        chosen = rest[(east == is_east) & (north == is_north)]
        if len(chosen):
            child_square = (x0 + half * is_east, y0 + half * is_north, half)
            node.children.append(
                _node(chosen, centres, sizes, child_square, level + 1, f"{address}_{quadrant}", capacity, max_depth)
            )
    return node
