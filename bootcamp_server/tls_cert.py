"""A self-signed certificate for a workshop hub (``bootcamp-server make-cert``).

An ECDSA P-256 key and a certificate naming the hub's addresses (IP and DNS subject alternative
names), not a CA (so it cannot vouch for any other certificate). The facilitator reads its SHA-256
fingerprint out to the room; each laptop pins it with ``bootcamp-desktop trust`` and then trusts this
certificate only, for this server only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_FILE = "hub-cert.pem"
KEY_FILE = "hub-key.pem"


@dataclass(frozen=True)
class HubCertificate:
    cert_path: Path
    key_path: Path
    fingerprint: str  # SHA256:AB:CD:...


def format_fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return "SHA256:" + ":".join(digest[i : i + 2] for i in range(0, 64, 2))


def fingerprint_of_pem_file(path: Path) -> str:
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    return format_fingerprint(cert.public_bytes(serialization.Encoding.DER))


def _san(hosts: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def make_certificate(
    out_dir: Path, hosts: list[str], *, days: int = 365, overwrite: bool = False
) -> HubCertificate:
    if not hosts:
        raise ValueError("give at least one --host (the hub's IP address or name on the room's network)")
    out_dir.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = out_dir / CERT_FILE, out_dir / KEY_FILE
    if not overwrite and (cert_path.exists() or key_path.exists()):
        raise FileExistsError(
            f"{cert_path} already exists; pass --overwrite to replace it (laptops must trust the new one)"
        )
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, hosts[0][:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Fataplus Bootcamp workshop hub"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(_san(hosts)), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_encipherment=False,
                content_commitment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    tmp_key = key_path.with_name(key_path.name + ".tmp")
    tmp_key.unlink(missing_ok=True)
    fd = os.open(tmp_key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem_key)
    os.replace(tmp_key, key_path)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return HubCertificate(
        cert_path, key_path, format_fingerprint(cert.public_bytes(serialization.Encoding.DER))
    )
