"""Where a replica keeps its secrets (sign-in tokens, the replica's key), decided before anyone types a
password: the OS keyring, or, where none exists and the user chooses it, the passphrase vault
(``sync/vault.py``). Never a plain file.

Both the window and the CLI ask ``storage_state`` before a sign-in opens the browser, and unlock a
vault before the replica opens (its key is inside). ``BOOTCAMP_PASSPHRASE`` gives the passphrase to
scripts and tests (documented as weaker than typing it: the environment of a process can be read by
the same user).
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

import keyring

from bootcamp_desktop.sync.tokens import KeyringUnavailableError
from bootcamp_desktop.sync.vault import MIN_PASSPHRASE, Vault, VaultError, vault_path

PASSPHRASE_ENV = "BOOTCAMP_PASSPHRASE"
PROBE = ("bootcamp-desktop", "keyring-probe")

__all__ = [
    "MIN_PASSPHRASE",
    "PASSPHRASE_ENV",
    "Storage",
    "VaultError",
    "create_vault",
    "no_keyring_message",
    "require_storage",
    "storage_state",
    "unlock_vault",
]


class Storage(enum.Enum):
    OS_KEYRING = "os-keyring"  # the system's Secret Service, Keychain or Credential Manager
    VAULT_OPEN = "vault-open"  # this replica's passphrase vault, unlocked in this process
    VAULT_LOCKED = "vault-locked"  # this replica has a vault; its passphrase is needed
    NONE = "none"  # no keyring, no vault: a sign-in would have nowhere safe to keep its tokens

    @property
    def usable(self) -> bool:
        return self in (Storage.OS_KEYRING, Storage.VAULT_OPEN)


def _os_keyring_usable() -> bool:
    """Whether the OS keyring answers. A Secret Service that is installed but broken (no D-Bus session,
    a daemon that cannot start) raises its own errors (secretstorage's, jeepney's, D-Bus's), not
    keyring's: any failure of the probe means there is no keyring to rely on."""
    try:
        keyring.get_password(*PROBE)
    except Exception:  # noqa: BLE001 - see above: whatever the backend raises, it cannot keep secrets
        return False
    return True


def storage_state(directory: Path) -> Storage:
    current = keyring.get_keyring()
    if isinstance(current, Vault):
        return Storage.VAULT_OPEN if current.path == vault_path(directory) else Storage.VAULT_LOCKED
    if vault_path(directory).exists():
        return Storage.VAULT_LOCKED
    return Storage.OS_KEYRING if _os_keyring_usable() else Storage.NONE


def unlock_vault(directory: Path, passphrase: str) -> Vault:
    """Open the replica's vault and make it this process's keyring. Raises ``VaultError``."""
    vault = Vault.open(vault_path(directory), passphrase)
    keyring.set_keyring(vault)
    return vault


def create_vault(directory: Path, passphrase: str) -> Vault:
    """Start a vault for this replica (the user chose it knowingly) and make it this process's keyring."""
    vault = Vault.create(vault_path(directory), passphrase)
    keyring.set_keyring(vault)
    return vault


def no_keyring_message() -> str:
    return (
        "This computer has no system keyring (on Linux: GNOME Keyring or KWallet) to keep your sign-in "
        "and your replica's key. You can protect them with a passphrase instead: they are then kept "
        "encrypted in your replica's folder, and the app asks for the passphrase each time it starts. "
        "Or install a keyring and try again."
    )


def require_storage(directory: Path) -> Storage:
    """The state, unlocking a vault from ``BOOTCAMP_PASSPHRASE`` when it is set; raises
    ``KeyringUnavailableError`` (the sign-in's error) when nothing can keep the tokens yet."""
    state = storage_state(directory)
    if state is Storage.VAULT_LOCKED and os.environ.get(PASSPHRASE_ENV):
        try:
            unlock_vault(directory, os.environ[PASSPHRASE_ENV])
        except VaultError as exc:
            raise KeyringUnavailableError(f"the vault of this replica could not be unlocked: {exc}") from exc
        return Storage.VAULT_OPEN
    if state is Storage.VAULT_LOCKED:
        raise KeyringUnavailableError("this replica's sign-in is protected by a passphrase: unlock it first")
    if state is Storage.NONE:
        raise KeyringUnavailableError(no_keyring_message())
    return state
