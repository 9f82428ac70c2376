"""Signing in to a server and out again, for the window and the CLI.

Signing in to a server the replica does not belong to (the demo replica, or another server) starts a
fresh replica for that server; the old file is kept in ``backups/`` first, never deleted. The signed-in
identity is remembered in the settings, so the app keeps working offline as that user.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from bootcamp_core.models import utcnow
from bootcamp_core.models.db import sqlite_backup
from bootcamp_desktop.replica import backups_dir, open_replica, replica_path
from bootcamp_desktop.sync import tls
from bootcamp_desktop.sync.errors import SignedOutError, SyncError
from bootcamp_desktop.sync.oauth import discover, login, logout, revoke
from bootcamp_desktop.sync.tokens import TokenStore

from . import replica_key
from .secret_storage import require_storage
from .workspace import Workspace, is_empty


def normalize_server_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"{url!r} is not a server address (it should start with https://)")
    return url


def fetch_me(server_url: str, access_token: str, *, verify: Any = True) -> dict[str, Any]:
    try:
        response = httpx.get(
            f"{server_url}/api/v1/me",
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=30.0,
            verify=verify,
        )
    except httpx.TransportError as exc:
        raise tls.transport_error(exc, server_url) from exc
    if response.status_code == 401:
        raise SignedOutError("the server did not accept the new sign-in")
    if response.status_code != 200:
        raise SyncError(f"{server_url}/api/v1/me answered {response.status_code}")
    return response.json()


def _start_fresh_replica(ws: Workspace) -> None:
    """Keep the current replica in backups/ and open an empty one in its place."""
    path = replica_path(ws.directory)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    sqlite_backup(path, backups_dir(ws.directory) / f"replica-before-sign-in-{stamp}.db", ws.connector)
    ws.db.dispose()
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.unlink()
    ws.db = open_replica(ws.directory, ws.connector)


def sign_in(
    ws: Workspace,
    server_url: str,
    *,
    open_browser: bool = True,
    show_url: Callable[[str], None] = print,
    timeout: float = 300.0,
    cancelled: threading.Event | None = None,
    verify: Any = None,
) -> dict[str, Any]:
    """Sign in through the browser; returns the server's description of the signed-in user.

    ``verify`` defaults to certificate verification, or the certificate pinned with ``trust``."""
    server_url = normalize_server_url(server_url)
    if verify is None:
        verify = tls.verify_for(ws, server_url)
    # Decided before the browser opens: nobody types a password for a sign-in that cannot be kept.
    require_storage(ws.directory)
    store = TokenStore(server_url, ws.settings.replica_id)
    tokens = login(
        server_url,
        store,
        open_browser=open_browser,
        show_url=show_url,
        timeout=timeout,
        cancelled=cancelled,
        verify=verify,
    )
    try:
        me = fetch_me(server_url, tokens.access_token, verify=verify)
        user_id = str(uuid.UUID(str(me["id"])))
    except BaseException:
        # A sign-in that cannot finish leaves no live token family at the server nor in the keyring.
        with contextlib.suppress(SyncError):
            revoke(discover(server_url, verify=verify), tokens, verify=verify)
        with contextlib.suppress(SyncError):
            store.delete()
        raise
    changing_owner = ws.settings.server_url != server_url or (ws.settings.user_id not in (None, user_id))
    if changing_owner and not is_empty(ws.db):
        _start_fresh_replica(ws)
    ws.settings.server_url = server_url
    ws.settings.user_id = user_id
    ws.save_settings()
    _encrypt_now(ws)
    return me


def _encrypt_now(ws: Workspace) -> None:
    """A replica opened before its keyring existed (a vault made for this sign-in) is encrypted now,
    before the sync brings anyone's data into it, not at the next start."""
    if ws.connector.encrypted:
        return
    choice = replica_key.choose(ws.directory, ws.settings)
    if choice.connector.encrypted:
        ws.db.dispose()
        ws.db = open_replica(ws.directory, choice.connector)
        ws.connector, ws.notice = choice.connector, None


def sign_out(ws: Workspace, *, verify: Any = None) -> bool:
    """Revoke and forget the tokens; the replica and the last identity stay for offline use."""
    if not ws.settings.server_url:
        return False
    if verify is None:
        try:
            verify = tls.verify_for(ws)
        except SyncError:
            verify = True  # a pin gone bad: revocation fails, the tokens are forgotten here anyway
    store = TokenStore(ws.settings.server_url, ws.settings.replica_id)
    try:
        meta = discover(ws.settings.server_url, verify=verify)
    except SyncError:
        meta = None
    return logout(meta, store, verify=verify)


def is_signed_in(ws: Workspace) -> bool:
    if not ws.settings.server_url:
        return False
    try:
        return TokenStore(ws.settings.server_url, ws.settings.replica_id).load() is not None
    except SignedOutError:
        return False
