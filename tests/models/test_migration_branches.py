"""The server's and the replica's own migration branches: a replica holds no server-only table, a server
holds them all, and the databases of the single chain (every database stamped 0007 before the branches)
upgrade in place: a server keeps its sign-in data, a replica drops the empty server tables it carried."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.models.db import Database, create_engine, sqlite_database
from bootcamp_core.models.migrate import SHARED, current_revisions
from bootcamp_desktop.replica import ReplicaError, backups_dir, open_replica, replica_path
from bootcamp_server.models import MIGRATIONS as SERVER
from bootcamp_server.models import ServerBase
from bootcamp_server.schema import migrate

from .test_migrations import _drift

SERVER_TABLES = set(ServerBase.metadata.tables)
USER_ID = "0123456789abcdef0123456789abcdef"


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


# What the server's branch added after the split, which no single-chain database has.
LATER_TABLES = {"sync_clients"}  # server_0006
LATER_COLUMNS = {"oauth_tokens": ("access_used_at", "withdrawn_at")}  # server_0005


def _single_chain_0007(db: Database) -> None:
    """What the single chain left up to this version: the shared tables and the server's, stamped 0007."""
    SHARED.upgrade(db, "0007")
    ServerBase.metadata.create_all(
        db.engine, tables=[t for name, t in ServerBase.metadata.tables.items() if name not in LATER_TABLES]
    )
    with db.engine.begin() as conn:
        for table, columns in LATER_COLUMNS.items():
            for column in columns:
                conn.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    assert current_revisions(db) == {"0007"} and SERVER_TABLES - LATER_TABLES <= _tables(db)


def _uuid(text: str, db: Database) -> str | uuid.UUID:
    return uuid.UUID(text) if db.engine.dialect.name == "postgresql" else text


def test_a_new_replica_holds_no_server_table(tmp_path: Path) -> None:
    db = open_replica(tmp_path)
    try:
        assert not SERVER_TABLES & _tables(db)
        assert {"users", "sync_outbox", "server_settings"} <= _tables(db)
        assert current_revisions(db) == {"replica_0001"}
    finally:
        db.dispose()


def test_a_new_server_holds_every_table_of_both_metadata(tmp_path: Path) -> None:
    db = sqlite_database(tmp_path / "server.db")
    try:
        migrate(db)
        assert SERVER_TABLES <= _tables(db)
        assert current_revisions(db) == SERVER.heads() and len(SERVER.heads()) == 1
    finally:
        db.dispose()


def test_a_single_chain_replica_drops_its_empty_server_tables_and_keeps_its_rows(tmp_path: Path) -> None:
    old = sqlite_database(replica_path(tmp_path))
    _single_chain_0007(old)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (id, fataplus_user_id, email, full_name) VALUES "
            f"('{USER_ID}', 'fedcba9876543210fedcba9876543210', 'a@b.example', 'Aina')"
        )
    old.dispose()

    db = open_replica(tmp_path)
    try:
        assert not SERVER_TABLES & _tables(db)
        assert _drift(db) == []
        assert current_revisions(db) == {"replica_0001"}
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT full_name FROM users").scalar_one() == "Aina"
    finally:
        db.dispose()
    (backup,) = backups_dir(tmp_path).glob("replica-before-upgrade-0007-*.db")
    check = sqlite3.connect(backup)
    names = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    check.close()
    assert SERVER_TABLES - LATER_TABLES <= names, "the backup is the replica as it was"


def test_a_server_database_is_not_taken_for_a_replica(tmp_path: Path) -> None:
    """Rows in a server-only table: the file is a server's (a hub's, copied there by mistake); nothing is
    dropped."""
    old = sqlite_database(replica_path(tmp_path))
    _single_chain_0007(old)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (id, fataplus_user_id, email, full_name) VALUES "
            f"('{USER_ID}', 'fedcba9876543210fedcba9876543210', 'a@b.example', 'Aina')"
        )
        conn.exec_driver_sql(f"INSERT INTO auth_passwords (user_id, password_hash) VALUES ('{USER_ID}', 'x')")
    old.dispose()

    with pytest.raises(ReplicaError, match="server-only tables .*auth_passwords"):
        open_replica(tmp_path)
    again = sqlite_database(replica_path(tmp_path))
    try:
        assert SERVER_TABLES - LATER_TABLES <= _tables(again)
        assert current_revisions(again) == {"0007"}
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT password_hash FROM auth_passwords").scalar_one() == "x"
    finally:
        again.dispose()


def _single_chain_server_keeps_its_data(db: Database) -> None:
    _single_chain_0007(db)
    user = _uuid(USER_ID, db)
    release = _uuid("0190a1b2c3d47e5f8a9b0c1d2e3f4a5b", db)
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO users (id, fataplus_user_id, email, full_name) "
                "VALUES (:id, :f, 'a@b.example', 'Aina')"
            ),
            {"id": user, "f": _uuid("fedcba9876543210fedcba9876543210", db)},
        )
        conn.execute(
            sa.text("INSERT INTO auth_passwords (user_id, password_hash) VALUES (:id, 'argon2-hash')"),
            {"id": user},
        )
        conn.execute(
            sa.text(
                "INSERT INTO releases (id, platform, version, sha256, size_bytes, filename, protocol) "
                "VALUES (:id, 'linux-deb', '1.4.0', :sha, 10, 'bootcamp.deb', 3)"
            ),
            {"id": release, "sha": "a" * 64},
        )

    SERVER.upgrade(db)  # what ``bootcamp-server migrate`` runs before its triggers (which add an index)

    assert current_revisions(db) == SERVER.heads()
    assert _drift(db, SERVER.metadata) == []
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT password_hash FROM auth_passwords")).scalar_one() == "argon2-hash"
        assert conn.execute(sa.text("SELECT version FROM releases")).scalar_one() == "1.4.0"


def test_a_single_chain_server_keeps_its_sign_in_data_on_sqlite(tmp_path: Path) -> None:
    db = sqlite_database(tmp_path / "hub.db")
    try:
        _single_chain_server_keeps_its_data(db)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_a_single_chain_server_keeps_its_sign_in_data_on_postgresql(pg_url: str) -> None:
    db = Database(create_engine(pg_url))
    try:
        _single_chain_server_keeps_its_data(db)
    finally:
        db.dispose()
