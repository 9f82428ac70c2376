"""Tokens in the OS keyring, never on disk.

One keyring entry per replica and server (service ``bootcamp-desktop``, user name
``<server URL>#<replica id>``) holds the access token, the refresh token and when the access token
expires, as JSON. Keyed by replica too, because several replicas (``BOOTCAMP_DATA_DIR``) may sign in
to the same server as different people on one machine. Without a keyring
backend (a machine with no desktop session) ``KeyringUnavailableError`` says so; the app never falls
back to a plain file on its own.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import Any

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from .errors import SignedOutError

SERVICE = "bootcamp-desktop"
REFRESH_MARGIN_SECONDS = 60


class KeyringUnavailableError(SignedOutError):
    """No OS keyring to keep tokens in."""


@dataclass
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_at: float  # Unix time
    token_type: str = "Bearer"
    scope: str | None = None

    @classmethod
    def from_response(cls, data: dict[str, Any]) -> Tokens:
        expires_at = data.get("expires_at") or time.time() + float(data.get("expires_in", 900))
        return cls(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token"),
            expires_at=float(expires_at),
            token_type=data.get("token_type", "Bearer"),
            scope=data.get("scope"),
        )

    def expires_soon(self, margin: float = REFRESH_MARGIN_SECONDS) -> bool:
        return time.time() + margin >= self.expires_at


def _unavailable(exc: Exception) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        "no OS keyring is available to keep your sign-in safely (on Linux: a Secret Service such as "
        f"GNOME Keyring or KWallet); the app will not store tokens in a plain file ({exc})"
    )


class TokenStore:
    def __init__(self, server_url: str, replica_id: str) -> None:
        self.server_url = server_url.rstrip("/")
        self.replica_id = replica_id

    @property
    def account(self) -> str:
        return f"{self.server_url}#{self.replica_id}"

    def load(self) -> Tokens | None:
        try:
            raw = keyring.get_password(SERVICE, self.account)
        except NoKeyringError as exc:
            raise _unavailable(exc) from exc
        except KeyringError:
            return None
        except Exception as exc:  # noqa: BLE001 - a broken Secret Service raises its own errors
            raise _unavailable(exc) from exc
        if not raw:
            return None
        try:
            return Tokens(**json.loads(raw))
        except (ValueError, TypeError):
            return None

    def save(self, tokens: Tokens) -> None:
        try:
            keyring.set_password(SERVICE, self.account, json.dumps(asdict(tokens)))
        except (NoKeyringError, KeyringError) as exc:
            raise _unavailable(exc) from exc
        except Exception as exc:  # noqa: BLE001 - a broken Secret Service raises its own errors
            raise _unavailable(exc) from exc

    def delete(self) -> None:
        try:
            keyring.delete_password(SERVICE, self.account)
        except PasswordDeleteError:
            pass
        except NoKeyringError as exc:
            raise _unavailable(exc) from exc
