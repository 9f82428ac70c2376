"""One local transaction, one unit on the wire; counters that add up in every case (issue 14).

Replicas as the app uses them (services through ``local_write``) against the session's real server on
PostgreSQL, over real HTTP:
- the grade case: two copies of one instructor's app grade the same fresh submission through the grading
  service; after both sync the server holds one grade and one final feedback row, and the later copy has
  exactly one problem in its Sync panel model, holding both rows of its grade;
- the minutes case: a learner studies the same lesson on two laptops where no progress row existed; both
  create the row offline (7 and 5 minutes); the server and both laptops end at 12;
- the reply case: a reply in someone else's thread is no problem, and the thread's count goes up by one;
- counts folded into a change the server refuses still add up, and the refusal is one problem.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    Discussion,
    DiscussionReply,
    Enrollment,
    InstructorFeedback,
    LessonProgress,
    OutboxEntry,
    Submission,
)
from bootcamp_desktop.services import discussions, grading_write, progress, sync_ops
from bootcamp_desktop.sync.outbox import local_write

from .checks import disagreements, lessons_of, shared_course
from .live import LiveServer, fresh_submission, new_replica, sync

pytestmark = [pytest.mark.postgres]


def _grade(rubric: dict[str, Any] | None, best: bool) -> grading_write.GradeInput:
    """Every criterion at its best level (an A) or its lowest (an F), with an overall comment."""
    if not rubric:
        return grading_write.GradeInput(
            overall="best" if best else "lowest", manual_score=Decimal(100 if best else 10)
        )
    levels = {}
    for criterion in rubric["criteria"]:
        ranked = sorted(criterion["levels"], key=lambda level: level["points"])
        levels[criterion["id"]] = (ranked[-1] if best else ranked[0])["id"]
    return grading_write.GradeInput(levels=levels, overall="best work" if best else "start again")


def _finals(live: LiveServer, submission_id: uuid.UUID) -> list[InstructorFeedback]:
    with live.sdb.owner() as s:
        return list(
            s.scalars(
                sa.select(InstructorFeedback).where(
                    InstructorFeedback.submission_id == submission_id,
                    InstructorFeedback.feedback_type == "final_assessment",
                )
            )
        )


def _grade_on_two_copies(live: LiveServer, first: Any, second: Any) -> tuple[uuid.UUID, dict[bool, Any]]:
    """Both copies of the instructor's app grade one fresh submission through the grading service (the
    first an A, the second an F), then sync, the first one first."""
    me = live.users[DEMO_INSTRUCTOR_EMAIL]
    target = fresh_submission(live, DEMO_INSTRUCTOR_EMAIL)
    sync(first)
    sync(second)
    graded = {}
    for ws, best in ((first, True), (second, False)):
        with local_write(ws.db) as s:
            rubric = s.get(Assignment, s.get(Submission, target).assignment_id).rubric
            graded[best] = grading_write.submit_grade(s, target, me, _grade(rubric, best))
    assert graded[True].grade != graded[False].grade
    assert sync(first).problems == 0
    late = sync(second)
    assert late.problems == 1, "the whole grade is one problem"
    assert late.pushed["conflict"] + late.pushed["rejected"] == 2 and late.pushed["applied"] == 0
    return target, graded


def test_two_copies_grading_one_submission_leave_one_grade_and_one_problem_holding_both_rows(
    live: LiveServer, tmp_path: Path, qapp: Any
) -> None:
    from bootcamp_desktop.ui.models.problems_model import ProblemsModel

    first = new_replica(live, tmp_path / "first", DEMO_INSTRUCTOR_EMAIL)
    second = new_replica(live, tmp_path / "second", DEMO_INSTRUCTOR_EMAIL)
    try:
        target, graded = _grade_on_two_copies(live, first, second)
        with live.sdb.owner() as s:
            on_server = s.get(Submission, target)
            assert (on_server.status, on_server.score) == ("graded", graded[True].score)
        finals = _finals(live, target)
        assert [(f.id, f.overall_grade) for f in finals] == [
            (graded[True].feedback_id, graded[True].grade)
        ], "one final assessment: the other copy's feedback row went with its refused grade"

        with second.db.session() as s:
            problems = sync_ops.problems(s)
            assert sync_ops.status(s, second.settings.server_url).problems == 1
            assert s.get(Submission, target).score == graded[True].score, (
                "the replica shows the server's grade"
            )
        model = ProblemsModel()
        model.set_problems(problems)
        assert model.rowCount() == 1
        problem = model.problem_at(0)
        assert (problem.table, problem.code) == ("submissions", "grade_conflict")
        assert {(r.table, r.row_id, r.op) for r in problem.rows} == {
            ("submissions", target, "update"),
            ("instructor_feedback", graded[False].feedback_id, "insert"),
        }
        feedback_row = next(r for r in problem.rows if r.table == "instructor_feedback")
        assert (
            feedback_row.code == "transaction_aborted"
            and feedback_row.mine["overall_grade"] == graded[False].grade
        )
        assert (
            problem.theirs["score"] == f"{graded[True].score:.2f}"
            and problem.mine["score"] == f"{graded[False].score:.2f}"
        )
        assert model.data(model.index(0, 0)) == "Submission with Feedback"

        # Discarding decides for the whole grade: the replica then holds exactly what the server holds.
        with local_write(second.db) as s:
            sync_ops.discard(s, problem.entry_id)
        sync(second)
        with second.db.session() as s:
            assert sync_ops.problems(s) == []
            assert s.get(InstructorFeedback, graded[False].feedback_id) is None
        assert disagreements(live, second, ("submissions", "instructor_feedback")) == []
    finally:
        first.close()
        second.close()


def test_keeping_the_refused_grade_replaces_the_grade_and_still_leaves_one_final_row(
    live: LiveServer, tmp_path: Path
) -> None:
    first = new_replica(live, tmp_path / "first", DEMO_INSTRUCTOR_EMAIL)
    second = new_replica(live, tmp_path / "second", DEMO_INSTRUCTOR_EMAIL)
    try:
        target, graded = _grade_on_two_copies(live, first, second)
        with second.db.session() as s:
            [problem] = sync_ops.problems(s)
        with local_write(second.db) as s:
            sync_ops.retry(s, problem.entry_id)  # keep mine, all of it
        assert sync(second).problems == 0
        with live.sdb.owner() as s:
            assert s.get(Submission, target).score == graded[False].score
        finals = _finals(live, target)
        assert [(f.id, f.overall_grade) for f in finals] == [
            (graded[True].feedback_id, graded[False].grade)
        ], "the grader's one row of the round now says what the kept grade says"
        sync(first)
        for ws in (first, second):
            assert disagreements(live, ws, ("submissions", "instructor_feedback")) == []
            with ws.db.session() as s:
                assert s.get(InstructorFeedback, graded[False].feedback_id) is None
    finally:
        first.close()
        second.close()


def test_minutes_studied_on_two_laptops_where_no_progress_row_existed_add_up(
    live: LiveServer, tmp_path: Path
) -> None:
    me = live.users[DEMO_LEARNER_EMAIL]
    course = shared_course(live)
    with live.sdb.owner() as s:
        enrolment = s.scalar(
            sa.select(Enrollment).where(Enrollment.user_id == me, Enrollment.course_id == course)
        )
        lesson = lessons_of(s, course)[1].id
        # No progress row for this lesson yet (an administrator's reset, as from psql).
        s.execute(
            sa.delete(LessonProgress).where(
                LessonProgress.enrollment_id == enrolment.id, LessonProgress.lesson_id == lesson
            )
        )
        enrolment_minutes = enrolment.time_spent_minutes or 0
    laptops = [new_replica(live, tmp_path / name, DEMO_LEARNER_EMAIL) for name in ("home", "school")]
    try:
        for ws in laptops:
            sync(ws)
        for ws, minutes in zip(laptops, (7, 5), strict=True):
            with local_write(ws.db) as s:
                assert progress.lesson_state(s, me, lesson).time_spent_minutes == 0
                assert progress.record_time(s, me, lesson, minutes).time_spent_minutes == minutes
        for ws in (*laptops, laptops[0]):
            assert sync(ws).problems == 0
        with live.sdb.owner() as s:
            rows = s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrolment.id, LessonProgress.lesson_id == lesson
                )
            ).all()
            assert [r.time_spent_minutes for r in rows] == [12], "one row, with both laptops' minutes"
            assert s.get(Enrollment, enrolment.id).time_spent_minutes == enrolment_minutes + 12
        for ws in laptops:
            with ws.db.session() as s:
                assert progress.lesson_state(s, me, lesson).time_spent_minutes == 12
                assert s.get(Enrollment, enrolment.id).time_spent_minutes == enrolment_minutes + 12
                assert sync_ops.status(s, ws.settings.server_url).pending == 0
    finally:
        for ws in laptops:
            ws.close()


def _someone_elses_thread(live: LiveServer, ws: Any) -> Discussion:
    me = live.users[DEMO_LEARNER_EMAIL]
    course = shared_course(live)
    with ws.db.session() as s:
        thread = s.scalars(
            sa.select(Discussion)
            .where(Discussion.course_id == course, Discussion.author_id != me)
            .order_by(Discussion.id)
        ).first()
        assert thread is not None
        s.expunge(thread)
    return thread


def test_a_reply_in_someone_elses_thread_is_no_problem_and_the_thread_counts_it_once(
    live: LiveServer, tmp_path: Path
) -> None:
    me = live.users[DEMO_LEARNER_EMAIL]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        thread = _someone_elses_thread(live, ws)
        with live.sdb.owner() as s:
            before = s.get(Discussion, thread.id)
            replies, views = before.reply_count or 0, before.view_count or 0
        text = f"Tried it on the cassava field {uuid.uuid4().hex[:6]}"
        with local_write(ws.db) as s:
            discussions.record_view(s, thread.id)
        with local_write(ws.db) as s:
            discussions.reply(s, me, thread.id, text)
        report = sync(ws)
        with ws.db.session() as s:
            assert sync_ops.problems(s) == [] and report.problems == 0
            assert s.get(Discussion, thread.id).reply_count == replies + 1
        with live.sdb.owner() as s:
            after = s.get(Discussion, thread.id)
            assert (after.reply_count, after.view_count) == (replies + 1, views + 1)
            assert after.author_id == thread.author_id and after.title == thread.title
            assert (
                s.scalar(
                    sa.select(sa.func.count())
                    .select_from(DiscussionReply)
                    .where(DiscussionReply.content == text)
                )
                == 1
            )
    finally:
        ws.close()


def test_counts_folded_into_a_change_the_server_refuses_still_add_up(
    live: LiveServer, tmp_path: Path
) -> None:
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        thread = _someone_elses_thread(live, ws)
        with live.sdb.owner() as s:
            views = s.get(Discussion, thread.id).view_count or 0
        with local_write(ws.db) as s:
            discussions.record_view(s, thread.id)
        with local_write(ws.db) as s:  # an edit the learner may not make: not their thread
            s.get(Discussion, thread.id).title = "Renamed by a reader"
        with ws.db.session() as s:
            [entry] = s.scalars(sa.select(OutboxEntry)).all()
            assert entry.payload == {"set": {"title": "Renamed by a reader"}, "inc": {"view_count": 1}}
        report = sync(ws)
        assert report.problems == 1
        with live.sdb.owner() as s:
            after = s.get(Discussion, thread.id)
            assert (after.title, after.view_count) == (thread.title, views + 1), (
                "the view counted, the edit did not"
            )
        with ws.db.session() as s:
            [problem] = sync_ops.problems(s)
            assert problem.code == "forbidden" and problem.mine == {"title": "Renamed by a reader"}
            shown = s.get(Discussion, thread.id)
            assert (shown.title, shown.view_count) == (thread.title, views + 1)
        with local_write(ws.db) as s:
            sync_ops.discard(s, problem.entry_id)
        sync(ws)
        with ws.db.session() as s:
            assert sync_ops.problems(s) == [] and s.get(Discussion, thread.id).view_count == views + 1
        with live.sdb.owner() as s:
            assert s.get(Discussion, thread.id).view_count == views + 1, "counted once"
    finally:
        ws.close()
