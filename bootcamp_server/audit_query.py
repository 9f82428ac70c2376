"""Reading the audit log for administrators: filters, keyset pages (newest first) and CSV export.

Filters: ``table`` (repeatable), ``category`` (``grades``, ``certificates``, ``roles``,
``personal``), ``action`` (exact, e.g. ``submissions.update``, or a prefix ending in ``.``),
``actor``, ``row`` (ids), ``since``/``until`` (ISO 8601, ``until`` exclusive). The cursor is opaque
(the position of the last entry sent). CSV cells that a spreadsheet would run as a formula are
quoted with a leading apostrophe (CSV injection).
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import User

from .models import AuditLog

CATEGORIES: dict[str, tuple[str, ...]] = {
    "grades": ("submissions", "instructor_feedback", "peer_reviews"),
    "certificates": ("certificates", "enrollments"),
    "roles": ("user_roles", "course_staff"),
    "personal": ("users", "user_profiles", "fataplus_integration", "external_service_tokens"),
}
MAX_LIMIT = 500
MAX_EXPORT_ROWS = 200_000
CSV_COLUMNS = (
    "occurred_at",
    "actor_id",
    "actor_name",
    "actor_email",
    "action",
    "table",
    "row_id",
    "reason",
    "before",
    "after",
)


class AuditQueryError(ValueError):
    pass


@dataclass(frozen=True)
class AuditFilter:
    tables: tuple[str, ...] = ()
    category: str | None = None
    action: str | None = None
    actor: uuid.UUID | None = None
    row: uuid.UUID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def conditions(self) -> list[Any]:
        a = AuditLog
        out: list[Any] = []
        tables = set(self.tables)
        if self.category:
            if self.category not in CATEGORIES:
                raise AuditQueryError(f"category must be one of {', '.join(CATEGORIES)}")
            tables = tables & set(CATEGORIES[self.category]) if tables else set(CATEGORIES[self.category])
            if not tables:
                tables = {"\x00none"}
        if tables:
            out.append(a.table_name.in_(sorted(tables)))
        if self.action:
            if self.action.endswith("."):
                out.append(a.action.startswith(self.action, autoescape=True))
            else:
                out.append(a.action == self.action)
        if self.actor:
            out.append(a.actor_id == self.actor)
        if self.row:
            out.append(a.row_id == self.row)
        if self.since:
            out.append(a.occurred_at >= self.since)
        if self.until:
            out.append(a.occurred_at < self.until)
        return out


def parse_time(value: str | None, name: str) -> dt.datetime | None:
    if not value:
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    if "T" in text:
        text = text.replace(" ", "+")  # an unencoded "+01:00" arrives as " 01:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise AuditQueryError(f"{name} must be an ISO 8601 date or timestamp") from None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def parse_uuid(value: str | None, name: str) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise AuditQueryError(f"{name} must be a UUID") from None


def encode_cursor(occurred_at: dt.datetime, entry_id: uuid.UUID) -> str:
    text = f"{occurred_at.astimezone(dt.UTC).isoformat()}|{entry_id}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, uuid.UUID]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        at, _, ident = text.partition("|")
        parsed = dt.datetime.fromisoformat(at)
        if parsed.tzinfo is None:
            raise ValueError
        return parsed, uuid.UUID(ident)
    except (ValueError, UnicodeDecodeError):
        raise AuditQueryError("not a cursor of this server") from None


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _select(flt: AuditFilter) -> Any:
    a, u = AuditLog, User
    return (
        sa.select(a, u.full_name, u.email)
        .outerjoin(u, u.id == a.actor_id)
        .where(*flt.conditions())
        .order_by(a.occurred_at.desc(), a.id.desc())
    )


def _entry(entry: AuditLog, name: str | None, email: str | None) -> dict[str, Any]:
    return {
        "id": str(entry.id),
        "occurred_at": _iso(entry.occurred_at),
        "actor_id": str(entry.actor_id) if entry.actor_id else None,
        "actor_name": name,
        "actor_email": email,
        "action": entry.action,
        "table": entry.table_name,
        "row_id": str(entry.row_id) if entry.row_id else None,
        "reason": entry.reason,
        "before": entry.before,
        "after": entry.after,
    }


def page(session: Session, flt: AuditFilter, limit: int, cursor: str | None) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise AuditQueryError(f"limit must be between 1 and {MAX_LIMIT}")
    query = _select(flt)
    if cursor:
        at, ident = decode_cursor(cursor)
        query = query.where(sa.tuple_(AuditLog.occurred_at, AuditLog.id) < sa.tuple_(at, ident))
    rows = session.execute(query.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else None
    return {
        "entries": [_entry(e, n, m) for e, n, m in rows],
        "next": encode_cursor(last.occurred_at, last.id) if more and last is not None else None,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_rows(session: Session, flt: AuditFilter) -> Iterator[str]:
    """The CSV text, header first, one chunk per row (read in one transaction by the caller)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield flush()
    result = session.execute(_select(flt).limit(MAX_EXPORT_ROWS).execution_options(yield_per=1000))
    for e, name, email in result:
        d = _entry(e, name, email)
        writer.writerow([_cell(d[c]) for c in CSV_COLUMNS])
        yield flush()
