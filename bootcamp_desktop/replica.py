"""The local replica: where it lives, and opening it safely.

The replica is one SQLite file, ``replica.db``, in the user data directory (platformdirs), or in
``$BOOTCAMP_DATA_DIR`` when set, so several replicas can live side by side on one machine. Blobs and
backups sit beside it. Opening it creates the file on first start and migrates an older one in place
(the shared migrations and the replica's own branch, ``bootcamp_desktop/migrations``) after taking a
backup; a file that is not a database, or one written by a newer version of the app, raises
``ReplicaError`` with a message for the user and is left untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from bootcamp_core.models.base import utcnow
from bootcamp_core.models.db import (
    Connector,
    Database,
    PlainSQLite,
    is_sqlite_file,
    sqlite_backup,
    sqlite_database,
)
from bootcamp_core.models.migrate import Migrations, SchemaTooNewError, revision_label

from .cipher import encrypt_in_place

APP_NAME = "bootcamp-desktop"
APP_AUTHOR = "Fataplus"
REPLICA_FILE = "replica.db"
# The shared chain and the replica's own branch (bootcamp_desktop/migrations: no server-only tables).
MIGRATIONS = Migrations(branches=(Path(__file__).with_name("migrations") / "versions",))


class ReplicaError(RuntimeError):
    """The replica cannot be opened; the message says why and what to do."""


class ReplicaKeyError(ReplicaError):
    """The replica is encrypted and cannot be decrypted with the key at hand (or none is at hand)."""


def data_dir() -> Path:
    override = os.environ.get("BOOTCAMP_DATA_DIR")
    path = Path(override).expanduser() if override else platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    return path.resolve()


def replica_path(directory: Path | None = None) -> Path:
    return (directory or data_dir()) / REPLICA_FILE


def backups_dir(directory: Path | None = None) -> Path:
    return (directory or data_dir()) / "backups"


def blobs_dir(directory: Path | None = None) -> Path:
    return (directory or data_dir()) / "blobs"


def _stored_revision(path: Path, connector: Connector) -> frozenset[str] | None:
    """The Alembic revision recorded in the file, read without SQLAlchemy and without writing."""
    conn = connector.connect(path, readonly=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            others = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if others:
                raise ReplicaError(
                    f"{path} is an SQLite database of another application (it has tables but no Bootcamp "
                    "schema version). It was left untouched; set BOOTCAMP_DATA_DIR to another folder."
                )
            return None
        return frozenset(row[0] for row in conn.execute("SELECT version_num FROM alembic_version"))
    finally:
        conn.close()


def _read_revision(path: Path, connector: Connector) -> frozenset[str] | None:
    try:
        revision = _stored_revision(path, connector)
        MIGRATIONS.check_not_newer(revision or ())
        return revision
    except SchemaTooNewError as exc:
        raise ReplicaError(str(exc)) from exc
    except Exception as exc:  # sqlite3 / sqlcipher3 DatabaseError: not a database, or wrong key
        if type(exc).__name__ != "DatabaseError":
            raise
        if connector.encrypted:
            raise ReplicaKeyError(
                f"{path} cannot be decrypted with this computer's key for it (the key in the system keyring "
                "is missing or different). The file was left untouched."
            ) from exc
        raise ReplicaError(f"{path} cannot be read as a database ({exc}); it was left untouched.") from exc


def open_replica(directory: Path | None = None, connector: Connector | None = None) -> Database:
    """Open (creating, encrypting or migrating as needed) the replica in ``directory``.

    With an encrypting ``connector``, a plain replica from an earlier version is encrypted in place
    first (``cipher.encrypt_in_place``). A file this app cannot read raises ``ReplicaError`` (or
    ``ReplicaKeyError`` when the key is the problem) and is left untouched.
    """
    connector = connector or PlainSQLite()
    directory = directory or data_dir()
    path = replica_path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path.with_name(path.name + ".encrypting").unlink(missing_ok=True)  # an encryption cut short
    existing = path.exists() and path.stat().st_size > 0
    revision: frozenset[str] | None = None
    if existing:
        plain = is_sqlite_file(path)
        if plain:
            revision = _read_revision(path, PlainSQLite())
            if connector.encrypted:
                encrypt_in_place(path, connector)
        elif not connector.encrypted:
            raise ReplicaError(
                f"{path} is not a Bootcamp replica that can be read here (it is not an SQLite database, or "
                "it is encrypted and its key is not available). It was left untouched; move it away or set "
                "BOOTCAMP_DATA_DIR to another folder."
            )
        else:
            revision = _read_revision(path, connector)
    db = sqlite_database(path, connector)
    if existing and revision and revision != MIGRATIONS.heads():
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        label = revision_label(revision)
        sqlite_backup(path, backups_dir(directory) / f"replica-before-upgrade-{label}-{stamp}.db", connector)
    try:
        MIGRATIONS.upgrade(db)
    except SchemaTooNewError as exc:
        db.dispose()
        raise ReplicaError(str(exc)) from exc
    except ReplicaError:
        db.dispose()
        raise
    return db
