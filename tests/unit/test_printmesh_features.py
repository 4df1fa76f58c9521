"""The minimum printable feature on the print grid (algorithms/printmesh/features.py): every step that can
shrink or split a building is re-checked; thickened, merged and dropped buildings are counted."""

from __future__ import annotations

from collections import deque

import numpy as np
import pytest

from nrw_digital_twin.algorithms.printmesh.features import (
    CellGrid,
    components,
    enforce_min_feature,
    feature_cells,
    pinch_nodes,
    printable,
    thicken,
)

K = 4  # 0.8 mm at 0.2 mm cells


def bfs_components(mask):
    """Reference: breadth-first search over 4-neighbours."""
    seen = np.zeros_like(mask)
    count = 0
    for start in zip(*np.nonzero(mask)):
        if seen[start]:
            continue
        count += 1
        queue = deque([start])
        seen[start] = True
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < mask.shape[0] and 0 <= nc < mask.shape[1] and mask[nr, nc] and not seen[nr, nc]:
                    seen[nr, nc] = True
                    queue.append((nr, nc))
    return count


def is_printable(mask, k=K):
    """Reference rule, by brute force: every cell in a k × k square of the set, no pinch."""
    for r, c in zip(*np.nonzero(mask)):
        if not any(
            mask[r0 : r0 + k, c0 : c0 + k].all() and mask[r0 : r0 + k, c0 : c0 + k].shape == (k, k)
            for r0 in range(max(r - k + 1, 0), r + 1)
            for c0 in range(max(c - k + 1, 0), c + 1)
        ):
            return False
    a, b, c, d = mask[:-1, :-1], mask[:-1, 1:], mask[1:, :-1], mask[1:, 1:]
    return not ((a & d & ~b & ~c) | (b & c & ~a & ~d)).any()


def grid(owner, roof=10.0):
    """A CellGrid over ``owner`` (terrain 0 m, flat roofs at ``roof`` m, everything inside the area)."""
    owner = np.asarray(owner, dtype=np.int32)
    roofs = np.where(owner >= 0, roof, -np.inf)
    plane = np.zeros(owner.shape + (5,), dtype=np.float32)
    plane[owner >= 0, 2:] = roof
    extents = {}
    for index in np.unique(owner[owner >= 0]):
        rows, cols = np.nonzero(owner == index)
        extents[int(index)] = (rows.min(), rows.max() + 1, cols.min(), cols.max() + 1)
    return CellGrid(owner, roofs, plane, np.ones(owner.shape, bool), np.zeros(owner.shape), extents)


def test_components_match_breadth_first_search_on_random_masks():
    rng = np.random.default_rng(3)
    for density in (0.3, 0.5, 0.6, 0.8):
        mask = rng.random((60, 70)) < density
        labels, count = components(mask)
        assert count == bfs_components(mask)
        assert (labels[mask] >= 0).all() and (labels[~mask] == -1).all()
    spiral = np.zeros((30, 30), dtype=bool)  # one long winding component: many propagation steps
    spiral[::4, :] = True
    spiral[:, 0] = True
    spiral[:, -1] = True
    assert components(spiral)[1] == bfs_components(spiral)


def test_printable_is_stable_and_follows_the_rule_on_random_masks():
    rng = np.random.default_rng(5)
    for _ in range(20):
        mask = rng.random((30, 30)) < 0.7
        kept = printable(mask, K)
        assert is_printable(kept)
        assert not (kept & ~mask).any()
        assert np.array_equal(printable(kept, K), kept)


def test_cutting_a_pinch_is_re_checked():
    mask = np.zeros((12, 12), dtype=bool)
    mask[0:4, 0:4] = True
    mask[4:8, 4:8] = True  # touches the first square only at a corner
    assert len(pinch_nodes(mask)) == 1
    kept = printable(mask, K)
    # cutting the corner cell leaves a 4 × 4 square with a notch, which no longer holds a 4 × 4 square
    assert is_printable(kept) and kept.sum() == 16


def test_feature_cells_round_up():
    assert feature_cells(0.8, 0.2) == 4
    assert feature_cells(0.8, 0.25) == 4  # 3 cells would be 0.75 mm
    assert feature_cells(0.8, 0.2000001) == 4


def test_thin_building_is_thickened_into_free_cells():
    owner = -np.ones((12, 12), dtype=int)
    owner[5, 3:9] = 0  # 1 cell wide
    cells = grid(owner)
    report = enforce_min_feature(cells, [0], K)
    mine = cells.owner == 0
    assert report.as_stats(0.2)["buildings_thickened"] == 1
    assert is_printable(mine) and mine[5, 3:9].all() and components(mine)[1] == 1
    assert (cells.roof[mine] == 10.0).all()


def test_building_wedged_between_neighbours_is_merged_into_the_one_it_touches_most():
    owner = -np.ones((14, 14), dtype=int)
    owner[2:12, 2:6] = 1  # 0.8 mm wide
    owner[2:12, 6] = 0  # 0.2 mm wide, no free cell beside it
    owner[2:12, 7:11] = 2
    owner[12, 6] = 2
    cells = grid(owner)
    report = enforce_min_feature(cells, [0, 1, 2], K)
    assert report.merged == 1 and report.dropped == 0
    assert not (cells.owner == 0).any()
    assert (cells.owner[2:12, 6] >= 1).all()  # the cells stay built: part of a neighbour
    for index in (1, 2):
        assert is_printable(cells.owner == index) and components(cells.owner == index)[1] == 1


def test_building_without_room_and_without_neighbour_is_dropped_and_counted():
    owner = -np.ones((6, 6), dtype=int)
    owner[2:4, 2:4] = 0
    cells = grid(owner)
    cells.domain[:] = False
    cells.domain[1:5, 1:5] = True
    cells.domain[2, 1] = False  # the area's outline leaves no 4 × 4 square around it
    report = enforce_min_feature(cells, [0], K)
    assert report.dropped == 1 and report.dropped_cells == 4
    assert not (cells.owner >= 0).any() and np.isneginf(cells.roof).all()


def test_split_off_pieces_are_merged_or_dropped_so_each_building_is_one_body():
    owner = -np.ones((16, 30), dtype=int)
    owner[2:8, 2:8] = 0  # main block
    owner[4, 8:14] = 0  # 1-cell neck, removed as too thin
    owner[2:6, 14:18] = 0  # second piece, touches building 1
    owner[2:6, 18:24] = 1
    owner[10:14, 20:24] = 0  # third piece on its own
    cells = grid(owner)
    report = enforce_min_feature(cells, [0, 1], K)
    assert (report.pieces_merged, report.pieces_dropped) == (1, 1)
    assert components(cells.owner == 0)[1] == 1 and cells.owner[2:8, 2:8].min() == 0
    assert (cells.owner[2:6, 14:18] == 1).all()
    assert not (cells.owner[10:14, 20:24] >= 0).any()
    assert report.as_stats(0.2)["building_dropped_mm2"] == pytest.approx(16 * 0.04)


def test_pinch_inside_a_building_is_bridged_with_free_cells():
    owner = -np.ones((14, 14), dtype=int)
    owner[2:6, 2:6] = 0
    owner[6:10, 6:10] = 0  # diagonal contact at node (6, 6)
    cells = grid(owner)
    report = enforce_min_feature(cells, [0], K)
    mine = cells.owner == 0
    assert report.pinches_bridged == 1
    assert mine[2:6, 2:6].all() and mine[6:10, 6:10].all() and mine[4:8, 4:8].all()
    assert is_printable(mine) and components(mine)[1] == 1


def test_on_a_print_bed_tile_nothing_grows():
    owner = -np.ones((10, 10), dtype=int)
    owner[3:5, 3:9] = 0  # 0.4 mm wide sliver left by a tile cut
    cells = grid(owner)
    report = enforce_min_feature(cells, [0], K, thicken_allowed=False)
    assert report.dropped == 1 and not (cells.owner >= 0).any()


def test_thicken_prefers_a_square_around_the_cells_and_stays_in_the_room():
    mine = np.zeros((9, 9), dtype=bool)
    mine[4, 4] = True
    room = np.ones((9, 9), dtype=bool)
    grown = thicken(mine, room & ~mine, K)
    assert grown.sum() == 16 and grown[4, 4]
    room[:, 5:] = False  # a wall right next to it: the square grows the other way
    grown = thicken(mine, room & ~mine, K)
    assert grown.sum() == 16 and grown[4, 4] and not grown[:, 5:].any()
