#!/usr/bin/env python3
"""Run import-linter on the contracts in .importlinter (layers, a pure engine, independent algorithms).

The independence contract lists ``nrw_digital_twin.processing_provider.alg_*``; this expands it to the
algorithm files present now, so a new ``alg_<name>.py`` is covered without editing the config.
"""
from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PATTERN = "    nrw_digital_twin.processing_provider.alg_*\n"


def main() -> int:
    modules = pkgutil.iter_modules([str(REPO / "processing_provider")])
    names = sorted(m.name for m in modules if m.name.startswith("alg_"))
    config = (REPO / ".importlinter").read_text(encoding="utf-8")
    config = config.replace(PATTERN, "".join(f"    nrw_digital_twin.processing_provider.{name}\n" for name in names))
    link = REPO / ".build" / "plugins" / "nrw_digital_twin"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path("..") / "..", target_is_directory=True)
    with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as handle:
        handle.write(config)
    env = dict(os.environ, PYTHONPATH=str(REPO / ".build" / "plugins"))
    linter = Path(sys.executable).with_name("lint-imports")
    try:
        return subprocess.call([str(linter), "--config", handle.name, "--no-cache"], cwd=REPO, env=env)
    finally:
        os.unlink(handle.name)


if __name__ == "__main__":
    sys.exit(main())
