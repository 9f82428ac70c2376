"""Local transactions in the outbox: which entries travel, and are applied, as one unit.

Every ``local_write`` gets a transaction id (uuid7); each outbox entry it creates carries it. A push sends
transactions whole, in the order of their *position*, the id of their first entry, and the server
applies each all or nothing (``push.py``, docs/sync-protocol.md "Push").

Coalescing (an autosaved draft is one entry, not hundreds) meets transactions when a write of
transaction B touches a row whose pending entry belongs to an earlier, unsent transaction A. Folding B's
change into A's entry alone would split B (part of it would travel with A); moving A's entry to B would
split A. So (``merge_overlaps``, after every flush of B):
- when B has written every row A wrote (a draft saved again, a grade edited again, a thread viewed
  again), B *absorbs* A: every pending entry of A takes B's id, and B's change of each shared row folds
  into A's entry. Entries keep their ids, so the merged transaction sits at A's position;
- otherwise B keeps entries of its own for the shared rows, after A's: the row's changes reach the server
  in the order they were made, each transaction whole. A row then has an entry per such transaction;
  they are few, since only a transaction covering an older one's rows merges, and then coalesces.
(A delete of a row whose insert never left, in any transaction, simply drops the insert: nothing to say.)

Why that keeps every guarantee:
- atomicity: A and B were each to be applied whole; A ∪ B applied whole applies each whole (the server
  skips the state "A without B", which is allowed: a coarser grain, never a split one). A merge never
  glues in rows B did not write itself, so a refusal of one of them cannot take unrelated work with it
  (except the dependencies below, which must travel first anyway);
- order: what makes one pending transaction need another first is a reference to a row that the other
  inserts, or an insert whose natural key the other frees by a delete. Before a merge, every
  transaction depends only on transactions at earlier positions. After B absorbs A at A's position,
  B's part may depend on a transaction C positioned between A and B; ``absorb_dependencies`` then
  absorbs C too, and repeats with C's, until the merged transaction depends on nothing pending after it
  (for deletes it goes by table: a delete carries no values to compare keys with, and deletes are few).
  Transactions positioned after the merged one may depend on it: they still come after it. So every
  dependency points backwards again;
- entries already sent are never absorbed or changed (they may be applied already); the push resends
  sent transactions before any pending one, so a pending transaction that refers to a sent insert still
  comes after it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import OutboxEntry, uuid7
from bootcamp_core.protocol.tables import spec

TXN = "bootcamp_txn"
MERGED = "bootcamp_txn_merged"


def transaction_of(session: Session) -> uuid.UUID:
    """The id of the session's local transaction (made on first use)."""
    txn = session.info.get(TXN)
    if txn is None:
        txn = session.info[TXN] = uuid7()
    return txn


def absorb(session: Session, other: uuid.UUID, into: uuid.UUID) -> None:
    """Every pending entry of transaction ``other`` joins transaction ``into``."""
    if other == into:
        return
    session.execute(
        sa.update(OutboxEntry)
        .where(OutboxEntry.txn_id == other, OutboxEntry.state == "pending")
        .values(txn_id=into)
        .execution_options(synchronize_session="fetch")
    )
    session.info[MERGED] = True


def fold(
    session: Session,
    older: OutboxEntry,
    op: str,
    set_values: dict[str, Any],
    inc: dict[str, int],
    base: dict[str, Any] | None = None,
) -> None:
    """Coalesce a later change of the same row into its pending entry ``older``. A document's ``base`` stays
    the one the first of the coalesced changes found (an insert has none)."""
    if op == "delete":
        if older.op == "insert":
            session.delete(older)  # never reached the server: nothing to tell it
            return
        older.op, older.payload = "delete", {"set": {}, "inc": {}}
        return
    payload = {"set": dict(older.payload.get("set", {})), "inc": dict(older.payload.get("inc", {}))}
    bases = dict(older.payload.get("base") or {})
    if older.op != "insert":
        bases.update({k: v for k, v in (base or {}).items() if k not in payload["set"]})
    payload["set"].update(set_values)
    for name, delta in inc.items():
        payload["inc"][name] = payload["inc"].get(name, 0) + delta
    if bases:
        payload["base"] = bases
    older.payload = payload


def _group(session: Session, txn: uuid.UUID) -> list[OutboxEntry]:
    """The pending entries of ``txn``, flushed or not, and not those already folded away in this flush
    (deleted but still in the table until it ends: taking one of them for the row's entry left the row's
    real entry unfolded, and an older order was sent after a newer one)."""
    group = [
        e
        for e in session.scalars(
            sa.select(OutboxEntry).where(OutboxEntry.txn_id == txn, OutboxEntry.state == "pending")
        )
        if e not in session.deleted
    ]
    return group + [
        o for o in session.new if isinstance(o, OutboxEntry) and o.txn_id == txn and o not in group
    ]


def merge_overlaps(session: Session, txn: uuid.UUID) -> None:
    """Absorb every earlier pending transaction whose rows ``txn`` has all written, folding ``txn``'s change
    of each into the earlier entry (the module's docstring). Only into the row's latest entry waiting to
    be sent: folding into an older one would put this change before another that came earlier."""
    while True:
        mine = {(e.table_name, e.row_id): e for e in _group(session, txn)}
        if not mine:
            return
        waiting = [
            e
            for e in session.scalars(
                sa.select(OutboxEntry)
                .where(
                    OutboxEntry.state.in_(("pending", "sent")),
                    OutboxEntry.txn_id != txn,
                    OutboxEntry.row_id.in_(sorted({row for _table, row in mine})),
                )
                .order_by(OutboxEntry.id)
            )
            if (e.table_name, e.row_id) in mine
        ]
        latest = {(e.table_name, e.row_id): e for e in waiting}  # ordered by id: the last one stays
        target = None
        for other in dict.fromkeys(e.txn_id for e in latest.values() if e.state == "pending"):
            rows = {
                (t, r)
                for t, r in session.execute(
                    sa.select(OutboxEntry.table_name, OutboxEntry.row_id).where(
                        OutboxEntry.txn_id == other, OutboxEntry.state == "pending"
                    )
                )
            }
            olders = [latest[row] for row in rows if row in latest and latest[row].txn_id == other]
            if rows <= set(mine) and len(olders) == len(rows) and all(e.op != "delete" for e in olders):
                target = (other, olders)
                break
        if target is None:
            return
        other, olders = target
        absorb(session, other, txn)
        for older in olders:
            newer = mine[(older.table_name, older.row_id)]
            fold(
                session,
                older,
                newer.op,
                newer.payload.get("set", {}),
                newer.payload.get("inc", {}),
                newer.payload.get("base"),
            )
            if newer in session.new:
                session.expunge(newer)
            else:
                session.delete(newer)


def _references(entries: Iterable[OutboxEntry]) -> set[uuid.UUID]:
    """The row ids the entries' values refer to through foreign keys."""
    out: set[uuid.UUID] = set()
    for entry in entries:
        fks = spec(entry.table_name).foreign_keys
        for column, value in (entry.payload or {}).get("set", {}).items():
            if column in fks and isinstance(value, str):
                try:
                    out.add(uuid.UUID(value))
                except ValueError:
                    continue
    return out


def absorb_dependencies(session: Session, txn: uuid.UUID) -> None:
    """After a merge: absorb every pending transaction positioned after ``txn`` that ``txn`` depends on (it
    inserts a row ``txn`` refers to, or deletes from a table with natural keys ``txn`` inserts into),
    until none is left (the closure in the module's docstring)."""
    pending = OutboxEntry.state == "pending"
    while True:
        group = _group(session, txn)
        positions = [e.id for e in group if e.id is not None]
        refs = _references(group)
        keyed = sorted({e.table_name for e in group if e.op == "insert" and spec(e.table_name).natural_keys})
        if not positions or not (refs or keyed):
            return
        start = min(positions)
        needed = set(
            session.scalars(
                sa.select(OutboxEntry.txn_id).where(
                    pending,
                    OutboxEntry.txn_id != txn,
                    sa.or_(
                        sa.and_(OutboxEntry.op == "insert", OutboxEntry.row_id.in_(sorted(refs))),
                        sa.and_(OutboxEntry.op == "delete", OutboxEntry.table_name.in_(keyed)),
                    ),
                )
            )
        )
        if not needed:
            return
        later = [
            other
            for other, first in session.execute(
                sa.select(OutboxEntry.txn_id, sa.func.min(OutboxEntry.id))
                .where(pending, OutboxEntry.txn_id.in_(sorted(needed)))
                .group_by(OutboxEntry.txn_id)
            )
            if first > start
        ]
        if not later:
            return
        for other in later:
            absorb(session, other, txn)
