"""Row images of the change log (PostgreSQL ``to_jsonb`` or SQLite ``json_object``) to Python values.

The triggers store what the database gives; this module reads it back into the values the shared codec
(``bootcamp_core.protocol.codec``) encodes, column by column, by the column's kind.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from bootcamp_core.protocol import encode_row, encode_value, registry
from bootcamp_core.protocol.tables import ColumnSpec

from ..access.visibility import decision_columns


@lru_cache(maxsize=1 << 16)
def _uuid(text: str) -> uuid.UUID:
    """A UUID from its text; the same course, lesson or enrolment ids recur on every row of a page."""
    return uuid.UUID(text)


def _value(col: ColumnSpec, v: Any) -> Any:
    if v is None:
        return None
    kind = col.kind
    if kind == "uuid":
        return v if isinstance(v, uuid.UUID) else _uuid(str(v))
    if kind == "datetime":
        if isinstance(v, dt.datetime):
            parsed = v
        else:
            parsed = dt.datetime.fromisoformat(str(v).replace(" ", "T").removesuffix("Z"))
        return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
    if kind == "date":
        return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])
    if kind == "decimal":
        return Decimal(str(v))
    if kind == "bool":
        return bool(v)
    if kind == "int":
        return int(v)
    return v


def image_values(table: str, image: Mapping[str, Any]) -> dict[str, Any]:
    columns = registry()[table].columns
    return {name: _value(col, image[name]) for name, col in columns.items() if name in image}


def decision_values(table: str, image: Mapping[str, Any]) -> dict[str, Any]:
    """The decision columns of a row image (``access.visibility.decision_columns``) as Python values."""
    columns = registry()[table].columns
    return {name: _value(columns[name], image[name]) for name in decision_columns(table) if name in image}


def wire_row(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    return encode_row(table, values)


# -- straight from a row image to the wire -------------------------------------------------------------
# ``wire_row(table, image_values(table, image))`` parses every value into Python and formats it again. For
# the values PostgreSQL's ``to_jsonb`` writes, the wire form is the image's own text (UUIDs, dates, strings,
# numbers, JSON) or a small edit of it (timestamps: padded to microseconds, with ``Z``); anything else takes
# that long way, value by value, so the result is the same.
def _slow(col: ColumnSpec) -> Callable[[Any], Any]:
    return lambda v: encode_value(col, _value(col, v))


def _to_wire(col: ColumnSpec) -> Callable[[Any], Any]:
    slow = _slow(col)
    kind = col.kind
    if kind == "uuid":
        return lambda v: v if v.__class__ is str and len(v) == 36 and v.islower() else slow(v)
    if kind == "datetime":

        def timestamp(v: Any) -> Any:
            # PostgreSQL: 2026-05-09T00:00:23 or 2026-05-09T00:00:23.5 (trailing zeros dropped), no zone.
            if v.__class__ is str and v[10:11] == "T":
                n = len(v)
                if n == 19:
                    return v + ".000000Z"
                if 20 < n <= 26 and v[19] == "." and v[20:].isdigit():
                    return v + "0" * (26 - n) + "Z"
            return slow(v)

        return timestamp
    if kind == "date":
        return lambda v: v if v.__class__ is str and len(v) == 10 else slow(v)
    if kind in ("str", "enum", "inet"):
        return lambda v: v if v.__class__ is str else slow(v)
    if kind == "int":
        return lambda v: v if v.__class__ is int else slow(v)
    if kind == "bool":
        return lambda v: v if v is True or v is False else slow(v)
    if kind in ("json", "text_array"):
        return lambda v: v
    return slow


@cache
def _converters(table: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    return tuple((name, _to_wire(col)) for name, col in registry()[table].columns.items())


def image_wire_row(table: str, image: Mapping[str, Any]) -> dict[str, Any]:
    """``wire_row(table, image_values(table, image))``, without the round trip through Python values."""
    out: dict[str, Any] = {}
    for name, convert in _converters(table):
        if name in image:
            v = image[name]
            out[name] = None if v is None else convert(v)
    return out
