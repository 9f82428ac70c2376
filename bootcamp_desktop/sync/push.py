"""The push stage: pending outbox entries go to the server in batches; every answer is applied here.

Entries are marked ``sent`` (attempts counted) in a local transaction before the request, so a crash
mid-push resends them, which the server answers from its record without applying them twice. Answers:
- applied: the entry is done; the row takes the server's new version;
- merged: the row takes the server's merged values (rebased on anything still pending), and the
  server's id when it differs (a natural-key match);
- conflict / rejected: the entry stays, with the code, reason and the server's row, for the Sync
  panel; the user's version is never dropped. The replica shows the server's row meanwhile (as a pull
  would; the user's version is in the entry), so it never holds a version no one else sees. Entries
  behind it go on.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_desktop.models import OutboxEntry, utcnow
from bootcamp_desktop.models.db import Database

from bootcamp_desktop.models.blobstore import has_blob, parse_blob_url

from .apply import pending_entries, rebase, rekey
from .blobs import upload
from .client import SyncClient
from .errors import CorruptPageError
from .progress import ProgressCallback, ProgressEvent
from .protocol.codec import CodecError, decode_row
from .protocol.tables import spec

BATCH = 500


def _wire(entry: OutboxEntry) -> dict[str, Any]:
    payload = entry.payload or {}
    return {
        "id": str(entry.mutation_id),
        "table": entry.table_name,
        "op": entry.op,
        "row_id": str(entry.row_id),
        "base_version": entry.base_version,
        "set": payload.get("set", {}),
        "inc": payload.get("inc", {}),
    }


def take_batch(db: Database, limit: int = BATCH) -> list[dict[str, Any]]:
    """The next batch of pending (or previously sent, unanswered) entries, marked as sent."""
    with db.write() as s:
        entries = s.scalars(
            sa.select(OutboxEntry).where(OutboxEntry.state.in_(("pending", "sent"))).order_by(OutboxEntry.id).limit(limit)
        ).all()
        now = utcnow()
        for entry in entries:
            entry.state = "sent"
            entry.attempts += 1
            entry.last_attempt_at = now
        return [_wire(e) for e in entries]


def _set_row(s: Session, table: str, row_id: Any, values: dict[str, Any], *, if_not_newer: bool = False) -> None:
    t = spec(table).table
    cols = {c.name for c in t.columns}
    stmt = sa.update(t).where(t.c.id == row_id)
    if if_not_newer and isinstance(values.get("sync_version"), int):
        stmt = stmt.where(t.c.sync_version <= values["sync_version"])
    s.execute(stmt.values({k: v for k, v in values.items() if k in cols and k != "id"}))


def apply_results(db: Database, sent: list[dict[str, Any]], answer: dict[str, Any]) -> dict[str, int]:
    results = answer.get("results")
    if not isinstance(results, list) or len(results) != len(sent):
        raise CorruptPageError("the push answer does not hold one result per mutation")
    counts = {"applied": 0, "merged": 0, "conflict": 0, "rejected": 0}
    with db.write() as s:
        for mutation, result in zip(sent, results, strict=True):
            if not isinstance(result, dict) or result.get("id") != mutation["id"]:
                raise CorruptPageError("the push answer's results are not in the order of the mutations")
            status = result.get("status")
            entry = s.scalars(
                sa.select(OutboxEntry).where(OutboxEntry.mutation_id == uuid.UUID(mutation["id"]))
            ).one_or_none()
            if entry is None:
                continue
            table, row_id = entry.table_name, entry.row_id
            t = spec(table).table
            if status == "applied":
                s.delete(entry)
                s.flush()
                if entry.op != "delete" and isinstance(result.get("version"), int):
                    s.execute(sa.update(t).where(t.c.id == row_id).values(sync_version=result["version"]))
            elif status == "merged":
                try:
                    row = decode_row(table, result.get("row"))
                except CodecError as exc:
                    raise CorruptPageError(f"a merged row from the server is invalid: {exc}") from exc
                s.delete(entry)
                s.flush()
                if row["id"] != row_id:
                    rekey(s, table, row_id, row["id"])
                    row_id = row["id"]
                still = pending_entries(s, table, [row_id]).get(row_id, [])
                merged = rebase(table, row, still) if still else row
                if merged is not None:
                    _set_row(s, table, row_id, merged)
            elif status in ("conflict", "rejected"):
                entry.state = status
                entry.error_code = str(result.get("code") or status)[:64]
                entry.error_message = str(result.get("reason") or "")
                entry.server_row = result.get("row") if isinstance(result.get("row"), dict) else None
                if entry.server_row is not None and entry.op != "insert":
                    # The user's version waits in the Sync panel; the replica shows what the server has
                    # (with anything still pending on top), as it would after a pull.
                    try:
                        theirs = decode_row(table, entry.server_row)
                    except CodecError as exc:
                        raise CorruptPageError(f"a row from the server is invalid: {exc}") from exc
                    if theirs["id"] == row_id:
                        s.flush()
                        still = pending_entries(s, table, [row_id]).get(row_id, [])
                        shown = rebase(table, theirs, still) if still else theirs
                        if shown is not None:
                            _set_row(s, table, row_id, shown, if_not_newer=True)
            else:
                raise CorruptPageError(f"unknown push status {status!r}")
            counts[status] += 1
    return counts


def referenced_blobs(mutations: list[dict[str, Any]]) -> set[str]:
    """The sha256 of every ``blob:sha256:`` URL anywhere in the mutations' values."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif (sha := parse_blob_url(value)) is not None:
            found.add(sha)

    for m in mutations:
        walk(m.get("set", {}))
    return found


async def push_stage(db: Database, client: SyncClient, client_id: str, progress: ProgressCallback,
                     blobs_root: Path | None = None) -> dict[str, int]:
    totals = {"applied": 0, "merged": 0, "conflict": 0, "rejected": 0}
    done = 0
    while True:
        batch = await asyncio.to_thread(take_batch, db)
        if not batch:
            break
        if blobs_root is not None:
            for sha in sorted(referenced_blobs(batch)):
                if has_blob(blobs_root, sha):
                    await upload(client, blobs_root, sha, progress)
        progress(ProgressEvent("push", done, None, f"sending {len(batch)} changes"))
        answer = await client.push(client_id, batch)
        counts = await asyncio.to_thread(apply_results, db, batch, answer)
        for k, v in counts.items():
            totals[k] += v
        done += len(batch)
        progress(ProgressEvent("push", done, None, f"{done} changes sent"))
        if len(batch) < BATCH:
            break
    return totals
