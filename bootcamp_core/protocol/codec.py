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
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from bootcamp_core.models.base import is_plain_ipv4

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
    if kind == "inet":
        return str(value)
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


_JSON_SCALARS = (str, int, type(None))  # bool is an int


def _json_depth_ok(value: Any, depth: int = 0) -> bool:
    if depth > MAX_JSON_DEPTH:
        return False
    if isinstance(value, dict):
        if depth == MAX_JSON_DEPTH and value:
            return False  # its members would lie deeper than allowed
        for k, v in value.items():
            if not isinstance(k, str):
                return False
            # Scalars are checked here rather than by a call each: most documents are flat.
            if not isinstance(v, _JSON_SCALARS) and not _json_depth_ok(v, depth + 1):
                return False
        return True
    if isinstance(value, list):
        if depth == MAX_JSON_DEPTH and value:
            return False
        for v in value:
            if not isinstance(v, _JSON_SCALARS) and not _json_depth_ok(v, depth + 1):
                return False
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, _JSON_SCALARS)


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
        if kind == "inet":
            if not isinstance(value, str) or len(value) > 49:
                raise CodecError(f"{where}: expected an IP address")
            import ipaddress

            ipaddress.ip_interface(value)  # ValueError for anything that is not an address
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


Decoder = Callable[[Any], Any]
_UTC_SUFFIX = "+00:00"
_new_object = object.__new__
_set_slot = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def _canonical_uuid(text: str) -> uuid.UUID:
    """``uuid.UUID(text)`` for the canonical ``8-4-4-4-12`` form, at half the cost (ValueError otherwise).

    It sets the two slots ``UUID.__init__`` sets, from the number ``UUID.__init__`` would compute.
    """
    digits = text.replace("-", "")
    if len(text) != 36 or len(digits) != 32 or text[8] != "-" or text[13] != "-" or text[18] != "-":
        raise ValueError("not the canonical form")
    value = _new_object(uuid.UUID)
    _set_slot(value, "int", int(digits, 16))
    _set_slot(value, "is_safe", _UNKNOWN)
    return value


try:  # the shortcut relies on UUID's slots; without them, the ordinary constructor
    if _canonical_uuid("019e0a09-01d8-73e0-8d9b-af5763490199") != uuid.UUID(
        "019e0a09-01d8-73e0-8d9b-af5763490199"
    ):
        raise TypeError
except (TypeError, AttributeError):  # pragma: no cover
    _canonical_uuid = uuid.UUID  # type: ignore[assignment]


def _fast_decoder(table_name: str, col: ColumnSpec) -> Decoder:
    """``decode_value`` for one column, with a shortcut for the common well-formed values.

    The shortcut only returns what ``decode_value`` would return for the same value; anything else
    (null, a wrong type, a bad value) goes to ``decode_value``, which decides and words the error.
    """

    def slow(value: Any) -> Any:
        return decode_value(table_name, col, value)

    kind = col.kind
    if kind == "uuid":

        def dec(value: Any) -> Any:
            if value.__class__ is str:
                try:
                    return _canonical_uuid(value)
                except ValueError:
                    pass
            return slow(value)

    elif kind == "datetime":
        parse = dt.datetime.fromisoformat
        utc = dt.UTC

        def dec(value: Any) -> Any:
            if value.__class__ is str and value.endswith("Z"):
                try:
                    return parse(value[:-1] + _UTC_SUFFIX).astimezone(utc)
                except ValueError:
                    pass
            return slow(value)

    elif kind == "str":
        limit = col.max_length

        def dec(value: Any) -> Any:
            if value.__class__ is str and (limit is None or len(value) <= limit) and "\x00" not in value:
                return value
            return slow(value)

    elif kind == "int":

        def dec(value: Any) -> Any:
            if value.__class__ is int and -(2**63) <= value < 2**63:
                return value
            return slow(value)

    elif kind == "bool":

        def dec(value: Any) -> Any:
            return value if value is True or value is False else slow(value)

    elif kind == "enum":
        allowed = frozenset(col.enum_values)

        def dec(value: Any) -> Any:
            return value if value.__class__ is str and value in allowed else slow(value)

    elif kind == "inet":

        def dec(value: Any) -> Any:
            # A plain dotted IPv4 address, checked as ``ipaddress`` checks one; anything else goes there.
            return value if is_plain_ipv4(value) else slow(value)

    else:
        return slow
    return dec


@cache
def _row_decoders(table_name: str) -> tuple[frozenset[str], tuple[tuple[str, Decoder], ...]]:
    table = spec(table_name)
    return frozenset(table.columns), tuple(
        (name, _fast_decoder(table_name, col)) for name, col in table.columns.items()
    )


def decode_row(table_name: str, data: Any, *, partial: bool = False) -> dict[str, Any]:
    """Validate and decode a row (``partial``: only the columns present, for a mutation's ``set``)."""
    if not isinstance(data, dict):
        raise CodecError(f"{table_name}: a row must be a JSON object")
    names, decoders = _row_decoders(table_name)
    unknown = data.keys() - names
    if unknown:
        raise CodecError(f"{table_name}: unknown column(s) {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, dec in decoders:
        if name in data:
            out[name] = dec(data[name])
        elif not partial and name == "id":
            raise CodecError(f"{table_name}: a row needs its id")
    return out
