"""Checkpoint checksums and repair: a replica that drifted is fixed instead of diverging quietly.

At the end of a pull the server sends, per table the user may see, the count and the additive hash of
``(id, sync_version)`` over the visible rows (``protocol.checksum``). The replica computes the same
over its rows; a table that differs (and has no local changes waiting, which would differ anyway) is
re-fetched with the snapshot endpoint and replaced in one local transaction: rows the server still
has are upserted by the usual version rule, rows it no longer shows this user are removed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import OutboxEntry, SyncState
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.checksum import table_checksum
from bootcamp_core.protocol.tables import registry, spec

from . import page_scope
from .apply import apply_changes
from .changes import Change, parse_change
from .client import SyncClient
from .errors import CorruptPageError
from .progress import ProgressCallback, ProgressEvent

SNAPSHOT_LIMIT = 2000


def _canonical_id(stored: Any) -> str:
    """The canonical text of a stored id: SQLite keeps a UUID as its 32 hex digits."""
    h = str(stored)
    if len(h) == 32:
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}".lower()
    return str(uuid.UUID(h))


def local_checksums(db: Database, tables: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    with db.session() as s:
        for name in tables:
            t = spec(name).table
            # The ids as stored, not a UUID object per row (a first sync checks hundreds of thousands).
            rows = s.execute(sa.select(sa.type_coerce(t.c.id, sa.String()), t.c.sync_version)).all()
            out[name] = table_checksum(name, ((_canonical_id(h), v) for h, v in rows)).as_wire()
    return out


def tables_with_local_changes(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(sa.select(OutboxEntry.table_name).distinct()))


def drifted_tables(db: Database, checkpoint: dict[str, Any] | None) -> list[str]:
    if not checkpoint or not isinstance(checkpoint.get("tables"), dict):
        return []
    known = registry()
    server = {k: v for k, v in checkpoint["tables"].items() if k in known and isinstance(v, dict)}
    busy = tables_with_local_changes(db)
    candidates = [t for t in known if t in server and t not in busy]
    local = local_checksums(db, candidates)
    return [
        t
        for t in candidates
        if local[t].get("count") != server[t].get("count") or local[t].get("hash") != server[t].get("hash")
    ]


async def fetch_snapshot(client: SyncClient, table: str) -> tuple[list[Change], int]:
    changes: list[Change] = []
    after: str | None = None
    seq = 0
    while True:
        page = await client.snapshot(table, after, SNAPSHOT_LIMIT)
        rows = page.get("rows")
        if not isinstance(rows, list):
            raise CorruptPageError("a snapshot page must carry rows")
        seq = page.get("seq") if isinstance(page.get("seq"), int) else seq
        for row in rows:
            if not isinstance(row, dict):
                raise CorruptPageError("a snapshot row must be an object")
            changes.append(
                parse_change({"seq": seq, "table": table, "op": "upsert", "id": row.get("id"), "row": row})
            )
        after = page.get("next")
        if not after:
            return changes, seq


def replace_tables(db: Database, snapshots: dict[str, list[Change]]) -> int:
    """Upsert every snapshot row and remove local rows the server no longer shows, in one transaction."""
    with db.write() as s:
        busy = set(s.scalars(sa.select(OutboxEntry.row_id)))
        changes: list[Change] = []
        removed = 0
        for table, rows in snapshots.items():
            t = spec(table).table
            keep = {c.row_id for c in rows}
            local_ids = set(s.scalars(sa.select(t.c.id)))
            gone = [rid for rid in local_ids - keep if rid not in busy]
            changes += [Change(0, table, "delete", rid, None) for rid in gone]
            removed += len(gone)
            changes += rows
        apply_changes(s, changes)
        return removed


def request_verification(db: Database, server_url: str) -> None:
    """Ask for the full checkpoint with the next pull (``pull.verification_due``)."""
    with db.write() as s:
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        state.checksums = {**(state.checksums or {}), "verify": True}


def record_verification(db: Database, server_url: str) -> None:
    """A full checkpoint was compared (and what differed repaired): the next is due after ``pull.VERIFY_EVERY``."""
    with db.write() as s:
        state = s.get(SyncState, server_url)
        if state is None:
            return
        marks = {k: v for k, v in (state.checksums or {}).items() if k != "verify"}
        marks["verified_at"] = dt.datetime.now(dt.UTC).isoformat()
        state.checksums = marks


def forced_tables(db: Database, server_url: str) -> list[str]:
    with db.session() as s:
        state = s.get(SyncState, server_url)
        marks = (state.checksums or {}) if state else {}
    return [t for t in marks.get("repair", []) if t in registry()]


def clear_forced(db: Database, server_url: str, tables: list[str]) -> None:
    with db.write() as s:
        state = s.get(SyncState, server_url)
        if state is not None and state.checksums:
            marks = dict(state.checksums)
            marks["repair"] = [t for t in marks.get("repair", []) if t not in tables]
            state.checksums = marks


async def repair_stage(
    db: Database,
    client: SyncClient,
    checkpoint: dict[str, Any] | None,
    progress: ProgressCallback,
    server_url: str | None = None,
    scope: page_scope.Scope | None = None,
) -> list[str]:
    drifted = await asyncio.to_thread(drifted_tables, db, checkpoint)
    if checkpoint and server_url:
        await asyncio.to_thread(record_verification, db, server_url)
    forced = await asyncio.to_thread(forced_tables, db, server_url) if server_url else []
    drifted += [t for t in forced if t not in drifted]
    if not drifted:
        return []
    snapshots: dict[str, list[Change]] = {}
    for i, table in enumerate(drifted):
        progress(ProgressEvent("pull", i, len(drifted), f"repairing {table}"))
        snapshots[table], _seq = await fetch_snapshot(client, table)
        page_scope.check(snapshots[table], scope)
    await asyncio.to_thread(replace_tables, db, snapshots)
    if forced:
        await asyncio.to_thread(clear_forced, db, server_url or "", forced)
    return drifted
