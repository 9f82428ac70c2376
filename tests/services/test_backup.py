"""Backups: verified copies, daily rotation with 30 days kept, restore that keeps unsynced changes."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bootcamp_core.models import Discussion, DiscussionReply, OutboxEntry, User
from bootcamp_desktop.replica import backups_dir
from bootcamp_desktop.services import backup
from bootcamp_desktop.sync.outbox import local_write


def test_backup_is_verified_and_restorable(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    info = backup.make_backup(demo_workspace)
    assert info.path.parent == backups_dir(demo_workspace.directory)
    conn = demo_workspace.connector.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM courses").fetchone()[0] >= 3
    conn.close()


def test_a_corrupt_backup_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "replica-20260101T000000Z-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(backup.BackupError):
        backup.verify_backup(bad)


def test_daily_backup_keeps_thirty_days(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 11, 25, 8, tzinfo=dt.UTC)
    old = backups_dir(demo_workspace.directory) / "replica-20261001T080000Z-daily.db"
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(b"")
    recent = backups_dir(demo_workspace.directory) / "replica-20261124T090000Z-daily.db"
    recent.write_bytes(b"")
    assert backup.daily_backup(demo_workspace, now=now) is None, "the newest is less than a day old"
    assert not old.exists() and recent.exists()
    later = now + dt.timedelta(days=2)
    assert backup.daily_backup(demo_workspace, now=later) is not None


def test_restore_keeps_changes_made_after_the_backup(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    with ws.db.session() as s:
        discussion = s.scalars(sa.select(Discussion).order_by(Discussion.id)).first()
        me = ws.settings.current_user_id
        old_bio = s.get(User, me).bio
    snapshot = backup.make_backup(ws)
    with local_write(ws.db) as s:
        reply = DiscussionReply(discussion_id=discussion.id, author_id=me, content="written after the backup")
        s.add(reply)
        s.get(User, me).bio = "new bio, not yet synced"
    kept = backup.restore_backup(ws, snapshot.path)
    assert kept == 2
    with ws.db.session() as s:
        assert s.get(DiscussionReply, reply.id).content == "written after the backup"
        assert s.get(User, me).bio == "new bio, not yet synced" != old_bio
        assert s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 2
    assert any("prerestore" in p.name for p in backups_dir(ws.directory).iterdir())
