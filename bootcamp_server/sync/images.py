"""Row images of the change log (PostgreSQL ``to_jsonb`` or SQLite ``json_object``) to Python values.

The triggers store what the database gives; this module reads it back into the values the shared codec
(``bootcamp_desktop.sync.protocol.codec``) encodes, column by column, by the column's kind.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from bootcamp_desktop.sync.protocol import encode_row, registry
from bootcamp_desktop.sync.protocol.tables import ColumnSpec


def _value(col: ColumnSpec, v: Any) -> Any:
    if v is None:
        return None
    kind = col.kind
    if kind == "uuid":
        return v if isinstance(v, uuid.UUID) else uuid.UUID(str(v))
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


def wire_row(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    return encode_row(table, values)
