"""Transport security: certificates are verified, and a workshop hub is trusted by its fingerprint.

Every connection (sync, sign-in, blobs) verifies the server's certificate against the system's
certificate authorities, with the host name checked. A hub on a room's network has a self-signed
certificate instead (``bootcamp-server make-cert``); the facilitator reads its SHA-256 fingerprint
out and each laptop runs ``bootcamp-desktop trust --server https://10.0.0.5:8443 --fingerprint
SHA256:...`` once. ``trust`` fetches the certificate the server presents, refuses it unless its
fingerprint is the one given, and keeps it (``trusted-certs/<host>_<port>.pem`` in the data directory;
the fingerprint in the replica's settings). From then on, connections to that server (and only to it)
trust exactly that certificate: it is the only trust anchor, and the host name is not checked
because the certificate itself is pinned. A certificate that changes is refused until trusted again.

A failed verification is a ``CertificateError`` saying so, never an "offline" that would be retried
quietly.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bootcamp_core.protocol.fingerprints import (  # noqa: F401 - also read from here
    HEX64,
    format_fingerprint,
    normalize_fingerprint,
    origin_of,
    readable_fingerprint,
)

from .errors import CertificateError, OfflineError, SyncError

TRUST_DIR = "trusted-certs"
SETTINGS_KEY = "trusted_certificates"  # in Settings.extra: {origin: "SHA256:AB:..."}


@dataclass(frozen=True)
class TrustedCertificate:
    origin: str
    fingerprint: str
    path: Path


def fingerprint_of_pem(pem: str) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def fetch_certificate(url: str, timeout: float = 10.0) -> str:
    """The certificate the server presents (PEM), fetched without verifying it: the caller compares it."""
    _origin, host, port = origin_of(url)
    try:
        return ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise OfflineError(f"cannot reach {host}:{port} to read its certificate: {exc}") from exc


def cert_path(directory: Path, url: str) -> Path:
    _origin, host, port = origin_of(url)
    safe = re.sub(r"[^a-z0-9.-]", "_", host)
    return directory / TRUST_DIR / f"{safe}_{port}.pem"


def trust(
    directory: Path, extra: dict[str, Any], url: str, fingerprint: str, *, pem: str | None = None
) -> TrustedCertificate:
    """Pin the server's certificate if (and only if) its fingerprint is ``fingerprint``.

    ``extra`` is the replica's ``Settings.extra``; the caller saves the settings afterwards."""
    origin, _host, _port = origin_of(url)
    wanted = normalize_fingerprint(fingerprint)
    presented = pem if pem is not None else fetch_certificate(url)
    got = fingerprint_of_pem(presented)
    if not hmac.compare_digest(got, wanted):
        raise CertificateError(
            f"{origin} presented a certificate with fingerprint {format_fingerprint(got)}, not the "
            f"{format_fingerprint(wanted)} you were given. It was NOT trusted: check the address and the "
            "fingerprint with the facilitator (someone else may be answering on this network)."
        )
    path = cert_path(directory, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(presented, encoding="ascii")
    tmp.replace(path)
    pins = dict(extra.get(SETTINGS_KEY) or {})
    pins[origin] = format_fingerprint(got)
    extra[SETTINGS_KEY] = pins
    return TrustedCertificate(origin, format_fingerprint(got), path)


def untrust(directory: Path, extra: dict[str, Any], url: str) -> bool:
    origin, _host, _port = origin_of(url)
    pins = dict(extra.get(SETTINGS_KEY) or {})
    found = pins.pop(origin, None) is not None
    extra[SETTINGS_KEY] = pins
    cert_path(directory, url).unlink(missing_ok=True)
    return found


def pinned_context(directory: Path, pins: Mapping[str, str], url: str) -> ssl.SSLContext | None:
    """The SSL context trusting only the pinned certificate of ``url``'s server, or None if none is pinned."""
    try:
        origin, _host, _port = origin_of(url)
    except ValueError:
        return None
    fingerprint = pins.get(origin)
    if not fingerprint:
        return None
    path = cert_path(directory, url)
    try:
        pem = path.read_text(encoding="ascii")
        ok = hmac.compare_digest(fingerprint_of_pem(pem), normalize_fingerprint(fingerprint))
    except (OSError, ValueError):
        ok = False
    if not ok:
        raise CertificateError(
            f"the certificate this replica trusts for {origin} ({path}) is missing or was changed; "
            "trust the server again with `bootcamp-desktop trust`"
        )
    context = ssl.create_default_context(cafile=str(path))
    context.check_hostname = False  # the certificate itself is pinned: nothing else chains to it
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def verify_for(ws: Any, server_url: str | None = None) -> ssl.SSLContext | bool:
    """What ``verify=`` every HTTP client of this workspace passes for ``server_url`` (default: its server).

    ``ws`` is a ``services.workspace.Workspace`` (anything with ``directory`` and ``settings.extra``)."""
    url = server_url or ws.settings.server_url
    if not url:
        return True
    context = pinned_context(Path(ws.directory), ws.settings.extra.get(SETTINGS_KEY) or {}, url)
    return context if context is not None else True


def certificate_problem(exc: BaseException) -> ssl.SSLError | None:
    """The certificate verification failure behind a transport error, if that is what it was."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        if isinstance(current, ssl.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(current):
            return current
        current = current.__cause__ or current.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return ssl.SSLError(str(exc))
    return None


def transport_error(exc: BaseException, where: str) -> SyncError:
    """``CertificateError`` for a certificate that failed verification, ``OfflineError`` otherwise."""
    problem = certificate_problem(exc)
    if problem is not None:
        reason = getattr(problem, "verify_message", None) or str(problem)
        return CertificateError(
            f"the server's certificate could not be verified ({reason}) at {where}. Nothing was sent. "
            "If this is a workshop hub with its own certificate, ask the facilitator for its fingerprint and run "
            f"`bootcamp-desktop trust --server {where} --fingerprint SHA256:...`"
        )
    return OfflineError(f"cannot reach {where}: {exc.__class__.__name__}: {exc}")
