"""The building card ("Gebäudeinfo"): one building with everything the twin knows about it, in words
and with units — building, measurements, roof surfaces with their solar potential, parcel — and
buttons for the PDF report, zooming to the building and the 3D view.

Other parts of the plugin add sections below the text through :func:`register_card_section` (e.g. the
sensors near the building); each factory gets the card and the :class:`~.building_data.BuildingData`
and returns a widget or None.
"""

from __future__ import annotations

import html
import re
from typing import Any, Callable, Iterable, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..translate import format_number, qgis_locale, tr
from .building_data import BuildingData

UNIT = re.compile(r"^(?P<label>.*?)\s*\((?P<unit>m²|m³|m|m ü\. NHN|°|kWp|kWh/a|kWh/m²·a|kWh/kWp·a|%|kg/a|km)\)$")
DECIMALS = {"m²": 1, "m": 2, "m ü. NHN": 2, "m³": 0, "°": 0, "kWp": 1, "kWh/a": 0, "kWh/m²·a": 0,
            "kWh/kWp·a": 0, "%": 0, "kg/a": 0, "km": 1}
BUILDING_ROWS = ("function", "roof_type", "storeys", "measured_height_m", "creation_date")
#: Measures of the buildings layer shown only when no measurements layer is loaded (it has them all).
BUILDING_MEASURES = ("eaves_height_m", "ridge_height_m", "footprint_area_m2", "volume_m3")
METRICS_ROWS = ("roof_area_m2", "facade_area_m2", "footprint_area_m2", "roof_pitch_main_deg", "eaves_height_m",
                "ridge_height_m", "volume_m3", "storeys_estimated", "gross_floor_area_m2")
ORIENTATIONS = ("n", "e", "s", "w", "flat")
STYLE = (
    "<style>h3 { margin: 2px 0 4px 0; } h4 { margin: 10px 0 2px 0; } td, th { padding: 1px 8px 1px 0; }"
    " th { text-align: left; font-weight: normal; color: #555; }"
    " p.note { color: #555; }</style>"
)
CardSection = Callable[["BuildingCard", BuildingData], Optional[QWidget]]


def sensors_section(card: "BuildingCard", data: BuildingData) -> Optional[QWidget]:
    """The sensors near the building (ui/sensor_panel.py), folded away until opened."""
    from qgis.core import QgsProject
    from qgis.gui import QgsCollapsibleGroupBox

    from .sensor_panel import SensorPanel

    if data.footprint is None:
        return None
    box = QgsCollapsibleGroupBox(tr("Sensors nearby"), card)
    box.setObjectName("nrwtwin_card_sensors")
    layout = QVBoxLayout(box)
    panel = SensorPanel(box)
    layout.addWidget(panel)
    panel.show_building(data.footprint, data.crs, QgsProject.instance())
    box.setCollapsed(True)
    return box


CARD_SECTIONS: List[CardSection] = [sensors_section]


def register_card_section(factory: CardSection) -> None:
    """Add a section (a widget made per building) below the card's text."""
    CARD_SECTIONS.append(factory)


def split_unit(label: str) -> Tuple[str, str]:
    """"Dachfläche Nord (m²)" → ("Dachfläche Nord", "m²"); labels without a unit stay whole."""
    match = UNIT.match(label or "")
    return (match.group("label"), match.group("unit")) if match else (label, "")


def number_text(value: Any, unit: str = "") -> str:
    """A value for people without its unit: numbers in QGIS's language, '–' when empty."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, float):
        return format_number(value, DECIMALS.get(unit, 2))
    return html.escape(str(value))


def format_value(value: Any, unit: str = "") -> str:
    """A value for people with its unit ("3.191,9 m²" in German)."""
    text = number_text(value, unit)
    return f"{text} {unit}" if unit and text != "–" and isinstance(value, (int, float)) else text


def compass(azimuth: Any) -> str:
    """Azimuth in degrees (0 = north, clockwise) as one of eight directions."""
    if not isinstance(azimuth, (int, float)):
        return "–"
    names = (tr("N"), tr("NE"), tr("E"), tr("SE"), tr("S"), tr("SW"), tr("W"), tr("NW"))
    return names[int(((azimuth % 360) + 22.5) // 45) % 8]


def table(rows: Iterable[Tuple[str, str]]) -> str:
    body = "".join(f"<tr><th nowrap>{html.escape(label)}</th><td>{value}</td></tr>" for label, value in rows)
    return f"<table>{body}</table>" if body else ""


def field_rows(data: BuildingData, kind: str, names: Sequence[str]) -> List[Tuple[str, str]]:
    rows = []
    for name in names:
        value = data.value(kind, name)
        if value is None:
            continue
        label, unit = split_unit(data.label(kind, name))
        rows.append((label, format_value(data.shown(kind, name, value), unit)))
    return rows


def address(data: BuildingData) -> str:
    street = " ".join(str(v) for v in (data.value("buildings", "street"), data.value("buildings", "house_number")) if v)
    place = " ".join(str(v) for v in (data.value("buildings", "postcode"), data.value("buildings", "city")) if v)
    return ", ".join(part for part in (street, place) if part)


def building_section(data: BuildingData) -> str:
    if "buildings" in data.attributes:
        extra = () if "metrics" in data.attributes else BUILDING_MEASURES
        rows = field_rows(data, "buildings", BUILDING_ROWS + extra)
    else:  # measurements only: function and roof type in words in the user's language
        suffix = "de" if qgis_locale() == "de" else "en"
        rows = field_rows(data, "metrics", (f"function_{suffix}", f"roof_type_{suffix}", "measured_height_m"))
    text = address(data)
    if text:
        rows.insert(0, (tr("Address"), html.escape(text)))
    return _section(tr("Building"), table(rows))


def orientation_table(data: BuildingData) -> str:
    """Roof and facade areas per orientation: one row each, one column per direction."""
    headers = (tr("N"), tr("E"), tr("S"), tr("W"), tr("flat"))
    rows = []
    for prefix, title in (("roof_area", tr("Roof")), ("facade_area", tr("Facade"))):
        values = [data.value("metrics", f"{prefix}_{o}_m2") for o in ORIENTATIONS]
        if all(value is None for value in values):
            continue
        cells = "".join(f"<td nowrap align='right'>{format_value(value, 'm²')}</td>" for value in values)
        rows.append(f"<tr><th nowrap>{html.escape(title)}</th>{cells}</tr>")
    if not rows:
        return ""
    head = "".join(f"<th nowrap align='right'>{html.escape(h)}</th>" for h in headers[: len(ORIENTATIONS)])
    caption = html.escape(tr("Areas by orientation"))
    return f"<p>{caption}</p><table><tr><th></th>{head}</tr>{''.join(rows)}</table>"


def measurements_section(data: BuildingData) -> str:
    if "metrics" not in data.attributes:
        return ""
    rows = field_rows(data, "metrics", METRICS_ROWS)
    source = data.value("metrics", "storeys_source")
    if source is not None and rows:
        rows = [
            (label, f"{value} ({data.shown('metrics', 'storeys_source', source)})")
            if label == split_unit(data.label("metrics", "storeys_estimated"))[0] else (label, value)
            for label, value in rows
        ]
    return _section(tr("Measurements"), table(rows) + orientation_table(data))


def solar_summary(data: BuildingData) -> str:
    roofs = data.roofs
    suitable = [roof for roof in roofs if roof.get("suitability") == "suitable"]
    kwp = sum(roof.get("kwp") or 0.0 for roof in suitable)
    energy = sum(roof.get("yield_kwh") or 0.0 for roof in suitable)
    return tr("{roofs} roof surfaces, {suitable} suitable: {kwp} kWp, {energy} kWh per year").format(
        roofs=format_number(len(roofs)),
        suitable=format_number(len(suitable)),
        kwp=format_number(kwp, 1),
        energy=format_number(energy),
    )


def roof_columns(data: BuildingData) -> List[Tuple[str, str, Callable[[dict], str]]]:
    """(header, unit, cell) of the roof table; the solar columns only when the solar values are there."""
    kind = data.roofs_kind

    def number(name: str, unit: str) -> Callable[[dict], str]:
        return lambda roof: number_text(roof.get(name), unit)

    columns = [
        (tr("Facing"), "", lambda roof: compass(roof.get("azimuth_deg"))),
        (tr("Tilt"), "°", number("tilt_deg", "°")),
        (tr("Roof area"), "m²", number("area_m2", "m²")),
    ]
    if kind == "solar":
        columns += [
            (tr("Irradiation"), "kWh/m²·a", number("irradiation_kwh_m2", "kWh/m²·a")),
            (tr("Power"), "kWp", number("kwp", "kWp")),
            (tr("Suitability"), "", lambda roof: format_value(data.shown("solar", "suitability", roof["suitability"]))),
        ]
    return columns


def roofs_section(data: BuildingData) -> str:
    if not data.roofs:
        return ""
    columns = roof_columns(data)
    head = "".join(
        f"<th nowrap align='right'>{html.escape(title)}{'<br>' + html.escape(unit) if unit else ''}</th>"
        for title, unit, _cell in columns
    )
    body = "".join(
        "<tr>" + "".join(f"<td nowrap align='right'>{cell(roof)}</td>" for _t, _u, cell in columns) + "</tr>"
        for roof in data.roofs
    )
    intro = f"<p>{html.escape(solar_summary(data))}</p>" if data.roofs_kind == "solar" else ""
    title = tr("Roof surfaces and solar potential") if data.roofs_kind == "solar" else tr("Roof surfaces")
    return _section(title, intro + f"<table><tr>{head}</tr>{body}</table>")


def parcel_rows(parcel: dict) -> List[Tuple[str, str]]:
    number = "/".join(str(parcel[k]) for k in ("flstnrzae", "flstnrnen") if parcel.get(k))
    rows = [
        (tr("Cadastral district"), parcel.get("gemarkung")),
        (tr("Cadastral section"), parcel.get("flur")),
        (tr("Parcel number"), number or None),
        (tr("Official area"), format_value(parcel.get("flaeche"), "m²") if parcel.get("flaeche") else None),
        (tr("Municipality"), parcel.get("gemeinde")),
        (tr("Parcel identifier"), parcel.get("flstkennz")),
    ]
    return [(label, value if isinstance(value, str) and value.endswith("m²") else format_value(value))
            for label, value in rows if value not in (None, "")]


def parcels_section(data: BuildingData) -> str:
    if not data.parcels:
        return ""
    return _section(tr("Parcel"), "".join(table(parcel_rows(parcel)) for parcel in data.parcels))


def _section(title: str, body: str) -> str:
    return f"<h4>{html.escape(title)}</h4>{body}" if body else ""


def card_html(data: BuildingData) -> str:
    title = address(data) or tr("Building {}").format(data.building_id)
    parts = [STYLE, f"<h3>{html.escape(title)}</h3>",
             f"<p class='note'>{html.escape(tr('Building ID'))}: {html.escape(data.building_id)}</p>"]
    sections = [building_section(data), roofs_section(data), measurements_section(data), parcels_section(data)]
    parts += [section for section in sections if section]
    if not any(sections[1:]) and not data.attributes:
        parts.append(f"<p>{html.escape(tr('No data for this building in the loaded layers.'))}</p>")
    names = ", ".join(dict.fromkeys(data.layer_names.values()))
    if names:
        parts.append(f"<p class='note'>{html.escape(tr('From the layers: {}').format(names))}</p>")
    return "\n".join(parts)


class BuildingCard(QDialog):
    """Non-modal window with the card of one building; emits the button requests with the building id."""

    reportRequested = pyqtSignal(str)  # noqa: N815 (Qt naming)
    zoomRequested = pyqtSignal(str)  # noqa: N815
    view3dRequested = pyqtSignal(str)  # noqa: N815

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("nrwtwin_building_card")
        self.setWindowTitle(tr("Building info"))
        self.data: Optional[BuildingData] = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("nrwtwin_building_card_text")
        self.browser.setOpenLinks(False)
        self.extra = QVBoxLayout()
        self.extra_widgets: List[QWidget] = []
        buttons = QHBoxLayout()
        self.report_button = QPushButton(tr("PDF report"), self)
        self.report_button.setToolTip(tr("A report of this building as PDF (map, 3D sketch, measurements, solar)."))
        self.zoom_button = QPushButton(tr("Zoom to building"), self)
        self.view3d_button = QPushButton(tr("3D view"), self)
        self.close_button = QPushButton(tr("Close"), self)
        for button, signal in (
            (self.report_button, self.reportRequested),
            (self.zoom_button, self.zoomRequested),
            (self.view3d_button, self.view3dRequested),
        ):
            button.clicked.connect(lambda _checked, signal=signal: signal.emit(self.building_id()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(self.extra)
        layout.addLayout(buttons)
        self.resize(560, 640)
        self.setWindowFlag(Qt.WindowType.Tool, True)

    def building_id(self) -> str:
        return self.data.building_id if self.data is not None else ""

    def show_loading(self, building_id: str) -> None:
        self.browser.setHtml(f"<p>{html.escape(tr('Reading building {} …').format(building_id))}</p>")
        self._enable(False)
        self.show()
        self.raise_()

    def show_error(self, text: str) -> None:
        self.browser.setHtml(f"<p>{html.escape(text)}</p>")
        self._enable(False)

    def show_data(self, data: BuildingData) -> None:
        self.data = data
        self.browser.setHtml(card_html(data))
        for widget in self.extra_widgets:
            widget.setParent(None)
            widget.deleteLater()
        self.extra_widgets = []
        for factory in CARD_SECTIONS:
            widget = factory(self, data)
            if widget is not None:
                self.extra.addWidget(widget)
                self.extra_widgets.append(widget)
        self._enable(True)
        self.report_button.setEnabled(data.footprint is not None)
        self.show()
        self.raise_()

    def _enable(self, on: bool) -> None:
        for button in (self.report_button, self.zoom_button, self.view3d_button):
            button.setEnabled(on)

    def text(self) -> str:
        return self.browser.toPlainText()
