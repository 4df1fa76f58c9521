#!/usr/bin/env bash
# Idempotent setup on Debian/Ubuntu: QGIS and tools from apt (only when missing, only as root),
# then .venv from Debian's python with the system site packages (PyQGIS lives there) and the dev
# requirements with numpy<2 (Debian 12's GDAL bindings are built against numpy 1.x).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="qgis python3-qgis qgis-providers qgis-server python3-venv python3-pip python3-lxml \
python3-pyproj python3-requests python3-gdal gdal-bin xvfb xauth qttools5-dev-tools pyqt5-dev-tools \
poppler-utils debootstrap"
# Real clients and servers the tests judge outputs with (one line per tool, so branches merge cleanly):
APT_PACKAGES="$APT_PACKAGES prusa-slicer"                  # slicer for the print models
APT_PACKAGES="$APT_PACKAGES mapserver-bin cgi-mapserver"   # WFS 2.0 / WCS 2.0.1 server
APT_PACKAGES="$APT_PACKAGES chromium chromium-driver"      # the web viewer in a real browser
SYSTEM_PYTHON="${SYSTEM_PYTHON:-/usr/bin/python3}"

missing=""
for package in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Missing Debian packages:$missing" >&2
    echo "Install them as root (apt-get install$missing) or run 'make setup' as root." >&2
    exit 1
  fi
  echo "[setup] apt-get install$missing"
  apt-get update -q >/dev/null
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv from $SYSTEM_PYTHON with system site packages"
  "$SYSTEM_PYTHON" -m venv --system-site-packages .venv
fi
stamp=".venv/.requirements.sha256"
want="$(sha256sum requirements-dev.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "[setup] pip install -r requirements-dev.txt"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import qgis.core, numpy; assert numpy.__version__ < '2', numpy.__version__" \
  || { echo "The venv cannot import QGIS with numpy<2; delete .venv and run make setup again." >&2; exit 1; }
# Test-only Node clients (glTF-Validator, CesiumJS for the viewer test): pinned in tests/js/package-lock.json.
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "[setup] apt-get install nodejs npm"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
  else
    echo "Node.js and npm are missing: install them (apt-get install nodejs npm) for the publish tests." >&2
  fi
fi
npm_stamp="tests/js/node_modules/.package-lock.sha256"
npm_want="$(sha256sum tests/js/package-lock.json | cut -d' ' -f1)"
if command -v npm >/dev/null && [ "$(cat "$npm_stamp" 2>/dev/null)" != "$npm_want" ]; then
  echo "[setup] npm ci in tests/js (test-only clients)"
  (cd tests/js && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$npm_want" > "$npm_stamp"
fi
mkdir -p .build/plugins
[ -L .build/plugins/nrw_digital_twin ] || ln -s ../.. .build/plugins/nrw_digital_twin
echo "[setup] ready"
