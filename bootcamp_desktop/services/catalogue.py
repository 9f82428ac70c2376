"""The catalogue: published courses, searched and filtered, their pages, and enrolment.

Search matches the query's words (each must appear) in a course's title, short description, description,
category or tags, case-insensitively. Filters are exact: category, difficulty, course type, and a tag
the course must carry. Enrolling works offline: the enrolment is recorded locally and confirmed by the
server at the next sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, CourseStaff, Enrollment, Lesson, Module, User, utcnow


class EnrolmentError(ValueError):
    pass


@dataclass(frozen=True)
class CatalogueEntry:
    course_id: uuid.UUID
    title: str
    short_description: str | None
    category: str | None
    difficulty: str | None
    course_type: str | None
    tags: tuple[str, ...]
    hours: int
    featured: bool
    enrolled: bool


@dataclass(frozen=True)
class Facets:
    categories: tuple[str, ...]
    difficulties: tuple[str, ...]
    course_types: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Filters:
    query: str = ""
    category: str | None = None
    difficulty: str | None = None
    course_type: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class ModuleSummary:
    title: str
    lessons: int
    hours: int | None
    required: bool


@dataclass
class CoursePage:
    course_id: uuid.UUID
    title: str
    short_description: str | None
    description: str
    learning_outcomes: list[str]
    prerequisites: list[str]
    difficulty: str | None
    course_type: str | None
    category: str | None
    tags: list[str]
    hours: int
    lessons: int
    modules: list[ModuleSummary] = field(default_factory=list)
    instructors: list[str] = field(default_factory=list)
    enrolled: bool = False
    enrollment_status: str | None = None
    progress: Decimal | None = None


def _published() -> sa.Select:
    return sa.select(Course).where(Course.published.is_(True))


def facets(session: Session) -> Facets:
    courses = session.scalars(_published()).all()
    return Facets(
        categories=tuple(sorted({c.category for c in courses if c.category})),
        difficulties=tuple(
            d
            for d in ("beginner", "intermediate", "advanced")
            if any(c.difficulty_level == d for c in courses)
        ),
        course_types=tuple(
            t
            for t in ("core", "elective", "workshop", "capstone")
            if any(c.course_type == t for c in courses)
        ),
        tags=tuple(sorted({t for c in courses for t in (c.tags or [])})),
    )


def matches(course: Course, filters: Filters) -> bool:
    if filters.category and course.category != filters.category:
        return False
    if filters.difficulty and course.difficulty_level != filters.difficulty:
        return False
    if filters.course_type and course.course_type != filters.course_type:
        return False
    if filters.tag and filters.tag not in (course.tags or []):
        return False
    words = filters.query.casefold().split()
    if words:
        haystack = " ".join(
            [
                course.title,
                course.short_description or "",
                course.description or "",
                course.category or "",
                *(course.tags or []),
            ]
        ).casefold()
        return all(w in haystack for w in words)
    return True


def search(session: Session, user_id: uuid.UUID | None, filters: Filters = Filters()) -> list[CatalogueEntry]:
    enrolled = (
        set(session.scalars(sa.select(Enrollment.course_id).where(Enrollment.user_id == user_id)))
        if user_id
        else set()
    )
    courses = session.scalars(_published().order_by(Course.featured.desc(), Course.title)).all()
    return [
        CatalogueEntry(
            c.id,
            c.title,
            c.short_description,
            c.category,
            c.difficulty_level,
            c.course_type,
            tuple(c.tags or ()),
            c.estimated_duration_hours,
            bool(c.featured),
            c.id in enrolled,
        )
        for c in courses
        if matches(c, filters)
    ]


def course_page(session: Session, user_id: uuid.UUID | None, course_id: uuid.UUID) -> CoursePage:
    course = session.get(Course, course_id)
    if course is None:
        raise LookupError("this course is not in the replica")
    counts = dict(
        session.execute(
            sa.select(Lesson.module_id, sa.func.count())
            .join(Module)
            .where(Module.course_id == course_id)
            .group_by(Lesson.module_id)
        ).all()
    )
    modules = session.scalars(
        sa.select(Module).where(Module.course_id == course_id).order_by(Module.module_order)
    ).all()
    instructors = session.scalars(
        sa.select(User.full_name)
        .join(CourseStaff, CourseStaff.user_id == User.id)
        .where(CourseStaff.course_id == course_id, CourseStaff.staff_role == "instructor")
        .order_by(User.full_name)
    ).all()
    enrollment = (
        session.scalar(
            sa.select(Enrollment).where(Enrollment.course_id == course_id, Enrollment.user_id == user_id)
        )
        if user_id
        else None
    )
    return CoursePage(
        course_id=course.id,
        title=course.title,
        short_description=course.short_description,
        description=course.description,
        learning_outcomes=list(course.learning_outcomes or []),
        prerequisites=list(course.prerequisites or []),
        difficulty=course.difficulty_level,
        course_type=course.course_type,
        category=course.category,
        tags=list(course.tags or []),
        hours=course.estimated_duration_hours,
        lessons=sum(counts.values()),
        modules=[
            ModuleSummary(
                m.title, counts.get(m.id, 0), m.estimated_duration_hours, m.is_required is not False
            )
            for m in modules
        ],
        instructors=list(instructors),
        enrolled=enrollment is not None,
        enrollment_status=enrollment.enrollment_status if enrollment else None,
        progress=enrollment.progress_percentage if enrollment else None,
    )


def enrol(session: Session, user_id: uuid.UUID, course_id: uuid.UUID) -> uuid.UUID:
    """Enrol the learner in a published course (idempotent); returns the enrolment's id."""
    course = session.get(Course, course_id)
    if course is None or not course.published:
        raise EnrolmentError("this course is not open for enrolment")
    existing = session.scalar(
        sa.select(Enrollment).where(Enrollment.user_id == user_id, Enrollment.course_id == course_id)
    )
    if existing is not None:
        if existing.enrollment_status == "suspended":
            raise EnrolmentError("your enrolment in this course is suspended; contact the bootcamp staff")
        if existing.enrollment_status == "dropped":
            # Coming back is a new enrolment, dated now: the date is what lets the status change over the
            # departure in the merge (``protocol.merge``), where a stale progress move would not.
            existing.enrollment_status = (
                "in_progress" if (existing.progress_percentage or 0) > 0 else "enrolled"
            )
            existing.enrollment_date = existing.last_accessed_at = utcnow()
        return existing.id
    first = session.execute(
        sa.select(Lesson.id, Lesson.module_id)
        .join(Module)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
        .limit(1)
    ).first()
    enrollment = Enrollment(
        user_id=user_id,
        course_id=course_id,
        enrollment_status="enrolled",
        enrollment_date=utcnow(),
        progress_percentage=Decimal(0),
        time_spent_minutes=0,
        current_module_id=first[1] if first else None,
        current_lesson_id=first[0] if first else None,
    )
    session.add(enrollment)
    session.flush()
    return enrollment.id
