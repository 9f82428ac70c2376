"""Assignments as the learner works on them: instructions, rubric, drafts, files, submission, feedback.

A learner's work on an assignment is one ``submissions`` row (the latest, when there are several):
``draft`` while they prepare it (saved automatically, offline), ``submitted`` when handed in, then
``under_review``, ``revision_requested`` (editable again; handing it in again counts a revision) or
``graded``. A submitted, under-review or graded submission is read-only for its learner; the merge rules
on the server refuse a learner's change to a graded one too.

Files are checked against ``assignments.submission_format`` by content and size (``filetypes.py``)
before they are copied into the blob store; ``submission_content`` follows ``demo/formats.py``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    Blob,
    Course,
    Enrollment,
    InstructorFeedback,
    Lesson,
    Module,
    PeerReview,
    Submission,
    User,
    utcnow,
)
from bootcamp_core.models.blobstore import blob_url, import_file

from . import progress
from .filetypes import FileCheck, FileCheckError, check_file

EDITABLE = (None, "draft", "revision_requested")
DEFAULT_MAX_FILES = 5


class SubmissionLockedError(PermissionError):
    """The submission cannot be changed by its learner now."""


class SubmissionError(ValueError):
    """What the learner handed in is not acceptable yet; the message says why."""


@dataclass(frozen=True)
class AssignmentRow:
    assignment_id: uuid.UUID
    title: str
    course_title: str
    assignment_type: str | None
    due: dt.datetime | None
    status: str | None  # the learner's submission status, None when not started
    score: Decimal | None
    max_score: Decimal | None


@dataclass(frozen=True)
class SubmittedFile:
    name: str
    url: str
    size_bytes: int
    mime_type: str | None


@dataclass(frozen=True)
class CriterionScore:
    criterion_id: str
    title: str
    level_title: str | None
    points: Decimal | None
    max_points: Decimal
    comment: str | None


@dataclass(frozen=True)
class FeedbackView:
    feedback_type: str | None
    instructor: str
    created_at: dt.datetime | None
    grade: str | None
    total: Decimal | None
    maximum: Decimal | None
    criteria: list[CriterionScore]
    detailed: str | None
    suggestions: list[str]
    next_steps: list[str]


@dataclass(frozen=True)
class PeerFeedbackView:
    reviewer: str  # "A classmate" when anonymous
    overall: Decimal | None
    strengths: list[str]
    improvements: list[str]
    detailed: str | None


@dataclass
class AssignmentDetail:
    assignment_id: uuid.UUID
    lesson_id: uuid.UUID
    course_id: uuid.UUID
    course_title: str
    title: str
    description: str
    instructions: str | None
    assignment_type: str | None
    due: dt.datetime | None
    time_limit_minutes: int | None
    max_score: Decimal | None
    passing_score: Decimal | None
    rubric: dict[str, Any] | None
    file_types: list[str]
    max_size_mb: float | None
    max_files: int
    accepts_text: bool
    accepts_links: bool
    auto_graded: bool
    submission_id: uuid.UUID | None = None
    status: str | None = None
    text: str = ""
    links: list[dict[str, str]] = field(default_factory=list)
    files: list[SubmittedFile] = field(default_factory=list)
    score: Decimal | None = None
    feedback_text: str | None = None
    revision_count: int = 0
    submitted_at: dt.datetime | None = None
    feedback: list[FeedbackView] = field(default_factory=list)
    peer_feedback: list[PeerFeedbackView] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE and not self.auto_graded

    @property
    def max_bytes(self) -> int | None:
        return int(self.max_size_mb * 1048576) if self.max_size_mb else None


def _course_of(session: Session, assignment: Assignment) -> tuple[uuid.UUID, str]:
    row = session.execute(
        sa.select(Course.id, Course.title)
        .join(Module, Module.course_id == Course.id)
        .join(Lesson, Lesson.module_id == Module.id)
        .where(Lesson.id == assignment.lesson_id)
    ).one()
    return row[0], row[1]


def latest_submission(session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID) -> Submission | None:
    return session.scalar(
        sa.select(Submission)
        .where(Submission.user_id == user_id, Submission.assignment_id == assignment_id)
        .order_by(Submission.submitted_at.desc().nulls_last())
        .limit(1)
    )


def my_assignments(session: Session, user_id: uuid.UUID) -> list[AssignmentRow]:
    """Assignments of the courses the learner is enrolled in, by due date."""
    rows = session.execute(
        sa.select(Assignment, Course.title)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .join(Enrollment, sa.and_(Enrollment.course_id == Course.id, Enrollment.user_id == user_id))
        .order_by(Assignment.due_date.nulls_last(), Course.title, Module.module_order, Lesson.lesson_order)
    ).all()
    subs: dict[uuid.UUID, Submission] = {}
    for sub in session.scalars(
        sa.select(Submission)
        .where(Submission.user_id == user_id)
        .order_by(Submission.submitted_at.nulls_first())
    ):
        subs[sub.assignment_id] = sub
    return [
        AssignmentRow(
            a.id,
            a.title,
            course_title,
            a.assignment_type,
            a.due_date,
            subs[a.id].status if a.id in subs else None,
            subs[a.id].score if a.id in subs else None,
            a.max_score,
        )
        for a, course_title in rows
    ]


def _criterion_scores(rubric: dict[str, Any] | None, scores: dict[str, Any] | None) -> list[CriterionScore]:
    if not rubric:
        return []
    given = (scores or {}).get("criteria", {}) if isinstance(scores, dict) else {}
    out = []
    for criterion in rubric.get("criteria", []):
        levels = {lv["id"]: lv for lv in criterion["levels"]}
        mine = given.get(criterion["id"], {}) if isinstance(given, dict) else {}
        level = levels.get(mine.get("level")) if isinstance(mine, dict) else None
        points = mine.get("points") if isinstance(mine, dict) else None
        out.append(
            CriterionScore(
                criterion["id"],
                criterion["title"],
                level["title"] if level else None,
                Decimal(str(points)) if points is not None else None,
                Decimal(str(max(lv["points"] for lv in criterion["levels"]))),
                mine.get("comment") if isinstance(mine, dict) else None,
            )
        )
    return out


def assignment_detail(session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID) -> AssignmentDetail:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise LookupError("this assignment is not in the replica")
    course_id, course_title = _course_of(session, assignment)
    fmt = assignment.submission_format or {}
    detail = AssignmentDetail(
        assignment_id=assignment.id,
        lesson_id=assignment.lesson_id,
        course_id=course_id,
        course_title=course_title,
        title=assignment.title,
        description=assignment.description,
        instructions=assignment.instructions,
        assignment_type=assignment.assignment_type,
        due=assignment.due_date,
        time_limit_minutes=assignment.time_limit_minutes,
        max_score=assignment.max_score,
        passing_score=assignment.passing_score,
        rubric=assignment.rubric,
        file_types=[str(t) for t in fmt.get("file_types", [])],
        max_size_mb=fmt.get("max_size_mb") or None,
        max_files=int(fmt.get("max_files") or (DEFAULT_MAX_FILES if fmt.get("file_types") else 0)),
        accepts_text=bool(fmt.get("text", not assignment.is_graded_automatically)),
        accepts_links=bool(fmt.get("links", False)),
        auto_graded=bool(assignment.is_graded_automatically),
    )
    sub = latest_submission(session, user_id, assignment_id)
    if sub is None:
        return detail
    content = sub.submission_content or {}
    detail.submission_id, detail.status, detail.score = sub.id, sub.status, sub.score
    detail.text = str(content.get("text") or "")
    detail.links = [dict(link) for link in content.get("links", []) if isinstance(link, dict)]
    detail.files = [
        SubmittedFile(f.get("name", ""), f.get("url", ""), int(f.get("size_bytes") or 0), f.get("mime_type"))
        for f in content.get("files", [])
        if isinstance(f, dict)
    ]
    detail.feedback_text, detail.revision_count = sub.feedback, sub.revision_count or 0
    detail.submitted_at = sub.submitted_at if sub.status != "draft" else None
    for fb, name in session.execute(
        sa.select(InstructorFeedback, User.full_name)
        .join(User, User.id == InstructorFeedback.instructor_id)
        .where(InstructorFeedback.submission_id == sub.id)
        .order_by(InstructorFeedback.created_at.desc())
    ).all():
        scores = fb.rubric_scores or {}
        detail.feedback.append(
            FeedbackView(
                fb.feedback_type,
                name,
                fb.created_at,
                fb.overall_grade,
                Decimal(str(scores["total"])) if scores.get("total") is not None else None,
                Decimal(str(scores["max"])) if scores.get("max") is not None else None,
                _criterion_scores(assignment.rubric, scores),
                fb.detailed_feedback,
                list(fb.improvement_suggestions or []),
                list(fb.next_steps or []),
            )
        )
    for review, name in session.execute(
        sa.select(PeerReview, User.full_name)
        .join(User, User.id == PeerReview.reviewer_id)
        .where(PeerReview.submission_id == sub.id, PeerReview.review_criteria.is_not(None))
        .order_by(PeerReview.created_at)
    ).all():
        detail.peer_feedback.append(
            PeerFeedbackView(
                "A classmate" if review.is_anonymous else name,
                review.overall_score,
                list(review.strengths or []),
                list(review.improvements or []),
                review.detailed_feedback,
            )
        )
    return detail


def _editable_submission(
    session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID
) -> tuple[Assignment, Submission]:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise LookupError("this assignment is not in the replica")
    course_id, _title = _course_of(session, assignment)
    if progress.enrollment_for(session, user_id, course_id) is None:
        raise progress.NotEnrolledError("enrol in the course to work on its assignments")
    sub = latest_submission(session, user_id, assignment_id)
    if sub is None:
        sub = Submission(
            assignment_id=assignment_id,
            user_id=user_id,
            status="draft",
            submitted_at=utcnow(),
            submission_content={"text": "", "files": [], "links": []},
            revision_count=0,
        )
        session.add(sub)
    elif sub.status not in EDITABLE:
        what = {
            "graded": "it has been graded",
            "submitted": "it is handed in and waiting for review",
            "under_review": "it is being reviewed",
        }.get(sub.status or "", "of its state")
        raise SubmissionLockedError(f"This submission cannot be changed: {what}.")
    return assignment, sub


def _content(sub: Submission) -> dict[str, Any]:
    content = dict(sub.submission_content or {})
    content.setdefault("text", "")
    content.setdefault("files", [])
    content.setdefault("links", [])
    return content


def clean_links(links: list[dict[str, str]]) -> list[dict[str, str]]:
    out = []
    for link in links:
        url = (link.get("url") or "").strip()
        if not url:
            continue
        if not url.startswith(("https://", "http://")):
            raise SubmissionError(f"'{url}' is not a web link (it must start with https://)")
        out.append({"title": (link.get("title") or "").strip() or url, "url": url})
    return out


def save_draft(
    session: Session,
    user_id: uuid.UUID,
    assignment_id: uuid.UUID,
    text: str,
    links: list[dict[str, str]] | None = None,
) -> uuid.UUID:
    """Autosave: the text (and links) of the learner's draft; returns the submission id."""
    _assignment, sub = _editable_submission(session, user_id, assignment_id)
    content = _content(sub)
    content["text"] = text
    if links is not None:
        content["links"] = clean_links(links)
    if content != sub.submission_content:
        sub.submission_content = content
    session.flush()
    return sub.id


def validate_file(session: Session, assignment_id: uuid.UUID, path: Path) -> FileCheck:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise LookupError("this assignment is not in the replica")
    fmt = assignment.submission_format or {}
    max_mb = fmt.get("max_size_mb")
    return check_file(path, list(fmt.get("file_types", [])), int(max_mb * 1048576) if max_mb else None)


def register_blob(session: Session, sha: str, size: int, mime_type: str | None) -> None:
    blob = session.get(Blob, sha)
    if blob is None:
        session.add(
            Blob(
                sha256=sha,
                size_bytes=size,
                mime_type=mime_type,
                state="complete",
                stored_bytes=size,
                verified_at=utcnow(),
            )
        )
    elif blob.state != "complete":
        blob.state, blob.stored_bytes, blob.verified_at = "complete", size, utcnow()


def attach_file(
    session: Session, blobs_root: Path, user_id: uuid.UUID, assignment_id: uuid.UUID, path: Path
) -> SubmittedFile:
    """Check a file against the assignment's format, copy it into the blob store, add it to the draft."""
    assignment, sub = _editable_submission(session, user_id, assignment_id)
    check = validate_file(session, assignment_id, path)
    fmt = assignment.submission_format or {}
    content = _content(sub)
    limit = int(fmt.get("max_files") or DEFAULT_MAX_FILES)
    if len(content["files"]) >= limit:
        raise FileCheckError(f"this assignment takes at most {limit} files; remove one first")
    sha, size = import_file(blobs_root, path)
    register_blob(session, sha, size, check.mime_type)
    entry = {"name": path.name, "url": blob_url(sha), "size_bytes": size, "mime_type": check.mime_type}
    content["files"] = [f for f in content["files"] if f.get("url") != entry["url"]] + [entry]
    sub.submission_content = content
    session.flush()
    return SubmittedFile(entry["name"], entry["url"], size, check.mime_type)


def remove_file(session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID, url: str) -> None:
    _assignment, sub = _editable_submission(session, user_id, assignment_id)
    content = _content(sub)
    content["files"] = [f for f in content["files"] if f.get("url") != url]
    sub.submission_content = content
    session.flush()


def submit(
    session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID, now: dt.datetime | None = None
) -> str:
    """Hand the draft in (or hand a revision in again); returns the new status."""
    now = now or utcnow()
    assignment, sub = _editable_submission(session, user_id, assignment_id)
    content = _content(sub)
    fmt = assignment.submission_format or {}
    if not (content["text"].strip() or content["files"] or content["links"]):
        raise SubmissionError("There is nothing to hand in yet: write something or attach a file.")
    if fmt.get("file_types") and not content["files"] and not content["text"].strip():
        raise SubmissionError("Attach at least one file before handing in.")
    revising = sub.status == "revision_requested"
    sub.status = "submitted"
    sub.submitted_at = now
    if revising:
        sub.revision_count = (sub.revision_count or 0) + 1
    session.flush()
    progress.complete_lesson(session, user_id, assignment.lesson_id, now)
    course_id, _ = _course_of(session, assignment)
    lesson = session.get(Lesson, assignment.lesson_id)
    assert lesson is not None
    progress._event(
        session,
        user_id,
        "assignment_submitted",
        lesson,
        course_id,
        {"submission_id": str(sub.id), "assignment_title": assignment.title, "files": len(content["files"])},
        at=now,
    )
    return sub.status


def submit_quiz_answers(
    session: Session,
    user_id: uuid.UUID,
    assignment_id: uuid.UUID,
    answers: dict[str, list[str]],
    now: dt.datetime | None = None,
) -> uuid.UUID:
    """An automatically graded quiz: the answers are handed in; the server grades them at the next sync."""
    now = now or utcnow()
    assignment = session.get(Assignment, assignment_id)
    if assignment is None or not assignment.is_graded_automatically:
        raise SubmissionError("this assignment is not an automatically graded quiz")
    sub = latest_submission(session, user_id, assignment_id)
    if sub is not None and sub.status not in EDITABLE:
        raise SubmissionLockedError("This quiz has already been handed in.")
    if sub is None:
        sub = Submission(assignment_id=assignment_id, user_id=user_id, revision_count=0)
        session.add(sub)
    sub.submission_content = {"answers": answers}
    sub.status, sub.submitted_at = "submitted", now
    session.flush()
    return sub.id


def take_graded_quiz(
    session: Session,
    user_id: uuid.UUID,
    assignment_id: uuid.UUID,
    answers: dict[str, list[str]],
    now: dt.datetime | None = None,
) -> progress.AttemptResult:
    """One attempt of an automatically graded quiz: scored and recorded on the lesson like any quiz,
    and the answers handed in as the submission (the server's grade arrives at the next sync)."""
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise LookupError("this assignment is not in the replica")
    sub = latest_submission(session, user_id, assignment_id)
    if sub is not None and sub.status not in EDITABLE:
        raise SubmissionLockedError("This quiz has already been handed in.")
    result = progress.record_quiz_attempt(session, user_id, assignment.lesson_id, answers, now)
    submit_quiz_answers(session, user_id, assignment_id, answers, now)
    return result


def quiz_lock_reason(session: Session, user_id: uuid.UUID, assignment_id: uuid.UUID) -> str | None:
    """Why a graded quiz cannot be taken now (already handed in), or None."""
    sub = latest_submission(session, user_id, assignment_id)
    if sub is None or sub.status in EDITABLE:
        return None
    if sub.status == "graded" and sub.score is not None:
        return f"Handed in and graded: {sub.score:g} points."
    return "Handed in; the grade arrives at the next sync."
