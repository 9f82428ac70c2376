"""The facilitator's cohort view of an in-person workshop: who is enrolled, where each learner is, and
when each was last seen.

"Last seen": the replica has no record of when each learner last synced (that is kept on the server,
per client, and is not replicated), so it shows the latest activity it holds for the learner: their
most recent ``learning_analytics`` event (which the learner's app records as they study, and which
reaches this replica with their next sync) or their enrolment's ``last_accessed_at``, whichever is
later. The screen says so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from bootcamp_core.models import (
    CourseStaff,
    Enrollment,
    LearningAnalytics,
    Lesson,
    LessonProgress,
    Module,
    User,
)

from .staff import CourseRef, staffed_courses


@dataclass(frozen=True)
class CohortRow:
    enrollment_id: uuid.UUID
    user_id: uuid.UUID
    name: str
    status: str | None
    progress: Decimal
    module: str | None  # "2. Pricing transparency"
    lesson: str | None
    lessons_done: int
    lessons_total: int
    last_seen: dt.datetime | None
    offline_share: float | None  # share of their recent lesson events done offline, when known


def workshop_courses(session: Session, user_id: uuid.UUID) -> list[CourseRef]:
    return staffed_courses(session, user_id)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def cohort(session: Session, course_id: uuid.UUID) -> list[CohortRow]:
    staff_ids = set(session.scalars(sa.select(CourseStaff.user_id).where(CourseStaff.course_id == course_id)))
    positions = {
        mid: i + 1
        for i, mid in enumerate(
            session.scalars(
                sa.select(Module.id).where(Module.course_id == course_id).order_by(Module.module_order)
            )
        )
    }
    total = (
        session.scalar(
            sa.select(sa.func.count()).select_from(Lesson).join(Module).where(Module.course_id == course_id)
        )
        or 0
    )
    done = dict(
        session.execute(
            sa.select(LessonProgress.enrollment_id, sa.func.count())
            .join(Enrollment)
            .where(Enrollment.course_id == course_id, LessonProgress.status == "completed")
            .group_by(LessonProgress.enrollment_id)
        ).all()
    )
    users = sa.select(Enrollment.user_id).where(Enrollment.course_id == course_id).scalar_subquery()
    seen = dict(
        session.execute(
            sa.select(LearningAnalytics.user_id, sa.func.max(LearningAnalytics.timestamp))
            .where(LearningAnalytics.user_id.in_(users))
            .group_by(LearningAnalytics.user_id)
        ).all()
    )
    offline: dict[uuid.UUID, list[bool]] = {}
    for user_id, data in session.execute(
        sa.select(LearningAnalytics.user_id, LearningAnalytics.event_data).where(
            LearningAnalytics.course_id == course_id,
            LearningAnalytics.event_type.in_(("lesson_started", "lesson_completed")),
        )
    ):
        if isinstance(data, dict) and "offline" in data:
            offline.setdefault(user_id, []).append(bool(data["offline"]))
    module, lesson = aliased(Module), aliased(Lesson)
    rows = session.execute(
        sa.select(Enrollment, User.full_name, module.id, module.title, lesson.title)
        .join(User, User.id == Enrollment.user_id)
        .outerjoin(module, module.id == Enrollment.current_module_id)
        .outerjoin(lesson, lesson.id == Enrollment.current_lesson_id)
        .where(Enrollment.course_id == course_id)
        .order_by(User.full_name)
    ).all()
    out = []
    for e, name, mid, mtitle, ltitle in rows:
        if e.user_id in staff_ids:
            continue
        last = max((t for t in (_aware(seen.get(e.user_id)), _aware(e.last_accessed_at)) if t), default=None)
        flags = offline.get(e.user_id)
        out.append(
            CohortRow(
                e.id,
                e.user_id,
                name,
                e.enrollment_status,
                e.progress_percentage or Decimal(0),
                f"{positions.get(mid, '?')}. {mtitle}" if mtitle else None,
                ltitle,
                done.get(e.id, 0),
                total,
                last,
                sum(flags) / len(flags) if flags else None,
            )
        )
    return out
