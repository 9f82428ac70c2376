"""Multicast DNS in the tests, on loopback: a hub and a laptop on 127.0.0.1.

Multicast reaches other sockets on the loopback interface here (``IP_MULTICAST_LOOP``), so the
announcement and the browse really go through the kernel. ``require_multicast`` checks it once and
skips with the reason where a machine has no multicast on loopback.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from bootcamp_desktop.sync.discovery import FoundHub, HubBrowser

LOOPBACK = ["127.0.0.1"]
ROOT = Path(__file__).resolve().parents[2]


@cache
def _multicast_works() -> str | None:
    from zeroconf import IPVersion, ServiceInfo, Zeroconf

    kind = "_bootcamp-probe._tcp.local."
    a = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    b = Zeroconf(interfaces=LOOPBACK, ip_version=IPVersion.V4Only)
    try:
        info = ServiceInfo(
            kind,
            f"probe {time.monotonic_ns()}.{kind}",
            addresses=[socket.inet_aton("127.0.0.1")],
            port=9,
            properties={},
        )
        a.register_service(info)
        return None if b.get_service_info(kind, info.name, timeout=3000) is not None else "no answer"
    except OSError as exc:
        return str(exc)
    finally:
        a.close()
        b.close()


def require_multicast() -> None:
    problem = _multicast_works()
    if problem is not None:
        pytest.skip(f"multicast DNS does not work on this machine's loopback interface ({problem})")


def wait_for(found: Callable[[], bool], seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found():
            return True
        time.sleep(0.1)
    return found()


def hub_at(browser: HubBrowser, url: str) -> FoundHub | None:
    return next((h for h in browser.hubs() if h.url == url), None)


def serve_hub(data: Path, port: int, cert: Path, key: Path, *extra: str) -> subprocess.Popen[str]:
    """``bootcamp-server serve`` as a facilitator runs it, in its own process."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bootcamp_server",
            "serve",
            "--database-url",
            f"sqlite:///{data / 'hub.db'}",
            "--data-dir",
            str(data),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--tls-cert",
            str(cert),
            "--tls-key",
            str(key),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
