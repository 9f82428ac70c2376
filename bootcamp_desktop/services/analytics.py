"""Progress and analytics for staff: the aggregates behind the charts, each a ``Report`` that the
screen draws and ``write_csv`` exports.

Every report reads the replica with a few GROUP BY queries (no query per learner) and is limited to
the courses the user staffs (all of them for an admin), or to one of them:

- ``enrolments_by_status``: enrolments per status.
- ``completion_by_module``: per module, the learners who completed every lesson of it, out of the
  enrolled.
- ``where_learners_stop``: per lesson, the learners whose last completed lesson it is and who have not
  completed the course; split into those who left (dropped, suspended) and those still on their way.
- ``time_spent``: minutes spent per module (``lesson_progress.time_spent_minutes``), in total and per
  learner who spent any.
- ``grade_distribution``: the latest A-F grade of each graded submission (``instructor_feedback``).
- ``waiting_per_instructor``: submissions waiting for a grade (submitted, under review) in the courses
  each instructor teaches, with the oldest one's age in days (a submission counts for every instructor
  of its course).
- ``platform_metric``: one ``platform_metrics`` series over time (daily values).
"""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    Course,
    CourseStaff,
    Enrollment,
    InstructorFeedback,
    Lesson,
    LessonProgress,
    Module,
    PlatformMetric,
    Submission,
    User,
    utcnow,
)
from bootcamp_core.models.enums import ENROLLMENT_STATUS, OVERALL_GRADE

from .staff import staffed_course_ids

REPORTS = (
    ("enrolments_by_status", "Enrolments by status"),
    ("completion_by_module", "Completion by module"),
    ("where_learners_stop", "Where learners stop"),
    ("time_spent", "Time spent"),
    ("grade_distribution", "Grade distribution"),
    ("waiting_per_instructor", "Submissions waiting per instructor"),
    ("platform_metric", "Platform metrics over time"),
)


@dataclass(frozen=True)
class Report:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    chart: str  # pie, bar, hbar, stacked, line
    notes: str = ""
    series: tuple[str, ...] = field(default_factory=tuple)  # value columns drawn (by header)


def _courses(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None) -> list[uuid.UUID] | None:
    allowed = staffed_course_ids(session, user_id)
    if course_id is not None:
        if allowed is not None and course_id not in allowed:
            return []
        return [course_id]
    return allowed


def _in(column: Any, ids: list[uuid.UUID] | None) -> Any:
    return sa.true() if ids is None else column.in_(ids or [uuid.UUID(int=0)])


def enrolments_by_status(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None) -> Report:
    ids = _courses(session, user_id, course_id)
    counts = dict(
        session.execute(
            sa.select(Enrollment.enrollment_status, sa.func.count())
            .where(_in(Enrollment.course_id, ids))
            .group_by(Enrollment.enrollment_status)
        ).all()
    )
    rows = [(s.replace("_", " "), counts.get(s, 0)) for s in ENROLLMENT_STATUS]
    return Report(
        "enrolments_by_status",
        "Enrolments by status",
        ("Status", "Enrolments"),
        rows,
        "pie",
        series=("Enrolments",),
    )


def _outline(
    session: Session, ids: list[uuid.UUID] | None
) -> list[tuple[uuid.UUID, str, uuid.UUID, str, int, int]]:
    """(course id, course title, module id, module title, module position, lessons) in course order."""
    rows = session.execute(
        sa.select(Course.id, Course.title, Module.id, Module.title, sa.func.count(Lesson.id))
        .join(Module, Module.course_id == Course.id)
        .outerjoin(Lesson, Lesson.module_id == Module.id)
        .where(_in(Course.id, ids))
        .group_by(Course.id, Course.title, Module.id, Module.title, Module.module_order)
        .order_by(Course.title, Module.module_order)
    ).all()
    out, position, last = [], 0, None
    for cid, ctitle, mid, mtitle, n in rows:
        position = position + 1 if cid == last else 1
        last = cid
        out.append((cid, ctitle, mid, mtitle, position, n))
    return out


def completion_by_module(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None) -> Report:
    ids = _courses(session, user_id, course_id)
    per_enrolment = session.execute(
        sa.select(Lesson.module_id, LessonProgress.enrollment_id, sa.func.count())
        .select_from(LessonProgress)
        .join(Lesson, Lesson.id == LessonProgress.lesson_id)
        .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
        .where(LessonProgress.status == "completed", _in(Enrollment.course_id, ids))
        .group_by(Lesson.module_id, LessonProgress.enrollment_id)
    ).all()
    enrolled = dict(
        session.execute(
            sa.select(Enrollment.course_id, sa.func.count())
            .where(_in(Enrollment.course_id, ids))
            .group_by(Enrollment.course_id)
        ).all()
    )
    outline = _outline(session, ids)
    lessons_in = {mid: n for _c, _t, mid, _m, _p, n in outline}
    completed: dict[uuid.UUID, int] = defaultdict(int)
    for mid, _enrolment, n in per_enrolment:
        if lessons_in.get(mid) and n >= lessons_in[mid]:
            completed[mid] += 1
    rows = []
    many = len({o[0] for o in outline}) > 1
    for cid, ctitle, mid, mtitle, position, n in outline:
        total = enrolled.get(cid, 0)
        label = f"{ctitle[:18]}… {position}. {mtitle}" if many else f"{position}. {mtitle}"
        rows.append(
            (
                label,
                n,
                completed.get(mid, 0),
                total,
                round(100 * completed.get(mid, 0) / total, 1) if total else 0.0,
            )
        )
    return Report(
        "completion_by_module",
        "Completion by module",
        ("Module", "Lessons", "Learners who completed it", "Enrolled", "Completion %"),
        rows,
        "hbar",
        series=("Completion %",),
    )


def where_learners_stop(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None) -> Report:
    ids = _courses(session, user_id, course_id)
    lessons = session.execute(
        sa.select(Lesson.id, Lesson.title, Module.course_id, Module.module_order, Lesson.lesson_order)
        .join(Module, Module.id == Lesson.module_id)
        .where(_in(Module.course_id, ids))
        .order_by(Module.course_id, Module.module_order, Lesson.lesson_order)
    ).all()
    position: dict[uuid.UUID, int] = {}
    label: dict[uuid.UUID, str] = {}
    m_pos: dict[tuple[uuid.UUID, int], int] = {}
    per_module: dict[tuple[uuid.UUID, int], int] = defaultdict(int)
    for i, (lid, title, cid, morder, _lorder) in enumerate(lessons):
        m_pos.setdefault((cid, morder), len([k for k in m_pos if k[0] == cid]) + 1)
        per_module[(cid, morder)] += 1
        position[lid] = i
        label[lid] = f"{m_pos[(cid, morder)]}.{per_module[(cid, morder)]} {title}"
    last_done: dict[uuid.UUID, tuple[int, uuid.UUID]] = {}
    status_of = dict(
        session.execute(
            sa.select(Enrollment.id, Enrollment.enrollment_status).where(_in(Enrollment.course_id, ids))
        ).all()
    )
    for enrolment_id, lesson_id in session.execute(
        sa.select(LessonProgress.enrollment_id, LessonProgress.lesson_id)
        .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
        .where(LessonProgress.status == "completed", _in(Enrollment.course_id, ids))
    ):
        p = position.get(lesson_id)
        if p is not None and (enrolment_id not in last_done or p > last_done[enrolment_id][0]):
            last_done[enrolment_id] = (p, lesson_id)
    left: dict[uuid.UUID, int] = defaultdict(int)
    on_way: dict[uuid.UUID, int] = defaultdict(int)
    for enrolment_id, (_p, lesson_id) in last_done.items():
        status = status_of.get(enrolment_id)
        if status in ("dropped", "suspended"):
            left[lesson_id] += 1
        elif status in ("enrolled", "in_progress"):
            on_way[lesson_id] += 1
    rows = [(label[lid], left[lid], on_way[lid]) for lid, *_ in lessons if left[lid] or on_way[lid]]
    return Report(
        "where_learners_stop",
        "Where learners stop",
        ("Last lesson completed", "Left the course (dropped, suspended)", "Still on their way"),
        rows,
        "stacked",
        notes="Learners who have not completed the course, by the last lesson they completed.",
        series=("Left the course (dropped, suspended)", "Still on their way"),
    )


def time_spent(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None) -> Report:
    ids = _courses(session, user_id, course_id)
    totals = {
        mid: (total or 0, learners)
        for mid, total, learners in session.execute(
            sa.select(
                Lesson.module_id,
                sa.func.sum(LessonProgress.time_spent_minutes),
                sa.func.count(sa.distinct(LessonProgress.enrollment_id)),
            )
            .join(Lesson, Lesson.id == LessonProgress.lesson_id)
            .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
            .where(_in(Enrollment.course_id, ids), LessonProgress.time_spent_minutes > 0)
            .group_by(Lesson.module_id)
        )
    }
    outline = _outline(session, ids)
    many = len({o[0] for o in outline}) > 1
    rows = []
    for _cid, ctitle, mid, mtitle, position, _n in outline:
        total, learners = totals.get(mid, (0, 0))
        label = f"{ctitle[:18]}… {position}. {mtitle}" if many else f"{position}. {mtitle}"
        rows.append((label, int(total), learners, round(total / learners, 1) if learners else 0.0))
    return Report(
        "time_spent",
        "Time spent",
        ("Module", "Total minutes", "Learners", "Minutes per learner"),
        rows,
        "bar",
        series=("Minutes per learner",),
    )


def grade_distribution(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None) -> Report:
    ids = _courses(session, user_id, course_id)
    latest = (
        sa.select(InstructorFeedback.submission_id, sa.func.max(InstructorFeedback.created_at).label("at"))
        .where(InstructorFeedback.feedback_type == "final_assessment")
        .group_by(InstructorFeedback.submission_id)
        .subquery()
    )
    counts = dict(
        session.execute(
            sa.select(InstructorFeedback.overall_grade, sa.func.count())
            .join(
                latest,
                sa.and_(
                    latest.c.submission_id == InstructorFeedback.submission_id,
                    latest.c.at == InstructorFeedback.created_at,
                ),
            )
            .join(Submission, Submission.id == InstructorFeedback.submission_id)
            .join(Assignment, Assignment.id == Submission.assignment_id)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .where(
                InstructorFeedback.feedback_type == "final_assessment",
                Submission.status == "graded",
                _in(Module.course_id, ids),
            )
            .group_by(InstructorFeedback.overall_grade)
        ).all()
    )
    rows = [(g, counts.get(g, 0)) for g in OVERALL_GRADE]
    return Report(
        "grade_distribution",
        "Grade distribution",
        ("Grade", "Graded submissions"),
        rows,
        "bar",
        series=("Graded submissions",),
    )


def waiting_per_instructor(
    session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None, now: dt.datetime | None = None
) -> Report:
    now = now or utcnow()
    ids = _courses(session, user_id, course_id)
    rows_raw = session.execute(
        sa.select(
            User.full_name, sa.func.count(sa.distinct(Submission.id)), sa.func.min(Submission.submitted_at)
        )
        .select_from(CourseStaff)
        .join(User, User.id == CourseStaff.user_id)
        .join(Module, Module.course_id == CourseStaff.course_id)
        .join(Lesson, Lesson.module_id == Module.id)
        .join(Assignment, Assignment.lesson_id == Lesson.id)
        .outerjoin(
            Submission,
            sa.and_(
                Submission.assignment_id == Assignment.id,
                Submission.status.in_(("submitted", "under_review")),
            ),
        )
        .where(
            CourseStaff.staff_role.in_(("instructor", "assistant")),
            _in(CourseStaff.course_id, ids),
            Assignment.is_graded_automatically.is_not(True),
        )
        .group_by(User.full_name)
        .order_by(sa.func.count(sa.distinct(Submission.id)).desc(), User.full_name)
    ).all()
    rows = []
    for name, waiting, oldest in rows_raw:
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=dt.UTC)
        age = round((now - oldest).total_seconds() / 86400, 1) if oldest else 0.0
        rows.append((name, waiting, age))
    return Report(
        "waiting_per_instructor",
        "Submissions waiting per instructor",
        ("Instructor", "Waiting for a grade", "Oldest waiting (days)"),
        rows,
        "hbar",
        series=("Waiting for a grade",),
    )


def metric_types(session: Session) -> list[str]:
    return list(
        session.scalars(sa.select(PlatformMetric.metric_type).distinct().order_by(PlatformMetric.metric_type))
    )


def platform_metric(
    session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None = None, metric: str | None = None
) -> Report:
    types = metric_types(session)
    metric = metric or (
        "daily_active_users" if "daily_active_users" in types else (types or ["daily_active_users"])[0]
    )
    rows = [
        (d, float(v))
        for d, v in session.execute(
            sa.select(PlatformMetric.metric_date, PlatformMetric.metric_value)
            .where(PlatformMetric.metric_type == metric)
            .order_by(PlatformMetric.metric_date)
        )
    ]
    name = metric.replace("_", " ")
    return Report(
        "platform_metric",
        f"Platform metrics: {name}",
        ("Date", name.capitalize()),
        rows,
        "line",
        notes="Whole platform, one value a day (not limited to your courses).",
        series=(name.capitalize(),),
    )


BUILDERS = {
    "enrolments_by_status": enrolments_by_status,
    "completion_by_module": completion_by_module,
    "where_learners_stop": where_learners_stop,
    "time_spent": time_spent,
    "grade_distribution": grade_distribution,
    "waiting_per_instructor": waiting_per_instructor,
    "platform_metric": platform_metric,
}


def build(
    session: Session,
    key: str,
    user_id: uuid.UUID,
    course_id: uuid.UUID | None = None,
    metric: str | None = None,
) -> Report:
    if key == "platform_metric":
        return platform_metric(session, user_id, course_id, metric)
    return BUILDERS[key](session, user_id, course_id)


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def write_csv(report: Report, path: Path) -> Path:
    """The report as CSV (UTF-8, a header row, one row per line), for a spreadsheet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(report.headers)
        for row in report.rows:
            writer.writerow([_cell(v) for v in row])
    return path
