"""Splitting a roof-solar run into tiles, so that memory is bounded by the tile, not by the input.

A roof belongs to the tile that holds its centroid. A tile's surface model covers its roofs plus
the horizon distance and a little more (:data:`MODEL_MARGIN_M`), within the run's extent; it
contains every roof that reaches into that frame. Cells are snapped to the global grid and the
terrain lattice is the run's, so every cell a roof's result depends on has the same height in its
tile as in one model over everything: the results do not depend on the tiling (tests/unit/test_solar_tiles.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from ..raster import Bounds

#: Default tile edge (m): a 1 km tile at 0.5 m with its margins is a model of about 3,300² cells.
DEFAULT_TILE_M = 1000.0
#: Beyond the horizon distance: the horizon scan reaches cells up to about one cell further, and
#: walls may stick out of a building's roofs; 10 m covers both.
MODEL_MARGIN_EXTRA_M = 10.0


@dataclass
class Tile:
    """One tile: the indices of the roof planes it evaluates and the frame of its surface model."""

    planes: np.ndarray  # int64 indices into the run's planes, ascending
    bounds: Bounds  # model frame before snapping (m)


def boxes_of(bboxes: np.ndarray, margin: float) -> np.ndarray:
    """Boxes grown on every side.

    Parameters
    ----------
    bboxes : numpy.ndarray, shape (n, 4)
        (xmin, ymin, xmax, ymax), m.
    margin : float
        m.

    Returns
    -------
    numpy.ndarray, shape (n, 4)
    """
    return bboxes + np.array([-margin, -margin, margin, margin])


def intersect(a: Bounds, b: Bounds) -> Optional[Bounds]:
    """The overlap of two boxes.

    Parameters
    ----------
    a, b : (xmin, ymin, xmax, ymax)

    Returns
    -------
    (xmin, ymin, xmax, ymax) or None
        None when they do not overlap.
    """
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[0] < box[2] and box[1] < box[3] else None


def plan_tiles(
    centroids: np.ndarray, bboxes: np.ndarray, targets: np.ndarray, extent: Bounds, margin: float, tile_size: float
) -> List[Tile]:
    """Tiles of at most ``tile_size`` × ``tile_size`` m over the roofs to evaluate.

    Parameters
    ----------
    centroids : numpy.ndarray, shape (n, 2)
        Roof plane centroids (m).
    bboxes : numpy.ndarray, shape (n, 4)
        Roof plane boxes (xmin, ymin, xmax, ymax), m.
    targets : numpy.ndarray of int
        Indices of the planes to evaluate, ascending.
    extent : (xmin, ymin, xmax, ymax)
        The run's model extent (m): no model reaches beyond it.
    margin : float
        Model margin around a tile's roofs (m): horizon distance + :data:`MODEL_MARGIN_EXTRA_M`.
    tile_size : float
        Tile edge (m); ``inf`` for one tile.

    Returns
    -------
    list of Tile
        Non-empty tiles, west to east, then south to north.
    """
    if len(targets) == 0:
        return []
    xy = centroids[targets]
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    finite = math.isfinite(tile_size)
    counts = [max(1, int(math.ceil((h - low) / tile_size))) if finite else 1 for low, h in zip(lo, hi)]
    size = np.where(np.array(counts) > 1, (hi - lo) / np.array(counts), 1.0)
    index = np.minimum(np.floor((xy - lo) / size).astype(np.int64), np.array(counts) - 1)
    key = index[:, 1] * counts[0] + index[:, 0]
    tiles = []
    for value in np.unique(key):
        members = targets[key == value]
        box = bboxes[members]
        own = (box[:, 0].min() - margin, box[:, 1].min() - margin, box[:, 2].max() + margin, box[:, 3].max() + margin)
        frame = intersect(own, extent)
        if frame is not None:
            tiles.append(Tile(members, frame))
    return tiles


def planes_touching(bboxes: np.ndarray, frame: Bounds) -> np.ndarray:
    """The roof planes whose box overlaps a frame.

    Parameters
    ----------
    bboxes : numpy.ndarray, shape (n, 4)
        Plane boxes, m.
    frame : (xmin, ymin, xmax, ymax)

    Returns
    -------
    numpy.ndarray of int
        Indices, ascending.
    """
    x_overlap = (bboxes[:, 2] >= frame[0]) & (bboxes[:, 0] <= frame[2])
    return np.nonzero(x_overlap & (bboxes[:, 3] >= frame[1]) & (bboxes[:, 1] <= frame[3]))[0]


def covering(boxes: Sequence[Bounds]) -> Bounds:
    """The smallest box holding all boxes.

    Parameters
    ----------
    boxes : sequence of (xmin, ymin, xmax, ymax)

    Returns
    -------
    (xmin, ymin, xmax, ymax)
    """
    array = np.asarray(boxes, dtype=float).reshape(-1, 4)
    return float(array[:, 0].min()), float(array[:, 1].min()), float(array[:, 2].max()), float(array[:, 3].max())
