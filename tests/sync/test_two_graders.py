"""Two different instructors of one course grade the same work offline; the later one keeps their grade
("keep mine" in the Sync panel): the server then holds one final assessment, the kept one, naming the
grader the submission names (issue 14; the history test, tests/history, checks it at random)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.models import (
    Assignment,
    CourseStaff,
    InstructorFeedback,
    Lesson,
    Module,
    Submission,
    User,
)
from bootcamp_desktop.services import grading_write, sync_ops
from bootcamp_desktop.sync.outbox import local_write

from .checks import disagreements
from .live import LiveServer, fresh_submission, new_replica, sync
from .test_transactions import _finals, _grade

pytestmark = [pytest.mark.postgres]
FIRST = "moussa.diop@demo.fataplus.example"


def test_keeping_my_grade_over_another_instructors_leaves_one_final_assessment(
    live: LiveServer, tmp_path: Path
) -> None:
    target = fresh_submission(live, FIRST)
    with live.sdb.owner() as s:
        course = s.scalar(
            sa.select(Module.course_id)
            .join(Lesson)
            .join(Assignment)
            .join(Submission, Submission.assignment_id == Assignment.id)
            .where(Submission.id == target)
        )
        second_email, second = s.execute(
            sa.select(User.email, User.id)
            .join(CourseStaff, CourseStaff.user_id == User.id)
            .where(CourseStaff.course_id == course, User.id != live.users[FIRST])
            .order_by(User.email)
            .limit(1)
        ).one()
    first_ws = new_replica(live, tmp_path / "first", FIRST)
    second_ws = new_replica(live, tmp_path / "second", second_email)
    try:
        graded = {}
        for ws, me, best in ((first_ws, live.users[FIRST], True), (second_ws, second, False)):
            sync(ws)
            with local_write(ws.db) as s:  # offline, each on their own laptop
                rubric = s.get(Assignment, s.get(Submission, target).assignment_id).rubric
                graded[best] = grading_write.submit_grade(s, target, me, _grade(rubric, best))
        assert sync(first_ws).problems == 0
        assert sync(second_ws).problems == 1, "a grade over another grader's is a conflict"
        with second_ws.db.session() as s:
            [problem] = sync_ops.problems(s)
        with local_write(second_ws.db) as s:
            sync_ops.retry(s, problem.entry_id)  # keep mine
        assert sync(second_ws).problems == 0

        finals = _finals(live, target)
        assert len(finals) == 1, f"{len(finals)} final assessments for one submission"
        with live.sdb.owner() as s:
            sub = s.get(Submission, target)
            assert (sub.score, sub.graded_by) == (graded[False].score, second)
        assert (finals[0].overall_grade, finals[0].instructor_id) == (graded[False].grade, second)
        sync(first_ws)
        for ws in (first_ws, second_ws):
            assert disagreements(live, ws, ("submissions", "instructor_feedback")) == []
            with ws.db.session() as s:
                assert (
                    s.scalar(
                        sa.select(sa.func.count())
                        .select_from(InstructorFeedback)
                        .where(
                            InstructorFeedback.submission_id == target,
                            InstructorFeedback.feedback_type == "final_assessment",
                        )
                    )
                    == 1
                )
    finally:
        first_ws.close()
        second_ws.close()
