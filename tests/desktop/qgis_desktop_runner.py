"""Run the real QGIS desktop (the ``qgis`` binary) under Xvfb with a fresh profile and the plugin, and let
``driver.py`` use the dock like a person: the desktop acceptance test (tests/desktop/test_desktop_qgis.py).

    python tests/desktop/qgis_desktop_runner.py full de_DE 1366x768 OUT_DIR [--server URL]

QGIS starts with ``--code driver.py``; the driver works through its scenario on QGIS's event loop,
saves screenshots to OUT_DIR and writes OUT_DIR/result.json, then quits QGIS. The profile folder lives
in a temporary folder (also HOME, so nothing of the user's QGIS is touched or read): the plugin is
enabled there, the user interface language is set, and the download cache points into it.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[2]
PLUGINS_DIR = REPO / ".build" / "plugins"
DRIVER = Path(__file__).with_name("driver.py")
TIMEOUT_S = 600


def missing_tools() -> list:
    return [tool for tool in ("qgis", "xvfb-run", "Xvfb", "xauth") if shutil.which(tool) is None]


def write_profile(profiles: Path, language: str, cache: Path) -> None:
    """A fresh QGIS profile "default" with the plugin enabled and the user interface in ``language``."""
    folder = profiles / "profiles" / "default" / "QGIS"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "QGIS3.ini").write_text(
        "\n".join(
            [
                "[PythonPlugins]",
                "nrw_digital_twin=true",
                "[locale]",
                "overrideFlag=true",
                f"userLocale={language}",
                "[qgis]",
                "checkVersion=false",
                "[nrw_digital_twin]",
                f"cache_folder={cache}",
                "",
            ]
        ),
        encoding="utf-8",
    )


def run(scenario: str, language: str, screen: str, out_dir: Path, server_url: Optional[str] = None) -> dict:
    """Start QGIS for ``scenario`` ('full' or 'fit'); returns the driver's result (plus QGIS's exit code)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    result_path = out_dir / "result.json"
    if result_path.exists():
        result_path.unlink()
    width, height = (int(v) for v in screen.split("x"))
    # QGIS counts layers below its temporary folder (QDir::tempPath(), i.e. $TMPDIR or /tmp) as temporary and
    # asks about them on exit. The home is in the checkout and TMPDIR a folder of its own inside it, so the run's
    # outputs are never "temporary", also when the checkout itself is under /tmp (a CI clone).
    (REPO / ".build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="desktop-home-", dir=REPO / ".build") as tmp:
        home = Path(tmp)
        write_profile(home / "qgis-profiles", language, home / "cache")
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        (home / "tmp").mkdir()
        env = dict(os.environ)
        for name in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH", "QT_QPA_PLATFORM", "DISPLAY", "NRWTWIN_LOCALE"):
            env.pop(name, None)
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            TMPDIR=str(home / "tmp"),
            QGIS_PLUGINPATH=str(PLUGINS_DIR),
            NRWTWIN_DESKTOP_SCENARIO=scenario,
            NRWTWIN_DESKTOP_OUT=str(out_dir),
            NRWTWIN_DESKTOP_REPO=str(REPO),
            NRWTWIN_DESKTOP_SKIP=os.environ.get("NRWTWIN_DESKTOP_SKIP", ""),
            PROJ_DATA=env.get("PROJ_DATA") or "/usr/share/proj",
            LANG=f"{language}.UTF-8" if language.startswith("de") else "C.UTF-8",
        )
        if server_url:
            env["NRWTWIN_OPENGEODATA_URL"] = server_url
        command = [
            "xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
            "qgis", "--profiles-path", str(home / "qgis-profiles"), "--nologo", "--noversioncheck",
            "--code", str(DRIVER),
        ]
        with open(out_dir / "qgis.log", "w", encoding="utf-8") as log:
            try:
                proc = subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=TIMEOUT_S)
                code = proc.returncode
            except subprocess.TimeoutExpired:
                code = "timeout"
    result = json.loads(result_path.read_text(encoding="utf-8")) if result_path.exists() else {}
    result["exit_code"] = code
    return result


def main() -> int:
    scenario, language, screen, out_dir = sys.argv[1:5]
    server = sys.argv[sys.argv.index("--server") + 1] if "--server" in sys.argv else None
    result = run(scenario, language, screen, Path(out_dir), server)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0 if result.get("done") else 1


if __name__ == "__main__":
    sys.exit(main())
