#!/usr/bin/env python3
"""Write German translations into i18n/nrw_digital_twin_de.ts from a JSON file {"English": "Deutsch"}.

    python scripts/update_translations.py          # collect new strings (marked unfinished)
    python scripts/set_translations.py de.json     # fill them in
    python scripts/update_translations.py --check  # nothing left untranslated

Keep the ``{}`` fields of a template in the translation, in the order the English has them.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

TS = Path(__file__).resolve().parents[1] / "i18n" / "nrw_digital_twin_de.ts"
FIELD = re.compile(r"\{[^{}]*\}")


def main() -> int:
    translations = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    done, bad = 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source not in translations:
            continue
        text = translations[source]
        if sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            bad.append(source)
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    missing = sorted(set(translations) - {m.findtext("source") for m in tree.getroot().iter("message")})
    print(f"{done} translations set; {len(missing)} not in the catalogue (run update_translations.py first)")
    for source in bad:
        print(f"  fields differ, not set: {source}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
