"""GDPR from the profile: "Export my data" and "Delete my account", through the server's export and
erasure (``bootcamp_server/routes/privacy.py``).

- ``export_my_data`` downloads the server's zip (one JSON file per table of the user's rows, their
  files, a manifest) to a file the user picks, written whole or not at all, and checks it reads.
- ``delete_my_account`` asks the server to erase the signed-in user. The user types their email to
  confirm, and the server also wants a sign-in made in the last few minutes: otherwise
  ``ReauthenticationRequired``, and the window signs in again (``account.sign_in``) and retries.
  Once the server has erased the account, this computer forgets it too: the sign-in and the external
  service tokens leave the keyring, the replica, its backups, blobs and caches are deleted, and the
  replica's encryption key is destroyed, so no copy left anywhere on the disk can be read. Every other
  replica loses the person's data at its next sync (tombstones, and the blob clean-up of the sync).
"""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bootcamp_core.models import User
from bootcamp_desktop.replica import open_replica, replica_path
from bootcamp_desktop.sync.client import API, raise_for_problem
from bootcamp_desktop.sync.errors import CorruptPageError, SyncError
from bootcamp_desktop.sync.tokens import TokenStore

from . import external_tokens, grading_drafts, local_state, replica_key, snippets, sync_ops
from .settings import Settings
from .workspace import Workspace

EXPORT_FORMAT = "fataplus-bootcamp-export/1"
# Everything the app keeps in the data directory about its user and what the replica held (only the
# settings, rewritten, and trusted-certs/, which is about a server, not a person, stay). Named one by
# one: the data directory may be a folder the user chose, which is never emptied wholesale.
PERSONAL_ENTRIES = (
    "blobs",
    "backups",
    "thumbnails",
    "cache",
    grading_drafts.DRAFTS_DIR,
    local_state.PLAYBACK_FILE,
    local_state.DRAFTS_FILE,
    local_state.VOTES_FILE,
    snippets.SNIPPETS_FILE,
)


class ReauthenticationRequired(SyncError):
    """The server wants a fresh sign-in before erasing the account: sign in again, then retry."""


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    size: int
    tables: dict[str, int]
    files: int


@dataclass(frozen=True)
class ErasureResult:
    user_id: uuid.UUID
    server: dict[str, Any]  # what the server reports it erased
    local_files_removed: int


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptPageError(f"the export the server sent does not read as an export ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != EXPORT_FORMAT:
        raise CorruptPageError("the export the server sent has an unknown format")
    return manifest


async def export_my_data(ws: Workspace, target: Path) -> ExportInfo:
    """Download the server's export of everything about the signed-in user into ``target``."""
    if target.is_dir():
        raise ValueError(f"{target} is a folder; choose a file name for the export")
    async with sync_ops.client_for(ws) as client:
        size = await client.download_to(f"{API}/me/export", target)
    try:
        manifest = read_manifest(target)
    except CorruptPageError:
        target.unlink(missing_ok=True)
        raise
    tables = manifest.get("tables") if isinstance(manifest.get("tables"), dict) else {}
    files = manifest.get("files") if isinstance(manifest.get("files"), list) else []
    return ExportInfo(
        target, size, {str(k): int(v) for k, v in tables.items() if isinstance(v, int)}, len(files)
    )


def own_email(ws: Workspace) -> str | None:
    uid = ws.settings.current_user_id
    if uid is None:
        return None
    with ws.db.session() as s:
        user = s.get(User, uid)
        return user.email if user is not None else None


async def delete_my_account(ws: Workspace, confirm_email: str) -> ErasureResult:
    """Erase the signed-in user on the server, then everything of theirs on this computer."""
    user_id = ws.settings.current_user_id
    if not ws.settings.server_url or user_id is None:
        raise ValueError("sign in to your account first")
    known = own_email(ws)
    typed = confirm_email.strip()
    if known is not None and typed.lower() != known.lower():
        raise ValueError("the email you typed is not the email of this account")
    async with sync_ops.client_for(ws) as client:
        response = await client.request("POST", f"{API}/me/erasure", json={"confirm": typed})
        if response.status_code in (400, 403):
            try:
                kind = str(response.json().get("type", ""))
            except (ValueError, AttributeError):
                kind = ""
            if kind.endswith("reauthentication-required"):
                raise ReauthenticationRequired("for your safety, sign in again, then confirm the deletion")
            if kind.endswith("confirmation-required"):
                raise ValueError("the server did not accept the confirmation: type the email of this account")
        raise_for_problem(response)
        try:
            answer = response.json()
        except ValueError:
            answer = {}
    removed = forget_everything(ws)
    return ErasureResult(user_id, answer if isinstance(answer, dict) else {}, removed)


def _remove(path: Path) -> int:
    if path.is_dir() and not path.is_symlink():
        count = sum(1 for p in path.rglob("*") if p.is_file())
        shutil.rmtree(path, ignore_errors=True)
        return count
    if path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)
        return 1
    return 0


def forget_everything(ws: Workspace) -> int:
    """Wipe this computer's copy of the account: tokens, replica, backups, files, caches, the key.

    The workspace is left open on a fresh, empty replica with a new key and no server."""
    directory = ws.directory
    server_url = ws.settings.server_url
    if server_url and ws.settings.user_id:
        external_tokens.forget_all(ws)
    if server_url:
        TokenStore(server_url, ws.settings.replica_id).delete()
    ws.db.dispose()
    removed = 0
    replica = replica_path(directory)
    for suffix in ("", "-wal", "-shm", "-journal"):
        removed += _remove(replica.with_name(replica.name + suffix))
    for name in PERSONAL_ENTRIES:
        removed += _remove(directory / name)
    replica_key.forget(directory)  # whatever copy survives somewhere cannot be decrypted any more
    kept = {k: v for k, v in ws.settings.extra.items() if k == "trusted_certificates"}
    ws.settings = Settings(language=ws.settings.language, extra=kept)
    ws.save_settings()
    choice = replica_key.choose(directory, ws.settings)
    ws.connector = choice.connector
    ws.db = open_replica(directory, choice.connector)
    return removed
