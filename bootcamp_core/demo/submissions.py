"""Submissions to assignments, their grading, and the peer reviews classmates write.

A learner's submission depends on where they are: assignments behind them are graded (some after a
revision round), the assignment they are working on is a draft, submitted, under review or waiting
for a revision. Automatically graded quizzes carry the learner's answers and are graded at once.
"""

from __future__ import annotations

import datetime as dt
import string
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bootcamp_core.models import Submission

from .analytics import Analytics
from .catalogue import AssignInfo, LessonInfo
from .context import Cover, Ctx
from .grading import Grader
from .media import Media
from .people import Member

if TYPE_CHECKING:
    from .activity import EnrolInfo

CURRENT_STATUSES = ("draft", "submitted", "under_review", "revision_requested")
SCRIPTED = {("aina", "PMS"): "draft", ("aina", "FDC"): "revision_requested"}
ALNUM = string.ascii_letters + string.digits


@dataclass
class Reviewable:
    id: uuid.UUID
    author: Member
    submitted_at: dt.datetime
    assignment: AssignInfo
    lesson_index: int


class Submissions:
    def __init__(self, ctx: Ctx, media: Media, analytics: Analytics, grader: Grader) -> None:
        self.ctx = ctx
        self.media = media
        self.analytics = analytics
        self.grader = grader
        self.current = Cover(ctx.rng, CURRENT_STATUSES, (35, 25, 20, 20))
        self.initial_review_done = False  # the demo must show every feedback type at least once
        self.reviewable: dict[uuid.UUID, list[Reviewable]] = defaultdict(list)  # course id -> submissions
        # course id -> (member, lessons completed, enrolled at): who may review in that course
        self.reviewers: dict[uuid.UUID, list[tuple[Member, int, dt.datetime]]] = defaultdict(list)
        self.certificates: list[tuple[EnrolInfo, dt.datetime]] = []
        # (user, course) -> (points, maximum) summed over graded assignments, for the certificate's grade
        self.points: dict[tuple[uuid.UUID, uuid.UUID], tuple[Decimal, Decimal]] = {}

    def register(self, info: EnrolInfo) -> None:
        """Make the learner a possible peer reviewer in the course."""
        self.reviewers[info.course.id].append((info.member, info.position, info.enrolled_at))

    def certificate_due(self, info: EnrolInfo, issued_at: dt.datetime) -> None:
        self.certificates.append((info, issued_at))

    def for_lesson(self, info: EnrolInfo, lesson: LessonInfo, skill: float) -> None:
        task = lesson.assignment
        assert task is not None
        ctx = self.ctx
        times = info.lesson_times.get(lesson.index)
        if times is None:
            return  # not reached yet
        started, finished = times
        if finished is not None:
            status = "graded"
        elif task.spec.auto:
            status = "draft"  # a quiz half answered; it is graded the moment it is submitted
        elif info.status == "in_progress":
            scripted = SCRIPTED.get((info.member.key, info.course.spec.code))
            status = self.current.take(scripted) if scripted else self.current.pick()
        elif ctx.rng.random() < 0.5:
            status = "draft"  # dropped or suspended while working on it
        else:
            return
        if task.spec.auto:
            self._quiz(info, lesson, task, status, started, finished, skill)
        else:
            self._work(info, lesson, task, status, started, finished)

    # -- content -----------------------------------------------------------------------------------------
    def _content(self, info: EnrolInfo, task: AssignInfo, status: str) -> dict[str, Any]:
        ctx, rng, spec = self.ctx, self.ctx.rng, task.spec
        files = [
            self.media.attachment(kind, info.course.spec, spec, rng.randrange(3)) for kind in spec.attach
        ]
        if status == "draft":
            files = files[:1]
        links = []
        handle = info.member.full_name.lower().replace(" ", "-")
        if spec.link == "figma" and status != "draft":
            key = "".join(rng.choice(ALNUM) for _ in range(22))
            links.append({"title": "Figma prototype", "url": f"https://www.figma.com/file/{key}/{handle}"})
        elif spec.link == "github":
            links.append(
                {"title": "Code repository", "url": f"https://github.com/{handle}/ussd-harvest-menu"}
            )
        elif spec.link == "video" and status != "draft":
            links.append(
                {"title": "Recording of the pitch", "url": f"https://vimeo.com/{rng.randint(10**8, 10**9)}"}
            )
        text = ctx.choice(spec.texts) if spec.texts else spec.description
        return {"text": text, "files": files, "links": links}

    def _quiz(
        self,
        info: EnrolInfo,
        lesson: LessonInfo,
        task: AssignInfo,
        status: str,
        started: dt.datetime,
        finished: dt.datetime | None,
        skill: float,
    ) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        answers: dict[str, list[str]] = {}
        right = 0
        questions = (
            task.questions if status != "draft" else task.questions[: max(1, len(task.questions) // 2)]
        )
        for q in questions:
            correct = rng.random() < skill
            if q["type"] == "short_answer":
                answer = [q["correct"][0]] if correct else ["not sure"]
            elif correct:
                answer = list(q["correct"])
            else:
                answer = [ctx.choice([c["id"] for c in q["choices"] if c["id"] not in q["correct"]])]
            right += correct
            answers[q["id"]] = answer
        score = Decimal(right * 100 / len(task.questions)).quantize(Decimal("0.01"))
        at = finished or ctx.between(started, info.last_at)
        graded = status == "graded"
        sid = ctx.ids.at(at)
        self._row(
            info,
            task,
            sid,
            {"text": "", "files": [], "links": [], "answers": answers},
            submitted_at=at if status != "draft" else None,
            status="graded" if graded else "draft",
            score=score if graded else None,
            feedback=f"Automatically graded: {right} of {len(task.questions)} correct." if graded else None,
            graded_by=None,
            graded_at=at + dt.timedelta(seconds=2) if graded else None,
            revisions=0,
        )
        if graded:
            self._submitted_event(info, lesson, sid, task, at, 0)
            self.analytics.emit(
                info.member,
                "quiz_attempted",
                at,
                course_id=info.course.id,
                module_id=lesson.module_id,
                lesson_id=lesson.id,
                data={"attempt": 1, "score": float(score), "passed": score >= task.passing_score},
            )

    def _work(
        self,
        info: EnrolInfo,
        lesson: LessonInfo,
        task: AssignInfo,
        status: str,
        started: dt.datetime,
        finished: dt.datetime | None,
    ) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        instructor = ctx.choice(info.course.instructors)
        rubric = task.rubric
        assert rubric is not None
        limit = ctx.now - dt.timedelta(minutes=20)
        submitted = finished or ctx.between(started, info.last_at)
        sid = ctx.ids.at(submitted)
        content = self._content(info, task, status)
        score = graded_by = graded_at = feedback = None
        revisions = 0
        if status == "graded":
            revised = rng.random() < 0.25 or (
                info.member.key == "aina" and task.spec.type == "design_project"
            )
            first = submitted - dt.timedelta(days=rng.uniform(3, 6)) if revised else submitted
            first = max(first, started)
            if revised:
                revisions = 1
                at = ctx.between(first, submitted)
                self.grader.feedback(
                    sid, instructor.id, rubric, self.grader.pick_grade(passing=False), "revision_feedback", at
                )
                self._submitted_event(info, lesson, sid, task, first, 0)
            elif rng.random() < 0.3:
                self.initial_review_done = True
                self.grader.feedback(
                    sid,
                    instructor.id,
                    rubric,
                    self.grader.pick_grade(passing=True),
                    "initial_review",
                    ctx.round(min(submitted + dt.timedelta(hours=20), limit)),
                )
            graded_at = ctx.round(min(submitted + dt.timedelta(days=rng.uniform(1, 5)), limit))
            graded_at = max(graded_at, submitted + dt.timedelta(minutes=10))
            wanted = self.grader.pick_grade(passing=info.status == "completed")
            score, _, feedback = self.grader.feedback(
                sid, instructor.id, rubric, wanted, "final_assessment", graded_at
            )
            graded_by = instructor.id
            got, out_of = self.points.get((info.member.id, info.course.id), (Decimal(0), Decimal(0)))
            self.points[(info.member.id, info.course.id)] = (got + score, out_of + task.max_score)
        elif status == "revision_requested":
            revisions = 1
            at = ctx.round(min(submitted + dt.timedelta(days=rng.uniform(0.5, 3)), limit))
            if rng.random() < 0.3:
                self.initial_review_done = True
                self.grader.feedback(
                    sid, instructor.id, rubric, "C", "initial_review", ctx.between(submitted, at)
                )
            _, _, feedback = self.grader.feedback(
                sid,
                instructor.id,
                rubric,
                self.grader.pick_grade(passing=False),
                "revision_feedback",
                max(at, submitted + dt.timedelta(minutes=5)),
            )
        elif status == "under_review" and (rng.random() < 0.4 or not self.initial_review_done):
            self.initial_review_done = True
            self.grader.feedback(
                sid,
                instructor.id,
                rubric,
                self.grader.pick_grade(passing=True),
                "initial_review",
                ctx.round(min(submitted + dt.timedelta(hours=rng.uniform(2, 30)), limit)),
            )
        self._row(
            info,
            task,
            sid,
            content,
            submitted_at=submitted if status != "draft" else None,
            status=status,
            score=score,
            feedback=feedback,
            graded_by=graded_by,
            graded_at=graded_at,
            revisions=revisions,
        )
        if status != "draft":
            self._submitted_event(info, lesson, sid, task, submitted, len(content["files"]))
            if task.spec.type in ("design_project", "presentation", "code"):
                self.reviewable[info.course.id].append(
                    Reviewable(sid, info.member, submitted, task, lesson.index)
                )

    def _row(
        self,
        info: EnrolInfo,
        task: AssignInfo,
        sid: uuid.UUID,
        content: dict[str, Any],
        *,
        submitted_at: dt.datetime | None,
        status: str,
        score: Decimal | None,
        feedback: str | None,
        graded_by: uuid.UUID | None,
        graded_at: dt.datetime | None,
        revisions: int,
    ) -> None:
        self.ctx.sink.add(
            Submission,
            {
                "id": sid,
                "assignment_id": task.id,
                "user_id": info.member.id,
                "submission_content": content,
                "submitted_at": submitted_at,
                "status": status,
                "score": score,
                "feedback": feedback,
                "graded_by": graded_by,
                "graded_at": graded_at,
                "revision_count": revisions,
                "final_submission": status in ("submitted", "under_review", "graded"),
            },
        )

    def _submitted_event(
        self,
        info: EnrolInfo,
        lesson: LessonInfo,
        sid: uuid.UUID,
        task: AssignInfo,
        at: dt.datetime,
        files: int,
    ) -> None:
        self.analytics.emit(
            info.member,
            "assignment_submitted",
            at,
            course_id=info.course.id,
            module_id=lesson.module_id,
            lesson_id=lesson.id,
            data={"submission_id": str(sid), "assignment_title": task.spec.title, "files": files},
        )

    # -- peer reviews ------------------------------------------------------------------------------------
    def peer_reviews(self) -> int:
        """Classmates who are past an assignment review others' submissions to it (never their own)."""
        ctx, rng = self.ctx, self.ctx.rng
        made = 0
        for course_id, items in self.reviewable.items():
            pool = self.reviewers[course_id]
            for item in items:
                want = 2 if item.author.key == "aina" else rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]
                sample = ctx.sample(pool, 12)
                candidates = [
                    (m, t) for m, pos, t in sample if m is not item.author and pos > item.lesson_index
                ]
                candidates += [
                    (m, t) for m, pos, t in sample if m is not item.author and 0 < pos <= item.lesson_index
                ]
                seen: set[uuid.UUID] = set()
                for reviewer, joined in candidates:
                    if len(seen) >= want:
                        break
                    if reviewer.id in seen:
                        continue
                    seen.add(reviewer.id)
                    earliest = max(item.submitted_at, joined) + dt.timedelta(hours=2)
                    at = ctx.between(earliest, ctx.now - dt.timedelta(hours=1))
                    at = ctx.round(min(max(at, earliest), ctx.now - dt.timedelta(minutes=5)))
                    self.grader.peer_review(item.id, reviewer.id, item.assignment.rubric, at)
                    self.analytics.emit(
                        reviewer, "peer_review", at, course_id=course_id, data={"submission_id": str(item.id)}
                    )
                    made += 1
        return made
