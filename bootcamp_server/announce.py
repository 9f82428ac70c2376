"""A workshop hub announces itself on the room's network (``serve --announce``): DNS-SD over multicast DNS,
with ``zeroconf``, so that laptops list it in their sign-in dialog without anyone typing an address.

The record (``bootcamp_core.protocol.hub_txt``) names the hub, the address to sign in at (the
issuer), its certificate's SHA-256 fingerprint and the protocol versions it speaks. It is registered once
the server accepts connections (a laptop that resolves it at once can connect) and withdrawn (a "goodbye"
with a zero TTL) when the server stops. A hub without TLS is not announced: the announcement is how a
laptop learns which certificate to compare with the one the facilitator reads out.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from bootcamp_core.protocol.fingerprints import readable_fingerprint
from bootcamp_core.protocol.hub_txt import SERVICE_TYPE, properties

log = logging.getLogger("bootcamp_server.announce")
WILDCARDS = ("0.0.0.0", "::", "")
READY_SECONDS = 120.0  # how long to wait for the server to listen before announcing anyway


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def lan_addresses() -> list[str]:
    """The machine's IPv4 addresses other than loopback (what laptops can reach when serving on 0.0.0.0)."""
    import ifaddr

    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ipaddress.ip_address(ip.ip).is_loopback and ip.ip not in found:
                found.append(ip.ip)
    return found


@dataclass(frozen=True)
class HubAnnouncement:
    name: str
    url: str  # the issuer
    fingerprint: str
    port: int
    bind_host: str  # what the server listens on

    def addresses(self) -> list[str]:
        """The A records: the issuer's address if it is one, else the address served on, else the LAN's."""
        issuer_host = urlsplit(self.url).hostname or ""
        for host in (issuer_host, self.bind_host):
            try:
                if ipaddress.ip_address(host).version == 4:
                    return [host]
            except ValueError:
                pass
        return lan_addresses()

    def interfaces(self) -> list[str] | None:
        """Where to answer queries: the address served on, or every interface (None) for 0.0.0.0."""
        return None if self.bind_host in WILDCARDS else [self.bind_host]


def refusal(announce: bool | None, bind_host: str, issuer: str, has_tls: bool) -> str | None:
    """Why this server must not be announced (None: it may). ``announce`` None is the default (announce when
    serving beyond loopback, with TLS); True is ``--announce`` (a refusal is then an error)."""
    if announce is False or (announce is None and is_loopback(bind_host)):
        return "not asked to"
    if not has_tls:
        return "a hub is announced with its certificate's fingerprint: serve with --tls-cert and --tls-key"
    if urlsplit(issuer).scheme != "https":
        return f"the sign-in address {issuer} is not https: give --issuer https://<the hub's address>:<port>"
    issuer_host = urlsplit(issuer).hostname or ""
    if is_loopback(issuer_host) and not is_loopback(bind_host):
        return (
            f"the sign-in address {issuer} is this machine's loopback, which laptops cannot reach: "
            "give --issuer https://<the hub's address on the room's network>:<port>"
        )
    return None


def default_name() -> str:
    return re.sub(r"\s+", " ", socket.gethostname()).strip()[:63] or "Bootcamp hub"


class Announcer:
    """Registers ``hub`` in a thread once its port accepts connections; ``close()`` withdraws it."""

    def __init__(self, hub: HubAnnouncement) -> None:
        self.hub = hub
        self._stop = threading.Event()
        self._registered = threading.Event()
        self._lock = threading.Lock()
        self._zc: object | None = None
        self._thread = threading.Thread(target=self._run, name="hub-announcer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait_registered(self, timeout: float) -> bool:
        return self._registered.wait(timeout)

    def _listening(self) -> bool:
        host = "127.0.0.1" if self.hub.bind_host in WILDCARDS else self.hub.bind_host
        try:
            with socket.create_connection((host, self.hub.port), timeout=1.0):
                return True
        except OSError:
            return False

    def _run(self) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while not self._listening() and time.monotonic() < deadline:
            if self._stop.wait(0.2):
                return
        try:
            from zeroconf import InterfaceChoice, ServiceInfo, Zeroconf

            hub = self.hub
            label = re.sub(r"[.\x00-\x1f]", " ", hub.name).strip()[:63] or "Bootcamp hub"
            host_label = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:63].strip("-") or "bootcamp-hub"
            info = ServiceInfo(
                SERVICE_TYPE,
                f"{label}.{SERVICE_TYPE}",
                addresses=[socket.inet_aton(a) for a in hub.addresses()],
                port=hub.port,
                properties=properties(hub.name, hub.url, hub.fingerprint),
                server=f"{host_label}.local.",
            )
            zc = Zeroconf(interfaces=hub.interfaces() or InterfaceChoice.All)
            with self._lock:
                if self._stop.is_set():
                    zc.close()
                    return
                self._zc = zc
            # Another hub with this name in the room: the name gets " (2)" rather than a failure.
            zc.register_service(info, allow_name_change=True)
        except Exception as exc:  # noqa: BLE001 - the hub serves on without the announcement: it says so
            if self._stop.is_set():
                return  # stopped while registering: nothing to announce any more
            log.error("hub not announced", extra={"fields": {"error": f"{exc.__class__.__name__}: {exc}"}})
            return
        self._registered.set()
        log.info(
            "hub announced",
            extra={"fields": {"service": info.name, "url": hub.url, "addresses": hub.addresses()}},
        )
        print(
            f"announced on the network as {info.name!r} ({hub.url}); certificate fingerprint:\n"
            f"{readable_fingerprint(hub.fingerprint)}",
            flush=True,
        )

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            zc, self._zc = self._zc, None
        if zc is not None:
            zc.close()  # type: ignore[attr-defined]  # sends the goodbye of every service it registered
        self._thread.join(5)
        if self._registered.is_set():
            log.info("hub announcement withdrawn")


class _Stopped(BaseException):
    """A stop signal arrived while the hub was announced."""


@contextmanager
def announced(announcer: Announcer) -> Iterator[None]:
    """Announce during the block; withdraw when it ends, also on SIGINT/SIGTERM. uvicorn handles those while
    it serves and raises them again once it has stopped: they land here, the goodbye is sent, and the signal
    is raised once more with the handler it had before, so the process ends as it would have."""
    caught: list[int] = []

    def stop(sig: int, _frame: object) -> None:
        caught.append(sig)
        raise _Stopped

    originals = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        announcer.start()
        yield
    except _Stopped:
        pass
    finally:
        for sig, handler in originals.items():
            signal.signal(sig, handler)
        announcer.close()
    for sig in caught[:1]:
        signal.raise_signal(sig)
