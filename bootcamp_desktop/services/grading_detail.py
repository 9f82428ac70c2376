"""One submission as the grading workspace shows it: the learner's work, the rubric, the feedback
so far, and any grade conflict the server sent back.

``submission_content`` follows ``demo/formats.py``: ``{"text", "files": [{"name", "url", "size_bytes",
"mime_type"}], "links": [{"title", "url"}], "answers"?}``; a file's ``url`` is a ``blob:sha256:`` URL
whose bytes may or may not be in the local blob store yet (``SubmissionFile.path`` is None until the
blob is downloaded).

Conflicts: when the server answers a pushed grade with ``conflict`` (another grader changed it since),
the outbox entry stays in state ``conflict`` with the server's row in ``server_row``. Those entries, for
the submission row and for its feedback rows, come back here as ``GradeConflict`` so the workspace
shows both versions; resolving them (keep mine / take theirs) is the Sync panel's job.
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
    Course,
    InstructorFeedback,
    Lesson,
    Module,
    OutboxEntry,
    Submission,
    User,
)
from bootcamp_core.models.blobstore import blob_path, parse_blob_url
from bootcamp_core.models.rubric import max_points

from .staff import display_names


@dataclass(frozen=True)
class SubmissionFile:
    name: str
    url: str
    size_bytes: int | None
    mime_type: str | None
    path: Path | None  # the local blob file, None when it is not downloaded (or not a blob)

    @property
    def kind(self) -> str:
        """image, pdf, text or other: which viewer shows it."""
        mime = (self.mime_type or "").split(";")[0].strip().lower()
        name = self.name.lower()
        if mime.startswith("image/") or name.endswith((".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")):
            return "image"
        if mime == "application/pdf" or name.endswith(".pdf"):
            return "pdf"
        if (
            mime.startswith("text/")
            or mime in ("application/json", "application/x-python")
            or name.endswith((".md", ".txt", ".py", ".json", ".csv", ".js", ".ts", ".html", ".css"))
        ):
            return "text"
        return "other"


@dataclass(frozen=True)
class SubmissionLink:
    title: str
    url: str

    @property
    def service(self) -> str:
        host = self.url.split("//", 1)[-1].split("/", 1)[0].lower()
        for name in ("figma", "github", "vimeo", "youtube", "miro"):
            if name in host:
                return name
        return "web"


@dataclass(frozen=True)
class FeedbackEntry:
    feedback_id: uuid.UUID
    instructor_id: uuid.UUID
    instructor_name: str
    feedback_type: str | None
    rubric_scores: dict[str, Any]
    overall_grade: str | None
    detailed_feedback: str | None
    improvement_suggestions: list[str]
    next_steps: list[str]
    created_at: dt.datetime | None


@dataclass(frozen=True)
class GradeConflict:
    entry_id: int
    table: str
    row_id: uuid.UUID
    code: str | None
    reason: str | None
    mine: dict[str, Any]  # what this replica tried to write
    theirs: dict[str, Any]  # the server's row (wire form)
    their_grader: str | None  # the name of who graded it on the server, when known


@dataclass(frozen=True)
class SubmissionDetail:
    submission_id: uuid.UUID
    learner_id: uuid.UUID
    learner_name: str
    assignment_id: uuid.UUID
    assignment_title: str
    assignment_type: str | None
    instructions: str | None
    course_title: str
    status: str | None
    submitted_at: dt.datetime | None
    score: Decimal | None
    feedback: str | None
    graded_by: uuid.UUID | None
    graded_at: dt.datetime | None
    revision_count: int
    text: str
    files: tuple[SubmissionFile, ...]
    links: tuple[SubmissionLink, ...]
    rubric: dict[str, Any] | None
    max_score: Decimal | None
    passing_score: Decimal | None
    history: tuple[FeedbackEntry, ...] = ()  # oldest first
    conflicts: tuple[GradeConflict, ...] = ()
    round_feedback: FeedbackEntry | None = None  # the latest feedback of the current round, if any
    answers: dict[str, Any] = field(default_factory=dict)

    @property
    def rubric_max(self) -> Decimal | None:
        return max_points(self.rubric) if self.rubric else self.max_score


def _files(content: dict[str, Any], blobs_root: Path | None) -> tuple[SubmissionFile, ...]:
    out = []
    for raw in content.get("files") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("url"), str):
            continue
        sha = parse_blob_url(raw["url"])
        path = None
        if sha and blobs_root is not None:
            candidate = blob_path(blobs_root, sha)
            path = candidate if candidate.is_file() else None
        out.append(
            SubmissionFile(
                str(raw.get("name") or "file"), raw["url"], raw.get("size_bytes"), raw.get("mime_type"), path
            )
        )
    return tuple(out)


def _links(content: dict[str, Any]) -> tuple[SubmissionLink, ...]:
    return tuple(
        SubmissionLink(str(raw.get("title") or raw["url"]), raw["url"])
        for raw in content.get("links") or []
        if isinstance(raw, dict)
        and isinstance(raw.get("url"), str)
        and raw["url"].startswith(("https://", "http://"))
    )


def load_submission(
    session: Session, submission_id: uuid.UUID, blobs_root: Path | None = None
) -> SubmissionDetail:
    row = session.execute(
        sa.select(Submission, Assignment, Course.title, User.full_name)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .join(User, User.id == Submission.user_id)
        .where(Submission.id == submission_id)
    ).first()
    if row is None:
        raise LookupError("this submission is no longer in the replica")
    sub, assignment, course_title, learner_name = row
    feedback_rows = (
        session.execute(
            sa.select(InstructorFeedback)
            .where(InstructorFeedback.submission_id == submission_id)
            .order_by(InstructorFeedback.created_at, InstructorFeedback.id)
        )
        .scalars()
        .all()
    )
    conflicts = grade_conflicts(session, submission_id, [f.id for f in feedback_rows])
    names = display_names(
        session,
        {f.instructor_id for f in feedback_rows}
        | {c.theirs_grader_id for c in conflicts if c.theirs_grader_id},
    )
    history = tuple(
        FeedbackEntry(
            f.id,
            f.instructor_id,
            names.get(f.instructor_id, ""),
            f.feedback_type,
            dict(f.rubric_scores or {}),
            f.overall_grade,
            f.detailed_feedback,
            list(f.improvement_suggestions or []),
            list(f.next_steps or []),
            f.created_at,
        )
        for f in feedback_rows
    )
    round_start = sub.submitted_at
    current = [h for h in history if round_start is None or (h.created_at and h.created_at >= round_start)]
    content = dict(sub.submission_content or {})
    return SubmissionDetail(
        submission_id=sub.id,
        learner_id=sub.user_id,
        learner_name=learner_name,
        assignment_id=assignment.id,
        assignment_title=assignment.title,
        assignment_type=assignment.assignment_type,
        instructions=assignment.instructions,
        course_title=course_title,
        status=sub.status,
        submitted_at=sub.submitted_at,
        score=sub.score,
        feedback=sub.feedback,
        graded_by=sub.graded_by,
        graded_at=sub.graded_at,
        revision_count=sub.revision_count or 0,
        text=str(content.get("text") or ""),
        files=_files(content, blobs_root),
        links=_links(content),
        rubric=assignment.rubric,
        max_score=assignment.max_score,
        passing_score=assignment.passing_score,
        history=history,
        conflicts=tuple(c.to_conflict(names) for c in conflicts),
        round_feedback=current[-1] if current else None,
        answers=dict(content.get("answers") or {}),
    )


@dataclass(frozen=True)
class _RawConflict:
    entry: OutboxEntry

    @property
    def theirs_grader_id(self) -> uuid.UUID | None:
        theirs = self.entry.server_row or {}
        raw = theirs.get("graded_by") or theirs.get("instructor_id")
        try:
            return uuid.UUID(str(raw)) if raw else None
        except ValueError:
            return None

    def to_conflict(self, names: dict[uuid.UUID, str]) -> GradeConflict:
        e = self.entry
        grader = self.theirs_grader_id
        return GradeConflict(
            e.id,
            e.table_name,
            e.row_id,
            e.error_code,
            e.error_message,
            dict((e.payload or {}).get("set", {})),
            dict(e.server_row or {}),
            names.get(grader) if grader else None,
        )


def grade_conflicts(
    session: Session, submission_id: uuid.UUID, feedback_ids: list[uuid.UUID]
) -> list[_RawConflict]:
    entries = session.scalars(
        sa.select(OutboxEntry)
        .where(
            OutboxEntry.state == "conflict",
            sa.or_(
                sa.and_(OutboxEntry.table_name == "submissions", OutboxEntry.row_id == submission_id),
                sa.and_(
                    OutboxEntry.table_name == "instructor_feedback",
                    OutboxEntry.row_id.in_(feedback_ids or []),
                ),
            ),
        )
        .order_by(OutboxEntry.id)
    ).all()
    return [_RawConflict(e) for e in entries]
