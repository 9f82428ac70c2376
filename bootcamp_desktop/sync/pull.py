"""The pull and apply stages: pages from the server into the replica, whole server transactions at a time.

A page whose transactions are all complete is applied directly, together with the new cursor, in one
local transaction. A page that ends inside a server transaction is staged in ``sync_inbox`` with the
cursor; its complete part is applied, and the rest waits until the transaction's last page arrives.
Either way the cursor only moves with what it covers, so an interrupted pull resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dt
import gc
import uuid
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import InboxEntry, SyncState, utcnow
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in
from bootcamp_core.protocol.tables import registry

from . import bootstrap, page_scope
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
    # The blobs the pulled rows refer to, for the blobs stage to look up (None: a first sync, look at all rows).
    blob_refs: set[str] | None = field(default_factory=set)


def refs_of_changes(changes: list[Change]) -> set[str]:
    """The blobs these rows refer to (``REFERENCING`` columns of the upserts): O(changes)."""
    found: set[str] = set()
    for c in changes:
        columns = REFERENCING.get(c.table)
        if columns and c.row:
            found |= refs_in([c.row.get(name) for name in columns])
    return found


# How often a replica asks for the full checkpoint by itself (docs/sync-protocol.md, "Checkpoint"): between
# two, the server sends one when the caller's scope changed, and the pull costs what it brings.
VERIFY_EVERY = dt.timedelta(hours=24)


def verification_due(state: SyncState) -> bool:
    """Whether this pull asks for the full checkpoint: never verified, asked for (``repair.request_verification``,
    a repair to check), or the last verification is older than ``VERIFY_EVERY``."""
    marks = state.checksums or {}
    if marks.get("verify"):
        return True
    when = marks.get("verified_at")
    if not isinstance(when, str):
        return True
    try:
        last = dt.datetime.fromisoformat(when)
    except ValueError:
        return True
    if last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    now = dt.datetime.now(dt.UTC)
    return not (now - VERIFY_EVERY < last <= now)


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


def refetch_of(page: Any) -> list[str]:
    """The tables a page asks the replica to fetch again (``refetch``): a change in it (made staff of a course,
    assigned a review, ...) changes which columns of their rows this user reads, at the same row versions,
    so neither the pull nor the checkpoint would bring them otherwise (docs/sync-protocol.md, "Columns")."""
    tables = page.get("refetch", []) if isinstance(page, dict) else []
    if not isinstance(tables, list) or not all(isinstance(t, str) and t in registry() for t in tables):
        raise CorruptPageError("refetch must be a list of synced tables")
    return list(tables)


def _checked_page(page: Any, scope: page_scope.Scope | None) -> tuple[list[Change], str, bool, bool]:
    """The page validated whole (``_validate_page``) and within what this replica may receive."""
    checked = _validate_page(page)
    page_scope.check(checked[0], scope)
    return checked


# A staged part of a page: one inbox row holding the page's JSON text as it came (or, without it, the
# wire changes of the open transaction as a JSON list), whose changes of the row's ``seq`` are staged,
# instead of one row per change: a first sync may stage a transaction of hundreds of thousands of rows,
# and one insert per page costs next to nothing. Rows staged one change per row (by earlier versions)
# are read as well.
PAGE_PART = "*page*"
_NO_ROW = uuid.UUID(int=0)


@dataclass
class _Staged:
    """What this pull staged in ``sync_inbox``, already decoded, and the inbox's id bounds when it did.
    Trusted only while the bounds are unchanged, so a large transaction that arrives page by page is not
    read back and decoded a second time to be applied."""

    changes: list[Change] = field(default_factory=list)
    first: int | None = -1  # -1: not known (the inbox may hold rows staged by an earlier, interrupted pull)
    last: int | None = -1


# Set by ``pull_stage`` for one pull; ``store_page`` runs in worker threads, which see it.
_STAGED: contextvars.ContextVar[_Staged | None] = contextvars.ContextVar("bootcamp_pull_staged", default=None)


def _inbox_bounds(s: Session) -> tuple[int | None, int | None]:
    inbox = InboxEntry.__table__
    # One aggregate per statement: SQLite answers a lone min() or max() from the index, a pair by scanning.
    return (
        s.execute(sa.select(sa.func.min(inbox.c.id))).scalar(),
        s.execute(sa.select(sa.func.max(inbox.c.id))).scalar(),
    )


def _read_staged(s: Session, before: int | None) -> list[Change]:
    """The staged changes of the transactions before ``before`` (all when None), in order, decoded."""
    inbox = InboxEntry.__table__
    query = sa.select(inbox.c.seq, inbox.c.table_name, inbox.c.row_id, inbox.c.op, inbox.c.row).order_by(
        inbox.c.id
    )
    if before is not None:
        query = query.where(inbox.c.seq < before)
    out: list[Change] = []
    for e in s.execute(query):
        if e.table_name == PAGE_PART:  # a whole page (its changes of this transaction), or just those
            part = e.row.get("changes") if isinstance(e.row, dict) else e.row
            if isinstance(e.row, dict) and isinstance(part, list):
                part = [c for c in part if isinstance(c, dict) and c.get("seq") == e.seq]
            out += parse_changes(part)
        else:
            out.append(
                parse_change(
                    {"seq": e.seq, "table": e.table_name, "op": e.op, "id": str(e.row_id), "row": e.row}
                )
            )
    return out


def store_page(
    db: Database,
    server_url: str,
    changes: list[Change],
    raw: list[dict[str, Any]],
    cursor: str,
    txn_complete: bool,
    body: bytes | None = None,
    *,
    foreign_keys: bool = True,
    refetch: list[str] | None = None,
) -> ApplyStats:
    """Apply (or stage) one validated page and move the cursor, in one local transaction.

    The page's complete transactions are applied together with whatever the inbox held of the first of
    them; the transaction the page ends inside (``txn_complete`` false) is staged in the inbox: the page's
    JSON text as it came (``body``, when given), or its changes of that transaction.
    ``foreign_keys=False`` after a bootstrap: references are checked once the pull is done (``bootstrap``).
    ``refetch``: tables to fetch again after the pull (``refetch_of``), marked in the same transaction.
    """
    inbox = InboxEntry.__table__
    memo = _STAGED.get()
    after: _Staged | None = None
    with db.write(foreign_keys=foreign_keys) as s:
        first, last = _inbox_bounds(s)
        open_seq = changes[-1].seq if (changes and not txn_complete) else None
        if not txn_complete and first is not None:
            # When the page's part of the open transaction is all rows the user may not see, the latest
            # transaction staged is the one still open (docs/sync-protocol.md, "Replica side").
            newest = s.execute(sa.select(sa.func.max(inbox.c.seq))).scalar()
            if open_seq is None or newest > open_seq:
                open_seq = newest
        cut = len(changes)  # changes[:cut] belong to complete transactions, changes[cut:] to the open one
        while open_seq is not None and cut and changes[cut - 1].seq == open_seq:
            cut -= 1
        tail = changes[cut:]
        staged: list[Change] = []
        rest: list[Change] | None = []  # staged changes that keep waiting (None: not known here)
        if first is not None:
            known = memo is not None and (memo.first, memo.last) == (first, last)
            oldest = s.execute(sa.select(sa.func.min(inbox.c.seq))).scalar()
            if open_seq is None or oldest < open_seq:
                if memo is not None and known:
                    staged = [c for c in memo.changes if open_seq is None or c.seq < open_seq]
                    rest = memo.changes[len(staged) :]
                else:
                    staged, rest = _read_staged(s, open_seq), None
                s.execute(sa.delete(inbox).where(sa.true() if open_seq is None else inbox.c.seq < open_seq))
            else:
                rest = memo.changes if memo is not None and known else None
        if tail:
            part: Any = raw[cut:] if body is None else sa.type_coerce(body.decode("utf-8"), sa.Text())
            s.execute(
                sa.insert(inbox).values(
                    seq=open_seq, table_name=PAGE_PART, row_id=_NO_ROW, op="upsert", row=part
                )
            )
        ready = staged + changes[:cut] if staged else changes[:cut]
        stats = apply_changes(s, ready, check_foreign_keys=foreign_keys)
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        state.cursor = cursor
        if ready:
            state.applied_seq = max(state.applied_seq or 0, max(c.seq for c in ready))
        state.last_pull_at = utcnow()
        if refetch:
            marks = dict(state.checksums or {})
            marks["repair"] = sorted(set(marks.get("repair", [])) | set(refetch))
            state.checksums = marks
        if memo is not None:
            new_first, new_last = _inbox_bounds(s)
            if new_first is None:
                after = _Staged([], None, None)
            elif rest is not None:
                after = _Staged(rest + tail, new_first, new_last)
            elif tail and new_first == new_last:  # nothing left but what this page staged
                after = _Staged(list(tail), new_first, new_last)
            else:
                after = _Staged()
    if memo is not None and after is not None:  # committed: the memo follows the inbox
        memo.changes, memo.first, memo.last = after.changes, after.first, after.last
    return stats


async def pull_stage(
    db: Database,
    client: SyncClient,
    server_url: str,
    progress: ProgressCallback,
    scope: page_scope.Scope | None = None,
) -> PullReport:
    report = PullReport()
    staged = _STAGED.set(_Staged())
    # A large pull keeps hundreds of thousands of decoded rows alive while it allocates millions more:
    # left automatic, the cyclic collector would walk all of them again and again (more than half the
    # time of a first sync). Reference counting still frees everything; the cycles wait for the end.
    # (The window's own collector policy, ui/garbage.py, is left as it was.)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return await _pull_pages(db, client, server_url, progress, scope, report)
    finally:
        _STAGED.reset(staged)
        if collecting:
            gc.enable()


async def _pull_pages(
    db: Database,
    client: SyncClient,
    server_url: str,
    progress: ProgressCallback,
    scope: page_scope.Scope | None,
    report: PullReport,
) -> PullReport:
    # A replica that has never pulled starts from the server's tables, then follows the change log.
    report.pages, report.changes, report.tables = await bootstrap.bootstrap_stage(
        db, client, server_url, progress, scope
    )
    report.applied = report.changes
    if report.pages:  # the replica was filled from the server's tables
        report.blob_refs = None
    state = await asyncio.to_thread(sync_state, db, server_url)
    foreign_keys = not state.bootstrap
    progress(ProgressEvent("pull", 0, None, "page 1"))
    # While one page is decoded and stored, the next one is already being fetched (the server prepares it
    # while the replica works): at most one request in flight, and pages are still stored strictly in order.
    verify = verification_due(state)
    fetching: asyncio.Future[dict[str, Any] | None] | None = asyncio.ensure_future(
        client.pull(state.cursor, PAGE_LIMIT, verify)
    )
    try:
        while fetching is not None:
            page = await fetching
            fetching = None
            if page is None:  # 304: nothing new
                break
            following = (
                page.get("cursor") if isinstance(page, dict) and page.get("has_more") is True else None
            )
            if isinstance(following, str) and following:  # fetch the next page while this one is decoded
                fetching = asyncio.ensure_future(client.pull(following, PAGE_LIMIT, verify))
            # Checked in a worker thread: the loop sends the request for the next page meanwhile, so the
            # server prepares it while this one is checked and stored (checked here, the request waited).
            changes, new_cursor, txn_complete, has_more = await asyncio.to_thread(_checked_page, page, scope)
            refetch = refetch_of(page)
            report.pages += 1
            report.changes += len(changes)
            if has_more:
                progress(ProgressEvent("pull", report.changes, None, f"page {report.pages + 1}"))
            progress(ProgressEvent("apply", report.changes, None, f"{len(changes)} changes"))
            stats = await asyncio.to_thread(
                store_page,
                db,
                server_url,
                changes,
                page["changes"],
                new_cursor,
                txn_complete,
                body=getattr(page, "body", None) or None,
                foreign_keys=foreign_keys,
                refetch=refetch,
            )
            report.applied += stats.upserts + stats.deletes
            report.tables |= stats.tables
            if report.blob_refs is not None:
                report.blob_refs |= refs_of_changes(changes)
            if not has_more:
                report.checkpoint = page.get("checkpoint")
        if not foreign_keys:  # the pull after a bootstrap is done: every reference must hold now
            stats = await asyncio.to_thread(bootstrap.finish, db, server_url)
            report.tables |= {t for t, _ in stats.dropped_local}
    finally:
        if fetching is not None:
            fetching.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await fetching
    return report


def new_client_id() -> str:
    return str(uuid.uuid4())
