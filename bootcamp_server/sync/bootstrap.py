"""The first sync of an empty replica from the tables themselves, not from the change log.

A replica that has never pulled would otherwise receive the whole change log: every row image parsed
from JSON, decided and written again, and (when one transaction wrote most of it, as a migration or an
import does) staged whole before it can be applied. A bootstrap page is the current rows the caller may
read, table after table (parents first), ordered by id, from one REPEATABLE READ snapshot per page:

    {"protocol": 3, "seq": S, "cursor": "<after seq S>", "tables": [
        {"table": "courses", "columns": ["id", ...], "rows": [["019e...", ...], ...]}, ...],
     "next": {"table": "lessons", "after": "<id>"} | null}

Rows are decided by the same read rules as a pull (``Visibility.may_read`` on decision columns); on
PostgreSQL each row's wire form is rendered by the database (``wire_sql``), the same text ``wire_row``
gives (``tests/server/test_bootstrap.py`` compares them on every demo row). Other people come, as in a
pull, as the public projection of ``users``, in the page whose rows refer to them.

Pages come from different snapshots: the replica resumes its pull from the first page's cursor, so every
change after it arrives, and checks foreign keys once that pull is done (docs/sync-protocol.md,
"Bootstrap").
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_desktop.models import ChangeLogEntry
from bootcamp_desktop.sync.protocol import PROTOCOL_VERSION, registry

from ..access.principal import Principal
from ..access.visibility import Visibility, candidates, decision_columns, referenced_users, user_columns
from ..db import Context, ServerDB
from .cursor import MAX_INT, Cursor
from .images import wire_row

DEFAULT_ROWS = 5000
MAX_ROWS = 10000
_TIMESTAMP = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'


def _wire_expr(table: str, name: str) -> str:
    """The SQL of one column's wire value (``protocol.codec.encode_value``) inside ``json_build_array``."""
    kind = registry()[table].columns[name].kind
    col = f't."{name}"'
    if kind == "datetime":
        return f"to_char({col}, '{_TIMESTAMP}')"
    if kind in ("enum", "decimal", "date"):
        return f"{col}::text"
    if kind == "inet":  # a host address without its /32 (or /128), as Python's ipaddress writes it
        return (f"CASE WHEN masklen({col}) = CASE family({col}) WHEN 4 THEN 32 ELSE 128 END "
                f"THEN host({col}) ELSE {col}::text END")
    return col


@cache
def wire_sql(table: str) -> str:
    """``SELECT <decision columns>, <the row as a JSON array of wire values> FROM table t``."""
    columns = registry()[table].columns
    decide = ", ".join(f't."{n}"' for n in decision_columns(table))
    wire = ", ".join(_wire_expr(table, n) for n in columns)  # at most 100 arguments: 24 columns at most here
    return f'SELECT {decide}, json_build_array({wire})::text AS wire FROM "{table}" t'


def _wire_text(table: str, values: dict[str, Any]) -> str:
    encoded = wire_row(table, values)
    return json.dumps([encoded.get(n) for n in registry()[table].columns], separators=(",", ":"))


class _Scanner:
    """The visible rows of one table after an id, in id order, as (decision values, wire JSON text)."""

    def __init__(self, session: Session, visibility: Visibility) -> None:
        self.session = session
        self.visibility = visibility
        self.is_pg = visibility.is_pg

    def _batch(self, table: str, after: uuid.UUID | None, size: int) -> list[tuple[dict[str, Any], str]]:
        me = self.visibility.principal
        where: list[str] = []
        params: dict[str, Any] = {"n": size}
        if after is not None:
            where.append("t.id > :after")
            params["after"] = after
        if table == "users" and not me.is_admin:
            where.append("t.id = :me")
            params["me"] = me.user_id
        narrowed = candidates(table, me)
        if narrowed is not None:
            where.append(narrowed[0])
            params.update(narrowed[1])
        expanding = [sa.bindparam("staffed", expanding=True, type_=sa.Uuid())] if "staffed" in params else []
        condition = (" WHERE " + " AND ".join(where)) if where else ""
        if self.is_pg:
            stmt = sa.text(wire_sql(table) + condition + " ORDER BY t.id LIMIT :n").bindparams(*expanding, **params)
            rows = []
            for r in self.visibility.fetch_past_row_security(stmt):
                values = dict(r)
                wire = values.pop("wire")
                rows.append((values, wire))
            return rows
        names = ", ".join(f't."{n}"' for n in registry()[table].columns)
        stmt = sa.text(f'SELECT {names} FROM "{table}" t{condition} ORDER BY t.id LIMIT :n').bindparams(
            *expanding, **params).columns(*[registry()[table].table.c[n] for n in registry()[table].columns])
        found = [dict(r) for r in self.session.execute(stmt).mappings()]
        return [(values, _wire_text(table, values)) for values in found]

    def rows(self, table: str, after: uuid.UUID | None, batch: int) -> Iterator[tuple[uuid.UUID, str, set[Any]]]:
        """(id, wire text, people the row refers to) of each row the caller may read."""
        visibility = self.visibility
        every = visibility.reads_every_row(table)
        people_too = not visibility.principal.is_admin and bool(user_columns(table))
        while True:
            found = self._batch(table, after, batch)
            if not every:
                visibility.rel.prefetch(table, [values for values, _ in found])
            for values, wire in found:
                if every or table == "users" or visibility.may_read(table, values):
                    yield values["id"], wire, (referenced_users(table, values) if people_too else set())
            if len(found) < batch:
                return
            after = found[-1][0]["id"]


def bootstrap_page(sdb: ServerDB, principal: Principal, table: str | None, after: uuid.UUID | None,
                   limit: int = DEFAULT_ROWS) -> str:
    """One bootstrap page, from ``table`` after the id ``after`` (the first table when None), as JSON text
    (the rows' text goes into it as the database wrote it)."""
    names = list(registry())
    start = names.index(table) if table is not None else 0
    ctx = Context(user_id=principal.user_id, admin=principal.is_admin, pull=True)
    with sdb.read(ctx, snapshot=True) as s:
        seq = s.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar() or 0
        visibility = Visibility(s, principal)
        scanner = _Scanner(s, visibility)
        parts: list[str] = []
        people: set[Any] = set()
        count = 0
        following: dict[str, Any] | None = None
        for i in range(start, len(names)):
            name = names[i]
            texts: list[str] = []
            last: uuid.UUID | None = None
            full = False
            begin = after if i == start else None
            for row_id, wire, refs in scanner.rows(name, begin, min(limit + 1, 5000)):
                if count == limit:
                    full = True
                    break
                texts.append(wire)
                people |= refs
                last = row_id
                count += 1
            if texts:
                parts.append(json.dumps({"table": name, "columns": list(registry()[name].columns)})[:-1]
                             + ',"rows":[' + ",".join(texts) + "]}")
            if full:
                following = {"table": name, "after": str(last or begin) if (last or begin) else None}
                break
        projections = [wire_row("users", p) for p in visibility.public_users(people)]
        if projections:
            columns = list(registry()["users"].columns)
            rows = [[p.get(c) for c in columns] for p in projections]
            parts.append(json.dumps({"table": "users", "columns": columns, "rows": rows}, separators=(",", ":")))
        head = {"protocol": PROTOCOL_VERSION, "seq": seq, "cursor": Cursor(seq, MAX_INT).encode(), "next": following}
        return json.dumps(head)[:-1] + ',"tables":[' + ",".join(parts) + "]}"
