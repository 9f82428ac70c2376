"""What a USB drive carries between offline computers and the server, shared by both sides: signatures,
encryption to a recipient, key fingerprints (docs/security.md, "USB drives").

- **Signatures** are Ed25519 over the canonical JSON of a document (``canonical``: sorted keys, no
  spaces, UTF-8), stored beside it as ``{"signed": <document>, "key": <fingerprint>, "sig": <b64>}``.
- **Encryption** is HPKE (RFC 9180, base mode) with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and
  ChaCha20-Poly1305, from ``cryptography``: anyone may encrypt to a public key, only its holder reads.
  The ``info`` string names what the bytes are, so a ciphertext of one kind does not open as another.
- A **key pair** of a device (a replica) is derived from one 32-byte seed: an Ed25519 key that signs and
  an X25519 key that receives. The server derives its own pair from its secret key the same way.
- A **fingerprint** is the first 16 hex digits of sha256 of the raw public signing key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
WORK_INFO = b"bootcamp usb work bundle v1"
RETURN_INFO = b"bootcamp usb work return v1"


class UsbError(ValueError):
    """A document from a drive that is malformed, altered, or not for this reader."""


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64d(text: object) -> bytes:
    if not isinstance(text, str):
        raise UsbError("expected base64 text")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise UsbError("malformed base64") from None


def canonical(document: Any) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class KeyPair:
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def from_seed(cls, seed: bytes, purpose: bytes = b"device") -> KeyPair:
        if len(seed) < 32:
            raise ValueError("a key seed is at least 32 bytes")

        def derive(label: bytes) -> bytes:
            return HKDF(
                hashes.SHA256(), 32, salt=None, info=b"bootcamp usb " + purpose + b" " + label
            ).derive(seed)

        return cls(
            Ed25519PrivateKey.from_private_bytes(derive(b"sign")),
            X25519PrivateKey.from_private_bytes(derive(b"box")),
        )

    @property
    def public(self) -> dict[str, str]:
        return {
            "sign_key": b64e(self.sign.public_key().public_bytes(*RAW)),
            "box_key": b64e(self.box.public_key().public_bytes(*RAW)),
        }

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public["sign_key"])


def fingerprint(sign_key_b64: str) -> str:
    return hashlib.sha256(b64d(sign_key_b64)).hexdigest()[:16]


def sign_public(text: object) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(b64d(text))
    except ValueError as exc:
        raise UsbError(f"not a signing key: {exc}") from None


def box_public(text: object) -> X25519PublicKey:
    try:
        return X25519PublicKey.from_public_bytes(b64d(text))
    except ValueError as exc:
        raise UsbError(f"not an encryption key: {exc}") from None


def signed(document: dict[str, Any], keys: KeyPair) -> dict[str, Any]:
    return {"signed": document, "key": keys.fingerprint, "sig": b64e(keys.sign.sign(canonical(document)))}


def verified(envelope: object, sign_key_b64: str) -> dict[str, Any]:
    """The signed document, if ``envelope`` carries a valid signature by ``sign_key_b64``."""
    if not isinstance(envelope, dict) or not isinstance(envelope.get("signed"), dict):
        raise UsbError("not a signed document")
    if envelope.get("key") != fingerprint(sign_key_b64):
        raise UsbError("signed with another key than the one expected")
    try:
        sign_public(sign_key_b64).verify(b64d(envelope.get("sig")), canonical(envelope["signed"]))
    except InvalidSignature:
        raise UsbError("the signature does not match: the document was altered") from None
    return envelope["signed"]


def seal(plaintext: bytes, box_key_b64: str, info: bytes) -> bytes:
    return SUITE.encrypt(plaintext, box_public(box_key_b64), info)


def open_sealed(ciphertext: bytes, key: X25519PrivateKey, info: bytes) -> bytes:
    try:
        return SUITE.decrypt(ciphertext, key, info)
    except (InvalidTag, ValueError):
        raise UsbError("the bundle does not decrypt: altered, or encrypted for another recipient") from None
