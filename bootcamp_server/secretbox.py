"""Secrets at rest on the server: AES-256-GCM with a key kept outside the database.

The seed's token columns (``external_service_tokens`` and ``fataplus_integration``: ``access_token``,
``refresh_token``) hold only ``enc:v1:<key id>:<base64url(nonce | ciphertext | tag)>``. The key is
32 random bytes, from ``BOOTCAMP_SECRET_KEY`` (base64url) when set, otherwise from ``secret.key`` in the
server's data directory, created with mode 0600 on first use. A database dump, a stolen backup or a
replica therefore never holds a usable token; the key is backed up separately from the database (or
not at all: a lost key only means users connect their services again).

Each value is bound to where it lives (``<table>.<column>:<row id>`` as associated data), so a
ciphertext copied into another person's row does not decrypt.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from functools import cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc:v1:"
KEY_ENV = "BOOTCAMP_SECRET_KEY"
KEY_FILE = "secret.key"
NONCE_BYTES = 12


class SecretKeyError(RuntimeError):
    """The key is missing, malformed, or readable by others."""


class SecretDecryptError(ValueError):
    """A stored value that does not decrypt with this key in this place."""


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _parse_key(text: str, where: str) -> bytes:
    try:
        key = _b64d(text.strip())
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise SecretKeyError(
            f"{where} must be 32 random bytes in base64url (make one with "
            "`python -c 'import secrets,base64;print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode())'`)"
        )
    return key


def new_key_text() -> str:
    return _b64e(os.urandom(32))


def load_key(data_dir: Path) -> bytes:
    """The key from the environment, or the key file (created 0600 when missing)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return _parse_key(env, KEY_ENV)
    path = data_dir / KEY_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(new_key_text() + "\n")
            f.flush()
            os.fsync(f.fileno())
    mode = path.stat().st_mode
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretKeyError(f"{path} is readable by other users; run `chmod 600 {path}`")
    return _parse_key(path.read_text(encoding="ascii"), str(path))


class SecretBox:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(b"bootcamp-secret-key:" + key).hexdigest()[:8]

    @staticmethod
    def context(table: str, column: str, row_id: object) -> bytes:
        return f"{table}.{column}:{row_id}".encode()

    def seal(self, plaintext: str, context: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context)
        return f"{PREFIX}{self.key_id}:{_b64e(nonce + sealed)}"

    def open(self, stored: str, context: bytes) -> str:
        if not is_sealed(stored):
            raise SecretDecryptError("not an encrypted value")
        key_id, _, body = stored[len(PREFIX) :].partition(":")
        if key_id != self.key_id:
            raise SecretDecryptError(
                f"encrypted with another key ({key_id}); the current key is {self.key_id}"
            )
        try:
            raw = _b64d(body)
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context).decode("utf-8")
        except (InvalidTag, ValueError, binascii.Error) as exc:
            raise SecretDecryptError(
                "the value does not decrypt here (altered, or moved from another row)"
            ) from exc

    def seal_column(self, table: str, column: str, row_id: object, value: str | None) -> str | None:
        return None if value is None else self.seal(value, self.context(table, column, row_id))

    def open_column(self, table: str, column: str, row_id: object, value: str | None) -> str | None:
        return None if value is None else self.open(value, self.context(table, column, row_id))


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


@cache
def _box_for(data_dir: str, env_key: str | None) -> SecretBox:
    return SecretBox(load_key(Path(data_dir)))


def secret_box(data_dir: Path) -> SecretBox:
    """The server's box (one per data directory and key), loading or creating the key on first use."""
    return _box_for(str(data_dir.resolve()), os.environ.get(KEY_ENV))
