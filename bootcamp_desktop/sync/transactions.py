"""Local transactions in the outbox: which entries travel, and are applied, as one unit.

Every ``local_write`` gets a transaction id (uuid7); each outbox entry it creates carries it. A push sends
transactions whole, in the order of their *position*, the id of their first entry, and the server
applies each all or nothing (``push.py``, docs/sync-protocol.md "Push").

Coalescing (an autosaved draft is one entry, not hundreds) meets transactions when a write of
transaction B touches a row whose pending entry belongs to an earlier transaction A. Folding B's change
into A's entry alone would split B (part of it would travel with A) or, if the entry moved to B, split A.
So B *absorbs* A: every pending entry of A takes B's id. Entries keep their ids, so the merged
transaction's position is A's, earlier than B's.

Why that keeps every guarantee:
- atomicity: A and B were each to be applied whole; A ∪ B applied whole applies each whole (the server
  skips the state "A without B", which is allowed: a coarser grain, never a split one);
- order: what makes one pending transaction need another first is a reference to a row that the other
  inserts, or an insert whose natural key the other frees by a delete (an update or delete of a row
  pending elsewhere coalesces, and so absorbs). Before a merge, every transaction depends only on
  transactions at earlier positions. After B absorbs A at A's position, B's part may depend on a
  transaction C positioned between A and B; ``absorb_dependencies`` then absorbs C too, and repeats with
  C's, until the merged transaction depends on nothing pending after it (for deletes it goes by table:
  a delete carries no values to compare keys with, and deletes are few). Transactions positioned after
  the merged one may depend on it: they still come after it. So every dependency points backwards again;
- entries already sent are never absorbed or changed (they may be applied already); the push resends
  sent transactions before any pending one, so a pending transaction that refers to a sent insert still
  comes after it.
The price is coarser transactions when a user returns to a row they changed earlier, offline, with other
work between: that work then travels with it. Merges are rare (a draft autosaves into itself), and a
refused merged transaction shows as one problem, whose increments are still counted (``push.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_desktop.models import OutboxEntry, uuid7

from .protocol.tables import spec

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
        group = list(session.scalars(sa.select(OutboxEntry).where(OutboxEntry.txn_id == txn, pending)))
        group += [o for o in session.new if isinstance(o, OutboxEntry) and o.txn_id == txn and o not in group]
        positions = [e.id for e in group if e.id is not None]
        refs = _references(group)
        keyed = sorted({e.table_name for e in group if e.op == "insert" and spec(e.table_name).natural_keys})
        if not positions or not (refs or keyed):
            return
        start = min(positions)
        needed = set(session.scalars(sa.select(OutboxEntry.txn_id).where(
            pending, OutboxEntry.txn_id != txn,
            sa.or_(sa.and_(OutboxEntry.op == "insert", OutboxEntry.row_id.in_(sorted(refs))),
                   sa.and_(OutboxEntry.op == "delete", OutboxEntry.table_name.in_(keyed))))))
        if not needed:
            return
        later = [
            other for other, first in session.execute(
                sa.select(OutboxEntry.txn_id, sa.func.min(OutboxEntry.id))
                .where(pending, OutboxEntry.txn_id.in_(sorted(needed)))
                .group_by(OutboxEntry.txn_id))
            if first > start
        ]
        if not later:
            return
        for other in later:
            absorb(session, other, txn)
