"""Text of the building report: formatted measurements, solar and parcel summaries, the HTML document and
an axonometric sketch of the building as SVG (pure Python; the print layout lives in processing_provider).

The sketch is a parallel (axonometric) projection seen from the south-west and above, drawn with the
painter's algorithm (far faces first) and back-face culling, faces shaded by Lambert's cosine law
(Foley et al., *Computer Graphics: Principles and Practice*, 2nd ed., §15.5 and §16.1).
"""

from __future__ import annotations

import base64
import html
import math
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .geometry3d import newell_vector
from .messages import decimal
from .metrics import BuildingMetrics
from .model import Surface

LICENCE = "© GEObasis.NRW, dl-de/zero-2-0"
LICENCE_URL = "https://www.govdata.de/dl-de/zero-2-0"

# Label keys → default English text; the Processing wrapper passes translated texts.
DEFAULT_LABELS: Dict[str, str] = {
    "title": "Building report",
    "building_id": "Building id",
    "function": "Function",
    "roof_type": "Roof type",
    "measurements": "Measurements (3D, from the LoD2 model)",
    "roof_area": "Roof area (3D)",
    "roof_area_n": "Roof area facing north",
    "roof_area_e": "Roof area facing east",
    "roof_area_s": "Roof area facing south",
    "roof_area_w": "Roof area facing west",
    "roof_area_flat": "Flat roof area (≤ 10°)",
    "facade_area": "Facade area",
    "facade_area_n": "Facade area north",
    "facade_area_e": "Facade area east",
    "facade_area_s": "Facade area south",
    "facade_area_w": "Facade area west",
    "footprint_area": "Footprint area",
    "eaves_height": "Eaves height",
    "ridge_height": "Ridge height",
    "measured_height": "Building height",
    "roof_pitch": "Roof pitch (min / main / max)",
    "volume": "Volume",
    "shell_open": "(shell not closed: approximate)",
    "storeys": "Storeys",
    "storeys_file": "from the file",
    "storeys_estimated": "estimated with {} m per storey",
    "gross_floor_area": "Gross floor area",
    "solar": "Solar potential",
    "solar_roofs": "Roof faces",
    "solar_irradiation": "Mean irradiation",
    "solar_usable_area": "Usable module area",
    "solar_kwp": "Installable peak power",
    "solar_yield": "Annual yield",
    "solar_suitability": "Suitability",
    "parcels": "Parcels",
    "parcel_overlap": "Building area on the parcel",
    "no_parcels": "No parcel intersects the footprint.",
    "map": "Map",
    "sketch": "3D sketch",
    "sources": "Data sources and licence",
    "generated": "Generated with the QGIS plugin NRW Digital Twin.",
    "address": "Address",
}

SOLAR_COLUMNS = (
    "surface_id",
    "area_m2",
    "usable_area_m2",
    "tilt_deg",
    "azimuth_deg",
    "irradiation_kwh_m2",
    "kwp",
    "yield_kwh",
    "suitability",
)


def sanitize_filename(text: object, max_length: int = 80) -> str:
    """A file-name-safe version of an id: letters, digits, '.', '_' and '-' only, no leading dot."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", str(text)).strip("._")
    return safe[:max_length] or "building"


def parse_building_ids(text: object) -> List[str]:
    """Ids from a comma-, semicolon- or whitespace-separated string, duplicates removed, order kept."""
    if text is None:
        return []
    ids = [part.strip() for part in re.split(r"[,;\s]+", str(text))]
    return list(dict.fromkeys(i for i in ids if i))


def fmt(value: Optional[float], digits: int = 1, unit: str = "") -> str:
    """Number with fixed decimals and a unit; '–' when missing."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = decimal(value, digits)
    return f"{text} {unit}".rstrip()


def measurement_rows(m: BuildingMetrics, labels: Optional[Mapping[str, str]] = None) -> List[Tuple[str, str]]:
    """(label, value) pairs of a building's key figures, in report order."""
    lab = {**DEFAULT_LABELS, **(labels or {})}
    rows = [
        (lab["roof_area"], fmt(m.roof_area_m2, 1, "m²")),
        (lab["roof_area_s"], fmt(m.roof_area_s_m2, 1, "m²")),
        (lab["roof_area_e"], fmt(m.roof_area_e_m2, 1, "m²")),
        (lab["roof_area_w"], fmt(m.roof_area_w_m2, 1, "m²")),
        (lab["roof_area_n"], fmt(m.roof_area_n_m2, 1, "m²")),
        (lab["roof_area_flat"], fmt(m.roof_area_flat_m2, 1, "m²")),
        (lab["facade_area"], fmt(m.facade_area_m2, 1, "m²")),
        (lab["facade_area_s"], fmt(m.facade_area_s_m2, 1, "m²")),
        (lab["facade_area_e"], fmt(m.facade_area_e_m2, 1, "m²")),
        (lab["facade_area_w"], fmt(m.facade_area_w_m2, 1, "m²")),
        (lab["facade_area_n"], fmt(m.facade_area_n_m2, 1, "m²")),
        (lab["footprint_area"], fmt(m.footprint_area_m2, 1, "m²")),
        (lab["eaves_height"], fmt(m.eaves_height_m, 2, "m")),
        (lab["ridge_height"], fmt(m.ridge_height_m, 2, "m")),
        (lab["measured_height"], fmt(m.measured_height_m, 2, "m")),
        (
            lab["roof_pitch"],
            " / ".join(fmt(v, 1) for v in (m.roof_pitch_min_deg, m.roof_pitch_main_deg, m.roof_pitch_max_deg)) + " °",
        ),
        (lab["volume"], fmt(m.volume_m3, 1, "m³") + ("" if m.shell_closed else " " + lab["shell_open"])),
    ]
    if m.storeys_source == "file":
        storeys = f"{m.storeys_estimated} ({lab['storeys_file']})"
    elif m.storey_height_m:
        storeys = f"{m.storeys_estimated} ({lab['storeys_estimated'].format(fmt(m.storey_height_m, 1))})"
    else:
        storeys = str(m.storeys_estimated)
    rows.append((lab["storeys"], storeys))
    rows.append((lab["gross_floor_area"], fmt(m.gross_floor_area_m2, 1, "m²")))
    return rows


def _number(value: object) -> Optional[float]:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass
class SolarSummary:
    roofs: int = 0
    area_m2: Optional[float] = None
    usable_area_m2: Optional[float] = None
    irradiation_kwh_m2: Optional[float] = None
    kwp: Optional[float] = None
    yield_kwh: Optional[float] = None
    suitability: Dict[str, int] = field(default_factory=dict)


def solar_summary(rows: Sequence[Mapping[str, object]]) -> SolarSummary:
    """Totals of the roofsolar rows of one building: kWp and yield summed, irradiation area-weighted."""
    summary = SolarSummary(roofs=len(rows))
    if not rows:
        return summary
    areas = [_number(r.get("area_m2")) for r in rows]
    irradiation = [_number(r.get("irradiation_kwh_m2")) for r in rows]
    pairs = [(a if a is not None else 1.0, i) for a, i in zip(areas, irradiation) if i is not None]
    if pairs:
        weight = sum(a for a, _ in pairs)
        summary.irradiation_kwh_m2 = sum(a * i for a, i in pairs) / weight if weight > 0 else None
    if any(a is not None for a in areas):
        summary.area_m2 = sum(a for a in areas if a is not None)
    for key in ("usable_area_m2", "kwp", "yield_kwh"):
        values = [_number(r.get(key)) for r in rows]
        if any(v is not None for v in values):
            setattr(summary, key, sum(v for v in values if v is not None))
    for row in rows:
        value = row.get("suitability")
        if value is not None and str(value) not in ("", "NULL"):
            summary.suitability[str(value)] = summary.suitability.get(str(value), 0) + 1
    return summary


def solar_rows_text(summary: SolarSummary, labels: Optional[Mapping[str, str]] = None) -> List[Tuple[str, str]]:
    lab = {**DEFAULT_LABELS, **(labels or {})}
    rows = [(lab["solar_roofs"], str(summary.roofs))]
    if summary.irradiation_kwh_m2 is not None:
        rows.append((lab["solar_irradiation"], fmt(summary.irradiation_kwh_m2, 0, "kWh/m²·a")))
    if summary.usable_area_m2 is not None:
        rows.append((lab["solar_usable_area"], fmt(summary.usable_area_m2, 1, "m²")))
    if summary.kwp is not None:
        rows.append((lab["solar_kwp"], fmt(summary.kwp, 1, "kWp")))
    if summary.yield_kwh is not None:
        rows.append((lab["solar_yield"], fmt(summary.yield_kwh, 0, "kWh/a")))
    if summary.suitability:
        rows.append((lab["solar_suitability"], ", ".join(f"{k}: {v}" for k, v in sorted(summary.suitability.items()))))
    return rows


def parcel_lines(
    parcels: Sequence[Mapping[str, object]], labels: Optional[Mapping[str, str]] = None, max_fields: int = 10
) -> List[str]:
    """One line per parcel: its non-empty attributes (at most ``max_fields``) and the overlap area."""
    lab = {**DEFAULT_LABELS, **(labels or {})}
    if not parcels:
        return [lab["no_parcels"]]
    lines = []
    for parcel in parcels:
        items = [(k, v) for k, v in parcel.items() if k != "overlap_m2" and v not in (None, "") and str(v) != "NULL"]
        text = "; ".join(f"{k}: {v}" for k, v in items[:max_fields])
        overlap = parcel.get("overlap_m2")
        if overlap is not None:
            text += f" — {lab['parcel_overlap']}: {fmt(_number(overlap), 1, 'm²')}"
        lines.append(text)
    return lines


def sources_lines(source_names: Iterable[str]) -> List[str]:
    names = [n for n in source_names if n]
    lines = [f"3D-Gebäudemodell LoD2 NRW ({', '.join(names)})" if names else "3D-Gebäudemodell LoD2 NRW"]
    lines.append(f"{LICENCE} ({LICENCE_URL})")
    return lines


# --- sketch ---------------------------------------------------------------------------------------------------

VIEW = np.array([1.0, 1.0, -0.9])  # looking from the south-west, down
LIGHT = np.array([-0.5, -0.8, 1.0])  # light from the south-south-west, above
COLOURS = {"Roof": (178, 72, 52), "Wall": (226, 221, 208), "Ground": (150, 150, 150), "Closure": (200, 200, 230)}


def axonometric_svg(surfaces: Sequence[Surface], width: int = 400, height: int = 320, margin: int = 12) -> str:
    """SVG drawing of the building's surfaces in axonometric view (empty drawing without polygons)."""
    d = VIEW / np.linalg.norm(VIEW)
    right = np.cross(d, [0.0, 0.0, 1.0])
    right /= np.linalg.norm(right)
    up = np.cross(right, d)
    light = LIGHT / np.linalg.norm(LIGHT)
    faces = []
    for surface in surfaces:
        if surface.surface_type == "Ground":
            continue
        for polygon in surface.polygons:
            ring = np.asarray(polygon.exterior, dtype=float)
            if len(ring) < 3:
                continue
            normal = newell_vector(ring)
            length = float(np.linalg.norm(normal))
            if length < 1e-9:
                continue
            normal /= length
            if float(normal @ d) > 1e-6:  # facing away from the viewer
                continue
            faces.append((surface.surface_type, ring, normal))
    if not faces:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>'
    origin = np.concatenate([f[1] for f in faces]).mean(axis=0)
    projected = []
    for kind, ring, normal in faces:
        local = ring - origin
        screen = np.column_stack([local @ right, -(local @ up)])
        depth = float((local @ d).mean())
        shade = 0.55 + 0.45 * max(0.0, float(normal @ light))
        projected.append((depth, kind, screen, shade))
    allpts = np.concatenate([p[2] for p in projected])
    lo, hi = allpts.min(axis=0), allpts.max(axis=0)
    span = np.maximum(hi - lo, 1e-6)
    scale = min((width - 2 * margin) / span[0], (height - 2 * margin) / span[1])
    offset = np.array([width, height]) / 2 - (lo + hi) / 2 * scale
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for _depth, kind, screen, shade in sorted(projected, key=lambda p: -p[0]):
        pts = screen * scale + offset
        r, g, b = (int(min(255, c * shade)) for c in COLOURS.get(kind, (200, 200, 200)))
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(
            f'<polygon points="{coords}" fill="rgb({r},{g},{b})" stroke="#333" stroke-width="0.6" '
            'stroke-linejoin="round"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


# --- HTML -----------------------------------------------------------------------------------------------------


@dataclass
class BuildingReport:
    """Everything one report page shows."""

    metrics: BuildingMetrics
    sketch_svg: str = ""
    map_png: Optional[bytes] = None
    solar: Optional[List[Mapping[str, object]]] = None
    parcels: Optional[List[Mapping[str, object]]] = None
    source_names: List[str] = field(default_factory=list)
    address: str = ""


def _table(rows: Sequence[Tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table class='kv'>{body}</table>"


def header_rows(m: BuildingMetrics, labels: Mapping[str, str], address: str = "") -> List[Tuple[str, str]]:
    rows = [(labels["building_id"], m.building_id)]
    if m.function_code:
        rows.append((labels["function"], f"{m.function_de} / {m.function_en} ({m.function_code})"))
    if m.roof_type_code:
        rows.append((labels["roof_type"], f"{m.roof_type_de} / {m.roof_type_en} ({m.roof_type_code})"))
    if address:
        rows.append((labels["address"], address))
    return rows


def building_section(report: BuildingReport, labels: Optional[Mapping[str, str]] = None) -> str:
    lab = {**DEFAULT_LABELS, **(labels or {})}
    m = report.metrics
    anchor = sanitize_filename(m.building_id)
    out = [
        f"<section class='building' id='b_{anchor}'>",
        f"<h1>{html.escape(lab['title'])}: {html.escape(m.building_id)}</h1>",
        _table(header_rows(m, lab, report.address)),
        "<div class='figures'>",
    ]
    if report.map_png:
        data = base64.b64encode(report.map_png).decode("ascii")
        out.append(
            f"<figure><img alt='{html.escape(lab['map'])}' src='data:image/png;base64,{data}'/>"
            f"<figcaption>{html.escape(lab['map'])}</figcaption></figure>"
        )
    if report.sketch_svg:
        out.append(f"<figure>{report.sketch_svg}<figcaption>{html.escape(lab['sketch'])}</figcaption></figure>")
    out.append("</div>")
    out.append(f"<h2>{html.escape(lab['measurements'])}</h2>")
    out.append(_table(measurement_rows(m, lab)))
    if report.solar is not None:
        out.append(f"<h2>{html.escape(lab['solar'])}</h2>")
        out.append(_table(solar_rows_text(solar_summary(report.solar), lab)))
        columns = [c for c in SOLAR_COLUMNS if any(c in row for row in report.solar)]
        if columns and report.solar:
            head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(_cell(row.get(c)))}</td>" for c in columns) + "</tr>"
                for row in report.solar
            )
            out.append(f"<table class='grid'><tr>{head}</tr>{body}</table>")
    if report.parcels is not None:
        out.append(f"<h2>{html.escape(lab['parcels'])}</h2><ul>")
        out.extend(f"<li>{html.escape(line)}</li>" for line in parcel_lines(report.parcels, lab))
        out.append("</ul>")
    out.append(f"<h2>{html.escape(lab['sources'])}</h2><p>")
    out.append("<br/>".join(html.escape(line) for line in sources_lines(report.source_names)))
    out.append(f"<br/>{html.escape(lab['generated'])}</p></section>")
    return "\n".join(out)


def _cell(value: object) -> str:
    number = _number(value) if not isinstance(value, str) else None
    if number is not None and not float(number).is_integer():
        return decimal(number, 1)
    return "" if value is None else str(value)


STYLE = """
body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#222}
section.building{page-break-after:always;margin-bottom:3em}
h1{font-size:1.4em;border-bottom:2px solid #b24834}h2{font-size:1.1em;margin-top:1.2em}
table.kv th{text-align:left;font-weight:normal;color:#555;padding-right:1.5em}
table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #ccc;padding:2px 6px}
.figures{display:flex;gap:1em;flex-wrap:wrap}figure{margin:0}img{max-width:480px;border:1px solid #ccc}
"""


def report_html(reports: Sequence[BuildingReport], labels: Optional[Mapping[str, str]] = None) -> str:
    """A self-contained HTML document (images embedded) with one section per building."""
    lab = {**DEFAULT_LABELS, **(labels or {})}
    sections = "\n".join(building_section(r, lab) for r in reports)
    title = html.escape(lab["title"] + ": " + ", ".join(r.metrics.building_id for r in reports))
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'/><title>{title}</title>"
        f"<style>{STYLE}</style></head><body>\n{sections}\n</body></html>\n"
    )
