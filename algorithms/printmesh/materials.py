"""The two materials of a print model, in the index order every writer uses (0 terrain, 1 building)."""

from __future__ import annotations

TERRAIN_COLOR = (156, 178, 110)
BUILDING_COLOR = (196, 82, 58)
#: (name, sRGB colour) by material index: OBJ/MTL groups, 3MF basematerials, preview colours.
MATERIALS = (("terrain", TERRAIN_COLOR), ("building", BUILDING_COLOR))
