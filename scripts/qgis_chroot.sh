#!/usr/bin/env bash
# Newer QGIS releases from Debian in chroots, for `make test`:
#   trixie  Debian 13: QGIS 3.40 LTR, numpy 2, Python 3.13   (make test-qgis340)
#   forky   Debian 14 (testing): QGIS 3.44, Python 3.14      (make test-qgis344)
#
#   scripts/qgis_chroot.sh DIST ensure        build the chroot when absent (reused when present)
#   scripts/qgis_chroot.sh DIST test [ARGS]   run pytest ARGS (default: tests) on this checkout inside it
#   scripts/qgis_chroot.sh DIST shell         an interactive shell inside it (for debugging)
# The chroot lives outside the repository (NRWTWIN_CHROOT, default /var/cache/nrwtwin/DIST-qgisVER).
# Each test run mounts in a mount namespace of its own (unshare): runs from several checkouts at once
# never see each other's mounts, and every mount is gone when the run ends, also when tests fail.
set -euo pipefail

DIST="${1:-}"
case "$DIST" in
  trixie) QGIS_LABEL=3.40; DEFAULT_ROOT=/var/cache/nrwtwin/trixie-qgis340 ;;
  forky) QGIS_LABEL=3.44; DEFAULT_ROOT=/var/cache/nrwtwin/forky-qgis344 ;;
  *) echo "usage: $0 trixie|forky ensure|test [pytest args]|shell" >&2; exit 2 ;;
esac
shift
ROOT="${NRWTWIN_CHROOT:-$DEFAULT_ROOT}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
VENV=/opt/nrwtwin-venv
APT_PACKAGES="qgis python3-qgis qgis-providers qgis-server python3-pip python3-venv python3-lxml \
python3-pyproj python3-requests python3-numpy python3-scipy python3-pandas python3-psutil python3-pil \
python3-pytest python3-gdal gdal-bin qttools5-dev-tools poppler-utils ca-certificates locales"
# Real clients and servers of the tests (one line per tool, so branches merge cleanly):
APT_PACKAGES="$APT_PACKAGES mapserver-bin cgi-mapserver"   # WFS 2.0 / WCS 2.0.1 server
APT_PACKAGES="$APT_PACKAGES prusa-slicer"                  # slicer for the print models
APT_PACKAGES="$APT_PACKAGES xvfb xauth"                    # the desktop test: the real qgis under Xvfb
PIP_PACKAGES="pytest-qgis pytest-qt pytest-timeout pvlib trimesh manifold3d django-ogc-sensorthings dask distributed tifffile setuptools wheel"
PIP_PACKAGES="$PIP_PACKAGES lib3mf"

log() { echo "[qgis$QGIS_LABEL] $*" >&2; }

as_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "The QGIS $QGIS_LABEL chroot needs root (debootstrap, mount, chroot). Run as root or use 'make test-fast'." >&2
    exit 2
  fi
}

in_root() {
  local proxies=() name
  for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!name:-}" ] && proxies+=("$name=${!name}")
  done
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "${proxies[@]}" "$@"
}

MOUNTS=()
mount_all() {
  mkdir -p "$ROOT/proc" "$ROOT/dev" "$ROOT/mnt/repo" "$ROOT/tmp"
  mountpoint -q "$ROOT/proc" || { mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc"); }
  mountpoint -q "$ROOT/dev" || { mount --bind /dev "$ROOT/dev"; MOUNTS+=("$ROOT/dev"); }
  if [ "${1:-}" = repo ]; then
    mountpoint -q "$ROOT/mnt/repo" || { mount --bind "$REPO" "$ROOT/mnt/repo"; MOUNTS+=("$ROOT/mnt/repo"); }
  fi
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  # The host's CA bundle, for networks that inspect TLS (pip inside the chroot uses it).
  mkdir -p "$ROOT/etc/ssl"
  cp -L "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT/etc/ssl/host-ca-bundle.crt" 2>/dev/null || true
}

umount_all() {
  local i
  for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do
    umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
  MOUNTS=()
}
trap umount_all EXIT INT TERM

ensure() {
  as_root
  # The stamp lists what is installed; a chroot holding every package asked for is ready (branches that
  # ask for fewer packages reuse it without reinstalling).
  local wanted missing=""
  for wanted in $APT_PACKAGES "|" $PIP_PACKAGES; do
    grep -qxF -- "$wanted" "$ROOT/.nrwtwin-ready" 2>/dev/null || missing="$missing $wanted"
  done
  [ -z "$missing" ] && return 0
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
    log "debootstrap $DIST into $ROOT (first run only)"
    rm -rf "$ROOT"
    mkdir -p "$ROOT"
    # Debian 12's debootstrap has no script for newer suites; they bootstrap like sid.
    local script=()
    [ -e "/usr/share/debootstrap/scripts/$DIST" ] || script=(/usr/share/debootstrap/scripts/sid)
    debootstrap --variant=minbase "$DIST" "$ROOT" "$MIRROR" "${script[@]}" >"$ROOT.debootstrap.log" 2>&1 || {
      tail -20 "$ROOT.debootstrap.log" >&2; exit 1; }
  fi
  mount_all
  log "installing QGIS $QGIS_LABEL and test tools inside the chroot"
  # A mirror snapshot older than the Release file's Valid-Until must still be usable (seen for forky).
  in_root apt-get -o Acquire::Check-Valid-Until=false update -q >/dev/null
  # shellcheck disable=SC2086
  in_root apt-get install -y -q --no-install-recommends $APT_PACKAGES >/dev/null
  in_root sh -c "sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen >/dev/null"
  [ -x "$ROOT$VENV/bin/python" ] || in_root python3 -m venv --system-site-packages "$VENV"
  # shellcheck disable=SC2086
  local cert=()
  [ -s "$ROOT/etc/ssl/host-ca-bundle.crt" ] && cert=(--cert /etc/ssl/host-ca-bundle.crt)
  in_root "$VENV/bin/pip" install -q --disable-pip-version-check "${cert[@]}" $PIP_PACKAGES
  umount_all
  { cat "$ROOT/.nrwtwin-ready" 2>/dev/null; printf '%s\n' $APT_PACKAGES "|" $PIP_PACKAGES; } | sort -u > "$ROOT/.nrwtwin-ready.new"
  mv "$ROOT/.nrwtwin-ready.new" "$ROOT/.nrwtwin-ready"
  log "ready: $(in_root qgis_process --version 2>/dev/null | grep -m1 QGIS || echo QGIS)"
}

run_tests() {
  ensure
  if [ -z "${NRWTWIN_IN_NAMESPACE:-}" ]; then
    # Private mounts: /proc, /dev and this checkout are visible to this run only and vanish with it.
    NRWTWIN_IN_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$DIST" test "$@"
  fi
  mount_all repo
  local status=0
  in_root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/nrwtwin-xdg NRWTWIN_QGIS="$QGIS_LABEL" \
    sh -c "cd /mnt/repo && $VENV/bin/python -m pytest -p no:cacheprovider $*" || status=$?
  umount_all
  return $status
}

case "${1:-test}" in
  ensure) ensure ;;
  test) shift || true; run_tests "${@:-tests}" ;;
  shell) ensure; mount_all repo; chroot "$ROOT" /bin/bash; umount_all ;;
  *) echo "usage: $0 trixie|forky ensure|test [pytest args]|shell" >&2; exit 2 ;;
esac
