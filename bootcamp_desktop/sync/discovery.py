"""Finding workshop hubs on the room's network (multicast DNS / DNS-SD, with ``zeroconf``).

``HubBrowser`` looks for ``_bootcamp._tcp.local.`` services in threads of its own (``zeroconf``'s), never
the caller's: ``start()`` returns at once, and ``on_change`` is called from those threads with the list of
hubs found so far each time it changes (a GUI hands it to its own thread). A hub's TXT record
(``protocol.hub_txt``) is only a hint: what the person trusts is checked against the certificate the hub
presents when it is pinned (``tls.trust``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bootcamp_core.protocol.hub_txt import SERVICE_TYPE, HubRecord, parse

log = logging.getLogger("bootcamp_desktop.discovery")
RESOLVE_MS = 3000


@dataclass(frozen=True)
class FoundHub:
    instance: str  # the DNS-SD instance name (unique on the network)
    record: HubRecord
    addresses: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def url(self) -> str:
        return self.record.url

    @property
    def fingerprint(self) -> str:
        return self.record.fingerprint


class HubBrowser:
    """Browse for hubs until ``close()``. ``interfaces``: the addresses to listen on (default: all)."""

    def __init__(
        self,
        on_change: Callable[[list[FoundHub]], None],
        *,
        on_error: Callable[[str], None] | None = None,
        interfaces: Sequence[str] | None = None,
    ) -> None:
        self._on_change = on_change
        self._on_error = on_error
        self._interfaces = list(interfaces) if interfaces else None
        self._hubs: dict[str, FoundHub] = {}
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._zc: object | None = None
        self._browser: object | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="hub-browser", daemon=True)
        self._thread.start()

    def hubs(self) -> list[FoundHub]:
        with self._lock:
            return sorted(self._hubs.values(), key=lambda h: (h.name.lower(), h.instance))

    def _run(self) -> None:
        try:
            from zeroconf import InterfaceChoice, ServiceBrowser, Zeroconf

            zc = Zeroconf(interfaces=self._interfaces or InterfaceChoice.All)
        except Exception as exc:  # noqa: BLE001 - no network, no multicast: said, not raised in a thread
            log.warning("cannot look for hubs", extra={"fields": {"error": str(exc)}})
            if self._on_error is not None:
                self._on_error(f"cannot look for hubs on this network: {exc}")
            return
        with self._lock:
            if self._closed.is_set():
                zc.close()
                return
            self._zc = zc
            self._browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[self._on_service_state_change])

    def _on_service_state_change(
        self, zeroconf: object, service_type: str, name: str, state_change: object
    ) -> None:
        from zeroconf import ServiceStateChange

        if self._closed.is_set():
            return
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                gone = self._hubs.pop(name, None) is not None
            if gone:
                self._on_change(self.hubs())
            return
        info = zeroconf.get_service_info(service_type, name, timeout=RESOLVE_MS)  # type: ignore[attr-defined]
        record = parse(info.properties) if info is not None else None
        if record is None:
            log.info("ignored an announcement that is not a hub's", extra={"fields": {"name": name}})
            return
        found = FoundHub(name, record, tuple(info.parsed_addresses()))
        with self._lock:
            if self._hubs.get(name) == found:
                return
            self._hubs[name] = found
        self._on_change(self.hubs())

    def close(self) -> None:
        """Stop browsing; blocks for a moment (a GUI calls it off its own thread, or at exit)."""
        with self._lock:
            self._closed.set()
            zc, browser = self._zc, self._browser
            self._zc = self._browser = None
        if browser is not None:
            browser.cancel()  # type: ignore[attr-defined]
        if zc is not None:
            zc.close()  # type: ignore[attr-defined]
