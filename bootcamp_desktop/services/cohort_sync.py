"""The facilitator's live view of the room: when each learner's app last synced with the server (the hub in a
workshop), how much it received and sent, which version of the app it runs.

Asked of the server (``GET /api/v1/courses/{id}/sync-status``, answered to the course's staff only) through
the signed-in sync client; nothing is kept in the replica. "In the room now" is a replica that synced in the
last ``CONNECTED_MINUTES``: an open app that reaches the server syncs at least every 15 minutes
(``ui/sync_controller.py``), and at once when it has something to send.

What is still waiting to go upstream (from the hub to the central server) exists only once the hub relays
(``docs/hub-relay.md``): ``CohortSync.upstream_waiting`` is None until then.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from bootcamp_desktop.sync.client import API
from bootcamp_desktop.sync.errors import CorruptPageError

from . import sync_ops
from .workspace import Workspace

CONNECTED_MINUTES = 20


@dataclass(frozen=True)
class ReplicaSync:
    client_id: str
    app_version: str | None
    platform: str | None
    last_seen_at: dt.datetime
    last_pull_at: dt.datetime | None
    last_push_at: dt.datetime | None
    pulled: int  # rows this replica has received from the server
    pushed: int  # its changes the server applied
    refused: int  # its changes the server refused (the learner sees them in their sync panel)

    def connected(self, now: dt.datetime) -> bool:
        return now - self.last_seen_at < dt.timedelta(minutes=CONNECTED_MINUTES)


@dataclass(frozen=True)
class CohortSync:
    server_time: dt.datetime
    replicas: dict[uuid.UUID, list[ReplicaSync]]  # learner -> their replicas, latest sync first
    upstream_waiting: int | None = None  # changes the hub holds for the central server (None: no relay yet)

    def latest(self, user_id: uuid.UUID) -> ReplicaSync | None:
        found = self.replicas.get(user_id)
        return found[0] if found else None

    def connected(self) -> int:
        return sum(1 for rs in self.replicas.values() if rs and rs[0].connected(self.server_time))


def _time(value: Any, required: bool = False) -> dt.datetime | None:
    if value is None and not required:
        return None
    when = dt.datetime.fromisoformat(str(value))  # "...Z" reads as UTC (Python 3.11)
    if when.tzinfo is None:
        raise ValueError("a timestamp without a time zone")
    return when.astimezone(dt.UTC)


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("a count must be a non-negative integer")
    return value


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value[:limit]


def parse(answer: Any) -> CohortSync:
    """The server's answer, checked; ``CorruptPageError`` for one that does not read."""
    try:
        replicas: dict[uuid.UUID, list[ReplicaSync]] = {}
        for learner in answer["learners"]:
            replicas[uuid.UUID(str(learner["user_id"]))] = [
                ReplicaSync(
                    client_id=_text(r.get("client_id"), 64) or "",
                    app_version=_text(r.get("app_version"), 64),
                    platform=_text(r.get("platform"), 32),
                    last_seen_at=_time(r["last_seen_at"], True),  # type: ignore[arg-type]
                    last_pull_at=_time(r.get("last_pull_at")),
                    last_push_at=_time(r.get("last_push_at")),
                    pulled=_count(r.get("pulled_changes", 0)),
                    pushed=_count(r.get("pushed_mutations", 0)),
                    refused=_count(r.get("refused_mutations", 0)),
                )
                for r in learner["replicas"]
            ]
        return CohortSync(_time(answer["server_time"], True), replicas)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CorruptPageError(f"the server's sync status of the cohort does not read: {exc}") from None


def available(ws: Workspace) -> bool:
    """Whether there is a server to ask: this replica is signed in to one."""
    return bool(ws.settings.server_url and ws.settings.current_user_id)


async def fetch(ws: Workspace, course_id: uuid.UUID) -> CohortSync:
    async with sync_ops.client_for(ws) as client:
        answer = await client.json("GET", f"{API}/courses/{course_id}/sync-status")
    return parse(answer)
