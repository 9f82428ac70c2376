"""The one engine and session factory every caller uses (client replica, workshop hub, server, tests).

``Database`` wraps an engine and a session factory. SQLite engines get WAL, foreign keys and a busy
timeout on every connection, and explicit ``BEGIN`` handling so transactions mean what they say. How
the SQLite file is opened is decided by a ``Connector``: ``PlainSQLite``, or the replica's encryption at
rest (``bootcamp_desktop/cipher.py``, SQLCipher: only the desktop app needs it). Callers never see
the difference: the engine, raw DBAPI connections (for backups) and checks all go through it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class Connector(Protocol):
    """Opens a SQLite file: the engine URL for SQLAlchemy, and raw DBAPI connections for backups."""

    encrypted: bool

    def url(self, path: Path) -> sa.URL: ...

    def connect(self, path: Path, *, readonly: bool = False) -> Any: ...


@dataclass(frozen=True)
class PlainSQLite:
    encrypted: bool = False

    def url(self, path: Path) -> sa.URL:
        return sa.URL.create("sqlite+pysqlite", database=str(path))

    def connect(self, path: Path, *, readonly: bool = False) -> Any:
        if readonly:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return sqlite3.connect(path)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see the "begin" hook).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers ask for "BEGIN IMMEDIATE" so two writers queue on the lock instead of failing
        # with "database is locked" when a read transaction upgrades to a write.
        options = conn.get_execution_options()
        # Foreign keys can only be switched outside a transaction: set here, kept per connection.
        foreign_keys = options.get("sqlite_foreign_keys", True)
        info = conn.connection.info
        if info.get("foreign_keys", True) != foreign_keys:
            conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            info["foreign_keys"] = foreign_keys
        conn.exec_driver_sql(options.get("sqlite_begin", "BEGIN"))


def create_engine(url: str | sa.URL, **kwargs: Any) -> Engine:
    """An engine for any supported database, configured the way the whole application expects."""
    url = sa.make_url(url)
    if url.get_backend_name() == "postgresql":
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        kwargs.setdefault("pool_pre_ping", True)
        kwargs.setdefault("connect_args", {}).setdefault("options", "-c timezone=UTC")
        return sa.create_engine(url, **kwargs)
    if url.drivername == "sqlite+pysqlcipher" and url.database not in (None, "", ":memory:"):
        # SQLAlchemy gives pysqlcipher a SingletonThreadPool: one connection per thread, and past five
        # threads it closes other threads' connections, even one in use (seen as "Incorrect number of
        # bindings" in the window while a sync ran in worker threads). A queue of connections, each used
        # by one thread at a time, is what pysqlite files get.
        kwargs.setdefault("poolclass", sa.pool.QueuePool)
        kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
    engine = sa.create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


@dataclass
class Database:
    engine: Engine
    path: Path | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        """A session for reading; open a transaction with ``with db.session() as s, s.begin():``."""
        return self._factory()

    @contextmanager
    def write(self, *, foreign_keys: bool = True) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back if it raises.

        ``foreign_keys=False`` (SQLite): references are not enforced in it; the caller checks them later
        (a first sync, whose pages come from several snapshots of the server)."""
        bind = (
            self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE", sqlite_foreign_keys=foreign_keys)
            if self.is_sqlite
            else self.engine
        )
        with self._factory(bind=bind) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_database(path: Path, connector: Connector | None = None, **kwargs: Any) -> Database:
    connector = connector or PlainSQLite()
    return Database(create_engine(connector.url(path), **kwargs), path=path)


def is_sqlite_file(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plain file header (an empty file counts as new).

    An SQLCipher file has no readable header: it looks like random bytes."""
    with path.open("rb") as f:
        head = f.read(16)
    return head == b"" or head == b"SQLite format 3\x00"


def sqlite_backup(source: Path, target: Path, connector: Connector | None = None) -> Path:
    """A consistent copy of a live SQLite database through SQLite's online backup API.

    With an encrypting connector the copy is encrypted with the same key."""
    connector = connector or PlainSQLite()
    target.parent.mkdir(parents=True, exist_ok=True)
    src = connector.connect(source, readonly=True)
    try:
        dst = connector.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
