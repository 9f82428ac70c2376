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
import operator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import OutboxEntry, SyncState, utcnow
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.blob_refs import REFERENCING
from bootcamp_core.protocol.codec import CodecError
from bootcamp_core.protocol.tables import UnknownTableError, registry, spec

from . import page_scope
from .apply import ApplyStats, apply_changes, check_references
from .bulk import storage_rows, upsert_storage
from .changes import MAX_CHANGES_PER_PAGE, Change, parse_change
from .client import SyncClient
from .errors import CorruptPageError
from .progress import ProgressCallback, ProgressEvent

PAGE_ROWS = 10000
CHECK = "check"  # sync_state.bootstrap once every page is in: references wait for the pull to catch up
LIVE = ("pending", "sent", "rejected", "conflict")  # outbox states whose rows a pulled row must merge with


def wanted(db: Database, server_url: str) -> dict[str, Any] | None:
    """Where the bootstrap stands: None when the replica follows the change log already."""
    with db.session() as s:
        state = s.get(SyncState, server_url)
        if state is None or (state.cursor is None and state.bootstrap is None):
            return {}
        return state.bootstrap


def _part(part: Any) -> tuple[str, list[str], list[list[Any]]]:
    """One table of a page, its shape checked: (table, columns, rows as lists of wire values)."""
    if not isinstance(part, dict):
        raise CorruptPageError("a bootstrap table must be a JSON object")
    table, columns, rows = part.get("table"), part.get("columns"), part.get("rows")
    try:
        known = spec(table if isinstance(table, str) else "").columns
    except UnknownTableError:
        raise CorruptPageError(f"unknown table {table!r}") from None
    if (
        not isinstance(columns, list)
        or "id" not in columns
        or len(set(columns)) != len(columns)
        or any(c not in known for c in columns)
    ):
        raise CorruptPageError(f"{table}: the columns of a bootstrap table must be its own, with id")
    if not isinstance(rows, list):
        raise CorruptPageError(f"{table}: rows must be a list")
    width = len(columns)
    for values in rows:
        if not isinstance(values, list) or len(values) != width:
            raise CorruptPageError(f"{table}: a row must be a list of {width} values")
    return table, columns, rows  # type: ignore[return-value]


def _changes(table: str, columns: list[str], rows: list[list[Any]], seq: int) -> list[Change]:
    """The rows as pulled changes, each checked as a pull's is (``parse_change``); a row's own ``sync_seq``
    is its change's."""
    at_id = columns.index("id")
    at_seq = columns.index("sync_seq") if "sync_seq" in columns else None
    return [
        parse_change(
            {
                "seq": (values[at_seq] if at_seq is not None else None) or seq,
                "table": table,
                "op": "upsert",
                "id": values[at_id],
                "row": dict(zip(columns, values, strict=True)),
            }
        )
        for values in rows
    ]


@dataclass
class Bulk:
    """Rows of one table in the replica's storage form (``bulk.storage_rows``), with the wire rows they
    came from, decoded the long way if the table turns out to hold pending local changes."""

    table: str
    columns: list[str]
    rows: list[list[Any]]
    values: list[tuple[Any, ...]]


@dataclass
class Checked:
    changes: list[Change]
    bulks: list[Bulk]
    seq: int
    cursor: str
    next: dict[str, Any]  # where the next page starts; empty at the end


# Tables whose rows go through ``apply_changes`` whatever the replica holds: those ``page_scope`` checks
# and those whose rows refer to blobs (``blob_release`` compares the references a row loses).
_LONG_WAY = frozenset({"users", "platform_metrics", *page_scope.OWNER_ONLY, *REFERENCING})


def check_page(
    page: Any,
    scope: page_scope.Scope | None,
    dialect: sa.Dialect | None = None,
    people: set[tuple[Any, Any]] | None = None,
) -> Checked:
    """The page validated whole: its rows decoded (or, given the replica's ``dialect``, in storage form for
    the tables that allow it) and where the next page starts.

    ``people``: the (id, version) of the ``users`` rows earlier pages of this bootstrap brought. Each page
    carries the people its rows refer to, so the same learners come with page after page; a row already
    brought at the same version is the same row, and is left out (the set grows with this page's)."""
    if not isinstance(page, dict):
        raise CorruptPageError("a bootstrap page must be a JSON object")
    seq, cursor, tables, following = page.get("seq"), page.get("cursor"), page.get("tables"), page.get("next")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise CorruptPageError("a bootstrap page needs the seq of its snapshot")
    if not isinstance(cursor, str) or not cursor or len(cursor) > 200:
        raise CorruptPageError("a bootstrap page must carry a cursor")
    if not isinstance(tables, list):
        raise CorruptPageError("a bootstrap page's tables must be a list")
    parts = [_part(part) for part in tables]
    if sum(len(rows) for _t, _c, rows in parts) > MAX_CHANGES_PER_PAGE:
        raise CorruptPageError("too many rows in one page")
    changes: list[Change] = []
    bulks: list[Bulk] = []
    brought: list[tuple[Any, Any]] = []
    for table, columns, rows in parts:
        if table == "users" and people is not None and "sync_version" in columns:
            at = operator.itemgetter(columns.index("id"), columns.index("sync_version"))
            keys = [k if k[0].__class__ is str and k[1].__class__ is int else None for k in map(at, rows)]
            rows = [r for r, k in zip(rows, keys, strict=True) if k is None or k not in people]
            brought += [k for k in keys if k is not None]
        if dialect is None or table in _LONG_WAY:
            changes += _changes(table, columns, rows, seq)
            continue
        page_scope.check_rows(table, columns, rows, scope, changes)
        try:
            bulks.append(Bulk(table, columns, rows, storage_rows(table, columns, rows, dialect)))
        except CodecError as exc:
            raise CorruptPageError(f"invalid row: {exc}") from None
    position: dict[str, Any] = {}
    if following is not None:
        if (
            not isinstance(following, dict)
            or following.get("table") not in registry()
            or not isinstance(following.get("after"), str | None)
        ):
            raise CorruptPageError("a bootstrap page's next must name a table and an id")
        position = {"table": following["table"], "after": following.get("after")}
    page_scope.check(changes, scope)
    if people is not None:
        people.update(brought)
    return Checked(changes, bulks, seq, cursor, position)


def store(db: Database, server_url: str, page: Checked) -> ApplyStats:
    """Apply one checked page and note where the next one starts, in one transaction."""
    with db.write(foreign_keys=False) as s:
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        before = dict(state.bootstrap or {})
        waiting = set(
            s.scalars(sa.select(OutboxEntry.table_name).distinct().where(OutboxEntry.state.in_(LIVE)))
        )
        slow = [
            c
            for b in page.bulks
            if b.table in waiting
            for c in _changes(b.table, b.columns, b.rows, page.seq)
        ]
        stats = apply_changes(s, page.changes + slow, check_foreign_keys=False)
        for b in page.bulks:
            if b.table not in waiting:
                upsert_storage(s, b.table, b.values)
                stats.upserts += len(b.values)
                stats.tables.add(b.table)
        first = before.get("cursor", page.cursor)  # the first page's snapshot: the pull starts there
        seq = max(before.get("seq", 0), page.seq)
        if page.next:
            state.bootstrap = {"cursor": first, "seq": seq, "next": page.next}
        else:
            state.bootstrap = {CHECK: True, "seq": seq}
            state.cursor = first
        state.applied_seq = max(state.applied_seq or 0, page.seq)
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


async def bootstrap_stage(
    db: Database,
    client: SyncClient,
    server_url: str,
    progress: ProgressCallback,
    scope: page_scope.Scope | None,
) -> tuple[int, int, set[str]]:
    """Fetch and apply every bootstrap page: (pages, rows applied, tables touched). Nothing to do when the
    replica already follows the change log.

    Three pages are in hand at once: one being fetched (the server prepares it), one being checked, and one
    being stored. Checking is Python work, storing mostly SQLite's, which lets go of the interpreter while
    it writes, so the two overlap; pages are still stored one after the other, in order."""
    where = await asyncio.to_thread(wanted, db, server_url)
    if where is None or where.get(CHECK):
        return 0, 0, set()
    totals = {"pages": 0, "applied": 0}
    tables: set[str] = set()
    table, after = _cursor_of(where)
    progress(ProgressEvent("pull", 0, None, "first sync: the server's current rows"))

    dialect = db.engine.dialect if db.is_sqlite else None
    people: set[tuple[Any, Any]] = set()

    async def store_in_order(before: asyncio.Future[Any] | None, checked: Checked) -> None:
        if before is not None:
            await before
        stats = await asyncio.to_thread(store, db, server_url, checked)
        totals["pages"] += 1
        totals["applied"] += stats.upserts
        tables.update(stats.tables)
        progress(ProgressEvent("apply", totals["applied"], None, f"{totals['applied']:,} rows"))

    fetching: asyncio.Future[Any] | None = asyncio.ensure_future(client.bootstrap(table, after, PAGE_ROWS))
    storing: asyncio.Future[Any] | None = None
    try:
        while fetching is not None:
            page = await fetching
            fetching = None
            if page is None and not totals["pages"] and storing is None:
                return 0, 0, set()  # a server without bootstrap pages: the pull reads its whole change log
            following = page.get("next") if isinstance(page, dict) else None
            if isinstance(following, dict) and following.get("table") in registry():
                fetching = asyncio.ensure_future(
                    client.bootstrap(following["table"], following.get("after"), PAGE_ROWS)
                )
            checked = await asyncio.to_thread(check_page, page, scope, dialect, people)
            if storing is not None and storing.done():
                storing.result()  # a page that could not be stored ends the stage here
            storing = asyncio.ensure_future(store_in_order(storing, checked))
            if not checked.next:
                break
        if storing is not None:
            await storing
            storing = None
    finally:
        if fetching is not None:
            fetching.cancel()
        for pending in (
            fetching,
            storing,
        ):  # a page being stored is finished (or fails) before the stage ends
            if pending is not None:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await pending
    return totals["pages"], totals["applied"], tables
