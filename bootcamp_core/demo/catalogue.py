"""Courses, modules, lessons, assignments and course staff, built from the course specs."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bootcamp_core.models import Assignment, Course, CourseStaff, Lesson, Module
from bootcamp_core.models.rubric import max_points, validate_rubric

from . import course_extra, course_farm, course_field, course_market
from .context import Ctx
from .formats import FORMAT_VERSION
from .media import Media
from .people import Member
from .rubrics import RUBRICS
from .spec import AssignmentSpec, CourseSpec, Doc, LessonSpec, ModuleSpec
from .video import duration_seconds

COURSES: tuple[CourseSpec, ...] = (
    course_farm.COURSE,
    course_market.COURSE,
    course_field.COURSE,
    course_extra.WORKSHOP,
    course_extra.CAPSTONE,
    course_extra.DRAFT,
)

# Who teaches what: (staff key, staff_role); the first instructor created the course.
STAFFING: dict[str, tuple[tuple[str, str], ...]] = {
    "FMA": (("wanjiru", "instructor"), ("hery", "facilitator")),
    "PMS": (("moussa", "instructor"), ("wanjiru", "instructor")),
    "FDC": (("abena", "instructor"), ("hery", "facilitator")),
    "RPW": (("hery", "facilitator"), ("moussa", "instructor"), ("tiana", "assistant")),
    "CAP": (("wanjiru", "instructor"), ("abena", "instructor"), ("hery", "facilitator")),
    "VOX": (("moussa", "instructor"),),
}
QUIZ_PASS_PERCENTAGE = 70


@dataclass
class AssignInfo:
    id: uuid.UUID
    spec: AssignmentSpec
    rubric: dict[str, Any] | None
    max_score: Decimal
    passing_score: Decimal
    due: dt.datetime
    questions: list[dict[str, Any]]


@dataclass
class LessonInfo:
    id: uuid.UUID
    module_id: uuid.UUID
    spec: LessonSpec
    index: int  # position in the course, from 0
    assignment: AssignInfo | None = None


@dataclass
class CourseInfo:
    spec: CourseSpec
    id: uuid.UUID
    created_at: dt.datetime
    published_at: dt.datetime | None
    module_ids: dict[int, uuid.UUID] = field(default_factory=dict)  # module_order -> id
    lessons: list[LessonInfo] = field(default_factory=list)
    staff: list[tuple[Member, str]] = field(default_factory=list)

    @property
    def instructors(self) -> list[Member]:
        return [m for m, role in self.staff if role == "instructor"] or [self.staff[0][0]]

    @property
    def facilitators(self) -> list[Member]:
        return [m for m, role in self.staff if role in ("facilitator", "assistant")]

    @property
    def assignments(self) -> list[AssignInfo]:
        return [lesson.assignment for lesson in self.lessons if lesson.assignment is not None]


def build_catalogue(ctx: Ctx, media: Media, staff: dict[str, Member]) -> list[CourseInfo]:
    infos = []
    for n, spec in enumerate(COURSES):
        infos.append(_course(ctx, media, spec, staff))
        ctx.report("catalogue", (n + 1) / len(COURSES))
    return infos


def _course(ctx: Ctx, media: Media, spec: CourseSpec, staff: dict[str, Member]) -> CourseInfo:
    created = (
        ctx.days_ago(spec.published_days_ago + 40, jitter_hours=3) if spec.published else ctx.days_ago(20)
    )
    published_at = ctx.days_ago(spec.published_days_ago, jitter_hours=2) if spec.published else None
    info = CourseInfo(spec, ctx.ids.at(created), created, published_at)
    team = [(staff[key], role) for key, role in STAFFING[spec.code] if key in staff]
    info.staff = team
    ctx.sink.add(
        Course,
        {
            "id": info.id,
            "title": spec.title,
            "slug": spec.slug,
            "description": spec.description,
            "short_description": spec.short,
            "learning_outcomes": list(spec.outcomes),
            "prerequisites": list(spec.prerequisites),
            "difficulty_level": spec.difficulty,
            "estimated_duration_hours": spec.hours,
            "course_type": spec.course_type,
            "category": spec.category,
            "tags": list(spec.tags),
            "featured": spec.featured,
            "published": spec.published,
            "published_at": published_at,
            "created_by": team[0][0].id if team else None,
            "created_at": created,
            "updated_at": published_at or ctx.days_ago(2),
        },
    )
    for member, role in team:
        ctx.sink.add(
            CourseStaff,
            {
                "id": ctx.ids.at(created),
                "course_id": info.id,
                "user_id": member.id,
                "staff_role": role,
                "created_at": created,
            },
        )
    index = 0
    for order, module in enumerate(spec.modules, start=1):
        module_id = ctx.ids.at(created)
        info.module_ids[order] = module_id
        _module(ctx, module, module_id, info.id, order, created)
        for lesson_order, lesson in enumerate(module.lessons, start=1):
            info.lessons.append(_lesson(ctx, media, spec, lesson, module_id, lesson_order, index, created))
            index += 1
    return info


def _module(
    ctx: Ctx, module: ModuleSpec, module_id: uuid.UUID, course_id: uuid.UUID, order: int, created: dt.datetime
) -> None:
    ctx.sink.add(
        Module,
        {
            "id": module_id,
            "course_id": course_id,
            "title": module.title,
            "description": module.description,
            "module_order": order,
            "estimated_duration_hours": module.hours,
            "learning_objectives": list(module.objectives),
            "module_type": module.module_type,
            "is_required": module.required,
            "created_at": created,
            "updated_at": created + dt.timedelta(days=3),
        },
    )


def _resources(
    media: Media, spec: CourseSpec, lesson: LessonSpec, embedded: list[str] | None
) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for res in lesson.resources:
        if isinstance(res, Doc):
            blob = media.doc(res, spec.colour)
            items.append(
                {
                    "kind": res.kind,
                    "title": res.title,
                    "url": blob.url,
                    "file_name": res.file_name,
                    "size_bytes": blob.size,
                    "mime_type": blob.mime_type,
                }
            )
        else:
            items.append({"kind": "link", "title": res.title, "url": res.url})
    if embedded is None:
        return {"items": items}
    return {"items": items, "embedded": embedded}


def _questions(lesson: LessonSpec) -> list[dict[str, Any]]:
    return [q.to_json() for q in lesson.questions]


def _lesson(
    ctx: Ctx,
    media: Media,
    course: CourseSpec,
    lesson: LessonSpec,
    module_id: uuid.UUID,
    order: int,
    index: int,
    created: dt.datetime,
) -> LessonInfo:
    lesson_created = created + dt.timedelta(days=1 + index)
    info = LessonInfo(ctx.ids.at(lesson_created), module_id, lesson, index)
    content_url = elements = duration = reading = embedded = None
    if lesson.kind == "video":
        content_url = media.video(lesson.cards, course).url
        duration = max(1, math.ceil(duration_seconds(lesson.cards) / 60))
    elif lesson.kind == "text":
        assert lesson.markdown, lesson.title
        text, embedded = media.markdown(lesson.markdown)
        content_url = text.url
        reading = lesson.minutes
    elif lesson.kind in ("quiz", "interactive"):
        duration = lesson.minutes
        elements = {
            "format": FORMAT_VERSION,
            "kind": "quiz" if lesson.kind == "quiz" else "exercise",
            "intro": lesson.intro,
            "image": media.illustration(lesson.image).url if lesson.image else None,
            "questions": _questions(lesson),
            "pass_percentage": QUIZ_PASS_PERCENTAGE if lesson.kind == "quiz" else 0,
            "max_attempts": 3 if lesson.kind == "quiz" else None,
            "shuffle_choices": lesson.kind == "quiz",
        }
        if lesson.image:
            content_url = elements["image"]
    else:  # assignment
        duration = lesson.minutes
        if lesson.questions:
            elements = {
                "format": FORMAT_VERSION,
                "kind": "graded_quiz",
                "intro": lesson.intro,
                "image": None,
                "questions": _questions(lesson),
                "pass_percentage": QUIZ_PASS_PERCENTAGE,
                "max_attempts": 2,
                "shuffle_choices": True,
            }
    ctx.sink.add(
        Lesson,
        {
            "id": info.id,
            "module_id": module_id,
            "title": lesson.title,
            "description": lesson.description,
            "lesson_order": order,
            "content_type": lesson.kind,
            "content_url": content_url,
            "content_duration_minutes": duration,
            "reading_time_minutes": reading,
            "interactive_elements": elements,
            "resources": _resources(media, course, lesson, embedded),
            "is_preview": lesson.preview,
            "created_at": lesson_created,
            "updated_at": lesson_created,
        },
    )
    if lesson.assignment is not None:
        info.assignment = _assignment(ctx, lesson.assignment, info, lesson_created, elements)
    return info


def _assignment(
    ctx: Ctx, task: AssignmentSpec, lesson: LessonInfo, created: dt.datetime, elements: dict[str, Any] | None
) -> AssignInfo:
    rubric = RUBRICS[task.rubric] if task.rubric else None
    if rubric is not None:
        validate_rubric(rubric)  # bulk inserts skip the ORM validator: check here
        maximum = max_points(rubric)
        passing = (maximum * Decimal(rubric.get("grade_scale", {}).get("D", 60)) / 100).quantize(
            Decimal("0.01")
        )
    else:
        maximum, passing = Decimal("100.00"), Decimal(QUIZ_PASS_PERCENTAGE)
    due = ctx.days_ahead(task.due_days)
    info = AssignInfo(
        ctx.ids.at(created), task, rubric, maximum, passing, due, elements["questions"] if elements else []
    )
    fmt: dict[str, Any]
    if task.auto:
        fmt = {"file_types": [], "max_size_mb": 0, "answers": "lesson.interactive_elements.questions"}
    else:
        fmt = {
            "file_types": list(task.file_types),
            "max_size_mb": task.max_size_mb,
            "max_files": 5,
            "text": True,
            "links": task.link is not None,
        }
    ctx.sink.add(
        Assignment,
        {
            "id": info.id,
            "lesson_id": lesson.id,
            "title": task.title,
            "description": task.description,
            "instructions": task.instructions,
            "assignment_type": task.type,
            "max_score": maximum,
            "passing_score": passing,
            "due_date": due,
            "time_limit_minutes": task.time_limit_minutes,
            "submission_format": fmt,
            "rubric": rubric,
            "is_graded_automatically": task.auto,
            "created_at": created,
        },
    )
    return info
