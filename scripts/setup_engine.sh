#!/usr/bin/env bash
# The plain-Python venv of the engine tier (make test-engine): Debian's Python WITHOUT the system site
# packages, so neither QGIS nor Qt nor GDAL can be imported, with requirements-engine.txt (numpy 2).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-engine
if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup-engine] creating $VENV (no system site packages)"
  /usr/bin/python3 -m venv "$VENV"
fi
stamp="$VENV/.requirements.sha256"
want="$(sha256sum requirements-engine.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "[setup-engine] pip install -r requirements-engine.txt"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-engine.txt
  echo "$want" > "$stamp"
fi
if "$VENV/bin/python" -c "import qgis" 2>/dev/null; then
  echo "$VENV can import qgis: it must be a plain Python" >&2
  exit 1
fi
mkdir -p .build/plugins
[ -L .build/plugins/nrw_digital_twin ] || ln -s ../.. .build/plugins/nrw_digital_twin
