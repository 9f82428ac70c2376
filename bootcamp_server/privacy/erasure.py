"""Erasure of a user's personal data, reaching every replica as tombstones.

In one transaction, as the schema owner (it touches other people's rows):
1. what others still need keeps its place but loses the person: their discussions and replies stay
   (so the threads of others survive) with the author set to the *former member* placeholder and the
   text removed; their design assets and the feedback they gave as an instructor move to the
   placeholder; nullable references to them (grader, creator, resolver) become NULL;
2. their peer reviews and the user row are deleted; ON DELETE CASCADE removes the rest (profile, roles,
   enrolments, progress, submissions and the feedback on them, certificates, analytics, tokens); the
   change-log triggers write a tombstone for every deleted row, which every replica pulls;
3. older change-log images of every row touched are purged (they hold the personal data), and so are
   the ``before``/``after`` of audit entries about them; files only they referred to are deleted;
4. the erasure itself is audited with the actor's id and the erased id, nothing else.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Blob,
    Course,
    DesignAsset,
    DesignProject,
    Discussion,
    DiscussionReply,
    InstructorFeedback,
    PeerReview,
    Submission,
    User,
)
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID, FORMER_MEMBER_ID

from ..audit import record
from ..blobstore import BlobStore
from ..db import ServerDB
from ..models import AuditLog, BlobUpload, ChangeLogEntry, SyncClientRecord, SyncCounter

REMOVED = "[removed at the author's request]"
BLOB_REF = re.compile(r"blob:sha256:([0-9a-f]{64})")


def ensure_former_member(s: Session) -> None:
    if s.get(User, FORMER_MEMBER_ID) is None:
        s.add(
            User(
                id=FORMER_MEMBER_ID,
                fataplus_user_id=uuid.UUID(int=0),
                email="former-member@users.invalid",
                full_name="Former member",
                is_active=False,
            )
        )
        s.flush()


def _this_txn(s: Session, is_pg: bool) -> Any:
    c = ChangeLogEntry
    if is_pg:
        return sa.and_(c.seq.is_(None), c.txid == sa.text("pg_current_xact_id()::text::bigint"))
    current = s.execute(sa.select(SyncCounter.value).where(SyncCounter.name == "change_seq")).scalar()
    return c.seq == current


def erase_user(
    sdb: ServerDB, user_id: uuid.UUID, actor_id: uuid.UUID | None, store: BlobStore
) -> dict[str, int]:
    with sdb.owner() as s:
        if s.get(User, user_id) is None:
            raise LookupError("no such user")
        if user_id in (FORMER_MEMBER_ID, ANONYMOUS_ID):
            raise ValueError("a placeholder cannot be erased")
        ensure_former_member(s)
        s.execute(
            sa.update(Discussion)
            .where(Discussion.author_id == user_id)
            .values(author_id=FORMER_MEMBER_ID, title=REMOVED, content=REMOVED)
        )
        s.execute(
            sa.update(DiscussionReply)
            .where(DiscussionReply.author_id == user_id)
            .values(author_id=FORMER_MEMBER_ID, content=REMOVED)
        )
        s.execute(sa.update(Discussion).where(Discussion.resolved_by == user_id).values(resolved_by=None))
        s.execute(
            sa.update(DesignAsset)
            .where(DesignAsset.uploaded_by == user_id)
            .values(uploaded_by=FORMER_MEMBER_ID)
        )
        s.execute(
            sa.update(InstructorFeedback)
            .where(InstructorFeedback.instructor_id == user_id)
            .values(instructor_id=FORMER_MEMBER_ID)
        )
        s.execute(sa.update(Submission).where(Submission.graded_by == user_id).values(graded_by=None))
        s.execute(sa.update(Course).where(Course.created_by == user_id).values(created_by=None))
        s.execute(sa.update(DesignProject).where(DesignProject.created_by == user_id).values(created_by=None))
        s.execute(sa.delete(PeerReview).where(PeerReview.reviewer_id == user_id))
        s.execute(
            sa.delete(SyncClientRecord).where(SyncClientRecord.user_id == user_id)
        )  # their replicas' syncs
        s.execute(sa.delete(User).where(User.id == user_id))
        s.flush()
        mine = _this_txn(s, sdb.is_pg)
        touched = set(s.scalars(sa.select(ChangeLogEntry.row_id).where(mine)))
        deleted = set(s.scalars(sa.select(ChangeLogEntry.row_id).where(mine, ChangeLogEntry.op == "delete")))
        # Files the erased rows referred to, read from their last images before those are purged.
        shas: set[str] = set()
        old = sa.and_(ChangeLogEntry.row_id.in_(deleted), sa.not_(mine))
        for image in s.scalars(sa.select(ChangeLogEntry.row).where(old)):
            shas.update(BLOB_REF.findall(str(image)))
        purged = s.execute(sa.delete(ChangeLogEntry).where(ChangeLogEntry.row_id.in_(touched), sa.not_(mine)))
        s.execute(
            sa.update(AuditLog)
            .where(sa.or_(AuditLog.row_id.in_(touched), AuditLog.row_id == user_id))
            .values(before=None, after=None)
        )
        record(
            s,
            actor_id=actor_id,
            action="users.erase",
            table="users",
            row_id=user_id,
            reason="erasure of personal data",
        )
        removed_files = 0
        for sha in shas:
            like = f"%blob:sha256:{sha}%"
            still = s.execute(
                sa.select(ChangeLogEntry.id)
                .where(sa.cast(ChangeLogEntry.row, sa.Text).like(like), ChangeLogEntry.op == "upsert")
                .limit(1)
            ).first()
            if still is None:
                s.execute(sa.delete(Blob).where(Blob.sha256 == sha))
                s.execute(sa.delete(BlobUpload).where(BlobUpload.sha256 == sha))
                store.path(sha).unlink(missing_ok=True)
                removed_files += 1
        return {
            "rows_touched": len(touched),
            "rows_deleted": len(deleted),
            "log_entries_purged": int(purged.rowcount or 0),
            "files_removed": removed_files,
        }  # type: ignore[attr-defined]
