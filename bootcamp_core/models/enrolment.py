"""Enrolment and progress (seed section 3)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import ENROLLMENT_STATUS, LESSON_PROGRESS_STATUS

if TYPE_CHECKING:
    from .courses import Course, Lesson
    from .users import User


class Enrollment(SyncedMixin, Base):
    __tablename__ = "enrollments"
    __table_args__ = (
        sa.Index("idx_user_course", "user_id", "course_id"),
        sa.Index("idx_enrollment_status", "enrollment_status"),
        sa.UniqueConstraint("user_id", "course_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    course_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("courses.id", ondelete="CASCADE"))
    enrollment_status: Mapped[str | None] = mapped_column(enum_type("enrollment_status", ENROLLMENT_STATUS))
    enrollment_date: Mapped[dt.datetime | None] = mapped_column(**now_default())
    completion_date: Mapped[dt.datetime | None]
    progress_percentage: Mapped[Decimal | None] = mapped_column(
        sa.Numeric(5, 2), default=Decimal("0"), server_default="0"
    )
    current_module_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("modules.id"))
    current_lesson_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("lessons.id"))
    time_spent_minutes: Mapped[int | None] = mapped_column(default=0, server_default="0")
    last_accessed_at: Mapped[dt.datetime | None]
    certificate_issued: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    certificate_issued_at: Mapped[dt.datetime | None]

    user: Mapped[User] = relationship(back_populates="enrollments")
    course: Mapped[Course] = relationship(back_populates="enrollments")
    lesson_progress: Mapped[list[LessonProgress]] = relationship(
        back_populates="enrollment", passive_deletes=True
    )


class LessonProgress(SyncedMixin, Base):
    __tablename__ = "lesson_progress"
    __table_args__ = (
        sa.Index("idx_enrollment_lesson", "enrollment_id", "lesson_id"),
        sa.UniqueConstraint("enrollment_id", "lesson_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    enrollment_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("enrollments.id", ondelete="CASCADE"))
    lesson_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("lessons.id", ondelete="CASCADE"))
    status: Mapped[str | None] = mapped_column(enum_type("lesson_progress_status", LESSON_PROGRESS_STATUS))
    started_at: Mapped[dt.datetime | None]
    completed_at: Mapped[dt.datetime | None]
    time_spent_minutes: Mapped[int | None] = mapped_column(default=0, server_default="0")
    attempts_count: Mapped[int | None] = mapped_column(default=0, server_default="0")
    best_score: Mapped[Decimal | None] = mapped_column(sa.Numeric(5, 2))
    notes: Mapped[str | None]

    enrollment: Mapped[Enrollment] = relationship(back_populates="lesson_progress")
    lesson: Mapped[Lesson] = relationship()
