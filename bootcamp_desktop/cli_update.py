"""``bootcamp-desktop update``: a newer version of the app from the replica's server (services/updates.py)."""

from __future__ import annotations

import argparse
import shlex
import sys


def cmd_update(args: argparse.Namespace) -> int:
    import asyncio
    import subprocess

    from bootcamp_desktop.cli import _ask, _workspace
    from bootcamp_desktop.services import updates
    from bootcamp_desktop.sync.errors import SyncError
    from bootcamp_desktop.sync.progress import ProgressEvent

    ws = _workspace(args)
    try:
        server = ws.settings.server_url
        if not server:
            print(
                "error: this replica has no server; sign in to one first (`bootcamp-desktop login`)",
                file=sys.stderr,
            )
            return 2
        try:
            offer = asyncio.run(updates.check(ws))
        except SyncError as exc:
            print(f"error: {exc.user_message}", file=sys.stderr)
            return exc.exit_code
        if offer is None:
            print(f"up to date: version {updates.current_version()}; {server} offers nothing newer")
            return 0
        release = offer.release
        print(
            f"version {release.version} is available from {server} ({offer.megabytes}, {release.size} bytes); "
            f"this is {offer.current}" + (f"\n  {release.notes}" if release.notes else "")
        )
        if args.check:
            return 0
        have = updates.resumes_at(ws, offer)
        if have and updates.downloaded(ws, offer) is None:
            print(f"resuming the download at byte {have}", file=sys.stderr)
        tty = sys.stderr.isatty()

        def show(event: ProgressEvent) -> None:
            if tty and event.total:
                print(f"\rdownloading {event.done / event.total:6.1%}", end="", file=sys.stderr, flush=True)

        try:
            path = asyncio.run(updates.download(ws, offer, show))
        except SyncError as exc:
            print(("\n" if tty else "") + f"error: {exc.user_message}", file=sys.stderr)
            return exc.exit_code
        if tty:
            print(file=sys.stderr)
        print(f"downloaded and verified (sha256 {release.sha256[:16]}…): {path}")
        command = updates.install_command(path)
        wanted = args.install or (
            (_ask(f"Install version {release.version} now? [y/N] ", secret=False) or "").strip().lower()
            in ("y", "yes")
        )
        if not wanted:
            print(f"install it with: {shlex.join(command)}")
            return 0
        code = subprocess.call(command)
        if code:
            print(f"error: the installer ended with code {code}; {path} is kept", file=sys.stderr)
            return 1
        print(f"installed; restart the app to use version {release.version}")
        return 0
    finally:
        ws.close()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "update",
        parents=[common],
        help="download and install a newer version of the app from the replica's server",
        description="Asks the replica's server for a newer version of the app, downloads it (a cut download resumes "
        "where it stopped), checks its sha256 (and its signature, when the app trusts a release key) and offers "
        "to install it. Exit codes: 0 up to date, or done; 1 the installer failed; 2 no server; 3 offline; "
        "7 the installer did not check out (nothing kept); 9 certificate problem.",
    )
    p.add_argument("--check", action="store_true", help="only say whether a newer version is available")
    p.add_argument("--install", action="store_true", help="install after the download without asking")
    p.set_defaults(func=cmd_update)
