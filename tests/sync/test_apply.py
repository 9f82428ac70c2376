"""Applying pulled pages to a replica: version rule, rebase on pending changes, re-keying, FK safety."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.models import (
    Discussion,
    DiscussionReply,
    Enrollment,
    Lesson,
    LessonProgress,
    OutboxEntry,
    User,
    uuid7,
)
from bootcamp_core.protocol.codec import encode_row
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.apply import apply_changes
from bootcamp_desktop.sync.changes import parse_changes
from bootcamp_desktop.sync.errors import CorruptPageError
from bootcamp_desktop.sync.outbox import increment, local_write

NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_replica(tmp_path)
    yield database
    database.dispose()


def wire(table: str, seq: int = 1, op: str = "upsert", **row: Any) -> dict[str, Any]:
    row.setdefault("id", uuid7())
    row.setdefault("sync_version", 1)
    return {"seq": seq, "table": table, "op": op, "id": str(row["id"]), "row": encode_row(table, row)}


def user_row(**kw: Any) -> dict[str, Any]:
    base = dict(
        id=uuid7(),
        fataplus_user_id=uuid.uuid4(),
        email=f"{uuid.uuid4().hex[:6]}@x.example",
        full_name="Mamadou Diallo",
        created_at=NOW,
        updated_at=NOW,
        is_active=True,
        timezone="UTC",
    )
    base.update(kw)
    return base


def course_rows() -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    course = dict(
        id=uuid7(),
        title="Farm apps",
        slug=f"farm-{uuid.uuid4().hex[:6]}",
        description="d",
        estimated_duration_hours=4,
        published=True,
    )
    module = dict(id=uuid7(), course_id=course["id"], title="M1", module_order=1)
    lesson = dict(id=uuid7(), module_id=module["id"], title="L1", lesson_order=1, content_type="text")
    return course, module, lesson


def apply(db, raw: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    changes = parse_changes(raw)
    with db.write() as s:
        return apply_changes(s, changes)


def test_children_before_parents_in_one_page(db) -> None:  # type: ignore[no-untyped-def]
    course, module, lesson = course_rows()
    apply(db, [wire("lessons", **lesson), wire("modules", **module), wire("courses", **course)])
    with db.session() as s:
        assert s.get(Lesson, lesson["id"]).module.course.title == "Farm apps"
        assert s.get(Lesson, lesson["id"]).sync_seq == 1


def test_an_older_version_never_replaces_a_newer_one(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row()
    apply(db, [wire("users", seq=5, **{**u, "sync_version": 3, "bio": "new"})])
    apply(db, [wire("users", seq=6, **{**u, "sync_version": 2, "bio": "old"})])
    with db.session() as s:
        assert s.get(User, u["id"]).bio == "new"


def test_pending_local_fields_survive_a_pull(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row(bio="server bio")
    apply(db, [wire("users", **u)])
    with local_write(db) as s:
        s.get(User, u["id"]).bio = "my offline bio"
    apply(db, [wire("users", seq=2, **{**u, "sync_version": 2, "full_name": "Mamadou D."})])
    with db.session() as s:
        row = s.get(User, u["id"])
        assert (row.bio, row.full_name, row.sync_version) == ("my offline bio", "Mamadou D.", 2)


def test_pending_increments_add_to_the_servers_counter(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row()
    course, _, _ = course_rows()
    d = dict(id=uuid7(), course_id=course["id"], author_id=u["id"], title="Q", content="?", view_count=3)
    apply(db, [wire("users", **u), wire("courses", **course), wire("discussions", **d)])
    with local_write(db) as s:
        increment(s, s.get(Discussion, d["id"]), "view_count", 2)
    apply(db, [wire("discussions", seq=2, **{**d, "view_count": 10, "sync_version": 2})])
    with db.session() as s:
        assert s.get(Discussion, d["id"]).view_count == 12


def test_lesson_progress_never_goes_back_on_pull(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row()
    course, module, lesson = course_rows()
    e = dict(id=uuid7(), user_id=u["id"], course_id=course["id"], enrollment_status="in_progress")
    p = dict(
        id=uuid7(),
        enrollment_id=e["id"],
        lesson_id=lesson["id"],
        status="in_progress",
        best_score=Decimal("40"),
    )
    apply(
        db,
        [
            wire("users", **u),
            wire("courses", **course),
            wire("modules", **module),
            wire("lessons", **lesson),
            wire("enrollments", **e),
            wire("lesson_progress", **p),
        ],
    )
    with local_write(db) as s:
        row = s.get(LessonProgress, p["id"])
        row.status, row.best_score, row.completed_at = "completed", Decimal("90"), NOW
    apply(db, [wire("lesson_progress", seq=2, **{**p, "sync_version": 2, "best_score": Decimal("60")})])
    with db.session() as s:
        row = s.get(LessonProgress, p["id"])
        assert (row.status, row.best_score, row.completed_at) == ("completed", Decimal("90.00"), NOW)


def test_deleted_parent_removes_local_only_child_but_keeps_its_outbox_entry(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row()
    course, _, _ = course_rows()
    d = dict(id=uuid7(), course_id=course["id"], author_id=u["id"], title="Q", content="?")
    apply(db, [wire("users", **u), wire("courses", **course), wire("discussions", **d)])
    with local_write(db) as s:
        reply = DiscussionReply(discussion_id=d["id"], author_id=u["id"], content="my careful answer")
        s.add(reply)
    stats = apply(db, [wire("discussions", seq=2, op="delete", id=d["id"])])
    with db.session() as s:
        assert s.get(DiscussionReply, reply.id) is None
        entry = s.scalars(sa.select(OutboxEntry).where(OutboxEntry.row_id == reply.id)).one()
        assert entry.payload["set"]["content"] == "my careful answer"
    assert stats.deletes == 1


def test_page_with_a_dangling_reference_is_refused_whole(db) -> None:  # type: ignore[no-untyped-def]
    course, module, lesson = course_rows()
    u = user_row()
    with pytest.raises(CorruptPageError, match="without the"):
        apply(db, [wire("users", **u), wire("lessons", **lesson)])
    with db.session() as s:
        assert s.get(User, u["id"]) is None, "nothing of a refused page may stay"


def test_local_enrolment_is_rekeyed_to_the_servers_id(db) -> None:  # type: ignore[no-untyped-def]
    u = user_row()
    course, module, lesson = course_rows()
    apply(
        db,
        [wire("users", **u), wire("courses", **course), wire("modules", **module), wire("lessons", **lesson)],
    )
    with local_write(db) as s:
        local = Enrollment(user_id=u["id"], course_id=course["id"], enrollment_status="in_progress")
        s.add(local)
        s.flush()
        progress = LessonProgress(enrollment_id=local.id, lesson_id=lesson["id"], status="completed")
        s.add(progress)
    server = dict(id=uuid7(), user_id=u["id"], course_id=course["id"], enrollment_status="enrolled")
    stats = apply(db, [wire("enrollments", seq=3, **server)])
    assert stats.rekeyed == 1
    with db.session() as s:
        assert s.get(Enrollment, local.id) is None
        assert s.get(Enrollment, server["id"]).enrollment_status == "in_progress"
        assert s.get(LessonProgress, progress.id).enrollment_id == server["id"]
        entries = s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id)).all()
        assert entries[0].row_id == server["id"]
        assert entries[1].payload["set"]["enrollment_id"] == str(server["id"])


@pytest.mark.parametrize(
    "bad",
    [
        {"seq": 1, "table": "users", "op": "upsert", "id": "nope", "row": {}},
        {"seq": 1, "table": "passwords", "op": "upsert", "id": str(uuid.uuid4()), "row": {}},
        {"seq": 1, "table": "courses", "op": "truncate", "id": str(uuid.uuid4())},
    ],
)
def test_malformed_changes_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(CorruptPageError):
        parse_changes([bad])


def test_bad_enum_value_refuses_the_page() -> None:
    course, _, _ = course_rows()
    raw = wire("courses", **course)
    raw["row"]["difficulty_level"] = "legendary"
    with pytest.raises(CorruptPageError, match="difficulty_level"):
        parse_changes([raw])
