"""Pull: changes after a cursor, in pages of whole server transactions, filtered to what the caller sees.

The whole page (and the checkpoint on the last page) is read in one REPEATABLE READ snapshot. Entries
are read by ``(seq, id)``; the visible ``seq``s are a prefix of the sequence (``schema/changelog_pg``),
so a cursor never passes a transaction that commits later.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa

from bootcamp_core.protocol import PROTOCOL_VERSION, registry

from ..access.columns import REFETCH_SOURCES, conceal, conceal_wire, masked_tables, refetch
from ..access.principal import Principal
from ..access.visibility import CANDIDATES, Visibility, referenced_users, user_columns
from ..db import Context, ServerDB
from ..models import ChangeLogEntry
from .cursor import Cursor
from .history import HistoricalRelations
from .images import decision_values, image_values, image_wire_row, wire_row
from .scope import fingerprint

DEFAULT_LIMIT = 1000
MAX_LIMIT = 5000


def _after(cursor: Cursor) -> Any:
    c = ChangeLogEntry
    # A row-value comparison, so the (seq, id) index bounds the scan: with the equivalent OR the
    # database walks the index from the start on every page (quadratic over a first sync).
    return sa.and_(c.seq.is_not(None), sa.tuple_(c.seq, c.id) > sa.tuple_(cursor.seq, cursor.entry))


def _candidate(principal: Principal, is_pg: bool) -> Any:
    """Whether an entry can be visible at all, in SQL: the entries of the large personal tables that no rule can
    show the caller (another learner's progress, analytics, enrolment: ``visibility.CANDIDATES`` read on the
    entry's image) are left undecoded, so a poll after other people's pushes costs what the caller may see."""
    if principal.is_admin or not is_pg:
        return None
    params: dict[str, Any] = {"me": principal.user_id, "staffed": sorted(principal.staff)}
    tables, parts = [], []
    for table, condition in CANDIDATES.items():
        if table == "users":  # people are learnt from their rows (``Visibility.learn``), never narrowed here
            continue
        on_image = re.sub(r"\bt\.(\w+)", r"(sync_changes.row ->> '\1')::uuid", condition)
        tables.append(f"'{table}'")
        parts.append(f"(sync_changes.table_name = '{table}' AND coalesce({on_image}, false))")
    sql = (
        f"(sync_changes.op = 'delete' OR sync_changes.table_name NOT IN ({', '.join(tables)}) "
        f"OR {' OR '.join(parts)})"
    )
    binds = [sa.bindparam("staffed", expanding=True, type_=sa.Uuid())]
    return sa.text(sql).bindparams(*binds, **params)


def pull_page(
    sdb: ServerDB, principal: Principal, cursor: Cursor, limit: int = DEFAULT_LIMIT, checkpoint: bool = False
) -> dict[str, Any]:
    """One page after ``cursor``. The last page carries the full checkpoint when the replica asks for it
    (``checkpoint``: its scheduled verification), when its cursor carries no scope or another scope than the
    caller's now (``scope``: older rows came into view or left it); otherwise the page costs what it brings."""
    ctx = Context(user_id=principal.user_id, admin=principal.is_admin, pull=True)
    c = ChangeLogEntry
    with sdb.read(ctx, snapshot=True) as s:
        candidate = _candidate(principal, s.get_bind().dialect.name == "postgresql")
        image = c.row if candidate is None else sa.case((candidate, c.row), else_=sa.null()).label("row")
        entries = s.execute(
            sa.select(c.id, c.seq, c.table_name, c.row_id, c.op, image)
            .where(_after(cursor))
            .order_by(c.seq, c.id)
            .limit(limit + 1)
        ).all()
        has_more = len(entries) > limit
        txn_complete = True
        if has_more:
            last_seq = entries[limit].seq
            if entries[0].seq == last_seq:
                # One transaction larger than a page: deliver part of it.
                entries = entries[:limit]
                txn_complete = False
            else:
                entries = [e for e in entries[:limit] if e.seq != last_seq]
        visibility = Visibility(s, principal)
        # Old changes whose parents were deleted since are judged by the parents' tombstones (history.py).
        visibility.rel = visibility.decision.rel = HistoricalRelations(s, principal)
        again: set[str] = set()
        # An upsert left without its image is one the caller cannot see (``_candidate``): only the cursor passes it.
        changes = _visible_changes(
            visibility, [e for e in entries if e.row is not None or e.op == "delete"], again
        )
        # The scope travels unchanged until the page that carries the checkpoint renews it.
        new_cursor = Cursor(entries[-1].seq, entries[-1].id, cursor.scope) if entries else cursor
        scope: str | None = None
        if not has_more and (entries or checkpoint or not cursor.scope):
            # (With nothing after the cursor, its scope is the caller's: the scope moves only by logged writes.)
            scope = fingerprint(s, principal)
            if checkpoint or scope != cursor.scope:
                new_cursor = Cursor(new_cursor.seq, new_cursor.entry, scope)
            else:
                scope = None
        page: dict[str, Any] = {
            "protocol": PROTOCOL_VERSION,
            "changes": changes,
            "cursor": new_cursor.encode(),
            "txn_complete": txn_complete,
            "has_more": has_more,
        }
        if again:
            page["refetch"] = sorted(again)
        if not has_more and scope is not None:
            page["checkpoint"] = {"seq": new_cursor.seq, "tables": visibility.checkpoint()}
        return page


def _visible_changes(visibility: Visibility, entries: list[Any], again: set[str]) -> list[dict[str, Any]]:
    """The entries the caller may see, in order, with the public projection of every person a row refers
    to placed just before the first row that refers to them (same ``seq``), so references hold.

    A row is decided by its decision columns alone (``visibility.decision_columns``) and goes from its image
    to the wire without a round trip through Python values, with the columns the caller may not read
    concealed (``columns``); only ``users`` rows, which may be sent as a public projection, take the long way.
    ``again`` receives the tables a sent change makes the caller see differently (``columns.refetch``)."""
    known = registry()
    admin = visibility.principal.is_admin
    out: list[dict[str, Any]] = []
    refs: list[tuple[int, int, set[Any]]] = []  # (position in out, seq, users referred to)
    sent_users: set[str] = set()
    if not admin:
        visibility.learn(e.row_id for e in entries if e.table_name == "users" and e.op != "delete")
        by_table: dict[str, list[Any]] = {}
        for e in entries:
            if e.op != "delete":
                by_table.setdefault(e.table_name, []).append(e.row or {})
        for table, images in by_table.items():
            visibility.rel.prefetch(table, images)
    for e in entries:
        table = e.table_name
        if table not in known:
            continue
        if e.op == "delete":
            values = image_values(table, e.row or {"id": str(e.row_id)})
            if visibility.tombstone(table, values):
                out.append({"seq": e.seq, "table": table, "op": "delete", "id": str(e.row_id)})
                if not admin and table in REFETCH_SOURCES:
                    again.update(refetch(visibility.principal.user_id, table, values))
            continue
        image = e.row or {}
        if table == "users":
            shown = visibility.row(table, image_values(table, image))
            if shown is None:
                continue
            shown["sync_seq"] = e.seq
            sent_users.add(str(e.row_id))
            row = wire_row(table, shown)
        else:
            every = visibility.reads_every_row(table)
            # An admin receives every person's own row, so no public projection goes with theirs.
            people_too = not admin and bool(user_columns(table))
            masked = not admin and table in masked_tables()
            hidden: frozenset[str] = frozenset()
            if not every or people_too or masked:
                decided = decision_values(table, image)
                if not every and not visibility.may_read(table, decided):
                    continue
                if masked:
                    hidden = visibility.hidden(table, decided)
                if people_too:
                    people = referenced_users(table, conceal(table, decided, hidden) if hidden else decided)
                    if people:
                        refs.append((len(out), e.seq, people))
            row = image_wire_row(table, image)
            if hidden:
                row = conceal_wire(table, row, hidden)
            row["sync_seq"] = e.seq
            if not admin and table in REFETCH_SOURCES:
                again.update(refetch(visibility.principal.user_id, table, image_values(table, image)))
        out.append({"seq": e.seq, "table": table, "op": "upsert", "id": str(e.row_id), "row": row})
    wanted = {u for _, _, people in refs for u in people if str(u) not in sent_users}
    if not wanted:
        return out
    projections = {p["id"]: p for p in visibility.public_users(wanted)}
    inserts: dict[int, list[dict[str, Any]]] = {}
    for position, seq, people in refs:
        for person in sorted(people):
            projection = projections.pop(person, None)
            if projection is not None:
                inserts.setdefault(position, []).append(
                    {
                        "seq": seq,
                        "table": "users",
                        "op": "upsert",
                        "id": str(person),
                        "row": wire_row("users", projection),
                    }
                )
    result: list[dict[str, Any]] = []
    for i, change in enumerate(out):
        result.extend(inserts.get(i, ()))
        result.append(change)
    return result


def snapshot_page(sdb: ServerDB, principal: Principal, table: str, after: Any, limit: int) -> dict[str, Any]:
    ctx = Context(user_id=principal.user_id, admin=principal.is_admin, pull=True)
    with sdb.read(ctx, snapshot=True) as s:
        seq = s.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar() or 0
        visibility = Visibility(s, principal)
        rows: list[dict[str, Any]] = []
        more = False
        for values in visibility.visible_rows(table, after=after):
            if len(rows) == limit:
                more = True
                break
            rows.append(wire_row(table, values))
        return {
            "table": table,
            "rows": rows,
            "next": rows[-1]["id"] if more and rows else None,
            "seq": seq,
            "server_time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }
