"""THE access rules: for every synced table and every verb, who may read and write which rows.

Roles: platform roles (``user_roles``: learner, instructor, facilitator, admin) and course staff
(``course_staff``: instructor, facilitator or assistant of one course). In the words of the rules:
- *admin*: every row, every verb.
- *staff of a course*: any staff role in it; *teaches*: instructor or assistant (may grade);
  *authors*: instructor of the course (may write its content). A course's creator counts as its author.
- *own*: the row's owner column is the caller (``users.id``, ``user_id``, ``author_id``, ...).
- a course is *readable* when it is published, or the caller staffs or created it.

Every verb is decided on whole rows: ``read``/``delete`` on the current row, ``create`` on the new row,
``update`` on both the current row and the row after the change (a row cannot be moved out of reach).
Column-level limits (a learner cannot grade, cannot promote themselves) are in ``check_columns``.
The pull (``visibility``) sends exactly the rows ``read`` allows; other users reach a replica only as the
public projection of ``users`` (``visibility.public_user``).
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


LESSON_PROGRESS = TableRules(
    read=lambda d, r: d.admin or _progress_owner(d, r) or _progress_staff(d, r),
    create=lambda d, r: d.admin or _progress_owner(d, r),
    update=lambda d, r: d.admin or _progress_owner(d, r),
    delete=lambda d, r: d.admin or _progress_owner(d, r),
)


# -- assessment -------------------------------------------------------------------------------------------
def _submission_course(d: Decision, r: Row) -> uuid.UUID | None:
    return d.rel.assignment_course(r.get("assignment_id"))


SUBMISSIONS = TableRules(
    read=lambda d, r: (
        d.admin
        or r.get("user_id") == d.me
        or d.principal.staffs(_submission_course(d, r))
        or (r.get("id") is not None and d.rel.reviews(r["id"]))
    ),
    create=lambda d, r: d.admin or (r.get("user_id") == d.me and _submission_course(d, r) in d.rel.enrolled),
    update=lambda d, r: d.admin or r.get("user_id") == d.me or d.principal.teaches(_submission_course(d, r)),
    delete=lambda d, r: d.admin or r.get("user_id") == d.me,
)


def _reviewed(d: Decision, r: Row) -> Row | None:
    return d.rel.submission(r.get("submission_id"))


def _peer_review_create(d: Decision, r: Row) -> bool:
    """A learner writes their own review of a classmate's work; the course's staff assign reviews
    (an empty row naming the reviewer), never to the work's own author."""
    s = _reviewed(d, r)
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
    s = _reviewed(d, r)
    return s is not None and d.principal.staffs(s["course_id"])


def _submission_owner_or_staff(d: Decision, r: Row) -> bool:
    s = _reviewed(d, r)
    return s is not None and (s["user_id"] == d.me or d.principal.staffs(s["course_id"]))


PEER_REVIEWS = TableRules(
    read=lambda d, r: d.admin or r.get("reviewer_id") == d.me or _submission_owner_or_staff(d, r),
    create=_peer_review_create,
    update=_peer_review_moderate,
    delete=_peer_review_moderate,
)


def _grades(d: Decision, r: Row) -> bool:
    s = _reviewed(d, r)
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
def _project_row(d: Decision, r: Row, key: str) -> Row | None:
    return d.rel.project(r.get(key))


def _project_read(d: Decision, p: Row | None) -> bool:
    if p is None:
        return False
    return (
        d.admin or p["id"] in d.rel.projects or p.get("created_by") == d.me or d.in_course(p.get("course_id"))
    )


def _project_manage(d: Decision, p: Row | None) -> bool:
    if p is None:
        return False
    return d.admin or p.get("created_by") == d.me or d.principal.staffs(p.get("course_id"))


DESIGN_PROJECTS = TableRules(
    read=lambda d, r: _project_read(d, r),
    create=lambda d, r: (
        d.admin
        or d.principal.staffs(r.get("course_id"))
        or ("instructor" in d.principal.roles and r.get("created_by") == d.me)
    ),
    update=lambda d, r: _project_manage(d, r),
    delete=lambda d, r: _project_manage(d, r),
)


def _join(d: Decision, r: Row) -> bool:
    p = _project_row(d, r, "project_id")
    return _project_manage(d, p) or (
        p is not None and r.get("user_id") == d.me and p.get("course_id") in d.rel.enrolled
    )


PROJECT_TEAMS = TableRules(
    read=lambda d, r: _project_read(d, _project_row(d, r, "project_id")),
    create=_join,
    update=lambda d, r: _project_manage(d, _project_row(d, r, "project_id")),
    delete=lambda d, r: r.get("user_id") == d.me or _project_manage(d, _project_row(d, r, "project_id")),
)


def _member_or_staff(d: Decision, r: Row) -> bool:
    p = _project_row(d, r, "project_id")
    return p is not None and (p["id"] in d.rel.projects or _project_manage(d, p))


DESIGN_ASSETS = TableRules(
    read=lambda d, r: d.admin or _member_or_staff(d, r),
    create=lambda d, r: d.admin or (r.get("uploaded_by") == d.me and _member_or_staff(d, r)),
    update=lambda d, r: (
        d.admin or r.get("uploaded_by") == d.me or _project_manage(d, _project_row(d, r, "project_id"))
    ),
    delete=lambda d, r: (
        d.admin or r.get("uploaded_by") == d.me or _project_manage(d, _project_row(d, r, "project_id"))
    ),
)


# -- community ------------------------------------------------------------------------------------------
def _discussion_read(d: Decision, r: Row | None) -> bool:
    if r is None:
        return False
    if d.admin or r.get("author_id") == d.me:
        return True
    if r.get("project_id"):
        return _project_read(d, d.rel.project(r["project_id"]))
    course = d.rel.discussion_course(r)
    if course is None:
        return not (r.get("module_id") or r.get("lesson_id"))  # a general discussion: everyone
    return d.in_course(course)


def _discussion_moderate(d: Decision, r: Row | None) -> bool:
    return r is not None and (
        d.admin or r.get("author_id") == d.me or d.principal.staffs(d.rel.discussion_course(r))
    )


DISCUSSIONS = TableRules(
    read=_discussion_read,
    create=lambda d, r: r.get("author_id") == d.me and _discussion_read(d, r),
    # Readers may update (counters only, see check_columns); authors and staff edit.
    update=_discussion_read,
    delete=_discussion_moderate,
)


def _thread(d: Decision, r: Row) -> Row | None:
    return d.rel.discussion(r.get("discussion_id"))


DISCUSSION_REPLIES = TableRules(
    read=lambda d, r: d.admin or r.get("author_id") == d.me or _discussion_read(d, _thread(d, r)),
    create=lambda d, r: r.get("author_id") == d.me and _discussion_read(d, _thread(d, r)),
    update=lambda d, r: d.admin or _discussion_read(d, _thread(d, r)),
    delete=lambda d, r: d.admin or r.get("author_id") == d.me or _discussion_moderate(d, _thread(d, r)),
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


# -- column-level limits -------------------------------------------------------------------------------------
# Columns only staff who teach the course (or admins) write; a learner writing their own row may not.
GRADE_COLUMNS = {
    "submissions": frozenset({"score", "feedback", "graded_by", "graded_at"}),
    "enrollments": frozenset({"certificate_issued", "certificate_issued_at"}),
}
# Columns of a user's own record that only an admin changes.
ADMIN_COLUMNS = {"users": frozenset({"email", "fataplus_user_id", "is_active"})}
LEARNER_SUBMISSION_STATUS = frozenset({"draft", "submitted"})


# Columns the server keeps for those who may not edit the row: a thread's ``updated_at`` is its last
# activity, which the server sets when it applies a reply (``sync/mutation.py``). A reader's replica of an
# older version (protocol 1) still sends it with the thread's counts; it is ignored, not refused, so an
# ordinary reply never lands in the Sync panel.
KEPT_FOR_READERS = {"discussions": frozenset({"updated_at"})}


def kept_by_server(d: Decision, table: str, current: Row | None) -> frozenset[str]:
    """The columns of ``current`` this caller's change does not write (``KEPT_FOR_READERS``)."""
    kept = KEPT_FOR_READERS.get(table)
    if not kept or current is None or _discussion_moderate(d, current):
        return frozenset()
    return kept


def check_columns(
    d: Decision, table: str, current: Row | None, changes: Mapping[str, Any], inc: Mapping[str, int]
) -> str | None:
    """Why this user may not write these columns of this row, or None when they may."""
    if d.admin:
        return None
    locked = ADMIN_COLUMNS.get(table, frozenset()) & set(changes)
    if locked:
        return f"only an administrator may change {', '.join(sorted(locked))}"
    row = {**(current or {}), **changes}
    if table == "submissions":
        staff = d.principal.teaches(_submission_course(d, row))
        if not staff:
            graded = GRADE_COLUMNS[table] & {k for k, v in changes.items() if v is not None}
            if graded:
                return "only the course's instructors may grade"
            status = changes.get("status")
            if status is not None and status not in LEARNER_SUBMISSION_STATUS:
                return f"a learner may not set the status {status!r}"
    if table == "enrollments" and not d.principal.staffs(row.get("course_id")):
        if GRADE_COLUMNS[table] & set(changes):
            return "only the course's staff issue certificates"
        if row.get("user_id") != d.me:
            return "not your enrolment"
    if table in ("discussions", "discussion_replies") and changes:
        moderator = row.get("author_id") == d.me
        if table == "discussions":
            moderator = moderator or d.principal.staffs(d.rel.discussion_course(row))
        else:
            thread = d.rel.discussion(row.get("discussion_id"))
            moderator = moderator or (
                thread is not None and d.principal.staffs(d.rel.discussion_course(thread))
            )
        if not moderator:
            return "only the author or the course's staff may edit this; readers may only add counts"
    return None
