"""Judging a pushed write on the row as it will be (DESIGN.md, "Identity and access").

``judge_write`` is the one check the push makes before merging. A write is allowed only if:

1. the row rules (``rules``) allow the verb: ``delete`` on the current row; ``create`` on the new row;
   ``update`` on the current row and on the row as it will be (``current`` with the pushed values);
2. an update that changes a column placing the row (``columns.place``: its course, owner, parent) is judged
   as a create of the row as it will be: a draft cannot be moved to another course's assignment, a
   discussion into a course one does not take, a peer review onto one's own work;
3. every column it touches is one the caller's relations to the row may write (``columns.write``), a
   ``null`` as much as a value: clearing a grade is grading. On a new row, a column left at its default
   (or null) is not touched; on an update, a column set to the value it has is not touched;
4. what staff decided stays theirs (``_states``): a learner does not lift a suspension (nor touch a suspended
   enrolment, nor move an enrolment to another course), change a submission under review,
   undo a request for revision other than by handing a revision in, or change the anonymity of a review
   assigned to them; who graded or resolved something is the writer.

A graded submission is left to the merge rules, which answer ``graded_locked`` to its learner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from bootcamp_core.protocol import registry
from bootcamp_core.protocol.merge import merge_values

from .columns import GRADER, STAFF, place_columns, relations, writable_columns
from .rules import Decision, Row, can

# Columns naming who did something: a writer other than an admin may only name themselves (or no one).
ACTOR_COLUMNS = {"submissions": ("graded_by",), "discussions": ("resolved_by",)}
LEARNER_STATUS_FROM = {  # a learner's submission: status now -> the statuses they may give it
    None: frozenset({None, "draft", "submitted"}),
    "draft": frozenset({"draft", "submitted"}),
    "revision_requested": frozenset({"revision_requested", "submitted"}),
    "submitted": frozenset({"draft", "submitted"}),  # handed in: taken back, or left as it is
    "under_review": frozenset({"under_review"}),
}
EDITABLE_BY_LEARNER = frozenset({None, "draft", "revision_requested", "submitted"})
STAFF_ONLY_ENROLMENT = frozenset({"suspended"})


@cache
def _defaults(table: str) -> dict[str, Any]:
    """Each column's scalar default, as a new row gets it when a push leaves the column out."""
    out = {}
    for name in registry()[table].columns:
        column = registry()[table].table.c[name]
        if column.default is not None and column.default.is_scalar:
            out[name] = column.default.arg
    return out


def touched(table: str, current: Row | None, values: Mapping[str, Any], inc: Mapping[str, int]) -> set[str]:
    """The columns a write changes: on a new row those not left null or at their default, on an update those
    set to another value than they have (null included), and every counter it adds to."""
    out = {k for k, v in inc.items() if v}
    if current is None:
        defaults = _defaults(table)
        return out | {k for k, v in values.items() if k != "id" and v is not None and v != defaults.get(k)}
    return out | {k for k, v in values.items() if k != "id" and current.get(k) != v}


def judge_write(
    d: Decision, table: str, op: str, current: Row | None, values: Mapping[str, Any], inc: Mapping[str, int]
) -> str | None:
    """Why the caller may not make this write, or None when they may.

    ``op``: insert, update or delete; ``current``: the server's row it lands on (None for a new row: an insert
    whose id and natural key are new), ``values``: the pushed columns decoded (with ``id`` for a new row),
    ``inc``: counter increments."""
    if op == "delete":
        return (
            None
            if current is None or can(d, "delete", table, current)
            else f"you may not delete this {table} row"
        )
    if op == "insert" and current is not None:
        # It lands on a row and is merged into it (``merge.merge_values``): its counter values are a new row's and
        # its nulls columns it never had, so the row keeps its own. Judge the row that merge makes: a thread
        # re-sent with another course and no project stays in its project (found by tests/adversary).
        merged = merge_values(table, current, values, {}, insert=True)
        values = {
            k: merged[k] for k, v in values.items() if v is not None and k not in registry()[table].counters
        }
    new = {**(current or {}), **values}
    changed = touched(table, current, values, inc)
    if current is None:
        if not can(d, "create", table, new):
            return f"you may not create this {table} row"
        subject: Row = new
    else:
        if not can(d, "update", table, current) or not can(d, "update", table, new):
            return f"you may not change this {table} row"
        moved = changed & place_columns(table)
        if moved and not can(d, "create", table, new):
            return (
                f"you may not move this {table} row there ({', '.join(sorted(moved))}): "
                "you could not create it so"
            )
        subject = current
    if d.admin:
        return None
    refused = changed - writable_columns(d, table, subject)
    if refused:
        return f"you may not write {', '.join(sorted(refused))} of this {table} row"
    for column in ACTOR_COLUMNS.get(table, ()):
        if column in changed and new.get(column) not in (None, d.me):
            return f"{column} can only name you"
    check = _STATES.get(table)
    return check(d, current, new, changed) if check is not None else None


# -- what staff decided -----------------------------------------------------------------------------------------
def _enrolment_state(d: Decision, current: Row | None, new: Row, changed: set[str]) -> str | None:
    if not changed:
        return None
    staff = STAFF in relations(d, "enrollments", current or new)
    course = new.get("course_id")
    for column, course_of in (
        ("current_module_id", d.rel.module_course),
        ("current_lesson_id", d.rel.lesson_course),
    ):
        if column in changed and new.get(column) is not None and course_of(new[column]) != course:
            return f"{column} must be in the enrolment's course"
    if staff:
        return None
    if current is not None and ({"user_id", "course_id"} & changed):
        return "an enrolment stays in its course: enrol in the other one"
    if current is not None and current.get("enrollment_status") in STAFF_ONLY_ENROLMENT:
        return "a suspended enrolment is the staff's until they lift it"
    if "enrollment_status" in changed and new.get("enrollment_status") in STAFF_ONLY_ENROLMENT:
        return "only the course's staff suspend an enrolment"
    return None


def _submission_state(d: Decision, current: Row | None, new: Row, changed: set[str]) -> str | None:
    if GRADER in relations(d, "submissions", current or new) or not changed:
        return None
    before = current.get("status") if current is not None else None
    if before == "graded":
        return None  # the merge rules answer graded_locked
    after = new.get("status")
    if after != before and after not in LEARNER_STATUS_FROM.get(before, frozenset()):
        if before == "under_review":
            return "this submission is under review: it changes again when the staff ask for a revision"
        return (
            f"a learner may not set the status {after!r}" if after else "a learner may not clear the status"
        )
    if before not in EDITABLE_BY_LEARNER and changed - {"status"}:
        return "this submission is under review: it changes again when the staff ask for a revision"
    if current is not None and "revision_count" in changed:
        revising = before == "revision_requested" and after == "submitted"
        if not revising or (new.get("revision_count") or 0) <= (current.get("revision_count") or 0):
            return "the revision count goes up by handing a revision in"
    if (
        current is not None
        and before == "revision_requested"
        and after == "submitted"
        and "revision_count" not in changed
    ):
        return "hand the revision in with its revision count"
    return None


def _review_state(d: Decision, current: Row | None, new: Row, changed: set[str]) -> str | None:
    if current is None or "is_anonymous" not in changed or STAFF in relations(d, "peer_reviews", current):
        return None
    return "the anonymity of a review is the staff's to set"


_STATES: dict[str, Callable[[Decision, Row | None, Row, set[str]], str | None]] = {
    "enrollments": _enrolment_state,
    "submissions": _submission_state,
    "peer_reviews": _review_state,
}
