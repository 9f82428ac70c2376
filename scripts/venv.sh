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
