"""Mutations an attacker pushes: for every table, every column, every foreign-key target and every op, values
taken from the bootcamp itself (another row's value, a row the attacker may read, one they may not, themselves,
someone else, the anonymous classmate, nothing, an unknown id) or made up by type, and references to blobs they
may and may not download. ``sweep`` lists them all systematically; ``candidates`` feeds Hypothesis."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from bootcamp_core.models import uuid7
from bootcamp_core.protocol import registry

from .oracle import ANONYMOUS, ReadOracle

META = ("id", "sync_version", "sync_seq")
COUNTERS = {"view_count", "reply_count", "helpful_votes", "time_spent_minutes", "attempts_count"}
# How far a row's state is out of its owner's hands: an attacker's own row still open to them comes first.
SETTLED = {"submitted": 1, "under_review": 2, "graded": 2, "suspended": 2}
UNKNOWN = str(uuid.UUID(int=0x0199_0000_0000_7000_8000_0000_0000_0BAD))
MADE_UP = {
    "str": "attacker was here",
    "int": 7,
    "bool": True,
    "decimal": "99.00",
    "datetime": "2026-11-30T10:00:00.000000Z",
    "date": "2026-11-30",
    "json": {"text": "attacker"},
    "text_array": ["attacker"],
    "inet": "203.0.113.7",
    "uuid": UNKNOWN,
}


class Pools:
    """What the attacker can name: rows they read and rows they do not, per table; blobs both ways."""

    def __init__(self, oracle: ReadOracle, every_blob: set[str]) -> None:
        self.o = oracle
        self.me = oracle.me
        self.visible = {t: sorted(oracle.visible[t]) for t in registry()}
        self.hidden = {t: sorted(set(oracle.rows[t]) - oracle.visible[t]) for t in registry()}
        people = sorted(oracle.people() - {self.me, ANONYMOUS})
        strangers = sorted(set(oracle.rows["users"]) - oracle.people())
        self.visible["users"] = [self.me, *people[:1]]
        self.hidden["users"] = strangers[:1]
        allowed = sorted(oracle.blobs())
        self.blobs = allowed[:1] + sorted(every_blob - set(allowed))[:1]

    def mine(self, table: str) -> list[str]:
        """Visible rows, the attacker's own first (a user column naming them)."""
        refer = [c for c, t in registry()[table].foreign_keys.items() if t == "users"] or ["id"]
        rows = self.o.rows[table]

        def order(i: str) -> tuple[bool, int]:  # own rows first, and of those, ones still open to change
            row = rows[i]
            return (
                not any(row.get(c) == self.me for c in refer),
                max(SETTLED.get(row.get(c), 0) for c in ("status", "enrollment_status")),
            )

        return sorted(self.visible[table], key=order)

    def targets(self, table: str, full: bool = True) -> list[str]:
        """Rows to update or delete: two the attacker reads (their own first; one if not ``full``), one they
        do not."""
        mine = self.mine(table)
        return mine[: 2 if full else 1] + self.hidden[table][:1]

    def candidates(self, table: str, column: str) -> list[Any]:
        spec = registry()[table].columns[column]
        target = registry()[table].foreign_keys.get(column)
        if target == "users":
            return [self.me, *self.visible["users"][1:2], *self.hidden["users"], ANONYMOUS, None]
        if target is not None:
            return [*self.visible[target][:1], *self.hidden[target][:1], UNKNOWN, None]
        out: list[Any] = [None]
        others = [r[column] for r in self.o.rows[table].values() if r.get(column) is not None]
        if others:
            out.append(others[len(others) // 2])
        if column == "email":
            out.append(f"attacker.{uuid.uuid4().hex[:8]}@example.org")
        if spec.kind == "enum":
            out += list(spec.enum_values or ())
        else:
            out.append(MADE_UP.get(spec.kind, "attacker"))
        from bootcamp_core.protocol.blob_refs import REFERENCING

        if column in REFERENCING.get(table, ()):
            for sha in self.blobs:
                ref = f"blob:sha256:{sha}"
                out.append({"text": ref, "files": [ref]} if spec.kind == "json" else ref)
        return out


def mutation(
    table: str, op: str, row_id: str, set_: dict[str, Any] | None = None, inc: dict[str, int] | None = None
) -> dict[str, Any]:
    return {
        "id": str(uuid7()),
        "txn": str(uuid7()),
        "table": table,
        "op": op,
        "row_id": row_id,
        "base_version": 0,
        "set": set_ or {},
        "inc": inc or {},
    }


def new_row(pools: Pools, table: str) -> dict[str, Any]:
    """A plausible new row: a copy of one the attacker reads (or any), made theirs where it names a person."""
    rows = pools.o.rows[table]
    source = pools.mine(table) or sorted(rows)
    if not source:
        return {}
    row = {k: v for k, v in rows[source[0]].items() if k not in META}
    for c, t in registry()[table].foreign_keys.items():
        if t == "users" and row.get(c) is not None:
            row[c] = pools.me
    for c in ("slug", "certificate_number", "email"):
        if c in row:
            row[c] = f"{row[c]}-{uuid.uuid4().hex[:6]}"
    return row


def sweep(pools: Pools, table: str, full: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """(class, mutation) for every column × target × op of ``table``, and every foreign-key target of a
    reference; every candidate value of every other column too if ``full``, else one of them in turn plus
    the blob references."""
    columns = [c for c in registry()[table].columns if c not in META]
    fks = registry()[table].foreign_keys
    for n, target in enumerate(pools.targets(table, full)):
        for k, column in enumerate(columns):
            values = pools.candidates(table, column)
            if not full:  # a reference: one the attacker reads and one they do not; else (on the attacker's
                # own row) a made-up value and the blob references, or (on others) one value in turn
                blobs = [v for v in values if "blob:sha256:" in str(v)]
                plain = [v for v in values if v not in blobs]
                values = (
                    values[:2]
                    if column in fks
                    else [plain[-1] if n == 0 else values[(n + k) % len(values)]] + blobs
                )
            for value in values:
                yield "update", mutation(table, "update", target, {column: value})
            if column in COUNTERS:
                yield "update (inc)", mutation(table, "update", target, inc={column: 3})
        yield "delete", mutation(table, "delete", target)
    yield "delete", mutation(table, "delete", UNKNOWN)
    template = new_row(pools, table)
    if template:
        yield "insert", mutation(table, "insert", str(uuid7()), template)
        for existing in pools.targets(table, full):  # an insert with an id that exists merges into it
            yield "insert (existing id)", mutation(table, "insert", existing, template)
        for column in columns:  # a new row with each column set: its own grade, someone else's id, ...
            if column in fks:
                continue
            values = [
                v for v in pools.candidates(table, column) if v is not None and v != template.get(column)
            ]
            for value in values[: None if full else 1]:
                yield "insert (column)", mutation(table, "insert", str(uuid7()), {**template, column: value})
        for column in fks:
            for value in pools.candidates(table, column)[: None if full else 3]:
                yield (
                    "insert (reference)",
                    mutation(table, "insert", str(uuid7()), {**template, column: value}),
                )
