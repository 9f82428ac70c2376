"""The server's audit log, for administrators: filtered pages and a CSV export.

Through the signed-in sync client (``GET /api/v1/admin/audit``); nothing is kept in the replica. The
filters are the server's: tables or a category (``grades``, ``certificates``, ``roles``,
``personal``), an action (``submissions.update``, or a prefix ending in ``.``), an actor, a row and a
time range. A non-administrator gets ``SyncError`` (403).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bootcamp_desktop.sync.client import API
from bootcamp_desktop.sync.errors import CorruptPageError

from . import sync_ops
from .workspace import Workspace

CATEGORIES = ("grades", "certificates", "roles", "personal")
PAGE_SIZE = 100


@dataclass(frozen=True)
class AuditQuery:
    tables: tuple[str, ...] = ()
    category: str | None = None
    action: str | None = None
    actor: uuid.UUID | None = None
    row: uuid.UUID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def params(self) -> list[tuple[str, str]]:
        if self.category is not None and self.category not in CATEGORIES:
            raise ValueError(f"category must be one of {', '.join(CATEGORIES)}")
        out = [("table", t) for t in self.tables]
        for name, value in (
            ("category", self.category),
            ("action", self.action),
            ("actor", self.actor),
            ("row", self.row),
        ):
            if value:
                out.append((name, str(value)))
        for name, when in (("since", self.since), ("until", self.until)):
            if when is not None:
                if when.tzinfo is None:
                    raise ValueError(f"{name} needs a time zone")
                out.append((name, when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
        return out


@dataclass(frozen=True)
class AuditEntry:
    id: uuid.UUID
    occurred_at: dt.datetime
    actor_id: uuid.UUID | None
    actor_name: str | None
    actor_email: str | None
    action: str
    table: str
    row_id: uuid.UUID | None
    reason: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    next_cursor: str | None


def _uuid(value: Any, required: bool = False) -> uuid.UUID | None:
    if value is None and not required:
        return None
    return uuid.UUID(str(value))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value


def _doc(value: Any) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise ValueError("expected an object")


def parse_entry(raw: Any) -> AuditEntry:
    if not isinstance(raw, dict):
        raise CorruptPageError("an audit entry must be an object")
    try:
        occurred = dt.datetime.fromisoformat(str(raw["occurred_at"]).replace("Z", "+00:00"))
        if occurred.tzinfo is None:
            raise ValueError("a timestamp without a time zone")
        return AuditEntry(
            id=_uuid(raw["id"], True),  # type: ignore[arg-type]
            occurred_at=occurred.astimezone(dt.UTC),
            actor_id=_uuid(raw.get("actor_id")),
            actor_name=_text(raw.get("actor_name")),
            actor_email=_text(raw.get("actor_email")),
            action=_text(raw["action"]) or "",
            table=_text(raw["table"]) or "",
            row_id=_uuid(raw.get("row_id")),
            reason=_text(raw.get("reason")),
            before=_doc(raw.get("before")),
            after=_doc(raw.get("after")),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise CorruptPageError(f"the server sent an audit entry that does not read: {exc}") from None


async def fetch_page(
    ws: Workspace, query: AuditQuery, cursor: str | None = None, limit: int = PAGE_SIZE
) -> AuditPage:
    params = [*query.params(), ("limit", str(limit))]
    if cursor:
        params.append(("cursor", cursor))
    async with sync_ops.client_for(ws) as client:
        answer = await client.json("GET", f"{API}/admin/audit", params=params)
    entries = answer.get("entries")
    nxt = answer.get("next")
    if not isinstance(entries, list) or not (nxt is None or isinstance(nxt, str)):
        raise CorruptPageError("the audit page does not have the expected shape")
    return AuditPage([parse_entry(e) for e in entries], nxt)


async def export_csv(ws: Workspace, query: AuditQuery, target: Path) -> int:
    """Everything the filters select, as CSV in ``target`` (the server audits the export); returns bytes."""
    async with sync_ops.client_for(ws) as client:
        return await client.download_to(
            f"{API}/admin/audit",
            target,
            params=[*query.params(), ("format", "csv")],
            headers={"Accept": "text/csv"},
        )
