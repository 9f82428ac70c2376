"""The outbox: every local write to a synced table, recorded in the same transaction as the write.

Services write through ``local_write(db)``: an ORM session whose flushes are watched. Before each
flush, every new, changed or deleted synced object becomes an outbox entry (insert with all its
values; update with the changed fields only; delete), so a crash can never keep the change without
its entry or the entry without the change. Every entry carries the id of its local transaction
(``txn_id``, one per ``local_write``): a push sends a transaction whole and the server applies it all or
nothing (a grade is its submission row and its feedback row together).

Counters change through ``increment(session, obj, column, delta)`` and travel as increments, never as
values, so they merge as sums. A new row's counters travel as increments too: the insert carries the
column's default and ``inc`` the rest, whether the increments came before or after the row had an id,
so two devices creating the row of one natural key both count. Derived counters (``tables.DERIVED``: a
thread's ``reply_count``) are shown locally at once and never sent: the server keeps them.

Pending entries of the same row are coalesced (an autosaved draft is one entry, not hundreds); an
entry already handed to the server is never changed, it is followed by a new one. A transaction that
rewrites every row of an earlier, unsent one takes it in and coalesces with it; one that overlaps it only
in part gets entries of its own (``transactions`` explains why neither splits or reorders one). An
insert deleted before it was ever pushed disappears
with its delete, and so do the never-pushed inserts of the rows the delete takes with it (``ON DELETE
CASCADE``: a reply posted in a thread its author then deletes offline has nothing to tell the server; a
row removed by a pulled deletion keeps its entry, whose rejection is shown). Columns with a merge rule
(lesson progress only moves forward, ...) follow it locally too, so coalescing never replaces a forward
move by a backward one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, attributes

from bootcamp_core.models import OutboxEntry, SyncedMixin, uuid7
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.codec import encode_value
from bootcamp_core.protocol.merge import DOCUMENTS, RULES
from bootcamp_core.protocol.tables import model_attr, registry, spec

from .transactions import MERGED, TXN, absorb_dependencies, fold, merge_overlaps, transaction_of

OUTBOX_FLAG = "bootcamp_outbox"
INCREMENTS = "bootcamp_increments"
SYNC_COLUMNS = frozenset({"sync_version", "sync_seq"})


@contextmanager
def local_write(db: Database) -> Iterator[Session]:
    """One local write transaction whose changes to synced tables are recorded in the outbox."""
    with db.write() as session:
        session.info[OUTBOX_FLAG] = True
        session.info[TXN] = uuid7()
        yield session


def increment(session: Session, obj: SyncedMixin, column: str, delta: int = 1) -> None:
    """Add ``delta`` to a counter column of ``obj``, locally now and as an increment on the server."""
    table = obj.__table__.name  # type: ignore[attr-defined]
    if column not in spec(table).counters:
        raise ValueError(f"{table}.{column} is not a counter")
    attr = model_attr(table)[column]
    setattr(obj, attr, (getattr(obj, attr) or 0) + delta)
    if column in spec(table).derived:
        return  # shown here at once; the server keeps the count (``tables.DERIVED``)
    if obj.id is None:  # type: ignore[attr-defined]
        obj.id = uuid7()  # type: ignore[attr-defined]  # a new row: the id the flush will find it by
    key = (table, obj.id)  # type: ignore[attr-defined]
    incs = session.info.setdefault(INCREMENTS, {}).setdefault(key, {})
    incs[column] = incs.get(column, 0) + delta


def _fill_python_defaults(obj: Any, table: str) -> None:
    """Apply column defaults now (SQLAlchemy would at flush, after the outbox has looked)."""
    state = sa.inspect(obj)
    attrs = model_attr(table)
    for col in spec(table).table.columns:
        attr = attrs[col.name]
        if col.default is None or attr in state.dict:
            continue
        default = col.default
        if default.is_callable:
            setattr(obj, attr, default.arg(None))  # type: ignore[union-attr, operator]
        elif default.is_scalar:
            setattr(obj, attr, default.arg)  # type: ignore[union-attr]


def _column_values(obj: Any, table: str, only: set[str] | None = None) -> dict[str, Any]:
    ts = spec(table)
    attrs = model_attr(table)
    out = {}
    for name, col in ts.columns.items():
        if (
            name in SYNC_COLUMNS
            or name == "id"
            or name in ts.derived
            or (only is not None and name not in only)
        ):
            continue
        out[name] = encode_value(col, getattr(obj, attrs[name]))
    return out


def _document_bases(obj: Any, table: str, changed: set[str]) -> dict[str, Any]:
    """The changed document columns (``merge.DOCUMENTS``) as this write found them: the server merges the
    document key by key against them (a text typed here and a photo attached elsewhere both stay)."""
    ts, attrs, out = spec(table), model_attr(table), {}
    for name in DOCUMENTS.get(table, {}).keys() & changed:
        history = attributes.get_history(obj, attrs[name])
        if history.deleted:
            out[name] = encode_value(ts.columns[name], history.deleted[0])
    return out


def _counter_start(table: str, column: str) -> int:
    """What a new row's counter starts at on the server before any increment: the column's default."""
    default = spec(table).table.c[column].default
    if default is not None and default.is_scalar and isinstance(default.arg, int):  # type: ignore[union-attr]
        return int(default.arg)  # type: ignore[union-attr]
    return 0


def _insert_values(obj: Any, table: str) -> tuple[dict[str, Any], dict[str, int]]:
    """An insert's values and increments: each counter at its default, everything above it in ``inc``, so a
    merge of two new rows of one natural key adds both rows' counts (docs/sync-protocol.md, "Push")."""
    values = _column_values(obj, table)
    inc: dict[str, int] = {}
    for name in spec(table).counters - spec(table).derived:
        value = values.get(name)
        if not isinstance(value, int):
            continue
        start = _counter_start(table, name)
        if value != start:
            inc[name] = value - start
            values[name] = start
    return values, inc


def _changed_columns(obj: Any, table: str) -> set[str]:
    state = sa.inspect(obj)
    changed = set()
    ts = spec(table)
    for name, attr in model_attr(table).items():
        if name in SYNC_COLUMNS or name not in ts.columns or name in ts.derived:
            continue
        if attributes.get_history(obj, attr).has_changes() or state.attrs[attr].history.has_changes():
            changed.add(name)
    return changed


def _keep_merge_rules(obj: Any, table: str) -> None:
    """A local update follows the column merge rules the server applies (``protocol.merge.RULES``):
    lesson progress does not go back here either, a best score stays the maximum, a completion date the
    earliest. Otherwise the replica would show a value the server will never have, and a later local
    write coalesced into a pending entry would replace a forward move the server never saw."""
    rules = RULES.get(table)
    if not rules:
        return
    attrs = model_attr(table)
    for name, rule in rules.items():
        attr = attrs[name]
        history = attributes.get_history(obj, attr)
        if not history.added or not history.deleted:
            continue  # unchanged, or the previous value was never loaded
        old, new = history.deleted[0], history.added[0]
        merged = rule(old, new)
        if merged != new:
            setattr(obj, attr, merged)


def _pending_entry(session: Session, table: str, row_id: uuid.UUID) -> OutboxEntry | None:
    return session.scalars(
        sa.select(OutboxEntry)
        .where(OutboxEntry.table_name == table, OutboxEntry.row_id == row_id, OutboxEntry.state == "pending")
        .order_by(OutboxEntry.id.desc())
        .limit(1)
    ).first()


def _record(
    session: Session,
    table: str,
    row_id: uuid.UUID,
    op: str,
    base_version: int,
    set_values: dict[str, Any],
    inc: dict[str, int],
    base: dict[str, Any] | None = None,
) -> None:
    txn = transaction_of(session)
    pending = _pending_entry(session, table, row_id)
    if (
        pending is not None
        and pending.op != "delete"
        and (pending.txn_id == txn or (op == "delete" and pending.op == "insert"))
    ):
        fold(
            session, pending, op, set_values, inc, base
        )  # an insert deleted unsent has nothing to tell the server
        return
    payload: dict[str, Any] = {"set": set_values, "inc": inc}
    if base:
        payload["base"] = base
    session.add(
        OutboxEntry(
            mutation_id=uuid7(),
            txn_id=txn,
            table_name=table,
            row_id=row_id,
            op=op,
            payload=payload,
            base_version=base_version,
            state="pending",
        )
    )


@cache
def _cascading_children(table: str) -> tuple[tuple[str, str], ...]:
    """(child table, column) of the synced tables whose rows go when a row of ``table`` is deleted."""
    return tuple(
        (child, fk.parent.name)
        for child, s in registry().items()
        for fk in s.table.foreign_keys
        if fk.ondelete == "CASCADE" and fk.column.table.name == table
    )


def _drop_cascaded_inserts(session: Session, deleted: dict[str, set[uuid.UUID]]) -> None:
    """Forget the pending inserts of the rows these deletions take with them (see the module's docstring)."""
    inserts = {
        (e.table_name, e.row_id): e
        for e in session.scalars(
            sa.select(OutboxEntry).where(OutboxEntry.state == "pending", OutboxEntry.op == "insert")
        )
    }
    frontier = deleted
    while frontier and inserts:
        found: dict[str, set[uuid.UUID]] = {}
        for parent, ids in frontier.items():
            ordered = sorted(ids)
            for child, column in _cascading_children(parent):
                t = registry()[child].table
                for start in range(0, len(ordered), 500):
                    found.setdefault(child, set()).update(
                        session.scalars(
                            sa.select(t.c.id).where(t.c[column].in_(ordered[start : start + 500]))
                        )
                    )
        frontier = {t: ids for t, ids in found.items() if ids}
        for table, ids in frontier.items():
            for row_id in ids:
                entry = inserts.pop((table, row_id), None)
                if entry is not None:
                    session.delete(entry)


@event.listens_for(Session, "before_flush")
def _capture(session: Session, _flush_context: Any, _instances: Any) -> None:
    if not session.info.get(OUTBOX_FLAG):
        return
    increments: dict[tuple[str, uuid.UUID], dict[str, int]] = session.info.pop(INCREMENTS, {})
    for obj in list(session.new):
        if isinstance(obj, SyncedMixin):
            table = obj.__table__.name  # type: ignore[attr-defined]
            if obj.id is None:  # type: ignore[attr-defined]
                obj.id = uuid7()  # type: ignore[attr-defined]
            _fill_python_defaults(obj, table)
            increments.pop((table, obj.id), None)  # type: ignore[attr-defined]  # in the values already
            values, inc = _insert_values(obj, table)
            _record(session, table, obj.id, "insert", 0, values, inc)  # type: ignore[attr-defined]
    for obj in list(session.dirty):
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            table = obj.__table__.name  # type: ignore[attr-defined]
            _keep_merge_rules(obj, table)
            inc = increments.pop((table, obj.id), {})  # type: ignore[attr-defined]
            changed = _changed_columns(obj, table) - set(inc)
            if not changed and not inc:
                continue
            _record(
                session,
                table,
                obj.id,
                "update",
                obj.sync_version or 0,  # type: ignore[attr-defined]
                _column_values(obj, table, changed),
                inc,
                _document_bases(obj, table, changed),
            )
    deleted: dict[str, set[uuid.UUID]] = {}
    for obj in list(session.deleted):
        if isinstance(obj, SyncedMixin):
            table = obj.__table__.name  # type: ignore[attr-defined]
            _record(session, table, obj.id, "delete", obj.sync_version or 0, {}, {})  # type: ignore[attr-defined]
            deleted.setdefault(table, set()).add(obj.id)  # type: ignore[attr-defined]
    if deleted:
        with session.no_autoflush:
            _drop_cascaded_inserts(session, deleted)
    with session.no_autoflush:
        merge_overlaps(session, transaction_of(session))
        if session.info.get(MERGED):
            absorb_dependencies(session, transaction_of(session))


def pending_count(session: Session) -> int:
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.state.in_(("pending", "sent")))
        )
        or 0
    )


def problem_count(session: Session) -> int:
    """Changes waiting for the user's decision: one per local transaction (a grade is one problem)."""
    return (
        session.scalar(
            sa.select(sa.func.count(sa.distinct(OutboxEntry.txn_id))).where(
                OutboxEntry.state.in_(("rejected", "conflict"))
            )
        )
        or 0
    )
