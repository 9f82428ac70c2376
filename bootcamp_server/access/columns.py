"""THE column rules: for every synced table, what each relation to a row may read and write of it.

``rules`` decides whole rows (may this user read, create, update, delete it). This module says, once per
table, which of the row's columns each *relation* of the caller to that row reaches:

- ``relations(d, row)`` names the caller's relations to the row: ``owner``, ``staff`` (of its course),
  ``grader`` (teaches the course), ``author`` (writes the course's content, or wrote the post),
  ``reviewer`` / ``anonymous_reviewer`` (reviews a submission; anonymously when the review or its assignment
  says so), ``reviewed`` / ``reviewed_anonymously`` (the author of the reviewed work), ``teammate``,
  ``classmate``, ``manager`` (of a project), ``reader`` (anyone the row rules let read it) ...
- ``read``: the columns a relation reads; a caller holding several relations reads the union. A table
  without ``read`` shows every column to whoever may read the row; in one with ``read``, ``"*"`` is what a
  relation not listed reads (the least, so a relation the declaration forgets never shows more).
- ``write``: the columns a relation may set, on a new row or by an update, ``null`` included (relations not
  listed write nothing); ``place``: the columns that put the row somewhere (a course, an owner, a parent):
  an update that changes one is judged as a create of the row as it will be (``writes.judge_write``).
- ``hidden``: what a NOT NULL column reads as when its relation may not read it (``protocol.placeholders``).
  Every other column the caller may not read travels as ``null``.

Every read path (pull, bootstrap, snapshot, push answers, export; blobs through ``readable_columns``) sends a
row through ``hidden_columns``/``conceal``; the people a replica learns of are those the rows *as sent* refer
to. A row's columns can change for a caller without a new version of it when the relation changes (made
staff of the course, assigned as reviewer, joined a project, an assignment made anonymous): ``refetch`` names
the tables a change makes the caller see differently, and the pull tells the replica to fetch them again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bootcamp_core.protocol import decode_row, encode_value, registry
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID, ZERO_UUID, hidden_email

from .rules import (
    Decision,
    Row,
    discussion_read,
    project_manage,
    project_of,
    project_read,
    reviewed_submission,
    submission_course,
    thread_of,
)


class _All:
    def __repr__(self) -> str:
        return "ALL"


ALL: Any = _All()  # every column of the table
Columns = frozenset[str]
NONE: Columns = frozenset()
Relate = Callable[[Decision, Row], set[str]]

OWNER, STAFF, GRADER, AUTHOR, CREATOR, MANAGER = "owner", "staff", "grader", "author", "creator", "manager"
REVIEWER, ANONYMOUS_REVIEWER = "reviewer", "anonymous_reviewer"
REVIEWED, REVIEWED_ANONYMOUSLY = "reviewed", "reviewed_anonymously"
TEAMMATE, CLASSMATE, UPLOADER, GIVER = "teammate", "classmate", "uploader", "giver"
MODERATOR, THREAD_AUTHOR, READER, ANYONE = "moderator", "thread_author", "reader", "anyone"


@dataclass(frozen=True)
class ColumnRules:
    relations: Relate
    read: Mapping[str, Any] = field(default_factory=dict)  # relation -> columns (ALL unless listed)
    write: Mapping[str, Any] = field(default_factory=dict)  # relation -> columns (NONE unless listed)
    place: Columns = NONE
    hidden: Mapping[str, Callable[[Row], Any]] = field(default_factory=dict)


def _cols(*names: str) -> Columns:
    return frozenset(names)


# -- the caller's relations to a row ------------------------------------------------------------------------
def _owned(column: str) -> Relate:
    return lambda d, r: {OWNER} if r.get(column) == d.me else set()


def _anyone(d: Decision, r: Row) -> set[str]:
    return {ANYONE}


def _users(d: Decision, r: Row) -> set[str]:
    return {OWNER} if r.get("id") == d.me else {ANYONE}


def _course_roles(d: Decision, course: uuid.UUID | None) -> set[str]:
    out = set()
    if d.principal.staffs(course):
        out.add(STAFF)
    if d.principal.teaches(course):
        out.add(GRADER)
    if d.authors(course):
        out.add(AUTHOR)
    return out


def _courses(d: Decision, r: Row) -> set[str]:
    out = _course_roles(d, r.get("id")) | {READER}
    if r.get("created_by") == d.me:
        out.add(AUTHOR)
    return out


def _content(course_of: Callable[[Decision, Row], uuid.UUID | None]) -> Relate:
    return lambda d, r: _course_roles(d, course_of(d, r)) | {READER}


def _course_staff(d: Decision, r: Row) -> set[str]:
    return ({CREATOR} if d.creates(r.get("course_id")) else set()) | {READER}


def _personal(
    course_of: Callable[[Decision, Row], uuid.UUID | None], owner_of: Callable[[Decision, Row], Any]
) -> Relate:
    def relate(d: Decision, r: Row) -> set[str]:
        out = _course_roles(d, course_of(d, r)) - {AUTHOR}
        if owner_of(d, r) == d.me:
            out.add(OWNER)
        return out

    return relate


def _enrolment(d: Decision, r: Row) -> dict[str, Any]:
    return d.rel.enrollment(r.get("enrollment_id")) or {}


def _anonymous_review(d: Decision, is_anonymous: Any, assignment_id: uuid.UUID | None) -> bool:
    return bool(is_anonymous) or d.rel.anonymous_reviews(assignment_id)


def _submissions(d: Decision, r: Row) -> set[str]:
    out = _personal(submission_course, lambda d, r: r.get("user_id"))(d, r)
    mine = d.rel.my_reviews
    if r.get("id") in mine:
        anonymous = _anonymous_review(d, mine[r["id"]], r.get("assignment_id"))
        out.add(ANONYMOUS_REVIEWER if anonymous else REVIEWER)
    return out


def _peer_reviews(d: Decision, r: Row) -> set[str]:
    s = reviewed_submission(d, r) or {}
    out = _course_roles(d, s.get("course_id")) - {AUTHOR}
    if r.get("reviewer_id") == d.me:
        out.add(REVIEWER)
    if s.get("user_id") == d.me:
        anonymous = _anonymous_review(d, r.get("is_anonymous"), s.get("assignment_id"))
        out.add(REVIEWED_ANONYMOUSLY if anonymous else REVIEWED)
    return out


def _instructor_feedback(d: Decision, r: Row) -> set[str]:
    s = reviewed_submission(d, r) or {}
    out = _course_roles(d, s.get("course_id")) - {AUTHOR}
    if r.get("instructor_id") == d.me:
        out.add(GIVER)
    if s.get("user_id") == d.me:
        out.add(REVIEWED)
    return out


def _project_roles(d: Decision, p: Row | None) -> set[str]:
    if p is None:
        return set()
    out = set()
    if project_manage(d, p):
        out.add(MANAGER)
    if p["id"] in d.rel.projects:
        out.add(TEAMMATE)
    if project_read(d, p):
        out.add(CLASSMATE)
    return out


def _design_projects(d: Decision, r: Row) -> set[str]:
    return _project_roles(d, r)


def _project_teams(d: Decision, r: Row) -> set[str]:
    out = _project_roles(d, project_of(d, r, "project_id"))
    if r.get("user_id") == d.me:
        out.add(OWNER)
    return out


def _design_assets(d: Decision, r: Row) -> set[str]:
    out = _project_roles(d, project_of(d, r, "project_id")) - {CLASSMATE}
    if r.get("uploaded_by") == d.me:
        out.add(UPLOADER)
    return out


def _discussions(d: Decision, r: Row) -> set[str]:
    out = {READER} if discussion_read(d, r) else set()
    if r.get("author_id") == d.me:
        out.add(AUTHOR)
    if d.principal.staffs(d.rel.discussion_course(r)):
        out.add(MODERATOR)
    return out


def _discussion_replies(d: Decision, r: Row) -> set[str]:
    thread = thread_of(d, r)
    out = set()
    if r.get("author_id") == d.me:
        out.add(AUTHOR)
    if discussion_read(d, thread):
        out.add(READER)
    if thread is not None and thread.get("author_id") == d.me:
        out.add(THREAD_AUTHOR)
    if thread is not None and d.principal.staffs(d.rel.discussion_course(thread)):
        out.add(MODERATOR)
    return out


# -- what each relation reads and writes -----------------------------------------------------------------
PUBLIC_USER = _cols("id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq")
# What a peer reviewer reads of the work they review: the work, never its grade, feedback or state.
WORK = _cols(
    "id",
    "assignment_id",
    "user_id",
    "submission_content",
    "submitted_at",
    "revision_count",
    "final_submission",
    "sync_version",
    "sync_seq",
)
ANONYMOUS_WORK = WORK - {"user_id"}
# A learner enrols (a new row) and records their way through the course; they never move an enrolment to
# another course (that would leave a suspension behind and take a new start).
LEARNER_ENROLMENT = _cols(
    "user_id",
    "course_id",
    "enrollment_status",
    "enrollment_date",
    "completion_date",
    "progress_percentage",
    "current_module_id",
    "current_lesson_id",
    "time_spent_minutes",
    "last_accessed_at",
)
LEARNER_SUBMISSION = _cols(
    "assignment_id",
    "user_id",
    "submission_content",
    "submitted_at",
    "status",
    "revision_count",
    "final_submission",
)
REVIEW = _cols(
    "submission_id",
    "reviewer_id",
    "review_criteria",
    "overall_score",
    "strengths",
    "improvements",
    "detailed_feedback",
    "is_anonymous",
    "created_at",
)
JOIN = _cols("project_id", "user_id", "role", "joined_at", "is_active")
POST = _cols(
    "course_id",
    "module_id",
    "lesson_id",
    "project_id",
    "author_id",
    "title",
    "content",
    "discussion_type",
    "is_resolved",
    "resolved_by",
    "resolved_at",
    "created_at",
    "updated_at",
)
REPLY = _cols("discussion_id", "author_id", "parent_reply_id", "content", "created_at", "updated_at")


def _except(*names: str) -> Callable[[str], Columns]:
    """ALL but these columns, resolved per table (``everything``)."""
    return lambda table: everything(table) - frozenset(names)


_OWN = ColumnRules(_owned("user_id"), write={OWNER: ALL}, place=_cols("user_id"))

COLUMNS: dict[str, ColumnRules] = {
    "users": ColumnRules(
        _users,
        read={OWNER: ALL, ANYONE: PUBLIC_USER, "*": PUBLIC_USER},
        write={OWNER: _except("email", "fataplus_user_id", "is_active")},
        hidden={"email": lambda r: hidden_email(r.get("id")), "fataplus_user_id": lambda r: ZERO_UUID},
    ),
    "user_profiles": _OWN,
    "user_roles": ColumnRules(_owned("user_id"), place=_cols("user_id")),
    "fataplus_integration": _OWN,
    "external_service_tokens": _OWN,
    "courses": ColumnRules(_courses, write={AUTHOR: ALL}, place=_cols("created_by")),
    "modules": ColumnRules(
        _content(lambda d, r: r.get("course_id")), write={AUTHOR: ALL}, place=_cols("course_id")
    ),
    "lessons": ColumnRules(
        _content(lambda d, r: d.rel.module_course(r.get("module_id"))),
        write={AUTHOR: ALL},
        place=_cols("module_id"),
    ),
    "assignments": ColumnRules(
        _content(lambda d, r: d.rel.lesson_course(r.get("lesson_id"))),
        write={AUTHOR: ALL},
        place=_cols("lesson_id"),
    ),
    "course_staff": ColumnRules(_course_staff, write={CREATOR: ALL}, place=_cols("course_id", "user_id")),
    "enrollments": ColumnRules(
        _personal(lambda d, r: r.get("course_id"), lambda d, r: r.get("user_id")),
        write={OWNER: LEARNER_ENROLMENT, STAFF: ALL},
        place=_cols("user_id", "course_id"),
    ),
    "lesson_progress": ColumnRules(
        _personal(
            lambda d, r: _enrolment(d, r).get("course_id"), lambda d, r: _enrolment(d, r).get("user_id")
        ),
        read={OWNER: ALL, STAFF: _except("notes"), "*": _except("notes")},  # the learner's own notes
        write={OWNER: ALL},
        place=_cols("enrollment_id", "lesson_id"),
    ),
    "submissions": ColumnRules(
        _submissions,
        read={
            OWNER: ALL,
            STAFF: ALL,
            GRADER: ALL,
            REVIEWER: WORK,
            ANONYMOUS_REVIEWER: ANONYMOUS_WORK,
            "*": ANONYMOUS_WORK,
        },
        write={OWNER: LEARNER_SUBMISSION, GRADER: ALL},
        place=_cols("assignment_id", "user_id"),
        hidden={"user_id": lambda r: ANONYMOUS_ID},
    ),
    "peer_reviews": ColumnRules(
        _peer_reviews,
        read={
            REVIEWER: ALL,
            STAFF: ALL,
            REVIEWED: ALL,
            REVIEWED_ANONYMOUSLY: _except("reviewer_id"),
            "*": _except("reviewer_id"),
        },
        write={REVIEWER: REVIEW, STAFF: ALL},
        place=_cols("submission_id", "reviewer_id"),
        hidden={"reviewer_id": lambda r: ANONYMOUS_ID},
    ),
    "instructor_feedback": ColumnRules(
        _instructor_feedback, write={GRADER: ALL}, place=_cols("submission_id", "instructor_id")
    ),
    "certificates": ColumnRules(
        _personal(lambda d, r: r.get("course_id"), lambda d, r: r.get("user_id")),
        write={GRADER: ALL},
        place=_cols("user_id", "course_id"),
    ),
    "certificate_templates": ColumnRules(_anyone),
    "platform_metrics": ColumnRules(_anyone),
    "learning_analytics": ColumnRules(
        _personal(lambda d, r: r.get("course_id"), lambda d, r: r.get("user_id")),
        read={
            OWNER: ALL,
            STAFF: _except("ip_address", "browser_info"),
            "*": _except("ip_address", "browser_info"),
        },
        write={OWNER: ALL},
        place=_cols("user_id", "course_id", "module_id", "lesson_id"),
    ),
    "design_projects": ColumnRules(
        _design_projects, write={MANAGER: ALL}, place=_cols("course_id", "module_id", "created_by")
    ),
    "project_teams": ColumnRules(
        _project_teams,
        # A classmate sees who is in a team, not how their teammates and staff rate their contribution.
        read={
            MANAGER: ALL,
            TEAMMATE: ALL,
            OWNER: ALL,
            CLASSMATE: _except("contribution_score"),
            "*": _except("contribution_score"),
        },
        write={MANAGER: ALL, OWNER: JOIN},
        place=_cols("project_id", "user_id"),
    ),
    "design_assets": ColumnRules(
        _design_assets, write={UPLOADER: ALL, MANAGER: ALL}, place=_cols("project_id", "uploaded_by")
    ),
    "discussions": ColumnRules(
        _discussions,
        # Readers add views and replies (counters) and the time of the latest activity; pinning is moderation.
        write={AUTHOR: POST, MODERATOR: ALL, READER: _cols("view_count", "reply_count", "updated_at")},
        place=_cols("course_id", "module_id", "lesson_id", "project_id", "author_id"),
    ),
    "discussion_replies": ColumnRules(
        _discussion_replies,
        write={
            AUTHOR: REPLY,
            THREAD_AUTHOR: _cols("is_solution"),
            MODERATOR: ALL,
            READER: _cols("helpful_votes"),
        },
        place=_cols("discussion_id", "author_id", "parent_reply_id"),
    ),
}


# -- resolving the declarations ---------------------------------------------------------------------------------
@cache
def everything(table: str) -> Columns:
    return frozenset(registry()[table].columns)


def _resolve(table: str, columns: Any) -> Columns:
    if columns is ALL:
        return everything(table)
    if callable(columns):
        return columns(table)
    return frozenset(columns) & everything(table)


@cache
def _read_map(table: str) -> tuple[dict[str, Columns], Columns]:
    rules = COLUMNS[table]
    resolved = {rel: _resolve(table, cols) for rel, cols in rules.read.items() if rel != "*"}
    return resolved, _resolve(table, rules.read.get("*", ALL))


@cache
def _write_map(table: str) -> dict[str, Columns]:
    return {rel: _resolve(table, cols) for rel, cols in COLUMNS[table].write.items()}


@cache
def masked_tables() -> frozenset[str]:
    """Tables where some relation reads less than every column: the only ones a read path must look into."""
    return frozenset(
        t
        for t in COLUMNS
        if _read_map(t)[1] != everything(t) or any(c != everything(t) for c in _read_map(t)[0].values())
    )


@cache
def maybe_hidden(table: str) -> Columns:
    """The columns of ``table`` some relation may not read (empty for most tables)."""
    if table not in masked_tables():
        return NONE
    by_relation, default = _read_map(table)
    readable_by_all = default.intersection(*by_relation.values())
    return everything(table) - readable_by_all


def relations(d: Decision, table: str, row: Row) -> set[str]:
    """The caller's relations to this row (row: at least its decision columns)."""
    return COLUMNS[table].relations(d, row)


def readable_columns(d: Decision, table: str, row: Row) -> Columns:
    """The columns of this row the caller may read (the rules must let them read the row at all). For the
    blob routes: a blob referred to only from columns outside this set is not the caller's to download."""
    return everything(table) - hidden_columns(d, table, row)


def hidden_columns(d: Decision, table: str, row: Row) -> Columns:
    """The columns of this row the caller may not read: empty for an admin and for most rows."""
    if d.admin or table not in masked_tables():
        return NONE
    by_relation, default = _read_map(table)
    readable: set[str] = set()
    for rel in relations(d, table, row):
        readable |= by_relation.get(rel, default)
    return everything(table) - (readable or default)


def writable_columns(d: Decision, table: str, row: Row) -> Columns:
    """The columns the caller may set on this row (a new one, or the current one of an update)."""
    if d.admin:
        return everything(table)
    by_relation = _write_map(table)
    out: set[str] = set()
    for rel in relations(d, table, row):
        out |= by_relation.get(rel, NONE)
    return frozenset(out)


def place_columns(table: str) -> Columns:
    return COLUMNS[table].place


def stand_in(table: str, column: str, row: Row) -> Any:
    """What a hidden column reads as (Python value): its placeholder, or None."""
    make = COLUMNS[table].hidden.get(column)
    return make(row) if make is not None else None


def conceal(table: str, values: Mapping[str, Any], hidden: Iterable[str]) -> dict[str, Any]:
    """``values`` (Python values) with the hidden columns replaced by what they read as."""
    out = dict(values)
    for column in hidden:
        if column in out:
            out[column] = stand_in(table, column, values)
    return out


def conceal_wire(table: str, wire: Mapping[str, Any], hidden: Iterable[str]) -> dict[str, Any]:
    """A wire row with the hidden columns replaced by the wire form of what they read as."""
    columns = registry()[table].columns
    out = dict(wire)
    for column in hidden:
        if column in out:
            out[column] = encode_value(columns[column], stand_in(table, column, wire))
    return out


def shown(d: Decision, table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The row as the caller may read it (Python values): the one function every read path sends rows through."""
    hidden = hidden_columns(d, table, values)
    return conceal(table, values, hidden) if hidden else dict(values)


def shown_answer(d: Decision, table: str, wire: Mapping[str, Any]) -> dict[str, Any]:
    """``shown`` for a row already in wire form (a push's answer)."""
    if d.admin or table not in masked_tables():
        return dict(wire)
    hidden = hidden_columns(d, table, decode_row(table, dict(wire), partial=True))
    return conceal_wire(table, wire, hidden) if hidden else dict(wire)


# -- relations that change what a caller sees of other rows ------------------------------------------------------
# A change of one of these rows, naming the caller, changes the columns they read of rows of other tables
# without a new version of those: the pull names them in ``refetch`` and the replica fetches them again.
STAFF_MASKED = ("submissions", "peer_reviews", "lesson_progress", "learning_analytics", "project_teams")
REFETCH_SOURCES = frozenset(
    {"course_staff", "peer_reviews", "project_teams", "design_projects", "assignments"}
)


def refetch(me: uuid.UUID, table: str, values: Mapping[str, Any]) -> tuple[str, ...]:
    """The tables whose rows this change (an upsert image or a tombstone, Python values) may show the caller
    with other columns than before."""
    if table == "course_staff" and values.get("user_id") == me:
        return STAFF_MASKED
    if table == "peer_reviews" and values.get("reviewer_id") == me:
        return ("submissions",)
    if table == "project_teams" and values.get("user_id") == me:
        return ("project_teams",)
    if table == "design_projects" and values.get("created_by") == me:
        return ("project_teams",)
    if table == "assignments":
        fmt = values.get("submission_format")
        if isinstance(fmt, dict) and "anonymous_reviews" in fmt:
            return ("submissions", "peer_reviews")
    return ()
