#!/usr/bin/env bash
# Build the Debian package of the desktop app: bootcamp-desktop_<version>_<arch>.deb.
#
#     packaging/linux/build-deb.sh [OUT_DIR]        (default OUT_DIR: build/)
#
# PYTHON is the interpreter of an environment with the app and its `packaging` extra
# (`pip install -e packages/core -e '.[packaging]'`); default .venv/bin/python. The package installs the frozen app in
# /opt/bootcamp-desktop (no Python needed on the target), the command /usr/bin/bootcamp-desktop, the
# desktop entry, icons, AppStream metadata and the course pack MIME type. Its Depends are the desktop's
# libraries the bundle links (packaging/linux/depends.py). Building needs dpkg-deb, readelf and no root.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/build}" && cd "${1:-$ROOT/build}" && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
APP_ID=org.fataplus.BootcampDesktop
WORK="$OUT/deb-work"
started=$SECONDS
step() { echo "== $* ($(( SECONDS - started )) s)" >&2; }

[ -x "$PYTHON" ] || { echo "error: $PYTHON not found; set PYTHON to an environment with '.[packaging]'" >&2; exit 1; }
"$PYTHON" -c 'import PyInstaller' 2>/dev/null \
    || { echo "error: PyInstaller is missing: $PYTHON -m pip install -e '$ROOT/packages/core' -e '$ROOT[packaging]'" >&2; exit 1; }
VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
DEB="$OUT/bootcamp-desktop_${VERSION}_${ARCH}.deb"
rm -rf "$WORK" "$DEB"

step "freezing the app with PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/pyinstaller" \
    "$ROOT/packaging/bootcamp-desktop.spec"
frozen=$SECONDS

step "stripping debug symbols from the libraries that carry them"
# Only those: strip rewrites every file it is given, and a rewritten library that a wheel's build had
# patched (patchelf: Qt's own FFmpeg) no longer loads ("ELF load command address/offset not page-aligned").
# The program itself is left alone: its archive is appended to it. 100 MB less, installed.
find "$WORK/dist" -type f -name '*.so*' -print0 | while IFS= read -r -d '' lib; do
    case "$(readelf -S -W "$lib" 2>/dev/null)" in *" .symtab "*|*" .debug_"*) strip --strip-unneeded "$lib" ;; esac
done

step "staging the package tree"
STAGE="$WORK/root"
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/bootcamp-desktop" "$STAGE/DEBIAN"
mv "$WORK/dist/bootcamp-desktop" "$STAGE/opt/bootcamp-desktop"
ln -s /opt/bootcamp-desktop/bootcamp-desktop "$STAGE/usr/bin/bootcamp-desktop"
install -m 644 "$ROOT/resources/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "$ROOT/resources/linux/$APP_ID.mime.xml" "$STAGE/usr/share/mime/packages/$APP_ID.xml"
"$PYTHON" "$ROOT/packaging/icons.py" "$WORK/icons" >/dev/null
mkdir -p "$STAGE/usr/share/icons"
cp -r "$WORK/icons/hicolor" "$STAGE/usr/share/icons/"
install -D -m 644 "$ROOT/resources/icons/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -D -m 644 "$ROOT/resources/icons/application-x-bootcamp-course-pack.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/mimetypes/application-x-bootcamp-course-pack.svg"
install -m 644 "$ROOT/packaging/linux/copyright" "$STAGE/usr/share/doc/bootcamp-desktop/copyright"
# dpkg's triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh the menus, MIME
# database and icon caches after install and removal: no maintainer scripts are needed.

source "$ROOT/scripts/venv.sh"  # QT_PACKAGES, QT_XCB_PACKAGES: what Qt needs beside what it links
# shellcheck disable=SC2086
DEPENDS="$("$PYTHON" "$ROOT/packaging/linux/depends.py" "$STAGE/opt/bootcamp-desktop" $QT_PACKAGES $QT_XCB_PACKAGES)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: bootcamp-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: Fataplus Bootcamp <bootcamp@fataplus.example>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $DEPENDS
Recommends: fonts-dejavu-core
Section: education
Priority: optional
Description: Fataplus Product Design Bootcamp, online or offline
 The desktop application of the Fataplus Product Design Bootcamp: learners study
 downloaded lessons, take quizzes and prepare their design work offline,
 instructors grade against rubrics, facilitators run workshops without internet.
 A local replica syncs with the bootcamp's server whenever a connection exists.
 .
 Self-contained: Python and Qt are inside; it needs no network to install or run.
EOF

# xz (the default): the smallest download, readable by every dpkg; 3 minutes of CPU here.
# DEB_COMPRESSION=zstd: 20% larger, in 25 s (CI uses it); needs a dpkg that reads zstd (Debian 12, Ubuntu 21.10+).
case "${DEB_COMPRESSION:-xz}" in
    xz) compress=(-Zxz) ;;
    zstd) compress=(-Zzstd -z12) ;;
    *) echo "error: DEB_COMPRESSION is xz or zstd" >&2; exit 1 ;;
esac
step "compressing the package (${DEB_COMPRESSION:-xz})"
# --threads-max: dpkg >= 1.21.9 (grep without -q reads all the help, so pipefail sees no SIGPIPE)
if dpkg-deb --help | grep -- --threads-max >/dev/null; then compress+=(--threads-max="$(nproc)"); fi
dpkg-deb --root-owner-group "${compress[@]}" --build "$STAGE" "$DEB" >/dev/null
installed_kb="$(grep '^Installed-Size' "$STAGE/DEBIAN/control" | cut -d' ' -f2)"
step "built $DEB"
printf '%s\n' \
    "package:        $(basename "$DEB")" \
    "download size:  $(( $(stat -c %s "$DEB") / 1048576 )) MB ($(stat -c %s "$DEB") bytes, ${DEB_COMPRESSION:-xz})" \
    "installed size: $(( installed_kb / 1024 )) MB" \
    "freeze time:    $(( frozen - started )) s" \
    "total time:     $(( SECONDS - started )) s" \
    "depends:        $DEPENDS" >&2
echo "$DEB"
