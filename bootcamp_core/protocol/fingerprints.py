"""Certificate fingerprints and server origins as both applications show and compare them: the hub prints
its fingerprint (``bootcamp-server make-cert``, ``serve --announce``) the way the app's sign-in dialog lists
it, so a facilitator reads out what learners see."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

HEX64 = re.compile(r"^[0-9a-f]{64}$")


def origin_of(url: str) -> tuple[str, str, int]:
    """(``https://host:port``, host, port) of a server URL; https only."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"{url!r} is not an https:// server address")
    port = parts.port or 443
    host = parts.hostname.lower()
    shown = f"[{host}]" if ":" in host else host
    return f"https://{shown}:{port}", host, port


def normalize_fingerprint(text: str) -> str:
    """64 lowercase hex digits from ``SHA256:AB:CD:...``, ``sha256 Fingerprint=AB:CD...`` or plain hex."""
    value = text.strip()
    for prefix in ("sha256 fingerprint=", "sha256:", "sha-256:"):
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    value = re.sub(r"[\s:]", "", value).lower()
    if not HEX64.match(value):
        raise ValueError("a SHA-256 fingerprint is 64 hexadecimal digits, e.g. SHA256:AB:CD:... (32 pairs)")
    return value


def format_fingerprint(hex_digest: str) -> str:
    h = normalize_fingerprint(hex_digest).upper()
    return "SHA256:" + ":".join(h[i : i + 2] for i in range(0, 64, 2))


def readable_fingerprint(text: str, per_line: int = 8) -> str:
    """The fingerprint as 16 groups of 4 hex digits, ``per_line`` groups a line: easy to read out and compare
    (``3FA2 9C01 …``). ``make-cert`` and ``serve --announce`` print it the same way."""
    h = normalize_fingerprint(text).upper()
    groups = [h[i : i + 4] for i in range(0, 64, 4)]
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))
