"""Plain data that flows between the engine's modules (parser → solar, print, measurements).

Coordinates are metres in the model's CRS (EPSG:25832 for NRW) with heights in z.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

SURFACE_TYPES = ("Roof", "Wall", "Ground", "Closure", "OuterCeiling", "OuterFloor")


@dataclass
class Polygon3D:
    """A planar polygon: exterior ring and holes as (n, 3) float arrays, not repeating the first point."""

    exterior: np.ndarray
    interiors: List[np.ndarray] = field(default_factory=list)
    polygon_id: Optional[str] = None

    def rings(self) -> List[np.ndarray]:
        return [self.exterior, *self.interiors]


@dataclass
class Surface:
    """A thematic surface (RoofSurface, WallSurface, …) of a building or building part."""

    surface_id: str
    building_id: str
    part_id: Optional[str]
    surface_type: str
    polygons: List[Polygon3D]


@dataclass
class BuildingRecord:
    """One bldg:Building with its parts' surfaces and attributes (see algorithms.citygml)."""

    building_id: str
    surfaces: List[Surface] = field(default_factory=list)
    attributes: Dict[str, object] = field(default_factory=dict)
