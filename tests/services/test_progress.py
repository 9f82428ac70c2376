"""Lesson progress only moves forward; time and attempts are increments; quizzes record best scores."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa

from bootcamp_core.models import Course, Enrollment, Lesson, LessonProgress, Module
from bootcamp_desktop.services import progress

from .conftest import outbox


def lessons_of(read, learner, status: str, content_type: str | None = None) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    def q(s):  # type: ignore[no-untyped-def]
        query = (
            sa.select(Lesson.id)
            .join(Module)
            .join(Enrollment, Enrollment.course_id == Module.course_id)
            .outerjoin(
                LessonProgress,
                sa.and_(LessonProgress.lesson_id == Lesson.id, LessonProgress.enrollment_id == Enrollment.id),
            )
            .where(
                Enrollment.user_id == learner, Enrollment.enrollment_status.in_(("enrolled", "in_progress"))
            )
            .order_by(Module.module_order, Lesson.lesson_order)
        )
        if status == "not_started":
            query = query.where(
                sa.or_(LessonProgress.status.is_(None), LessonProgress.status == "not_started")
            )
        else:
            query = query.where(LessonProgress.status == status)
        if content_type:
            query = query.where(Lesson.content_type == content_type)
        return list(s.scalars(query))

    return read(q)


def state(read, learner, lesson_id):  # type: ignore[no-untyped-def]
    return read(progress.lesson_state, learner, lesson_id)


def test_opening_a_lesson_starts_it_and_makes_it_current(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    lesson = lessons_of(read, learner, "not_started")[0]
    before = len(outbox(ws))
    result = write(progress.open_lesson, learner, lesson)
    assert result.status == "in_progress"
    enrolment = read(
        lambda s: s.scalar(
            sa.select(Enrollment)
            .join(Module, Module.course_id == Enrollment.course_id)
            .join(Lesson, Lesson.module_id == Module.id)
            .where(Lesson.id == lesson, Enrollment.user_id == learner)
        )
    )
    assert enrolment.current_lesson_id == lesson
    tables = {e.table_name for e in outbox(ws)[before:]}
    assert {"lesson_progress", "enrollments", "learning_analytics"} <= tables


def test_completion_never_goes_back(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    lesson = lessons_of(read, learner, "completed")[0]
    done = state(read, learner, lesson)
    again = write(progress.open_lesson, learner, lesson)
    assert again.status == "completed" and again.completed_at == done.completed_at


def test_time_spent_travels_as_increments(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    lesson = lessons_of(read, learner, "in_progress")[0]
    before = state(read, learner, lesson).time_spent_minutes
    write(progress.record_time, learner, lesson, 2)
    write(progress.record_time, learner, lesson, 3)
    assert state(read, learner, lesson).time_spent_minutes == before + 5
    entries = [e for e in outbox(ws, "lesson_progress")]
    assert entries[-1].payload["inc"] == {"time_spent_minutes": 5}  # coalesced pending increments
    assert "time_spent_minutes" not in entries[-1].payload["set"]


def test_completing_every_lesson_completes_the_course(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    course_id = read(
        lambda s: s.scalar(
            sa.select(Course.id).where(Course.slug == "paper-to-phone-rapid-prototyping-workshop")
        )
    )
    ids = read(
        lambda s: list(s.scalars(sa.select(Lesson.id).join(Module).where(Module.course_id == course_id)))
    )
    for lesson in ids:
        write(progress.complete_lesson, learner, lesson)
    enrolment = read(
        lambda s: s.scalar(
            sa.select(Enrollment).where(Enrollment.user_id == learner, Enrollment.course_id == course_id)
        )
    )
    assert enrolment.enrollment_status == "completed"
    assert enrolment.progress_percentage == Decimal("100.00")
    assert enrolment.completion_date is not None


def test_quiz_attempts_keep_the_best_score_and_stop_at_the_limit(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    lesson_id = read(
        lambda s: s.scalar(
            sa.select(Lesson.id)
            .join(Module)
            .join(Course)
            .where(Course.slug == "paper-to-phone-rapid-prototyping-workshop", Lesson.content_type == "quiz")
            .limit(1)
        )
    )
    quiz = read(lambda s: progress.quizlib.parse_quiz(s.get(Lesson, lesson_id).interactive_elements))
    right = {
        x.id: list(x.correct[:1]) if x.type == "short_answer" else list(x.correct) for x in quiz.questions
    }
    first = write(progress.record_quiz_attempt, learner, lesson_id, right)
    assert first.passed and first.score == 100 and first.lesson.status == "completed"
    worse = write(progress.record_quiz_attempt, learner, lesson_id, {})
    assert worse.score == 0 and worse.best_score == 100 and worse.lesson.status == "completed"
    assert state(read, learner, lesson_id).attempts_count == 2
    while quiz.max_attempts and state(read, learner, lesson_id).attempts_count < quiz.max_attempts:
        write(progress.record_quiz_attempt, learner, lesson_id, {})
    with pytest.raises(progress.NoAttemptsLeftError):
        write(progress.record_quiz_attempt, learner, lesson_id, right)


def test_a_learner_not_enrolled_is_not_tracked(ws, read, write) -> None:  # type: ignore[no-untyped-def]
    stranger = uuid.uuid4()
    lesson = read(lambda s: s.scalar(sa.select(Lesson.id).limit(1)))
    assert write(progress.open_lesson, stranger, lesson) is None
    with pytest.raises(progress.NotEnrolledError):
        write(progress.complete_lesson, stranger, lesson)


def test_later_status_is_monotonic() -> None:
    order = progress.STATUS_ORDER
    for a in order:
        for b in order:
            assert order.index(progress.later_status(a, b)) == max(order.index(a), order.index(b))
