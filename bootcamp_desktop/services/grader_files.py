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

from bootcamp_core.models import Assignment, Lesson, Module, PeerReview, Submission
from bootcamp_core.models.blobstore import parse_blob_url
from bootcamp_core.models.db import Database

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
    return (
        value
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_BUDGET_MB
        else DEFAULT_BUDGET_MB
    )


def budget_bytes(settings: Settings) -> int:
    return budget_mb(settings) * MB


def set_budget_mb(settings: Settings, value: object) -> int:
    """Set the budget (MB per sync; 0: only what the grader asks for); a bad value changes nothing."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BUDGET_MB:
        raise BudgetError(f"the data budget is a whole number of MB from 0 to {MAX_BUDGET_MB}, not {value!r}")
    settings.extra[BUDGET_KEY] = value
    return value


# -- which files ------------------------------------------------------------------------------------------
# Only the list of files is read, and ids stay text until a file is kept: a queue of thousands of
# submissions reads in a fraction of the time (turning every id into a ``uuid.UUID`` cost the most).
FILES = Submission.submission_content["files"]
Row = tuple[object, object, object, bool]  # submission id, course id (as stored), the files, for a review
Claim = tuple[str, str, str, str, int, str | None, bool]  # submission hex, course hex, name, sha, size, ...


def _hex(raw: object) -> str:
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "")  # PostgreSQL: with dashes


def _as_text(column: sa.ColumnElement[uuid.UUID]) -> sa.ColumnElement[str]:
    return sa.type_coerce(column, sa.String)


def _claims(rows: Iterable[Row], *, first_only: bool = False, course_hex: str | None = None) -> list[Claim]:
    """The files the rows list, as their learners described them (a file twice: once, with ``first_only``)."""
    out: list[Claim] = []
    seen: set[str] = set()
    for sid, cid, files, for_review in rows:
        if course_hex is not None and _hex(cid) != course_hex:
            continue
        for f in files if isinstance(files, list) else []:
            sha = parse_blob_url(f.get("url")) if isinstance(f, dict) else None
            if sha is None or (first_only and sha in seen):
                continue
            seen.add(sha)
            size = f.get("size_bytes")
            size = size if isinstance(size, int) and size >= 0 else 0
            out.append(
                (
                    _hex(sid),
                    _hex(cid),
                    str(f.get("name") or sha[:12]),
                    sha,
                    size,
                    f.get("mime_type"),
                    for_review,
                )
            )
    return out


def _files_of(session: Session, claims: list[Claim], blobs_root: Path | None) -> list[GraderFile]:
    """The claimed files with the server's size (when known) and whether they are on this computer."""
    items = {i.sha256: i for i in items_for(session, [c[3] for c in claims], blobs_root)}
    out = []
    for sid, cid, name, sha, size, mime, for_review in claims:
        item = items[sha]
        out.append(
            GraderFile(
                uuid.UUID(hex=cid),
                uuid.UUID(hex=sid),
                name,
                sha,
                item.size if item.known else size,
                item.mime_type or mime,
                item.present,
                item.known,
                for_review,
            )
        )
    return out


def _queue_rows(session: Session, user_id: uuid.UUID) -> list[Row]:
    course_ids = staffed_course_ids(session, user_id, TEACHING_ROLES)
    if course_ids is not None and not course_ids:
        return []
    stmt = (
        sa.select(_as_text(Submission.id), _as_text(Module.course_id), FILES)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Assignment.is_graded_automatically.is_not(True), Submission.status.in_(GRADER_STATUSES))
        .order_by(Submission.submitted_at.asc().nulls_last(), Submission.id)
    )
    if course_ids is not None:
        stmt = stmt.where(Module.course_id.in_(course_ids))
    return [(r[0], r[1], r[2], False) for r in session.execute(stmt)]


def _review_rows(session: Session, user_id: uuid.UUID) -> list[Row]:
    stmt = (
        sa.select(_as_text(Submission.id), _as_text(Module.course_id), FILES)
        .select_from(PeerReview)
        .join(Submission, Submission.id == PeerReview.submission_id)
        .join(Assignment, Assignment.id == Submission.assignment_id)
        .join(Lesson, Lesson.id == Assignment.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(PeerReview.reviewer_id == user_id)
        .order_by(
            PeerReview.review_criteria.is_not(None), PeerReview.created_at.desc().nulls_last(), PeerReview.id
        )
    )
    return [(r[0], r[1], r[2], True) for r in session.execute(stmt)]


def grader_files(
    session: Session, user_id: uuid.UUID, blobs_root: Path | None, course_id: uuid.UUID | None = None
) -> list[GraderFile]:
    """Every file of the submissions in the user's grading queues and peer reviews, most needed first
    (a file in two submissions is listed once, with the first)."""
    rows = [*_queue_rows(session, user_id), *_review_rows(session, user_id)]
    claims = _claims(rows, first_only=True, course_hex=course_id.hex if course_id else None)
    return _files_of(session, claims, blobs_root)


def wanted_shas(db: Database, user_id: uuid.UUID) -> list[str]:
    """For the sync's blobs stage (``SyncEngine(wanted_blobs=...)``): the grader's files, most needed
    first."""
    with db.session() as s:
        return [f.sha256 for f in grader_files(s, user_id, None)]


def submission_files(
    session: Session, submission_ids: Iterable[uuid.UUID], blobs_root: Path | None
) -> dict[uuid.UUID, FilesState]:
    """Per submission, how many files it has, how big, and what is not on this computer yet (for the
    rows a queue shows: a page at a time)."""
    ids = {sid.hex: sid for sid in submission_ids}
    rows: list[Row] = []
    keys = list(ids.values())
    for i in range(0, len(keys), 500):
        chunk = sa.select(_as_text(Submission.id), FILES).where(Submission.id.in_(keys[i : i + 500]))
        rows.extend((r[0], r[0], r[1], False) for r in session.execute(chunk))
    claims = _claims(rows)
    items = {i.sha256: i for i in items_for(session, [c[3] for c in claims], blobs_root)}
    sums: dict[str, list[int]] = {}
    for sid, _cid, _name, sha, size, _mime, _review in claims:
        item = items[sha]
        size = item.size if item.known else size
        total = sums.setdefault(sid, [0, 0, 0, 0])
        total[0] += 1
        total[1] += size
        if not item.present:
            total[2] += 1
            total[3] += size
    return {ids[sid]: FilesState(*numbers) for sid, numbers in sums.items() if sid in ids}
