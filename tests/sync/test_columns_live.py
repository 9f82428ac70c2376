"""Columns on real replicas against the real server (docs/sync-protocol.md, "Columns"): a peer reviewer's
replica holds the work to review, never its grade; when the review becomes anonymous on the server, the
work itself has no new version, yet the reviewer's replica forgets its author (the page names the table in
``refetch``) and the author's replica holds the anonymous classmate as the reviewer."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.demo import DEMO_LEARNER_EMAIL, DEMO_PASSWORD
from bootcamp_core.models import PeerReview, Submission, User
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID

from .live import LiveServer, new_replica, sync


def _review(live: LiveServer) -> tuple[uuid.UUID, uuid.UUID, str, bool]:
    """A review the demo learner wrote of graded work, made not anonymous: (review, submission, author's email,
    whether it was anonymous)."""
    learner = live.users[DEMO_LEARNER_EMAIL]
    with live.sdb.owner() as s:
        found = s.execute(
            sa.select(PeerReview.id, Submission.id, User.email, PeerReview.is_anonymous)
            .join(Submission, Submission.id == PeerReview.submission_id)
            .join(User, User.id == Submission.user_id)
            .where(PeerReview.reviewer_id == learner, Submission.score.is_not(None))
            .order_by(PeerReview.id)
            .limit(1)
        ).one()
        s.execute(sa.update(PeerReview).where(PeerReview.id == found[0]).values(is_anonymous=False))
    return found[0], found[1], found[2], bool(found[3])


def test_a_review_made_anonymous_hides_both_sides_on_their_replicas(live: LiveServer, tmp_path: Path) -> None:
    review_id, work_id, author_email, was_anonymous = _review(live)
    with live.sdb.owner() as s:
        author = s.execute(sa.select(Submission.user_id).where(Submission.id == work_id)).scalar_one()
        version = s.execute(sa.select(Submission.sync_version).where(Submission.id == work_id)).scalar_one()
    reviewer = new_replica(live, tmp_path / "reviewer", DEMO_LEARNER_EMAIL)
    reviewed = new_replica(live, tmp_path / "author", author_email, DEMO_PASSWORD)
    try:
        sync(reviewer)
        sync(reviewed)
        with reviewer.db.session() as s:
            work = s.get(Submission, work_id)
            assert work is not None and work.submission_content
            assert work.user_id == author  # a review that is not anonymous names its author
            assert (work.status, work.score, work.feedback, work.graded_by, work.graded_at) == (None,) * 5
        with reviewed.db.session() as s:
            assert s.get(PeerReview, review_id).reviewer_id == live.users[DEMO_LEARNER_EMAIL]

        with live.sdb.owner() as s:  # the staff make the review anonymous
            s.execute(sa.update(PeerReview).where(PeerReview.id == review_id).values(is_anonymous=True))
        report = sync(reviewer)
        assert "submissions" in report.repaired
        with reviewer.db.session() as s:
            work = s.get(Submission, work_id)
            assert work is not None and work.user_id == ANONYMOUS_ID and work.sync_version == version
            assert s.get(User, ANONYMOUS_ID).full_name == "Anonymous classmate"
        sync(reviewed)
        with reviewed.db.session() as s:
            assert s.get(PeerReview, review_id).reviewer_id == ANONYMOUS_ID
            assert s.get(User, ANONYMOUS_ID) is not None
    finally:
        with live.sdb.owner() as s:
            s.execute(
                sa.update(PeerReview).where(PeerReview.id == review_id).values(is_anonymous=was_anonymous)
            )
        reviewer.close()
        reviewed.close()
