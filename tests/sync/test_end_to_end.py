"""Replicas and the real server over real HTTP: sign-in, first sync, offline edits reaching others,
conflicts kept and shown, privacy of what a replica holds, a sync with nothing to do."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Course,
    CourseStaff,
    Discussion,
    DiscussionReply,
    Enrollment,
    OutboxEntry,
    PeerReview,
    Submission,
    User,
    utcnow,
    uuid7,
)
from bootcamp_desktop.services import discussions, sync_ops
from bootcamp_desktop.sync.outbox import increment, local_write
from bootcamp_desktop.sync.tokens import SERVICE, TokenStore

from .live import LiveServer, fresh_submission, new_replica, sync


@pytest.fixture
def learner(live: LiveServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    yield ws
    ws.close()


@pytest.fixture
def instructor(live: LiveServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "instructor", DEMO_INSTRUCTOR_EMAIL)
    yield ws
    ws.close()


def test_sign_in_keeps_tokens_in_the_keyring_only(live: LiveServer, learner, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert learner.settings.server_url == live.url
    assert learner.settings.user_id == str(live.users[DEMO_LEARNER_EMAIL])
    tokens = TokenStore(live.url, learner.settings.replica_id).load()
    assert tokens is not None and tokens.refresh_token
    assert (SERVICE, f"{live.url}#{learner.settings.replica_id}") in memory_keyring.entries
    for path in learner.directory.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert tokens.access_token.encode() not in data and tokens.refresh_token.encode() not in data, (
                path
            )


def test_first_sync_fills_the_replica_with_what_the_learner_may_see(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    report = sync(learner)
    assert report.pull.changes > 100
    assert report.repaired == [], "the pages alone must build what the checkpoint describes"
    me = live.users[DEMO_LEARNER_EMAIL]
    with learner.db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Course).where(Course.published.is_(True))) >= 3
        assert (
            s.scalar(sa.select(sa.func.count()).select_from(Course).where(Course.published.is_(False))) == 0
        )
        assert set(s.scalars(sa.select(Enrollment.user_id))) == {me}
        reviewing = set(s.scalars(sa.select(PeerReview.submission_id).where(PeerReview.reviewer_id == me)))
        for sub in s.scalars(sa.select(Submission).where(Submission.user_id != me)):
            assert sub.id in reviewing, "another learner's work only when I am asked to review it"
        others = s.scalars(sa.select(User).where(User.id != me)).all()
        assert others, "classmates and teachers appear, by name"
        for other in others:
            assert other.email.endswith("@users.invalid")
            assert other.location is None and other.professional_background is None and other.bio is None


def test_an_offline_reply_reaches_the_instructor_after_one_sync_each(
    live: LiveServer, learner, instructor
) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    sync(instructor)
    me = live.users[DEMO_LEARNER_EMAIL]
    with learner.db.session() as s:
        staffed = set(
            s.scalars(
                sa.select(CourseStaff.course_id).where(
                    CourseStaff.user_id == live.users[DEMO_INSTRUCTOR_EMAIL]
                )
            )
        )
        discussion = s.scalars(sa.select(Discussion).where(Discussion.course_id.in_(staffed))).first()
        assert discussion is not None
        replies_before = discussion.reply_count or 0
    text = f"Written offline in Ambositra {uuid.uuid4().hex[:6]}"
    with local_write(learner.db) as s:
        reply_id = discussions.reply(s, me, discussion.id, text)
    with learner.db.session() as s:
        assert s.get(Discussion, discussion.id).reply_count == replies_before + 1, "counted here at once"
        # The reply alone waits: the server counts it in the thread when it applies it.
        assert sync_ops.status(s, learner.settings.server_url).pending == 1
    report = sync(learner)
    with learner.db.session() as s:
        problems = sync_ops.problems(s)
    assert report.pushed.get("applied", 0) + report.pushed.get("merged", 0) == 1, [
        (p.code, p.reason) for p in problems
    ]
    with learner.db.session() as s:
        assert sync_ops.status(s, learner.settings.server_url).pending == 0
    sync(instructor)
    with instructor.db.session() as s:
        arrived = s.get(DiscussionReply, reply_id)
        assert arrived is not None and arrived.content == text
        assert s.get(Discussion, discussion.id).reply_count == replies_before + 1


def test_counters_from_two_replicas_are_summed(live: LiveServer, learner, instructor) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    sync(instructor)
    with instructor.db.session() as s:
        staffed = set(
            s.scalars(
                sa.select(CourseStaff.course_id).where(
                    CourseStaff.user_id == live.users[DEMO_INSTRUCTOR_EMAIL]
                )
            )
        )
    with learner.db.session() as s:
        d = s.scalars(sa.select(Discussion).where(Discussion.course_id.in_(staffed))).first()
        start = d.view_count or 0
    for ws, delta in ((learner, 3), (instructor, 4)):
        with local_write(ws.db) as s:
            increment(s, s.get(Discussion, d.id), "view_count", delta)
    sync(learner)
    sync(instructor)
    sync(learner)
    for ws in (learner, instructor):
        with ws.db.session() as s:
            assert s.get(Discussion, d.id).view_count >= start + 7


def test_a_learner_cannot_change_a_graded_submission_and_keeps_their_text(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    with learner.db.session() as s:
        graded = s.scalars(
            sa.select(Submission).where(
                Submission.status == "graded", Submission.user_id == live.users[DEMO_LEARNER_EMAIL]
            )
        ).first()
        assert graded is not None
    with local_write(learner.db) as s:
        s.get(Submission, graded.id).submission_content = {"text": "a sneaky late edit"}
    report = sync(learner)
    assert report.pushed.get("rejected") == 1
    with learner.db.session() as s:
        [problem] = sync_ops.problems(s)
        assert problem.code == "graded_locked"
        assert problem.mine["submission_content"] == {"text": "a sneaky late edit"}
    with local_write(learner.db) as s:
        sync_ops.discard(s, problem.entry_id)
    sync(learner)
    with learner.db.session() as s:
        assert s.get(Submission, graded.id).submission_content != {"text": "a sneaky late edit"}
        assert sync_ops.problems(s) == []


def test_two_instructors_grading_the_same_submission_conflict_visibly(
    live: LiveServer, instructor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    second = new_replica(live, tmp_path / "instructor-b", DEMO_INSTRUCTOR_EMAIL)
    try:
        sync(instructor)
        sync(second)
        target_id = fresh_submission(live, DEMO_INSTRUCTOR_EMAIL)
        sync(instructor)
        sync(second)
        with instructor.db.session() as s:
            target = s.get(Submission, target_id)
            assert target is not None and target.status == "submitted"
        me = live.users[DEMO_INSTRUCTOR_EMAIL]
        for ws, score in ((instructor, Decimal("81")), (second, Decimal("64"))):
            with local_write(ws.db) as s:
                row = s.get(Submission, target.id)
                row.status, row.score, row.graded_by, row.graded_at = "graded", score, me, utcnow()
        first = sync(instructor)
        assert first.pushed.get("applied") == 1
        late = sync(second)
        assert late.pushed.get("conflict") == 1
        with second.db.session() as s:
            [problem] = sync_ops.problems(s)
            assert problem.code == "grade_conflict"
            assert problem.mine["score"] == "64.00" and problem.theirs["score"] == "81.00"
            assert s.get(Submission, target.id).score == Decimal("81.00"), (
                "the replica shows the server's grade"
            )
        with local_write(second.db) as s:
            sync_ops.retry(s, problem.entry_id)  # keep mine
        sync(second)
        sync(instructor)
        with instructor.db.session() as s:
            assert s.get(Submission, target.id).score == Decimal("64.00")
    finally:
        second.close()


def test_a_sync_with_nothing_to_do_is_one_small_request(learner) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    report = sync(learner)
    assert report.requests == 1
    assert report.bytes_received < 1024
    assert report.pull.changes == 0


def test_an_expired_access_token_is_refreshed_silently(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    store = TokenStore(live.url, learner.settings.replica_id)
    tokens = store.load()
    old_refresh = tokens.refresh_token
    tokens.expires_at = 0
    store.save(tokens)
    sync(learner)
    renewed = store.load()
    assert renewed.refresh_token != old_refresh, "refresh tokens rotate"
    assert renewed.expires_at > 0


def test_a_refresh_whose_answer_was_lost_does_not_sign_the_learner_out(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    """The sync was killed after the server rotated the refresh token and before the replica saved the new
    pair: the next sync presents the spent token and carries on, signed in."""
    import dataclasses

    from bootcamp_desktop.sync.oauth import discover, refresh

    store = TokenStore(live.url, learner.settings.replica_id)
    tokens = store.load()
    tokens.expires_at = 0
    store.save(tokens)

    class Lost:  # the new pair never reaches the keyring
        def save(self, _tokens) -> None:  # type: ignore[no-untyped-def]
            pass

        def delete(self) -> None:
            pass

    refresh(discover(live.url), Lost(), dataclasses.replace(tokens))  # type: ignore[arg-type]
    report = sync(learner)
    assert report.pull is not None
    assert store.load().refresh_token != tokens.refresh_token, "signed in, with a fresh pair"
    assert sync(learner).pull is not None


def test_sign_out_revokes_the_tokens(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from bootcamp_desktop.services.account import sign_out

    store = TokenStore(live.url, learner.settings.replica_id)
    tokens = store.load()
    assert sign_out(learner) is True
    assert store.load() is None
    answer = httpx.get(f"{live.url}/api/v1/me", headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert answer.status_code == 401


def test_rows_created_offline_keep_their_ids(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    me = live.users[DEMO_LEARNER_EMAIL]
    with learner.db.session() as s:
        course_id = s.scalars(sa.select(Enrollment.course_id).where(Enrollment.user_id == me)).first()
    new_id = uuid7()
    with local_write(learner.db) as s:
        s.add(
            Discussion(
                id=new_id,
                course_id=course_id,
                author_id=me,
                title="Offline question",
                content="Does the form work without signal?",
                discussion_type="question",
            )
        )
    sync(learner)
    with live.sdb.owner() as s:
        assert s.get(Discussion, new_id).title == "Offline question"
    with learner.db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 0
        assert s.get(Discussion, new_id).sync_version >= 1


def test_course_media_sizes_are_known_before_download_and_arrive_verified(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from bootcamp_core.models import Blob
    from bootcamp_core.models.blobstore import blob_path, file_sha256
    from bootcamp_desktop.services.downloads import course_media
    from bootcamp_desktop.sync.blobs import BlobInfo, download_many

    report = sync(learner)
    assert report.blobs_indexed > 0
    me = live.users[DEMO_LEARNER_EMAIL]
    with learner.db.session() as s:
        course = s.scalars(sa.select(Enrollment.course_id).where(Enrollment.user_id == me)).first()
        items = course_media(s, course)
        assert items and all(i.size > 0 for i in items), "sizes are shown before anything is downloaded"
        assert not any(i.present for i in items)
        assert s.scalar(sa.select(sa.func.count()).select_from(Blob).where(Blob.state == "missing")) >= len(
            items
        )

    async def fetch() -> int:
        async with sync_ops.engine_for(learner).client() as client:
            return await download_many(
                client, learner.blobs_dir, [BlobInfo(i.sha256, i.size, i.mime_type) for i in items]
            )

    assert asyncio.run(fetch()) == len(items)
    for item in items:
        assert file_sha256(blob_path(learner.blobs_dir, item.sha256)) == item.sha256
