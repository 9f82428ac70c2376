"""Sync as the user sees it: status, the problems list (conflicts and rejections), retry and discard.

The engine itself is ``bootcamp_desktop.sync``; this module gives the UI and the CLI plain functions.

A problem is one local transaction the server refused (all of it: a grade is its submission and its
feedback row), and the user decides for the whole of it. Discarding drops the user's changes and puts
the server's versions back: from the rows the server sent with its answer when there are some;
otherwise the local row's ``sync_version`` is set to -1 and its table is marked for repair, so the next
sync re-fetches it (a row the server never had, a rejected insert, is simply removed). Retrying means
"keep mine": the transaction is sent again on top of the server's current versions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import OutboxEntry, SyncState, uuid7
from bootcamp_core.protocol.codec import CodecError, decode_row
from bootcamp_core.protocol.tables import registry, spec
from bootcamp_desktop.sync import tls
from bootcamp_desktop.sync.apply import apply_changes
from bootcamp_desktop.sync.changes import parse_change
from bootcamp_desktop.sync.client import SyncClient
from bootcamp_desktop.sync.engine import SyncEngine
from bootcamp_desktop.sync.errors import CorruptPageError
from bootcamp_desktop.sync.outbox import problem_count

from . import grader_files, grading_write
from .downloads import Downloader, MediaItem
from .workspace import Workspace


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    last_success_at: dt.datetime | None
    last_error: str | None
    pending: int
    problems: int
    signed_in_user: uuid.UUID | None


@dataclass(frozen=True)
class ProblemRow:
    """One row of a refused transaction: the user's version (``mine``) beside the server's."""

    entry_id: int
    state: str  # conflict or rejected
    table: str
    row_id: uuid.UUID
    op: str
    code: str | None  # ``transaction_aborted``: refused because another row of its transaction was
    reason: str | None
    mine: dict[str, Any]
    theirs: dict[str, Any] | None


@dataclass(frozen=True)
class Problem:
    """One local transaction the server refused, as one decision: a grade is its submission and its
    feedback row, a submission comes with its files. The main row (the parent-most table: the submission
    of a grade) names it; ``code`` and ``reason`` are those of the row that was refused for itself."""

    entry_id: int  # the main row's entry: ``retry`` and ``discard`` act on its whole transaction
    txn_id: uuid.UUID
    state: str  # conflict when any row conflicts, else rejected
    table: str
    row_id: uuid.UUID
    op: str
    code: str | None
    reason: str | None
    mine: dict[str, Any]
    theirs: dict[str, Any] | None
    created_at: dt.datetime
    rows: tuple[ProblemRow, ...] = ()


ABORTED = "transaction_aborted"
WAITING = ("conflict", "rejected")


def status(session: Session, server_url: str | None) -> SyncStatus:
    counts = dict(
        session.execute(sa.select(OutboxEntry.state, sa.func.count()).group_by(OutboxEntry.state)).all()
    )
    state = session.get(SyncState, server_url) if server_url else None
    return SyncStatus(
        server_url=server_url,
        last_success_at=state.last_success_at if state else None,
        last_error=state.last_error if state else None,
        pending=counts.get("pending", 0) + counts.get("sent", 0),
        problems=problem_count(session),
        signed_in_user=state.user_id if state else None,
    )


def _row(e: OutboxEntry) -> ProblemRow:
    mine = dict(e.payload.get("set", {})) | {f"+{k}": v for k, v in e.payload.get("inc", {}).items()}
    return ProblemRow(
        e.id, e.state, e.table_name, e.row_id, e.op, e.error_code, e.error_message, mine, e.server_row
    )


def _parents_first(e: OutboxEntry) -> tuple[int, int]:
    order = list(registry())
    return (order.index(e.table_name) if e.table_name in order else len(order), e.id)


def problems(session: Session) -> list[Problem]:
    """Every refused transaction, oldest first, one ``Problem`` each."""
    entries = session.scalars(
        sa.select(OutboxEntry).where(OutboxEntry.state.in_(WAITING)).order_by(OutboxEntry.id)
    ).all()
    by_txn: dict[uuid.UUID, list[OutboxEntry]] = {}
    for e in entries:
        by_txn.setdefault(e.txn_id, []).append(e)
    out = []
    for txn, group in by_txn.items():
        main = min(group, key=_parents_first)
        cause = next((e for e in group if e.error_code != ABORTED), main)
        rows = tuple(_row(e) for e in sorted(group, key=_parents_first))
        first = _row(main)
        out.append(
            Problem(
                main.id,
                txn,
                "conflict" if any(e.state == "conflict" for e in group) else "rejected",
                main.table_name,
                main.row_id,
                main.op,
                cause.error_code,
                cause.error_message,
                first.mine,
                first.theirs,
                min(e.created_at for e in group),
                rows,
            )
        )
    return out


def _transaction_entries(session: Session, entry_id: int) -> list[OutboxEntry]:
    """The refused entries of the transaction ``entry_id`` belongs to, parents first."""
    entry = session.get(OutboxEntry, entry_id)
    if entry is None or entry.state not in WAITING:
        raise ValueError("this change is no longer waiting for a decision")
    group = session.scalars(
        sa.select(OutboxEntry).where(OutboxEntry.txn_id == entry.txn_id, OutboxEntry.state.in_(WAITING))
    ).all()
    return sorted(group, key=_parents_first)


def retry(session: Session, entry_id: int) -> None:
    """Keep mine: the whole transaction is sent again, on top of the server's current versions (a grade's
    feedback row goes into the grader's row of the round that reached the server meanwhile, if one did)."""
    for entry in _transaction_entries(session, entry_id):
        grading_write.fold_into_round_row(session, entry)
        if (
            entry.server_row
            and isinstance(entry.server_row.get("sync_version"), int)
            and entry.op != "insert"
        ):
            entry.base_version = entry.server_row["sync_version"]
        # A new id: the server answers a mutation id it has seen from its record, never applying it twice,
        # so sending the same change again on purpose is a new mutation.
        entry.mutation_id = uuid7()
        entry.state = "pending"
        entry.error_code = entry.error_message = None
        entry.next_attempt_at = None
        if entry.op == "update":  # the replica shows the user's version again while it waits
            table = spec(entry.table_name).table
            try:
                values = decode_row(entry.table_name, entry.payload.get("set", {}), partial=True)
            except CodecError:
                values = {}
            if values:
                session.execute(sa.update(table).where(table.c.id == entry.row_id).values(values))


def discard(session: Session, entry_id: int) -> None:
    """Drop the whole transaction and put the server's versions back (children before parents)."""
    session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    for entry in reversed(_transaction_entries(session, entry_id)):
        _discard_entry(session, entry)


def _discard_entry(session: Session, entry: OutboxEntry) -> None:
    table = spec(entry.table_name).table
    theirs = entry.server_row
    session.delete(entry)
    session.flush()
    if theirs:
        try:
            change = parse_change(
                {"seq": 0, "table": entry.table_name, "op": "upsert", "id": str(entry.row_id), "row": theirs}
            )
        except CorruptPageError:
            change = None
        if change is not None:
            # The server's row as it answered, unless the replica holds a newer one since (pulled, or the
            # increments split off the refusal applied): that one stays.
            version = change.row.get("sync_version", 0) if change.row else 0
            session.execute(
                sa.update(table)
                .where(table.c.id == entry.row_id, table.c.sync_version <= version)
                .values(sync_version=-1)
            )
            apply_changes(session, [change])
            return
    if entry.op == "insert":
        session.execute(sa.delete(table).where(table.c.id == entry.row_id))
    else:
        session.execute(sa.update(table).where(table.c.id == entry.row_id).values(sync_version=-1))
        request_repair(session, entry.table_name)


def request_repair(session: Session, table: str) -> None:
    """Have the next sync re-fetch ``table`` whatever the checkpoint says."""
    for state in session.scalars(sa.select(SyncState)):
        marks = dict(state.checksums or {})
        marks["repair"] = sorted(set(marks.get("repair", [])) | {table})
        state.checksums = marks


def engine_for(ws: Workspace, **kwargs: Any) -> SyncEngine:
    if not ws.settings.server_url:
        raise ValueError("no server is configured for this replica; sign in to a server first")
    kwargs.setdefault("verify", tls.verify_for(ws))
    kwargs.setdefault("cache_dirs", (ws.directory / "thumbnails", ws.directory / "cache"))
    kwargs.setdefault("user_id", ws.settings.current_user_id)
    user_id = kwargs["user_id"]
    if user_id is not None:  # a grader's work arrives with every sync, within the data budget
        kwargs.setdefault("wanted_blobs", lambda db: grader_files.wanted_shas(db, user_id))
        kwargs.setdefault("blob_budget", grader_files.budget_bytes(ws.settings))
    return SyncEngine(
        ws.db, ws.settings.server_url, client_id=ws.settings.replica_id, blobs_root=ws.blobs_dir, **kwargs
    )


def client_for(ws: Workspace) -> SyncClient:
    """An HTTP client of the replica's server, signed in as its user (use as ``async with``)."""
    return engine_for(ws).client()


def downloader_for(ws: Workspace) -> Downloader:
    """A ``services.downloads.Downloader`` that fetches through the sync engine, for a worker thread:
    sizes it does not know yet are asked of the server first (``POST /blobs/stat``), and a file the
    server will not give is skipped (the caller finds it still missing and says so)."""
    import asyncio

    from bootcamp_desktop.sync.blob_index import mark_present, record
    from bootcamp_desktop.sync.blobs import BlobInfo, fetch_many, stat
    from bootcamp_desktop.sync.progress import ProgressEvent

    def download(items: list[MediaItem], progress: Callable[[int, int], None]) -> int:
        def relay(event: ProgressEvent) -> None:
            progress(int(event.done), int(event.total or 0))

        async def run() -> int:
            async with engine_for(ws).client() as client:
                infos = [BlobInfo(i.sha256, i.size, i.mime_type) for i in items if i.known]
                unknown = [i.sha256 for i in items if not i.known]
                if unknown:
                    found = await stat(client, unknown)
                    await asyncio.to_thread(record, ws.db, ws.blobs_dir, found)
                    infos += [info for info in found.values() if info is not None]
                return len((await fetch_many(client, ws.blobs_dir, infos, relay)).fetched)

        try:
            return asyncio.run(run())
        finally:
            mark_present(ws.db, ws.blobs_dir, [i.sha256 for i in items])

    return download
