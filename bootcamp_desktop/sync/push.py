"""The push stage: pending outbox entries go to the server in batches of whole local transactions; every
answer is applied here.

Entries are marked ``sent`` (attempts counted) in a local transaction before the request, so a crash
mid-push resends them, which the server answers from its record without applying them twice. A batch
holds whole transactions (``transactions``), those already sent first, then by position; a transaction
larger than a batch goes alone, and one larger than the server takes in one request
(``MAX_TXN``, which no operation of the app comes near) in consecutive parts, each applied whole.
Answers:
- applied: the entry is done; the row takes the server's new version;
- merged: the row takes the server's merged values (rebased on anything still pending), and the
  server's id when it differs (a natural-key match);
- conflict / rejected: the server refuses a transaction whole (one part refused, the others answered
  ``transaction_aborted``); its entries stay, with the code, reason and the server's row, for the Sync
  panel, as one problem; the user's version is never dropped. The replica shows the server's row
  meanwhile (as a pull would; the user's version is in the entries), so it never holds a version no one
  else sees. Increments the refused transaction carried are facts (a view, minutes of study) that the
  refusal of the rest does not undo: they leave the problem as a transaction of their own and are sent
  at once (``_split_increments``). Transactions behind it go on.

"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import OutboxEntry, utcnow, uuid7
from bootcamp_core.models.blobstore import has_blob, parse_blob_url
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.codec import CodecError, decode_row
from bootcamp_core.protocol.tables import spec

from .apply import pending_entries, rebase, rekey
from .blobs import upload
from .client import SyncClient
from .errors import CorruptPageError
from .positions import make_room
from .progress import ProgressCallback, ProgressEvent

BATCH = 500  # mutations per request, as the server takes them (``payload.MAX_MUTATIONS``)
MAX_TXN = 5000  # mutations of one transaction in one request (``payload.MAX_TXN_MUTATIONS``)
REFUSED = ("conflict", "rejected")
ABORTED = "transaction_aborted"  # the server's code for the parts of a transaction refused for another part


def _wire(entry: OutboxEntry, txn: uuid.UUID) -> dict[str, Any]:
    payload = entry.payload or {}
    wire = {
        "id": str(entry.mutation_id),
        "txn": str(txn),
        "table": entry.table_name,
        "op": entry.op,
        "row_id": str(entry.row_id),
        "base_version": entry.base_version,
        "set": payload.get("set", {}),
        "inc": payload.get("inc", {}),
    }
    if payload.get("base"):
        wire["base"] = payload["base"]
    return wire


def _waiting_transactions(s: Session) -> list[tuple[uuid.UUID, int]]:
    """(transaction, entries waiting) in push order: those sent before (unanswered) first, then by
    position (their first entry)."""
    rows = s.execute(
        sa.select(
            OutboxEntry.txn_id,
            sa.func.min(OutboxEntry.id),
            sa.func.count(),
            sa.func.max(sa.case((OutboxEntry.state == "sent", 1), else_=0)),
        )
        .where(OutboxEntry.state.in_(("pending", "sent")))
        .group_by(OutboxEntry.txn_id)
    ).all()
    return [(txn, n) for txn, _first, n, _sent in sorted(rows, key=lambda r: (-r[3], r[1]))]


def take_batch(db: Database, limit: int = BATCH, max_txn: int = MAX_TXN) -> list[dict[str, Any]]:
    """The next batch of whole transactions (pending, or sent before and unanswered), marked as sent."""
    with db.write() as s:
        chosen: list[tuple[uuid.UUID, int]] = []
        total = 0
        for txn, n in _waiting_transactions(s):
            if chosen and total + n > limit:
                break
            chosen.append((txn, n))
            total += n
            if total >= limit:
                break
        batch: list[dict[str, Any]] = []
        now = utcnow()
        for txn, n in chosen:
            entries = s.scalars(
                sa.select(OutboxEntry)
                .where(OutboxEntry.txn_id == txn, OutboxEntry.state.in_(("pending", "sent")))
                .order_by(OutboxEntry.id)
                .limit(max_txn)
            ).all()
            # A part of a transaction too large for one request: its own unit on the wire, named after its
            # first entry, so a resend of the same part is the same unit.
            wire_txn = txn if n <= max_txn else uuid.uuid5(txn, str(entries[0].mutation_id))
            for entry in entries:
                entry.state = "sent"
                entry.attempts += 1
                entry.last_attempt_at = now
                batch.append(_wire(entry, wire_txn))
        return batch


def _set_row(
    s: Session, table: str, row_id: Any, values: dict[str, Any], *, if_not_newer: bool = False
) -> None:
    t = spec(table).table
    cols = {c.name for c in t.columns}
    stmt = sa.update(t).where(t.c.id == row_id)
    if if_not_newer and isinstance(values.get("sync_version"), int):
        stmt = stmt.where(t.c.sync_version <= values["sync_version"])
    s.execute(stmt.values({k: v for k, v in values.items() if k in cols and k != "id"}))


def _show_server_row(s: Session, entry: OutboxEntry) -> None:
    """The replica shows the server's row of a refused change (with anything still pending on top), as it
    would after a pull; the user's version waits in the entry."""
    if entry.server_row is None or entry.op == "insert":
        return
    table, row_id = entry.table_name, entry.row_id
    try:
        theirs = decode_row(table, entry.server_row)
    except CodecError as exc:
        raise CorruptPageError(f"a row from the server is invalid: {exc}") from exc
    if theirs["id"] != row_id:
        return
    s.flush()
    still = pending_entries(s, table, [row_id]).get(row_id, [])
    shown = rebase(table, theirs, still) if still else theirs
    if shown is not None:
        _set_row(s, table, row_id, shown, if_not_newer=True)


def _split_increments(s: Session, entry: OutboxEntry) -> None:
    """A refused transaction's increments are sent again alone, as a transaction of their own.

    They record what happened (views, minutes, attempts, votes), which the refusal of a field change they
    travelled with does not undo; any reader may add them. Kept with the problem: those of an insert (the
    row does not exist), and those of a change refused for itself that carries nothing else (the increment
    is what was refused) or whose row is gone."""
    payload = entry.payload or {}
    inc = payload.get("inc") or {}
    if entry.op != "update" or not inc:
        return
    alone = not payload.get("set")
    if entry.error_code == "deleted" or (alone and entry.error_code != ABORTED):
        return
    base = entry.server_row.get("sync_version") if isinstance(entry.server_row, dict) else None
    s.add(
        OutboxEntry(
            mutation_id=uuid7(),
            txn_id=uuid7(),
            table_name=entry.table_name,
            row_id=entry.row_id,
            op="update",
            payload={"set": {}, "inc": dict(inc)},
            base_version=base if isinstance(base, int) else entry.base_version,
            state="pending",
        )
    )
    if alone:
        s.delete(entry)  # nothing of it is left to decide
    else:
        entry.payload = {**payload, "inc": {}}


def _apply_one_result(s: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
    status = result.get("status")
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
            make_room(s, table, [merged])  # the place the server gave a new lesson may be one held here
            _set_row(s, table, row_id, merged)
    elif status in REFUSED:
        entry.state = status
        entry.error_code = str(result.get("code") or status)[:64]
        entry.error_message = str(result.get("reason") or "")
        entry.server_row = result.get("row") if isinstance(result.get("row"), dict) else None
    else:
        raise CorruptPageError(f"unknown push status {status!r}")


def apply_results(
    db: Database, sent: list[dict[str, Any]], answer: dict[str, Any]
) -> tuple[dict[str, int], int]:
    """Apply the server's answers; returns the counts per status (of mutations) and the number of
    transactions refused (each one problem in the Sync panel)."""
    results = answer.get("results")
    if not isinstance(results, list) or len(results) != len(sent):
        raise CorruptPageError("the push answer does not hold one result per mutation")
    counts = {"applied": 0, "merged": 0, "conflict": 0, "rejected": 0}
    by_txn: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for mutation, result in zip(sent, results, strict=True):
        if not isinstance(result, dict) or result.get("id") != mutation["id"]:
            raise CorruptPageError("the push answer's results are not in the order of the mutations")
        if result.get("status") not in counts:
            raise CorruptPageError(f"unknown push status {result.get('status')!r}")
        by_txn.setdefault(mutation["txn"], []).append((mutation, result))
    refused_txns = 0
    with db.write() as s:
        for answered in by_txn.values():
            refused: list[OutboxEntry] = []
            for mutation, result in answered:
                counts[result["status"]] += 1
                entry = s.scalars(
                    sa.select(OutboxEntry).where(OutboxEntry.mutation_id == uuid.UUID(mutation["id"]))
                ).one_or_none()
                if entry is None:
                    continue
                _apply_one_result(s, entry, result)
                if result["status"] in REFUSED:
                    refused.append(entry)
            if not refused:
                continue
            refused_txns += 1
            for entry in refused:
                _split_increments(s, entry)
            s.flush()
            for entry in refused:
                if entry in s:
                    _show_server_row(s, entry)
    return counts, refused_txns


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


@dataclass
class PushReport:
    counts: dict[str, int] = field(
        default_factory=lambda: {"applied": 0, "merged": 0, "conflict": 0, "rejected": 0}
    )
    refused: int = 0  # transactions the server refused: problems for the Sync panel


async def push_stage(
    db: Database,
    client: SyncClient,
    client_id: str,
    progress: ProgressCallback,
    blobs_root: Path | None = None,
) -> PushReport:
    """Push until nothing waits. Each round answers every entry it sends (applied, or a problem), so only
    increments split off a refused transaction come back, once: the rounds end."""
    report = PushReport()
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
        counts, refused = await asyncio.to_thread(apply_results, db, batch, answer)
        for k, v in counts.items():
            report.counts[k] += v
        report.refused += refused
        done += len(batch)
        progress(ProgressEvent("push", done, None, f"{done} changes sent"))
    return report
