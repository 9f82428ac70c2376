"""Users and their profiles (seed section 1), and the roles DESIGN.md adds.

The seed has no notion of who may do what; DESIGN.md adds ``user_roles`` (a user may hold several
platform-wide roles) and, in ``courses``, ``course_staff`` (who teaches or facilitates which course),
so access can be decided per course.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import DESIGN_EXPERIENCE_LEVEL, LEARNING_STYLE, ROLE

if TYPE_CHECKING:
    from .enrolment import Enrollment


class User(SyncedMixin, Base):
    __tablename__ = "users"
    __table_args__ = (
        sa.Index("idx_fataplus_user_id", "fataplus_user_id"),
        sa.Index("idx_email", "email"),
        sa.Index("idx_design_experience", "design_experience_level"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    fataplus_user_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid())
    email: Mapped[str] = mapped_column(sa.String(255), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(255))
    avatar_url: Mapped[str | None]
    bio: Mapped[str | None]
    location: Mapped[dict[str, Any] | None]
    professional_background: Mapped[dict[str, Any] | None]
    design_experience_level: Mapped[str | None] = mapped_column(
        enum_type("design_experience_level", DESIGN_EXPERIENCE_LEVEL)
    )
    agricultural_experience: Mapped[dict[str, Any] | None]
    language_preferences: Mapped[list[str] | None]
    timezone: Mapped[str | None] = mapped_column(sa.String(50), default="UTC", server_default="UTC")
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    is_active: Mapped[bool | None] = mapped_column(default=True, server_default=sa.true())
    last_login_at: Mapped[dt.datetime | None]

    profile: Mapped[UserProfile | None] = relationship(
        back_populates="user", passive_deletes=True, uselist=False
    )
    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", passive_deletes=True, foreign_keys="UserRole.user_id"
    )
    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="user", passive_deletes=True)

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class UserProfile(SyncedMixin, Base):
    __tablename__ = "user_profiles"

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    portfolio_url: Mapped[str | None]
    linkedin_url: Mapped[str | None]
    github_url: Mapped[str | None]
    design_tools_proficiency: Mapped[dict[str, Any] | None]
    agricultural_domains: Mapped[dict[str, Any] | None]
    learning_goals: Mapped[list[str] | None]
    preferred_learning_style: Mapped[str | None] = mapped_column(
        enum_type("preferred_learning_style", LEARNING_STYLE)
    )
    availability_hours: Mapped[dict[str, Any] | None]
    mentorship_availability: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    user: Mapped[User] = relationship(back_populates="profile")


class UserRole(SyncedMixin, Base):
    """Added by DESIGN.md: a platform-wide role held by a user (learner, instructor, facilitator, admin).

    Roles decide what a user's replica receives and what the server lets them write; a user may hold
    several (an instructor who also takes a course is a learner there).
    """

    __tablename__ = "user_roles"
    __table_args__ = (sa.UniqueConstraint("user_id", "role"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(enum_type("user_role", ROLE))
    granted_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    user: Mapped[User] = relationship(back_populates="roles", foreign_keys=[user_id])
