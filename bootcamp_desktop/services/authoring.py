"""Course authoring: courses, modules and lessons created, edited, reordered, published.

Orders. ``modules`` are UNIQUE(course_id, module_order) and ``lessons`` UNIQUE(module_id, lesson_order).
A move renumbers the rows from the first position that changes onward with *fresh* numbers, above every
order in the course (``max + 1``, ``max + 2``, ...; for lessons, the highest lesson order of the whole
course, since a lesson moved out of a module here may still be in it on the server). The new numbers collide with no old one, so
the constraint holds after every single UPDATE, in whatever order they run: here inside the one local
transaction, and on the server, which applies the outbox's mutations one by one, each in its own
savepoint. (Temporary negative orders would keep the local transaction valid too, but the outbox
coalesces a row's pending changes into one, so the server would receive the final numbers only, in
an order that can collide.) Orders therefore grow and are not contiguous: screens show a row's
position (1, 2, 3...), never the raw number. One case stays open: deleting the row with the highest
order and reordering before the delete reaches the server can reuse its number; the server then
rejects that one update and the Sync panel shows it.

Publishing sets ``published`` and, the first time, ``published_at``; unpublishing hides the course from
the catalogue again (learners already enrolled keep their rows on the server).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, CourseStaff, Lesson, Module, utcnow
from bootcamp_core.models.enums import CONTENT_TYPE, COURSE_TYPE, DIFFICULTY_LEVEL, MODULE_TYPE

from .staff import AUTHORING_ROLES, CourseRef, staffed_courses


class AuthoringError(ValueError):
    """Input that cannot be saved; the message says which field and why."""


@dataclass(frozen=True)
class LessonNode:
    lesson_id: uuid.UUID
    title: str
    content_type: str | None
    order: int
    minutes: int | None
    is_preview: bool


@dataclass(frozen=True)
class ModuleNode:
    module_id: uuid.UUID
    title: str
    order: int
    module_type: str | None
    is_required: bool
    lessons: tuple[LessonNode, ...] = ()


@dataclass(frozen=True)
class CourseTree:
    course_id: uuid.UUID
    title: str
    published: bool
    modules: tuple[ModuleNode, ...] = field(default_factory=tuple)


def authored_courses(session: Session, user_id: uuid.UUID) -> list[CourseRef]:
    return staffed_courses(session, user_id, AUTHORING_ROLES)


def course_tree(session: Session, course_id: uuid.UUID) -> CourseTree:
    course = session.get(Course, course_id)
    if course is None:
        raise AuthoringError("this course is no longer in the replica")
    modules = session.execute(
        sa.select(Module.id, Module.title, Module.module_order, Module.module_type, Module.is_required)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order)
    ).all()
    lessons = session.execute(
        sa.select(
            Lesson.module_id,
            Lesson.id,
            Lesson.title,
            Lesson.content_type,
            Lesson.lesson_order,
            sa.func.coalesce(Lesson.content_duration_minutes, Lesson.reading_time_minutes),
            Lesson.is_preview,
        )
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == course_id)
        .order_by(Lesson.lesson_order)
    ).all()
    by_module: dict[uuid.UUID, list[LessonNode]] = {}
    for mid, lid, title, ctype, order, minutes, preview in lessons:
        by_module.setdefault(mid, []).append(LessonNode(lid, title, ctype, order, minutes, bool(preview)))
    return CourseTree(
        course.id,
        course.title,
        bool(course.published),
        tuple(
            ModuleNode(m[0], m[1], m[2], m[3], m[4] is not False, tuple(by_module.get(m[0], ())))
            for m in modules
        ),
    )


def course_fields(session: Session, course_id: uuid.UUID) -> dict[str, Any]:
    course = session.get(Course, course_id)
    if course is None:
        raise AuthoringError("this course is no longer in the replica")
    return {name: getattr(course, name) for name in (*COURSE_FIELDS, "published", "published_at")}


def module_fields(session: Session, module_id: uuid.UUID) -> dict[str, Any]:
    module = session.get(Module, module_id)
    if module is None:
        raise AuthoringError("this module is no longer in the replica")
    return {name: getattr(module, name) for name in MODULE_FIELDS}


# -- validation helpers ----------------------------------------------------------------------------------------
def _text(value: Any, name: str, *, required: bool = True, max_length: int | None = None) -> str | None:
    text = (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()
    if required and not text:
        raise AuthoringError(f"{name} is required")
    if max_length and len(text) > max_length:
        raise AuthoringError(f"{name} is at most {max_length} characters")
    return text or None


def _choice(value: Any, name: str, allowed: Sequence[str]) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed:
        raise AuthoringError(f"{name} must be one of {', '.join(allowed)}")
    return str(value)


def _positive(value: Any, name: str, *, required: bool = False) -> int | None:
    if value in (None, ""):
        if required:
            raise AuthoringError(f"{name} is required")
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise AuthoringError(f"{name} must be a whole number") from None
    if number < 0 or (required and number == 0):
        raise AuthoringError(f"{name} must be more than 0")
    return number


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:200] or "course"


def _free_slug(session: Session, base: str, course_id: uuid.UUID | None = None) -> str:
    slug, n = base, 2
    while session.scalar(
        sa.select(Course.id).where(Course.slug == slug, Course.id != (course_id or uuid.UUID(int=0)))
    ):
        slug = f"{base}-{n}"
        n += 1
    return slug


# -- courses ---------------------------------------------------------------------------------------------------
COURSE_FIELDS = (
    "title",
    "slug",
    "description",
    "short_description",
    "difficulty_level",
    "estimated_duration_hours",
    "course_type",
    "category",
    "learning_outcomes",
    "prerequisites",
    "tags",
    "featured",
)


def _apply_course(session: Session, course: Course, values: dict[str, Any]) -> None:
    unknown = set(values) - set(COURSE_FIELDS)
    if unknown:
        raise AuthoringError(f"unknown course fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        course.title = _text(values["title"], "title", max_length=255)  # type: ignore[assignment]
    if "description" in values:
        course.description = _text(values["description"], "description")  # type: ignore[assignment]
    if "short_description" in values:
        course.short_description = _text(
            values["short_description"], "short description", required=False, max_length=500
        )
    if "estimated_duration_hours" in values:
        course.estimated_duration_hours = _positive(
            values["estimated_duration_hours"], "duration (hours)", required=True
        )  # type: ignore[assignment]
    if "difficulty_level" in values:
        course.difficulty_level = _choice(values["difficulty_level"], "difficulty", DIFFICULTY_LEVEL)
    if "course_type" in values:
        course.course_type = _choice(values["course_type"], "course type", COURSE_TYPE)
    if "category" in values:
        course.category = _text(values["category"], "category", required=False, max_length=100)
    for name in ("learning_outcomes", "prerequisites", "tags"):
        if name in values:
            items = [str(x).strip() for x in values[name] or [] if str(x).strip()]
            setattr(course, name, items)
    if "featured" in values:
        course.featured = bool(values["featured"])
    if "slug" in values:
        slug = slugify(_text(values["slug"], "slug") or "")
        if session.scalar(sa.select(Course.id).where(Course.slug == slug, Course.id != course.id)):
            raise AuthoringError(f"another course already uses the address {slug!r}")
        course.slug = slug
    course.updated_at = utcnow()


def create_course(session: Session, author_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    """A new unpublished course; its author becomes its instructor (``course_staff``)."""
    title = _text(values.get("title"), "title", max_length=255) or ""
    course = Course(
        id=None,
        created_by=author_id,
        published=False,
        slug="",
        title=title,
        description="",
        estimated_duration_hours=0,
    )
    values = dict(values)
    values["slug"] = values.get("slug") or _free_slug(session, slugify(title))
    values["estimated_duration_hours"] = values.get("estimated_duration_hours") or 1
    # a draft needs some description (NOT NULL); the author writes the real one before publishing
    values["description"] = values.get("description") or values.get("short_description") or "To be written."
    _apply_course(session, course, values)
    session.add(course)
    session.flush()
    session.add(CourseStaff(course_id=course.id, user_id=author_id, staff_role="instructor"))
    session.flush()
    return course.id


def update_course(session: Session, course_id: uuid.UUID, values: dict[str, Any]) -> None:
    course = session.get(Course, course_id)
    if course is None:
        raise AuthoringError("this course is no longer in the replica")
    _apply_course(session, course, values)


def set_published(session: Session, course_id: uuid.UUID, published: bool) -> None:
    course = session.get(Course, course_id)
    if course is None:
        raise AuthoringError("this course is no longer in the replica")
    if published:
        lessons = session.scalar(
            sa.select(sa.func.count()).select_from(Lesson).join(Module).where(Module.course_id == course_id)
        )
        if not lessons:
            raise AuthoringError("a course needs at least one lesson before it is published")
    course.published = published
    if published and course.published_at is None:
        course.published_at = utcnow()
    course.updated_at = utcnow()


# -- modules ---------------------------------------------------------------------------------------------------
MODULE_FIELDS = (
    "title",
    "description",
    "module_type",
    "estimated_duration_hours",
    "learning_objectives",
    "is_required",
)


def _apply_module(module: Module, values: dict[str, Any]) -> None:
    unknown = set(values) - set(MODULE_FIELDS)
    if unknown:
        raise AuthoringError(f"unknown module fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        module.title = _text(values["title"], "title", max_length=255)  # type: ignore[assignment]
    if "description" in values:
        module.description = _text(values["description"], "description", required=False)
    if "module_type" in values:
        module.module_type = _choice(values["module_type"], "module type", MODULE_TYPE)
    if "estimated_duration_hours" in values:
        module.estimated_duration_hours = _positive(values["estimated_duration_hours"], "duration (hours)")
    if "learning_objectives" in values:
        module.learning_objectives = [
            str(x).strip() for x in values["learning_objectives"] or [] if str(x).strip()
        ]
    if "is_required" in values:
        module.is_required = bool(values["is_required"])
    module.updated_at = utcnow()


def _next_order(session: Session, column: Any, where: Any) -> int:
    return (session.scalar(sa.select(sa.func.max(column)).where(where)) or 0) + 1


def create_module(session: Session, course_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    if session.get(Course, course_id) is None:
        raise AuthoringError("this course is no longer in the replica")
    module = Module(
        course_id=course_id,
        title="",
        module_order=_next_order(session, Module.module_order, Module.course_id == course_id),
    )
    _apply_module(module, {"module_type": "lecture", **values})
    session.add(module)
    session.flush()
    return module.id


def update_module(session: Session, module_id: uuid.UUID, values: dict[str, Any]) -> None:
    module = session.get(Module, module_id)
    if module is None:
        raise AuthoringError("this module is no longer in the replica")
    _apply_module(module, values)


def delete_module(session: Session, module_id: uuid.UUID) -> None:
    module = session.get(Module, module_id)
    if module is not None:
        session.delete(module)  # its lessons go with it (ON DELETE CASCADE, here and on the server)


# -- lessons ---------------------------------------------------------------------------------------------------
LESSON_FIELDS = (
    "title",
    "description",
    "content_type",
    "content_url",
    "content_duration_minutes",
    "reading_time_minutes",
    "is_preview",
    "resources",
)


def _apply_lesson(lesson: Lesson, values: dict[str, Any]) -> None:
    unknown = set(values) - set(LESSON_FIELDS)
    if unknown:
        raise AuthoringError(f"unknown lesson fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        lesson.title = _text(values["title"], "title", max_length=255)  # type: ignore[assignment]
    if "description" in values:
        lesson.description = _text(values["description"], "description", required=False)
    if "content_type" in values:
        lesson.content_type = _choice(values["content_type"], "content type", CONTENT_TYPE)
    if "content_url" in values:
        lesson.content_url = _text(values["content_url"], "content address", required=False)
    for name in ("content_duration_minutes", "reading_time_minutes"):
        if name in values:
            setattr(lesson, name, _positive(values[name], name.replace("_", " ")))
    if "is_preview" in values:
        lesson.is_preview = bool(values["is_preview"])
    if "resources" in values:
        lesson.resources = values["resources"]
    lesson.updated_at = utcnow()


def create_lesson(session: Session, module_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    module = session.get(Module, module_id)
    if module is None:
        raise AuthoringError("this module is no longer in the replica")
    course_lessons = sa.select(Module.id).where(Module.course_id == module.course_id).scalar_subquery()
    lesson = Lesson(
        module_id=module_id,
        title="",
        lesson_order=_next_order(session, Lesson.lesson_order, Lesson.module_id.in_(course_lessons)),
    )
    _apply_lesson(lesson, {"content_type": "text", **values})
    session.add(lesson)
    session.flush()
    return lesson.id


def update_lesson(session: Session, lesson_id: uuid.UUID, values: dict[str, Any]) -> None:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    _apply_lesson(lesson, values)


def delete_lesson(session: Session, lesson_id: uuid.UUID) -> None:
    lesson = session.get(Lesson, lesson_id)
    if lesson is not None:
        session.delete(lesson)


# -- reordering ------------------------------------------------------------------------------------------------
def _renumber(
    session: Session,
    rows: list[Any],
    attr: str,
    old: list[Any],
    top: int,
    moved: Any = None,
    module_id: uuid.UUID | None = None,
) -> None:
    """Give ``rows`` (the wanted order) increasing orders above ``top``; rows before the first change
    keep theirs. ``moved`` (a lesson arriving from another module) gets ``module_id`` in the same UPDATE."""
    first = next(
        (i for i, (a, b) in enumerate(zip(rows, old, strict=False)) if a is not b), min(len(rows), len(old))
    )
    if first == len(rows) == len(old):
        return
    for i, row in enumerate(rows[first:], start=1):
        if row is moved and module_id is not None:
            row.module_id = module_id
        setattr(row, attr, top + i)
        session.flush()  # one UPDATE at a time: each one is valid on its own


def move_module(session: Session, module_id: uuid.UUID, position: int) -> None:
    """Put the module at ``position`` (0-based) within its course."""
    module = session.get(Module, module_id)
    if module is None:
        raise AuthoringError("this module is no longer in the replica")
    old = list(
        session.scalars(
            sa.select(Module).where(Module.course_id == module.course_id).order_by(Module.module_order)
        )
    )
    rows = [m for m in old if m is not module]
    rows.insert(max(0, min(len(rows), position)), module)
    _renumber(session, rows, "module_order", old, max(m.module_order for m in old))


def move_lesson(session: Session, lesson_id: uuid.UUID, module_id: uuid.UUID, position: int) -> None:
    """Put the lesson at ``position`` (0-based) in ``module_id`` (its own module or another of the course).

    Fresh orders are taken above the highest lesson order of the whole *course*, not just of the target
    module: a lesson that left a module here may still be in it on the server until its own update
    arrives, so numbers are kept unique across the course.
    """
    lesson = session.get(Lesson, lesson_id)
    target = session.get(Module, module_id)
    if lesson is None or target is None:
        raise AuthoringError("this lesson or module is no longer in the replica")
    source = session.get(Module, lesson.module_id)
    assert source is not None
    if source.course_id != target.course_id:
        raise AuthoringError("a lesson moves only between modules of its own course")
    top = (
        session.scalar(
            sa.select(sa.func.max(Lesson.lesson_order))
            .join(Module, Module.id == Lesson.module_id)
            .where(Module.course_id == target.course_id)
        )
        or 0
    )
    old = list(
        session.scalars(sa.select(Lesson).where(Lesson.module_id == module_id).order_by(Lesson.lesson_order))
    )
    rows = [x for x in old if x is not lesson]
    rows.insert(max(0, min(len(rows), position)), lesson)
    if lesson.module_id != module_id:
        keep = next((i for i, (a, b) in enumerate(zip(rows, old, strict=False)) if a is not b), len(old))
        _renumber(session, rows, "lesson_order", rows[:keep], top, moved=lesson, module_id=module_id)
        return
    _renumber(session, rows, "lesson_order", old, top)
