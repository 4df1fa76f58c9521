#!/usr/bin/env python3
"""Build the ZIP for QGIS's "Install from ZIP": one folder ``nrw_digital_twin/`` with the plugin only.

Tests, benchmarks, scripts, fixtures and dev files stay out; compiled translations (.qm) go in.

    python scripts/package.py [--output dist/nrw_digital_twin-0.1.0.zip]
"""
from __future__ import annotations

import argparse
import configparser
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "nrw_digital_twin"
INCLUDE_ROOT_FILES = ["__init__.py", "plugin.py", "translate.py", "metadata.txt", "icon.svg", "LICENSE",
                      "README.md", "CHANGELOG.md"]
INCLUDE_DIRS = ["algorithms", "processing_provider", "ui", "i18n", "models"]
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts"}
EXCLUDED_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache"}


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def plugin_files():
    for name in INCLUDE_ROOT_FILES:
        path = REPO / name
        if path.exists():
            yield path
    for directory in INCLUDE_DIRS:
        root = REPO / directory
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix not in EXCLUDED_SUFFIXES and not EXCLUDED_PARTS & set(path.parts):
                yield path


def build(output: Path) -> Path:
    qm_files = list((REPO / "i18n").glob("*.qm"))
    if not qm_files:
        raise SystemExit("No compiled translations in i18n/: run 'make qm' first (make package does).")
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, f"{PACKAGE}/{path.relative_to(REPO).as_posix()}")
    tmp.replace(output)
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=REPO / "dist" / f"{PACKAGE}-{version()}.zip")
    args = parser.parse_args()
    path = build(args.output)
    print(f"{path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
