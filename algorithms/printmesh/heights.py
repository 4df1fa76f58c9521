"""Heights of the print in millimetres: terrain on its base, roofs lifted to a visible height.

``z_mm = base + (z - z_min) · mm_per_m · Z_EXAGGERATION`` (see :mod:`.scale`). A building whose roof
would stand less than ``MIN_HEIGHT_MM`` above the terrain beneath it is lifted there, node by node: at
0.2 mm layers a slicer prints nothing of a part thinner than one layer, and a single layer of another
colour barely shows, so the default is two layers (0.4 mm).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .heightfield import HeightGrid, node_max, node_roof

#: Height above the terrain that shows in a print of 0.2 mm layers (two layers); the warning for
#: MIN_HEIGHT_MM = 0 names the exaggeration that reaches it.
VISIBLE_MM = 0.4


@dataclass
class PrintHeights:
    """Node heights of one model in millimetres and the rule that maps metres to them."""

    terrain_mm: np.ndarray  #: (ny+1, nx+1) terrain on the base, at every node (outside the area: the base)
    z_min: float  #: lowest terrain height inside the area (metres)
    scale_z: float  #: millimetres of print per metre of height
    base_mm: float
    min_height_mm: float
    cell_m: float

    def to_mm(self, z):
        return self.base_mm + (z - self.z_min) * self.scale_z

    def roof_nodes(self, plane: np.ndarray, cells: np.ndarray, row0: int = 0, col0: int = 0) -> np.ndarray:
        """Roof height (mm) at the nodes of ``cells`` (a window at ``row0``, ``col0``), lifted to at least
        ``min_height_mm`` above the terrain; -inf at nodes next to no such cell."""
        roof = self.to_mm(node_roof(plane, cells, self.cell_m, row0, col0))
        rows, cols = cells.shape
        terrain = self.terrain_mm[row0 : row0 + rows + 1, col0 : col0 + cols + 1]
        return np.where(np.isfinite(roof), np.maximum(roof, terrain + self.min_height_mm), roof)

    def top_nodes(self, plane: np.ndarray, owner: np.ndarray) -> np.ndarray:
        """The top of the one-piece model: the higher of terrain and (lifted) roofs at every node."""
        return np.maximum(self.terrain_mm, self.roof_nodes(plane, owner >= 0))


def print_heights(hg: HeightGrid, mm_per_m: float, z_exaggeration: float, base_mm: float, min_height_mm: float):
    """The :class:`PrintHeights` of a height grid (terrain nodes outside the area sit on the base)."""
    node_in = node_max(np.where(hg.domain, 0.0, -np.inf)) == 0.0
    z_min = float(hg.terrain[node_in].min())
    heights = PrintHeights(np.empty(0), z_min, mm_per_m * z_exaggeration, base_mm, min_height_mm, hg.grid.cell_m)
    heights.terrain_mm = heights.to_mm(np.where(node_in, hg.terrain, z_min))
    return heights, node_in


def building_rises(hg: HeightGrid, scale_z: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per printed building (indices, lowest and highest rise in mm): roof minus terrain at its cell
    centres, before any lifting."""
    cells = hg.owner >= 0
    owners = hg.owner[cells]
    terrain = 0.25 * (hg.terrain[:-1, :-1] + hg.terrain[1:, :-1] + hg.terrain[:-1, 1:] + hg.terrain[1:, 1:])
    rise = (hg.roof[cells] - terrain[cells]) * scale_z
    indices = np.unique(owners)
    lowest = np.full(len(indices), np.inf)
    highest = np.full(len(indices), -np.inf)
    position = np.searchsorted(indices, owners)
    np.minimum.at(lowest, position, rise)
    np.maximum.at(highest, position, rise)
    return indices, lowest, highest


def exaggeration_to_show(highest_rise_mm: np.ndarray, z_exaggeration: float) -> Optional[float]:
    """The Z_EXAGGERATION at which every building's highest point rises :data:`VISIBLE_MM` above the
    terrain (rises scale linearly with it); None when all already do."""
    low = highest_rise_mm[highest_rise_mm < VISIBLE_MM]
    if not len(low):
        return None
    return float(z_exaggeration * VISIBLE_MM / max(float(low.min()), 1e-6))


__all__ = ["PrintHeights", "VISIBLE_MM", "building_rises", "exaggeration_to_show", "print_heights"]
