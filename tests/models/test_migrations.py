"""Alembic builds the schema the code declares, on SQLite and on PostgreSQL, and upgrades old replicas.
The shared chain with the server's branch and with the replica's: tests/models/test_migration_branches.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bootcamp_core.models import Base
from bootcamp_core.models.db import Database, create_engine, sqlite_database
from bootcamp_core.models.migrate import current_revisions
from bootcamp_desktop.replica import MIGRATIONS as REPLICA
from bootcamp_desktop.replica import ReplicaError, backups_dir, open_replica, replica_path
from bootcamp_server.models import METADATA
from bootcamp_server.models import MIGRATIONS as SERVER


def _drift(db: Database, metadata: sa.MetaData | tuple[sa.MetaData, ...] = Base.metadata) -> list:
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(mc, metadata)


def test_sqlite_migrations_match_metadata(tmp_path: Path) -> None:
    db = sqlite_database(tmp_path / "m.db")
    REPLICA.upgrade(db)
    assert _drift(db) == []
    assert current_revisions(db) == REPLICA.heads() == {"replica_0001"}


@pytest.mark.postgres
def test_postgres_migrations_match_metadata(pg_url: str) -> None:
    db = Database(create_engine(pg_url))
    try:
        SERVER.upgrade(db)
        assert _drift(db, METADATA) == []
        with db.engine.connect() as conn:
            kinds = dict(
                conn.execute(
                    sa.text(
                        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name='users'"
                    )
                ).all()
            )
            enums = {r[0] for r in conn.execute(sa.text("SELECT typname FROM pg_type WHERE typtype='e'"))}
        assert kinds["id"] == "uuid"
        assert kinds["location"] == "jsonb"
        assert kinds["language_preferences"] == "ARRAY"
        assert {"design_experience_level", "submission_status", "certificate_type"} <= enums
        # Every revision downgrades and upgrades again cleanly.
        with db.engine.begin() as conn:
            command.downgrade(SERVER.config(conn), "base")
        SERVER.upgrade(db)
        assert _drift(db, METADATA) == []
    finally:
        db.dispose()


def test_old_replica_upgrades_in_place_with_backup(tmp_path: Path) -> None:
    path = replica_path(tmp_path)
    old = sqlite_database(path)
    REPLICA.upgrade(old, "0001")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (id, fataplus_user_id, email, full_name) VALUES "
            "('0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210', 'a@b.example', 'Aina')"
        )
    old.dispose()

    db = open_replica(tmp_path)
    try:
        assert current_revisions(db) == REPLICA.heads()
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT full_name, sync_version FROM users").one()
        assert tuple(row) == ("Aina", 0)
        backups = list(backups_dir(tmp_path).glob("replica-before-upgrade-0001-*.db"))
        assert len(backups) == 1
        check = sqlite3.connect(backups[0])
        assert check.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert check.execute("SELECT full_name FROM users").fetchone() == ("Aina",)
        check.close()
    finally:
        db.dispose()


def test_new_replica_has_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_replica(tmp_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(sa.exc.IntegrityError):
                conn.exec_driver_sql(
                    "INSERT INTO user_profiles (id, user_id) VALUES "
                    "('0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff')"
                )
        assert not list(backups_dir(tmp_path).glob("*.db")), "a new replica needs no backup"
    finally:
        db.dispose()


def test_file_that_is_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    path = replica_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    content = b"my thesis draft, not a database\n" * 100
    path.write_bytes(content)
    with pytest.raises(ReplicaError, match="not an SQLite database"):
        open_replica(tmp_path)
    assert path.read_bytes() == content


def test_database_of_another_application_is_left_untouched(tmp_path: Path) -> None:
    path = replica_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ReplicaError, match="another application"):
        open_replica(tmp_path)
    assert path.read_bytes() == before


def test_replica_from_a_newer_app_is_left_untouched(tmp_path: Path) -> None:
    db = open_replica(tmp_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.dispose()
    path = replica_path(tmp_path)
    before = path.read_bytes()
    with pytest.raises(ReplicaError, match="newer version"):
        open_replica(tmp_path)
    assert path.read_bytes() == before
    assert not list(backups_dir(tmp_path).glob("*.db"))


def test_data_dir_follows_environment(data_dir: Path) -> None:
    from bootcamp_desktop.replica import data_dir as resolve

    assert resolve() == data_dir.resolve()


def test_an_old_replicas_pending_changes_become_one_transaction_each(tmp_path: Path) -> None:
    """0006: entries written before transactions were recorded keep being pushed as they were, alone."""
    path = replica_path(tmp_path)
    old = sqlite_database(path)
    REPLICA.upgrade(old, "0004")
    with old.engine.begin() as conn:
        for i, mutation in enumerate(
            ("0123456789abcdef0123456789abcde1", "0123456789abcdef0123456789abcde2")
        ):
            conn.exec_driver_sql(
                "INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, payload, base_version, state) "
                f"VALUES ('{mutation}', 'discussions', 'fedcba9876543210fedcba987654321{i}', 'update', "
                '\'{"set": {}, "inc": {"view_count": 1}}\', 3, \'pending\')'
            )
    old.dispose()

    db = open_replica(tmp_path)
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT mutation_id, txn_id FROM sync_outbox ORDER BY id").all()
        assert [(m, t) for m, t in rows] == [(m, m) for m, _t in rows] and len({t for _m, t in rows}) == 2
    finally:
        db.dispose()
