#!/usr/bin/env python3
"""Git merge driver for i18n/*.ts: the union of both sides' messages and translations.

Branches that add strings touch the same sorted catalogue; a line merge then conflicts although the
two sets of strings are independent. Configure once per clone:

    git config merge.nrwts.name "union of Qt translation catalogues"
    git config merge.nrwts.driver "python3 scripts/merge_ts.py %O %A %B"

(.gitattributes assigns the driver to i18n/*.ts.) The result is written to %A; run
``scripts/update_translations.py`` afterwards to drop strings no longer in the code.
"""
from __future__ import annotations

import sys
from xml.etree import ElementTree as ET


def read(path):
    root = ET.parse(path).getroot()
    messages = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        finished = translation is not None and translation.get("type") != "unfinished"
        location = message.find("location")
        messages[source] = (text, finished, location.get("filename") if location is not None else "")
    return root.get("language", "de_DE"), messages


def main(base: str, ours: str, theirs: str) -> int:
    language, mine = read(ours)
    _language, other = read(theirs)
    _language, ancestor = read(base)
    merged = dict(other)
    for source, entry in mine.items():
        theirs_entry = other.get(source)
        if theirs_entry is None or (entry[1] and (not theirs_entry[1] or ancestor.get(source) == theirs_entry)):
            merged[source] = entry
    # A string removed on one side and unchanged on the other stays removed.
    for source in list(merged):
        if source in ancestor and (source not in mine or source not in other):
            if (source not in mine and other.get(source) == ancestor[source]) or (
                source not in other and mine.get(source) == ancestor[source]
            ):
                merged.pop(source)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "nrwtwin"
    for source in sorted(merged):
        text, finished, location = merged[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=location or "")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished or not text:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    with open(ours, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
