"""What a replica can ever receive, checked on every pulled page and snapshot before anything is written.

The server decides access (``bootcamp_server/access``); a replica cannot re-check the rules that
depend on data it does not hold. It does check what holds for every page the server sends to a user
who is not an administrator, whatever the data (docs/sync-protocol.md, "Pull"):

- other people arrive only as public projections: a ``users`` row of someone else has the email
  ``hidden+<id>@users.invalid``, the zero ``fataplus_user_id``, and nothing but name, avatar and time
  zone besides;
- rows of the tables private to their owner (profiles, roles, the Fataplus link, external service
  tokens) are the user's own;
- ``platform_metrics`` reach instructors and facilitators only.

A page that breaks one is refused whole (``CorruptPageError``), as a malformed page is: neither a
proxy nor a faulty server can plant another person's private data, or a role, in the replica. The
user's roles are those the replica holds plus those the same page grants (so a first sync works).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from bootcamp_desktop.models import UserRole
from bootcamp_desktop.models.db import Database

from .changes import Change
from .errors import CorruptPageError

OWNER_ONLY = {
    "user_profiles": "user_id",
    "user_roles": "user_id",
    "fataplus_integration": "user_id",
    "external_service_tokens": "user_id",
}
PUBLIC_USER_COLUMNS = frozenset({"id", "full_name", "avatar_url", "timezone", "sync_version", "sync_seq",
                                 "email", "fataplus_user_id"})
ZERO_UUID = uuid.UUID(int=0)
METRICS_ROLES = frozenset({"instructor", "facilitator", "admin"})


@dataclass(frozen=True)
class Scope:
    user_id: uuid.UUID
    roles: frozenset[str]

    @property
    def admin(self) -> bool:
        return "admin" in self.roles


def scope_for(db: Database, user_id: uuid.UUID | None) -> Scope | None:
    """The signed-in user as the checks see them; None (no checks) when the replica has no identity."""
    if user_id is None:
        return None
    with db.session() as s:
        roles = frozenset(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == user_id)))
    return Scope(user_id, roles)


def _refuse(change: Change, why: str) -> CorruptPageError:
    return CorruptPageError(f"the server sent {change.table} {change.row_id}, which this replica may not hold "
                            f"({why}); nothing of the page was applied")


def check(changes: Iterable[Change], scope: Scope | None) -> None:
    if scope is None:
        return
    changes = list(changes)
    granted = {
        str(c.row.get("role")) for c in changes
        if c.table == "user_roles" and c.op == "upsert" and c.row and c.row.get("user_id") == scope.user_id
    }
    roles = scope.roles | granted
    if "admin" in roles:
        return
    me = scope.user_id
    for change in changes:
        if change.op != "upsert" or change.row is None:
            continue  # a tombstone carries nothing to hold
        row = change.row
        if change.table == "users":
            if change.row_id == me:
                continue
            if row.get("email") != f"hidden+{change.row_id}@users.invalid" or row.get("fataplus_user_id") != ZERO_UUID:
                raise _refuse(change, "another person's account, not their public name")
            extra = sorted(k for k, v in row.items() if k not in PUBLIC_USER_COLUMNS and v is not None)
            if extra:
                raise _refuse(change, f"another person's {', '.join(extra)}")
        elif change.table in OWNER_ONLY:
            if row.get(OWNER_ONLY[change.table]) != me:
                raise _refuse(change, "another person's private row")
        elif change.table == "platform_metrics" and not roles & METRICS_ROLES:
            raise _refuse(change, "platform figures are for staff")
