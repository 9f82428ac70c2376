"""A push's writes made in sets (``PendingWrites``): one statement per table and shape, not one per mutation.

While a request applies its transactions without savepoints (``push._without_savepoint``, PostgreSQL),
``mutation.py`` hands its inserts and updates here instead of executing them. Each write's row as it will
be (the row held, ``rows.LockedRows``, with the written values, ``sync_version`` + 1 as the trigger sets
it; a new row with its column defaults, version 1) is kept at once, so the mutations behind it merge on
it as they would on the written row. ``flush`` then writes them:

- a row written again before the flush is written once, with every change to it in order (``update``),
  except in the tables audited change by change, where the writes go in waves: the first write of
  each row, then the second of each row written twice, and so on;
- within a wave, inserts table by table in the registry's order (parents first), then updates: one
  multi-row ``INSERT`` per table and column set (``RETURNING`` the rows, unless a new row is answered
  with its version alone: it is read again if the request needs it); one ``executemany`` of the
  ``UPDATE`` per table and column set (psycopg pipelines it), followed by one ``SELECT`` of the rows it
  wrote;
- the rows as written replace the predicted ones and complete each mutation's answer (its version, the
  merged row, the audit entry: ``on_written``).

What must see the database as the writes leave it reads it only after a flush: ``Relations`` calls
``before_lookup`` before each read, which flushes when the read may meet a row written here; a delete
flushes first, and so does a change
naming files (``blob_access``) and the end of the request. Any write the database refuses, or that does
not come back, raises; the caller then runs the request again transaction by transaction
(``push._Careful``), so the database decides as it did before.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.protocol import registry

from ..access.relations import LOOKED_UP
from ..audit import AUDITED_COLUMNS, AUDITED_TABLES
from .rows import LockedRows

KEY = "bootcamp.pending_writes"
Row = dict[str, Any]
OnWritten = Callable[[Row], None]
# Lookups of a whole table about the caller (``Relations.enrolled``, ``projects``, ``my_reviews``).
MEMBERSHIP = frozenset({"enrollments", "project_teams", "peer_reviews"})
# Tables whose changes may be audited one by one (``audit.py``): each write of a row stays its own.
KEEP_EACH_WRITE = AUDITED_TABLES | frozenset(AUDITED_COLUMNS)


@dataclass
class _Write:
    kind: str  # insert or update
    row_id: uuid.UUID
    values: Row
    callbacks: list[OnWritten]
    derived: bool = False  # only columns the server keeps, no client's answer waits for it


class NotWritten(Exception):
    """A deferred update did not come back from the database (row-level security kept it out)."""


class PendingWrites:
    def __init__(self, session: Session, held: LockedRows) -> None:
        self.session = session
        self.held = held
        # wave -> table -> writes
        self._waves: list[dict[str, list[_Write]]] = []
        self._count: dict[tuple[str, uuid.UUID], int] = defaultdict(int)
        self._looked_up_ids: set[uuid.UUID] = set()  # rows whose looked-up columns are written
        self._looked_up_tables: set[str] = set()
        self._inserted: dict[str, list[uuid.UUID]] = defaultdict(list)  # new rows, for natural keys
        self._keys_moved: set[str] = set()  # tables where an update changes a natural key's column
        self._last: dict[tuple[str, uuid.UUID], _Write] = {}  # each row's last write held back

    def __bool__(self) -> bool:
        return bool(self._waves)

    # -- recording -------------------------------------------------------------------------------------------
    def insert(self, table: str, values: Row, on_written: OnWritten) -> Row:
        """A new row; returns it as it will be (with the defaults a new row gets)."""
        spec = registry()[table]
        full = dict(values)
        for name in spec.columns:
            column = spec.table.c[name]
            if name in full or name in ("sync_version", "sync_seq") or column.default is None:
                continue
            default = column.default
            if default.is_scalar:
                full[name] = default.arg
            elif default.is_callable:
                full[name] = default.arg(None)
        row_id = full["id"]
        self._add(table, "insert", row_id, full, on_written)
        self._inserted[table].append(_uuid(row_id) or row_id)
        self._note(table, row_id, None)
        predicted = {name: full.get(name) for name in spec.columns}
        predicted.update(sync_version=1, sync_seq=None)
        self.held.put(table, predicted)
        return predicted

    def update(
        self, table: str, current: Row, changed: Row, on_written: OnWritten, *, derived: bool = False
    ) -> Row:
        """``changed`` written over ``current`` (a row held); returns the row as it will be.

        A row written again before the flush is written once: the change joins the row's last write held
        back, and every mutation that wrote it is answered with the version that one write gives it (the
        row moves by one version and one change-log entry for all of them, as when a replica's outbox
        coalesces entries). Not in the tables whose every change is audited with its before and after
        (``KEEP_EACH_WRITE``), unless it is ``derived``: a column the server keeps (a thread's reply
        count), with no answer of its own."""
        key = (table, _uuid(current["id"]) or current["id"])
        last = self._last.get(key)
        if last is not None and (derived or last.derived or table not in KEEP_EACH_WRITE):
            last.values.update(changed)
            version = current.get("sync_version")  # the row as that write leaves it
            if not derived:
                last.derived = False
                last.callbacks.append(_checked(version, on_written))
        else:
            version = (current.get("sync_version") or 0) + 1
            self._add(table, "update", current["id"], dict(changed), _checked(version, on_written), derived)
        if any(set(k) & set(changed) for k in registry()[table].natural_keys):
            self._keys_moved.add(table)
        self._note(table, current["id"], changed)
        predicted = {**current, **changed, "sync_version": version}
        self.held.put(table, predicted)
        return predicted

    def when_written(self, table: str, row_id: Any, on_written: OnWritten) -> bool:
        """Call ``on_written`` with the row once its write held back is made; False if none is."""
        last = self._last.get((table, _uuid(row_id) or row_id))
        if last is None:
            return False
        last.callbacks.append(on_written)
        return True

    def _add(
        self, table: str, kind: str, row_id: Any, values: Row, on_written: OnWritten, derived: bool = False
    ) -> None:
        key = (table, row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id)))
        wave = self._count[key]
        self._count[key] += 1
        while len(self._waves) <= wave:
            self._waves.append(defaultdict(list))
        write = _Write(kind, key[1], values, [on_written], derived)
        self._waves[wave][table].append(write)
        self._last[key] = write

    def _note(self, table: str, row_id: Any, changed: Row | None) -> None:
        looked_up = LOOKED_UP.get(table, frozenset())
        if changed is None or looked_up & set(changed):
            self._looked_up_ids.add(row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id)))
            if table in MEMBERSHIP:
                self._looked_up_tables.add(table)

    def by_natural_key(self, table: str, key: tuple[str, ...], values: Row) -> Row | None:
        """A row inserted here with these values of ``key``; before the database is asked for one (after a
        flush, if an update here moved a row's key)."""
        if table in self._keys_moved:
            self.flush()
            return None
        for row_id in self._inserted.get(table, ()):
            row = self.held.get(table, row_id)
            if row is not None and all(row.get(c) == values[c] for c in key):
                return row
        return None

    # -- reading through ---------------------------------------------------------------------------------------
    def before_lookup(self, table: str | None, ids: Iterable[Any]) -> None:
        """Flush first when a lookup may read a row written here (``Relations``)."""
        if not self._waves:
            return
        if table is not None and table in self._looked_up_tables:
            self.flush()
            return
        for i in ids:
            if i in self._looked_up_ids or (not isinstance(i, uuid.UUID) and _uuid(i) in self._looked_up_ids):
                self.flush()
                return

    # -- writing -------------------------------------------------------------------------------------------------
    def flush(self) -> None:
        waves, self._waves = self._waves, []
        self._count.clear()
        self._looked_up_ids.clear()
        self._looked_up_tables.clear()
        self._inserted.clear()
        self._keys_moved.clear()
        self._last.clear()
        order = list(registry())
        for wave in waves:
            tables = sorted(wave, key=order.index)
            for kind in ("insert", "update"):
                for table in tables:
                    groups: dict[tuple[str, ...], list[_Write]] = defaultdict(list)
                    for write in wave[table]:
                        if write.kind == kind:
                            groups[tuple(sorted(write.values))].append(write)
                    for columns, writes in groups.items():
                        (self._insert if kind == "insert" else self._update)(table, columns, writes)

    def _returning(self, table: str) -> list[Any]:
        t = registry()[table].table
        return [t.c[n] for n in registry()[table].columns]

    def _insert(self, table: str, columns: tuple[str, ...], writes: list[_Write]) -> None:
        t = registry()[table].table
        plain = [w for w in writes if len(w.callbacks) == 1] if table not in KEEP_EACH_WRITE else []
        if plain:
            # A new row answered alone: its answer is its version (1), so nothing needs reading back; the
            # row is read again if a later mutation of the request needs it.
            self.session.execute(sa.insert(t), [w.values for w in plain])
            for write in plain:
                self.held.drop(table, write.row_id)
                write.callbacks[0]({"id": write.row_id, "sync_version": 1})
            writes = [w for w in writes if len(w.callbacks) != 1]
            if not writes:
                return
        stmt = sa.insert(t).returning(*self._returning(table), sort_by_parameter_order=True)
        rows = self.session.execute(stmt, [w.values for w in writes]).mappings().all()
        if len(rows) != len(writes):
            raise NotWritten(table)
        for write, row in zip(writes, rows, strict=True):
            self._written(table, dict(row), write)

    def _update(self, table: str, columns: tuple[str, ...], writes: list[_Write]) -> None:
        """One ``executemany`` (psycopg sends it as one pipeline), then the rows as written in one query."""
        t = registry()[table].table
        stmt = (
            sa.update(t)
            .where(t.c.id == sa.bindparam("pushed_id"))
            .values({c: sa.bindparam(f"pushed_{c}") for c in columns})
        )
        self.session.execute(
            stmt, [{"pushed_id": w.row_id, **{f"pushed_{c}": w.values[c] for c in columns}} for w in writes]
        )
        back = {
            r["id"]: dict(r)
            for r in self.session.execute(
                sa.select(*self._returning(table)).where(t.c.id.in_([w.row_id for w in writes]))
            ).mappings()
        }
        for write in writes:
            row = back.get(write.row_id)
            if row is None:
                raise NotWritten(table)
            self._written(table, row, write)

    def _written(self, table: str, row: Row, write: _Write) -> None:
        self.held.put(table, row)
        for on_written in write.callbacks:
            on_written(row)


def _checked(version: int, on_written: OnWritten) -> OnWritten:
    """``on_written`` once the row is known to be at ``version``: an update that row-level security kept
    out of its row leaves it where it was."""

    def check(row: Row) -> None:
        if row.get("sync_version") != version:
            raise NotWritten(f"version {row.get('sync_version')}, not {version}")
        on_written(row)

    return check


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def attach(session: Session, held: LockedRows) -> PendingWrites:
    pending = PendingWrites(session, held)
    session.info[KEY] = pending
    return pending


def detach(session: Session) -> None:
    session.info.pop(KEY, None)


def pending_writes(session: Session) -> PendingWrites | None:
    return session.info.get(KEY)
