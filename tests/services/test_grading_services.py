"""Grading services: the queue, writing grades, drafts, snippets, the grade scale."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Assignment, InstructorFeedback, OutboxEntry, Submission, User
from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE, grade_for
from bootcamp_desktop.services import (
    grade_scale,
    grading,
    grading_detail,
    grading_drafts,
    grading_write,
    snippets,
)
from bootcamp_desktop.sync.outbox import local_write


@pytest.fixture
def ws(demo_workspace):  # type: ignore[no-untyped-def]
    with demo_workspace.db.session() as s:
        demo_workspace.instructor_id = s.scalar(sa.select(User.id).where(User.email == DEMO_INSTRUCTOR_EMAIL))
    return demo_workspace


def _waiting(ws):  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return grading.grading_queue(s, ws.instructor_id).rows


def test_the_queue_filters_and_counts(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        everything = grading.grading_queue(s, ws.instructor_id, grading.QueueFilter(status="all"))
        assert everything.counts["all"] == len(everything.rows)
        assert (
            everything.counts["waiting"] == everything.counts["submitted"] + everything.counts["under_review"]
        )
        assert all(r.status != "draft" for r in everything.rows)
        auto = set(s.scalars(sa.select(Assignment.id).where(Assignment.is_graded_automatically.is_(True))))
        assert not {r.assignment_id for r in everything.rows} & auto
        dates = [r.submitted_at for r in everything.rows]
        assert dates == sorted(dates)
        one = everything.rows[0]
        by_course = grading.grading_queue(
            s, ws.instructor_id, grading.QueueFilter(course_id=one.course_id, status="all")
        )
        assert {r.course_id for r in by_course.rows} == {one.course_id}
        by_task = grading.grading_queue(
            s, ws.instructor_id, grading.QueueFilter(assignment_id=one.assignment_id, status="all")
        )
        assert {r.assignment_id for r in by_task.rows} == {one.assignment_id}
        graded = grading.grading_queue(s, ws.instructor_id, grading.QueueFilter(status="graded"))
        assert {r.status for r in graded.rows} == {"graded"} and len(graded.rows) == everything.counts[
            "graded"
        ]
        # A learner grades nothing.
        learner = s.scalar(sa.select(Submission.user_id))
        assert grading.grading_queue(s, learner).rows == []
        with pytest.raises(ValueError):
            grading.QueueFilter(status="lost").statuses()


def _levels(rubric, index: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c["id"]: c["levels"][min(index, len(c["levels"]) - 1)]["id"] for c in rubric["criteria"]}


def test_submitting_a_grade_writes_the_submission_and_one_feedback_row(ws) -> None:  # type: ignore[no-untyped-def]
    row = _waiting(ws)[0]
    with ws.db.session() as s:
        rubric = s.get(Assignment, row.assignment_id).rubric
    me = ws.instructor_id
    partial = {rubric["criteria"][0]["id"]: rubric["criteria"][0]["levels"][0]["id"]}
    with pytest.raises(grading_write.GradingError, match="every criterion"), local_write(ws.db) as s:
        grading_write.submit_grade(s, row.submission_id, me, grading_write.GradeInput(levels=partial))
    with pytest.raises(grading_write.GradingError, match="why"), local_write(ws.db) as s:
        grading_write.submit_grade(
            s, row.submission_id, me, grading_write.GradeInput(levels=_levels(rubric, 0), override_grade="B")
        )
    with ws.db.session() as s:
        assert s.get(Submission, row.submission_id).status == row.status
        assert s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 0
    inp = grading_write.GradeInput(
        levels=_levels(rubric, 1),
        comments={rubric["criteria"][0]["id"]: " Good. "},
        overall="Well done",
        improvements=["a", " ", "b"],
        next_steps=["c"],
    )
    with local_write(ws.db) as s:
        first = grading_write.submit_grade(s, row.submission_id, me, inp)
    total = sum(Decimal(str(c["levels"][1]["points"])) for c in rubric["criteria"])
    assert first.inserted and first.score == total and first.grade == grade_for(total, 100)
    # Changing the grade afterwards updates the same row of the round.
    with local_write(ws.db) as s:
        again = grading_write.submit_grade(
            s,
            row.submission_id,
            me,
            grading_write.GradeInput(
                levels=_levels(rubric, 0), override_grade="A", override_reason="outstanding"
            ),
        )
    assert not again.inserted and again.feedback_id == first.feedback_id and again.grade == "A"
    with ws.db.session() as s:
        fb = s.get(InstructorFeedback, first.feedback_id)
        assert fb.rubric_scores["override"] == {"grade": "A", "reason": "outstanding"}
        assert fb.rubric_scores["computed_grade"] == "A" and fb.rubric_scores["scale"] == DEFAULT_GRADE_SCALE
        entries = s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id)).all()
        assert sorted((e.table_name, e.op) for e in entries) == [
            ("instructor_feedback", "insert"),
            ("submissions", "update"),
        ]


def test_requesting_a_revision_counts_once_per_round(ws) -> None:  # type: ignore[no-untyped-def]
    row = _waiting(ws)[0]
    me = ws.instructor_id
    with pytest.raises(grading_write.GradingError, match="what to revise"), local_write(ws.db) as s:
        grading_write.request_revision(s, row.submission_id, me, grading_write.GradeInput())
    for _ in range(2):
        with local_write(ws.db) as s:
            result = grading_write.request_revision(
                s, row.submission_id, me, grading_write.GradeInput(overall="Please add the SMS flow")
            )
    with ws.db.session() as s:
        sub = s.get(Submission, row.submission_id)
        assert sub.status == "revision_requested" and sub.revision_count == row.revision_count + 1
        rows = s.scalars(
            sa.select(InstructorFeedback).where(
                InstructorFeedback.submission_id == sub.id,
                InstructorFeedback.feedback_type == "revision_feedback",
                InstructorFeedback.id == result.feedback_id,
            )
        ).all()
        assert len(rows) == 1


def test_drafts_cannot_be_graded_and_under_review_is_marked(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        draft = s.scalar(sa.select(Submission.id).where(Submission.status == "draft"))
    with pytest.raises(grading_write.GradingError, match="draft"), local_write(ws.db) as s:
        grading_write.request_revision(s, draft, ws.instructor_id, grading_write.GradeInput(overall="x"))
    with local_write(ws.db) as s:
        assert grading_write.mark_under_review(s, draft) is False


def test_conflicts_come_back_with_the_submission(ws) -> None:  # type: ignore[no-untyped-def]
    row = _waiting(ws)[0]
    with ws.db.write() as s:
        s.add(
            OutboxEntry(
                mutation_id=uuid.uuid4(),
                table_name="submissions",
                row_id=row.submission_id,
                op="update",
                payload={"set": {"score": "70.00"}, "inc": {}},
                state="conflict",
                error_code="grade_conflict",
                server_row={"score": "90.00", "graded_by": str(ws.instructor_id)},
            )
        )
    with ws.db.session() as s:
        detail = grading_detail.load_submission(s, row.submission_id, ws.blobs_dir)
        assert grading.grading_queue(s, ws.instructor_id).conflicts == {row.submission_id}
    [conflict] = detail.conflicts
    assert conflict.theirs["score"] == "90.00" and conflict.mine["score"] == "70.00"
    assert conflict.their_grader
    assert all(f.path is not None for f in detail.files), "the demo's files are in the blob store"


def test_drafts_round_trip_and_empty_ones_vanish(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sid = uuid.uuid4()
    d = grading_drafts.GradeDraft(str(sid), levels={"a": "x"}, overall="half", override_grade="B")
    grading_drafts.save_draft(tmp_path, d)
    back = grading_drafts.load_draft(tmp_path, sid)
    assert back.levels == {"a": "x"} and back.overall == "half" and back.saved_at
    assert grading_drafts.drafted_submissions(tmp_path) == {sid}
    grading_drafts.save_draft(tmp_path, grading_drafts.GradeDraft(str(sid)))
    assert grading_drafts.load_draft(tmp_path, sid) is None
    (tmp_path / "grading-drafts" / f"{sid}.json").write_text("{not json")
    assert grading_drafts.load_draft(tmp_path, sid) is None


def test_snippets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert snippets.load_snippets(tmp_path)  # starters
    s = snippets.add_snippet(tmp_path, "  Add the price per sack.  ")
    assert s.text == "Add the price per sack."
    assert snippets.add_snippet(tmp_path, "Add the price per sack.").id == s.id
    with pytest.raises(snippets.SnippetError):
        snippets.add_snippet(tmp_path, "   ")
    snippets.record_use(tmp_path, s.id)
    assert snippets.load_snippets(tmp_path)[0].id == s.id  # most used first
    assert [x.id for x in snippets.search(snippets.load_snippets(tmp_path), "PRICE sack")] == [s.id]
    snippets.remove_snippet(tmp_path, s.id)
    assert s.id not in {x.id for x in snippets.load_snippets(tmp_path)}


scales = st.lists(st.integers(0, 100), min_size=4, max_size=4).map(
    lambda xs: dict(zip(("A", "B", "C", "D"), sorted(xs, reverse=True), strict=True))
)


@given(scales, st.integers(0, 1000), st.integers(0, 1000), st.integers(1, 1000))
def test_grades_never_go_down_as_the_score_goes_up(scale, a, b, maximum) -> None:  # type: ignore[no-untyped-def]
    scale = grade_scale.validate_scale(scale)
    low, high = sorted((min(a, maximum), min(b, maximum)))
    order = "ABCDF"
    assert order.index(grade_for(high, maximum, scale)) <= order.index(grade_for(low, maximum, scale))


@given(st.lists(st.integers(0, 100), min_size=4, max_size=4))
def test_only_monotone_scales_are_accepted(values) -> None:  # type: ignore[no-untyped-def]
    scale = dict(zip(("A", "B", "C", "D"), values, strict=True))
    if values == sorted(values, reverse=True):
        assert grade_scale.validate_scale(scale) == {k: float(v) for k, v in scale.items()}
    else:
        with pytest.raises(grade_scale.GradeScaleError):
            grade_scale.validate_scale(scale)


def test_which_scale_applies() -> None:
    extra: dict = {}
    assert grade_scale.effective_scale(None, extra) == (DEFAULT_GRADE_SCALE, "default")
    grade_scale.set_workspace_scale(extra, {"A": 85, "B": 75, "C": 65, "D": 50})
    assert grade_scale.effective_scale({"criteria": []}, extra)[1] == "workspace"
    own = {"A": 95, "B": 85, "C": 75, "D": 65}
    assert grade_scale.effective_scale({"criteria": [], "grade_scale": own}, extra) == (own, "rubric")
    extra["grade_scale"] = {"A": "lots"}  # a hand-edited settings file never breaks grading
    assert grade_scale.effective_scale(None, extra)[1] == "default"
    with pytest.raises(grade_scale.GradeScaleError):
        grade_scale.set_workspace_scale(extra, {"A": 50, "B": 80, "C": 70, "D": 60})
