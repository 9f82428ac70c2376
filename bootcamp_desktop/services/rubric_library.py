"""Rubrics of assignments: edit one (validated against ``models/rubric.schema.json``), or reuse the
rubric of another assignment.

Saving a rubric also sets the assignment's ``max_score`` (the rubric's maximum) and ``passing_score``
(the D threshold of that maximum on the rubric's scale, or the default scale), as ``demo/formats.py``
describes. A change that would drop criterion or level ids that existing feedback refers to is refused
unless the caller confirms it (``allow_breaking``): old grades keep pointing at ids that no longer
exist otherwise.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Assignment, Course, InstructorFeedback, Lesson, Module, Submission
from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE, RubricError, max_points, validate_rubric

from .staff import AUTHORING_ROLES, TEACHING_ROLES, staffed_course_ids


class RubricInUseError(RubricError):
    """Saving would orphan ids that existing grades refer to."""

    def __init__(self, orphaned: list[str]) -> None:
        super().__init__(
            "existing grades refer to " + ", ".join(orphaned) + "; removing them breaks those grades"
        )
        self.orphaned = orphaned


@dataclass(frozen=True)
class AssignmentRubric:
    assignment_id: uuid.UUID
    assignment_title: str
    course_id: uuid.UUID
    course_title: str
    rubric: dict[str, Any] | None
    graded_automatically: bool

    @property
    def summary(self) -> str:
        if not self.rubric:
            return "no rubric"
        return f"{len(self.rubric['criteria'])} criteria, {max_points(self.rubric):g} points"


def _assignments(session: Session, course_ids: list[uuid.UUID] | None) -> list[AssignmentRubric]:
    stmt = (
        sa.select(
            Assignment.id,
            Assignment.title,
            Course.id,
            Course.title,
            Assignment.rubric,
            Assignment.is_graded_automatically,
        )
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .order_by(Course.title, Module.module_order, Lesson.lesson_order)
    )
    if course_ids is not None:
        if not course_ids:
            return []
        stmt = stmt.where(Course.id.in_(course_ids))
    return [AssignmentRubric(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in session.execute(stmt)]


def editable_assignments(session: Session, user_id: uuid.UUID) -> list[AssignmentRubric]:
    """Assignments whose rubric ``user_id`` may change: those of the courses they author."""
    return [
        a
        for a in _assignments(session, staffed_course_ids(session, user_id, AUTHORING_ROLES))
        if not a.graded_automatically
    ]


def library(session: Session, user_id: uuid.UUID) -> list[AssignmentRubric]:
    """Every rubric ``user_id`` can see in their courses, to reuse."""
    ids = staffed_course_ids(session, user_id, (*AUTHORING_ROLES, *TEACHING_ROLES))
    return [a for a in _assignments(session, ids) if a.rubric]


def parse_rubric_json(text: str) -> dict[str, Any]:
    """Parse and validate rubric JSON text; ``RubricError`` says where it is wrong."""
    try:
        rubric = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RubricError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    validate_rubric(rubric)
    return rubric


def make_id(title: str, taken: set[str]) -> str:
    """An id for a criterion or level from its title (``^[a-z0-9][a-z0-9_-]{0,63}$``), unique in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-_")[:56] or "item"
    if not base[0].isalnum():
        base = "x" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:56]}-{n}"
        n += 1
    return candidate


def used_ids(session: Session, assignment_id: uuid.UUID) -> set[str]:
    """``criterion`` and ``criterion/level`` ids that existing feedback on this assignment refers to."""
    docs = session.scalars(
        sa.select(InstructorFeedback.rubric_scores)
        .join(Submission, Submission.id == InstructorFeedback.submission_id)
        .where(Submission.assignment_id == assignment_id)
    )
    out: set[str] = set()
    for doc in docs:
        for cid, value in ((doc or {}).get("criteria") or {}).items():
            out.add(cid)
            if isinstance(value, dict) and value.get("level"):
                out.add(f"{cid}/{value['level']}")
    return out


def _ids(rubric: dict[str, Any] | None) -> set[str]:
    out: set[str] = set()
    for c in (rubric or {}).get("criteria", []):
        out.add(c["id"])
        out |= {f"{c['id']}/{lv['id']}" for lv in c["levels"]}
    return out


def save_rubric(
    session: Session, assignment_id: uuid.UUID, rubric: dict[str, Any], *, allow_breaking: bool = False
) -> Assignment:
    validate_rubric(rubric)
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise RubricError("this assignment is no longer in the replica")
    if assignment.is_graded_automatically:
        raise RubricError("this assignment is graded automatically (a quiz): it has no rubric")
    orphaned = sorted(used_ids(session, assignment_id) - _ids(rubric))
    if orphaned and not allow_breaking:
        raise RubricInUseError(orphaned)
    maximum = max_points(rubric)
    if maximum > Decimal("999.99"):
        raise RubricError(f"a rubric's maximum must fit a score (999.99 at most); this one is {maximum:g}")
    if maximum <= 0:
        raise RubricError("a rubric needs at least one level worth some points")
    scale = rubric.get("grade_scale") or DEFAULT_GRADE_SCALE
    assignment.rubric = rubric
    assignment.max_score = maximum.quantize(Decimal("0.01"))
    assignment.passing_score = (maximum * Decimal(str(scale["D"])) / 100).quantize(Decimal("0.01"))
    return assignment


def copy_rubric(
    session: Session, source_assignment_id: uuid.UUID, target_assignment_id: uuid.UUID
) -> dict[str, Any]:
    source = session.get(Assignment, source_assignment_id)
    if source is None or not source.rubric:
        raise RubricError("the assignment to copy from has no rubric")
    rubric = json.loads(json.dumps(source.rubric))
    save_rubric(session, target_assignment_id, rubric)
    return rubric
