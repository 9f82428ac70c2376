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

from bootcamp_desktop.models import Course, DesignProject

from ..access.principal import Principal
from ..access.relations import Relations


def fingerprint(session: Session, principal: Principal) -> str:
    """16 hex digits naming the caller's scope as this snapshot sees it."""
    if principal.is_admin:
        return "a" * 16  # an administrator reads every row: nothing about them narrows it
    rel = Relations(session, principal)
    me = principal.user_id
    # The courses readable for being published or the caller's (a draft of someone else's changes nothing).
    courses = session.execute(
        sa.select(Course.id, Course.published, Course.created_by == me)
        .where(sa.or_(Course.published.is_(True), Course.created_by == me))
        .order_by(Course.id)
    ).all()
    created = session.scalars(sa.select(DesignProject.id).where(DesignProject.created_by == me)).all()
    parts = [
        "roles", *sorted(principal.roles),
        "staff", *sorted(f"{c}={r}" for c, r in principal.staff.items()),
        "enrolled", *sorted(map(str, rel.enrolled)),
        "projects", *sorted(map(str, rel.projects)), *sorted(f"created {p}" for p in created),
        "reviews", *sorted(f"{s}={int(a)}" for s, a in rel.my_reviews.items()),
        "courses", *(f"{c}:{int(bool(p))}:{int(bool(mine))}" for c, p, mine in courses),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
