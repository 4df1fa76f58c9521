#!/usr/bin/env python3
"""Static check for code that would break on QGIS 4 (Qt 6 / PyQt6); part of ``make lint``.

Runs in the venv's QGIS (3.22, PyQt5) and uses it to recognise enum members: in PyQt6 an enum member
is reachable only through its enum (``Qt.AlignmentFlag.AlignLeft``, ``QgsWkbTypes.Type.Point``), so
``Qt.AlignLeft`` fails there although it works today. Reported:

- unscoped enum members of Qt and QGIS classes (``Class.Member`` where ``Member`` belongs to an enum
  ``Class.Enum``), with the scoped spelling to use;
- ``QVariant.<Type>`` (field types: use ``processing_provider.qt_compat.FieldType``);
- imports from ``PyQt5``/``PyQt4``/``sip`` instead of ``qgis.PyQt``; ``QRegExp`` (gone in Qt 6);
- ``QAction``/``QActionGroup``/``QShortcut`` from ``QtWidgets`` (in ``QtGui`` under Qt 6; take them from
  ``qt_compat``), ``exec_()`` and ``qApp``.

    python scripts/check_qt6.py [paths…]          # default: the plugin's Python code and tests
    python scripts/check_qt6.py --fix [paths…]    # rewrite unscoped enums to their scoped spelling
"""
from __future__ import annotations

import ast
import importlib
import os
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ["plugin.py", "__init__.py", "translate.py", "processing_provider", "ui", "tests", "scripts"]
SKIP_PARTS = {"artifacts", "data", "__pycache__"}
QT_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis._3d", "qgis.PyQt.")
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut"}
COMPAT_MODULE = "qt_compat.py"


def python_files(paths: List[str]) -> Iterator[Path]:
    for entry in paths:
        path = (REPO / entry) if not os.path.isabs(entry) else Path(entry)
        if path.is_file():
            yield path
            continue
        for file in sorted(path.rglob("*.py")):
            if not SKIP_PARTS.intersection(file.relative_to(REPO).parts):
                yield file


def imported_classes(tree: ast.AST) -> Dict[str, Tuple[str, str]]:
    """Local name → (module, class name) for ``from qgis… import X`` statements."""
    names: Dict[str, Tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(QT_MODULES):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


_CLASS_CACHE: Dict[Tuple[str, str], object] = {}


def resolve(module: str, name: str) -> Optional[object]:
    key = (module, name)
    if key not in _CLASS_CACHE:
        try:
            _CLASS_CACHE[key] = getattr(importlib.import_module(module), name, None)
        except Exception:  # noqa: BLE001 - a module this QGIS lacks cannot be checked here
            _CLASS_CACHE[key] = None
    return _CLASS_CACHE[key]


def scoped_name(owner: object, member: str) -> Optional[str]:
    """``Enum.member`` when ``owner.member`` is an enum member reachable unscoped, else None."""
    if not isinstance(owner, type):
        return None
    value = getattr(owner, member, None)
    if value is None or isinstance(value, type) or callable(value):
        return None
    enum_type = type(value)
    if enum_type in (int, float, str, bool, bytes) or enum_type is owner:
        return None
    for enum_name in dir(owner):
        if getattr(owner, enum_name, None) is enum_type:
            return f"{enum_name}.{member}"
    return None


def check_file(path: Path, fixes: Optional[List[Tuple[int, int, int, str]]] = None) -> List[str]:
    """Problems in ``path``; with ``fixes``, collects (line, start, end, text) rewrites of unscoped enums."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    classes = imported_classes(tree)
    where = path.relative_to(REPO)
    problems: List[str] = []

    def report(node: ast.AST, text: str, replacement: Optional[str] = None) -> None:
        problems.append(f"{where}:{node.lineno}:{node.col_offset + 1}: {text}")
        if replacement and fixes is not None and node.lineno == node.end_lineno:
            fixes.append((node.lineno, node.col_offset, node.end_col_offset, replacement))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            _check_import(node, path, report)
        elif isinstance(node, ast.Attribute):
            _check_attribute(node, classes, report)
        elif isinstance(node, ast.Name) and node.id == "qApp":
            report(node, "qApp is gone in Qt 6: use QApplication.instance()")
    return problems


def _check_import(node, path: Path, report) -> None:
    modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    for module in modules:
        if module.split(".")[0] in ("PyQt5", "PyQt4", "sip"):
            report(node, f"import {module}: use qgis.PyQt (works with Qt 5 and Qt 6)")
    if isinstance(node, ast.ImportFrom):
        for alias in node.names:
            if alias.name == "QRegExp":
                report(node, "QRegExp is gone in Qt 6: use QRegularExpression")
            if alias.name in MOVED_TO_QTGUI and node.module == "qgis.PyQt.QtWidgets" and path.name != COMPAT_MODULE:
                report(node, f"{alias.name} lives in QtGui under Qt 6: import it from processing_provider.qt_compat")


def _check_attribute(node: ast.Attribute, classes, report) -> None:
    if node.attr == "exec_":
        report(node, "exec_() is gone in PyQt6: use exec()")
        return
    if not isinstance(node.value, ast.Name):
        return
    owner_name = node.value.id
    if owner_name == "QVariant" and node.attr not in ("Type",):
        report(node, f"QVariant.{node.attr}: use processing_provider.qt_compat.FieldType / QMetaType")
        return
    if owner_name not in classes:
        return
    owner = resolve(*classes[owner_name])
    scoped = scoped_name(owner, node.attr)
    if scoped:
        report(node, f"unscoped enum {owner_name}.{node.attr}: write {owner_name}.{scoped}", f"{owner_name}.{scoped}")


def apply_fixes(path: Path, fixes: List[Tuple[int, int, int, str]]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for line, start, end, text in sorted(fixes, reverse=True):
        raw = lines[line - 1].encode("utf-8")  # ast offsets count UTF-8 bytes
        lines[line - 1] = (raw[:start] + text.encode("utf-8") + raw[end:]).decode("utf-8")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: List[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    fix = "--fix" in argv
    argv = [arg for arg in argv if arg != "--fix"]
    problems: List[str] = []
    files = list(python_files(argv or DEFAULT_PATHS))
    for path in files:
        fixes: List[Tuple[int, int, int, str]] = []
        problems.extend(check_file(path, fixes if fix else None))
        if fixes:
            apply_fixes(path, fixes)
    if fix:
        problems = [line for path in files for line in check_file(path)]
    for line in problems:
        print(line)
    print(f"check_qt6: {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
