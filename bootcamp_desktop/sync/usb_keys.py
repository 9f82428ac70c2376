"""This replica's keys for USB drives, and the server keys it pinned (docs/security.md, "USB drives").

- **The device key** is a random 32-byte seed from which ``protocol.usb.KeyPair`` derives a signing key
  (work bundles) and a receiving key (returns), one per replica and signed-in user (another user signing
  in on the same replica replaces it). It lives in the replica's own ``server_settings`` table
  (empty on a replica otherwise): inside the replica, so encrypted with it (SQLCipher), never in a file
  of its own. A replica set aside with a lost key loses it too, and registers a new one at its next sync.
- **Pinning**: the same step reads the server's published keys (``/.well-known/bootcamp-usb``) over the
  connection the replica already trusts (TLS, or a pinned hub certificate) and keeps them with the
  server's issuer and id; an offline replica checks course packs and returns against them.
- **Registration**: at the first sync of each day (and after a new device key), the sync sends the
  device's public keys (``PUT /api/v1/usb/device-key``), so the server knows which key speaks for this
  user when a bundle arrives on a drive. Done once a day per server and user (later syncs make no extra request; a server whose
  keys changed, a lost ``secret.key``, is re-pinned by the next day); an older server without the
  routes is left alone.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

from bootcamp_core.models import ServerSetting, utcnow
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.usb import KeyPair

from .client import API, SyncClient
from .errors import CertificateError, OfflineError, SignedOutError, SyncError

SEED_KEY = "usb.device_seed"
WELL_KNOWN = "/.well-known/bootcamp-usb"


def _of(kind: str, server_url: str) -> str:
    """A setting's key for one server (``server_settings.key`` holds 64 characters)."""
    return f"usb.{kind}:" + hashlib.sha256(server_url.rstrip("/").encode()).hexdigest()[:16]


def _get(db: Database, key: str) -> str | None:
    with db.session() as s:
        row = s.get(ServerSetting, key)
        return row.value if row is not None else None


def _put(db: Database, key: str, value: str) -> None:
    with db.write() as s:
        row = s.get(ServerSetting, key) or ServerSetting(key=key, value=value)
        row.value = value
        s.add(row)


def device_keys(db: Database, user_id: Any) -> KeyPair:
    """This replica's key pair for ``user_id``, made on first use. A replica signed in as someone else
    since makes a new one: the seed of the person before is overwritten, so whoever signs in next on a
    shared laptop cannot sign bundles in their name."""
    owner = str(user_id)
    text = _get(db, SEED_KEY)
    current = json.loads(text) if text and text.startswith("{") else {}
    if current.get("user") == owner and current.get("seed"):
        return KeyPair.from_seed(bytes.fromhex(current["seed"]))
    with db.write() as s:
        row = s.get(ServerSetting, SEED_KEY)
        current = json.loads(row.value) if row is not None and row.value.startswith("{") else {}
        if current.get("user") != owner or not current.get("seed"):
            current = {"user": owner, "seed": secrets.token_hex(32)}
            row = row or ServerSetting(key=SEED_KEY, value="")
            row.value = json.dumps(current)
            s.add(row)
    return KeyPair.from_seed(bytes.fromhex(current["seed"]))


def pinned(db: Database, server_url: str) -> dict[str, Any] | None:
    """The server's published USB keys as this replica last read them (None: never synced since)."""
    text = _get(db, _of("pin", server_url))
    return json.loads(text) if text else None


async def ensure(db: Database, client: SyncClient, server_url: str, user_id: Any) -> bool:
    """Pin the server's keys and register this device's, at the first sync of each day (so a server whose
    keys changed is re-pinned, and a sync with nothing to do stays one request); False when the server
    has no USB routes or refused the key."""
    import asyncio

    keys = await asyncio.to_thread(device_keys, db, user_id)
    mark = f"{keys.fingerprint}:{user_id}:{utcnow().date().isoformat()}"
    if await asyncio.to_thread(_get, db, _of("registered", server_url)) == mark:
        return True
    ok = await _pin_and_register(db, client, server_url, keys)
    await asyncio.to_thread(_put, db, _of("registered", server_url), mark)
    return ok


async def _pin_and_register(db: Database, client: SyncClient, server_url: str, keys: KeyPair) -> bool:
    import asyncio

    response = await client.request("GET", WELL_KNOWN, auth=False)
    if response.status_code == 404:  # an older server: drives do not work with it
        return False
    try:
        published = response.json()
    except ValueError:
        return False
    if not isinstance(published, dict) or not {"sign_key", "box_key", "issuer", "server_id"} <= set(
        published
    ):
        return False
    await asyncio.to_thread(_put, db, _of("pin", server_url), json.dumps(published, sort_keys=True))
    try:
        await client.json("PUT", f"{API}/usb/device-key", json=keys.public)
    except (OfflineError, SignedOutError, CertificateError):
        raise
    except SyncError:  # refused: drives will not work with this server, the sync goes on
        return False
    return True
