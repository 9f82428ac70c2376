"""A passphrase vault: the keyring of last resort, for computers with no OS keyring.

Learners share old laptops whose Linux has no Secret Service (no GNOME Keyring, no KWallet). There the
sign-in tokens and the replica's key go, when the user chooses so, into one file of the replica's
folder, ``vault.json``, encrypted with AES-256-GCM under a key derived from a passphrase the user types
(scrypt, N=2^15, r=8, p=1: about 0.1 s and 32 MiB per try, so guessing is slow). The passphrase itself
is never stored; without it the file is noise, and forgetting it costs a new sign-in and a re-sync,
never a readable file. ``docs/security.md`` says why this and not a plain file or a session-only sign-in.

The vault is a ``keyring`` backend: once unlocked (``Vault.open``) and installed with
``keyring.set_keyring``, the token store and the replica key use it as they would the OS keyring.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

VAULT_FILE = "vault.json"
FORMAT = "bootcamp-vault-1"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MIN_PASSPHRASE = 8


class VaultError(Exception):
    """The vault cannot be opened: wrong passphrase, a damaged file, or a passphrase too short."""


def vault_path(directory: Path) -> Path:
    return directory / VAULT_FILE


def _key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        passphrase.encode(),
        salt=salt,
        n=params["n"],
        r=params["r"],
        p=params["p"],
        maxmem=128 * 1024 * 1024,
        dklen=32,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Vault(KeyringBackend):
    """Secrets as {service: {user: secret}}, sealed in ``path`` under the passphrase's key."""

    priority = 0  # type: ignore[assignment]  # never picked by keyring itself; installed on purpose

    def __init__(
        self, path: Path, key: bytes, salt: bytes, params: dict[str, int], entries: dict[str, dict[str, str]]
    ) -> None:
        super().__init__()
        self.path = path
        self._key = key
        self._salt = salt
        self._params = params
        self._entries = entries

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        if len(passphrase) < MIN_PASSPHRASE:
            raise VaultError(f"choose a passphrase of at least {MIN_PASSPHRASE} characters")
        if path.exists():
            raise VaultError(f"{path} already exists; unlock it with its passphrase")
        salt = secrets.token_bytes(16)
        vault = cls(path, _key(passphrase, salt, SCRYPT), salt, dict(SCRYPT), {})
        vault._save()
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") != FORMAT:
                raise VaultError(f"{path} is not a vault this app can read")
            salt = base64.b64decode(doc["salt"])
            params = {k: int(doc["kdf"][k]) for k in ("n", "r", "p")}
            nonce, sealed = base64.b64decode(doc["nonce"]), base64.b64decode(doc["ciphertext"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise VaultError(f"the vault {path} cannot be read ({exc})") from exc
        key = _key(passphrase, salt, params)
        try:
            entries = json.loads(AESGCM(key).decrypt(nonce, sealed, FORMAT.encode()))
        except InvalidTag as exc:
            raise VaultError("wrong passphrase (or the vault file was altered)") from exc
        return cls(path, key, salt, params, entries)

    def _save(self) -> None:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self._key).encrypt(nonce, json.dumps(self._entries).encode(), FORMAT.encode())
        doc = {
            "format": FORMAT,
            "kdf": {"name": "scrypt", **self._params},
            "salt": _b64(self._salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    # keyring's backend interface
    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries.setdefault(service, {})[username] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        if self._entries.get(service, {}).pop(username, None) is None:
            raise PasswordDeleteError("no such entry in the vault")
        self._save()
