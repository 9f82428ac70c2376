#!/usr/bin/env bash
# Build the macOS disk image: build/macos/Fataplus-Bootcamp-<version>.dmg
#
#     packaging/macos/build-dmg.sh
#
# On macOS 14 or later (PySide6-Pdf's wheels need it), with Python 3.12+. The .app is PyInstaller's
# bundle from packaging/bootcamp-desktop.spec; the image holds it and a link to /Applications, so a
# learner drags it across, with no network and no Python.
# Signing and notarization are PLACEHOLDERS until Fataplus has an Apple Developer ID: they run when
# MACOS_SIGN_IDENTITY (a "Developer ID Application: ..." identity in the keychain; CI imports it from
# MACOS_CERT_P12_BASE64) and, for notarization, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are set.
# Without them the app is signed ad hoc (so it runs on Apple silicon) and Gatekeeper asks the user to
# confirm the first start (right-click, Open).
# NOT BUILT OR RUN on the project's machines (Linux): .github/workflows/installers.yml runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BUILD="$ROOT/build/macos"
VENV="$BUILD/venv"
started=$SECONDS

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ./packages/core -e ".[packaging]"
VERSION="$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath "$BUILD/dist" \
    --workpath "$BUILD/pyinstaller" packaging/bootcamp-desktop.spec
APP="$BUILD/dist/Fataplus Bootcamp.app"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$APP"
else
    echo "warning: MACOS_SIGN_IDENTITY is not set: signing ad hoc; Gatekeeper will ask before the first start" >&2
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

DMG="$BUILD/Fataplus-Bootcamp-$VERSION.dmg"
stage="$BUILD/dmg"
rm -rf "$stage" "$DMG"
mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Fataplus Bootcamp" -srcfolder "$stage" -fs HFS+ -format ULMO -ov "$DMG" >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$DMG"
    else
        echo "warning: APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD missing: the image is not notarized" >&2
    fi
fi

printf '%s\n' "disk image:     $(basename "$DMG") ($(( $(stat -f %z "$DMG") / 1048576 )) MB)" \
    "installed size: $(du -sm "$APP" | cut -f1) MB" \
    "build time:     $(( SECONDS - started )) s" >&2
echo "$DMG"
