"""The minimum printable feature on the print grid: no crumb of a building, every building one body.

Rule (k = MIN_FEATURE_MM in grid cells, rounded up): a set of cells is *printable* when every cell
lies in a k × k square of the set — the set equals its morphological opening by that square (Serra,
"Image Analysis and Mathematical Morphology", 1982) — and no two cells of it touch only at a corner
(a pinch would be a non-manifold vertex of the solid). A building is kept as one 4-connected body.

Every step that can shrink or split a building is followed by the same check, until nothing changes:

1. thin parts (where no k × k square fits) are removed;
2. a building that would vanish is *thickened* into free cells around it (a k-wide square grown
   around it, else any k × k squares that fit and touch it); when neighbours or the area outline
   leave no room, it is *merged* into the building it touches most, else *dropped*;
3. a pinch is bridged with a k × k square of free cells, else cut (and step 1 runs again);
4. pieces split off by a too-thin connection are merged into a building they touch, else dropped;
   the largest piece stays.

What was thickened, merged or dropped is counted in ``stats`` (mm² for dropped pieces).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .raster import erode, opening

Window = Tuple[int, int, int, int]  # r0, r1, c0, c1


def feature_cells(min_feature_mm: float, cell_mm: float) -> int:
    """The minimum feature in whole grid cells, rounded up so it is never smaller than asked for."""
    return max(1, int(math.ceil(min_feature_mm / cell_mm - 1e-6)))


def grow(mask: np.ndarray, before: int, after: int) -> np.ndarray:
    """Dilation by a rectangle: every set cell also sets the cells ``before`` lower and ``after`` higher
    in row and column (``grow(m, 1, 2)`` turns one cell into a 4 × 4 block)."""
    out = mask.copy()
    for axis in (0, 1):
        source = out.copy()
        for shift in range(1, before + 1):
            _or_shifted(out, source, -shift, axis)
        for shift in range(1, after + 1):
            _or_shifted(out, source, shift, axis)
    return out


def _or_shifted(out: np.ndarray, source: np.ndarray, shift: int, axis: int) -> None:
    """out |= source moved by ``shift`` cells along ``axis`` (no wrap-around)."""
    n = source.shape[axis]
    if abs(shift) >= n:
        return
    dst = [slice(None), slice(None)]
    src = [slice(None), slice(None)]
    if shift > 0:
        dst[axis], src[axis] = slice(shift, None), slice(None, n - shift)
    else:
        dst[axis], src[axis] = slice(None, n + shift), slice(-shift, None)
    out[tuple(dst)] |= source[tuple(src)]


def pinch_nodes(mask: np.ndarray) -> np.ndarray:
    """Grid nodes (row, col) where two cells of ``mask`` touch only at that corner; shape (n, 2)."""
    a, b = mask[:-1, :-1], mask[:-1, 1:]
    c, d = mask[1:, :-1], mask[1:, 1:]
    rows, cols = np.nonzero((a & d & ~b & ~c) | (b & c & ~a & ~d))
    return np.stack([rows + 1, cols + 1], axis=1)


def components(mask: np.ndarray) -> Tuple[np.ndarray, int]:
    """4-connected components: labels 0 … n-1 (-1 outside) and n. Minimum-label propagation with
    pointer jumping (Shiloach & Vishkin 1982), vectorised."""
    if not mask.any():
        return np.full(mask.shape, -1, dtype=np.int64), 0
    index = np.arange(mask.size, dtype=np.int64).reshape(mask.shape)
    outside = np.int64(mask.size)
    labels = np.where(mask, index, outside)
    while True:
        best = labels.copy()
        np.minimum(best[1:], labels[:-1], out=best[1:])
        np.minimum(best[:-1], labels[1:], out=best[:-1])
        np.minimum(best[:, 1:], labels[:, :-1], out=best[:, 1:])
        np.minimum(best[:, :-1], labels[:, 1:], out=best[:, :-1])
        best = np.where(mask, best, outside)
        flat = np.append(best.ravel(), outside)
        for _ in range(8):  # pointer jumping: follow each label to its own label
            jumped = flat[flat]
            if np.array_equal(jumped, flat):
                break
            flat = jumped
        best = flat[:-1].reshape(mask.shape)
        if np.array_equal(best, labels):
            break
        labels = best
    roots, dense = np.unique(labels[mask], return_inverse=True)
    out = np.full(mask.shape, -1, dtype=np.int64)
    out[mask] = dense.ravel()
    return out, len(roots)


def printable(mask: np.ndarray, k: int) -> np.ndarray:
    """The largest subset that passes the rule above by removal only: opening, then cutting every pinch,
    repeated until stable (a cut pinch can leave a part thinner than k again)."""
    while True:
        kept = opening(mask, k)
        for row, col in pinch_nodes(kept):
            # cut the upper-right cell of the pair (either cell resolves the pinch)
            if kept[row, col]:
                kept[row, col] = False
            else:
                kept[row, col - 1] = False
        if np.array_equal(kept, mask):
            return kept
        mask = kept


def square_at(shape: Tuple[int, int], row: int, col: int, k: int) -> Optional[np.ndarray]:
    """Boolean mask of the k × k square with its lower corner cell at (row, col), None when it leaves the grid."""
    if row < 0 or col < 0 or row + k > shape[0] or col + k > shape[1]:
        return None
    square = np.zeros(shape, dtype=bool)
    square[row : row + k, col : col + k] = True
    return square


def bridge_pinches(mask: np.ndarray, allowed: np.ndarray, k: int) -> Tuple[np.ndarray, int]:
    """Fill a k × k square centred on every pinch where the square lies in ``mask | allowed``; returns
    the new mask and the number of cells added."""
    out = mask.copy()
    for row, col in pinch_nodes(mask):
        square = square_at(mask.shape, row - k // 2, col - k // 2, k)
        if square is not None and (out | allowed)[square].all():
            out |= square
    return out, int((out & ~mask).sum())


def thicken(mine: np.ndarray, allowed: np.ndarray, k: int) -> np.ndarray:
    """The printable set grown from the cells ``mine`` into ``allowed`` cells: a k-wide square grown
    around them, else k × k squares that fit and hold them; empty when there is no room."""
    room = allowed | mine
    centred = printable(grow(mine, (k - 1) // 2, k // 2) & room, k)
    if (centred & mine).any():
        return centred
    anchors = erode(room, k) & grow(mine, k - 1, 0)  # squares inside the room that hold a cell of mine
    return printable(cover(mine, anchors, k), k)


def cover(mine: np.ndarray, anchors: np.ndarray, k: int) -> np.ndarray:
    """Greedy cover of ``mine`` by k × k squares whose lower corners are ``anchors``: for every cell not yet
    covered, the square nearest to the centre of ``mine`` that holds it."""
    covered = np.zeros_like(mine)
    if not anchors.any():
        return covered
    centre = np.argwhere(mine).mean(axis=0) - (k - 1) / 2.0
    candidates = np.argwhere(anchors)
    distance = ((candidates - centre) ** 2).sum(axis=1)
    for row, col in np.argwhere(mine):
        if covered[row, col]:
            continue
        offset = np.array([row, col]) - candidates
        holds = ((offset >= 0) & (offset < k)).all(axis=1)
        if holds.any():
            best = candidates[np.flatnonzero(holds)[distance[holds].argmin()]]
            covered[best[0] : best[0] + k, best[1] : best[1] + k] = True
    return covered


@dataclass
class CellGrid:
    """The building cells of the print grid that :func:`enforce_min_feature` edits in place.

    ``owner`` (ny, nx) building index or -1; ``roof`` (ny, nx) roof height at cell centres (metres,
    -inf where no building); ``plane`` (ny, nx, 5) roof planes; ``domain`` cells inside the area;
    ``terrain`` (ny, nx) terrain height at cell centres (metres).
    """

    owner: np.ndarray
    roof: np.ndarray
    plane: np.ndarray
    domain: np.ndarray
    terrain: np.ndarray
    extents: Dict[int, Window] = field(default_factory=dict)

    def window(self, index: int, margin: int) -> Window:
        r0, r1, c0, c1 = self.extents[index]
        ny, nx = self.owner.shape
        return max(r0 - margin, 0), min(r1 + margin, ny), max(c0 - margin, 0), min(c1 + margin, nx)

    def widen(self, index: int, win: Window, cells: np.ndarray) -> None:
        """Extend the known extent of building ``index`` by ``cells`` (a mask of the window ``win``)."""
        rows, cols = np.nonzero(cells)
        if not len(rows):
            return
        r0, r1, c0, c1 = self.extents[index]
        self.extents[index] = (
            min(r0, win[0] + int(rows.min())),
            max(r1, win[0] + int(rows.max()) + 1),
            min(c0, win[2] + int(cols.min())),
            max(c1, win[2] + int(cols.max()) + 1),
        )

    def clear(self, win: Window, cells: np.ndarray) -> None:
        r0, r1, c0, c1 = win
        self.owner[r0:r1, c0:c1][cells] = -1
        self.roof[r0:r1, c0:c1][cells] = -np.inf

    def raise_flat(self, win: Window, cells: np.ndarray, index: int, top: float) -> None:
        """Give ``cells`` to building ``index`` with a flat roof at ``top`` (at least just above the terrain)."""
        r0, r1, c0, c1 = win
        height = np.maximum(top, self.terrain[r0:r1, c0:c1][cells] + 1e-3)
        self.owner[r0:r1, c0:c1][cells] = index
        self.roof[r0:r1, c0:c1][cells] = height
        flat = np.zeros((len(height), 5), dtype=self.plane.dtype)
        flat[:, 2] = flat[:, 3] = flat[:, 4] = height
        self.plane[r0:r1, c0:c1][cells] = flat


@dataclass
class FeatureReport:
    """What the minimum-feature rule changed (counts of buildings unless named otherwise)."""

    merged: int = 0
    dropped: int = 0
    pieces_merged: int = 0
    pieces_dropped: int = 0
    pinches_bridged: int = 0
    removed_cells: int = 0
    dropped_cells: int = 0
    touched: set = field(default_factory=set)  #: buildings that lost thin parts
    thickened_ids: set = field(default_factory=set)

    def as_stats(self, cell_mm: float) -> Dict[str, float]:
        return {
            "buildings_thin_parts_removed": len(self.touched),
            "buildings_thickened": len(self.thickened_ids),
            "buildings_merged": self.merged,
            "buildings_dropped_too_thin": self.dropped,
            "building_pieces_merged": self.pieces_merged,
            "building_pieces_dropped": self.pieces_dropped,
            "building_pinches_bridged": self.pinches_bridged,
            "building_thin_mm2": float(self.removed_cells * cell_mm**2),
            "building_dropped_mm2": float(self.dropped_cells * cell_mm**2),
        }


def enforce_min_feature(
    cells: CellGrid, indices: Sequence[int], k: int, thicken_allowed: bool = True
) -> FeatureReport:
    """Apply the rule of the module docstring to every building in ``indices`` (edits ``cells``).

    With ``thicken_allowed`` False (the cut of a print-bed tile) buildings are only trimmed: a building
    that would vanish is dropped rather than grown across the cut.
    """
    report = FeatureReport()
    queue: List[int] = [i for i in indices if i in cells.extents]
    seen = set(queue)
    # Every hand-over moves cells to a building that keeps them (they touch it), so the queue empties;
    # the budget only guards against a pathological ping-pong of pieces between two buildings.
    budget = 10 * len(queue) + 100
    while queue and budget > 0:
        budget -= 1
        index = queue.pop(0)
        seen.discard(index)
        for other in _settle(cells, index, k, thicken_allowed, report):
            if other not in seen:
                queue.append(other)
                seen.add(other)
    return report


def _settle(cells: CellGrid, index: int, k: int, thicken_allowed: bool, report: FeatureReport) -> List[int]:
    """Make building ``index`` printable and one body; returns buildings that changed as a result."""
    win = cells.window(index, 2 * k + 1)
    r0, r1, c0, c1 = win
    owner = cells.owner[r0:r1, c0:c1]
    mine = owner == index
    if not mine.any():
        return []
    # on a print-bed tile nothing grows: heights along the cut must stay those of the neighbour tile
    free = (owner < 0) & cells.domain[r0:r1, c0:c1] & thicken_allowed
    kept = opening(mine, k)
    if kept.any():
        kept, added = bridge_pinches(kept, free | mine, k)
        if added:
            _give(cells, win, kept & ~mine, index, mine)
            report.pinches_bridged += 1
        kept = printable(kept, k)
    if not kept.any():
        kept = thicken(mine, free, k) if thicken_allowed else kept
        if not (kept & mine).any():
            return _hand_over(cells, win, index, mine, report, pieces=False)
        _give(cells, win, kept & ~mine, index, mine)
        report.thickened_ids.add(index)
    changed = _one_body(cells, win, index, kept, report)
    removed = (owner == index) & ~kept
    if removed.any():
        if index not in report.thickened_ids:
            report.touched.add(index)
        report.removed_cells += int(removed.sum())
        cells.clear(win, removed)
    return changed


def _one_body(cells: CellGrid, win: Window, index: int, kept: np.ndarray, report: FeatureReport) -> List[int]:
    """Keep the largest 4-connected piece of ``kept`` for building ``index``; hand the others over.
    Edits ``kept`` in place; returns the buildings that received a piece."""
    labels, count = components(kept)
    if count < 2:
        return []
    largest = int(np.bincount(labels[labels >= 0]).argmax())
    changed: List[int] = []
    for piece in range(count):
        if piece != largest:
            changed += _hand_over(cells, win, index, labels == piece, report, pieces=True)
    kept &= labels == largest
    return changed


def _give(cells: CellGrid, win: Window, added: np.ndarray, index: int, mine: np.ndarray) -> None:
    """Extend building ``index`` by ``added`` cells with a flat roof at its highest roof."""
    if not added.any():
        return
    r0, r1, c0, c1 = win
    top = float(cells.roof[r0:r1, c0:c1][mine].max())
    cells.raise_flat(win, added, index, top)
    cells.widen(index, win, added)


def _hand_over(cells: CellGrid, win: Window, index: int, piece: np.ndarray, report, pieces: bool) -> List[int]:
    """Merge ``piece`` (cells of building ``index``) into the building it shares most edges with, or drop it."""
    r0, r1, c0, c1 = win
    neighbour = _main_neighbour(cells.owner[r0:r1, c0:c1], piece, index)
    if neighbour is None:
        report.dropped_cells += int(piece.sum())
        cells.clear(win, piece)
        if pieces:
            report.pieces_dropped += 1
        else:
            report.dropped += 1
        return []
    cells.owner[r0:r1, c0:c1][piece] = neighbour
    cells.widen(neighbour, win, piece)
    if pieces:
        report.pieces_merged += 1
    else:
        report.merged += 1
    return [neighbour]


def _main_neighbour(owner: np.ndarray, piece: np.ndarray, index: int) -> Optional[int]:
    """The other building sharing the most cell edges with ``piece``, None when it touches none."""
    touching: List[np.ndarray] = []
    for axis in (0, 1):
        for forward in (True, False):
            a = piece[1:] if axis == 0 else piece[:, 1:]
            b = owner[:-1] if axis == 0 else owner[:, :-1]
            if not forward:
                a = piece[:-1] if axis == 0 else piece[:, :-1]
                b = owner[1:] if axis == 0 else owner[:, 1:]
            touching.append(b[a & (b >= 0) & (b != index)])
    found = np.concatenate(touching)
    if not len(found):
        return None
    values, counts = np.unique(found, return_counts=True)
    return int(values[counts.argmax()])


__all__ = [
    "CellGrid",
    "FeatureReport",
    "bridge_pinches",
    "components",
    "cover",
    "enforce_min_feature",
    "feature_cells",
    "grow",
    "pinch_nodes",
    "printable",
    "thicken",
]
