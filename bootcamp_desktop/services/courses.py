"""Reading the learner's courses and a course's outline (with progress marks and media sizes)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, Enrollment, Lesson, LessonProgress, Module

from .downloads import MediaItem, items_for, lesson_refs


@dataclass(frozen=True)
class MyCourse:
    course_id: uuid.UUID
    title: str
    short_description: str | None
    status: str | None
    progress: Decimal


@dataclass(frozen=True)
class LessonRow:
    lesson_id: uuid.UUID
    title: str
    content_type: str | None
    order: int
    minutes: int | None
    is_preview: bool
    status: str = "not_started"
    best_score: Decimal | None = None
    media_bytes: int = 0
    media_missing: int = 0  # how many of its files are not downloaded yet
    media_missing_bytes: int = 0


@dataclass(frozen=True)
class ModuleRow:
    module_id: uuid.UUID
    title: str
    order: int
    is_required: bool
    lessons: tuple[LessonRow, ...]
    hours: int | None = None

    @property
    def completed(self) -> int:
        return sum(lesson.status == "completed" for lesson in self.lessons)

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes or 0 for lesson in self.lessons)


def my_courses(session: Session, user_id: uuid.UUID) -> list[MyCourse]:
    rows = session.execute(
        sa.select(
            Course.id,
            Course.title,
            Course.short_description,
            Enrollment.enrollment_status,
            Enrollment.progress_percentage,
        )
        .join(Enrollment, Enrollment.course_id == Course.id)
        .where(Enrollment.user_id == user_id)
        .order_by(Enrollment.last_accessed_at.desc().nulls_last(), Course.title)
    ).all()
    return [MyCourse(r[0], r[1], r[2], r[3], r[4] or Decimal(0)) for r in rows]


def course_outline(
    session: Session,
    course_id: uuid.UUID,
    user_id: uuid.UUID | None = None,
    blobs_root: Path | None = None,
) -> list[ModuleRow]:
    """Modules and lessons in order; with ``user_id``, each lesson's status and best score; with
    ``blobs_root``, the size of each lesson's files (the pictures inside its text included; a file shared
    by several lessons counts with the first) and how many are not downloaded yet."""
    modules = session.execute(
        sa.select(
            Module.id, Module.title, Module.module_order, Module.is_required, Module.estimated_duration_hours
        )
        .where(Module.course_id == course_id)
        .order_by(Module.module_order)
    ).all()
    lessons = session.execute(
        sa.select(
            Lesson.id,
            Lesson.module_id,
            Lesson.title,
            Lesson.content_type,
            Lesson.lesson_order,
            Lesson.content_duration_minutes,
            Lesson.reading_time_minutes,
            Lesson.is_preview,
            Lesson.content_url,
            Lesson.interactive_elements,
            Lesson.resources,
        )
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    ).all()
    states: dict[uuid.UUID, tuple[str | None, Decimal | None]] = {}
    if user_id is not None:
        states = {
            r[0]: (r[1], r[2])
            for r in session.execute(
                sa.select(LessonProgress.lesson_id, LessonProgress.status, LessonProgress.best_score)
                .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
                .where(Enrollment.user_id == user_id, Enrollment.course_id == course_id)
            )
        }
    refs: dict[uuid.UUID, list[str]] = {}
    seen: set[str] = set()
    every = lesson_refs(session, lessons, blobs_root)
    for r in lessons:  # a file shared by several lessons counts once, with the first
        refs[r.id] = [sha for sha in every[r.id] if sha not in seen]
        seen.update(refs[r.id])
    media: dict[str, MediaItem] = {}
    if blobs_root is not None:
        media = {
            m.sha256: m for m in items_for(session, [s for shas in refs.values() for s in shas], blobs_root)
        }
    by_module: dict[uuid.UUID, list[LessonRow]] = {}
    for r in lessons:
        status, best = states.get(r.id, (None, None))
        items = [media[s] for s in refs[r.id] if s in media]
        by_module.setdefault(r.module_id, []).append(
            LessonRow(
                r.id,
                r.title,
                r.content_type,
                r.lesson_order,
                r.content_duration_minutes or r.reading_time_minutes,
                bool(r.is_preview),
                status or "not_started",
                best,
                sum(i.size for i in items),
                sum(not i.present for i in items),
                sum(i.size for i in items if not i.present),
            )
        )
    return [
        ModuleRow(
            m.id,
            m.title,
            m.module_order,
            m.is_required is not False,
            tuple(by_module.get(m.id, ())),
            m.estimated_duration_hours,
        )
        for m in modules
    ]
