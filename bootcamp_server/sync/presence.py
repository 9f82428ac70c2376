"""Who syncs with this server, from which replica, and how much: the facilitator's live view (``sync_clients``).

``note`` is called by the sync routes after a pull page or a push has been answered, in a small transaction
of its own (``ServerDB.bookkeeping``: no change for replicas to pull). Its cost is bounded:

- a push and a pull page that brings rows write one upsert: a sync is one push and a few pages, and an
  app syncs when it has something to send or every 15 minutes (``ui/sync_controller.py``);
- a pull that brings nothing (the ``304`` of a poll, or an empty page) writes only when this process has
  not written that replica's row in the last ``QUIET_SECONDS``: a client that polls every second costs one
  write a minute, not one per poll. The memory is per process (each worker keeps its own), and is only a
  saving: losing it costs one write.

``cohort_status`` answers a course's staff (and admins) with the replicas of the course's learners; anyone
else gets ``PermissionError``: a learner never sees others'.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import CourseStaff, Enrollment
from bootcamp_core.protocol.releases import PLATFORM_HEADER, PLATFORMS

from ..access.principal import Principal
from ..db import ServerDB
from ..models import SyncClientRecord

CLIENT_HEADER = "Bootcamp-Client"
QUIET_SECONDS = 60.0
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_APP = re.compile(r"\bbootcamp-desktop/([0-9A-Za-z.+!-]{1,40})")


@dataclass(frozen=True)
class Seen:
    """What a request says of the replica that sent it (headers it may or may not send: all checked)."""

    client_id: str
    app_version: str | None
    platform: str | None
    protocol: int | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], protocol: int | None) -> Seen:
        client = headers.get(CLIENT_HEADER.lower(), "") or headers.get(CLIENT_HEADER, "")
        agent = _APP.search(headers.get("user-agent", "") or "")
        platform = headers.get(PLATFORM_HEADER.lower(), "") or headers.get(PLATFORM_HEADER, "")
        return cls(
            client if _CLIENT_ID.match(client) else "",
            agent.group(1) if agent else None,
            platform if platform in PLATFORMS else None,
            protocol,
        )


_written: dict[tuple[uuid.UUID, str], float] = {}
_lock = threading.Lock()


def _quiet(key: tuple[uuid.UUID, str]) -> bool:
    now = time.monotonic()
    with _lock:
        last = _written.get(key)
        if last is not None and now - last < QUIET_SECONDS:
            return True
        if len(_written) > 100_000:
            _written.clear()
        _written[key] = now
        return False


def note(
    sdb: ServerDB,
    principal: Principal,
    seen: Seen,
    *,
    pulled: int | None = None,
    pushed: int = 0,
    refused: int = 0,
) -> bool:
    """Record a pull page (``pulled``: the rows it brought) or a push; False when a quiet poll was skipped."""
    key = (principal.user_id, seen.client_id)
    is_pull = pulled is not None
    if is_pull and not pulled and _quiet(key):
        return False
    if not is_pull or pulled:
        with _lock:
            _written[key] = time.monotonic()
    now = dt.datetime.now(dt.UTC)
    table = SyncClientRecord.__table__
    values: dict[str, Any] = {"last_seen_at": now}
    for name in ("app_version", "platform", "protocol"):
        if getattr(seen, name) is not None:
            values[name] = getattr(seen, name)
    if is_pull:
        values["last_pull_at"] = now
        values["pulled_changes"] = table.c.pulled_changes + (pulled or 0)
    else:
        values["last_push_at"] = now
        values["pushed_mutations"] = table.c.pushed_mutations + pushed
        values["refused_mutations"] = table.c.refused_mutations + refused
    first = {
        "id": uuid.uuid4(),
        "user_id": principal.user_id,
        "client_id": seen.client_id,
        "first_seen_at": now,
        "last_seen_at": now,
        "app_version": seen.app_version,
        "platform": seen.platform,
        "protocol": seen.protocol,
        "pulled_changes": pulled or 0,
        "pushed_mutations": pushed,
        "refused_mutations": refused,
        "last_pull_at": now if is_pull else None,
        "last_push_at": None if is_pull else now,
    }
    if sdb.is_pg:
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table).values(**first)
    statement = statement.on_conflict_do_update(index_elements=["user_id", "client_id"], set_=values)
    with sdb.bookkeeping(principal.context) as s:
        s.execute(statement)
    return True


def cohort_status(sdb: ServerDB, principal: Principal, course_id: uuid.UUID) -> list[dict[str, Any]]:
    """The course's learners (its staff left out), each with their replicas, latest sync first (an empty list
    for a learner whose app never synced here); ``PermissionError`` unless the caller staffs the course or is
    an admin. Ids only: the caller's replica has the names."""
    if not (principal.staffs(course_id) or principal.is_admin):
        raise PermissionError(
            "only the course's facilitators, instructors and assistants see its learners' syncs"
        )
    staff = sa.select(CourseStaff.user_id).where(CourseStaff.course_id == course_id)
    with sdb.read(principal.context) as s:
        learners = list(
            s.scalars(
                sa.select(Enrollment.user_id)
                .where(Enrollment.course_id == course_id, Enrollment.user_id.not_in(staff))
                .order_by(Enrollment.user_id)
            )
        )
        records = (
            s.scalars(
                sa.select(SyncClientRecord)
                .where(SyncClientRecord.user_id.in_(learners))
                .order_by(SyncClientRecord.last_seen_at.desc())
            ).all()
            if learners
            else []
        )
    replicas: dict[uuid.UUID, list[dict[str, Any]]] = {u: [] for u in learners}
    for r in records:
        replicas[r.user_id].append(
            {
                "client_id": r.client_id,
                "app_version": r.app_version,
                "platform": r.platform,
                "protocol": r.protocol,
                "first_seen_at": _iso(r.first_seen_at),
                "last_seen_at": _iso(r.last_seen_at),
                "last_pull_at": _iso(r.last_pull_at),
                "last_push_at": _iso(r.last_push_at),
                "pulled_changes": r.pulled_changes,
                "pushed_mutations": r.pushed_mutations,
                "refused_mutations": r.refused_mutations,
            }
        )
    return [{"user_id": str(u), "replicas": replicas[u]} for u in learners]


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
