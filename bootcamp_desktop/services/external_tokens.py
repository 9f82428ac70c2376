"""Tokens for external services (Figma, GitHub, LinkedIn): on this computer in the OS keyring only.

The seed's ``external_service_tokens`` rows reach the replica as metadata (service, account, expiry):
the token columns are secret and never synced, so they stay NULL in the replica. The tokens
themselves live in the keyring (service ``bootcamp-desktop-external``, one entry per server, user and
service) and are sent once to the server (``PUT /api/v1/me/external-tokens/<service>``), which keeps
them encrypted for its own calls to the service. Nothing here writes a token to a file or a row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import asdict, dataclass
from typing import Any

import keyring
import sqlalchemy as sa
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError
from sqlalchemy.orm import Session

from bootcamp_core.models import ExternalServiceToken
from bootcamp_desktop.sync.client import API, raise_for_problem
from bootcamp_desktop.sync.tokens import KeyringUnavailableError

from . import sync_ops
from .workspace import Workspace

KEYRING_SERVICE = "bootcamp-desktop-external"
SERVICE_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")  # as the server accepts them
INDEX = "*"  # the entry listing which services have a token, so they can all be forgotten


@dataclass(frozen=True)
class ExternalToken:
    service: str
    access_token: str
    refresh_token: str | None = None
    expires_at: str | None = None  # ISO 8601 UTC, e.g. 2026-12-01T00:00:00Z
    service_user_id: str | None = None


@dataclass(frozen=True)
class ServiceLink:
    """What the replica knows of a connected service (never the token)."""

    service: str
    service_user_id: str | None
    expires_at: dt.datetime | None
    is_active: bool
    token_here: bool  # this computer's keyring holds the token


def _identity(ws: Workspace) -> str:
    if not ws.settings.server_url or not ws.settings.user_id:
        raise ValueError("sign in to a server first")
    return f"{ws.settings.server_url}#{ws.settings.user_id}"


def check_service(service: str) -> str:
    if not SERVICE_RE.match(service):
        raise ValueError(f"{service!r} is not a service name (lowercase letters, digits, '.', '_', '-')")
    return service


def _key(ws: Workspace, service: str) -> str:
    return f"{_identity(ws)}#{check_service(service)}"


def _unavailable(exc: Exception) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        f"no OS keyring is available to keep the token safely; it was not stored ({exc})"
    )


def _get(name: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except NoKeyringError as exc:
        raise _unavailable(exc) from exc
    except KeyringError:
        return None


def _set(name: str, value: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except (NoKeyringError, KeyringError) as exc:
        raise _unavailable(exc) from exc


def _delete(name: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, name)
    except (PasswordDeleteError, KeyringError):
        pass


def _index(ws: Workspace) -> list[str]:
    raw = _get(f"{_identity(ws)}#{INDEX}")
    try:
        names = json.loads(raw) if raw else []
    except ValueError:
        names = []
    return [n for n in names if isinstance(n, str)]


def save_local(ws: Workspace, token: ExternalToken) -> None:
    _set(_key(ws, token.service), json.dumps(asdict(token)))
    names = sorted(set(_index(ws)) | {token.service})
    _set(f"{_identity(ws)}#{INDEX}", json.dumps(names))


def load_local(ws: Workspace, service: str) -> ExternalToken | None:
    raw = _get(_key(ws, service))
    if not raw:
        return None
    try:
        return ExternalToken(**json.loads(raw))
    except (ValueError, TypeError):
        return None


def delete_local(ws: Workspace, service: str) -> None:
    _delete(_key(ws, service))
    rest = [n for n in _index(ws) if n != service]
    if rest:
        _set(f"{_identity(ws)}#{INDEX}", json.dumps(rest))
    else:
        _delete(f"{_identity(ws)}#{INDEX}")


def forget_all(ws: Workspace) -> int:
    """Remove every external token of this replica's user from the keyring (sign-out, erasure)."""
    names = _index(ws)
    for name in names:
        _delete(_key(ws, name))
    _delete(f"{_identity(ws)}#{INDEX}")
    return len(names)


def links(session: Session, ws: Workspace) -> list[ServiceLink]:
    """The user's connected services, from the replica's metadata rows and this computer's keyring."""
    user_id = uuid.UUID(ws.settings.user_id) if ws.settings.user_id else None
    rows = session.scalars(
        sa.select(ExternalServiceToken)
        .where(ExternalServiceToken.user_id == user_id)
        .order_by(ExternalServiceToken.service_name)
    ).all()
    here = set(_index(ws)) if user_id else set()
    return [
        ServiceLink(
            r.service_name, r.service_user_id, r.token_expires_at, bool(r.is_active), r.service_name in here
        )
        for r in rows
    ]


async def connect(ws: Workspace, token: ExternalToken) -> dict[str, Any]:
    """Keep the token in the keyring, then give it to the server (metadata comes back with the next sync)."""
    save_local(ws, token)
    body = {
        "access_token": token.access_token,
        "refresh_token": token.refresh_token,
        "expires_at": token.expires_at,
        "service_user_id": token.service_user_id,
    }
    async with sync_ops.client_for(ws) as client:
        return await client.json("PUT", f"{API}/me/external-tokens/{token.service}", json=body)


async def disconnect(ws: Workspace, service: str) -> None:
    """Remove the token from the server (if it has it) and from the keyring."""
    async with sync_ops.client_for(ws) as client:
        response = await client.request("DELETE", f"{API}/me/external-tokens/{service}")
        if response.status_code != 404:
            raise_for_problem(response)
    delete_local(ws, service)
