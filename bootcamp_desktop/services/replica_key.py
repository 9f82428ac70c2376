"""The replica's encryption key: random, 256 bits, kept in the OS keyring, never on disk.

One key per replica folder (keyring service ``bootcamp-desktop-replica``, user name = the folder's
absolute path). What happens without a keyring:

- the demo replica (no server configured: fictional people only) runs unencrypted, and the window
  says so;
- a replica signed in to a server needs a keyring, unless the user knowingly chose to run without
  (``BOOTCAMP_ALLOW_UNENCRYPTED=1``, or ``allow_unencrypted`` in the replica's settings); otherwise
  ``ReplicaError`` explains what to install.

A replica whose key is gone (a new keyring, a restored home folder) cannot be read: it is moved aside
(never deleted) and an empty replica takes its place, which the next sync fills again.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from bootcamp_core.models.db import Connector, PlainSQLite, is_sqlite_file
from bootcamp_desktop.cipher import SQLCipher
from bootcamp_desktop.replica import ReplicaError, replica_path

from .settings import Settings

SERVICE = "bootcamp-desktop-replica"


@dataclass(frozen=True)
class KeyChoice:
    connector: Connector
    notice: str | None = None  # something the user should be told (shown in the status bar)
    key_lost: bool = False  # an encrypted replica exists but its key is not in the keyring


def _account(directory: Path) -> str:
    return str(directory.resolve())


def _allowed_unencrypted(settings: Settings) -> bool:
    return (
        settings.server_url is None
        or bool(settings.extra.get("allow_unencrypted"))
        or (os.environ.get("BOOTCAMP_ALLOW_UNENCRYPTED") == "1")
    )


def choose(directory: Path, settings: Settings) -> KeyChoice:
    path = replica_path(directory)
    exists = path.exists() and path.stat().st_size > 0
    encrypted_file = exists and not is_sqlite_file(path)
    try:
        key = keyring.get_password(SERVICE, _account(directory))
        if key is None:
            key = secrets.token_hex(32)
            keyring.set_password(SERVICE, _account(directory), key)
            if encrypted_file:
                return KeyChoice(
                    SQLCipher(key),
                    "This computer no longer has the key of your replica. "
                    "A fresh copy is being made; your data comes back with the next sync.",
                    True,
                )
        return KeyChoice(SQLCipher(key))
    except Exception as exc:  # noqa: BLE001 - a broken Secret Service raises its own errors: no keyring either
        if encrypted_file:
            raise ReplicaError(
                "Your replica is encrypted and its key is kept in the system keyring, which is not available "
                f"now ({exc}). Start the app inside your desktop session."
            ) from exc
        if _allowed_unencrypted(settings):
            return KeyChoice(
                PlainSQLite(), "No system keyring is available, so this replica is not encrypted."
            )
        raise ReplicaError(
            "No system keyring is available to keep your replica's encryption key (on Linux: GNOME Keyring "
            "or KWallet). Install one, or set BOOTCAMP_ALLOW_UNENCRYPTED=1 to knowingly keep your data "
            f"unencrypted on this computer. ({exc})"
        ) from exc


def forget(directory: Path) -> None:
    try:
        keyring.delete_password(SERVICE, _account(directory))
    except (PasswordDeleteError, NoKeyringError, KeyringError):
        pass
