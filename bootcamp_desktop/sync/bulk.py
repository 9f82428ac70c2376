"""Wire rows straight to the replica's storage form, for the pages of a first sync (``bootstrap``).

``apply_changes`` decodes every wire value into Python (a UUID, an aware datetime) and SQLAlchemy's bind
processors turn it back into what SQLite stores (32 hex digits, ``YYYY-MM-DD HH:MM:SS.ffffff``). For a
table the replica holds nothing pending of, a page is only inserted, so ``storage_rows`` goes from the
wire to the storage form directly: canonical ids and timestamps by their text (checked by pattern and
by value), every other value through the codec's decoder and the bind processor, as before. The result
is the same tuples ``apply._upsert`` would execute (``tests/sync/test_bulk.py`` compares both ways), and
anything the codec refuses is refused here, with its words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import sqlalchemy as sa

from bootcamp_core.protocol.codec import CodecError, _fast_decoder
from bootcamp_core.protocol.tables import spec

from .apply import upsert_plan
from .errors import CorruptPageError

Convert = Callable[[Any], Any]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def _converter(table: str, name: str, bind: Convert | None) -> Convert:
    col = spec(table).columns.get(name)
    if col is None:  # a column that never travels (a secret): a page cannot carry it, the replica keeps null

        def never(value: Any) -> Any:
            raise CodecError(f"{table}: {name} is not synced")

        return never

    decode = _fast_decoder(table, col)  # the codec's own shortcut, then its full check

    def slow(value: Any) -> Any:
        decoded = decode(value)
        return decoded if bind is None or decoded is None else bind(decoded)

    if col.kind == "uuid":
        match = _UUID.fullmatch

        def uuid_text(value: Any) -> Any:
            if value.__class__ is str and match(value):
                return value.replace("-", "")
            return slow(value)

        return uuid_text
    if col.kind == "datetime":
        match, parse = _TIMESTAMP.fullmatch, dt.datetime.fromisoformat

        def timestamp_text(value: Any) -> Any:
            if value.__class__ is str and match(value):
                parse(value[:-1])  # a real date and time (ValueError otherwise: refused below)
                return value[:10] + " " + value[11:26]
            return slow(value)

        def checked(value: Any) -> Any:
            try:
                return timestamp_text(value)
            except ValueError:
                return slow(value)

        return checked
    return slow


@cache
def _plan(table: str, dialect: sa.Dialect) -> tuple[str, tuple[tuple[str, Convert], ...]]:
    sql, params = upsert_plan(table, dialect)
    return sql, tuple((name, _converter(table, name, bind)) for name, bind in params)


def storage_rows(
    table: str, columns: list[str], rows: list[list[Any]], dialect: sa.Dialect
) -> list[tuple[Any, ...]]:
    """The upsert parameters of ``rows`` (lists of wire values in the order of ``columns``); ``CodecError``
    for a value the codec would refuse, or a row without its id or version. A column the page does not
    carry is null."""
    _sql, plan = _plan(table, dialect)
    if not rows:
        return []
    where = {name: i for i, name in enumerate(columns)}
    # Column by column (``zip`` and ``map`` do the looping): a first sync converts millions of values.
    given = list(zip(*rows, strict=True))
    absent = (None,) * len(rows)
    converted: list[Any] = []
    for name, convert in plan:
        i = where.get(name)
        values = absent if i is None else list(map(convert, given[i]))
        if name in ("id", "sync_version") and None in values:
            raise CodecError(f"{table}: a row needs its id and sync_version")
        converted.append(values)
    return list(zip(*converted, strict=True))


def upsert_storage(session: Any, table: str, values: list[tuple[Any, ...]]) -> None:
    """Execute the upsert of ``values`` (``storage_rows``): a newer local ``sync_version`` stays."""
    if not values:
        return
    conn = session.connection()
    sql, _plan_steps = _plan(table, conn.dialect)
    try:
        conn.exec_driver_sql(sql, values)
    except sa.exc.IntegrityError as exc:
        raise CorruptPageError(f"the server sent {table} rows that break the schema: {exc.orig}") from None
