"""What a print run tells the user: size, triangles, and what the minimum feature and height rules did.

Every line is a :func:`..messages.msg`, so QGIS shows it in the user's language and number format.
"""

from __future__ import annotations

from typing import List, Tuple

from ..messages import Message, msg
from .build import PrintModel
from .scale import PrintOptions


def summary(model: PrintModel, options: PrintOptions, files: int, triangles: int) -> Tuple[List[Message], ...]:
    """(information lines, warnings) for a written model; ``triangles`` are those the files hold."""
    stats = model.stats
    info = [
        msg(
            "Scale 1:{:,.0f}, {:.1f} × {:.1f} × {:.1f} mm, {:,} triangles in {:,} file(s).",
            model.scale_denominator,
            model.width_mm,
            model.depth_mm,
            model.height_mm,
            triangles,
            files,
        ),
        msg(
            "Buildings: {:,} of {:,} printed; {:,} thickened to the minimum feature of {:.1f} mm; {:,} with parts "
            "narrower than it removed ({:.1f} mm²); {:,} lifted to {:.1f} mm above the terrain.",
            stats.get("buildings_printed", 0),
            stats.get("buildings_in_input", 0),
            stats.get("buildings_thickened", 0),
            options.min_feature_mm,
            stats.get("buildings_thin_parts_removed", 0),
            stats.get("building_thin_mm2", 0.0),
            stats.get("buildings_raised", 0),
            options.min_height_mm,
        ),
    ]
    warnings: List[Message] = []
    _too_thin(stats, options, info, warnings)
    if stats.get("buildings_outside_area", 0):
        info.append(msg("{:,} buildings lie outside the area or below the terrain.", stats["buildings_outside_area"]))
    if stats.get("degenerate_faces_dropped", 0):
        info.append(msg("{:,} degenerate polygons (fewer than 3 points or no area) were left out.",
                        stats["degenerate_faces_dropped"]))
    if stats.get("outline_thin_mm2", 0) > 0:
        warnings.append(
            msg("Parts of the area narrower than the minimum feature were left out ({:.1f} mm² of the model).",
                stats["outline_thin_mm2"])
        )
    if stats.get("tile_cut_area_mm2", 0) > 0 or stats.get("tile_building_thin_mm2", 0) > 0:
        info.append(
            msg("Print-bed tiles: slivers narrower than {:.1f} mm along the cuts were trimmed ({:.1f} mm² of area, "
                "{:.1f} mm² of buildings).", options.min_feature_mm, stats.get("tile_cut_area_mm2", 0.0),
                stats.get("tile_building_thin_mm2", 0.0) + stats.get("tile_building_dropped_mm2", 0.0))
        )
    return info, warnings


def _too_thin(stats, options: PrintOptions, info: List[Message], warnings: List[Message]) -> None:
    """Buildings and pieces that could not keep their own place: merged into a neighbour or dropped."""
    merged, dropped = stats.get("buildings_merged", 0), stats.get("buildings_dropped_too_thin", 0)
    if merged:
        info.append(
            msg("{:,} buildings too small to stand alone at this scale were merged into the neighbour they touch.",
                merged)
        )
    if dropped:
        warnings.append(
            msg("{:,} buildings narrower than {:.1f} mm with no room to thicken them were left out ({:.1f} mm² of "
                "buildings left out in all).",
                dropped, options.min_feature_mm, stats.get("building_dropped_mm2", 0.0))
        )
    pieces_merged, pieces_dropped = stats.get("building_pieces_merged", 0), stats.get("building_pieces_dropped", 0)
    if pieces_merged or pieces_dropped:
        info.append(
            msg("{:,} pieces of buildings joined only by a part narrower than {:.1f} mm: {:,} merged into the "
                "building they touch, {:,} left out.", pieces_merged + pieces_dropped, options.min_feature_mm,
                pieces_merged, pieces_dropped)
        )


__all__ = ["summary"]
