"""The grading queue: the submissions an instructor grades, filtered by course, assignment and status.

One query reads the queue (submissions joined to their assignment, course and learner, through the
``idx_status`` / ``idx_assignment_user`` indexes), one more counts it per status, one more finds the
submissions with a grade conflict; no query per row. Rows are small and immutable; the Qt model pages
them into its view. Drafts are never in the queue (the learner has not handed them in), nor are quizzes
graded automatically.

Statuses: ``waiting`` (the default filter) is ``submitted`` + ``under_review``, the work waiting for a
grade; ``revision_requested`` waits for the learner; ``graded`` is done; ``all`` is every one of them.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    Course,
    InstructorFeedback,
    Lesson,
    Module,
    OutboxEntry,
    Submission,
    User,
)

from .staff import TEACHING_ROLES, staffed_course_ids

WAITING = ("submitted", "under_review")
QUEUE_STATUSES = ("submitted", "under_review", "revision_requested", "graded")
STATUS_FILTERS = ("waiting", "all", *QUEUE_STATUSES)


@dataclass(frozen=True)
class QueueFilter:
    course_id: uuid.UUID | None = None
    assignment_id: uuid.UUID | None = None
    status: str = "waiting"

    def statuses(self) -> tuple[str, ...]:
        if self.status == "waiting":
            return WAITING
        if self.status == "all":
            return QUEUE_STATUSES
        if self.status not in QUEUE_STATUSES:
            raise ValueError(f"unknown status filter {self.status!r}")
        return (self.status,)


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One submission in the queue. Ids are kept as the replica's 32-digit hex (turning thousands of
    them into ``uuid.UUID`` objects was most of the queue's load time); the properties give UUIDs."""

    submission_hex: str
    learner_hex: str
    learner_name: str
    assignment_hex: str
    assignment_title: str
    course_hex: str
    course_title: str
    status: str
    submitted_at: dt.datetime | None
    score: Decimal | None
    revision_count: int

    @property
    def submission_id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.submission_hex)

    @property
    def learner_id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.learner_hex)

    @property
    def assignment_id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.assignment_hex)

    @property
    def course_id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.course_hex)


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    counts: dict[str, int]  # per status, plus "waiting" and "all"
    conflicts: frozenset[uuid.UUID] = field(default_factory=frozenset)  # submission ids with a grade conflict


@dataclass(frozen=True)
class AssignmentRef:
    assignment_id: uuid.UUID
    title: str
    course_id: uuid.UUID
    has_rubric: bool


def pseudonym(learner_id: uuid.UUID) -> str:
    """A stable name that hides the learner in anonymous grading (same learner, same pseudonym)."""
    digest = hashlib.sha256(b"anonymous-grading:" + learner_id.bytes).digest()
    return "Learner " + base64.b32encode(digest)[:5].decode()


def _base(user_id: uuid.UUID, session: Session, flt: QueueFilter) -> sa.Select | None:
    """Joins and filters shared by the queue and its counts; None when the user grades no course."""
    course_ids = staffed_course_ids(session, user_id, TEACHING_ROLES)
    if course_ids is not None and not course_ids:
        return None
    stmt = (
        sa.select()
        .select_from(Submission)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Assignment.is_graded_automatically.is_not(True))
    )
    if course_ids is not None:
        stmt = stmt.where(Module.course_id.in_(course_ids))
    if flt.course_id is not None:
        stmt = stmt.where(Module.course_id == flt.course_id)
    if flt.assignment_id is not None:
        stmt = stmt.where(Submission.assignment_id == flt.assignment_id)
    return stmt


def grading_queue(session: Session, user_id: uuid.UUID, flt: QueueFilter | None = None) -> Queue:
    """The submissions ``user_id`` grades that pass ``flt``, oldest first, with counts per status."""
    flt = flt or QueueFilter()
    base = _base(user_id, session, flt)
    if base is None:
        return Queue([], {s: 0 for s in STATUS_FILTERS})
    hexed = [
        sa.type_coerce(c, sa.String).label(name)
        for c, name in (
            (Submission.id, "sid"),
            (Submission.user_id, "uid"),
            (Assignment.id, "aid"),
            (Course.id, "cid"),
        )
    ]
    rows_stmt = (
        base.add_columns(
            hexed[0],
            hexed[1],
            User.full_name,
            hexed[2],
            Assignment.title,
            hexed[3],
            Course.title,
            Submission.status,
            Submission.submitted_at,
            Submission.score,
            Submission.revision_count,
        )
        .join(Course, Course.id == Module.course_id)
        .join(User, User.id == Submission.user_id)
        .where(Submission.status.in_(flt.statuses()))
        .order_by(Submission.submitted_at.asc().nulls_last(), Submission.id)
    )
    if session.get_bind().dialect.name == "sqlite":
        rows = [QueueRow(*r[:10], r[10] or 0) for r in session.execute(rows_stmt)]
    else:  # PostgreSQL's uuid type reads back as text with dashes
        rows = [
            QueueRow(
                *(str(x).replace("-", "") for x in r[:2]),
                r[2],
                str(r[3]).replace("-", ""),
                r[4],
                str(r[5]).replace("-", ""),
                *r[6:10],
                r[10] or 0,
            )
            for r in session.execute(rows_stmt)
        ]
    count_stmt = (
        base.add_columns(Submission.status, sa.func.count())
        .where(Submission.status.in_(QUEUE_STATUSES))
        .group_by(Submission.status)
    )
    counts = {s: 0 for s in QUEUE_STATUSES}
    counts.update({status: n for status, n in session.execute(count_stmt)})
    counts["waiting"] = sum(counts[s] for s in WAITING)
    counts["all"] = sum(counts[s] for s in QUEUE_STATUSES)
    return Queue(rows, counts, conflicted_submissions(session))


def conflicted_submissions(session: Session) -> frozenset[uuid.UUID]:
    """Submissions whose grade (the submission row or one of its feedback rows) came back in conflict."""
    direct = sa.select(OutboxEntry.row_id).where(
        OutboxEntry.state == "conflict", OutboxEntry.table_name == "submissions"
    )
    via_feedback = (
        sa.select(InstructorFeedback.submission_id)
        .join(OutboxEntry, OutboxEntry.row_id == InstructorFeedback.id)
        .where(OutboxEntry.state == "conflict", OutboxEntry.table_name == "instructor_feedback")
    )
    return frozenset(session.scalars(sa.union(direct, via_feedback)))


def queue_assignments(
    session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None
) -> list[AssignmentRef]:
    """The assignments graded by hand in the courses ``user_id`` teaches (or in ``course_id``)."""
    course_ids = staffed_course_ids(session, user_id, TEACHING_ROLES)
    stmt = (
        sa.select(Assignment.id, Assignment.title, Module.course_id, Assignment.rubric.is_not(None))
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Assignment.is_graded_automatically.is_not(True))
        .order_by(Module.course_id, Module.module_order, Lesson.lesson_order, Assignment.title)
    )
    if course_ids is not None:
        stmt = stmt.where(Module.course_id.in_(course_ids or [uuid.UUID(int=0)]))
    if course_id is not None:
        stmt = stmt.where(Module.course_id == course_id)
    return [AssignmentRef(r[0], r[1], r[2], bool(r[3])) for r in session.execute(stmt)]
