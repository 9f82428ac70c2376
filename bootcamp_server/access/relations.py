"""How a row relates to courses, projects and people, resolved through the database with a cache.

The access rules ask questions like "which course does this lesson belong to" or "who owns the
enrolment of this progress row"; ``Relations`` answers them inside the caller's transaction, so on
PostgreSQL it only sees what row-level security lets the caller see (an answer of ``None`` then means
"not yours to know", and the rules deny).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import (
    Assignment,
    Course,
    DesignProject,
    Discussion,
    DiscussionReply,
    Enrollment,
    Lesson,
    Module,
    PeerReview,
    ProjectTeam,
    Submission,
)

from .principal import Principal

Row = Mapping[str, Any]
# The relation the rules look up for each row of a table, by the column that names it: (column, kind).
_PREFETCH = {
    "lesson_progress": ("enrollment_id", "enrollment"),
    "peer_reviews": ("submission_id", "submission"),
    "instructor_feedback": ("submission_id", "submission"),
    "design_assets": ("project_id", "project"),
    "project_teams": ("project_id", "project"),
    "discussion_replies": ("discussion_id", "discussion"),
}


# What the rules read of a row they look up by id (besides the id): (model, columns).
_BRIEF = {
    "enrollment": (Enrollment, ("user_id", "course_id")),
    "project": (DesignProject, ("course_id", "created_by")),
    "discussion": (Discussion, ("course_id", "module_id", "lesson_id", "project_id", "author_id")),
}


# The columns of each table the lookups below read: an update that touches none of them leaves every
# answer about its row true (``forget``).
LOOKED_UP = {
    "courses": frozenset({"published", "created_by"}),
    "modules": frozenset({"course_id"}),
    "lessons": frozenset({"module_id"}),
    "assignments": frozenset({"lesson_id", "submission_format"}),
    "design_projects": frozenset({"course_id", "created_by"}),
    "discussions": frozenset({"course_id", "module_id", "lesson_id", "project_id", "author_id"}),
    "discussion_replies": frozenset({"discussion_id"}),
    "enrollments": frozenset({"user_id", "course_id"}),
    "project_teams": frozenset({"project_id", "user_id"}),
    "peer_reviews": frozenset({"submission_id", "reviewer_id", "is_anonymous"}),
    "submissions": frozenset({"user_id", "assignment_id", "status"}),
}


def _says_anonymous(submission_format: Any) -> bool:
    return isinstance(submission_format, dict) and bool(submission_format.get("anonymous_reviews"))


def _as_uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None  # not an id: the rules refuse the row that carries it


class Relations:
    def __init__(self, session: Session, principal: Principal) -> None:
        self.session = session
        self.principal = principal
        self._cache: dict[tuple[str, Any], Any] = {}
        self._enrolled: set[uuid.UUID] | None = None
        self._projects: set[uuid.UUID] | None = None
        self._my_reviews: dict[uuid.UUID, bool] | None = None
        # Called before each read of the database with the table (a whole-table lookup) or the ids it
        # reads: a push that holds writes back flushes them first (``sync/deferred.py``).
        self.before_lookup: Callable[[str | None, Iterable[Any]], None] | None = None

    def forget(self, table: str, row_id: Any, columns: Iterable[str] | None = None) -> None:
        """Drop what was looked up about a row a push has just written, so the next mutation of the same
        transaction sees it as it now is: a course created offline is followed by its author's
        ``course_staff`` row, judged by that course's creator, which the course's own check looked up
        (and found missing) before the course was inserted. ``columns``: the only columns the write may
        have changed (an update); when no lookup reads any of them, nothing is dropped (a thread's view
        count does not move it to another course)."""
        if columns is not None and not (LOOKED_UP.get(table, frozenset()) & set(columns)):
            return
        key = row_id if isinstance(row_id, uuid.UUID) or row_id is None else uuid.UUID(str(row_id))
        for cached in [k for k in self._cache if k[1] == key]:
            del self._cache[cached]
        if table == "enrollments":
            self._enrolled = None
        elif table == "project_teams":
            self._projects = None
        elif table == "peer_reviews":
            self._my_reviews = None

    def _memo(self, key: tuple[str, Any], load: Any) -> Any:
        if key not in self._cache:
            if self.before_lookup is not None:
                self.before_lookup(None, (key[1],))
            self._cache[key] = load()
        return self._cache[key]

    def _scalar(self, stmt: sa.Select[Any]) -> Any:
        return self.session.execute(stmt).scalar()

    # -- the caller's own memberships ------------------------------------------------------------
    @property
    def enrolled(self) -> set[uuid.UUID]:
        if self._enrolled is None:
            if self.before_lookup is not None:
                self.before_lookup("enrollments", ())
            self._enrolled = set(
                self.session.scalars(
                    sa.select(Enrollment.course_id).where(Enrollment.user_id == self.principal.user_id)
                )
            )
        return self._enrolled

    @property
    def projects(self) -> set[uuid.UUID]:
        if self._projects is None:
            if self.before_lookup is not None:
                self.before_lookup("project_teams", ())
            self._projects = set(
                self.session.scalars(
                    sa.select(ProjectTeam.project_id).where(ProjectTeam.user_id == self.principal.user_id)
                )
            )
        return self._projects

    @property
    def my_reviews(self) -> dict[uuid.UUID, bool]:
        """The submissions the caller reviews, each with whether that review is anonymous (``is_anonymous``):
        read once, a learner reviews a handful."""
        if self._my_reviews is None:
            if self.before_lookup is not None:
                self.before_lookup("peer_reviews", ())
            self._my_reviews = {
                r.submission_id: bool(r.is_anonymous)
                for r in self.session.execute(
                    sa.select(PeerReview.submission_id, PeerReview.is_anonymous).where(
                        PeerReview.reviewer_id == self.principal.user_id
                    )
                )
            }
        return self._my_reviews

    # -- content ------------------------------------------------------------------------------------
    def course(self, course_id: uuid.UUID | None) -> Row | None:
        if course_id is None:
            return None
        return self._memo(
            ("course", course_id),
            lambda: (
                self.session.execute(
                    sa.select(Course.id, Course.published, Course.created_by).where(Course.id == course_id)
                )
                .mappings()
                .first()
            ),
        )

    def published(self, course_id: uuid.UUID | None) -> bool:
        c = self.course(course_id)
        return bool(c and c["published"])

    def course_creator(self, course_id: uuid.UUID | None) -> uuid.UUID | None:
        c = self.course(course_id)
        return c["created_by"] if c else None

    def module_course(self, module_id: uuid.UUID | None) -> uuid.UUID | None:
        if module_id is None:
            return None
        return self._memo(
            ("module", module_id),
            lambda: self._scalar(sa.select(Module.course_id).where(Module.id == module_id)),
        )

    def lesson_course(self, lesson_id: uuid.UUID | None) -> uuid.UUID | None:
        if lesson_id is None:
            return None
        return self._memo(
            ("lesson", lesson_id),
            lambda: self.module_course(
                self._scalar(sa.select(Lesson.module_id).where(Lesson.id == lesson_id))
            ),
        )

    def assignment_course(self, assignment_id: uuid.UUID | None) -> uuid.UUID | None:
        if assignment_id is None:
            return None
        return self._memo(
            ("assignment", assignment_id),
            lambda: self.lesson_course(
                self._scalar(sa.select(Assignment.lesson_id).where(Assignment.id == assignment_id))
            ),
        )

    def anonymous_reviews(self, assignment_id: uuid.UUID | None) -> bool:
        """Whether the assignment says its peer reviews are anonymous (``submission_format.anonymous_reviews``)."""
        if assignment_id is None:
            return False
        return self._memo(
            ("anonymous", assignment_id),
            lambda: _says_anonymous(
                self._scalar(sa.select(Assignment.submission_format).where(Assignment.id == assignment_id))
            ),
        )

    def reply_discussion(self, reply_id: uuid.UUID | None) -> uuid.UUID | None:
        """The discussion a reply belongs to."""
        if reply_id is None:
            return None
        return self._memo(
            ("reply", reply_id),
            lambda: self._scalar(
                sa.select(DiscussionReply.discussion_id).where(DiscussionReply.id == reply_id)
            ),
        )

    def project(self, project_id: uuid.UUID | None) -> Row | None:
        return self._brief("project", project_id)

    def discussion(self, discussion_id: uuid.UUID | None) -> Row | None:
        return self._brief("discussion", discussion_id)

    def prefetch(self, table: str, rows: Iterable[Row]) -> None:
        """Load in one query per relation what the rules will ask about these rows one by one (a page of
        progress rows refers to hundreds of enrolments): the same answers, fewer round trips."""
        wanted = _PREFETCH.get(table)
        if wanted is None:
            return
        column, kind = wanted
        ids = {r.get(column) for r in rows} - {None}  # values, or the text of a change's image
        missing = {u for i in ids if (u := _as_uuid(i)) is not None}
        missing = {i for i in missing if (kind, i) not in self._cache}
        if not missing:
            return
        found = {r["id"]: r for r in self._load_many(kind, sorted(missing))}
        for i in missing:
            self._cache[(kind, i)] = found.get(i)

    def _brief(self, kind: str, key: uuid.UUID | None) -> Row | None:
        if key is None:
            return None
        return self._memo((kind, key), lambda: next(iter(self._load_many(kind, [key])), None))

    def _load_many(self, kind: str, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        """The rows ``enrollment``, ``submission``, ``project`` and ``discussion`` answer with, for these ids."""
        if self.before_lookup is not None:
            self.before_lookup(None, ids)
        if kind == "submission":
            if self.session.get_bind().dialect.name == "postgresql":
                # Who and where only, through a SECURITY DEFINER function (schema/rls.py): a reviewer
                # may not read a classmate's submission before reviewing it.
                stmt: Any = sa.text(
                    "SELECT i AS id, b.user_id, b.assignment_id, b.status FROM unnest(CAST(:ids AS uuid[])) AS i "
                    "CROSS JOIN LATERAL bootcamp_submission_brief(i) AS b"
                ).bindparams(ids=[str(i) for i in ids])
            else:
                stmt = sa.select(
                    Submission.id, Submission.user_id, Submission.assignment_id, Submission.status
                ).where(Submission.id.in_(ids))
            return [
                {**r, "course_id": self.assignment_course(r["assignment_id"])}
                for r in self.session.execute(stmt).mappings()
            ]
        model, columns = _BRIEF[kind]
        stmt = sa.select(model.id, *[getattr(model, c) for c in columns]).where(model.id.in_(ids))
        return [dict(r) for r in self.session.execute(stmt).mappings()]

    # -- personal rows (row-level security applies on PostgreSQL) ---------------------------------
    def enrollment(self, enrollment_id: uuid.UUID | None) -> Row | None:
        return self._brief("enrollment", enrollment_id)

    def submission(self, submission_id: uuid.UUID | None) -> Row | None:
        """Who submitted it, for which assignment (and course), in which state; never its content."""
        return self._brief("submission", submission_id)

    def reviews(self, submission_id: uuid.UUID) -> bool:
        return submission_id in self.my_reviews

    # -- derived --------------------------------------------------------------------------------------
    def discussion_course(self, d: Row) -> uuid.UUID | None:
        if d.get("course_id"):
            return d["course_id"]
        if d.get("module_id"):
            return self.module_course(d["module_id"])
        if d.get("lesson_id"):
            return self.lesson_course(d["lesson_id"])
        p = self.project(d.get("project_id"))
        return p["course_id"] if p else None
