"""Local writes through services land in the outbox in the same transaction as the change."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.models import Course, Discussion, DiscussionReply, OutboxEntry, User
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.outbox import increment, local_write, pending_count


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_replica(tmp_path)
    yield database
    database.dispose()


def _user(s) -> User:  # type: ignore[no-untyped-def]
    u = User(fataplus_user_id=uuid.uuid4(), email=f"{uuid.uuid4().hex[:8]}@x.example", full_name="Aina")
    s.add(u)
    return u


def _entries(db) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id)))


def test_insert_records_all_values_in_wire_form(db) -> None:  # type: ignore[no-untyped-def]
    with local_write(db) as s:
        u = _user(s)
    [entry] = _entries(db)
    assert entry.op == "insert" and entry.table_name == "users" and entry.row_id == u.id
    assert entry.payload["set"]["full_name"] == "Aina"
    assert entry.payload["set"]["created_at"].endswith("Z")
    assert "id" not in entry.payload["set"] and "sync_version" not in entry.payload["set"]


def test_updates_of_a_pending_row_coalesce(db) -> None:  # type: ignore[no-untyped-def]
    with local_write(db) as s:
        u = _user(s)
    with local_write(db) as s:
        s.get(User, u.id).bio = "first"
    with local_write(db) as s:
        s.get(User, u.id).bio = "second"
    [entry] = _entries(db)
    assert entry.op == "insert" and entry.payload["set"]["bio"] == "second"


def test_update_after_sent_entry_is_a_new_entry_with_changed_fields_only(db) -> None:  # type: ignore[no-untyped-def]
    with local_write(db) as s:
        u = _user(s)
    with db.write() as s:
        s.execute(sa.update(OutboxEntry).values(state="sent"))
    with local_write(db) as s:
        s.get(User, u.id).bio = "hello"
    entries = _entries(db)
    assert [e.op for e in entries] == ["insert", "update"]
    assert entries[1].payload == {"set": {"bio": "hello"}, "inc": {}}


def test_counters_travel_as_increments(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        u = _user(s)
        c = Course(title="T", slug="t", description="d", estimated_duration_hours=1)
        s.add(c)
        s.flush()
        d = Discussion(author_id=u.id, course_id=c.id, title="Q", content="?")
        s.add(d)
    with local_write(db) as s:
        increment(s, s.get(Discussion, d.id), "view_count", 1)
    with local_write(db) as s:
        increment(s, s.get(Discussion, d.id), "view_count", 2)
    [entry] = _entries(db)
    assert entry.op == "update"
    assert entry.payload == {"set": {}, "inc": {"view_count": 3}}
    with db.session() as s:
        assert s.get(Discussion, d.id).view_count == 3
    with pytest.raises(ValueError, match="not a counter"):
        with local_write(db) as s:
            increment(s, s.get(Discussion, d.id), "title", 1)


def test_insert_then_delete_before_push_leaves_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with local_write(db) as s:
        u = _user(s)
    with local_write(db) as s:
        s.delete(s.get(User, u.id))
    assert _entries(db) == []


def _thread(db, *, pushed: bool):  # type: ignore[no-untyped-def]
    """A course and its author (already on the server), and a thread: pushed, or only on this computer."""
    with db.write() as s:
        u = _user(s)
        c = Course(title="T", slug="t", description="d", estimated_duration_hours=1)
        s.add(c)
    with db.write() if pushed else local_write(db) as s:
        d = Discussion(author_id=u.id, course_id=c.id, title="Q", content="?")
        s.add(d)
    return u, d


@pytest.mark.parametrize("pushed", [False, True])
def test_deleting_a_thread_forgets_the_unpushed_replies_it_takes_with_it(db, pushed: bool) -> None:  # type: ignore[no-untyped-def]
    """The replica's ON DELETE CASCADE removes the replies; a reply that never reached the server has
    nothing to tell it (pushed, it would come back rejected, about a row the user already deleted)."""
    u, d = _thread(db, pushed=pushed)
    with local_write(db) as s:
        s.add(DiscussionReply(discussion_id=d.id, author_id=u.id, content="first"))
        increment(s, s.get(Discussion, d.id), "reply_count", 1)
    with local_write(db) as s:
        s.delete(s.get(Discussion, d.id))
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DiscussionReply)) == 0
    assert [(e.table_name, e.op) for e in _entries(db)] == ([("discussions", "delete")] if pushed else [])


def test_a_reply_removed_by_a_pulled_deletion_keeps_its_entry(db) -> None:  # type: ignore[no-untyped-def]
    """Not the user's own deletion: the reply's entry stays, so its rejection shows what they wrote."""
    u, d = _thread(db, pushed=True)
    with local_write(db) as s:
        s.add(DiscussionReply(discussion_id=d.id, author_id=u.id, content="mine"))
    with db.write() as s:  # what applying the server's tombstone does
        s.delete(s.get(Discussion, d.id))
    [entry] = _entries(db)
    assert entry.table_name == "discussion_replies" and entry.payload["set"]["content"] == "mine"


def test_a_failed_transaction_keeps_neither_change_nor_entry(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError):
        with local_write(db) as s:
            _user(s)
            s.flush()
            raise RuntimeError("crash")
    assert _entries(db) == []
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(User)) == 0
        assert pending_count(s) == 0


def test_writes_outside_local_write_are_not_recorded(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        _user(s)
    assert _entries(db) == []
