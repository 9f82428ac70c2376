"""Writing a grade: the submission row and one ``instructor_feedback`` row, in one transaction.

Called through ``ui.operations.write`` (``local_write``), so both rows land in the outbox with the
change and reach the learner at the next sync.

``submit_grade``: the submission becomes ``graded`` with ``score`` (the sum of the chosen levels' points),
``feedback`` (the overall feedback), ``graded_by`` and ``graded_at``; the round's ``final_assessment``
feedback row is inserted, or updated when this grader already graded this round (a grade edited after
it was submitted). ``request_revision``: the submission becomes ``revision_requested`` and its
``revision_count`` goes up by one (once per round); the round's ``revision_feedback`` row is inserted or
updated likewise. A *round* starts at the submission's ``submitted_at``: feedback created since belongs
to it.

``instructor_feedback.rubric_scores`` as written here (a superset of ``demo/formats.py``)::

    {"criteria": {"<criterion id>": {"level": "<level id>", "points": 22, "comment": "..."}},
     "total": 81.0, "max": 100.0,
     "scale": {"A": 90, "B": 80, "C": 70, "D": 60},   # the scale the grade was derived with
     "computed_grade": "B",                           # what the scale gives for total / max
     "override": {"grade": "A", "reason": "..."}}     # only when the grader overrode the grade

``overall_grade`` is the override's grade when there is one, else ``computed_grade``. A criterion
without a chosen level is left out (allowed when requesting a revision, not when grading).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Assignment, InstructorFeedback, OutboxEntry, Submission, utcnow
from bootcamp_core.models.enums import OVERALL_GRADE
from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE, RubricError, grade_for, max_points, score_of

GRADABLE = ("submitted", "under_review", "revision_requested", "graded")
MAX_SCORE = Decimal("999.99")  # submissions.score is DECIMAL(5,2)


class GradingError(ValueError):
    """A grade that cannot be written as it is; the message tells the grader what to fix."""


@dataclass
class GradeInput:
    levels: dict[str, str] = field(default_factory=dict)  # criterion id -> level id
    comments: dict[str, str] = field(default_factory=dict)  # criterion id -> comment
    overall: str = ""
    improvements: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    override_grade: str | None = None
    override_reason: str = ""
    scale: dict[str, float] | None = None
    manual_score: Decimal | None = None  # assignments without a rubric only


@dataclass(frozen=True)
class GradeResult:
    submission_id: uuid.UUID
    feedback_id: uuid.UUID
    status: str
    score: Decimal | None
    grade: str
    inserted: bool  # a new feedback row (False: the round's row was updated)


@dataclass(frozen=True)
class Computed:
    total: Decimal
    maximum: Decimal
    grade: str | None  # None while nothing is scored


def compute(
    rubric: dict[str, Any] | None,
    levels: dict[str, str],
    scale: dict[str, float] | None,
    manual_score: Decimal | None = None,
    max_score: Decimal | None = None,
) -> Computed:
    scale = scale or dict(DEFAULT_GRADE_SCALE)
    if rubric:
        maximum = max_points(rubric)
        chosen = {c: lv for c, lv in levels.items() if lv}
        total = score_of(rubric, chosen)
        scored = bool(chosen)
    else:
        maximum = max_score or Decimal(100)
        total = manual_score or Decimal(0)
        scored = manual_score is not None
    grade = grade_for(total, maximum, scale) if scored and maximum > 0 else None
    return Computed(total, maximum, grade)


def _clean_lines(items: list[str]) -> list[str]:
    return [line.strip() for line in items if line and line.strip()]


def rubric_scores_doc(rubric: dict[str, Any] | None, inp: GradeInput, computed: Computed) -> dict[str, Any]:
    criteria: dict[str, Any] = {}
    for criterion in (rubric or {}).get("criteria", []):
        level_id = inp.levels.get(criterion["id"])
        if not level_id:
            continue
        level = next(lv for lv in criterion["levels"] if lv["id"] == level_id)
        criteria[criterion["id"]] = {
            "level": level_id,
            "points": level["points"],
            "comment": (inp.comments.get(criterion["id"]) or "").strip(),
        }
    doc: dict[str, Any] = {
        "criteria": criteria,
        "total": float(computed.total),
        "max": float(computed.maximum),
        "scale": dict(inp.scale or DEFAULT_GRADE_SCALE),
        "computed_grade": computed.grade,
    }
    if inp.override_grade:
        doc["override"] = {"grade": inp.override_grade, "reason": inp.override_reason.strip()}
    return doc


def _load(session: Session, submission_id: uuid.UUID) -> tuple[Submission, Assignment]:
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise GradingError("this submission is no longer in the replica")
    if sub.status not in GRADABLE:
        raise GradingError("a draft cannot be graded: the learner has not handed it in")
    assignment = session.get(Assignment, sub.assignment_id)
    assert assignment is not None
    return sub, assignment


def _check(assignment: Assignment, inp: GradeInput, *, complete: bool) -> Computed:
    rubric = assignment.rubric
    if inp.override_grade is not None:
        if inp.override_grade not in OVERALL_GRADE:
            raise GradingError(f"{inp.override_grade!r} is not a grade (A to F)")
        if not inp.override_reason.strip():
            raise GradingError("say why you override the grade: the reason is kept with it")
    if rubric and complete:
        missing = [c["title"] for c in rubric["criteria"] if not inp.levels.get(c["id"])]
        if missing:
            raise GradingError("choose a level for every criterion first: " + ", ".join(missing))
    if not rubric and complete and inp.manual_score is None:
        raise GradingError("enter a score: this assignment has no rubric")
    try:
        computed = compute(rubric, inp.levels, inp.scale, inp.manual_score, assignment.max_score)
    except RubricError as exc:
        raise GradingError(str(exc)) from exc
    if computed.total > MAX_SCORE or computed.total < 0:
        raise GradingError(f"a score of {computed.total} cannot be stored (0 to {MAX_SCORE})")
    return computed


def _round_row(
    session: Session, sub: Submission, grader_id: uuid.UUID, feedback_type: str
) -> InstructorFeedback | None:
    stmt = (
        sa.select(InstructorFeedback)
        .where(
            InstructorFeedback.submission_id == sub.id,
            InstructorFeedback.instructor_id == grader_id,
            InstructorFeedback.feedback_type == feedback_type,
        )
        .order_by(InstructorFeedback.created_at.desc(), InstructorFeedback.id.desc())
        .limit(1)
    )
    if sub.submitted_at is not None:
        stmt = stmt.where(InstructorFeedback.created_at >= sub.submitted_at)
    return session.scalars(stmt).first()


def _write_feedback(
    session: Session,
    sub: Submission,
    grader_id: uuid.UUID,
    feedback_type: str,
    assignment: Assignment,
    inp: GradeInput,
    computed: Computed,
    grade: str,
    now: dt.datetime,
    reuse: bool,
) -> tuple[InstructorFeedback, bool]:
    row = _round_row(session, sub, grader_id, feedback_type) if reuse else None
    inserted = row is None
    if row is None:
        row = InstructorFeedback(
            submission_id=sub.id, instructor_id=grader_id, feedback_type=feedback_type, created_at=now
        )
        session.add(row)
    row.rubric_scores = rubric_scores_doc(assignment.rubric, inp, computed)
    row.overall_grade = grade
    row.detailed_feedback = inp.overall.strip() or None
    row.improvement_suggestions = _clean_lines(inp.improvements)
    row.next_steps = _clean_lines(inp.next_steps)
    session.flush()
    return row, inserted


def submit_grade(
    session: Session,
    submission_id: uuid.UUID,
    grader_id: uuid.UUID,
    inp: GradeInput,
    now: dt.datetime | None = None,
) -> GradeResult:
    now = now or utcnow()
    sub, assignment = _load(session, submission_id)
    computed = _check(assignment, inp, complete=True)
    grade = inp.override_grade or computed.grade or "F"
    reuse = sub.status == "graded"
    sub.status = "graded"
    sub.score = computed.total.quantize(Decimal("0.01"))
    sub.feedback = inp.overall.strip() or None
    sub.graded_by = grader_id
    sub.graded_at = now
    row, inserted = _write_feedback(
        session, sub, grader_id, "final_assessment", assignment, inp, computed, grade, now, reuse
    )
    return GradeResult(sub.id, row.id, "graded", sub.score, grade, inserted)


def request_revision(
    session: Session,
    submission_id: uuid.UUID,
    grader_id: uuid.UUID,
    inp: GradeInput,
    now: dt.datetime | None = None,
) -> GradeResult:
    now = now or utcnow()
    sub, assignment = _load(session, submission_id)
    computed = _check(assignment, inp, complete=False)
    if not (
        inp.overall.strip() or _clean_lines(inp.improvements) or any(v.strip() for v in inp.comments.values())
    ):
        raise GradingError("tell the learner what to revise: write overall feedback or an improvement")
    grade = inp.override_grade or computed.grade or "F"
    again = sub.status == "revision_requested"
    if not again:
        sub.revision_count = (sub.revision_count or 0) + 1
    sub.status = "revision_requested"
    sub.score = None
    sub.feedback = inp.overall.strip() or None
    row, inserted = _write_feedback(
        session, sub, grader_id, "revision_feedback", assignment, inp, computed, grade, now, again
    )
    return GradeResult(sub.id, row.id, "revision_requested", None, grade, inserted)


# What identifies a feedback row's place (whose, on what, which kind, since when): never rewritten.
_FEEDBACK_PLACE = frozenset({"submission_id", "instructor_id", "feedback_type", "created_at"})


def fold_into_round_row(session: Session, entry: OutboxEntry) -> bool:
    """ "Keep mine" for a grade whose new feedback row was refused with it while a row of the same round
    reached the server from elsewhere: the grader's words go into that row, as ``submit_grade`` would have
    written them had it known the row, instead of a second row for the round. Returns whether ``entry``
    now updates that row.

    The same grader's row comes first (two copies of one grader's app). A final assessment is one per
    round whoever wrote it, so another grader's final row of the round is taken over too: the kept grade
    replaces theirs, and the row names the grader who kept it, as the submission's ``graded_by`` does.

    ``entry`` is the refused insert of an ``instructor_feedback`` row; it becomes an update of the round's
    row on top of the server's version, and the local copy of the refused row goes."""
    if entry.table_name != "instructor_feedback" or entry.op != "insert":
        return False
    mine = session.get(InstructorFeedback, entry.row_id)
    sub = session.get(Submission, mine.submission_id) if mine is not None else None
    if mine is None or sub is None or mine.feedback_type is None:
        return False
    same_round = (
        sa.select(InstructorFeedback)
        .where(
            InstructorFeedback.submission_id == sub.id,
            InstructorFeedback.feedback_type == mine.feedback_type,
            InstructorFeedback.id != mine.id,
            InstructorFeedback.sync_version > 0,
            *([InstructorFeedback.created_at >= sub.submitted_at] if sub.submitted_at is not None else []),
        )
        .order_by(InstructorFeedback.created_at.desc(), InstructorFeedback.id.desc())
        .limit(1)
    )
    theirs = session.scalars(same_round.where(InstructorFeedback.instructor_id == mine.instructor_id)).first()
    if theirs is None and mine.feedback_type == "final_assessment":
        theirs = session.scalars(same_round).first()
    if theirs is None:
        return False
    values = {k: v for k, v in (entry.payload or {}).get("set", {}).items() if k not in _FEEDBACK_PLACE}
    if theirs.instructor_id != mine.instructor_id:
        values["instructor_id"] = str(mine.instructor_id)
    entry.op, entry.row_id, entry.base_version = "update", theirs.id, theirs.sync_version
    entry.payload, entry.server_row = {"set": values, "inc": {}}, None
    # Not through the ORM: the entry is the change to send (the caller shows its values in the row); these
    # writes are the replica catching up with it, not new changes of the user's.
    refused_row = mine.id
    session.expunge(mine)
    table = InstructorFeedback.__table__
    session.execute(sa.delete(table).where(table.c.id == refused_row))
    return True


def mark_under_review(session: Session, submission_id: uuid.UUID) -> bool:
    """A grader started on a submitted piece of work: it becomes ``under_review`` (the learner sees it)."""
    sub = session.get(Submission, submission_id)
    if sub is None or sub.status != "submitted":
        return False
    sub.status = "under_review"
    return True
