"""Rows for the access matrix, built inside one rolled-back transaction per case, as the schema owner.

A fresh *mine* course M (published; created and taught by the world's instructor, facilitated by its
facilitator; the learner enrolled), a *foreign* course F (published; instructor2's), a peer learner P
enrolled in M, a third learner R in M, and a foreign learner Q enrolled in F.
Scopes: ``own`` (the actor's row in M), ``peer`` (P's row in M), ``foreign`` (Q's row in F).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import uuid7
from bootcamp_core.models.enums import ROLE
from bootcamp_core.protocol import registry

from .world import World

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
NIL = uuid.UUID(int=0)


def ins(s: Session, table: str, **values: Any) -> uuid.UUID:
    values.setdefault("id", uuid7())
    s.execute(sa.insert(registry()[table].table).values(**values))
    return values["id"]


@dataclass
class Mini:
    s: Session
    world: World
    actor: str
    M: uuid.UUID = NIL
    F: uuid.UUID = NIL
    P: uuid.UUID = NIL
    Q: uuid.UUID = NIL
    R: uuid.UUID = NIL

    def user(self, key: str) -> uuid.UUID:
        return self.world.users[key]

    @property
    def me(self) -> uuid.UUID:
        return self.user(self.actor)

    def new_user(self, name: str) -> uuid.UUID:
        uid = ins(
            self.s,
            "users",
            fataplus_user_id=uuid.uuid4(),
            email=f"{name}-{uuid.uuid4().hex[:8]}@x.org",
            full_name=name,
        )
        ins(self.s, "user_roles", user_id=uid, role="learner")
        return uid

    def course(self, creator: uuid.UUID, staff: list[tuple[uuid.UUID, str]]) -> uuid.UUID:
        c = ins(
            self.s,
            "courses",
            title="C",
            slug=f"c-{uuid.uuid4().hex}",
            description="d",
            estimated_duration_hours=1,
            published=True,
            created_by=creator,
        )
        m = ins(self.s, "modules", course_id=c, title="M", module_order=1)
        les = ins(self.s, "lessons", module_id=m, title="L", lesson_order=1)
        ins(self.s, "assignments", lesson_id=les, title="A", description="d")
        for uid, role in staff:
            ins(self.s, "course_staff", course_id=c, user_id=uid, staff_role=role)
        return c

    def build(self) -> None:
        self.M = self.course(
            self.user("instructor"),
            [(self.user("instructor"), "instructor"), (self.user("facilitator"), "facilitator")],
        )
        self.F = self.course(self.user("instructor2"), [(self.user("instructor2"), "instructor")])
        self.P, self.Q, self.R = self.new_user("peer"), self.new_user("foreigner"), self.new_user("third")
        self.enrol(self.user("learner"), self.M)
        self.enrol(self.P, self.M)
        self.enrol(self.R, self.M)
        self.enrol(self.Q, self.F)

    def enrol(self, user: uuid.UUID, course: uuid.UUID) -> uuid.UUID:
        t = registry()["enrollments"].table
        found = self.s.execute(sa.select(t.c.id).where(t.c.user_id == user, t.c.course_id == course)).scalar()
        return found or ins(
            self.s, "enrollments", user_id=user, course_id=course, enrollment_status="enrolled"
        )

    def first(self, table: str, **where: Any) -> uuid.UUID:
        t = registry()[table].table
        return self.s.execute(sa.select(t.c.id).where(*[t.c[k] == v for k, v in where.items()])).scalar_one()

    def module(self, course: uuid.UUID) -> uuid.UUID:
        return self.first("modules", course_id=course)

    def lesson(self, course: uuid.UUID) -> uuid.UUID:
        return self.first("lessons", module_id=self.module(course))

    def assignment(self, course: uuid.UUID) -> uuid.UUID:
        return self.first("assignments", lesson_id=self.lesson(course))

    def submission(self, owner: uuid.UUID, course: uuid.UUID) -> uuid.UUID:
        self.enrol(owner, course)
        return ins(
            self.s, "submissions", assignment_id=self.assignment(course), user_id=owner, status="submitted"
        )

    def project(self, course: uuid.UUID, creator: uuid.UUID) -> uuid.UUID:
        return ins(
            self.s, "design_projects", title="P", description="d", course_id=course, created_by=creator
        )

    def scope(self, scope: str) -> tuple[uuid.UUID, uuid.UUID]:
        """(owner, course) of a scope."""
        return {"own": (self.me, self.M), "peer": (self.P, self.M), "foreign": (self.Q, self.F)}[scope]


def values_for(mini: Mini, table: str, scope: str, creating: bool = False) -> dict[str, Any]:
    """A new row of ``table`` in ``scope`` (its parents inserted), not inserted itself."""
    owner, course = mini.scope(scope)
    s = mini.s
    creator = mini.user("instructor") if course == mini.M else mini.user("instructor2")
    if table == "users":
        return {"fataplus_user_id": uuid.uuid4(), "email": f"n-{uuid.uuid4().hex}@x.org", "full_name": "N"}
    if table in ("user_profiles", "fataplus_integration", "external_service_tokens"):
        extra = {
            "user_profiles": {},
            "fataplus_integration": {"fataplus_user_id": uuid.uuid4()},
            "external_service_tokens": {"service_name": f"svc-{uuid.uuid4().hex[:6]}"},
        }[table]
        return {"user_id": owner, **extra}
    if table == "user_roles":
        held = set(
            s.execute(sa.text("SELECT role::text FROM user_roles WHERE user_id = :u"), {"u": owner}).scalars()
        )
        return {"user_id": owner, "role": next(r for r in ROLE if r not in held)}
    if table == "courses":
        return {
            "title": "New",
            "slug": f"n-{uuid.uuid4().hex}",
            "description": "d",
            "estimated_duration_hours": 1,
            "published": True,
            "created_by": mini.me if scope == "own" and creating else creator,
        }
    if table == "modules":
        return {"course_id": course, "title": "New", "module_order": 7}
    if table == "lessons":
        return {"module_id": mini.module(course), "title": "New", "lesson_order": 7}
    if table == "assignments":
        return {"lesson_id": mini.lesson(course), "title": "New", "description": "d"}
    if table == "course_staff":
        return {"course_id": course, "user_id": mini.new_user("staffer"), "staff_role": "assistant"}
    if table == "enrollments":
        if owner == mini.me:
            # The actor's own enrolment, in a course they do not take yet (M may already hold one).
            t = registry()["enrollments"].table
            s.execute(sa.delete(t).where(t.c.user_id == owner, t.c.course_id == course))
        else:
            t = registry()["enrollments"].table
            s.execute(sa.delete(t).where(t.c.user_id == owner, t.c.course_id == course))
        return {"user_id": owner, "course_id": course, "enrollment_status": "enrolled"}
    if table == "lesson_progress":
        return {
            "enrollment_id": mini.enrol(owner, course),
            "lesson_id": mini.lesson(course),
            "status": "in_progress",
        }
    if table == "submissions":
        mini.enrol(owner, course)
        return {"assignment_id": mini.assignment(course), "user_id": owner, "status": "draft"}
    if table == "design_projects":
        return {
            "title": "New",
            "description": "d",
            "course_id": course,
            "created_by": mini.me if scope == "own" and mini.actor != "learner" else creator,
        }
    if table == "project_teams":
        return {"project_id": mini.project(course, creator), "user_id": owner, "role": "researcher"}
    if table == "design_assets":
        project = mini.project(course, creator)
        ins(s, "project_teams", project_id=project, user_id=owner)
        if scope == "peer":
            ins(s, "project_teams", project_id=project, user_id=mini.user("learner"))
        return {"project_id": project, "uploaded_by": owner, "file_name": "f.fig", "file_url": "https://x/f"}
    if table == "discussions":
        return {"course_id": course, "author_id": owner, "title": "T", "content": "c"}
    if table == "discussion_replies":
        thread = ins(s, "discussions", course_id=course, author_id=creator, title="T", content="c")
        return {"discussion_id": thread, "author_id": owner, "content": "r"}
    if table == "peer_reviews":
        reviewed = mini.R if course == mini.M else mini.new_user("reviewed")
        if scope == "own":
            mini.enrol(owner, course)
        return {
            "submission_id": mini.submission(reviewed, course),
            "reviewer_id": owner,
            "overall_score": Decimal("4.00"),
        }
    if table == "instructor_feedback":
        reviewed = mini.R if course == mini.M else mini.new_user("graded")
        return {
            "submission_id": mini.submission(reviewed, course),
            "instructor_id": owner,
            "overall_grade": "B",
        }
    if table == "certificates":
        return {"user_id": owner, "course_id": course, "certificate_number": f"N-{uuid.uuid4().hex[:12]}"}
    if table == "certificate_templates":
        return {"template_name": "T"}
    if table == "learning_analytics":
        return {"user_id": owner, "course_id": course, "event_type": "lesson_started"}
    if table == "platform_metrics":
        return {
            "metric_date": dt.date(2026, 1, 1) + dt.timedelta(days=uuid.uuid4().int % 3000),
            "metric_type": "dau",
            "metric_value": Decimal("1.00"),
        }
    raise KeyError(table)


# A harmless column to change, per table, for the ``update`` verb.
UPDATE_WITH: dict[str, tuple[str, Any]] = {
    "users": ("full_name", "Renamed"),
    "user_profiles": ("portfolio_url", "https://example.org"),
    "user_roles": ("granted_by", None),
    "courses": ("title", "Renamed"),
    "modules": ("title", "Renamed"),
    "lessons": ("title", "Renamed"),
    "assignments": ("title", "Renamed"),
    "course_staff": ("staff_role", "facilitator"),
    "enrollments": ("last_accessed_at", "2026-11-02T00:00:00.000000Z"),
    "lesson_progress": ("notes", "n"),
    "submissions": ("submission_content", {"text": "v2"}),
    "design_projects": ("title", "Renamed"),
    "project_teams": ("role", "developer"),
    "design_assets": ("description", "d2"),
    "discussions": ("content", "edited"),
    "discussion_replies": ("content", "edited"),
    "peer_reviews": ("detailed_feedback", "more"),
    "instructor_feedback": ("detailed_feedback", "more"),
    "certificates": ("verification_url", "https://example.org/v"),
    "certificate_templates": ("template_name", "Renamed"),
    "learning_analytics": ("device_type", "phone"),
    "platform_metrics": ("metric_value", "2.00"),
    "fataplus_integration": ("sync_status", "active"),
    "external_service_tokens": ("service_user_id", "me"),
}
