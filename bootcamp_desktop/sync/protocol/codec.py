"""Wire encoding of row values (docs/sync-protocol.md, "Values on the wire").

``encode_row`` turns Python values (as the ORM or a Core select returns them) into JSON-ready
values; ``decode_row`` validates a JSON object from the other side against the table's columns and
turns it back into Python values. Anything that does not fit raises ``CodecError`` naming the table
and column, so a bad page is rejected whole before anything is written.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .tables import ColumnSpec, spec

MAX_JSON_DEPTH = 32


class CodecError(ValueError):
    """A value that does not fit its column."""


def _fmt_datetime(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise CodecError("naive datetime")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def encode_value(col: ColumnSpec, value: Any) -> Any:
    if value is None:
        return None
    kind = col.kind
    if kind == "uuid":
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    if kind == "datetime":
        return _fmt_datetime(value)
    if kind == "date":
        return value.isoformat()
    if kind == "decimal":
        d = value if isinstance(value, Decimal) else Decimal(str(value))
        if col.scale is not None:
            d = d.quantize(Decimal(1).scaleb(-col.scale))
        return str(d)
    return value


def encode_row(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """Encode a row given as a mapping of column name -> Python value; secret columns are dropped."""
    columns = spec(table_name).columns
    return {name: encode_value(col, row[name]) for name, col in columns.items() if name in row}


def _json_depth_ok(value: Any, depth: int = 0) -> bool:
    if depth > MAX_JSON_DEPTH:
        return False
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_depth_ok(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_depth_ok(v, depth + 1) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, str | int | bool)


def decode_value(table_name: str, col: ColumnSpec, value: Any) -> Any:
    where = f"{table_name}.{col.name}"
    if value is None:
        if not col.nullable and not col.has_default:
            raise CodecError(f"{where} may not be null")
        return None
    kind = col.kind
    try:
        if kind == "uuid":
            if not isinstance(value, str):
                raise CodecError(f"{where}: expected a UUID string")
            return uuid.UUID(value)
        if kind == "datetime":
            if not isinstance(value, str) or not value.endswith("Z"):
                raise CodecError(f"{where}: expected an ISO 8601 UTC timestamp ending in Z")
            parsed = dt.datetime.fromisoformat(value[:-1] + "+00:00")
            return parsed.astimezone(dt.UTC)
        if kind == "date":
            if not isinstance(value, str):
                raise CodecError(f"{where}: expected a date string")
            return dt.date.fromisoformat(value)
        if kind == "decimal":
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise CodecError(f"{where}: expected a decimal string")
            d = Decimal(str(value))
            if not d.is_finite():
                raise CodecError(f"{where}: not a finite number")
            if col.precision is not None and col.scale is not None:
                limit = Decimal(10) ** (col.precision - col.scale)
                if abs(d) >= limit:
                    raise CodecError(f"{where}: {value} does not fit DECIMAL({col.precision},{col.scale})")
                d = d.quantize(Decimal(1).scaleb(-col.scale))
            return d
        if kind == "bool":
            if not isinstance(value, bool):
                raise CodecError(f"{where}: expected true or false")
            return value
        if kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise CodecError(f"{where}: expected an integer")
            if not -(2**63) <= value < 2**63:
                raise CodecError(f"{where}: integer out of range")
            return value
        if kind == "enum":
            if value not in col.enum_values:
                raise CodecError(f"{where}: {value!r} is not one of {', '.join(col.enum_values)}")
            return value
        if kind == "str":
            if not isinstance(value, str):
                raise CodecError(f"{where}: expected a string")
            if col.max_length is not None and len(value) > col.max_length:
                raise CodecError(f"{where}: longer than {col.max_length} characters")
            if "\x00" in value:
                raise CodecError(f"{where}: contains a NUL character")
            return value
        if kind == "text_array":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise CodecError(f"{where}: expected a list of strings")
            return value
        if kind == "json":
            if not _json_depth_ok(value):
                raise CodecError(f"{where}: not a JSON document of reasonable depth")
            return value
    except (ValueError, InvalidOperation, TypeError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"{where}: {exc}") from None
    raise CodecError(f"{where}: unknown column kind {kind}")


def decode_row(table_name: str, data: Any, *, partial: bool = False) -> dict[str, Any]:
    """Validate and decode a row (``partial``: only the columns present, for a mutation's ``set``)."""
    if not isinstance(data, dict):
        raise CodecError(f"{table_name}: a row must be a JSON object")
    table = spec(table_name)
    unknown = set(data) - set(table.columns)
    if unknown:
        raise CodecError(f"{table_name}: unknown column(s) {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, col in table.columns.items():
        if name in data:
            out[name] = decode_value(table_name, col, data[name])
        elif not partial and name == "id":
            raise CodecError(f"{table_name}: a row needs its id")
    return out
