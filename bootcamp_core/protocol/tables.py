"""The registry of synced tables: what travels, in which shape, with which identity rules.

Built once from ``Base.metadata``; the server and the replica read the same registry, so a column
added to the schema travels without touching the protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from bootcamp_core.models import Base, UTCDateTime, synced_models
from bootcamp_core.models.base import InetAddress

# 2: a push groups mutations into local transactions (``txn``), applied all or nothing, and the server
# keeps the derived counters below itself. A protocol-1 client still syncs: each mutation is its own
# transaction, and the derived counters it sends are ignored.
# 3: an update of a document column (``merge.DOCUMENTS``) carries the document as the writer found it
# (``base``), so the server merges it key by key. A protocol-2 client's update replaces the document.
PROTOCOL_VERSION = 3
PROTOCOL_MIN = 1

# Columns that merge as sums of increments (DESIGN.md, "Merge rules").
COUNTERS: dict[str, frozenset[str]] = {
    "discussions": frozenset({"view_count", "reply_count"}),
    "discussion_replies": frozenset({"helpful_votes"}),
    "enrollments": frozenset({"time_spent_minutes"}),
    "lesson_progress": frozenset({"time_spent_minutes", "attempts_count"}),
}
# Counters the server keeps from other rows, never sent by a replica: a thread's ``reply_count`` goes up
# when the server applies a reply's insert and down with its delete (``bootcamp_server/sync/mutation.py``),
# so a reply never has to write someone else's thread, and a refused reply is never counted. A replica
# shows its own new reply in the count at once, locally, and takes the server's count at the next pull.
DERIVED: dict[str, frozenset[str]] = {
    "discussions": frozenset({"reply_count"}),
}
# Keys that name one row although the schema does not enforce them (the data model declares only an index):
# the app keeps one submission per learner and assignment, revised in place (``services.assignments``), so
# the drafts two laptops of one learner start offline are one draft, merged like a unique key's rows.
MERGE_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "submissions": (("assignment_id", "user_id"),),
}
# Unique keys that are a place in a list, not an identity: a lesson's position in its module, a module's in
# its course. Two instructors who each add a lesson at the end of a module offline made two lessons, not
# one: a new row meeting a taken place goes after the group's last (server) or moves out of the way of the
# row it meets (replica, ``sync/positions.py``), and is never merged into the row that holds the place.
POSITION_KEYS: dict[str, tuple[str, str]] = {  # table -> (group column, order column)
    "lessons": ("module_id", "lesson_order"),
    "modules": ("course_id", "module_order"),
}


class UnknownTableError(KeyError):
    pass


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str  # uuid, datetime, date, decimal, json, text_array, enum, bool, int, str, inet
    nullable: bool
    has_default: bool
    enum_values: tuple[str, ...] = ()
    max_length: int | None = None
    scale: int | None = None
    precision: int | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type
    table: sa.Table
    columns: dict[str, ColumnSpec]  # what travels: every column but the secret ones
    secret: frozenset[str]
    counters: frozenset[str]
    derived: frozenset[str]  # counters the server keeps (``DERIVED``): a replica never sends them
    natural_keys: tuple[
        tuple[str, ...], ...
    ]  # unique constraints other than the primary key and ``POSITION_KEYS``, and ``MERGE_KEYS``
    foreign_keys: dict[str, str]  # column -> referenced table


def _kind(col: sa.Column) -> ColumnSpec:
    t = col.type
    base = dict(
        name=col.key,
        nullable=bool(col.nullable),
        has_default=col.default is not None or col.server_default is not None,
    )
    if isinstance(t, InetAddress):
        return ColumnSpec(kind="inet", max_length=45, **base)
    if isinstance(t, sa.Enum):
        return ColumnSpec(kind="enum", enum_values=tuple(t.enums), max_length=None, **base)
    if isinstance(t, sa.Uuid):
        return ColumnSpec(kind="uuid", **base)
    if isinstance(t, UTCDateTime):
        return ColumnSpec(kind="datetime", **base)
    if isinstance(t, sa.Date):
        return ColumnSpec(kind="date", **base)
    if isinstance(t, sa.Numeric) and not isinstance(t, sa.Float):
        return ColumnSpec(kind="decimal", scale=t.scale, precision=t.precision, **base)
    if isinstance(t, sa.Boolean):
        return ColumnSpec(kind="bool", **base)
    if isinstance(t, sa.Integer):
        return ColumnSpec(kind="int", **base)
    if isinstance(t, sa.JSON):
        variant = getattr(t, "_variant_mapping", {}).get("postgresql")
        return ColumnSpec(kind="text_array" if isinstance(variant, postgresql.ARRAY) else "json", **base)
    if isinstance(t, sa.String):
        return ColumnSpec(kind="str", max_length=t.length, **base)
    raise TypeError(f"no wire encoding for {col.table.name}.{col.key} ({t!r})")


def _spec(model: type) -> TableSpec:
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    secret = frozenset(c.name for c in table.columns if c.info.get("secret"))
    columns = {c.name: _kind(c) for c in table.columns if c.name not in secret}
    natural = tuple(
        key
        for key in (
            tuple(c.name for c in uc.columns)
            for uc in table.constraints
            if isinstance(uc, sa.UniqueConstraint)
        )
        if key != POSITION_KEYS.get(table.name)
    ) + MERGE_KEYS.get(table.name, ())
    fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    return TableSpec(
        name=table.name,
        model=model,
        table=table,
        columns=columns,
        secret=secret,
        counters=COUNTERS.get(table.name, frozenset()),
        derived=DERIVED.get(table.name, frozenset()),
        natural_keys=natural,
        foreign_keys=fks,
    )


@cache
def registry() -> dict[str, TableSpec]:
    """Synced tables by name, parents before children."""
    return {m.__tablename__: _spec(m) for m in synced_models()}


def spec(table_name: str) -> TableSpec:
    try:
        return registry()[table_name]
    except KeyError:
        raise UnknownTableError(f"{table_name!r} is not a synced table") from None


def model_attr(table_name: str) -> dict[str, str]:
    """Column name -> mapped attribute name (they differ only for ``metadata``/``metadata_``)."""
    mapper = sa.inspect(spec(table_name).model)
    return {prop.columns[0].name: prop.key for prop in mapper.column_attrs}


__all__ = [
    "PROTOCOL_MIN",
    "PROTOCOL_VERSION",
    "ColumnSpec",
    "TableSpec",
    "UnknownTableError",
    "registry",
    "spec",
    "model_attr",
    "Base",
]
