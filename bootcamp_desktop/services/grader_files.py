"""The work graders need offline: the files of every submission in their queues, and the data budget.

Whose files: for an instructor (or assistant, or an admin), the submissions of the courses they teach
that wait for a grade (``submitted``, ``under_review``) or for a revision (``revision_requested``), oldest
first, as the grading queue orders them; for a peer reviewer, the submissions assigned to them, the
reviews still to write first. Files are the ``blob:sha256:`` URLs of ``submission_content.files``
(``demo/formats.py``). Their sizes are the server's (``POST /api/v1/blobs/stat``, recorded by the sync's
blob index in the ``blobs`` table), not what the learner's row claims; a file the replica has no size for
yet shows the claimed size until the server's arrives.

Every sync fetches the missing ones in that order within the budget (``sync/blob_fetch.py``): by default
200 MB per sync, set per replica (``settings.json``, key ``grader_download_budget_mb``) and shown in the
grading screen, which also offers "download everything to grade" for a course, ignoring the budget.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_desktop.models import Assignment, Lesson, Module, PeerReview, Submission
from bootcamp_desktop.models.blobstore import parse_blob_url
from bootcamp_desktop.models.db import Database

from .downloads import MediaItem, items_for
from .grading import WAITING
from .settings import Settings
from .staff import TEACHING_ROLES, staffed_course_ids

BUDGET_KEY = "grader_download_budget_mb"
DEFAULT_BUDGET_MB = 200
MAX_BUDGET_MB = 100_000
MB = 1_000_000  # as sizes are shown (``ui.format.size``: kB, MB and GB of 1000)
GRADER_STATUSES = (*WAITING, "revision_requested")


class BudgetError(ValueError):
    """A data budget that is not a whole number of megabytes from 0 to ``MAX_BUDGET_MB``."""


@dataclass(frozen=True)
class GraderFile:
    course_id: uuid.UUID
    submission_id: uuid.UUID
    name: str
    sha256: str
    size: int
    mime_type: str | None
    present: bool
    known: bool  # the size is the server's (else the learner's claim)
    for_review: bool  # a peer review's, not an instructor's queue

    def as_item(self) -> MediaItem:
        return MediaItem(self.sha256, self.size, self.mime_type, self.present, self.known)


@dataclass(frozen=True)
class FilesState:
    count: int
    total_bytes: int
    missing: int
    missing_bytes: int


# -- the budget ---------------------------------------------------------------------------------------------
def budget_mb(settings: Settings) -> int:
    value = settings.extra.get(BUDGET_KEY, DEFAULT_BUDGET_MB)
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_BUDGET_MB \
        else DEFAULT_BUDGET_MB


def budget_bytes(settings: Settings) -> int:
    return budget_mb(settings) * MB


def set_budget_mb(settings: Settings, value: object) -> int:
    """Set the budget (MB per sync; 0: only what the grader asks for); a bad value changes nothing."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BUDGET_MB:
        raise BudgetError(f"the data budget is a whole number of MB from 0 to {MAX_BUDGET_MB}, not {value!r}")
    settings.extra[BUDGET_KEY] = value
    return value


# -- which files ------------------------------------------------------------------------------------------
def _files_of(session: Session, rows: Iterable[tuple[uuid.UUID, uuid.UUID, object, bool]],
              blobs_root: Path | None) -> list[GraderFile]:
    """The files of (submission id, course id, submission_content, for_review) rows, in order."""
    claimed: list[tuple[uuid.UUID, uuid.UUID, str, str, int, str | None, bool]] = []
    for sid, course_id, content, for_review in rows:
        files = content.get("files") if isinstance(content, dict) else None
        for f in files if isinstance(files, list) else []:
            sha = parse_blob_url(f.get("url")) if isinstance(f, dict) else None
            if sha is None:
                continue
            size = f.get("size_bytes")
            size = size if isinstance(size, int) and size >= 0 else 0
            name = str(f.get("name") or sha[:12])
            claimed.append((sid, course_id, name, sha, size, f.get("mime_type"), for_review))
    items = {i.sha256: i for i in items_for(session, [c[3] for c in claimed], blobs_root)}
    out = []
    for sid, course_id, name, sha, size, mime, for_review in claimed:
        item = items[sha]
        out.append(GraderFile(course_id, sid, name, sha, item.size if item.known else size,
                              item.mime_type or mime, item.present, item.known, for_review))
    return out


def _queue_rows(session: Session, user_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID, object, bool]]:
    course_ids = staffed_course_ids(session, user_id, TEACHING_ROLES)
    if course_ids is not None and not course_ids:
        return []
    stmt = (
        sa.select(Submission.id, Module.course_id, Submission.submission_content)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Assignment.is_graded_automatically.is_not(True), Submission.status.in_(GRADER_STATUSES))
        .order_by(Submission.submitted_at.asc().nulls_last(), Submission.id)
    )
    if course_ids is not None:
        stmt = stmt.where(Module.course_id.in_(course_ids))
    return [(r[0], r[1], r[2], False) for r in session.execute(stmt)]


def _review_rows(session: Session, user_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID, object, bool]]:
    stmt = (
        sa.select(Submission.id, Module.course_id, Submission.submission_content)
        .select_from(PeerReview)
        .join(Submission, Submission.id == PeerReview.submission_id)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(PeerReview.reviewer_id == user_id)
        .order_by(PeerReview.review_criteria.is_not(None), PeerReview.created_at.desc().nulls_last(),
                  PeerReview.id)
    )
    return [(r[0], r[1], r[2], True) for r in session.execute(stmt)]


def grader_files(session: Session, user_id: uuid.UUID, blobs_root: Path | None,
                 course_id: uuid.UUID | None = None) -> list[GraderFile]:
    """Every file of the submissions in the user's grading queues and peer reviews, most needed first
    (a file in two submissions is listed once, with the first)."""
    files = _files_of(session, [*_queue_rows(session, user_id), *_review_rows(session, user_id)], blobs_root)
    seen: set[str] = set()
    out = []
    for f in files:
        if f.sha256 not in seen and (course_id is None or f.course_id == course_id):
            seen.add(f.sha256)
            out.append(f)
    return out


def wanted_shas(db: Database, user_id: uuid.UUID) -> list[str]:
    """For the sync's blobs stage (``SyncEngine(wanted_blobs=...)``): the grader's files, most needed
    first."""
    with db.session() as s:
        return [f.sha256 for f in grader_files(s, user_id, None)]


def submission_files(session: Session, submission_ids: Iterable[uuid.UUID],
                     blobs_root: Path | None) -> dict[uuid.UUID, FilesState]:
    """Per submission, how many files it has, how big, and what is not on this computer yet."""
    ids = list(dict.fromkeys(submission_ids))
    rows: list[tuple[uuid.UUID, uuid.UUID, object, bool]] = []
    for i in range(0, len(ids), 500):
        chunk = sa.select(Submission.id, Submission.submission_content).where(
            Submission.id.in_(ids[i : i + 500]))
        rows.extend((r[0], r[0], r[1], False) for r in session.execute(chunk))
    states: dict[uuid.UUID, list[GraderFile]] = {}
    for f in _files_of(session, rows, blobs_root):
        states.setdefault(f.submission_id, []).append(f)
    return {sid: FilesState(len(fs), sum(f.size for f in fs), sum(not f.present for f in fs),
                            sum(f.size for f in fs if not f.present)) for sid, fs in states.items()}
