"""The signed-in user as the access rules see them: id, platform roles, and the courses they staff."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import CourseStaff, User, UserRole

from ..db import Context


@dataclass(frozen=True)
class Principal:
    user_id: uuid.UUID
    email: str
    full_name: str
    roles: frozenset[str] = frozenset()
    # course id -> staff role (instructor, facilitator, assistant)
    staff: dict[uuid.UUID, str] = field(default_factory=dict)

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles

    @property
    def context(self) -> Context:
        return Context(user_id=self.user_id, admin=self.is_admin)

    def staffs(self, course_id: uuid.UUID | None) -> bool:
        return course_id is not None and course_id in self.staff

    def teaches(self, course_id: uuid.UUID | None) -> bool:
        """May grade in the course: its instructor or assistant."""
        return course_id is not None and self.staff.get(course_id) in ("instructor", "assistant")

    def authors(self, course_id: uuid.UUID | None) -> bool:
        """May write the course's content: its instructor."""
        return course_id is not None and self.staff.get(course_id) == "instructor"


def load_principal(session: Session, user_id: uuid.UUID) -> Principal | None:
    """Read a user's roles and staff memberships (in a transaction that may read them)."""
    user = session.execute(
        sa.select(User.id, User.email, User.full_name, User.is_active).where(User.id == user_id)
    ).first()
    if user is None or user.is_active is False:
        return None
    roles = frozenset(session.scalars(sa.select(UserRole.role).where(UserRole.user_id == user_id)))
    staff = dict(
        session.execute(
            sa.select(CourseStaff.course_id, CourseStaff.staff_role).where(CourseStaff.user_id == user_id)
        ).all()
    )
    return Principal(user_id=user.id, email=user.email, full_name=user.full_name, roles=roles, staff=staff)
