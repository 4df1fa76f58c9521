"""Every string a user can see in the dock, its windows and the result layers, and the English words in
them (used by tests/qgis/test_i18n.py and the desktop acceptance test in tests/desktop/).

The English vocabulary is taken from the plugin's own catalogue: every word of the English sources
that occurs in no German translation (so "Roof", "tiles", "suitable", "the" are English, while
"NRW", "LoD2", "Status" or "Details" are the same in both languages and never count).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, List, Set, Tuple
from xml.etree import ElementTree as ET

REPO = Path(__file__).resolve().parents[2]
# Identifiers such as roof_area_m2, LoD2 or bldg:Building are one token (never a word of either language).
TOKEN = re.compile(r"[A-Za-zÄÖÜäöüß](?:[A-Za-zÄÖÜäöüß_0-9]|:(?=[A-Za-z]))*")
#: Everyday English that a German text never contains, on top of the catalogue's own words.
COMMON_ENGLISH = {"the", "and", "with", "from", "for", "this", "that", "not", "roof", "wall", "ground", "tile",
                  "tiles", "building", "buildings", "surface", "surfaces", "suitable", "shaded", "yes", "estimated",
                  "outer", "ceiling", "floor", "closure", "area", "height", "true", "false"}
#: Proper names that are English in German too (names of platforms in the sensor catalogue).
PROPER_NAMES = ("Urban Data Platform",)
#: Words of both languages ("Land- und forstwirtschaftliches Betriebsgebäude").
GERMAN_TOO = {"land"}
#: Fields whose content is English by design (the English names next to the German ones).
ENGLISH_DATA_FIELDS = re.compile(r"_en$")

Found = Tuple[str, str]  # (where, text)


def english_vocabulary(ts_path: Path = REPO / "i18n" / "nrw_digital_twin_de.ts") -> Set[str]:
    english, german = set(), set()
    for message in ET.parse(ts_path).getroot().iter("message"):
        english |= set(words(message.findtext("source") or ""))
        german |= set(words(message.findtext("translation") or ""))
    return ((english - german) | COMMON_ENGLISH) - GERMAN_TOO


def words(text: str) -> List[str]:
    """Lower-case words of three letters or more (identifiers with _ or digits left out)."""
    return [t.lower() for t in TOKEN.findall(text or "") if len(t) >= 3 and t.isalpha()]


#: URLs and file paths name things; their words belong to no language.
LOCATION = re.compile(r"(?:https?://|/)[^\s,;]+")


def english_words(text: str, vocabulary: Set[str]) -> List[str]:
    text = LOCATION.sub(" ", text or "")
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return [t for t in TOKEN.findall(text or "") if len(t) >= 3 and t.isalpha() and t.lower() in vocabulary]


def find_english(strings: Iterable[Found], vocabulary: Set[str]) -> List[Tuple[str, str, List[str]]]:
    return [(where, text, words) for where, text in strings if (words := english_words(text, vocabulary))]


def plain(text: str) -> str:
    """Rich text as the user reads it."""
    if "<" in text and ">" in text:
        from qgis.PyQt.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def widget_strings(root) -> List[Found]:
    """Texts, tooltips, placeholders, items and headers of the visible widgets under ``root``."""
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableWidget,
        QTextEdit,
        QTreeWidget,
        QTreeWidgetItemIterator,
        QWidget,
    )

    found: List[Found] = [("window title", root.windowTitle())]
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.append((f"{kind} text", plain(widget.text())))
        if isinstance(widget, QGroupBox):
            found.append((f"{kind} title", widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QTextEdit):
            found.append((f"{kind} text", widget.toPlainText()))
        if isinstance(widget, QComboBox):
            found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            found += _table_strings(widget)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [("tree header", header.text(i)) for i in range(header.columnCount())]
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value():
                found.append(("tree item", iterator.value().text(0)))
                found.append(("tree item tooltip", iterator.value().toolTip(0)))
                iterator += 1
        if widget.toolTip():
            found.append((f"{kind} tooltip", plain(widget.toolTip())))
    return [(where, text) for where, text in found if text]


def _table_strings(table) -> List[Found]:
    found = []
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        if header is not None:
            found.append(("table header", header.text()))
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None:
                found += [("table item", item.text()), ("table item tooltip", item.toolTip())]
    return found


def layer_strings(project, max_features: int = 300) -> List[Found]:
    """Group and layer names, field aliases, legend labels, coded values as shown, map themes."""
    from qgis.core import QgsApplication, QgsLayerTreeGroup, QgsLayerTreeModel, QgsVectorLayer

    found: List[Found] = []
    root = project.layerTreeRoot()
    found += [("group", node.name()) for node in root.findGroups(True) if isinstance(node, QgsLayerTreeGroup)]
    model = QgsLayerTreeModel(root)
    for node in root.findLayers():
        layer = node.layer()
        found.append(("layer name", layer.name()))
        found += [("legend", legend.data(0)) for legend in model.layerLegendNodes(node) if legend.data(0)]
        if not isinstance(layer, QgsVectorLayer):
            continue
        fields = layer.fields()
        found += [(f"alias of {f.name()}", layer.attributeDisplayName(i)) for i, f in enumerate(fields)]
        registry = QgsApplication.fieldFormatterRegistry()
        for index, field in enumerate(fields):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != "ValueMap" or ENGLISH_DATA_FIELDS.search(field.name()):
                continue
            formatter = registry.fieldFormatter(setup.type())
            for number, feature in enumerate(layer.getFeatures()):
                if number >= max_features:
                    break
                shown = formatter.representValue(layer, index, setup.config(), None, feature[index])
                found.append((f"{layer.name()}.{field.name()}", str(shown)))
    found += [("map theme", name) for name in project.mapThemeCollection().mapThemes()]
    del model
    return [(where, text) for where, text in found if text]
