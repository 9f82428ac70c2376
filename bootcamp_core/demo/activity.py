"""Learners at work: enrolments, lesson progress and analytics events for each lesson.

Every enrolment gets one ``lesson_progress`` row per lesson of its course: lessons before the learner's
position are completed, the lesson at the position is in progress (unless the learner only just enrolled),
later ones are not started; ``progress_percentage`` is the completed share. Assignment lessons hand over
to ``submissions.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from bootcamp_core.models import Enrollment, LessonProgress
from bootcamp_core.models.enums import ENROLLMENT_STATUS

from .analytics import Analytics
from .catalogue import CourseInfo, LessonInfo
from .context import Cover, Ctx
from .people import Member
from .submissions import Submissions

# The demo learner and the alumna follow a script: course code -> (status, title of the current lesson).
SCRIPTS: dict[str, dict[str, tuple[str, str | None]]] = {
    "aina": {
        "FMA": ("completed", None),
        "PMS": ("in_progress", "Assignment: a cooperative price board"),
        "FDC": ("in_progress", "Assignment: a soil-health survey"),
        "RPW": ("enrolled", None),
    },
    "tiana": {code: ("completed", None) for code in ("FMA", "PMS", "FDC", "RPW", "CAP")},
}
LESSON_NOTES = (
    "Try this with the women's group in Ambatondrazaka next market day.",
    "Ask Njeri how the cooperative records deductions.",
    "Good example of numbers first. Screenshot for my portfolio.",
    "Re-watch before the assignment.",
    "Idea: voice prompt in Malagasy for the first screen.",
)


@dataclass
class EnrolInfo:
    id: object
    member: Member
    course: CourseInfo
    status: str
    position: int  # lessons completed
    enrolled_at: dt.datetime
    last_at: dt.datetime
    lesson_times: dict[int, tuple[dt.datetime, dt.datetime | None]] = field(default_factory=dict)


class ActivityBuilder:
    def __init__(self, ctx: Ctx, courses: list[CourseInfo], analytics: Analytics, submissions: Submissions):
        self.ctx = ctx
        self.courses = [c for c in courses if c.spec.published]
        self.analytics = analytics
        self.submissions = submissions
        self.statuses = Cover(ctx.rng, ENROLLMENT_STATUS, (12, 48, 25, 10, 5))
        self.enrolments: list[EnrolInfo] = []

    def build(self, learners: list[Member]) -> list[EnrolInfo]:
        ctx = self.ctx
        by_code = {c.spec.code: c for c in self.courses}
        for n, member in enumerate(learners):
            script = SCRIPTS.get(member.key)
            if script is not None:
                for code, (status, current) in script.items():
                    course = by_code[code]
                    position = len(course.lessons) if status == "completed" else 0
                    if current is not None:
                        position = next(
                            i for i, les in enumerate(course.lessons) if les.spec.title == current
                        )
                    self.enrol(member, course, self.statuses.take(status), position)
            else:
                chosen = [c for c in self.courses if ctx.rng.random() < c.spec.popularity] or [
                    ctx.choice(self.courses)
                ]
                for course in chosen:
                    status = self.statuses.pick()
                    self.enrol(member, course, status, self._position(status, course))
            ctx.sink.checkpoint()
            if n % 50 == 0:
                ctx.report("activity", n / max(len(learners), 1))
        ctx.report("activity", 1.0)
        return self.enrolments

    def _position(self, status: str, course: CourseInfo) -> int:
        rng = self.ctx.rng
        n = len(course.lessons)
        if status == "in_progress" and self.submissions.current.pending:
            # stop at an assignment until the demo shows a submission in every state
            at_work = [
                les.index
                for les in course.lessons
                if les.assignment is not None and not les.assignment.spec.auto and les.index > 0
            ]
            if at_work:
                return self.ctx.choice(at_work)
        return {
            "enrolled": 0,
            "in_progress": rng.randint(1, n - 1),
            "completed": n,
            "dropped": rng.randint(1, max(1, n // 2)),
            "suspended": rng.randint(0, max(0, n // 2)),
        }[status]

    def enrol(self, member: Member, course: CourseInfo, status: str, position: int) -> EnrolInfo:
        ctx, rng = self.ctx, self.ctx.rng
        assert course.published_at is not None
        earliest = max(member.created_at, course.published_at) + dt.timedelta(hours=6)
        if status == "completed":
            enrolled_at = ctx.between(earliest, max(earliest, ctx.now - dt.timedelta(days=30)))
            last_at = ctx.between(enrolled_at + (ctx.now - enrolled_at) * 0.6, ctx.now - dt.timedelta(days=3))
        elif status in ("dropped", "suspended"):
            enrolled_at = ctx.between(earliest, max(earliest, ctx.now - dt.timedelta(days=40)))
            last_at = ctx.between(enrolled_at + dt.timedelta(days=2), enrolled_at + dt.timedelta(days=25))
        elif status == "enrolled":
            enrolled_at = ctx.between(
                max(earliest, ctx.now - dt.timedelta(days=12)), ctx.now - dt.timedelta(hours=3)
            )
            last_at = enrolled_at
        else:
            enrolled_at = ctx.between(earliest, max(earliest, ctx.now - dt.timedelta(days=8)))
            last_at = ctx.now - dt.timedelta(hours=rng.uniform(2, 24 * 6))
        last_at = ctx.round(
            min(max(last_at, enrolled_at + dt.timedelta(hours=1)), ctx.now - dt.timedelta(minutes=30))
        )
        info = EnrolInfo(ctx.ids.at(enrolled_at), member, course, status, position, enrolled_at, last_at)
        lessons = course.lessons
        n = len(lessons)
        skill = rng.uniform(0.55, 1.0)
        span = last_at - enrolled_at
        total_minutes = completed = 0
        progress_rows = []
        for lesson in lessons:
            i = lesson.index
            if i < position:
                state = "completed"
            elif i == position and status != "enrolled" and position < n:
                state = "in_progress"
            else:
                state = "not_started"
            row = self._progress(info, lesson, state, span, skill)
            progress_rows.append(row)
            total_minutes += row["time_spent_minutes"]
            completed += state == "completed"
        if status == "completed":
            completion = max(t[1] for t in info.lesson_times.values() if t[1] is not None)
            info.last_at = max(info.last_at, completion)
        current = lessons[min(position, n - 1)]
        certificate = status == "completed" and (member.key in SCRIPTS or rng.random() < 0.9)
        issued_at = ctx.round(
            min(info.last_at + dt.timedelta(days=rng.uniform(1, 4)), ctx.now - dt.timedelta(hours=2))
        )
        ctx.sink.add(
            Enrollment,
            {
                "id": info.id,
                "user_id": member.id,
                "course_id": course.id,
                "enrollment_status": status,
                "enrollment_date": enrolled_at,
                "completion_date": info.last_at if status == "completed" else None,
                "progress_percentage": (Decimal(completed * 100) / n).quantize(Decimal("0.01")),
                "current_module_id": current.module_id,
                "current_lesson_id": current.id,
                "time_spent_minutes": total_minutes,
                "last_accessed_at": info.last_at if position or status != "enrolled" else None,
                "certificate_issued": certificate,
                "certificate_issued_at": issued_at if certificate else None,
            },
        )
        for row in progress_rows:
            ctx.sink.add(LessonProgress, row)
        self.submissions.register(info)
        for lesson in lessons:
            if lesson.assignment is not None:
                self.submissions.for_lesson(info, lesson, skill)
        if certificate:
            self.submissions.certificate_due(info, issued_at)
        self.enrolments.append(info)
        return info

    def _progress(
        self, info: EnrolInfo, lesson: LessonInfo, state: str, span: dt.timedelta, skill: float
    ) -> dict:
        ctx, rng = self.ctx, self.ctx.rng
        spec = lesson.spec
        n = len(info.course.lessons)
        row = {
            "id": ctx.ids.at(info.enrolled_at),
            "enrollment_id": info.id,
            "lesson_id": lesson.id,
            "status": state,
            "started_at": None,
            "completed_at": None,
            "time_spent_minutes": 0,
            "attempts_count": 0,
            "best_score": None,
            "notes": None,
        }
        if state == "not_started":
            return row
        slot = span / (info.position + 1)
        started = ctx.round(info.enrolled_at + slot * lesson.index + slot * rng.uniform(0.0, 0.3))
        minutes = (
            max(2, round(spec.minutes * rng.uniform(0.7, 1.8))) if spec.kind != "video" else rng.randint(2, 6)
        )
        attempts = 1
        score = None
        if spec.kind in ("quiz", "interactive"):
            attempts = rng.choice((1, 1, 2, 3)) if spec.kind == "quiz" else rng.choice((1, 2))
            score = self._quiz_score(skill, passed=state == "completed" or spec.kind == "interactive")
        finished = None
        if state == "completed":
            finished = ctx.round(
                min(
                    started + dt.timedelta(minutes=minutes) * (1 + rng.random()),
                    info.last_at,
                    started + slot * 0.9,
                )
            )
            finished = max(finished, started + dt.timedelta(minutes=1))
        elif score is not None and spec.kind == "quiz":
            attempts = rng.choice((1, 2))
        row.update(
            started_at=started,
            completed_at=finished,
            time_spent_minutes=minutes,
            attempts_count=attempts,
            best_score=score,
            notes=ctx.choice(LESSON_NOTES) if rng.random() < 0.06 else None,
        )
        info.lesson_times[lesson.index] = (started, finished)
        self._events(info, lesson, started, finished, minutes, attempts, score)
        if lesson.index == n - 1 and finished is None and info.status == "completed":
            raise AssertionError("a completed enrolment must complete every lesson")
        return row

    def _quiz_score(self, skill: float, *, passed: bool) -> Decimal:
        rng = self.ctx.rng
        value = max(70.0, min(100.0, 100 * skill + rng.uniform(-10, 10))) if passed else rng.uniform(25, 65)
        return Decimal(str(round(value / 5) * 5)).quantize(Decimal("0.01"))

    def _events(
        self,
        info: EnrolInfo,
        lesson: LessonInfo,
        started: dt.datetime,
        finished: dt.datetime | None,
        minutes: int,
        attempts: int,
        score: Decimal | None,
    ) -> None:
        ctx, rng, emit = self.ctx, self.ctx.rng, self.analytics.emit
        course = info.course
        where = {"course_id": course.id, "module_id": lesson.module_id, "lesson_id": lesson.id}
        base = {"lesson_title": lesson.spec.title, "content_type": lesson.spec.kind}
        # learners come back to a lesson: to finish it, to revise before a quiz, to show it to someone
        sessions = 1 + sum(rng.random() < p for p in (0.75, 0.55, 0.4, 0.25, 0.15))
        end = finished or info.last_at
        for s in range(sessions):
            at = started if s == 0 else ctx.between(started, max(started, end))
            emit(
                info.member,
                "lesson_started",
                at,
                **where,
                minutes=max(1, minutes // sessions),
                data={**base, "offline": rng.random() < 0.45, "resumed": s > 0},
            )
        if lesson.spec.kind == "quiz" and score is not None:
            for attempt in range(1, attempts + 1):
                last = attempt == attempts
                attempt_score = float(score) if last else max(0.0, float(score) - rng.randint(10, 40))
                emit(
                    info.member,
                    "quiz_attempted",
                    ctx.between(started, max(started, end)),
                    **where,
                    data={"attempt": attempt, "score": attempt_score, "passed": attempt_score >= 70},
                )
        if finished is not None:
            emit(
                info.member,
                "lesson_completed",
                finished,
                **where,
                minutes=minutes,
                data={**base, "offline": rng.random() < 0.45},
            )
