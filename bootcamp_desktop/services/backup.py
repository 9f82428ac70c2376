"""Local backups of the replica with SQLite's online backup API, verified, rotated, restorable.

- ``make_backup`` copies the live replica (consistent while the app runs), then verifies the copy:
  ``PRAGMA integrity_check`` must say ok and a test restore (opening the copy with the app's schema
  check and counting every table) must work. A copy that fails is deleted and the error raised.
- ``daily_backup`` makes one backup per day when the newest is older than a day, and keeps 30 days.
- ``restore_backup`` replaces the replica with a backup while keeping the outbox: every local change
  not yet synced (in the current replica's outbox but not in the backup's) is carried over and
  replayed onto the restored rows, so nothing the user did since the backup is lost. The replaced
  replica is itself kept as a backup first.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models import Base, OutboxEntry, utcnow
from bootcamp_core.models.db import Connector, PlainSQLite, sqlite_backup, sqlite_database
from bootcamp_core.protocol.codec import CodecError, decode_row
from bootcamp_core.protocol.merge import merge_values
from bootcamp_core.protocol.tables import spec
from bootcamp_desktop.replica import MIGRATIONS, backups_dir, open_replica, replica_path

from .workspace import Workspace

KEEP_DAYS = 30
NAME_RE = re.compile(r"^replica-(\d{8}T\d{6}Z)(?:-[a-z]+)?\.db$")


class BackupError(RuntimeError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int


def verify_backup(path: Path, connector: Connector | None = None) -> None:
    """Integrity check and a test restore: the copy opens as a replica and every table reads."""
    connector = connector or PlainSQLite()
    try:
        conn = connector.connect(path, readonly=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except Exception as exc:  # sqlite3 / sqlcipher3 DatabaseError
        if type(exc).__name__ != "DatabaseError":
            raise
        raise BackupError(f"{path.name} is not a readable database with this replica's key: {exc}") from exc
    if result != [("ok",)]:
        raise BackupError(f"{path.name} failed its integrity check: {result[:3]}")
    scratch = path.with_suffix(".verify")
    try:
        sqlite_backup(path, scratch, connector)
        db = sqlite_database(scratch, connector)
        try:
            MIGRATIONS.upgrade(db)  # an old backup must still open in this version of the app
            with db.engine.connect() as conn:
                for table in Base.metadata.sorted_tables:
                    conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
        finally:
            db.dispose()
    except BackupError:
        raise
    except Exception as exc:
        raise BackupError(f"{path.name} could not be restored in a test: {exc}") from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)


def make_backup(ws: Workspace, *, kind: str = "manual") -> BackupInfo:
    stamp = utcnow()
    target = backups_dir(ws.directory) / f"replica-{stamp:%Y%m%dT%H%M%SZ}-{kind}.db"
    if target.exists():
        target = target.with_name(f"replica-{stamp:%Y%m%dT%H%M%SZ}-{kind}-{uuid.uuid4().hex[:6]}.db")
    sqlite_backup(replica_path(ws.directory), target, ws.connector)
    try:
        verify_backup(target, ws.connector)
    except BackupError:
        target.unlink(missing_ok=True)
        raise
    return BackupInfo(target, stamp, target.stat().st_size)


def list_backups(directory: Path) -> list[BackupInfo]:
    out = []
    for path in backups_dir(directory).glob("replica-*.db"):
        match = NAME_RE.match(path.name)
        if match:
            taken = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            out.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def prune(directory: Path, *, keep_days: int = KEEP_DAYS, now: dt.datetime | None = None) -> list[Path]:
    cutoff = (now or utcnow()) - dt.timedelta(days=keep_days)
    removed = []
    for info in list_backups(directory):
        if info.taken_at < cutoff:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def daily_backup(ws: Workspace, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """One verified backup a day (when the newest is older than a day); prunes those past 30 days."""
    now = now or utcnow()
    newest = next(iter(list_backups(ws.directory)), None)
    made = None
    if newest is None or now - newest.taken_at >= dt.timedelta(days=1):
        made = make_backup(ws, kind="daily")
    prune(ws.directory, now=now)
    return made


def _replay(conn: sa.Connection, entry: dict) -> None:  # type: ignore[type-arg]
    table = spec(entry["table_name"]).table
    payload = entry["payload"] or {}
    try:
        values = decode_row(entry["table_name"], payload.get("set", {}), partial=True)
        base = decode_row(entry["table_name"], payload["base"], partial=True) if payload.get("base") else None
    except CodecError:
        return
    row_id = entry["row_id"]
    current = conn.execute(sa.select(table).where(table.c.id == row_id)).mappings().first()
    if entry["op"] == "delete":
        conn.execute(sa.delete(table).where(table.c.id == row_id))
    elif current is None:
        if entry["op"] == "insert":
            values = merge_values(entry["table_name"], {}, values, payload.get("inc", {}))
            conn.execute(sa.insert(table).values(id=row_id, **values))
    else:
        merged = merge_values(entry["table_name"], dict(current), values, payload.get("inc", {}), base=base)
        conn.execute(
            sa.update(table)
            .where(table.c.id == row_id)
            .values({k: v for k, v in merged.items() if k != "id"})
        )


def restore_backup(ws: Workspace, backup: Path) -> int:
    """Restore ``backup`` into the workspace, keeping unsynced local changes; returns how many were kept."""
    backup = backup.resolve()
    verify_backup(backup, ws.connector)
    with ws.db.session() as s:
        current = [
            {attr.columns[0].name: getattr(e, attr.key) for attr in sa.inspect(OutboxEntry).column_attrs}
            for e in s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id))
        ]
    make_backup(ws, kind="prerestore")
    path = replica_path(ws.directory)
    ws.db.dispose()
    staging = path.with_name("replica.restoring.db")
    sqlite_backup(backup, staging, ws.connector)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(staging, path)
    ws.db = open_replica(ws.directory, ws.connector)
    kept = 0
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        known = set(conn.execute(sa.select(OutboxEntry.mutation_id)).scalars())
        for entry in current:
            if entry["mutation_id"] in known:
                continue
            conn.execute(
                sa.insert(OutboxEntry.__table__).values({k: v for k, v in entry.items() if k != "id"})
            )
            if entry["state"] in ("pending", "sent"):
                _replay(conn, entry)
            kept += 1
    return kept
