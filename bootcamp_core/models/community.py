"""Community (seed section 6): discussions per course, module, lesson or project, with nested replies."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import DISCUSSION_TYPE

if TYPE_CHECKING:
    from .users import User


class Discussion(SyncedMixin, Base):
    __tablename__ = "discussions"

    id: Mapped[uuid.UUID] = uuid_pk()
    course_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("courses.id"), index=True)
    module_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("modules.id"))
    lesson_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("lessons.id"))
    project_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("design_projects.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(sa.String(255))
    content: Mapped[str]
    discussion_type: Mapped[str | None] = mapped_column(enum_type("discussion_type", DISCUSSION_TYPE))
    is_pinned: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    is_resolved: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    resolved_at: Mapped[dt.datetime | None]
    view_count: Mapped[int | None] = mapped_column(default=0, server_default="0")
    reply_count: Mapped[int | None] = mapped_column(default=0, server_default="0")
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    author: Mapped[User] = relationship(foreign_keys=[author_id])
    replies: Mapped[list[DiscussionReply]] = relationship(back_populates="discussion", passive_deletes=True)


class DiscussionReply(SyncedMixin, Base):
    __tablename__ = "discussion_replies"

    id: Mapped[uuid.UUID] = uuid_pk()
    discussion_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("discussions.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    parent_reply_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("discussion_replies.id"))
    content: Mapped[str]
    is_solution: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    helpful_votes: Mapped[int | None] = mapped_column(default=0, server_default="0")
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    discussion: Mapped[Discussion] = relationship(back_populates="replies")
    author: Mapped[User] = relationship()
    parent: Mapped[DiscussionReply | None] = relationship(remote_side=[id])
