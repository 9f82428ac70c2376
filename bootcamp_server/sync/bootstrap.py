"""The first sync of an empty replica from the tables themselves, not from the change log.

A replica that has never pulled would otherwise receive the whole change log: every row image parsed
from JSON, decided and written again, and (when one transaction wrote most of it, as a migration or an
import does) staged whole before it can be applied. A bootstrap page is the current rows the caller may
read, table after table (parents first), ordered by id, from one REPEATABLE READ snapshot per page:

    {"protocol": 3, "seq": S, "cursor": "<after seq S>", "tables": [
        {"table": "courses", "columns": ["id", ...], "rows": [["019e...", ...], ...]}, ...],
     "next": {"table": "lessons", "after": "<id>"} | null}

Rows are decided by the same read rules as a pull (``Visibility.may_read`` on decision columns); on
PostgreSQL each row's wire form is rendered by the database (``wire_column``), the same text ``wire_row``
gives (``tests/server/test_demo_consistency.py`` compares them on every demo row). The columns the caller may
not read are concealed as in a pull (``access/columns.py``): the few rows that have any are parsed and written
again. Other people come, as in a pull, as the public projection of ``users``, in the page whose rows refer
to them as sent (the anonymous classmate, everyone's to know, with the first page).

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

from bootcamp_core.protocol import PROTOCOL_VERSION, encode_value, registry
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID

from ..access.columns import masked_tables, stand_in
from ..access.principal import Principal
from ..access.visibility import Visibility, decision_columns, user_columns
from ..db import Context, ServerDB
from ..models import ChangeLogEntry
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
        return (
            f"CASE WHEN masklen({col}) = CASE family({col}) WHEN 4 THEN 32 ELSE 128 END "
            f"THEN host({col}) ELSE {col}::text END"
        )
    return col


@cache
def wire_column(table: str) -> sa.ColumnElement[Any]:
    """The row as a JSON array of its wire values, written by PostgreSQL (on the scan's alias ``t``)."""
    wire = ", ".join(_wire_expr(table, n) for n in registry()[table].columns)  # at most 100: 24 columns here
    return sa.literal_column(f"json_build_array({wire})::text").label("wire")


def _wire_text(table: str, values: dict[str, Any]) -> str:
    encoded = wire_row(table, values)
    return json.dumps([encoded.get(n) for n in registry()[table].columns], separators=(",", ":"))


def _conceal_text(table: str, wire: str, values: dict[str, Any], hidden: frozenset[str]) -> str:
    """The database's wire text of a row with the hidden columns replaced by what they read as."""
    row = json.loads(wire)
    specs = registry()[table].columns
    for i, name in enumerate(specs):
        if name in hidden:
            row[i] = encode_value(specs[name], stand_in(table, name, values))
    return json.dumps(row, separators=(",", ":"))


def _visible(
    visibility: Visibility, table: str, after: uuid.UUID | None, batch: int
) -> Iterator[tuple[uuid.UUID, str, set[Any]]]:
    """(id, wire text, people the row refers to as sent) of each row of ``table`` after ``after`` the caller
    may read, in id order: decided on the decision columns, the text written by the database (on PostgreSQL),
    the columns the caller may not read concealed."""
    people_too = not visibility.principal.is_admin and bool(user_columns(table))
    masked = not visibility.principal.is_admin and table in masked_tables()
    if visibility.is_pg:
        found = visibility.scan(
            table,
            after,
            batch,
            columns=decision_columns(table),
            past_row_security=True,
            extra=[wire_column(table)],
        )
        for values in found:
            wire = values.pop("wire")
            hidden = visibility.hidden(table, values) if masked else frozenset()
            if hidden:
                wire = _conceal_text(table, wire, values, hidden)
            yield values["id"], wire, (visibility.people_in(table, values) if people_too else set())
        return
    for values in visibility.scan(table, after, batch):
        sent = visibility.shown(table, values) if masked else values
        yield (
            values["id"],
            _wire_text(table, sent),
            (visibility.people_in(table, values) if people_too else set()),
        )


def bootstrap_page(
    sdb: ServerDB,
    principal: Principal,
    table: str | None,
    after: uuid.UUID | None,
    limit: int = DEFAULT_ROWS,
    counted: list[int] | None = None,
) -> str:
    """One bootstrap page, from ``table`` after the id ``after`` (the first table when None), as JSON text
    (the rows' text goes into it as the database wrote it). ``counted``: the number of rows is appended to it."""
    names = list(registry())
    start = names.index(table) if table is not None else 0
    ctx = Context(user_id=principal.user_id, admin=principal.is_admin, pull=True)
    with sdb.read(ctx, snapshot=True) as s:
        seq = s.execute(sa.select(sa.func.max(ChangeLogEntry.seq))).scalar() or 0
        visibility = Visibility(s, principal)
        parts: list[str] = []
        people: set[Any] = set()
        count = 0
        following: dict[str, Any] | None = None
        if table is None and not principal.is_admin:
            people.add(ANONYMOUS_ID)  # everyone's to know (visibility.people), sent once with the first page
        for i in range(start, len(names)):
            name = names[i]
            texts: list[str] = []
            last: uuid.UUID | None = None
            full = False
            begin = after if i == start else None
            for row_id, wire, refs in _visible(visibility, name, begin, min(limit + 1, 5000)):
                if count == limit:
                    full = True
                    break
                texts.append(wire)
                people |= refs
                last = row_id
                count += 1
            if texts:
                parts.append(
                    json.dumps({"table": name, "columns": list(registry()[name].columns)})[:-1]
                    + ',"rows":['
                    + ",".join(texts)
                    + "]}"
                )
            if full:
                following = {"table": name, "after": str(last or begin) if (last or begin) else None}
                break
        projections = [wire_row("users", p) for p in visibility.public_users(people)]
        if projections:
            columns = list(registry()["users"].columns)
            rows = [[p.get(c) for c in columns] for p in projections]
            parts.append(
                json.dumps({"table": "users", "columns": columns, "rows": rows}, separators=(",", ":"))
            )
        head = {
            "protocol": PROTOCOL_VERSION,
            "seq": seq,
            "cursor": Cursor(seq, MAX_INT).encode(),
            "next": following,
        }
        if counted is not None:
            counted.append(count + len(projections))
        return json.dumps(head)[:-1] + ',"tables":[' + ",".join(parts) + "]}"
