"""Pulled changes: parsing a page from the wire, validating all of it before anything is written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from bootcamp_core.protocol.codec import CodecError, decode_row
from bootcamp_core.protocol.tables import UnknownTableError, spec

from .errors import CorruptPageError

MAX_CHANGES_PER_PAGE = 100_000


@dataclass(frozen=True)
class Change:
    seq: int
    table: str
    op: str  # upsert or delete
    row_id: uuid.UUID
    row: dict[str, Any] | None  # decoded Python values (upsert) or None (delete)


def parse_change(raw: Any) -> Change:
    if not isinstance(raw, dict):
        raise CorruptPageError("a change must be a JSON object")
    try:
        seq, table, op, row_id = raw["seq"], raw["table"], raw["op"], raw["id"]
    except KeyError as exc:
        raise CorruptPageError(f"a change lacks {exc.args[0]!r}") from None
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise CorruptPageError("a change's seq must be a non-negative integer")
    if not isinstance(table, str):
        raise CorruptPageError("a change's table must be a string")
    try:
        spec(table)
    except UnknownTableError:
        raise CorruptPageError(f"unknown table {table!r}") from None
    try:
        rid = uuid.UUID(row_id) if isinstance(row_id, str) else None
    except ValueError:
        rid = None
    if rid is None:
        raise CorruptPageError(f"{table}: a change's id must be a UUID string")
    if op == "delete":
        return Change(seq, table, "delete", rid, None)
    if op != "upsert":
        raise CorruptPageError(f"{table}: unknown op {op!r}")
    try:
        row = decode_row(table, raw.get("row"))
    except CodecError as exc:
        raise CorruptPageError(f"invalid row: {exc}") from None
    if row.get("id") != rid:
        raise CorruptPageError(f"{table}: the row's id differs from the change's id")
    if not isinstance(row.get("sync_version"), int):
        raise CorruptPageError(f"{table}: the row lacks its sync_version")
    return Change(seq, table, "upsert", rid, row)


def parse_changes(raw: Any) -> list[Change]:
    """All changes of a page, validated; ``CorruptPageError`` for the first that does not fit."""
    if not isinstance(raw, list):
        raise CorruptPageError("changes must be a list")
    if len(raw) > MAX_CHANGES_PER_PAGE:
        raise CorruptPageError("too many changes in one page")
    changes = [parse_change(c) for c in raw]
    for before, after in zip(changes, changes[1:], strict=False):
        if after.seq < before.seq:
            raise CorruptPageError("changes are not in seq order")
    return changes
