"""The first sync of a replica from the server's current tables (``GET /sync/bootstrap``), not its change log.

A replica that has never pulled asks for the rows it may read, table after table; each page is checked
whole (every value decoded, ``page_scope``) and applied in one local transaction together with where the
next page starts (``sync_state.bootstrap``), so an interrupted first sync resumes where it stopped.

Pages come from several snapshots of the server, so until the pull after the bootstrap has caught up, a
row may refer to a parent the replica does not have yet. Those transactions do not enforce foreign keys;
the pull resumes from the first page's cursor (every change after it comes again, older versions are
ignored), and once it is done ``finish`` checks every reference (docs/sync-protocol.md, "Bootstrap").
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from bootcamp_desktop.models import SyncState, utcnow
from bootcamp_desktop.models.db import Database

from . import page_scope
from .apply import ApplyStats, apply_changes, check_references
from .changes import MAX_CHANGES_PER_PAGE, Change
from .client import SyncClient
from .errors import CorruptPageError
from .progress import ProgressCallback, ProgressEvent
from .protocol.codec import CodecError, decode_row
from .protocol.tables import UnknownTableError, registry, spec

PAGE_ROWS = 5000
CHECK = "check"  # sync_state.bootstrap once every page is in: references wait for the pull to catch up


def wanted(db: Database, server_url: str) -> dict[str, Any] | None:
    """Where the bootstrap stands: None when the replica follows the change log already."""
    with db.session() as s:
        state = s.get(SyncState, server_url)
        if state is None or (state.cursor is None and state.bootstrap is None):
            return {}
        return state.bootstrap


def _rows(part: Any, seq: int) -> list[Change]:
    if not isinstance(part, dict):
        raise CorruptPageError("a bootstrap table must be a JSON object")
    table, columns, rows = part.get("table"), part.get("columns"), part.get("rows")
    try:
        known = spec(table if isinstance(table, str) else "").columns
    except UnknownTableError:
        raise CorruptPageError(f"unknown table {table!r}") from None
    if (not isinstance(columns, list) or "id" not in columns or len(set(columns)) != len(columns)
            or any(c not in known for c in columns)):
        raise CorruptPageError(f"{table}: the columns of a bootstrap table must be its own, with id")
    if not isinstance(rows, list):
        raise CorruptPageError(f"{table}: rows must be a list")
    width = len(columns)
    out = []
    for values in rows:
        if not isinstance(values, list) or len(values) != width:
            raise CorruptPageError(f"{table}: a row must be a list of {width} values")
        try:
            row = decode_row(table, dict(zip(columns, values, strict=True)))
        except CodecError as exc:
            raise CorruptPageError(f"invalid row: {exc}") from None
        if not isinstance(row.get("sync_version"), int):
            raise CorruptPageError(f"{table}: the row lacks its sync_version")
        out.append(Change(row.get("sync_seq") or seq, table, "upsert", row["id"], row))
    return out


def check_page(page: Any, scope: page_scope.Scope | None) -> tuple[list[Change], dict[str, Any]]:
    """The page's rows, validated whole, and where the next page starts (``{}`` at the end)."""
    if not isinstance(page, dict):
        raise CorruptPageError("a bootstrap page must be a JSON object")
    seq, cursor, tables, following = page.get("seq"), page.get("cursor"), page.get("tables"), page.get("next")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise CorruptPageError("a bootstrap page needs the seq of its snapshot")
    if not isinstance(cursor, str) or not cursor or len(cursor) > 200:
        raise CorruptPageError("a bootstrap page must carry a cursor")
    if not isinstance(tables, list):
        raise CorruptPageError("a bootstrap page's tables must be a list")
    changes = [c for part in tables for c in _rows(part, seq)]
    if len(changes) > MAX_CHANGES_PER_PAGE:
        raise CorruptPageError("too many rows in one page")
    position: dict[str, Any] = {}
    if following is not None:
        if (not isinstance(following, dict) or following.get("table") not in registry()
                or not isinstance(following.get("after"), str | None)):
            raise CorruptPageError("a bootstrap page's next must name a table and an id")
        position = {"table": following["table"], "after": following.get("after")}
    page_scope.check(changes, scope)
    return changes, {"seq": seq, "cursor": cursor, "next": position}


def store(db: Database, server_url: str, changes: list[Change], where: dict[str, Any]) -> ApplyStats:
    """Apply one checked page and note where the next one starts, in one transaction."""
    with db.write(foreign_keys=False) as s:
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        before = dict(state.bootstrap or {})
        stats = apply_changes(s, changes, check_foreign_keys=False)
        first = before.get("cursor", where["cursor"])  # the first page's snapshot: the pull starts there
        seq = max(before.get("seq", 0), where["seq"])
        if where["next"]:
            state.bootstrap = {"cursor": first, "seq": seq, "next": where["next"]}
        else:
            state.bootstrap = {CHECK: True, "seq": seq}
            state.cursor = first
        state.applied_seq = max(state.applied_seq or 0, where["seq"])
        state.last_pull_at = utcnow()
    return stats


def finish(db: Database, server_url: str) -> ApplyStats:
    """Once the pull after a bootstrap is done: check every reference, and follow the change log alone."""
    stats = ApplyStats()
    with db.write() as s:
        state = s.get(SyncState, server_url)
        if state is None or not state.bootstrap:
            return stats
        check_references(s, set(registry()), stats)
        state.bootstrap = None
    return stats


def _cursor_of(progress: dict[str, Any]) -> tuple[str | None, str | None]:
    following = progress.get("next") or {}
    return following.get("table"), following.get("after")


async def bootstrap_stage(db: Database, client: SyncClient, server_url: str, progress: ProgressCallback,
                          scope: page_scope.Scope | None) -> tuple[int, int, set[str]]:
    """Fetch and apply every bootstrap page (the next one is fetched while one is stored): (pages, rows
    applied, tables touched). Nothing to do when the replica already follows the change log."""
    where = await asyncio.to_thread(wanted, db, server_url)
    if where is None or where.get(CHECK):
        return 0, 0, set()
    pages = applied = 0
    tables: set[str] = set()
    table, after = _cursor_of(where)
    progress(ProgressEvent("pull", 0, None, "first sync: the server's current rows"))
    fetching: asyncio.Future[Any] | None = asyncio.ensure_future(client.bootstrap(table, after, PAGE_ROWS))
    try:
        while fetching is not None:
            page = await fetching
            fetching = None
            following = page.get("next") if isinstance(page, dict) else None
            if isinstance(following, dict) and following.get("table") in registry():
                fetching = asyncio.ensure_future(client.bootstrap(following["table"], following.get("after"),
                                                                  PAGE_ROWS))
            changes, position = await asyncio.to_thread(check_page, page, scope)
            stats = await asyncio.to_thread(store, db, server_url, changes, position)
            pages += 1
            applied += stats.upserts
            tables |= stats.tables
            progress(ProgressEvent("apply", applied, None, f"{applied:,} rows"))
            if not position["next"]:
                break
    finally:
        if fetching is not None:
            fetching.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await fetching
    return pages, applied, tables
