#!/usr/bin/env bash
# Install the bootcamp server as a systemd service on Debian or Ubuntu: a workshop hub on a
# facilitator's laptop, or the central API on a data-centre machine.
#
#     sudo packaging/server/install.sh                      # from the package index
#     packaging/server/install.sh --wheelhouse DIR --make   # on a connected machine: every wheel into DIR
#     sudo packaging/server/install.sh --wheelhouse DIR     # then, on the hub, with no network at all
#
# The wheelhouse must be made with the same Python version and architecture as the target's python3.
# It installs the server in a virtual environment at /opt/bootcamp-server, a system user `bootcamp`,
# /etc/bootcamp-server/env (kept if it exists) and the unit bootcamp-server.service; it does not start
# it. bootcamp_server/README.md says what to set in the env file before `systemctl enable --now`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/packaging/server"
PREFIX=/opt/bootcamp-server
wheelhouse="" make=""
while [ $# -gt 0 ]; do
    case "$1" in
        --wheelhouse) wheelhouse="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
        --make) make=1; shift ;;
        *) echo "usage: $0 [--wheelhouse DIR [--make]]" >&2; exit 2 ;;
    esac
done
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "error: the server needs Python 3.11 or newer (python3, python3-venv)" >&2; exit 1; }

if [ -n "$make" ]; then
    [ -n "$wheelhouse" ] || { echo "error: --make needs --wheelhouse DIR" >&2; exit 2; }
    python3 -m pip wheel --quiet --wheel-dir "$wheelhouse" "$ROOT/packages/core" "$ROOT/packages/server"
    echo "wheels for an offline install are in $wheelhouse ($(du -sh "$wheelhouse" | cut -f1))" >&2
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "error: run as root (it creates a user, /opt/bootcamp-server and a unit)" >&2; exit 1; }

id bootcamp >/dev/null 2>&1 \
    || useradd --system --home-dir /var/lib/bootcamp-server --no-create-home --shell /usr/sbin/nologin bootcamp
python3 -m venv "$PREFIX"
if [ -n "$wheelhouse" ]; then
    "$PREFIX/bin/pip" install --quiet --no-index --find-links "$wheelhouse" bootcamp-server
else
    "$PREFIX/bin/pip" install --quiet "$ROOT/packages/core" "$ROOT/packages/server"
fi
install -d -m 750 -g bootcamp /etc/bootcamp-server
[ -f /etc/bootcamp-server/env ] || install -m 640 -g bootcamp "$HERE/bootcamp-server.env" /etc/bootcamp-server/env
install -m 644 "$HERE/bootcamp-server.service" /etc/systemd/system/bootcamp-server.service
if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
echo "installed: $("$PREFIX/bin/bootcamp-server" --help >/dev/null && echo "$PREFIX/bin/bootcamp-server")" >&2
echo "next: edit /etc/bootcamp-server/env (BOOTCAMP_ISSUER at least), then: systemctl enable --now bootcamp-server" >&2
