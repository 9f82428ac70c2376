"""What a replica can ever receive, checked on every pulled page and snapshot before anything is written.

The server decides access (``bootcamp_server/access``); a replica cannot re-check the rules that
depend on data it does not hold. It does check what holds for every page the server sends to a user
who is not an administrator, whatever the data (docs/sync-protocol.md, "Pull"):

- other people arrive only as public projections: a ``users`` row of someone else has the email
  ``hidden+<id>@users.invalid``, the zero ``fataplus_user_id``, and nothing but name, avatar and time
  zone besides;
- rows of the tables private to their owner (profiles, roles, the Fataplus link, external service
  tokens) are the user's own;
- ``platform_metrics`` reach instructors and facilitators only;
- other people's grades, enrolments, certificates and analytics reach the staff of a course only: someone on
  no course's staff receives another person's submission only as its peer reviewer, so without its state,
  score, feedback or grader; nobody but an administrator receives another person's IP address or browser;
- the reviewer of an anonymous review of one's work is the anonymous classmate (``protocol.placeholders``).

A page that breaks one is refused whole (``CorruptPageError``), as a malformed page is: neither a
proxy nor a faulty server can plant another person's private data, or a role, in the replica. The
user's roles are those the replica holds plus those the same page grants (so a first sync works).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import CourseStaff, UserRole
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.placeholders import ANONYMOUS_ID

from .changes import Change
from .errors import CorruptPageError

OWNER_ONLY = {
    "user_profiles": "user_id",
    "user_roles": "user_id",
    "fataplus_integration": "user_id",
    "external_service_tokens": "user_id",
}
PUBLIC_USER_COLUMNS = frozenset(
    {"id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq", "email", "fataplus_user_id"}
)
ZERO_UUID = uuid.UUID(int=0)
METRICS_ROLES = frozenset({"instructor", "facilitator", "admin"})
# Other people's rows of these tables reach the staff of their course only.
STAFF_ONLY = {"enrollments": "user_id", "certificates": "user_id", "learning_analytics": "user_id"}
# What a peer reviewer never reads of the submission they review (the server's access/columns.py).
GRADE = ("status", "score", "feedback", "graded_by", "graded_at")
# What nobody but an administrator reads of another person's analytics.
PRIVATE_ANALYTICS = ("ip_address", "browser_info")
COLUMN_CHECKED = frozenset({*STAFF_ONLY, "submissions", "peer_reviews"})


@dataclass(frozen=True)
class Scope:
    user_id: uuid.UUID
    roles: frozenset[str]
    staff: bool = False  # on the staff of a course (as the replica, or the server's /me, knew it)
    db: Database | None = field(default=None, compare=False)  # to look again when a page needs it

    @property
    def admin(self) -> bool:
        return "admin" in self.roles

    def on_staff(self, changes: list[Change]) -> bool:
        """Whether the user is on some course's staff: as known, as the page says, or as the replica holds
        now (a first sync applies the staff rows pages before the rows they open)."""
        if self.staff or any(
            c.table == "course_staff" and c.row and c.row.get("user_id") == self.user_id for c in changes
        ):
            return True
        return self.db is not None and _staffs(self.db, self.user_id)


def _staffs(db: Database, user_id: uuid.UUID) -> bool:
    with db.session() as s:
        return (
            s.execute(sa.select(CourseStaff.id).where(CourseStaff.user_id == user_id).limit(1)).first()
            is not None
        )


def scope_for(db: Database, user_id: uuid.UUID | None) -> Scope | None:
    """The signed-in user as the checks see them; None (no checks) when the replica has no identity."""
    if user_id is None:
        return None
    with db.session() as s:
        roles = frozenset(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == user_id)))
    return Scope(user_id, roles, _staffs(db, user_id), db)


def _roles(changes: list[Change], scope: Scope) -> frozenset[str]:
    """The user's roles: those the replica holds plus those the same page grants (so a first sync works)."""
    return scope.roles | {
        str(c.row.get("role"))
        for c in changes
        if c.table == "user_roles" and c.op == "upsert" and c.row and c.row.get("user_id") == scope.user_id
    }


def _refuse(change: Change, why: str) -> CorruptPageError:
    return CorruptPageError(
        f"the server sent {change.table} {change.row_id}, which this replica may not hold "
        f"({why}); nothing of the page was applied"
    )


def check(changes: Iterable[Change], scope: Scope | None) -> None:
    if scope is None:
        return
    changes = list(changes)
    roles = _roles(changes, scope)
    if "admin" in roles:
        return
    me = scope.user_id
    staff = _Staff(scope, changes)
    for change in changes:
        if change.op != "upsert" or change.row is None:
            continue  # a tombstone carries nothing to hold
        row = change.row
        if change.table == "users":
            if change.row_id == me:
                continue
            if (
                row.get("email") != f"hidden+{change.row_id}@users.invalid"
                or row.get("fataplus_user_id") != ZERO_UUID
            ):
                raise _refuse(change, "another person's account, not their public name")
            extra = sorted(k for k, v in row.items() if k not in PUBLIC_USER_COLUMNS and v is not None)
            if extra:
                raise _refuse(change, f"another person's {', '.join(extra)}")
        elif change.table in OWNER_ONLY:
            if row.get(OWNER_ONLY[change.table]) != me:
                raise _refuse(change, "another person's private row")
        elif change.table == "platform_metrics" and not roles & METRICS_ROLES:
            raise _refuse(change, "platform figures are for staff")
        elif change.table in COLUMN_CHECKED:
            why = _column_breach(change.table, row, me, staff)
            if why:
                raise _refuse(change, why)


def _is(value: object, person: uuid.UUID) -> bool:
    """A decoded id or its wire text names this person."""
    return value is not None and (value == person or str(value) == str(person))


def _column_breach(
    table: str, row: Mapping[str, Any], me: uuid.UUID, on_staff: Callable[[], bool]
) -> str | None:
    """What of another person's row this user's relation never reads (docs/sync-protocol.md, "Columns"), or
    None. ``row``: decoded values or wire values."""
    if table == "learning_analytics" and not _is(row.get("user_id"), me):
        shown = [c for c in PRIVATE_ANALYTICS if row.get(c) is not None]
        if shown:
            return f"another person's {', '.join(shown)}"
    if table in STAFF_ONLY and not _is(row.get(STAFF_ONLY[table]), me) and not on_staff():
        return "another person's row, for the staff of their course"
    if table == "submissions" and not _is(row.get("user_id"), me):
        graded = [c for c in GRADE if row.get(c) is not None]
        if graded and not on_staff():
            return f"the {', '.join(graded)} of another person's work"
    if (
        table == "peer_reviews"
        and row.get("is_anonymous") is True
        and not (_is(row.get("reviewer_id"), me) or _is(row.get("reviewer_id"), ANONYMOUS_ID))
        and not on_staff()
    ):
        return "the reviewer of an anonymous review"
    return None


class _Staff:
    """Whether the user is on a course's staff, looked up once per page and only when a row needs it."""

    def __init__(self, scope: Scope, changes: list[Change]) -> None:
        self.scope, self.changes = scope, changes
        self.known: bool | None = None

    def __call__(self) -> bool:
        if self.known is None:
            self.known = self.scope.on_staff(self.changes)
        return self.known


def check_rows(
    table: str, columns: list[str], rows: Iterable[list[Any]], scope: Scope | None, changes: list[Change]
) -> None:
    """``check`` for a bootstrap page's rows of ``table`` that skip decoding (``columns``: their wire order)."""
    if scope is None or table not in COLUMN_CHECKED or "admin" in _roles(changes, scope):
        return
    staff = _Staff(scope, changes)
    for values in rows:
        row = dict(zip(columns, values, strict=False))
        why = _column_breach(table, row, scope.user_id, staff)
        if why:
            raise CorruptPageError(
                f"the server sent {table} {row.get('id')}, which this replica may not hold ({why}); "
                "nothing of the page was applied"
            )
