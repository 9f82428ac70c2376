"""A learner's draft on two laptops: text typed on one and photos attached on the other all reach the server
and both laptops, whether the draft was created on both offline or edited on both after a sync; a photo
removed on one laptop stays removed (``protocol.merge.merge_document``). The history test found the first
case losing the text (seeds 8, 11, 21)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from bootcamp_core.models import Assignment, Enrollment, Lesson, Module, Submission
from bootcamp_desktop.services import assignments
from bootcamp_desktop.sync.outbox import local_write

from .live import LiveServer, new_replica, sync


def _untouched_assignment(live: LiveServer) -> tuple[str, uuid.UUID]:
    """(learner email, assignment) with no submission yet, taking PNG files: each test its own."""
    emails = {uid: email for email, uid in live.users.items()}
    with live.sdb.owner() as s:
        rows = s.execute(
            sa.select(Enrollment.user_id, Assignment.id, Assignment.submission_format)
            .join(Module, Module.course_id == Enrollment.course_id)
            .join(Lesson, Lesson.module_id == Module.id)
            .join(Assignment, Assignment.lesson_id == Lesson.id)
            .where(
                ~sa.exists().where(
                    Submission.assignment_id == Assignment.id, Submission.user_id == Enrollment.user_id
                )
            )
            .order_by(Assignment.id, Enrollment.user_id)
        ).all()
    for user_id, assignment_id, fmt in rows:
        if user_id in emails and "png" in (fmt or {}).get("file_types", []):
            return emails[user_id], assignment_id
    pytest.skip("the demo has no untouched assignment taking photos")


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (40, 30), colour).save(path)
    return path


def _content(ws, user_id: uuid.UUID, assignment_id: uuid.UUID) -> tuple[str, set[str]]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        sub = assignments.latest_submission(s, user_id, assignment_id)
        content = sub.submission_content or {}
        return content.get("text", ""), {f["name"] for f in content.get("files", [])}


def _server_content(live: LiveServer, user_id: uuid.UUID, assignment_id: uuid.UUID) -> tuple[str, set[str]]:
    with live.sdb.owner() as s:
        rows = s.scalars(
            sa.select(Submission.submission_content).where(
                Submission.assignment_id == assignment_id, Submission.user_id == user_id
            )
        ).all()
    assert len(rows) == 1, "one draft on the server, not one per laptop"
    return rows[0].get("text", ""), {f["name"] for f in rows[0].get("files", [])}


def test_the_demo_holds_one_submission_per_learner_and_assignment(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """What the merge key of submissions (``tables.MERGE_KEYS``) relies on, in the demo as it is seeded (the
    shared test server also holds rows tests insert behind the protocol's back)."""
    with demo_workspace.db.session() as s:
        doubles = s.execute(
            sa.select(Submission.assignment_id, Submission.user_id)
            .group_by(Submission.assignment_id, Submission.user_id)
            .having(sa.func.count() > 1)
        ).all()
        assert s.scalar(sa.select(sa.func.count()).select_from(Submission)) > 10
    assert doubles == []


def test_text_on_one_laptop_and_a_photo_on_the_other_both_stay(live: LiveServer, tmp_path: Path) -> None:
    email, aid = _untouched_assignment(live)
    uid = live.users[email]
    home, field = new_replica(live, tmp_path / "home", email), new_replica(live, tmp_path / "field", email)
    try:
        sync(home), sync(field)
        # Offline, both create the draft: the field laptop by attaching a photo first, home by typing.
        with local_write(field.db) as s:
            assignments.attach_file(
                s, field.blobs_dir, uid, aid, _photo(tmp_path / "plot.png", (10, 120, 30))
            )
        with local_write(home.db) as s:
            assignments.save_draft(s, uid, aid, "Farmers wanted bigger buttons")
        sync(home), sync(field), sync(home)
        want = ("Farmers wanted bigger buttons", {"plot.png"})
        assert _server_content(live, uid, aid) == want
        assert _content(home, uid, aid) == want
        assert _content(field, uid, aid) == want

        # Both laptops now hold the synced draft. Offline again: home rewrites the text and removes the
        # photo, the field laptop attaches two more.
        with local_write(home.db) as s:
            assignments.save_draft(s, uid, aid, "Farmers wanted bigger buttons and a red SEND")
            assignments.remove_file(
                s,
                uid,
                aid,
                next(
                    f["url"] for f in assignments.latest_submission(s, uid, aid).submission_content["files"]
                ),
            )
        with local_write(field.db) as s:
            assignments.attach_file(
                s, field.blobs_dir, uid, aid, _photo(tmp_path / "market.png", (200, 30, 30))
            )
        with local_write(field.db) as s:
            assignments.attach_file(
                s, field.blobs_dir, uid, aid, _photo(tmp_path / "sketch.png", (30, 30, 200))
            )
        sync(field), sync(home), sync(field)
        want = ("Farmers wanted bigger buttons and a red SEND", {"market.png", "sketch.png"})
        assert _server_content(live, uid, aid) == want
        assert _content(home, uid, aid) == want
        assert _content(field, uid, aid) == want
        for ws in (home, field):
            with ws.db.session() as s:
                assert (
                    s.scalar(
                        sa.text(
                            "SELECT count(*) FROM sync_outbox WHERE state = 'pending' OR state = 'conflict' OR state = 'rejected'"
                        )
                    )
                    == 0
                )
    finally:
        home.close()
        field.close()
