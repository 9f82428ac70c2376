"""Assessment (seed section 4): assignments within lessons, and learners' submissions.

``assignments.rubric`` is validated against the published rubric JSON Schema on every write
(see ``rubric.py``), so a malformed rubric never reaches the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import ASSIGNMENT_TYPE, SUBMISSION_STATUS
from .rubric import validate_rubric

if TYPE_CHECKING:
    from .courses import Lesson
    from .feedback import InstructorFeedback, PeerReview
    from .users import User


class Assignment(SyncedMixin, Base):
    __tablename__ = "assignments"

    id: Mapped[uuid.UUID] = uuid_pk()
    lesson_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("lessons.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(255))
    description: Mapped[str]
    instructions: Mapped[str | None]
    assignment_type: Mapped[str | None] = mapped_column(enum_type("assignment_type", ASSIGNMENT_TYPE))
    max_score: Mapped[Decimal | None] = mapped_column(sa.Numeric(5, 2))
    passing_score: Mapped[Decimal | None] = mapped_column(sa.Numeric(5, 2))
    due_date: Mapped[dt.datetime | None]
    time_limit_minutes: Mapped[int | None]
    submission_format: Mapped[dict[str, Any] | None]
    rubric: Mapped[dict[str, Any] | None]
    is_graded_automatically: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    lesson: Mapped[Lesson] = relationship(back_populates="assignments")
    submissions: Mapped[list[Submission]] = relationship(back_populates="assignment", passive_deletes=True)

    @validates("rubric")
    def _check_rubric(self, key: str, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            validate_rubric(value)
        return value


class Submission(SyncedMixin, Base):
    __tablename__ = "submissions"
    __table_args__ = (
        sa.Index("idx_assignment_user", "assignment_id", "user_id"),
        sa.Index("idx_status", "status"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    assignment_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("assignments.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    submission_content: Mapped[dict[str, Any] | None]
    submitted_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    status: Mapped[str | None] = mapped_column(enum_type("submission_status", SUBMISSION_STATUS))
    score: Mapped[Decimal | None] = mapped_column(sa.Numeric(5, 2))
    feedback: Mapped[str | None]
    graded_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    graded_at: Mapped[dt.datetime | None]
    revision_count: Mapped[int | None] = mapped_column(default=0, server_default="0")
    final_submission: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())

    assignment: Mapped[Assignment] = relationship(back_populates="submissions")
    user: Mapped[User] = relationship(foreign_keys=[user_id])
    grader: Mapped[User | None] = relationship(foreign_keys=[graded_by])
    peer_reviews: Mapped[list[PeerReview]] = relationship(back_populates="submission", passive_deletes=True)
    instructor_feedback: Mapped[list[InstructorFeedback]] = relationship(
        back_populates="submission", passive_deletes=True
    )
