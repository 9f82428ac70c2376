"""Applying pulled server changes to the replica, in one local transaction per call.

Rules (docs/sync-protocol.md, "Replica side"):
- within one call, the last change of a row wins (the caller passes whole server transactions);
- an upsert never replaces a row with an older ``sync_version``;
- a row with pending local mutations is rebased: the server's row is the new base and the pending
  changes are merged on top by the same rules the server uses (``protocol.merge``); a row the user
  deleted locally stays deleted until the delete is pushed;
- a pending local insert whose natural key (e.g. one enrolment per user and course) matches an
  incoming row with another id is re-keyed to the server's id first; the local row of an insert the
  server refused gives way to the incoming row (the user's version stays in the Sync panel);
- foreign keys are checked once, at the end: a local-only row left pointing at a deleted parent is
  removed from the replica (its content stays in the outbox, and the push will show the rejection);
  any other violation means the server sent an inconsistent page, which is refused whole;
- blobs that deleted or changed rows no longer refer to are noted for the end of the sync
  (``blob_release``), which removes those nothing else refers to.
"""

from __future__ import annotations

import operator
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bootcamp_core.models import OutboxEntry
from bootcamp_core.protocol.codec import CodecError, decode_row, encode_value
from bootcamp_core.protocol.merge import merge_values
from bootcamp_core.protocol.tables import registry, spec

from . import blob_release
from .changes import Change
from .errors import CorruptPageError
from .positions import make_room

CHUNK = 500


@dataclass
class ApplyStats:
    upserts: int = 0
    deletes: int = 0
    skipped_stale: int = 0
    rebased: int = 0
    rekeyed: int = 0
    dropped_local: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)


def _chunks(items: list[Any], size: int = CHUNK) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def pending_entries(session: Session, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[OutboxEntry]]:
    out: dict[uuid.UUID, list[OutboxEntry]] = defaultdict(list)
    waiting = sa.select(OutboxEntry.id).where(
        OutboxEntry.table_name == table, OutboxEntry.state.in_(("pending", "sent"))
    )
    if len(ids) > CHUNK and session.execute(waiting.limit(1)).first() is None:
        return out  # nothing of this table waits to be pushed: spare the queries by id (a first sync)
    for chunk in _chunks(ids):
        for entry in session.scalars(
            sa.select(OutboxEntry)
            .where(
                OutboxEntry.table_name == table,
                OutboxEntry.row_id.in_(chunk),
                OutboxEntry.state.in_(("pending", "sent")),
            )
            .order_by(OutboxEntry.id)
        ):
            out[entry.row_id].append(entry)
    return out


def rebase(table: str, server_row: dict[str, Any], entries: list[OutboxEntry]) -> dict[str, Any] | None:
    """The server's row with pending local mutations merged on top; None when the user deleted it."""
    values = dict(server_row)
    for entry in entries:
        if entry.op == "delete":
            return None
        try:
            changes = decode_row(table, entry.payload.get("set", {}), partial=True)
            base = (
                decode_row(table, entry.payload["base"], partial=True) if entry.payload.get("base") else None
            )
        except CodecError:
            continue  # a local change the codec no longer accepts: the push will report it
        values = merge_values(
            table, values, changes, entry.payload.get("inc", {}), insert=entry.op == "insert", base=base
        )
    values["sync_version"] = server_row["sync_version"]
    return values


def rekey(session: Session, table: str, old_id: uuid.UUID, new_id: uuid.UUID) -> None:
    """Give a local row the id the server knows it by, with everything that refers to it."""
    t = spec(table).table
    session.execute(sa.update(t).where(t.c.id == old_id).values(id=new_id))
    old_wire, new_wire = str(old_id), str(new_id)
    for other in registry().values():
        for column, parent in other.foreign_keys.items():
            if parent == table:
                session.execute(
                    sa.update(other.table).where(other.table.c[column] == old_id).values({column: new_id})
                )
    session.execute(
        sa.update(OutboxEntry)
        .where(OutboxEntry.table_name == table, OutboxEntry.row_id == old_id)
        .values(row_id=new_id)
    )
    for entry in session.scalars(
        sa.select(OutboxEntry).where(OutboxEntry.state.in_(("pending", "sent", "rejected", "conflict")))
    ):
        payload_set = entry.payload.get("set", {})
        if old_wire in payload_set.values():
            entry.payload = {
                **entry.payload,
                "set": {k: (new_wire if v == old_wire else v) for k, v in payload_set.items()},
            }


def _natural_key_rekeys(session: Session, table: str, rows: list[dict[str, Any]], stats: ApplyStats) -> None:
    ts = spec(table)
    if not ts.natural_keys:
        return
    inserts = dict(
        session.execute(
            sa.select(OutboxEntry.row_id, OutboxEntry.state).where(
                OutboxEntry.table_name == table, OutboxEntry.op == "insert"
            )
        ).all()
    )
    if not inserts:
        return
    t = ts.table
    for key in ts.natural_keys:
        for row in rows:
            if any(row.get(c) is None for c in key):
                continue
            clash = session.scalar(
                sa.select(t.c.id).where(*(t.c[c] == row[c] for c in key), t.c.id != row["id"])
            )
            if clash is None or clash not in inserts:
                continue
            if inserts[clash] in ("pending", "sent"):
                rekey(session, table, clash, row["id"])
                stats.rekeyed += 1
            else:
                # The local row of an insert the server refused (its version waits in the Sync panel):
                # the server's row takes its place, or the replica could never apply it.
                session.execute(sa.delete(t).where(t.c.id == clash))
                stats.dropped_local.append((table, clash))


@cache
def upsert_plan(
    table: str, dialect: sa.Dialect
) -> tuple[str, tuple[tuple[str, Callable[[Any], Any] | None], ...]]:
    """The upsert statement of ``table`` compiled once, with each parameter's column and bind processor."""
    t = spec(table).table
    columns = [c.name for c in t.columns]
    stmt = sqlite_insert(t)
    stmt = stmt.on_conflict_do_update(
        index_elements=[t.c.id],
        set_={c: stmt.excluded[c] for c in columns if c != "id"},
        where=t.c.sync_version <= stmt.excluded.sync_version,
    )
    compiled = stmt.compile(dialect=dialect, column_keys=columns)
    order = compiled.positiontup or []
    if sorted(order) != sorted(columns):  # pragma: no cover - a statement this code does not expect
        raise RuntimeError(f"unexpected parameters in the upsert of {table}: {order}")
    return str(compiled), tuple(
        (name, t.c[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in order
    )


def _upsert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert or update ``rows`` (a row with a newer local ``sync_version`` stays): one ``executemany``
    straight to the driver, values converted by the same bind processors SQLAlchemy would use."""
    if not rows:
        return
    conn = session.connection()
    sql, params = upsert_plan(table, conn.dialect)
    take = operator.itemgetter(*(name for name, _ in params))
    converts = [(i, convert) for i, (_name, convert) in enumerate(params) if convert is not None]
    values = []
    for row in rows:
        try:
            value = list(take(row))
        except KeyError:  # a row without some columns: they are null
            value = [row.get(name) for name, _ in params]
        for i, convert in converts:
            value[i] = convert(value[i])
        values.append(tuple(value))
    try:
        conn.exec_driver_sql(sql, values)
    except sa.exc.IntegrityError as exc:  # a NOT NULL, CHECK or UNIQUE rule of the schema: refused whole
        raise CorruptPageError(f"the server sent {table} rows that break the schema: {exc.orig}") from None


def _check_foreign_keys(
    session: Session, tables: set[str], local_only: set[tuple[str, uuid.UUID]], stats: ApplyStats
) -> None:
    conn = session.connection()
    for _ in range(5):  # removing a local-only row can orphan its own local-only children
        violations = []
        for table in sorted(tables):
            violations += conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').all()
        if not violations:
            return
        for child_table, rowid, parent, _fk in violations:
            t = spec(child_table).table
            row_id = session.scalar(sa.select(t.c.id).where(sa.literal_column("rowid") == rowid))
            if (child_table, row_id) not in local_only:
                raise CorruptPageError(
                    f"the server sent {child_table} {row_id} without the {parent} row it refers to"
                )
            session.execute(sa.delete(t).where(t.c.id == row_id))
            stats.dropped_local.append((child_table, row_id))
    raise CorruptPageError("foreign keys still broken after removing local-only rows")


def _references(table: str) -> list[tuple[sa.Column[Any], sa.Table, sa.Column[Any]]]:
    """(column, parent table, parent column) of each foreign key of ``table``."""
    return [(fk.parent, fk.column.table, fk.column) for fk in spec(table).table.foreign_keys]  # type: ignore[misc]


def _broken(
    session: Session, upserted: dict[str, list[uuid.UUID]], deleted: dict[str, list[uuid.UUID]]
) -> list[tuple[str, uuid.UUID, str]]:
    """The broken references among these rows only, as (child table, child id, parent table): the written rows'
    own references, and the rows still referring to a deleted one. O(changes), where ``PRAGMA
    foreign_key_check`` reads whole tables (an instructor's 150,000 progress rows for one changed row)."""
    out: list[tuple[str, uuid.UUID, str]] = []
    for table, ids in upserted.items():
        t = spec(table).table
        for column, parent, target in _references(table):
            p = parent.alias("p")
            for chunk in _chunks(ids):
                found = session.scalars(
                    sa.select(t.c.id)
                    .select_from(t.outerjoin(p, p.c[target.name] == t.c[column.name]))
                    .where(t.c.id.in_(chunk), t.c[column.name].is_not(None), p.c[target.name].is_(None))
                )
                out += [(table, rid, parent.name) for rid in found]
    for parent_name, ids in deleted.items():
        for child in registry():
            t = spec(child).table
            for column, parent, _target in _references(child):
                if parent.name != parent_name:
                    continue
                for chunk in _chunks(ids):
                    out += [
                        (child, rid, parent_name)
                        for rid in session.scalars(sa.select(t.c.id).where(t.c[column.name].in_(chunk)))
                    ]
    return out


def _check_changed_references(
    session: Session,
    upserted: dict[str, list[uuid.UUID]],
    deleted: dict[str, list[uuid.UUID]],
    stats: ApplyStats,
) -> None:
    """``check_references`` for the rows a page wrote or deleted: a local-only row left pointing at a deleted
    parent is removed (and what referred to it checked in turn); any other broken reference is the server's."""
    local_only: set[tuple[str, uuid.UUID]] | None = None
    for _ in range(5):  # removing a local-only row can orphan its own local-only children
        violations = _broken(session, upserted, deleted)
        if not violations:
            return
        if local_only is None:
            local_only = {
                (tname, rid)
                for tname, rid in session.execute(
                    sa.select(OutboxEntry.table_name, OutboxEntry.row_id).where(
                        OutboxEntry.op == "insert",
                        OutboxEntry.state.in_(("pending", "sent", "rejected", "conflict")),
                    )
                )
            }
        upserted, deleted = {}, {}
        for child_table, row_id, parent in violations:
            if (child_table, row_id) not in local_only:
                raise CorruptPageError(
                    f"the server sent {child_table} {row_id} without the {parent} row it refers to"
                )
            t = spec(child_table).table
            session.execute(sa.delete(t).where(t.c.id == row_id))
            stats.dropped_local.append((child_table, row_id))
            deleted.setdefault(child_table, []).append(row_id)
    raise CorruptPageError("foreign keys still broken after removing local-only rows")


def apply_changes(session: Session, changes: list[Change], *, check_foreign_keys: bool = True) -> ApplyStats:
    """Apply ``changes`` (whole server transactions) inside the caller's transaction.

    ``check_foreign_keys=False``: in a transaction that does not enforce them (``Database.write``), leave
    references to ``check_references`` (a first sync, see ``bootstrap``)."""
    stats = ApplyStats()
    if not changes:
        return stats
    session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    final: dict[tuple[str, uuid.UUID], Change] = {}
    for change in changes:
        final.pop((change.table, change.row_id), None)
        final[(change.table, change.row_id)] = change
    by_table: dict[str, list[Change]] = defaultdict(list)
    for change in final.values():
        by_table[change.table].append(change)
    order = list(registry())
    touched: set[str] = set()
    released = blob_release.held_refs(session, by_table)

    # Deletes, children first.
    for table in reversed(order):
        ids = [c.row_id for c in by_table.get(table, []) if c.op == "delete"]
        if not ids:
            continue
        t = spec(table).table
        for chunk in _chunks(ids):
            stats.deletes += session.execute(sa.delete(t).where(t.c.id.in_(chunk))).rowcount or 0
        session.execute(
            sa.delete(OutboxEntry).where(
                OutboxEntry.table_name == table,
                OutboxEntry.row_id.in_(ids),
                OutboxEntry.op == "delete",
                OutboxEntry.state == "pending",
            )
        )
        touched.add(table)
        touched.update(name for name, ts in registry().items() if table in ts.foreign_keys.values())

    # Upserts, parents first.
    for table in order:
        upserts = [c for c in by_table.get(table, []) if c.op == "upsert"]
        if not upserts:
            continue
        t = spec(table).table
        _natural_key_rekeys(session, table, [c.row or {} for c in upserts], stats)
        ids = [c.row_id for c in upserts]
        local_versions: dict[uuid.UUID, int] = {}
        empty = len(ids) > CHUNK and session.execute(sa.select(t.c.id).limit(1)).first() is None
        for chunk in [] if empty else _chunks(ids):  # an empty table (a first sync) has no versions to keep
            local_versions.update(
                {
                    rid: v
                    for rid, v in session.execute(
                        sa.select(t.c.id, t.c.sync_version).where(t.c.id.in_(chunk))
                    )
                }
            )
        pending = pending_entries(session, table, ids)
        rows: list[dict[str, Any]] = []
        for change in upserts:
            row = dict(change.row or {})
            if row.get("sync_seq") is None:  # a snapshot or a push answer carries the row's own
                row["sync_seq"] = change.seq
            if local_versions.get(change.row_id, -1) > row["sync_version"]:
                stats.skipped_stale += 1
                continue
            if change.row_id in pending:
                rebased = rebase(table, row, pending[change.row_id])
                stats.rebased += 1
                if rebased is None:
                    continue
                row = rebased
            rows.append(row)
        make_room(session, table, rows)  # a pulled lesson in the place of one added here: both stay
        _upsert(session, table, rows)
        stats.upserts += len(rows)
        touched.add(table)
    stats.tables = touched
    if touched and check_foreign_keys:
        if stats.rekeyed:  # a local row took the server's id: its children moved with it, check whole tables
            check_references(session, touched, stats)
        else:
            upserted = {t: [c.row_id for c in cs if c.op == "upsert"] for t, cs in by_table.items()}
            deleted = {t: [c.row_id for c in cs if c.op == "delete"] for t, cs in by_table.items()}
            _check_changed_references(
                session,
                {t: i for t, i in upserted.items() if i},
                {t: i for t, i in deleted.items() if i},
                stats,
            )
    blob_release.note(session, released)
    return stats


def check_references(session: Session, tables: set[str], stats: ApplyStats) -> None:
    """Foreign keys of ``tables``: a local-only row left pointing at a deleted parent is removed (its
    content stays in the outbox); any other broken reference is the server's (``CorruptPageError``)."""
    pending_local = session.execute(
        sa.select(OutboxEntry.table_name, OutboxEntry.row_id).where(
            OutboxEntry.op == "insert", OutboxEntry.state.in_(("pending", "sent", "rejected", "conflict"))
        )
    ).all()
    local_only = {(tname, rid) for tname, rid in pending_local}
    _check_foreign_keys(session, tables, local_only, stats)


def wire_value(table: str, column: str, value: Any) -> Any:
    return encode_value(spec(table).columns[column], value)
