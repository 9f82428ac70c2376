"""Merge rules, per table and column, in one place (DESIGN.md "Sync: what it must guarantee").

The server calls ``resolve`` for every pushed mutation with the row as it stands; the replica calls
``merge_values`` to rebase its pending local changes on a row it pulls. Both sides therefore agree
on what a merge gives.

- Every column not listed below: last writer wins per field, in the order mutations reach the
  server. A mutation carries only the fields it changed, so concurrent edits of different fields
  both survive.
- Counters (``tables.COUNTERS``) change only by increments (``inc``) and merge as sums. An insert that
  lands on an existing row (same id, or same natural key) adds its increments; its counter values are
  a new row's starting values and are ignored (a replica sends the column's default there and the whole
  count in ``inc``, so two rows created for one natural key sum their counts). Every other column of
  such an insert merges by its rule, field by field; a column the new row left empty (null) keeps the
  existing row's value: the second device never wrote it, it did not clear it.
- Lesson progress only moves forward: ``status`` by not_started < in_progress < completed,
  ``best_score`` as a maximum, ``started_at``/``completed_at`` as the earliest non-null value.
  An enrolment's ``progress_percentage`` is a maximum, its ``completion_date`` the earliest, and its
  status does not go back along enrolled < in_progress < completed (staff may still drop or suspend).
  An enrolment that left the course (``dropped``, ``suspended``) comes back only by a new enrolment, a
  write that also sets a later ``enrollment_date`` (``services.catalogue.enrol``): a progress move made
  by a replica that had not yet learnt of the departure (studying offline) does not revive it. The course's
  staff may lift a departure as they set it.
- Documents (``DOCUMENTS``: a submission's ``submission_content``) merge key by key, three ways, against
  the document the writer started from (the mutation's ``base``): a key the writer left as it found it
  keeps the row's value; text and quiz answers otherwise take the writer's value; files and links are
  sets, the writer's additions and removals applied to the row's list. An insert landing on an existing
  row starts from an empty document, so its empty text keeps the row's text and its files join the
  row's, and a new draft's status, hand-in time and revision count do not take back work handed in from
  the other laptop. (A learner types on one laptop and attaches a photo on the other: both stay.) Without a base
  (protocol 2 and older) an update replaces the whole document, as before.
- A graded submission cannot be changed (or deleted) by its learner: ``graded_locked``.
- Grades conflict visibly: a grader's write of a submission's grade fields, based on a version older
  than the server's, over a grade another write has set since, answers ``conflict``; so does any
  stale update of an ``instructor_feedback`` row. The client keeps its version and shows both.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bootcamp_core.models.enums import ENROLLMENT_STATUS, LESSON_PROGRESS_STATUS

from .tables import spec

Rule = Callable[[Any, Any], Any]
MAX_INCREMENT = 1_000_000
PROTECTED = frozenset({"id", "sync_version", "sync_seq"})


def last_writer_wins(current: Any, incoming: Any) -> Any:
    return incoming


def forward(order: tuple[str, ...]) -> Rule:
    """The later of two values along ``order``; values outside the order fall back to last writer wins."""
    rank = {v: i for i, v in enumerate(order)}

    def rule(current: Any, incoming: Any) -> Any:
        if current in rank and incoming in rank:
            return current if rank[current] > rank[incoming] else incoming
        if incoming is None:
            return current
        return incoming

    return rule


def maximum(current: Any, incoming: Any) -> Any:
    if current is None:
        return incoming
    if incoming is None:
        return current
    return max(current, incoming)


def earliest(current: Any, incoming: Any) -> Any:
    if current is None:
        return incoming
    if incoming is None:
        return current
    return min(current, incoming)


DEPARTED = frozenset({"dropped", "suspended"})


def _revives(table_name: str, current: Mapping[str, Any], changes: Mapping[str, Any]) -> bool:
    """A change of an enrolment that left the course back to a progress status, without re-enrolling."""
    if table_name != "enrollments" or current.get("enrollment_status") not in DEPARTED:
        return False
    incoming = changes.get("enrollment_status")
    if incoming is None or incoming in DEPARTED:
        return False
    since, before = changes.get("enrollment_date"), current.get("enrollment_date")
    return not (since is not None and (before is None or since > before))


RULES: dict[str, dict[str, Rule]] = {
    "lesson_progress": {
        "status": forward(LESSON_PROGRESS_STATUS),
        "best_score": maximum,
        "started_at": earliest,
        "completed_at": earliest,
    },
    "enrollments": {
        "progress_percentage": maximum,
        "completion_date": earliest,
        "enrollment_status": forward(
            tuple(s for s in ENROLLMENT_STATUS if s in ("enrolled", "in_progress", "completed"))
        ),
    },
}

# JSON documents whose keys merge separately: "value" keys by last writer, "set" keys (lists of items
# known by their ``url``) by additions and removals. Keys not listed are values.
DOCUMENTS: dict[str, dict[str, dict[str, str]]] = {
    "submissions": {"submission_content": {"files": "set", "links": "set"}},
}


def _identity(item: Any) -> Any:
    return item.get("url", repr(sorted(item.items(), key=str))) if isinstance(item, dict) else repr(item)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def merge_document(kinds: Mapping[str, str], current: Any, incoming: Any, base: Any, *, insert: bool) -> Any:
    """``incoming`` merged into ``current`` key by key against ``base``, the document the writer started
    from (see the module's docstring). ``base`` None: an insert starts from an empty document; an update
    from an unknown one replaces the whole document."""
    if not isinstance(incoming, dict) or not isinstance(current, dict):
        return incoming
    if base is None and not insert:
        return incoming
    base = base if isinstance(base, dict) else {}
    out = dict(current)
    for key, value in incoming.items():
        before = base.get(key)
        if kinds.get(key) == "set" and isinstance(value, list):
            mine = {_identity(x): x for x in value}
            was = {_identity(x) for x in before} if isinstance(before, list) else set()
            removed = was - mine.keys()
            row = [x for x in current.get(key) or [] if _identity(x) not in removed]
            kept = {_identity(x) for x in row}
            out[key] = row + [x for i, x in mine.items() if i not in was and i not in kept]
        elif key in base and value == before:
            continue  # left as the writer found it
        elif not base and _empty(value) and key in current:
            continue  # an insert's empty value: never written there
        else:
            out[key] = value
    return out


def _starting_values(table_name: str, changes: Mapping[str, Any]) -> frozenset[str]:
    """Columns an insert that lands on an existing row carries only as a new row's starting point. A draft
    started on a second laptop (status ``draft``) does not take back work handed in from the first, nor
    reset its revision count or hand-in time: only what was written into it merges."""
    if table_name == "submissions" and changes.get("status") in (None, "draft"):
        return frozenset({"status", "submitted_at", "revision_count"})
    return frozenset()


GRADE_COLUMNS: dict[str, frozenset[str]] = {
    "submissions": frozenset({"score", "status", "feedback", "graded_by", "graded_at"}),
}
# Tables whose rows are a grader's judgement as a whole: any stale update conflicts.
JUDGEMENT_TABLES = frozenset({"instructor_feedback"})


class MutationRejected(ValueError):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Mutation:
    id: uuid.UUID
    table: str
    op: str  # insert, update, delete
    row_id: uuid.UUID
    base_version: int = 0
    set: Mapping[str, Any] = field(default_factory=dict)  # decoded Python values
    inc: Mapping[str, int] = field(default_factory=dict)
    base: Mapping[str, Any] | None = None  # documents (``DOCUMENTS``) as the writer found them


@dataclass
class Outcome:
    status: str  # applied, merged, conflict, rejected
    values: dict[str, Any] | None = None  # the row's column values after the mutation (not for delete)
    code: str | None = None
    reason: str | None = None


def check_shape(m: Mutation) -> None:
    """Reject mutations no merge could make sense of; raises ``MutationRejected`` (code ``invalid``)."""
    table = spec(m.table)
    if m.op not in ("insert", "update", "delete"):
        raise MutationRejected("invalid", f"unknown operation {m.op!r}")
    bad = set(m.set) & PROTECTED
    if bad:
        raise MutationRejected("invalid", f"{', '.join(sorted(bad))} cannot be set by a client")
    for name, delta in m.inc.items():
        if name not in table.counters:
            raise MutationRejected("invalid", f"{m.table}.{name} is not a counter")
        if not isinstance(delta, int) or isinstance(delta, bool) or abs(delta) > MAX_INCREMENT:
            raise MutationRejected(
                "invalid", f"{m.table}.{name}: increment must be an integer of at most {MAX_INCREMENT}"
            )
    if m.op == "update":
        counters_set = set(m.set) & table.counters
        if counters_set:
            raise MutationRejected(
                "invalid", f"{', '.join(sorted(counters_set))} change only by increments, not by assignment"
            )
    if m.op == "delete" and (m.set or m.inc):
        raise MutationRejected("invalid", "a delete carries no values")


def merge_values(
    table_name: str,
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
    inc: Mapping[str, int],
    *,
    insert: bool = False,
    as_staff: bool = False,
    base: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``current`` with ``changes`` merged in by the table's rules and ``inc`` added to counters.

    ``insert``: the changes are those of an insert that lands on an existing row (same id, or same
    natural key). Its counter values are the starting values of a new row, not a change: only its
    increments count, so no one else's increments are lost. Its nulls are columns it never had, not
    erasures: the existing values stay. ``base``: the writer's documents as it found them (``DOCUMENTS``).
    """
    rules = RULES.get(table_name, {})
    documents = DOCUMENTS.get(table_name, {})
    counters = spec(table_name).counters if insert else frozenset()
    out = dict(current)
    revives = not as_staff and _revives(table_name, current, changes)  # staff may lift a departure as it is
    starting = _starting_values(table_name, changes) if insert else frozenset()
    for name, value in changes.items():
        if (
            name in counters
            or name in starting
            or (insert and value is None)
            or (revives and name == "enrollment_status")
        ):
            continue
        if name in documents:
            out[name] = merge_document(
                documents[name], current.get(name), value, (base or {}).get(name), insert=insert
            )
            continue
        out[name] = rules.get(name, last_writer_wins)(current.get(name), value)
    for name, delta in inc.items():
        out[name] = (out.get(name) or 0) + delta
    return out


def _grade_conflict(
    table_name: str, current: Mapping[str, Any], m: Mapping[str, Any], base_version: int
) -> bool:
    if base_version >= current.get("sync_version", 0):
        return False
    if table_name in JUDGEMENT_TABLES:
        return True
    columns = GRADE_COLUMNS.get(table_name)
    if not columns or not (set(m) & columns):
        return False
    if current.get("graded_at") is None:
        return False  # nobody has graded it since: no grade to overwrite
    return any(current.get(c) != m[c] for c in columns & set(m))


def resolve(m: Mutation, current: Mapping[str, Any] | None, *, as_staff: bool) -> Outcome:
    """What the mutation does to ``current`` (the server's row, or None when there is none).

    ``as_staff``: the writer teaches the row's course (may grade); otherwise a learner writing their own
    rows. Access rules (who may write which row and column) are checked before, by the server.
    """
    try:
        check_shape(m)
    except MutationRejected as exc:
        return Outcome("rejected", code=exc.code, reason=exc.reason)
    locked = (
        m.table == "submissions"
        and not as_staff
        and current is not None
        and current.get("status") == "graded"
    )
    if m.op == "delete":
        if current is None:
            return Outcome("applied")
        if locked:
            return Outcome(
                "rejected",
                code="graded_locked",
                reason="a graded submission cannot be deleted by its learner",
            )
        return Outcome("applied")
    if current is None:
        if m.op == "update":
            return Outcome("rejected", code="deleted", reason="the row no longer exists on the server")
        values = dict(m.set)
        values["id"] = m.row_id
        for name, delta in m.inc.items():
            values[name] = (values.get(name) or 0) + delta
        return Outcome("applied", values=values)
    if locked:
        return Outcome(
            "rejected",
            code="graded_locked",
            reason="this submission has been graded and can no longer be changed",
        )
    if as_staff and _grade_conflict(m.table, current, m.set, m.base_version):
        code = "version_conflict" if m.table in JUDGEMENT_TABLES else "grade_conflict"
        return Outcome(
            "conflict",
            values=dict(current),
            code=code,
            reason="another grader changed this grade since you started; both versions are kept",
        )
    values = merge_values(
        m.table, current, m.set, m.inc, insert=m.op == "insert", as_staff=as_staff, base=m.base
    )
    concurrent = m.op == "insert" or m.base_version != current.get("sync_version", 0)
    overridden = any(values.get(k) != v for k, v in m.set.items())
    return Outcome("merged" if concurrent or overridden else "applied", values=values)
