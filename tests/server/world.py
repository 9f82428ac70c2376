"""A small bootcamp for the server tests: people in every role, courses they learn in or staff, tokens.

- learner, learner2: learners; learner is enrolled in course c1, learner2 in c1 and c2.
- instructor: platform instructor, instructor of c1 (and its creator); facilitator: facilitator of c1.
- instructor2: instructor and creator of c2 (published) and c3 (draft). admin: admin.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bootcamp_core.models import (
    Assignment,
    Base,
    Course,
    CourseStaff,
    Enrollment,
    Lesson,
    Module,
    User,
    UserRole,
    uuid7,
)
from bootcamp_server.cli import set_password
from bootcamp_server.db import ServerDB
from bootcamp_server.oauth.tokens import issue_access_token

PASSWORD = "correct horse battery"
ROLES = ("learner", "instructor", "facilitator", "admin")


@dataclass
class World:
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    courses: dict[str, uuid.UUID] = field(default_factory=dict)
    modules: dict[str, uuid.UUID] = field(default_factory=dict)
    lessons: dict[str, uuid.UUID] = field(default_factory=dict)
    assignments: dict[str, uuid.UUID] = field(default_factory=dict)
    enrollments: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)


def add(session: Any, obj: Base) -> Any:
    session.add(obj)
    session.flush()
    return obj


def new_user(
    sdb: ServerDB, key: str, roles: tuple[str, ...], *, password: str = PASSWORD
) -> tuple[uuid.UUID, str]:
    email = f"{key}-{uuid.uuid4().hex[:6]}@example.org"
    with sdb.owner() as s:
        u = add(
            s,
            User(
                id=uuid7(),
                fataplus_user_id=uuid.uuid4(),
                email=email,
                full_name=key.title(),
                location={"country": "MG", "city": "Antsirabe"},
                bio=f"secret bio of {key}",
            ),
        )
        for role in roles:
            add(s, UserRole(id=uuid7(), user_id=u.id, role=role))
    set_password(sdb, u.id, password)
    return u.id, email


def token_for(sdb: ServerDB, user_id: uuid.UUID, seconds: int = 3600) -> str:
    with sdb.owner() as s:
        return issue_access_token(s, user_id, seconds).access_token


def add_course(sdb: ServerDB, w: World, key: str, creator: str, *, published: bool) -> None:
    with sdb.owner() as s:
        c = add(
            s,
            Course(
                id=uuid7(),
                title=f"Course {key}",
                slug=f"{key}-{uuid.uuid4().hex[:6]}",
                description="d",
                estimated_duration_hours=4,
                published=published,
                created_by=w.users[creator],
            ),
        )
        m = add(s, Module(id=uuid7(), course_id=c.id, title=f"Module {key}", module_order=1))
        les = add(
            s, Lesson(id=uuid7(), module_id=m.id, title=f"Lesson {key}", lesson_order=1, content_type="text")
        )
        a = add(
            s,
            Assignment(
                id=uuid7(),
                lesson_id=les.id,
                title=f"Assignment {key}",
                description="do it",
                max_score=Decimal(100),
                due_date=dt.datetime.now(dt.UTC),
            ),
        )
    w.courses[key], w.modules[key], w.lessons[key], w.assignments[key] = c.id, m.id, les.id, a.id


def new_assignment(sdb: ServerDB, w: World, course: str) -> uuid.UUID:
    """Another assignment in ``course``'s lesson: a learner keeps one submission per assignment (the merge key
    of ``protocol.tables.MERGE_KEYS``), so a test that starts a submission of its own takes a fresh one."""
    with sdb.owner() as s:
        a = add(
            s,
            Assignment(
                id=uuid7(),
                lesson_id=w.lessons[course],
                title=f"Assignment {uuid.uuid4().hex[:6]}",
                description="do it",
                max_score=Decimal(100),
                due_date=dt.datetime.now(dt.UTC),
            ),
        )
    return a.id


def staff(sdb: ServerDB, w: World, course: str, user: str, role: str) -> None:
    with sdb.owner() as s:
        add(s, CourseStaff(id=uuid7(), course_id=w.courses[course], user_id=w.users[user], staff_role=role))


def enrol(sdb: ServerDB, w: World, course: str, user: str) -> uuid.UUID:
    with sdb.owner() as s:
        e = add(
            s,
            Enrollment(
                id=uuid7(), user_id=w.users[user], course_id=w.courses[course], enrollment_status="enrolled"
            ),
        )
    w.enrollments[(user, course)] = e.id
    return e.id


def build_world(sdb: ServerDB) -> World:
    w = World()
    for key, roles in (
        ("learner", ("learner",)),
        ("learner2", ("learner",)),
        ("instructor", ("instructor",)),
        ("facilitator", ("facilitator",)),
        ("instructor2", ("instructor",)),
        ("admin", ("admin",)),
    ):
        w.users[key], w.emails[key] = new_user(sdb, key, roles)
    add_course(sdb, w, "c1", "instructor", published=True)
    add_course(sdb, w, "c2", "instructor2", published=True)
    add_course(sdb, w, "c3", "instructor2", published=False)
    staff(sdb, w, "c1", "instructor", "instructor")
    staff(sdb, w, "c1", "facilitator", "facilitator")
    staff(sdb, w, "c2", "instructor2", "instructor")
    staff(sdb, w, "c3", "instructor2", "instructor")
    enrol(sdb, w, "c1", "learner")
    enrol(sdb, w, "c1", "learner2")
    enrol(sdb, w, "c2", "learner2")
    for key, user_id in w.users.items():
        w.tokens[key] = token_for(sdb, user_id)
    return w
