# Sourced by ./run-app, ./run-server and ./run-tests: find a suitable Python, make .venv with what they need.
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

# make_venv WHAT: "" the desktop app, "[server]" the server, "[test]" both and the test tools, "[packaging]"
# the app and the freezer. Each comes with the shared core (packages/core), named by its folder in the
# same pip command, so pip never looks the repository's own distributions up on an index.
make_venv() {
    local extras="$1"
    if [ ! -x "$VENV/bin/python" ]; then
        local py
        py="$(find_python)"
        echo "creating $VENV with $("$py" --version)" >&2
        "$py" -m venv "$VENV"
    fi
    local stamp="$VENV/.bootcamp-install-stamp" want
    want="$(cat "$ROOT"/pyproject.toml "$ROOT"/packages/*/pyproject.toml | sha256sum | cut -d' ' -f1)"
    want="$want $("$VENV/bin/python" -V 2>&1)"
    if [ -f "$stamp$extras" ] && [ "$(cat "$stamp$extras")" = "$want" ]; then
        return 0
    fi
    local what=(-e "$ROOT/packages/core") label="the app${extras:+ with $extras}"
    case "$extras" in
        "[server]") what+=(-e "$ROOT/packages/server"); label="the server" ;;
        "[test]") what+=(-e "$ROOT/packages/server" -e "$ROOT[test]"); label="the app, server and tests" ;;
        *) what+=(-e "$ROOT$extras") ;;
    esac
    echo "installing $label into $VENV (once; later starts skip this)" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet "${what[@]}"
    echo "$want" > "$stamp$extras"
    case "$extras" in
        "[server]") ;;  # the server alone: the app is not installed by it
        "[test]") echo "$want" > "$stamp"; echo "$want" > "$stamp[server]" ;;
        *) echo "$want" > "$stamp" ;;
    esac
}

QT_PACKAGES="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0"
QT_XCB_PACKAGES="libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
libxcb-util1 libxcb-xfixes0 libxcb-xkb1"

# Install the Debian/Ubuntu packages Qt needs when some are missing: as root, or with sudo that asks no
# password. Otherwise say which command to run. "required" makes a missing package an error (CI).
ensure_system_packages() {
    local mode="${1:-}"
    shift || true
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian or Ubuntu: nothing to check
    local missing="" pkg
    for pkg in $QT_PACKAGES $QT_XCB_PACKAGES "$@"; do
        # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64): either name will do.
        local status
        status="$(dpkg-query -W -f='${Status}\n' "$pkg" "${pkg}t64" 2>/dev/null || true)"
        case "$status" in
            *"install ok installed"*) ;;
            *) missing="$missing $pkg" ;;
        esac
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
