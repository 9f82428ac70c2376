"""The pull and apply stages: pages from the server into the replica, whole server transactions at a time.

A page whose transactions are all complete is applied directly, together with the new cursor, in one
local transaction. A page that ends inside a server transaction is staged in ``sync_inbox`` with the
cursor; its complete part is applied, and the rest waits until the transaction's last page arrives.
Either way the cursor only moves with what it covers, so an interrupted pull resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from bootcamp_desktop.models import InboxEntry, SyncState, utcnow
from bootcamp_desktop.models.db import Database

from .apply import ApplyStats, apply_changes
from .changes import Change, parse_change, parse_changes
from .client import SyncClient
from .errors import CorruptPageError
from .progress import ProgressCallback, ProgressEvent

PAGE_LIMIT = 2000


@dataclass
class PullReport:
    pages: int = 0
    changes: int = 0
    applied: int = 0
    checkpoint: dict[str, Any] | None = None
    tables: set[str] = field(default_factory=set)


def sync_state(db: Database, server_url: str) -> SyncState:
    with db.write() as s:
        state = s.get(SyncState, server_url)
        if state is None:
            state = SyncState(server_url=server_url)
            s.add(state)
        return state


def _validate_page(page: Any) -> tuple[list[Change], str, bool, bool]:
    if not isinstance(page, dict):
        raise CorruptPageError("a pull page must be a JSON object")
    changes = parse_changes(page.get("changes"))
    cursor = page.get("cursor")
    if not isinstance(cursor, str) or not cursor or len(cursor) > 200:
        raise CorruptPageError("a pull page must carry a cursor")
    txn_complete = page.get("txn_complete", True)
    has_more = page.get("has_more", False)
    if not isinstance(txn_complete, bool) or not isinstance(has_more, bool):
        raise CorruptPageError("txn_complete and has_more must be booleans")
    if not txn_complete and not has_more:
        raise CorruptPageError("a page cannot end inside a transaction and have nothing more")
    checkpoint = page.get("checkpoint")
    if checkpoint is not None and not isinstance(checkpoint, dict):
        raise CorruptPageError("a checkpoint must be a JSON object")
    return changes, cursor, txn_complete, has_more


def store_page(db: Database, server_url: str, changes: list[Change], raw: list[dict[str, Any]], cursor: str,
               txn_complete: bool) -> ApplyStats:
    """Apply (or stage) one validated page and move the cursor, in one local transaction."""
    with db.write() as s:
        staged = s.scalar(sa.select(sa.func.count()).select_from(InboxEntry)) or 0
        if staged == 0 and txn_complete:
            ready = changes
        else:
            for change, wire in zip(changes, raw, strict=True):
                s.add(InboxEntry(seq=change.seq, table_name=change.table, row_id=change.row_id, op=change.op,
                                 row=wire.get("row")))
            s.flush()
            open_seq = changes[-1].seq if (changes and not txn_complete) else None
            query = sa.select(InboxEntry).order_by(InboxEntry.id)
            if open_seq is not None:
                query = query.where(InboxEntry.seq < open_seq)
            entries = s.scalars(query).all()
            ready = [
                parse_change({"seq": e.seq, "table": e.table_name, "op": e.op, "id": str(e.row_id), "row": e.row})
                for e in entries
            ]
            if entries:
                s.execute(sa.delete(InboxEntry).where(InboxEntry.id.in_([e.id for e in entries])))
        stats = apply_changes(s, ready)
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        state.cursor = cursor
        if ready:
            state.applied_seq = max(state.applied_seq or 0, max(c.seq for c in ready))
        state.last_pull_at = utcnow()
        return stats


async def pull_stage(db: Database, client: SyncClient, server_url: str, progress: ProgressCallback) -> PullReport:
    report = PullReport()
    state = await asyncio.to_thread(sync_state, db, server_url)
    cursor = state.cursor
    while True:
        progress(ProgressEvent("pull", report.changes, None, f"page {report.pages + 1}"))
        page = await client.pull(cursor, PAGE_LIMIT)
        if page is None:  # 304: nothing new
            break
        changes, new_cursor, txn_complete, has_more = _validate_page(page)
        report.pages += 1
        report.changes += len(changes)
        progress(ProgressEvent("apply", report.changes, None, f"{len(changes)} changes"))
        stats = await asyncio.to_thread(store_page, db, server_url, changes, page["changes"], new_cursor, txn_complete)
        report.applied += stats.upserts + stats.deletes
        report.tables |= stats.tables
        cursor = new_cursor
        if not has_more:
            report.checkpoint = page.get("checkpoint")
            break
    return report


def new_client_id() -> str:
    return str(uuid.uuid4())
