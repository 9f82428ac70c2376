"""``bootcamp-desktop hubs``: the workshop hubs announced on this network, as the sign-in dialog lists them.

Each with its address and its certificate's fingerprint in groups of four, and the ``trust`` command to run
once it matches the fingerprint the facilitator reads out (an announcement is only a hint: ``trust`` checks
the certificate the hub actually presents). Exit codes: 0 found some; 1 none found; 3 cannot look (no
network, no multicast).
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any


def cmd_hubs(args: argparse.Namespace) -> int:
    from bootcamp_desktop.sync.discovery import HubBrowser
    from bootcamp_desktop.sync.tls import format_fingerprint, readable_fingerprint

    failed: list[str] = []
    done = threading.Event()

    def error(message: str) -> None:
        failed.append(message)
        done.set()

    browser = HubBrowser(lambda _hubs: None, on_error=error, interfaces=args.interface or None)
    browser.start()
    done.wait(args.wait)  # answers come within a second or two; a hub that resolves late is left out
    hubs = browser.hubs()
    browser.close()
    if failed:
        print(f"error: {failed[0]}", file=sys.stderr)
        return 3
    if not hubs:
        print(f"no workshop hub found on this network in {args.wait:g} s", file=sys.stderr)
        return 1
    for hub in hubs:
        grouped = readable_fingerprint(hub.fingerprint).replace("\n", "\n    ")
        note = "" if hub.record.compatible else "  (needs another version of this app)\n"
        print(
            f"{hub.name}\n  {hub.url}\n{note}  certificate fingerprint:\n    {grouped}\n"
            f"  once it matches the one read out: bootcamp-desktop trust --server {hub.url} "
            f"--fingerprint {format_fingerprint(hub.fingerprint)}\n"
        )
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "hubs",
        parents=[common],
        help="list the workshop hubs announced on this network",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--wait", type=float, default=3.0, help="seconds to listen (default 3)")
    p.add_argument(
        "--interface",
        action="append",
        metavar="ADDRESS",
        help="listen on this address only (repeat for several; default: every interface)",
    )
    p.set_defaults(func=cmd_hubs)
