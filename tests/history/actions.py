"""The random edits a replica makes, each through the service a screen calls, in one local write
(``ui.operations.write``), and each logged to the replica's history right after it commits.

Log entries (one JSON object a line, see ``history_log``):
- ``inc``: a counter increment of a cell (table, key, column), keyed by natural key where two devices
  may create the row (``lesson_progress``: enrolment and lesson);
- ``reply``: a reply inserted into a thread (the server counts it in ``reply_count``);
- ``lww``: a value written into a last-writer field (unique text, so any read names its writer);
- ``fwd``: a forward-only value as the replica holds it right after its own write;
- ``lesson``/``delete``: a lesson created or deleted (deletions cascade to its progress);
- ``grade``: a grade submitted.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from PIL import Image

from bootcamp_core.models import (
    Assignment,
    Course,
    Discussion,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    Submission,
)
from bootcamp_desktop.services import assignments, authoring, discussions, grading_write, profile, progress
from bootcamp_desktop.services.workspace import Workspace
from bootcamp_desktop.sync.outbox import local_write

COURSE = "paper-to-phone-rapid-prototyping-workshop"
Log = Callable[..., None]


class Actor:
    def __init__(self, ws: Workspace, rng: random.Random, log: Log, tag: str, workdir: Path) -> None:
        self.ws, self.rng, self.log, self.tag, self.workdir = ws, rng, log, tag, workdir
        self.uid = ws.settings.current_user_id
        self.n = 0
        with ws.db.session() as s:
            self.course_id = s.scalar(sa.select(Course.id).where(Course.slug == COURSE))

    def token(self) -> str:
        self.n += 1
        return f"{self.tag}-{self.n}"

    def lessons(self) -> list[uuid.UUID]:
        with self.ws.db.session() as s:
            return list(
                s.scalars(
                    sa.select(Lesson.id)
                    .join(Module)
                    .where(Module.course_id == self.course_id)
                    .order_by(Lesson.id)
                )
            )

    def enrollment(self) -> Enrollment | None:
        with self.ws.db.session() as s:
            return progress.enrollment_for(s, self.uid, self.course_id)

    def threads(self) -> list[uuid.UUID]:
        with self.ws.db.session() as s:
            return list(
                s.scalars(
                    sa.select(Discussion.id)
                    .where(Discussion.course_id == self.course_id)
                    .order_by(Discussion.id)
                )
            )

    # --- counters -------------------------------------------------------------------------------
    def study_minutes(self) -> None:
        enrolment, lessons = self.enrollment(), self.lessons()
        if enrolment is None or not lessons:
            return
        lesson, minutes = self.rng.choice(lessons), self.rng.randint(1, 30)
        with local_write(self.ws.db) as s:
            if progress.record_time(s, self.uid, lesson, minutes) is None:
                return
        self.log(
            "inc",
            table="lesson_progress",
            key=f"{enrolment.id}/{lesson}",
            col="time_spent_minutes",
            delta=minutes,
        )
        self.log("inc", table="enrollments", key=str(enrolment.id), col="time_spent_minutes", delta=minutes)

    def view_thread(self) -> None:
        threads = self.threads()
        if not threads:
            return
        thread = self.rng.choice(threads)
        with local_write(self.ws.db) as s:
            discussions.record_view(s, thread)
        self.log("inc", table="discussions", key=str(thread), col="view_count", delta=1)

    def reply(self) -> None:
        threads = self.threads()
        if not threads:
            return
        thread = self.rng.choice(threads)
        with local_write(self.ws.db) as s:
            rid = discussions.reply(s, self.uid, thread, f"reply {self.token()}")
        self.log("reply", thread=str(thread), id=str(rid))

    def new_thread(self) -> None:
        with local_write(self.ws.db) as s:
            tid = discussions.post_thread(
                s,
                self.uid,
                discussions.Scope(course_id=self.course_id),
                f"Thread {self.token()}",
                "What did your farmers say?",
            )
        self.log("thread", id=str(tid))

    # --- forward-only values --------------------------------------------------------------------
    def _forward_values(self, lesson: uuid.UUID) -> None:
        with self.ws.db.session() as s:
            enrolment = progress.enrollment_for(s, self.uid, self.course_id)
            row = s.scalar(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrolment.id, LessonProgress.lesson_id == lesson
                )
            )
            if row is not None:
                self.log(
                    "fwd",
                    table="lesson_progress",
                    key=f"{enrolment.id}/{lesson}",
                    col="status",
                    value=row.status,
                )
            self.log(
                "fwd",
                table="enrollments",
                key=str(enrolment.id),
                col="progress_percentage",
                value=str(enrolment.progress_percentage or 0),
            )

    def open_lesson(self) -> None:
        lessons = self.lessons()
        if self.enrollment() is None or not lessons:
            return
        lesson = self.rng.choice(lessons)
        with local_write(self.ws.db) as s:
            if progress.open_lesson(s, self.uid, lesson) is None:
                return
        self._forward_values(lesson)

    def complete_lesson(self) -> None:
        lessons = self.lessons()
        if self.enrollment() is None or not lessons:
            return
        lesson = self.rng.choice(lessons)
        with local_write(self.ws.db) as s:
            progress.complete_lesson(s, self.uid, lesson)
        self._forward_values(lesson)

    # --- last-writer fields, files --------------------------------------------------------------
    def _assignment(self) -> uuid.UUID | None:
        with self.ws.db.session() as s:
            return s.scalar(
                sa.select(Assignment.id)
                .join(Lesson)
                .join(Module)
                .where(Module.course_id == self.course_id)
                .order_by(Assignment.id)
            )

    def draft(self) -> None:
        aid = self._assignment()
        if aid is None or self.enrollment() is None:
            return
        text = f"draft {self.token()}"
        try:
            with local_write(self.ws.db) as s:
                sid = assignments.save_draft(s, self.uid, aid, text)
        except assignments.SubmissionLockedError:
            return
        self.log("lww", table="submissions", key=f"{aid}/{self.uid}", col="text", value=text, id=str(sid))

    def attach(self) -> None:
        aid = self._assignment()
        if aid is None or self.enrollment() is None:
            return
        photo = self.workdir / f"photo-{self.token()}.png"
        Image.new("RGB", (64, 48), tuple(self.rng.randrange(256) for _ in range(3))).save(photo)
        try:
            with local_write(self.ws.db) as s:
                started = assignments.latest_submission(s, self.uid, aid) is None
                assignments.attach_file(s, self.ws.blobs_dir, self.uid, aid, photo)
        except (assignments.SubmissionLockedError, ValueError):
            return  # handed in, or the assignment's file limit: the screen says so and nothing is written
        if started:  # a draft begun by attaching a photo begins with empty text: this write wrote it
            self.log("lww", table="submissions", key=f"{aid}/{self.uid}", col="text", value="")
        self.log("file", assignment=str(aid), name=photo.name)

    def hand_in(self) -> None:
        aid = self._assignment()
        if aid is None or self.enrollment() is None:
            return
        try:
            with local_write(self.ws.db) as s:
                assignments.submit(s, self.uid, aid)
        except (assignments.SubmissionLockedError, assignments.SubmissionError, progress.NotEnrolledError):
            return
        self.log("submit", assignment=str(aid))

    def bio(self) -> None:
        text = f"bio {self.token()}"
        with local_write(self.ws.db) as s:
            data = profile.load_profile(s, self.uid)
            data.bio = text
            profile.save_profile(s, self.uid, data)
        self.log("lww", table="users", key=str(self.uid), col="bio", value=text)

    # --- staff ----------------------------------------------------------------------------------
    def describe_lesson(self) -> None:
        lessons = self.lessons()
        if not lessons:
            return
        lesson, text = self.rng.choice(lessons), f"description {self.token()}"
        try:
            with local_write(self.ws.db) as s:
                authoring.update_lesson(s, lesson, {"description": text})
        except authoring.AuthoringError:
            return
        self.log("lww", table="lessons", key=str(lesson), col="description", value=text)

    def add_lesson(self) -> None:
        with self.ws.db.session() as s:
            module = s.scalar(
                sa.select(Module.id).where(Module.course_id == self.course_id).order_by(Module.id)
            )
        with local_write(self.ws.db) as s:
            lid = authoring.create_lesson(
                s, module, {"title": f"Lesson {self.token()}", "description": "new"}
            )
        self.log("lesson", id=str(lid))

    def delete_lesson(self, created: list[str]) -> None:
        with self.ws.db.session() as s:
            present = [lid for lid in created if s.get(Lesson, uuid.UUID(lid)) is not None]
        if not present:
            return
        lid = self.rng.choice(present)
        with local_write(self.ws.db) as s:
            authoring.delete_lesson(s, uuid.UUID(lid))
        self.log("delete", table="lessons", id=lid)

    def grade(self) -> None:
        with self.ws.db.session() as s:
            subs = list(
                s.scalars(
                    sa.select(Submission.id)
                    .join(Assignment)
                    .join(Lesson)
                    .join(Module)
                    .where(Module.course_id == self.course_id, Submission.status.in_(("submitted", "graded")))
                    .order_by(Submission.id)
                )
            )
            if not subs:
                return
            sid = self.rng.choice(subs)
            sub = s.get(Submission, sid)
            rubric = s.get(Assignment, sub.assignment_id).rubric or {}
        levels = {}
        for criterion in rubric.get("criteria", []):
            choices = [lv["id"] for lv in criterion.get("levels", [])]
            if choices:
                levels[criterion["id"]] = self.rng.choice(choices)
        text = f"grade {self.token()}"
        inp = grading_write.GradeInput(levels=levels, overall=text)
        try:
            with local_write(self.ws.db) as s:
                result = grading_write.submit_grade(s, sid, self.uid, inp)
        except grading_write.GradingError:
            return
        self.log("grade", submission=str(sid), grade=result.grade, score=str(result.score), text=text)


LEARNER = (
    "study_minutes",
    "study_minutes",
    "view_thread",
    "reply",
    "open_lesson",
    "complete_lesson",
    "draft",
    "draft",
    "attach",
    "bio",
    "hand_in",
    "new_thread",
)
STAFF = (
    "view_thread",
    "reply",
    "describe_lesson",
    "describe_lesson",
    "add_lesson",
    "delete_lesson",
    "grade",
    "grade",
)


def act(actor: Actor, role: str, count: int, created: list[str]) -> int:
    done = 0
    for _ in range(count):
        name = actor.rng.choice(LEARNER if role == "learner" else STAFF)
        if name == "delete_lesson":
            actor.delete_lesson(created)
        else:
            getattr(actor, name)()
        done += 1
    return done
