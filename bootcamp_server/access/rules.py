"""THE access rules: for every synced table and every verb, who may read and write which rows.

Roles: platform roles (``user_roles``: learner, instructor, facilitator, admin) and course staff
(``course_staff``: instructor, facilitator or assistant of one course). In the words of the rules:
- *admin*: every row, every verb.
- *staff of a course*: any staff role in it; *teaches*: instructor or assistant (may grade);
  *authors*: instructor of the course (may write its content). A course's creator counts as its author.
- *own*: the row's owner column is the caller (``users.id``, ``user_id``, ``author_id``, ...).
- a course is *readable* when it is published, or the caller staffs or created it.

These predicates decide whole rows: ``read``/``delete`` on the current row, ``create`` on the new row
(where it is placed: a course one takes part in, one's own enrolment, ...), ``update`` on both the current
row and the row after the change (a row cannot be moved out of reach). What each relation to a row may read
and write of its columns is declared in ``columns``; ``writes.judge_write`` judges a push on the row as it
will be (a move of the columns that place a row is judged as a create). The pull (``visibility``) sends
exactly the rows ``read`` allows, each with the columns ``columns`` lets the caller read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .principal import Principal
from .relations import Relations

Row = Mapping[str, Any]
VERBS = ("read", "create", "update", "delete")


@dataclass
class Decision:
    principal: Principal
    rel: Relations

    @property
    def me(self) -> uuid.UUID:
        return self.principal.user_id

    @property
    def admin(self) -> bool:
        return self.principal.is_admin

    def readable_course(self, course_id: uuid.UUID | None) -> bool:
        return course_id is not None and (
            self.rel.published(course_id) or self.principal.staffs(course_id) or self.creates(course_id)
        )

    def creates(self, course_id: uuid.UUID | None) -> bool:
        return course_id is not None and self.rel.course_creator(course_id) == self.me

    def authors(self, course_id: uuid.UUID | None) -> bool:
        return self.principal.authors(course_id) or self.creates(course_id)

    def in_course(self, course_id: uuid.UUID | None) -> bool:
        """Takes part in the course: enrolled in it or on its staff."""
        return course_id is not None and (course_id in self.rel.enrolled or self.principal.staffs(course_id))


Check = Callable[[Decision, Row], bool]


def nobody(d: Decision, r: Row) -> bool:
    return d.admin


def everyone(d: Decision, r: Row) -> bool:
    return True


def owned_by(column: str) -> Check:
    return lambda d, r: d.admin or r.get(column) == d.me


@dataclass(frozen=True)
class TableRules:
    read: Check
    create: Check
    update: Check
    delete: Check


def _content(course_of: Callable[[Decision, Row], uuid.UUID | None]) -> TableRules:
    """Course content (modules, lessons, assignments): readable with the course, written by its authors."""
    return TableRules(
        read=lambda d, r: d.admin or d.readable_course(course_of(d, r)),
        create=lambda d, r: d.admin or d.authors(course_of(d, r)),
        update=lambda d, r: d.admin or d.authors(course_of(d, r)),
        delete=lambda d, r: d.admin or d.authors(course_of(d, r)),
    )


def _own(column: str = "user_id") -> TableRules:
    own = owned_by(column)
    return TableRules(read=own, create=own, update=own, delete=own)


# -- courses ------------------------------------------------------------------------------------------
def _course_create(d: Decision, r: Row) -> bool:
    return d.admin or (
        bool({"instructor", "facilitator"} & d.principal.roles) and r.get("created_by") == d.me
    )


COURSES = TableRules(
    read=lambda d, r: (
        d.admin or bool(r.get("published")) or d.principal.staffs(r["id"]) or r.get("created_by") == d.me
    ),
    create=_course_create,
    update=lambda d, r: d.admin or d.principal.authors(r["id"]) or r.get("created_by") == d.me,
    delete=lambda d, r: d.admin or r.get("created_by") == d.me,
)


# -- enrolment and progress -----------------------------------------------------------------------------
def _enrol(d: Decision, r: Row) -> bool:
    c = r.get("course_id")
    return d.admin or d.principal.staffs(c) or (r.get("user_id") == d.me and d.rel.published(c))


ENROLLMENTS = TableRules(
    read=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.staffs(r.get("course_id")),
    create=_enrol,
    update=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.staffs(r.get("course_id")),
    delete=lambda d, r: d.admin or d.principal.staffs(r.get("course_id")),
)


def _progress_owner(d: Decision, r: Row) -> bool:
    e = d.rel.enrollment(r.get("enrollment_id"))
    return e is not None and e["user_id"] == d.me


def _progress_staff(d: Decision, r: Row) -> bool:
    e = d.rel.enrollment(r.get("enrollment_id"))
    return e is not None and d.principal.staffs(e["course_id"])


def _progress_create(d: Decision, r: Row) -> bool:
    """Progress of one's own enrolment, in a lesson of that enrolment's course."""
    e = d.rel.enrollment(r.get("enrollment_id"))
    return (
        e is not None and e["user_id"] == d.me and d.rel.lesson_course(r.get("lesson_id")) == e["course_id"]
    )


LESSON_PROGRESS = TableRules(
    read=lambda d, r: d.admin or _progress_owner(d, r) or _progress_staff(d, r),
    create=lambda d, r: d.admin or _progress_create(d, r),
    update=lambda d, r: d.admin or _progress_owner(d, r),
    delete=lambda d, r: d.admin or _progress_owner(d, r),
)


# -- assessment -------------------------------------------------------------------------------------------
def submission_course(d: Decision, r: Row) -> uuid.UUID | None:
    return d.rel.assignment_course(r.get("assignment_id"))


SUBMISSIONS = TableRules(
    read=lambda d, r: (
        d.admin
        or r.get("user_id") == d.me
        or d.principal.staffs(submission_course(d, r))
        or (r.get("id") is not None and d.rel.reviews(r["id"]))
    ),
    create=lambda d, r: d.admin or (r.get("user_id") == d.me and submission_course(d, r) in d.rel.enrolled),
    update=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.teaches(submission_course(d, r)),
    delete=lambda d, r: d.admin or r.get("user_id") == d.me,
)


def reviewed_submission(d: Decision, r: Row) -> Row | None:
    return d.rel.submission(r.get("submission_id"))


def _peer_review_create(d: Decision, r: Row) -> bool:
    """A learner writes their own review of a classmate's work; the course's staff assign reviews
    (an empty row naming the reviewer), never to the work's own author."""
    s = reviewed_submission(d, r)
    if d.admin:
        return True
    if s is None or r.get("reviewer_id") == s["user_id"]:
        return False
    if d.principal.staffs(s["course_id"]):
        return True
    return r.get("reviewer_id") == d.me and s["course_id"] in d.rel.enrolled


def _peer_review_moderate(d: Decision, r: Row) -> bool:
    """The reviewer edits their review; the course's staff moderate it (edit or remove)."""
    if d.admin or r.get("reviewer_id") == d.me:
        return True
    s = reviewed_submission(d, r)
    return s is not None and d.principal.staffs(s["course_id"])


def _submission_owner_or_staff(d: Decision, r: Row) -> bool:
    s = reviewed_submission(d, r)
    return s is not None and (s["user_id"] == d.me or d.principal.staffs(s["course_id"]))


PEER_REVIEWS = TableRules(
    read=lambda d, r: d.admin or r.get("reviewer_id") == d.me or _submission_owner_or_staff(d, r),
    create=_peer_review_create,
    update=_peer_review_moderate,
    delete=_peer_review_moderate,
)


def _grades(d: Decision, r: Row) -> bool:
    s = reviewed_submission(d, r)
    return s is not None and d.principal.teaches(s["course_id"])


INSTRUCTOR_FEEDBACK = TableRules(
    read=lambda d, r: d.admin or r.get("instructor_id") == d.me or _submission_owner_or_staff(d, r),
    create=lambda d, r: d.admin or (r.get("instructor_id") == d.me and _grades(d, r)),
    update=lambda d, r: d.admin or _grades(d, r),
    delete=lambda d, r: d.admin or _grades(d, r),
)

CERTIFICATES = TableRules(
    read=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.staffs(r.get("course_id")),
    create=lambda d, r: d.admin or d.principal.teaches(r.get("course_id")),
    update=lambda d, r: d.admin or d.principal.teaches(r.get("course_id")),
    delete=lambda d, r: d.admin or d.principal.teaches(r.get("course_id")),
)


# -- projects --------------------------------------------------------------------------------------------
def project_of(d: Decision, r: Row, key: str) -> Row | None:
    return d.rel.project(r.get(key))


def project_read(d: Decision, p: Row | None) -> bool:
    if p is None:
        return False
    return (
        d.admin or p["id"] in d.rel.projects or p.get("created_by") == d.me or d.in_course(p.get("course_id"))
    )


def project_manage(d: Decision, p: Row | None) -> bool:
    if p is None:
        return False
    return d.admin or p.get("created_by") == d.me or d.principal.staffs(p.get("course_id"))


DESIGN_PROJECTS = TableRules(
    read=lambda d, r: project_read(d, r),
    create=lambda d, r: (
        d.admin
        or d.principal.staffs(r.get("course_id"))
        or ("instructor" in d.principal.roles and r.get("created_by") == d.me)
    ),
    update=lambda d, r: project_manage(d, r),
    delete=lambda d, r: project_manage(d, r),
)


def _join(d: Decision, r: Row) -> bool:
    p = project_of(d, r, "project_id")
    return project_manage(d, p) or (
        p is not None and r.get("user_id") == d.me and p.get("course_id") in d.rel.enrolled
    )


PROJECT_TEAMS = TableRules(
    read=lambda d, r: project_read(d, project_of(d, r, "project_id")),
    create=_join,
    update=lambda d, r: project_manage(d, project_of(d, r, "project_id")),
    delete=lambda d, r: r.get("user_id") == d.me or project_manage(d, project_of(d, r, "project_id")),
)


def _member_or_staff(d: Decision, r: Row) -> bool:
    p = project_of(d, r, "project_id")
    return p is not None and (p["id"] in d.rel.projects or project_manage(d, p))


DESIGN_ASSETS = TableRules(
    read=lambda d, r: d.admin or _member_or_staff(d, r),
    create=lambda d, r: d.admin or (r.get("uploaded_by") == d.me and _member_or_staff(d, r)),
    update=lambda d, r: (
        d.admin or r.get("uploaded_by") == d.me or project_manage(d, project_of(d, r, "project_id"))
    ),
    delete=lambda d, r: (
        d.admin or r.get("uploaded_by") == d.me or project_manage(d, project_of(d, r, "project_id"))
    ),
)


# -- community ------------------------------------------------------------------------------------------
def discussion_read(d: Decision, r: Row | None) -> bool:
    if r is None:
        return False
    if d.admin or r.get("author_id") == d.me:
        return True
    if r.get("project_id"):
        return project_read(d, d.rel.project(r["project_id"]))
    course = d.rel.discussion_course(r)
    if course is None:
        return not (r.get("module_id") or r.get("lesson_id"))  # a general discussion: everyone
    return d.in_course(course)


def discussion_moderate(d: Decision, r: Row | None) -> bool:
    return r is not None and (
        d.admin or r.get("author_id") == d.me or d.principal.staffs(d.rel.discussion_course(r))
    )


def discussion_place(d: Decision, r: Row) -> bool:
    """Where the caller may post a discussion: a project they may read, a course they take part in (its
    course, module and lesson all of one course), or the general forum (no place at all). Unlike reading,
    being its author does not count: a discussion is not placed by its author's say-so."""
    if d.admin:
        return True
    courses: set[uuid.UUID | None] = set()
    if r.get("course_id") is not None:
        courses.add(r["course_id"])
    if r.get("module_id") is not None:
        courses.add(d.rel.module_course(r["module_id"]))
    if r.get("lesson_id") is not None:
        courses.add(d.rel.lesson_course(r["lesson_id"]))
    if r.get("project_id"):
        p = d.rel.project(r["project_id"])
        if p is None or not project_read(d, p):
            return False
        if p.get("course_id") is not None:
            return courses <= {p["course_id"]}
    if not courses:
        return True  # the general forum, or a project of no course
    if len(courses) > 1 or None in courses:
        return False  # a module or lesson of another course than the one named (or of none)
    return d.in_course(next(iter(courses)))  # type: ignore[arg-type]


DISCUSSIONS = TableRules(
    read=discussion_read,
    create=lambda d, r: r.get("author_id") == d.me and discussion_place(d, r),
    # Readers may update (counters only: columns.py); authors and staff edit.
    update=discussion_read,
    delete=discussion_moderate,
)


def thread_of(d: Decision, r: Row) -> Row | None:
    return d.rel.discussion(r.get("discussion_id"))


def _reply_create(d: Decision, r: Row) -> bool:
    """One's own reply, in a thread one may read, answering (if anything) a reply of the same thread."""
    parent = r.get("parent_reply_id")
    return (
        r.get("author_id") == d.me
        and discussion_read(d, thread_of(d, r))
        and (parent is None or d.rel.reply_discussion(parent) == r.get("discussion_id"))
    )


DISCUSSION_REPLIES = TableRules(
    read=lambda d, r: d.admin or r.get("author_id") == d.me or discussion_read(d, thread_of(d, r)),
    create=_reply_create,
    update=lambda d, r: d.admin or discussion_read(d, thread_of(d, r)),
    delete=lambda d, r: d.admin or r.get("author_id") == d.me or discussion_moderate(d, thread_of(d, r)),
)


# -- analytics and the rest --------------------------------------------------------------------------------
LEARNING_ANALYTICS = TableRules(
    read=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.staffs(r.get("course_id")),
    create=owned_by("user_id"),
    update=nobody,
    delete=nobody,
)

RULES: dict[str, TableRules] = {
    "users": TableRules(read=owned_by("id"), create=nobody, update=owned_by("id"), delete=nobody),
    "user_profiles": _own(),
    "user_roles": TableRules(read=owned_by("user_id"), create=nobody, update=nobody, delete=nobody),
    "courses": COURSES,
    "modules": _content(lambda d, r: r.get("course_id")),
    "lessons": _content(lambda d, r: d.rel.module_course(r.get("module_id"))),
    "assignments": _content(lambda d, r: d.rel.lesson_course(r.get("lesson_id"))),
    "course_staff": TableRules(
        read=lambda d, r: d.admin or d.readable_course(r.get("course_id")),
        create=lambda d, r: d.admin or d.creates(r.get("course_id")),
        update=lambda d, r: d.admin or d.creates(r.get("course_id")),
        delete=lambda d, r: d.admin or d.creates(r.get("course_id")),
    ),
    "enrollments": ENROLLMENTS,
    "lesson_progress": LESSON_PROGRESS,
    "submissions": SUBMISSIONS,
    "design_projects": DESIGN_PROJECTS,
    "project_teams": PROJECT_TEAMS,
    "design_assets": DESIGN_ASSETS,
    "discussions": DISCUSSIONS,
    "discussion_replies": DISCUSSION_REPLIES,
    "peer_reviews": PEER_REVIEWS,
    "instructor_feedback": INSTRUCTOR_FEEDBACK,
    "certificates": CERTIFICATES,
    "certificate_templates": TableRules(read=everyone, create=nobody, update=nobody, delete=nobody),
    "learning_analytics": LEARNING_ANALYTICS,
    "platform_metrics": TableRules(
        read=lambda d, r: d.admin or bool({"instructor", "facilitator"} & d.principal.roles),
        create=nobody,
        update=nobody,
        delete=nobody,
    ),
    "fataplus_integration": _own(),
    "external_service_tokens": _own(),
}


def can(d: Decision, verb: str, table: str, row: Row) -> bool:
    rules = RULES.get(table)
    if rules is None or verb not in VERBS:
        return False
    return bool(getattr(rules, verb)(d, row))


# Columns the server keeps for those who may not edit the row: a thread's ``updated_at`` is its last
# activity, which the server sets when it applies a reply (``sync/mutation.py``). A reader's replica of an
# older version (protocol 1) still sends it with the thread's counts; it is ignored, not refused, so an
# ordinary reply never lands in the Sync panel.
KEPT_FOR_READERS = {"discussions": frozenset({"updated_at"})}


def kept_by_server(d: Decision, table: str, current: Row | None) -> frozenset[str]:
    """The columns of ``current`` this caller's change does not write (``KEPT_FOR_READERS``)."""
    kept = KEPT_FOR_READERS.get(table)
    if not kept or current is None or discussion_moderate(d, current):
        return frozenset()
    return kept
