"""Trusting a workshop hub's self-signed certificate by its fingerprint, for the window and the CLI
(the mechanics are in ``sync.tls``)."""

from __future__ import annotations

from bootcamp_desktop.sync import tls

from .account import normalize_server_url
from .workspace import Workspace


def trust_server(ws: Workspace, server_url: str, fingerprint: str) -> tls.TrustedCertificate:
    """Pin the certificate ``server_url`` presents if its SHA-256 fingerprint is ``fingerprint``;
    ``CertificateError`` (nothing stored) when it is not."""
    url = normalize_server_url(server_url)
    trusted = tls.trust(ws.directory, ws.settings.extra, url, fingerprint)
    ws.save_settings()
    return trusted


def forget_server(ws: Workspace, server_url: str) -> bool:
    found = tls.untrust(ws.directory, ws.settings.extra, normalize_server_url(server_url))
    ws.save_settings()
    return found


def trusted_servers(ws: Workspace) -> dict[str, str]:
    """Origin -> fingerprint of every pinned certificate."""
    return dict(ws.settings.extra.get(tls.SETTINGS_KEY) or {})
