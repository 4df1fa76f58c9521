#!/usr/bin/env bash
# Compile i18n/*.ts into .qm next to them with Qt's lrelease (Debian: qttools5-dev-tools).
set -euo pipefail
cd "$(dirname "$0")/.."
for candidate in lrelease lrelease-qt5 /usr/lib/qt5/bin/lrelease /usr/lib/x86_64-linux-gnu/qt5/bin/lrelease /usr/lib/qt6/bin/lrelease; do
  if command -v "$candidate" >/dev/null 2>&1; then LRELEASE="$candidate"; break; fi
done
if [ -z "${LRELEASE:-}" ]; then
  echo "lrelease not found: install qttools5-dev-tools (make setup does)." >&2
  exit 1
fi
for ts in i18n/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
