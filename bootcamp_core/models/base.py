"""Declarative base, naming convention and the portable column types of the schema.

One schema serves PostgreSQL (the central server) and SQLite (the local replica and the
workshop hub). Where PostgreSQL has a native type the seed asks for, the column uses it
there and a portable equivalent on SQLite:

=================  ======================  ==============================================
seed type          PostgreSQL              SQLite
=================  ======================  ==============================================
UUID               UUID                    CHAR(32) hex (SQLAlchemy ``Uuid``)
JSONB              JSONB                   JSON (text, ``json_*`` functions work)
TEXT[]             TEXT[]                  JSON array (SQLite has no arrays)
INET               INET                    VARCHAR(45) (enough for any IPv6 text form)
DECIMAL(p,s)       NUMERIC(p,s)            NUMERIC affinity, read back as ``Decimal``
ENUM(...)          native ENUM type        VARCHAR + CHECK constraint on the value set
TIMESTAMP          TIMESTAMP (UTC, naive)  DATETIME text (UTC); Python sees aware UTC
=================  ======================  ==============================================
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
import warnings
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.functions import FunctionElement

# Constraint names are stable so that Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite stores NUMERIC as REAL or INTEGER; values are quantized back to Decimal on read,
# which is exact for the seed's DECIMAL(5,2)/(3,2)/(15,2) ranges.
warnings.filterwarnings(
    "ignore", message=r".*does \*not\* support Decimal objects natively", category=sa_exc.SAWarning
)


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7).

    Rows created offline keep their identity everywhere, and ids created close in time sort
    together so B-tree inserts stay local. 48 bits of Unix milliseconds, 74 random bits.
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return uuid.UUID(int=value)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class gen_random_uuid(FunctionElement):  # noqa: N801 - named after the SQL function
    """Server default for primary keys: ``gen_random_uuid()`` on PostgreSQL, random hex on SQLite."""

    type = sa.Uuid()
    inherit_cache = True


@compiles(gen_random_uuid, "postgresql")
def _pg_gen_random_uuid(element: Any, compiler: Any, **kw: Any) -> str:
    return "gen_random_uuid()"


@compiles(gen_random_uuid)
def _default_gen_random_uuid(element: Any, compiler: Any, **kw: Any) -> str:
    return "(lower(hex(randomblob(16))))"


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """The seed's TIMESTAMP: stored without zone, always in UTC; Python sees aware datetimes."""

    impl = sa.DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must carry a timezone (they are stored in UTC)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def is_plain_ipv4(value: Any) -> bool:
    """A dotted IPv4 address exactly as ``ipaddress`` writes it (four decimal octets, no leading zeros):
    what ``ipaddress`` accepts and leaves unchanged, checked without it (learning analytics carry one
    per row)."""
    if value.__class__ is not str or len(value) > 15:
        return False
    parts = value.split(".")
    return len(parts) == 4 and all(
        p.isascii() and p.isdigit() and len(p) <= 3 and (p == "0" or p[0] != "0") and int(p) <= 255
        for p in parts
    )


class InetAddress(sa.types.TypeDecorator[str]):
    """The seed's INET: native on PostgreSQL, VARCHAR(45) elsewhere; always a checked string in Python
    (psycopg would otherwise hand back ``ipaddress`` objects that JSON cannot carry)."""

    impl = sa.String(45)
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.INET())
        return dialect.type_descriptor(sa.String(45))

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> str | None:
        if value is None:
            return None
        if is_plain_ipv4(value):
            return value  # already what the normalisation below would make of it
        import ipaddress

        return str(ipaddress.ip_interface(str(value))).removesuffix("/32").removesuffix("/128")

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> str | None:
        return None if value is None else str(value)


# Portable renderings of the seed's PostgreSQL-native types.
JSONDoc = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TextArray = sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), "postgresql")
Inet = InetAddress()


def enum_type(name: str, values: tuple[str, ...]) -> sa.Enum:
    """A native enum on PostgreSQL, a CHECK-constrained VARCHAR on SQLite; bad values raise on bind."""
    return sa.Enum(*values, name=name, create_constraint=True, validate_strings=True)


def now_default() -> dict[str, Any]:
    """``DEFAULT CURRENT_TIMESTAMP``, filled in Python too so the ORM object has it before flush."""
    return {"default": utcnow, "server_default": sa.func.current_timestamp()}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: sa.Uuid(),
        dt.datetime: UTCDateTime(),
        dt.date: sa.Date(),
        Decimal: sa.Numeric(),
        dict[str, Any]: JSONDoc,
        list[str]: TextArray,
        str: sa.Text(),
    }


def uuid_pk() -> Mapped[uuid.UUID]:
    """``id UUID PRIMARY KEY DEFAULT gen_random_uuid()``; ids are made client-side as UUIDv7."""
    return mapped_column(sa.Uuid(), primary_key=True, default=uuid7, server_default=gen_random_uuid())


class SyncedMixin:
    """Sync metadata carried by every row that replicates between server and replicas.

    ``sync_version``: the row's version on the server, incremented by every server-side write;
    a client mutation carries the version it was based on, so a concurrent write is detected.
    ``sync_seq``: the server change sequence of the row's last change (the ``seq`` that the server's
    change log assigned when the writing transaction committed; see docs/sync-protocol.md). NULL on a
    replica for a row made locally and not yet acknowledged by the server.
    Deletions are recorded as tombstones (``delete`` entries of the server's change log, see
    ``sync_meta``) instead of a flag on the row, so unique constraints and ON DELETE CASCADE keep
    working, and every query of the application sees only live rows.
    """

    __synced__ = True

    sync_version: Mapped[int] = mapped_column(sa.BigInteger(), default=0, server_default="0")
    sync_seq: Mapped[int | None] = mapped_column(sa.BigInteger(), index=True)
