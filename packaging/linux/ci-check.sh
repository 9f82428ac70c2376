#!/usr/bin/env bash
# CI: build the Debian package, install it as a learner would (no network, no Python environment on the
# path), run the installed app offscreen, open a replica of the first release with it offline, then
# remove it and check that nothing is left. Prints the package's sizes and the time of each step.
#
#     sudo packaging/linux/ci-check.sh
#
# As root (it installs and removes bootcamp-desktop; it refuses to replace one already installed).
# BOOTCAMP_VENV is the build environment (default .venv; the `packaging` extra is added to it).
# DEB_COMPRESSION=xz checks the release compression (3 minutes more); CI uses zstd.
# BOOTCAMP_DEB=FILE checks a package built before (packaging/linux/build-deb.sh) instead of building one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
started=$SECONDS
section() { echo "== package: $* ($(( SECONDS - started )) s)" >&2; }
fail() { echo "error: $*" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' bootcamp-desktop 2>/dev/null | grep -q "install ok installed"; }

[ "$(id -u)" -eq 0 ] || fail "run as root: this check installs and removes the package"
installed && fail "bootcamp-desktop is already installed here; remove it first (apt-get remove bootcamp-desktop)"

source scripts/venv.sh
# building: dpkg-deb, readelf; checking: the metadata validators, a real Secret Service for the keyring
ensure_system_packages required dpkg-dev binutils appstream desktop-file-utils shared-mime-info \
    gnome-keyring dbus-daemon
make_venv "[packaging]"
PYTHON="$VENV/bin/python"

scratch="$(mktemp -d)"
chmod 755 "$scratch"  # apt reads the .deb as its _apt user
cleanup() {
    if installed; then apt-get remove --purge -y -qq bootcamp-desktop >/dev/null 2>&1 || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

if [ -n "${BOOTCAMP_DEB:-}" ]; then
    deb="$(readlink -f "$BOOTCAMP_DEB")"
    build_seconds="(built before)"
else
    section "building the .deb"
    built=$SECONDS
    deb="$(DEB_COMPRESSION="${DEB_COMPRESSION:-zstd}" PYTHON="$PYTHON" packaging/linux/build-deb.sh "$scratch/out")"
    build_seconds="$(( SECONDS - built )) s"
fi
[ -f "$deb" ] || fail "no package at $deb"

# No network while apt installs it (a network namespace of its own, when this machine allows one):
# every dependency must already be here, as on a laptop in a village; a download would fail the check.
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); else echo "warning: cannot cut the network here" >&2; fi
section "installing it${offline:+ with no network}"
"${offline[@]}" apt-get install -y -qq "$deb" >/dev/null
installed || fail "the package did not install"
dpkg -L bootcamp-desktop | sort > "$scratch/files"

section "the installed desktop entry and AppStream metadata are valid"
desktop-file-validate /usr/share/applications/org.fataplus.BootcampDesktop.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.fataplus.BootcampDesktop.metainfo.xml >/dev/null
[ "$(readlink -f /usr/bin/bootcamp-desktop)" = /opt/bootcamp-desktop/bootcamp-desktop ] \
    || fail "/usr/bin/bootcamp-desktop does not point into /opt/bootcamp-desktop"
for wanted in /usr/share/applications/org.fataplus.BootcampDesktop.desktop \
    /usr/share/icons/hicolor/256x256/apps/org.fataplus.BootcampDesktop.png \
    /usr/share/icons/hicolor/scalable/apps/org.fataplus.BootcampDesktop.svg \
    /usr/share/metainfo/org.fataplus.BootcampDesktop.metainfo.xml \
    /usr/share/mime/packages/org.fataplus.BootcampDesktop.xml; do
    grep -qx "$wanted" "$scratch/files" || fail "the package does not install $wanted"
done
grep -q 'application/x-bootcamp-course-pack:\*\.bootcamp-pack' /usr/share/mime/globs2 \
    || fail "the MIME database does not know course packs after install"

# The app as a learner starts it: a clean environment (no virtual environment, no PYTHONPATH), no network.
as_learner() {
    local home="$1"; shift
    timeout 300 "${offline[@]}" env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen "$@"
}

section "the installed app renders every screen offscreen${offline:+, offline}"
# QT_DEBUG_PLUGINS: a Qt plugin the package broke (video lessons' FFmpeg, image formats) says so here.
as_learner "$scratch/home" QT_DEBUG_PLUGINS=1 bootcamp-desktop screenshots "$scratch/shots" >/dev/null \
    2>"$scratch/shots.log" || { tail -20 "$scratch/shots.log" >&2; fail "the installed app failed to render"; }
if grep "loadPlugin failed\|No QtMultimedia backends" "$scratch/shots.log" >&2; then
    fail "a Qt plugin of the installed app does not load (above)"
fi
shots=$(find "$scratch/shots" -name '*.png' -size +1k | wc -l)
[ -s "$scratch/shots/learner-01-home.png" ] && [ "$shots" -ge 10 ] \
    || fail "the installed app wrote $shots screenshots"
echo "$shots screenshots" >&2

section "the installed app opens a replica of the first release${offline:+, offline}, in French"
old="$scratch/old-replica"
PYTHONPATH="$ROOT" "$PYTHON" packaging/linux/old_replica.py make "$old"
# Signed in to a server, and no keyring in this clean environment: the user's knowing choice to
# keep it unencrypted (the app refuses otherwise, and says so).
as_learner "$scratch/home" BOOTCAMP_ALLOW_UNENCRYPTED=1 bootcamp-desktop --data-dir "$old" --exit-after 3 \
    2>"$scratch/old.log" || { cat "$scratch/old.log" >&2; fail "the installed app did not open the old replica"; }
PYTHONPATH="$ROOT" "$PYTHON" packaging/linux/old_replica.py check "$old"

section "the installed app keeps a new replica's key in the desktop's keyring (encrypted at rest)"
fresh="$scratch/keyring-replica"
mkdir -p "$fresh" "$scratch/home" && echo '{"server_url": "https://bootcamp.fataplus.example"}' > "$fresh/settings.json"
as_learner "$scratch/home" dbus-run-session -- sh -c \
    'echo -n ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     exec bootcamp-desktop --data-dir "$1" --exit-after 3' sh "$fresh" 2>"$scratch/keyring.log" \
    || { cat "$scratch/keyring.log" >&2; fail "the installed app did not start with a keyring"; }
[ -s "$fresh/replica.db" ] || fail "no replica was created"
if head -c 15 "$fresh/replica.db" | grep -q "SQLite format"; then
    fail "the replica is not encrypted: the frozen app found no keyring backend"
fi

section "removing it"
apt-get remove --purge -y -qq bootcamp-desktop >/dev/null
installed && fail "the package is still installed"
left=""
while read -r path; do
    [ -e "$path" ] && [ ! -d "$path" ] && left="$left $path"
done < "$scratch/files"
[ -e /opt/bootcamp-desktop ] && left="$left /opt/bootcamp-desktop"
[ -e /usr/bin/bootcamp-desktop ] || [ -L /usr/bin/bootcamp-desktop ] && left="$left /usr/bin/bootcamp-desktop"
[ -z "$left" ] || fail "files left after removal:$left"
grep -q 'bootcamp-pack' /usr/share/mime/globs2 && fail "the MIME database still knows course packs"

section "done"
printf '%s\n' "package check passed: $(basename "$deb")" \
    "  download size  $(( $(stat -c %s "$deb") / 1048576 )) MB ($(ar t "$deb" | grep '^data\.tar'))" \
    "  installed size $(( $(dpkg-deb -f "$deb" Installed-Size) / 1024 )) MB" \
    "  build time     ${build_seconds}" \
    "  whole check    $(( SECONDS - started )) s" >&2
