# Sourced by ./run-app and ./run-tests: find a suitable Python and make .venv with the given extras.
# Python >= 3.12 is preferred (PySide6 6.12 needs it, see ../shared/ENVIRONMENT.md); 3.11 works with
# PySide6 6.11, which pyproject.toml selects by itself.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${BOOTCAMP_VENV:-$ROOT/.venv}"

find_python() {
    local candidates=(python3.13 python3.12)
    for dir in "$HOME"/.pyenv/versions/3.13* "$HOME"/.pyenv/versions/3.12*; do
        [ -x "$dir/bin/python3" ] && candidates+=("$dir/bin/python3")
    done
    candidates+=(python3.11 python3)
    for py in "${candidates[@]}"; do
        if "$py" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1; then
            echo "$py"
            return 0
        fi
    done
    echo "error: Python 3.11 or newer (with venv) is needed; install python3 and python3-venv" >&2
    return 1
}

make_venv() {
    local extras="$1"
    if [ ! -x "$VENV/bin/python" ]; then
        local py
        py="$(find_python)"
        echo "creating $VENV with $("$py" --version)" >&2
        "$py" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT$extras"
}

# What Qt needs offscreen and on a desktop (and QtMultimedia for video lessons), per ../shared/ENVIRONMENT.md.
QT_PACKAGES="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0 libxkbcommon-x11-0"

# Install the Debian/Ubuntu packages Qt needs when some are missing: as root, or with sudo that asks no
# password. Otherwise say which command to run. "required" makes a missing package an error (CI).
ensure_system_packages() {
    local mode="${1:-}"
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian or Ubuntu: nothing to check
    local missing="" pkg
    for pkg in $QT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            echo "Qt needs these system packages:$missing" >&2
            echo "install them once with: sudo apt-get install$missing" >&2
            [ "$mode" = "required" ] && return 1
            return 0
        fi
    fi
    echo "installing the system packages Qt needs:$missing" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}
