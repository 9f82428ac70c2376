"""The learner's home: courses with progress and the next lesson, deadlines, and offline storage."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    Course,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    Submission,
    utcnow,
)

from .downloads import MediaSummary, course_media, downloaded_bytes, summarise

ACTIVE = ("enrolled", "in_progress")


@dataclass(frozen=True)
class NextLesson:
    lesson_id: uuid.UUID
    title: str
    content_type: str | None
    module_title: str


@dataclass(frozen=True)
class HomeCourse:
    course_id: uuid.UUID
    title: str
    status: str | None
    progress: Decimal
    time_spent_minutes: int
    next_lesson: NextLesson | None
    storage: MediaSummary | None


@dataclass(frozen=True)
class Deadline:
    assignment_id: uuid.UUID
    title: str
    course_title: str
    due: dt.datetime
    submission_status: str | None  # None: nothing started yet
    overdue: bool


@dataclass(frozen=True)
class HomeSummary:
    courses: list[HomeCourse]
    deadlines: list[Deadline]
    downloaded_bytes: int

    @property
    def continue_with(self) -> tuple[HomeCourse, NextLesson] | None:
        for course in self.courses:
            if course.status in ACTIVE and course.next_lesson is not None:
                return course, course.next_lesson
        return None


def next_lesson(session: Session, enrollment: Enrollment) -> NextLesson | None:
    """The current lesson when it is not completed, else the first lesson in order not completed."""
    rows = session.execute(
        sa.select(Lesson.id, Lesson.title, Lesson.content_type, Module.title, LessonProgress.status)
        .join(Module, Module.id == Lesson.module_id)
        .outerjoin(
            LessonProgress,
            sa.and_(LessonProgress.lesson_id == Lesson.id, LessonProgress.enrollment_id == enrollment.id),
        )
        .where(Module.course_id == enrollment.course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    ).all()
    todo = [r for r in rows if r[4] != "completed"]
    current = next((r for r in todo if r[0] == enrollment.current_lesson_id), None)
    pick = current or (todo[0] if todo else None)
    return NextLesson(pick[0], pick[1], pick[2], pick[3]) if pick else None


def home_summary(
    session: Session,
    user_id: uuid.UUID,
    blobs_root: Path | None = None,
    now: dt.datetime | None = None,
    horizon_days: int = 45,
) -> HomeSummary:
    now = now or utcnow()
    enrollments = session.scalars(
        sa.select(Enrollment)
        .where(Enrollment.user_id == user_id)
        .order_by(Enrollment.last_accessed_at.desc().nulls_last(), Enrollment.enrollment_date.desc())
    ).all()
    titles = dict(
        session.execute(
            sa.select(Course.id, Course.title).where(Course.id.in_([e.course_id for e in enrollments]))
        ).all()
    )
    courses = []
    for e in enrollments:
        storage = summarise(course_media(session, e.course_id, blobs_root=blobs_root)) if blobs_root else None
        courses.append(
            HomeCourse(
                e.course_id,
                titles.get(e.course_id, ""),
                e.enrollment_status,
                e.progress_percentage or Decimal(0),
                e.time_spent_minutes or 0,
                next_lesson(session, e) if e.enrollment_status in ACTIVE else None,
                storage,
            )
        )
    active = [e.course_id for e in enrollments if e.enrollment_status in ACTIVE]
    deadlines = []
    if active:
        rows = session.execute(
            sa.select(Assignment.id, Assignment.title, Course.title, Assignment.due_date)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .join(Course, Course.id == Module.course_id)
            .where(
                Module.course_id.in_(active),
                Assignment.due_date.is_not(None),
                Assignment.due_date <= now + dt.timedelta(days=horizon_days),
            )
            .order_by(Assignment.due_date)
        ).all()
        statuses = dict(
            session.execute(
                sa.select(Submission.assignment_id, Submission.status)
                .where(Submission.user_id == user_id, Submission.assignment_id.in_([r[0] for r in rows]))
                .order_by(Submission.submitted_at)
            ).all()
        )
        for aid, title, course_title, due in rows:
            status = statuses.get(aid)
            if status in ("submitted", "under_review", "graded"):
                continue  # nothing left to do before this deadline
            if due < now - dt.timedelta(days=14):
                continue
            deadlines.append(Deadline(aid, title, course_title, due, status, due < now))
    return HomeSummary(courses, deadlines, downloaded_bytes(session))


def suggested_lesson(session: Session, user_id: uuid.UUID) -> uuid.UUID | None:
    """The lesson to show first: the next lesson to take; when that is an assignment (which has its own
    screen), the lesson just before it in the same course."""
    enrollment = session.scalar(
        sa.select(Enrollment)
        .where(Enrollment.user_id == user_id, Enrollment.enrollment_status.in_(ACTIVE))
        .order_by(Enrollment.last_accessed_at.desc().nulls_last())
        .limit(1)
    )
    if enrollment is None:
        return None
    nxt = next_lesson(session, enrollment)
    if nxt is None:
        return None
    if nxt.content_type != "assignment":
        return nxt.lesson_id
    rows = session.execute(
        sa.select(Lesson.id, Lesson.content_type)
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == enrollment.course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    ).all()
    ids = [r[0] for r in rows]
    before = [r for r in rows[: ids.index(nxt.lesson_id)] if r[1] != "assignment"]
    return before[-1][0] if before else nxt.lesson_id
