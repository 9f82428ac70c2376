"""How a workshop hub describes itself on the room's network (DNS-SD over multicast DNS).

The hub (``bootcamp-server serve --announce``) registers a service of type ``_bootcamp._tcp.local.``;
its TXT record carries:

- ``txtvers``: the version of this record's format (1);
- ``name``: the hub's name, as the facilitator chose it (``--hub-name``, default the machine's name);
- ``url``: the address to sign in at, exactly the server's OAuth issuer (``https://10.0.0.5:8443``);
- ``fp``: the SHA-256 fingerprint of the hub's certificate, 64 lowercase hex digits;
- ``proto`` / ``protomin``: the newest and the oldest sync protocol versions the hub speaks.

Anyone on the network can announce anything: the fingerprint here is only what the dialog shows the
person, who compares it with the one the facilitator reads out. Trusting the hub then pins the
certificate the hub actually presents, and only if its fingerprint is that one (``sync.tls.trust``).
A record that does not parse (a foreign or hostile announcement) is ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .fingerprints import normalize_fingerprint, origin_of
from .tables import PROTOCOL_MIN, PROTOCOL_VERSION

SERVICE_TYPE = "_bootcamp._tcp.local."
TXT_VERSION = 1
MAX_NAME = 63  # a DNS label's length: the instance name is made from it


@dataclass(frozen=True)
class HubRecord:
    name: str
    url: str  # the https origin to sign in at (the hub's OAuth issuer)
    fingerprint: str  # 64 lowercase hex digits
    protocol: int
    protocol_min: int

    @property
    def compatible(self) -> bool:
        """This app and the hub share a sync protocol version."""
        return self.protocol_min <= PROTOCOL_VERSION and self.protocol >= PROTOCOL_MIN


def properties(name: str, url: str, fingerprint: str) -> dict[str, str]:
    """The TXT record of a hub; ``ValueError`` for an address that is not https or a bad fingerprint."""
    origin_of(url)
    return {
        "txtvers": str(TXT_VERSION),
        "name": name[:MAX_NAME],
        "url": url.rstrip("/"),
        "fp": normalize_fingerprint(fingerprint),
        "proto": str(PROTOCOL_VERSION),
        "protomin": str(PROTOCOL_MIN),
    }


def parse(txt: Mapping[bytes, bytes | None]) -> HubRecord | None:
    """The hub a TXT record describes, or None when it is not a well-formed record of this format."""
    try:
        values = {k.decode("ascii"): (v or b"").decode("utf-8") for k, v in txt.items()}
        if int(values.get("txtvers", "0")) != TXT_VERSION:
            return None
        url = values["url"].rstrip("/")
        origin_of(url)
        name = " ".join(values.get("name", "").split())[:MAX_NAME] or url
        return HubRecord(
            name=name,
            url=url,
            fingerprint=normalize_fingerprint(values["fp"]),
            protocol=int(values["proto"]),
            protocol_min=int(values.get("protomin", values["proto"])),
        )
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
