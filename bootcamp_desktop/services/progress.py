"""A learner's progress through lessons: opening, time spent, completion and quiz attempts.

Progress only moves forward, as the sync merge rules say (``sync/protocol/merge.py``): a lesson's status
goes not_started < in_progress < completed and never back, ``best_score`` is a maximum, ``started_at``
and ``completed_at`` keep their earliest value; an enrolment's ``progress_percentage`` never decreases.
Counters (``time_spent_minutes``, ``attempts_count``) change only through ``sync.outbox.increment``.

``lesson_progress`` rows are made when a lesson is first opened (the demo makes one per lesson at
enrolment; both shapes read the same). A course's progress is its completed lessons over all its
lessons; an enrolment whose every lesson is completed is ``completed`` (its certificate is issued by the
bootcamp, on the server, at the next sync).
"""

from __future__ import annotations

import datetime as dt
import platform
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Enrollment, LearningAnalytics, Lesson, LessonProgress, Module, utcnow
from bootcamp_core.protocol.merge import RULES
from bootcamp_desktop.sync.outbox import increment

from . import quiz as quizlib

STATUS_ORDER = ("not_started", "in_progress", "completed")
CLIENT_INFO = {"client": "bootcamp-desktop", "version": "0.1.0", "os": platform.system()}


class NotEnrolledError(LookupError):
    """The learner is not enrolled in the lesson's course."""


class NoAttemptsLeftError(RuntimeError):
    pass


@dataclass(frozen=True)
class LessonState:
    lesson_id: uuid.UUID
    status: str
    time_spent_minutes: int
    attempts_count: int
    best_score: Decimal | None
    completed_at: dt.datetime | None


@dataclass(frozen=True)
class CourseState:
    enrollment_id: uuid.UUID
    status: str | None
    progress: Decimal
    current_lesson_id: uuid.UUID | None


@dataclass(frozen=True)
class AttemptResult:
    score: Decimal
    passed: bool
    graded: bool
    correct: dict[str, bool]
    attempts: int
    best_score: Decimal | None
    attempts_left: int | None
    lesson: LessonState


def shown_percent(value: Decimal | float | int) -> int:
    """The whole percentage every screen shows for a progress value or a score (0-100, stored with 2
    decimals): rounded half up (42.5 shows 43, 42.49 shows 42), except that only 100 itself shows 100 and
    only 0 itself shows 0, so "100 %" always means done and a course begun never reads "0 %". The one
    rounding rule of the course list, the course header, home, and every other percentage shown."""
    exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if exact.is_nan():
        return 0
    shown = int(exact.quantize(Decimal(1), ROUND_HALF_UP))
    if exact < 100 and shown >= 100:
        return 99
    if exact > 0 and shown <= 0:
        return 1
    return shown


def later_status(current: str | None, wanted: str) -> str:
    """The later of two lesson statuses: the sync merge rule itself, so replica and server agree."""
    return RULES["lesson_progress"]["status"](current or "not_started", wanted)


def _state(row: LessonProgress) -> LessonState:
    return LessonState(
        row.lesson_id,
        row.status or "not_started",
        row.time_spent_minutes or 0,
        row.attempts_count or 0,
        row.best_score,
        row.completed_at,
    )


def _lesson_and_course(session: Session, lesson_id: uuid.UUID) -> tuple[Lesson, uuid.UUID]:
    row = session.execute(
        sa.select(Lesson, Module.course_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Lesson.id == lesson_id)
    ).first()
    if row is None:
        raise LookupError("this lesson is not in the replica")
    return row[0], row[1]


def enrollment_for(session: Session, user_id: uuid.UUID, course_id: uuid.UUID) -> Enrollment | None:
    return session.scalar(
        sa.select(Enrollment).where(Enrollment.user_id == user_id, Enrollment.course_id == course_id)
    )


def _progress_row(
    session: Session, enrollment: Enrollment, lesson_id: uuid.UUID, *, create: bool
) -> LessonProgress | None:
    row = session.scalar(
        sa.select(LessonProgress).where(
            LessonProgress.enrollment_id == enrollment.id, LessonProgress.lesson_id == lesson_id
        )
    )
    if row is None and create:
        row = LessonProgress(
            enrollment_id=enrollment.id,
            lesson_id=lesson_id,
            status="not_started",
            time_spent_minutes=0,
            attempts_count=0,
        )
        session.add(row)
    return row


def _event(
    session: Session,
    user_id: uuid.UUID,
    event_type: str,
    lesson: Lesson,
    course_id: uuid.UUID,
    data: dict[str, Any],
    minutes: int | None = None,
    at: dt.datetime | None = None,
) -> None:
    session.add(
        LearningAnalytics(
            user_id=user_id,
            course_id=course_id,
            module_id=lesson.module_id,
            lesson_id=lesson.id,
            event_type=event_type,
            event_data=data,
            session_duration_minutes=minutes,
            device_type="desktop",
            browser_info=dict(CLIENT_INFO),
            timestamp=at or utcnow(),
        )
    )


def lesson_state(session: Session, user_id: uuid.UUID, lesson_id: uuid.UUID) -> LessonState | None:
    _lesson, course_id = _lesson_and_course(session, lesson_id)
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None:
        return None
    row = _progress_row(session, enrollment, lesson_id, create=False)
    return _state(row) if row is not None else LessonState(lesson_id, "not_started", 0, 0, None, None)


def open_lesson(
    session: Session, user_id: uuid.UUID, lesson_id: uuid.UUID, now: dt.datetime | None = None
) -> LessonState | None:
    """The learner opens a lesson: it becomes their current lesson and at least in progress.

    Returns None (and writes nothing) when the learner is not enrolled in the course: a preview lesson
    can be read, but nothing is tracked.
    """
    now = now or utcnow()
    lesson, course_id = _lesson_and_course(session, lesson_id)
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None or enrollment.enrollment_status in ("dropped", "suspended"):
        return None
    row = _progress_row(session, enrollment, lesson_id, create=True)
    assert row is not None
    if row.status in (None, "not_started"):
        row.status = "in_progress"
        _event(
            session,
            user_id,
            "lesson_started",
            lesson,
            course_id,
            {"lesson_title": lesson.title, "content_type": lesson.content_type, "offline": True},
            at=now,
        )
    if row.started_at is None:
        row.started_at = now
    if enrollment.current_lesson_id != lesson_id:
        enrollment.current_lesson_id = lesson_id
        enrollment.current_module_id = lesson.module_id
    enrollment.last_accessed_at = now
    if enrollment.enrollment_status in (None, "enrolled"):
        enrollment.enrollment_status = "in_progress"
    session.flush()
    return _state(row)


def record_time(
    session: Session, user_id: uuid.UUID, lesson_id: uuid.UUID, minutes: int
) -> LessonState | None:
    """Add whole minutes of study to the lesson and to the enrolment (as increments)."""
    if minutes <= 0:
        return lesson_state(session, user_id, lesson_id)
    _lesson, course_id = _lesson_and_course(session, lesson_id)
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None:
        return None
    row = _progress_row(session, enrollment, lesson_id, create=True)
    assert row is not None
    if row.status in (None, "not_started"):
        row.status = "in_progress"
    increment(session, row, "time_spent_minutes", minutes)
    increment(session, enrollment, "time_spent_minutes", minutes)
    enrollment.last_accessed_at = utcnow()
    session.flush()
    return _state(row)


def recompute_course(session: Session, enrollment: Enrollment, now: dt.datetime | None = None) -> CourseState:
    """Completed lessons over all lessons; the enrolment completes when every lesson is completed."""
    total = (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Lesson)
            .join(Module)
            .where(Module.course_id == enrollment.course_id)
        )
        or 0
    )
    done = (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(LessonProgress)
            .join(Lesson, Lesson.id == LessonProgress.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .where(
                LessonProgress.enrollment_id == enrollment.id,
                LessonProgress.status == "completed",
                Module.course_id == enrollment.course_id,
            )
        )
        or 0
    )
    value = (Decimal(done * 100) / total).quantize(Decimal("0.01")) if total else Decimal("0.00")
    current = enrollment.progress_percentage or Decimal(0)
    if value > current:
        enrollment.progress_percentage = value
    if total and done >= total and enrollment.enrollment_status in (None, "enrolled", "in_progress"):
        enrollment.enrollment_status = "completed"
        if enrollment.completion_date is None:
            enrollment.completion_date = now or utcnow()
    return CourseState(
        enrollment.id, enrollment.enrollment_status, max(value, current), enrollment.current_lesson_id
    )


def complete_lesson(
    session: Session, user_id: uuid.UUID, lesson_id: uuid.UUID, now: dt.datetime | None = None
) -> LessonState:
    now = now or utcnow()
    lesson, course_id = _lesson_and_course(session, lesson_id)
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None:
        raise NotEnrolledError("enrol in the course to record your progress")
    row = _progress_row(session, enrollment, lesson_id, create=True)
    assert row is not None
    if row.started_at is None:
        row.started_at = now
    if row.status != "completed":
        row.status = "completed"
        _event(
            session,
            user_id,
            "lesson_completed",
            lesson,
            course_id,
            {"lesson_title": lesson.title, "content_type": lesson.content_type, "offline": True},
            minutes=row.time_spent_minutes or None,
            at=now,
        )
    if row.completed_at is None:
        row.completed_at = now
    session.flush()
    recompute_course(session, enrollment, now)
    session.flush()
    return _state(row)


def record_quiz_attempt(
    session: Session,
    user_id: uuid.UUID,
    lesson_id: uuid.UUID,
    answers: Mapping[str, Sequence[str] | str | None],
    now: dt.datetime | None = None,
) -> AttemptResult:
    """Score one attempt of a quiz or exercise lesson and record it (attempts, best score, completion).

    A graded quiz (pass percentage above 0) completes when an attempt passes; an ungraded exercise
    completes after any full attempt. No attempt is recorded once ``max_attempts`` are used up.
    """
    now = now or utcnow()
    lesson, course_id = _lesson_and_course(session, lesson_id)
    quiz = quizlib.parse_quiz(lesson.interactive_elements)
    if quiz is None:
        raise ValueError("this lesson has no questions")
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None:
        raise NotEnrolledError("enrol in the course to record your answers")
    row = _progress_row(session, enrollment, lesson_id, create=True)
    assert row is not None
    used = row.attempts_count or 0
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        raise NoAttemptsLeftError(f"all {quiz.max_attempts} attempts of this quiz are used")
    value = quizlib.score(quiz.questions, answers)
    passed = quizlib.has_passed(value, quiz.pass_percentage)
    increment(session, row, "attempts_count", 1)
    if row.best_score is None or value > row.best_score:
        row.best_score = value
    if row.started_at is None:
        row.started_at = now
    row.status = later_status(row.status, "in_progress")
    _event(
        session,
        user_id,
        "quiz_attempted",
        lesson,
        course_id,
        {"attempt": used + 1, "score": float(value), "passed": passed},
        at=now,
    )
    session.flush()
    state = complete_lesson(session, user_id, lesson_id, now) if passed else _state(row)
    left = None if quiz.max_attempts is None else quiz.max_attempts - (used + 1)
    return AttemptResult(
        score=value,
        passed=passed,
        graded=quiz.graded,
        correct={q.id: quizlib.check_answer(q, answers.get(q.id)) for q in quiz.questions},
        attempts=used + 1,
        best_score=row.best_score,
        attempts_left=left,
        lesson=state,
    )


def course_lesson_states(
    session: Session, user_id: uuid.UUID, course_id: uuid.UUID
) -> dict[uuid.UUID, LessonState]:
    """Every recorded lesson state of the learner in one course (lessons never opened are absent)."""
    enrollment = enrollment_for(session, user_id, course_id)
    if enrollment is None:
        return {}
    rows = session.scalars(sa.select(LessonProgress).where(LessonProgress.enrollment_id == enrollment.id))
    return {r.lesson_id: _state(r) for r in rows}
