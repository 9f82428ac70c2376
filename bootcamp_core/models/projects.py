"""Collaborative design (seed section 5): design projects, their teams and versioned assets."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import ASSET_TYPE, PROJECT_STATUS, PROJECT_TYPE, TEAM_ROLE

if TYPE_CHECKING:
    from .courses import Course
    from .users import User


class DesignProject(SyncedMixin, Base):
    __tablename__ = "design_projects"

    id: Mapped[uuid.UUID] = uuid_pk()
    title: Mapped[str] = mapped_column(sa.String(255))
    description: Mapped[str]
    project_brief: Mapped[str | None]
    course_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("courses.id"), index=True)
    module_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("modules.id"))
    project_type: Mapped[str | None] = mapped_column(enum_type("project_type", PROJECT_TYPE))
    max_team_size: Mapped[int | None] = mapped_column(default=4, server_default="4")
    client_organization: Mapped[str | None] = mapped_column(sa.String(255))
    project_domain: Mapped[str | None] = mapped_column(sa.String(100))
    technologies: Mapped[list[str] | None]
    deliverables: Mapped[dict[str, Any] | None]
    timeline_weeks: Mapped[int | None]
    status: Mapped[str | None] = mapped_column(enum_type("project_status", PROJECT_STATUS))
    created_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    course: Mapped[Course | None] = relationship()
    team: Mapped[list[ProjectTeam]] = relationship(back_populates="project", passive_deletes=True)
    assets: Mapped[list[DesignAsset]] = relationship(back_populates="project", passive_deletes=True)


class ProjectTeam(SyncedMixin, Base):
    __tablename__ = "project_teams"
    __table_args__ = (
        sa.Index("idx_project_user", "project_id", "user_id"),
        sa.UniqueConstraint("project_id", "user_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("design_projects.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str | None] = mapped_column(enum_type("team_role", TEAM_ROLE))
    joined_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    is_active: Mapped[bool | None] = mapped_column(default=True, server_default=sa.true())
    contribution_score: Mapped[Decimal | None] = mapped_column(sa.Numeric(3, 2))

    project: Mapped[DesignProject] = relationship(back_populates="team")
    user: Mapped[User] = relationship()


class DesignAsset(SyncedMixin, Base):
    __tablename__ = "design_assets"

    id: Mapped[uuid.UUID] = uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("design_projects.id", ondelete="CASCADE"), index=True
    )
    uploaded_by: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    asset_type: Mapped[str | None] = mapped_column(enum_type("asset_type", ASSET_TYPE))
    file_name: Mapped[str] = mapped_column(sa.String(255))
    file_url: Mapped[str]
    file_size_bytes: Mapped[int | None] = mapped_column(sa.BigInteger())
    mime_type: Mapped[str | None] = mapped_column(sa.String(100))
    version: Mapped[int | None] = mapped_column(default=1, server_default="1")
    is_final: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    description: Mapped[str | None]
    tags: Mapped[list[str] | None]
    figma_file_key: Mapped[str | None] = mapped_column(sa.String(255))
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    project: Mapped[DesignProject] = relationship(back_populates="assets")
    uploader: Mapped[User] = relationship()
