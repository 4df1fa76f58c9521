"""``index.html`` next to ``tileset.json``: a static CesiumJS page, no account or token needed.

CesiumJS (pinned :data:`CESIUM_VERSION`) comes from a public CDN; opened with ``?local=1`` the page loads
it from ``cesium/`` next to itself instead (the folder ``Build/Cesium`` of the npm package ``cesium``
of that version), for offline use. ``?imagery=0`` leaves out the orthophoto. The page shows the
buildings with their materials (roofs by solar class), a legend, the building's values in German on
click, and the NRW orthophoto WMS (from the service catalogue) on the globe when it can be reached.
Heights are ellipsoidal; the page lowers the model by the median ground height so the buildings stand on
the (ellipsoid) globe with its orthophoto — a display offset only, the tileset itself is unchanged.
"""
from __future__ import annotations

import json
import os
from typing import Dict, Mapping

from ..services import load_catalogue
from ..solar_classes import SOLAR_CLASSES
from .scene import SUITABILITY_DE

CESIUM_VERSION = "1.145.0"
CESIUM_CDN = f"https://cdn.jsdelivr.net/npm/cesium@{CESIUM_VERSION}/Build/Cesium/"
CESIUM_LOCAL = "cesium/"
TEMPLATE = os.path.join(os.path.dirname(__file__), "viewer", "index.html")
CONFIG_MARKER = "/*NRWTWIN_CONFIG*/{}"
TITLE_MARKER = "<!--NRWTWIN_TITLE-->"
IMAGERY_SERVICE, IMAGERY_LAYER = "dop", "nw_dop_rgb"


def legend_entries() -> list:
    """(label, CSS colour) of the roof classes, best first, then the neutral materials."""
    from .tiles3d import NEUTRAL_COLOURS, ROOF_NO_DATA, WALL

    entries = [{"label": c.label(), "color": c.hex()} for c in reversed(SOLAR_CLASSES)]
    for key, label in ((ROOF_NO_DATA, "Dach ohne Solarwert"), (WALL, "Wand")):
        entries.append({"label": label, "color": "#{:02x}{:02x}{:02x}".format(*NEUTRAL_COLOURS[key])})
    return entries


def imagery() -> Dict[str, str]:
    """URL, layer and credit of the NRW orthophoto WMS from the service catalogue."""
    catalogue = load_catalogue()
    service = catalogue.service(IMAGERY_SERVICE)
    return {"url": service.url, "layer": service.layer(IMAGERY_LAYER).name, "credit": catalogue.attribution_text}


def viewer_config(title: str, tileset_info: Mapping[str, object]) -> Dict[str, object]:
    return {
        "title": title,
        "tileset": "tileset.json",
        "cesium": {"version": CESIUM_VERSION, "cdn": CESIUM_CDN, "local": CESIUM_LOCAL},
        "groundHeight": tileset_info.get("ground_height_m", 0.0),
        "properties": tileset_info.get("properties", []),
        "suitability": dict(SUITABILITY_DE),
        "legend": legend_entries(),
        "imagery": imagery(),
        "copyright": tileset_info.get("copyright", ""),
    }


def viewer_html(title: str, tileset_info: Mapping[str, object]) -> str:
    """The page with its configuration filled in (``tileset_info``: the tileset's ``extras.nrwtwin``)."""
    with open(TEMPLATE, encoding="utf-8") as handle:
        page = handle.read()
    config = json.dumps(viewer_config(title, tileset_info), ensure_ascii=False)
    # Inside a <script> element "</" would end it; JSON allows the escaped form.
    config = config.replace("</", "<\\/")
    escaped_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return page.replace(CONFIG_MARKER, config).replace(TITLE_MARKER, escaped_title)
