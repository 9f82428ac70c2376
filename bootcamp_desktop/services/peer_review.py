"""Peer review from the reviewer's side: the submissions assigned to me, reviewed against the rubric.

A review task is a ``peer_reviews`` row whose ``reviewer_id`` is the learner. Whoever assigns reviews
(the staff side, ``services/peer_assignment.py``) creates the row with ``review_criteria`` NULL: that is
a review still to write. Writing it fills ``review_criteria`` (``{"criteria": {criterion id: {"rating":
1-5, "comment"}}}``, ``demo/formats.py``), ``overall_score`` (the mean rating), strengths, improvements
and detailed feedback. A written review is final.

Anonymity: a review is anonymous when its row says so (``is_anonymous``) or when the peer-review
assignment's ``submission_format`` carries ``"anonymous_reviews": true``; the reviewer then does not see
the author's name, and the author sees "A classmate".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Assignment, Course, Lesson, Module, PeerReview, Submission, User, utcnow

from .assignments import SubmittedFile

RATING_MIN, RATING_MAX = 1, 5


class ReviewError(ValueError):
    pass


@dataclass(frozen=True)
class ReviewTask:
    review_id: uuid.UUID
    submission_id: uuid.UUID
    assignment_title: str
    course_title: str
    author: str
    done: bool
    created_at: dt.datetime | None
    overall_score: Decimal | None


@dataclass(frozen=True)
class CriterionRating:
    criterion_id: str
    title: str
    description: str | None
    rating: int | None
    comment: str


@dataclass
class ReviewDetail:
    review_id: uuid.UUID
    assignment_title: str
    course_title: str
    author: str
    anonymous: bool
    done: bool
    submission_text: str
    files: list[SubmittedFile]
    links: list[dict[str, str]]
    criteria: list[CriterionRating] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    improvements: list[str] = field(default_factory=list)
    detailed_feedback: str = ""
    overall_score: Decimal | None = None


def _anonymous(review: PeerReview, assignment: Assignment) -> bool:
    return bool(review.is_anonymous) or bool((assignment.submission_format or {}).get("anonymous_reviews"))


def my_review_tasks(session: Session, user_id: uuid.UUID) -> list[ReviewTask]:
    """Reviews assigned to the learner: those still to write first, then those written, newest first."""
    rows = session.execute(
        sa.select(PeerReview, Assignment, Course.title, User.full_name)
        .join(Submission, Submission.id == PeerReview.submission_id)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .join(User, User.id == Submission.user_id)
        .where(PeerReview.reviewer_id == user_id)
    ).all()
    tasks = [
        ReviewTask(
            r.id,
            r.submission_id,
            a.title,
            course,
            "Anonymous classmate" if _anonymous(r, a) else author,
            r.review_criteria is not None,
            r.created_at,
            r.overall_score,
        )
        for r, a, course, author in rows
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    tasks.sort(key=lambda t: (t.done, -(t.created_at or epoch).timestamp()))
    return tasks


def review_detail(session: Session, user_id: uuid.UUID, review_id: uuid.UUID) -> ReviewDetail:
    review = session.get(PeerReview, review_id)
    if review is None or review.reviewer_id != user_id:
        raise LookupError("this review is not assigned to you")
    sub = session.get(Submission, review.submission_id)
    assert sub is not None
    assignment = session.get(Assignment, sub.assignment_id)
    assert assignment is not None
    course_title = (
        session.scalar(
            sa.select(Course.title).join(Module).join(Lesson).where(Lesson.id == assignment.lesson_id)
        )
        or ""
    )
    anonymous = _anonymous(review, assignment)
    author = (
        "Anonymous classmate"
        if anonymous
        else (session.scalar(sa.select(User.full_name).where(User.id == sub.user_id)) or "")
    )
    content = sub.submission_content or {}
    given = (review.review_criteria or {}).get("criteria", {})
    rubric_criteria = (assignment.rubric or {}).get("criteria") or [{"id": "overall", "title": "Overall"}]
    criteria = []
    for c in rubric_criteria:
        mine = given.get(c["id"], {}) if isinstance(given, dict) else {}
        criteria.append(
            CriterionRating(
                c["id"], c["title"], c.get("description"), mine.get("rating"), str(mine.get("comment") or "")
            )
        )
    return ReviewDetail(
        review_id=review.id,
        assignment_title=assignment.title,
        course_title=course_title,
        author=author,
        anonymous=anonymous,
        done=review.review_criteria is not None,
        submission_text=str(content.get("text") or ""),
        files=[
            SubmittedFile(
                f.get("name", ""), f.get("url", ""), int(f.get("size_bytes") or 0), f.get("mime_type")
            )
            for f in content.get("files", [])
            if isinstance(f, dict)
        ],
        links=[dict(link) for link in content.get("links", []) if isinstance(link, dict)],
        criteria=criteria,
        strengths=list(review.strengths or []),
        improvements=list(review.improvements or []),
        detailed_feedback=review.detailed_feedback or "",
        overall_score=review.overall_score,
    )


def _lines(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def submit_review(
    session: Session,
    user_id: uuid.UUID,
    review_id: uuid.UUID,
    ratings: dict[str, tuple[int | None, str]],
    strengths: list[str],
    improvements: list[str],
    detailed_feedback: str,
) -> Decimal:
    """Write the review; every criterion needs a rating 1-5, and at least one strength and one
    improvement. Returns the overall score (mean rating)."""
    detail = review_detail(session, user_id, review_id)
    if detail.done:
        raise ReviewError("This review is already written; a written review cannot be changed.")
    criteria: dict[str, Any] = {}
    for c in detail.criteria:
        rating, comment = ratings.get(c.criterion_id, (None, ""))
        if rating is None or not RATING_MIN <= int(rating) <= RATING_MAX:
            raise ReviewError(f"Rate '{c.title}' from {RATING_MIN} to {RATING_MAX}.")
        criteria[c.criterion_id] = {"rating": int(rating), "comment": comment.strip()}
    strengths, improvements = _lines(strengths), _lines(improvements)
    if not strengths or not improvements:
        raise ReviewError("Name at least one strength and one improvement.")
    mean = (Decimal(sum(v["rating"] for v in criteria.values())) / len(criteria)).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    review = session.get(PeerReview, review_id)
    assert review is not None
    review.review_criteria = {"criteria": criteria}
    review.overall_score = mean
    review.strengths, review.improvements = strengths, improvements
    review.detailed_feedback = detailed_feedback.strip() or None
    review.created_at = utcnow()
    session.flush()
    return mean
