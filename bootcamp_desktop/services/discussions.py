"""Discussions: threads per course, lesson and project, nested replies, solutions and helpful votes.

Posting works offline: a thread or reply is written to the replica with its outbox entry and goes to
the server at the next sync; until then it is shown as waiting to be sent (``pending``). ``reply_count``
counts every reply of a thread, nested ones too: the server keeps it (and the thread's ``updated_at``,
its last activity) as it applies replies; the replica adds its own new reply at once. ``view_count`` and
``helpful_votes`` change only by increments. The thread's author (or course staff) marks one reply as the solution; a
thread with a solution is resolved.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Course,
    CourseStaff,
    DesignProject,
    Discussion,
    DiscussionReply,
    Enrollment,
    Lesson,
    Module,
    OutboxEntry,
    ProjectTeam,
    User,
    utcnow,
)
from bootcamp_core.models.enums import DISCUSSION_TYPE
from bootcamp_desktop.sync.outbox import increment

from . import local_state

MAX_TITLE = 255


class PostError(ValueError):
    pass


@dataclass(frozen=True)
class Scope:
    """Where a thread lives: a course (optionally one of its modules or lessons) or a design project."""

    course_id: uuid.UUID | None = None
    module_id: uuid.UUID | None = None
    lesson_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Place:
    label: str
    scope: Scope


@dataclass(frozen=True)
class ThreadRow:
    thread_id: uuid.UUID
    title: str
    author: str
    discussion_type: str | None
    where: str
    replies: int
    views: int
    pinned: bool
    resolved: bool
    created_at: dt.datetime | None
    last_activity: dt.datetime | None
    pending: bool


@dataclass(frozen=True)
class ReplyRow:
    reply_id: uuid.UUID
    parent_id: uuid.UUID | None
    author: str
    content: str
    is_solution: bool
    helpful_votes: int
    created_at: dt.datetime | None
    depth: int
    pending: bool


@dataclass(frozen=True)
class ThreadDetail:
    thread_id: uuid.UUID
    title: str
    content: str
    author: str
    author_id: uuid.UUID
    discussion_type: str | None
    where: str
    resolved: bool
    created_at: dt.datetime | None
    views: int
    replies: list[ReplyRow]
    pending: bool
    can_mark_solution: bool


def pending_ids(session: Session, table: str, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Rows with a local change that the server has not confirmed yet."""
    if not ids:
        return set()
    return set(
        session.scalars(
            sa.select(OutboxEntry.row_id).where(
                OutboxEntry.table_name == table,
                OutboxEntry.state.in_(("pending", "sent")),
                OutboxEntry.row_id.in_(ids),
            )
        )
    )


def places(session: Session, user_id: uuid.UUID) -> list[Place]:
    """Where the learner can read and post: their courses, and their design projects."""
    out = [
        Place(t, Scope(course_id=cid))
        for cid, t in session.execute(
            sa.select(Course.id, Course.title)
            .join(Enrollment, Enrollment.course_id == Course.id)
            .where(Enrollment.user_id == user_id)
            .order_by(Course.title)
        )
    ]
    out += [
        Place(t, Scope(project_id=pid))
        for pid, t in session.execute(
            sa.select(DesignProject.id, DesignProject.title)
            .join(ProjectTeam, ProjectTeam.project_id == DesignProject.id)
            .where(ProjectTeam.user_id == user_id)
            .order_by(DesignProject.title)
        )
    ]
    return out


def _where(session: Session, d: Discussion) -> str:
    if d.lesson_id:
        return session.scalar(sa.select(Lesson.title).where(Lesson.id == d.lesson_id)) or ""
    if d.module_id:
        return session.scalar(sa.select(Module.title).where(Module.id == d.module_id)) or ""
    if d.project_id:
        return session.scalar(sa.select(DesignProject.title).where(DesignProject.id == d.project_id)) or ""
    return "Whole course"


def threads(session: Session, scope: Scope, query: str = "") -> list[ThreadRow]:
    q = sa.select(Discussion, User.full_name).join(User, User.id == Discussion.author_id)
    if scope.project_id:
        q = q.where(Discussion.project_id == scope.project_id)
    elif scope.lesson_id:
        q = q.where(Discussion.lesson_id == scope.lesson_id)
    elif scope.module_id:
        q = q.where(Discussion.module_id == scope.module_id)
    elif scope.course_id:
        q = q.where(Discussion.course_id == scope.course_id)
    rows = session.execute(q.order_by(Discussion.is_pinned.desc(), Discussion.created_at.desc())).all()
    words = query.casefold().split()
    rows = [r for r in rows if all(w in f"{r[0].title} {r[0].content}".casefold() for w in words)]
    last = (
        dict(
            session.execute(
                sa.select(DiscussionReply.discussion_id, sa.func.max(DiscussionReply.created_at))
                .where(DiscussionReply.discussion_id.in_([r[0].id for r in rows]))
                .group_by(DiscussionReply.discussion_id)
            ).all()
        )
        if rows
        else {}
    )
    pending = pending_ids(session, "discussions", [r[0].id for r in rows])
    return [
        ThreadRow(
            d.id,
            d.title,
            name,
            d.discussion_type,
            _where(session, d),
            d.reply_count or 0,
            d.view_count or 0,
            bool(d.is_pinned),
            bool(d.is_resolved),
            d.created_at,
            last.get(d.id) or d.created_at,
            d.id in pending,
        )
        for d, name in rows
    ]


def _is_staff(session: Session, user_id: uuid.UUID, course_id: uuid.UUID | None) -> bool:
    if course_id is None:
        return False
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(CourseStaff)
            .where(CourseStaff.course_id == course_id, CourseStaff.user_id == user_id)
        )
        > 0
    )


def thread_detail(session: Session, user_id: uuid.UUID, thread_id: uuid.UUID) -> ThreadDetail:
    d = session.get(Discussion, thread_id)
    if d is None:
        raise LookupError("this thread is not in the replica")
    names = dict(
        session.execute(
            sa.select(User.id, User.full_name).where(
                User.id.in_(
                    sa.select(DiscussionReply.author_id)
                    .where(DiscussionReply.discussion_id == thread_id)
                    .union(sa.select(sa.literal(d.author_id)))
                )
            )
        ).all()
    )
    replies = session.scalars(
        sa.select(DiscussionReply)
        .where(DiscussionReply.discussion_id == thread_id)
        .order_by(DiscussionReply.created_at)
    ).all()
    pending = pending_ids(session, "discussion_replies", [r.id for r in replies])
    children: dict[uuid.UUID | None, list[DiscussionReply]] = {}
    ids = {r.id for r in replies}
    for r in replies:
        parent = r.parent_reply_id if r.parent_reply_id in ids else None
        children.setdefault(parent, []).append(r)
    ordered: list[ReplyRow] = []

    def walk(parent: uuid.UUID | None, depth: int) -> None:
        for r in children.get(parent, []):
            ordered.append(
                ReplyRow(
                    r.id,
                    r.parent_reply_id,
                    names.get(r.author_id, ""),
                    r.content,
                    bool(r.is_solution),
                    r.helpful_votes or 0,
                    r.created_at,
                    depth,
                    r.id in pending,
                )
            )
            walk(r.id, depth + 1)

    walk(None, 0)
    return ThreadDetail(
        d.id,
        d.title,
        d.content,
        names.get(d.author_id, ""),
        d.author_id,
        d.discussion_type,
        _where(session, d),
        bool(d.is_resolved),
        d.created_at,
        d.view_count or 0,
        ordered,
        d.id in pending_ids(session, "discussions", [d.id]),
        d.author_id == user_id or _is_staff(session, user_id, d.course_id),
    )


def record_view(session: Session, thread_id: uuid.UUID) -> None:
    d = session.get(Discussion, thread_id)
    if d is not None:
        increment(session, d, "view_count", 1)


def _clean(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise PostError(f"The {what} is empty: write something first.")
    return text


def post_thread(
    session: Session,
    user_id: uuid.UUID,
    scope: Scope,
    title: str,
    content: str,
    discussion_type: str = "question",
) -> uuid.UUID:
    title, content = _clean(title, "title"), _clean(content, "message")
    if len(title) > MAX_TITLE:
        raise PostError(f"The title is longer than {MAX_TITLE} characters.")
    if discussion_type not in DISCUSSION_TYPE:
        raise PostError(f"unknown discussion type {discussion_type!r}")
    if scope.course_id is None and scope.project_id is None:
        raise PostError("Choose a course or a project for the thread.")
    course_id = scope.course_id
    if scope.project_id and course_id is None:
        course_id = session.scalar(
            sa.select(DesignProject.course_id).where(DesignProject.id == scope.project_id)
        )
    if scope.lesson_id and course_id is None:
        course_id = session.scalar(
            sa.select(Module.course_id).join(Lesson).where(Lesson.id == scope.lesson_id)
        )
    now = utcnow()
    d = Discussion(
        course_id=course_id,
        module_id=scope.module_id,
        lesson_id=scope.lesson_id,
        project_id=scope.project_id,
        author_id=user_id,
        title=title,
        content=content,
        discussion_type=discussion_type,
        is_pinned=False,
        is_resolved=False,
        view_count=0,
        reply_count=0,
        created_at=now,
        updated_at=now,
    )
    session.add(d)
    session.flush()
    return d.id


def reply(
    session: Session,
    user_id: uuid.UUID,
    thread_id: uuid.UUID,
    content: str,
    parent_reply_id: uuid.UUID | None = None,
) -> uuid.UUID:
    content = _clean(content, "reply")
    d = session.get(Discussion, thread_id)
    if d is None:
        raise LookupError("this thread is not in the replica")
    if parent_reply_id is not None:
        parent = session.get(DiscussionReply, parent_reply_id)
        if parent is None or parent.discussion_id != thread_id:
            raise PostError("the reply you answer is not in this thread")
    now = utcnow()
    r = DiscussionReply(
        discussion_id=thread_id,
        author_id=user_id,
        parent_reply_id=parent_reply_id,
        content=content,
        is_solution=False,
        helpful_votes=0,
        created_at=now,
        updated_at=now,
    )
    session.add(r)
    # Shown in the thread's count at once; the server counts the reply when it applies it, so a reply to
    # someone else's thread writes nothing of theirs (``protocol.tables.DERIVED``).
    increment(session, d, "reply_count", 1)
    session.flush()
    return r.id


def mark_solution(session: Session, user_id: uuid.UUID, reply_id: uuid.UUID) -> None:
    r = session.get(DiscussionReply, reply_id)
    if r is None:
        raise LookupError("this reply is not in the replica")
    d = session.get(Discussion, r.discussion_id)
    assert d is not None
    if d.author_id != user_id and not _is_staff(session, user_id, d.course_id):
        raise PermissionError("Only the person who asked (or the course staff) can mark the solution.")
    for other in session.scalars(
        sa.select(DiscussionReply).where(
            DiscussionReply.discussion_id == d.id,
            DiscussionReply.is_solution.is_(True),
            DiscussionReply.id != r.id,
        )
    ):
        other.is_solution = False
    r.is_solution = True
    now = utcnow()
    d.is_resolved, d.resolved_by, d.resolved_at, d.updated_at = True, user_id, now, now
    session.flush()


class AlreadyVotedError(PostError):
    pass


def vote_helpful(session: Session, state_dir: Path, user_id: uuid.UUID, reply_id: uuid.UUID) -> int:
    """One more helpful vote; a person votes once per reply (remembered on this computer, see
    ``local_state``) and never for their own reply. Returns the new count."""
    r = session.get(DiscussionReply, reply_id)
    if r is None:
        raise LookupError("this reply is not in the replica")
    if r.author_id == user_id:
        raise AlreadyVotedError("You cannot vote for your own reply.")
    if local_state.has_voted(state_dir, user_id, reply_id):
        raise AlreadyVotedError("You already marked this reply as helpful.")
    increment(session, r, "helpful_votes", 1)
    session.flush()
    local_state.remember_vote(state_dir, user_id, reply_id)
    return r.helpful_votes or 0
