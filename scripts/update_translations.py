#!/usr/bin/env python3
"""Collect every literal passed to ``tr(...)`` / ``self.tr(...)`` and to the engine's ``msg(...)``
(algorithms/messages.py) into i18n/nrw_digital_twin_<lang>.ts.

All strings share the context ``nrwtwin`` (see translate.py), so one catalogue covers the plugin.
Existing translations are kept; new strings are added as unfinished; strings no longer in the code
are marked obsolete (and dropped from the compiled .qm by lrelease).

    python scripts/update_translations.py [--check]   # --check: fail if a string lacks a translation
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import Dict, List
from xml.etree import ElementTree as ET

REPO = Path(__file__).resolve().parents[1]
CONTEXT = "nrwtwin"
LANGUAGES = {"de": "de_DE"}
SOURCE_DIRS = ["__init__.py", "plugin.py", "translate.py", "processing_provider", "ui", "algorithms"]


def python_files() -> List[Path]:
    files: List[Path] = []
    for entry in SOURCE_DIRS:
        path = REPO / entry
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return files


def extract(path: Path) -> List[str]:
    """Literal first arguments of calls named tr (function or method) or msg (engine messages)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name not in ("tr", "msg"):
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(arg.value)
    return found


def collect() -> Dict[str, List[str]]:
    sources: Dict[str, List[str]] = {}
    for path in python_files():
        for text in extract(path):
            sources.setdefault(text, []).append(str(path.relative_to(REPO)))
    return sources


def read_ts(path: Path) -> Dict[str, str]:
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished",):
            translations[source] = translation.text
        elif translation is not None and translation.text:
            translations.setdefault(source, translation.text)
    return translations


def write_ts(
    path: Path, language: str, sources: Dict[str, List[str]], translations: Dict[str, str], dry_run: bool = False
) -> int:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    for text in sorted(sources):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=sources[text][0])
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    if dry_run:
        return unfinished
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a string has no translation")
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write the .ts files")
    args = parser.parse_args()
    sources = collect()
    status = 0
    for short, language in LANGUAGES.items():
        path = REPO / "i18n" / f"nrw_digital_twin_{short}.ts"
        unfinished = write_ts(path, language, sources, read_ts(path), args.dry_run)
        print(f"{path.relative_to(REPO)}: {len(sources)} strings, {unfinished} without translation")
        if args.check and unfinished:
            missing = [text for text in sorted(sources) if not read_ts(path).get(text)]
            print("  untranslated:\n  " + "\n  ".join(missing[:50]))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
