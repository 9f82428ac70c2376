"""Who teaches what: the small shared queries of the staff screens (grading, authoring, cohort, ...).

Course staff (``course_staff``) decides per course what an instructor, assistant or facilitator sees;
an ``admin`` platform role sees every course. Teaching (may grade) is the instructor and assistant
staff roles, as in the server's access rules; authoring (may write content) is the instructor role or
having created the course.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Course, CourseStaff, User, UserRole

TEACHING_ROLES = ("instructor", "assistant")
AUTHORING_ROLES = ("instructor",)
ALL_STAFF_ROLES = ("instructor", "assistant", "facilitator")


@dataclass(frozen=True)
class CourseRef:
    course_id: uuid.UUID
    title: str
    published: bool


def platform_roles(session: Session, user_id: uuid.UUID) -> set[str]:
    return set(session.scalars(sa.select(UserRole.role).where(UserRole.user_id == user_id)))


def is_admin(session: Session, user_id: uuid.UUID) -> bool:
    return "admin" in platform_roles(session, user_id)


def staffed_course_ids(
    session: Session, user_id: uuid.UUID, staff_roles: tuple[str, ...] = ALL_STAFF_ROLES
) -> list[uuid.UUID] | None:
    """The ids of the courses ``user_id`` staffs in one of ``staff_roles``; None means every course (admin)."""
    if is_admin(session, user_id):
        return None
    ids = set(
        session.scalars(
            sa.select(CourseStaff.course_id).where(
                CourseStaff.user_id == user_id, CourseStaff.staff_role.in_(staff_roles)
            )
        )
    )
    if "instructor" in staff_roles:
        ids |= set(session.scalars(sa.select(Course.id).where(Course.created_by == user_id)))
    return sorted(ids)


def staffed_courses(
    session: Session, user_id: uuid.UUID, staff_roles: tuple[str, ...] = ALL_STAFF_ROLES
) -> list[CourseRef]:
    ids = staffed_course_ids(session, user_id, staff_roles)
    stmt = sa.select(Course.id, Course.title, Course.published).order_by(Course.title)
    if ids is not None:
        if not ids:
            return []
        stmt = stmt.where(Course.id.in_(ids))
    return [CourseRef(r[0], r[1], bool(r[2])) for r in session.execute(stmt)]


def user_timezone(session: Session, user_id: uuid.UUID | None) -> str:
    if user_id is None:
        return "UTC"
    return session.scalar(sa.select(User.timezone).where(User.id == user_id)) or "UTC"


def display_names(session: Session, user_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not user_ids:
        return {}
    return dict(session.execute(sa.select(User.id, User.full_name).where(User.id.in_(user_ids))).all())
