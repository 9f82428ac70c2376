"""The baseline of the first sync: a raw copy of the same rows, PostgreSQL to a fresh SQLite replica.

``COPY (SELECT <synced columns> FROM <table> [the rows the replica received]) TO STDOUT (FORMAT BINARY)``
through psycopg (values come back typed, decoded in C), each value turned into the replica's storage
form by the same SQLAlchemy bind processors the replica uses, and one ``executemany`` per table into
the replica's schema, all in one SQLite transaction with foreign keys checked at commit. No access
rules, no change log, no JSON, no HTTP: the floor any sync of these rows stands on.
"""

from __future__ import annotations

import gc
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.dialects import sqlite as sqlite_dialect

from bootcamp_core.models import UTCDateTime
from bootcamp_core.protocol import registry

TEXT_OID = 25
_DIALECT = sqlite_dialect.dialect()


@dataclass
class CopyResult:
    rows: dict[str, int] = field(default_factory=dict)
    copy_seconds: float = 0.0  # reading COPY output (PostgreSQL and the psycopg decoding)
    convert_seconds: float = 0.0  # Python values to the replica's storage form
    insert_seconds: float = 0.0  # SQLite executemany + commit
    seconds: float = 0.0  # wall time of the whole copy

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _columns(conn: psycopg.Connection, table: str) -> list[tuple[str, int, str, str]]:
    """(name, type oid, type kind, type name) of each synced column of ``table``, in registry order."""
    wanted = list(registry()[table].columns)
    found = {
        name: (oid, kind, tname)
        for name, oid, kind, tname in conn.execute(
            "SELECT a.attname, a.atttypid, t.typtype, t.typname FROM pg_attribute a"
            " JOIN pg_type t ON t.oid = a.atttypid"
            " WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
            (table,),
        ).fetchall()
    }
    return [(name, *found[name]) for name in wanted]


def _select(table: str, cols: list[tuple[str, int, str, str]], filtered: bool) -> tuple[str, list[int]]:
    exprs, oids = [], []
    for name, oid, kind, tname in cols:
        if kind == "e" or tname == "inet":  # enums and inet travel as text (the replica stores text)
            # abbrev(): an address as the change log's to_jsonb writes it (no "/32" for a host)
            exprs.append(f'abbrev(t."{name}")' if tname == "inet" else f't."{name}"::text')
            oids.append(TEXT_OID)
        else:
            exprs.append(f't."{name}"')
            oids.append(oid)
    where = f" JOIN {_filter_table(table)} f ON f.id = t.id" if filtered else ""
    return f'SELECT {", ".join(exprs)} FROM "{table}" t{where}', oids


def _filter_table(table: str) -> str:
    return f"bench_visible_{table}"


def _processors(table: str) -> list[tuple[int, Callable[[Any], Any]]]:
    """(column index, bind processor) for the columns whose values the replica stores transformed."""
    t = registry()[table].table
    out = []
    for i, name in enumerate(registry()[table].columns):
        typ = t.c[name].type
        if isinstance(typ, UTCDateTime):
            typ = typ.impl  # PostgreSQL gives naive UTC datetimes, which is what the replica stores
        proc = typ._cached_bind_processor(_DIALECT)
        if proc is not None:
            out.append((i, proc))
    return out


def prepare_filters(conn: psycopg.Connection, ids: dict[str, Iterable[uuid.UUID]]) -> None:
    """Temporary tables of the row ids a (non-admin) replica received, one per table (not timed)."""
    for table, row_ids in ids.items():
        name = _filter_table(table)
        conn.execute(f"CREATE TEMP TABLE {name} (id uuid PRIMARY KEY)")
        with conn.cursor().copy(f"COPY {name} (id) FROM STDIN") as copy:
            for rid in row_ids:
                copy.write_row((rid,))
        conn.execute(f"ANALYZE {name}")


def raw_copy(
    pg_dsn: str,
    replica_path: Path,
    tables: list[str],
    *,
    filtered: bool = False,
    ids: dict[str, Iterable[uuid.UUID]] | None = None,
) -> CopyResult:
    """Copy ``tables`` (parents first) into the empty replica at ``replica_path``; only the ids in ``ids``
    when ``filtered``. Connections are opened (and filters prepared) before the clock starts."""
    result = CopyResult()
    # The cyclic collector is off during the copy, as it is during a pull (sync/pull.py): the floor is
    # measured without the collector walking the rows again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _raw_copy(pg_dsn, replica_path, tables, filtered, ids, result)
    finally:
        if collecting:
            gc.enable()


def _raw_copy(
    pg_dsn: str,
    replica_path: Path,
    tables: list[str],
    filtered: bool,
    ids: dict[str, Iterable[uuid.UUID]] | None,
    result: CopyResult,
) -> CopyResult:
    with psycopg.connect(pg_dsn, autocommit=False) as pg:
        if filtered:
            prepare_filters(pg, ids or {})
        plans = []
        for table in tables:
            cols = _columns(pg, table)
            sql, oids = _select(table, cols, filtered)
            names = ", ".join(f'"{c[0]}"' for c in cols)
            marks = ", ".join("?" * len(cols))
            plans.append(
                (table, sql, oids, f'INSERT INTO "{table}" ({names}) VALUES ({marks})', _processors(table))
            )
        lite = sqlite3.connect(replica_path, isolation_level=None)
        lite.execute("PRAGMA foreign_keys=ON")
        lite.execute("PRAGMA journal_mode=WAL")
        lite.execute("PRAGMA synchronous=NORMAL")
        started = time.perf_counter()
        lite.execute("BEGIN IMMEDIATE")
        lite.execute("PRAGMA defer_foreign_keys=ON")
        cur = pg.cursor()
        for table, sql, oids, insert, procs in plans:
            t0 = time.perf_counter()
            with cur.copy(f"COPY ({sql}) TO STDOUT (FORMAT BINARY)") as copy:
                copy.set_types(oids)
                rows = list(copy.rows())
            t1 = time.perf_counter()
            if procs:
                converted = []
                for row in rows:
                    values = list(row)
                    for i, proc in procs:
                        values[i] = proc(values[i])
                    converted.append(values)
                rows = converted
            t2 = time.perf_counter()
            lite.executemany(insert, rows)
            t3 = time.perf_counter()
            result.rows[table] = len(rows)
            result.copy_seconds += t1 - t0
            result.convert_seconds += t2 - t1
            result.insert_seconds += t3 - t2
        t0 = time.perf_counter()
        lite.execute("COMMIT")
        result.insert_seconds += time.perf_counter() - t0
        result.seconds = time.perf_counter() - started
        lite.close()
        pg.rollback()
    return result


def copy_text(
    pg_dsn: str,
    tables: list[str],
    *,
    filtered: bool = False,
    ids: dict[str, Iterable[uuid.UUID]] | None = None,
) -> bytes:
    """The same rows as PostgreSQL's COPY text output (for the size comparison; not timed)."""
    out = bytearray()
    with psycopg.connect(pg_dsn) as pg:
        if filtered:
            prepare_filters(pg, ids or {})
        for table in tables:
            sql, _oids = _select(table, _columns(pg, table), filtered)
            with pg.cursor().copy(f"COPY ({sql}) TO STDOUT") as copy:
                for data in copy:
                    out += data
        pg.rollback()
    return bytes(out)
