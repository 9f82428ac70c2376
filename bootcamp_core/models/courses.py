"""Course structure (seed section 2): courses contain modules, modules contain lessons.

DESIGN.md adds ``course_staff``: who teaches or facilitates a course, so that access is decided per
course (an instructor sees the submissions of the courses they teach, not all of them).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import CONTENT_TYPE, COURSE_TYPE, DIFFICULTY_LEVEL, MODULE_TYPE, STAFF_ROLE

if TYPE_CHECKING:
    from .assessment import Assignment
    from .enrolment import Enrollment
    from .users import User


class Course(SyncedMixin, Base):
    __tablename__ = "courses"
    __table_args__ = (
        sa.Index("idx_slug", "slug"),
        sa.Index("idx_category", "category"),
        sa.Index("idx_published", "published"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    title: Mapped[str] = mapped_column(sa.String(255))
    slug: Mapped[str] = mapped_column(sa.String(255), unique=True)
    description: Mapped[str]
    short_description: Mapped[str | None] = mapped_column(sa.String(500))
    learning_outcomes: Mapped[list[str] | None]
    prerequisites: Mapped[list[str] | None]
    difficulty_level: Mapped[str | None] = mapped_column(enum_type("difficulty_level", DIFFICULTY_LEVEL))
    estimated_duration_hours: Mapped[int]
    course_type: Mapped[str | None] = mapped_column(enum_type("course_type", COURSE_TYPE))
    category: Mapped[str | None] = mapped_column(sa.String(100))
    tags: Mapped[list[str] | None]
    featured: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    published: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    published_at: Mapped[dt.datetime | None]
    created_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    modules: Mapped[list[Module]] = relationship(
        back_populates="course", order_by="Module.module_order", passive_deletes=True
    )
    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="course", passive_deletes=True)
    staff: Mapped[list[CourseStaff]] = relationship(back_populates="course", passive_deletes=True)
    creator: Mapped[User | None] = relationship(foreign_keys=[created_by])


class Module(SyncedMixin, Base):
    __tablename__ = "modules"
    __table_args__ = (sa.UniqueConstraint("course_id", "module_order"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    course_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("courses.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(sa.String(255))
    description: Mapped[str | None]
    module_order: Mapped[int]
    estimated_duration_hours: Mapped[int | None]
    learning_objectives: Mapped[list[str] | None]
    module_type: Mapped[str | None] = mapped_column(enum_type("module_type", MODULE_TYPE))
    is_required: Mapped[bool | None] = mapped_column(default=True, server_default=sa.true())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    course: Mapped[Course] = relationship(back_populates="modules")
    lessons: Mapped[list[Lesson]] = relationship(
        back_populates="module", order_by="Lesson.lesson_order", passive_deletes=True
    )


class Lesson(SyncedMixin, Base):
    __tablename__ = "lessons"
    __table_args__ = (sa.UniqueConstraint("module_id", "lesson_order"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    module_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("modules.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(sa.String(255))
    description: Mapped[str | None]
    lesson_order: Mapped[int]
    content_type: Mapped[str | None] = mapped_column(enum_type("content_type", CONTENT_TYPE))
    content_url: Mapped[str | None]
    content_duration_minutes: Mapped[int | None]
    reading_time_minutes: Mapped[int | None]
    interactive_elements: Mapped[dict[str, Any] | None]
    resources: Mapped[dict[str, Any] | None]
    is_preview: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    module: Mapped[Module] = relationship(back_populates="lessons")
    assignments: Mapped[list[Assignment]] = relationship(back_populates="lesson", passive_deletes=True)


class CourseStaff(SyncedMixin, Base):
    """Added by DESIGN.md: a user who teaches (instructor), facilitates or assists in one course."""

    __tablename__ = "course_staff"
    __table_args__ = (sa.UniqueConstraint("course_id", "user_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    course_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("courses.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    staff_role: Mapped[str] = mapped_column(enum_type("staff_role", STAFF_ROLE))
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    course: Mapped[Course] = relationship(back_populates="staff")
    user: Mapped[User] = relationship()
