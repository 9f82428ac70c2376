"""The caller's *scope*: the memberships the read rules decide other rows by, reduced to a fingerprint.

A row becomes visible (or stops being visible) to a caller without a change of its own when one of these
moves: the caller's platform roles, the courses they staff (and how), the courses they are enrolled in, the
projects they are members or creators of, the submissions they review, and which courses are published or
theirs. The pull compares the fingerprint of these with the one its cursor carries (``cursor.Cursor.scope``)
and sends the full checkpoint when they differ, so the replica repairs the tables that older rows came into
or left (docs/sync-protocol.md, "Checkpoint"). Reading them costs a few indexed queries on the caller's own
rows, whatever the size of the tables: a pull that brings k changes stays O(k).

A row that moves between courses or projects itself (a lesson to another module, a project to another course)
changes what is visible too; such a move is rare, and the replica's scheduled full verification repairs it.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, DesignProject, Enrollment, PeerReview, ProjectTeam

from ..access.principal import Principal


def fingerprint(session: Session, principal: Principal) -> str:
    """16 hex digits naming the caller's scope as this snapshot sees it (one statement: a poll pays one round
    trip for it)."""
    if principal.is_admin:
        return "a" * 16  # an administrator reads every row: nothing about them narrows it
    me = principal.user_id
    text = sa.String()
    parts = sa.union_all(
        sa.select(sa.literal("enrolled"), sa.cast(Enrollment.course_id, text)).where(
            Enrollment.user_id == me
        ),
        sa.select(sa.literal("member"), sa.cast(ProjectTeam.project_id, text)).where(
            ProjectTeam.user_id == me
        ),
        sa.select(sa.literal("created"), sa.cast(DesignProject.id, text)).where(
            DesignProject.created_by == me
        ),
        sa.select(
            sa.literal("reviews"),
            sa.cast(PeerReview.submission_id, text)
            + ":"
            + sa.cast(sa.func.coalesce(PeerReview.is_anonymous, sa.false()), text),
        ).where(PeerReview.reviewer_id == me),
        # The courses readable for being published or the caller's (a draft of someone else's changes nothing).
        sa.select(
            sa.literal("course"),
            sa.cast(Course.id, text)
            + ":"
            + sa.cast(sa.func.coalesce(Course.published, sa.false()), text)
            + ":"
            + sa.cast(Course.created_by == me, text),
        ).where(sa.or_(Course.published.is_(True), Course.created_by == me)),
    )
    found = sorted(f"{kind} {value}" for kind, value in session.execute(parts))
    mine = [
        *(f"role {r}" for r in sorted(principal.roles)),
        *(f"staff {c}={r}" for c, r in sorted(principal.staff.items(), key=lambda i: str(i[0]))),
    ]
    return hashlib.sha256("\n".join([*mine, *found]).encode()).hexdigest()[:16]
