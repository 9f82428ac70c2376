"""A user's data export: a zip with one JSON file per table of their rows (wire encoding, no secret
columns), the files those rows refer to (``files/<sha256>``), and ``manifest.json``.

Each row is exported as the user may read it (``access/columns.py``, as every read path): the reviews of
their work keep an anonymous reviewer anonymous, and a file only a concealed column refers to is left out."""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import uuid
import zipfile
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.protocol import encode_row, registry

from ..access.columns import shown
from ..access.principal import Principal
from ..access.relations import Relations
from ..access.rules import Decision
from ..blobstore import BlobStore
from ..db import ServerDB
from ..models import AuditLog, SyncClientRecord

# Table -> the column naming the person a row belongs to.
OWNER_COLUMNS = {
    "users": "id",
    "user_profiles": "user_id",
    "user_roles": "user_id",
    "enrollments": "user_id",
    "submissions": "user_id",
    "certificates": "user_id",
    "learning_analytics": "user_id",
    "project_teams": "user_id",
    "fataplus_integration": "user_id",
    "external_service_tokens": "user_id",
    "discussions": "author_id",
    "discussion_replies": "author_id",
    "peer_reviews": "reviewer_id",
    "design_assets": "uploaded_by",
    "instructor_feedback": "instructor_id",
}
BLOB_REF = re.compile(r"blob:sha256:([0-9a-f]{64})")


def _rows(session: Session, table: str, where: Any) -> list[dict[str, Any]]:
    spec = registry()[table]
    cols = [spec.table.c[n] for n in spec.columns]
    return [
        dict(r) for r in session.execute(sa.select(*cols).where(where).order_by(spec.table.c.id)).mappings()
    ]


def collect(session: Session, user_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for table, column in OWNER_COLUMNS.items():
        out[table] = _rows(session, table, registry()[table].table.c[column] == user_id)
    enrollments = [r["id"] for r in out["enrollments"]]
    submissions = [r["id"] for r in out["submissions"]]
    lp = registry()["lesson_progress"].table
    out["lesson_progress"] = _rows(session, "lesson_progress", lp.c.enrollment_id.in_(enrollments))
    for table in ("peer_reviews", "instructor_feedback"):
        t = registry()[table].table
        seen = {r["id"] for r in out[table]}
        out[table] += [
            r for r in _rows(session, table, t.c.submission_id.in_(submissions)) if r["id"] not in seen
        ]
    return out


def build_export(sdb: ServerDB, principal: Principal, store: BlobStore) -> IO[bytes]:
    """The zip as a temporary file, positioned at its start."""
    with sdb.read(principal.context, snapshot=True) as s:
        d = Decision(principal, Relations(s, principal))
        data = {
            table: [shown(d, table, r) for r in rows] for table, rows in collect(s, principal.user_id).items()
        }
        audit = (
            s.execute(
                sa.select(AuditLog.occurred_at, AuditLog.action, AuditLog.table_name, AuditLog.row_id).where(
                    AuditLog.row_id == principal.user_id
                )
            ).all()
            if principal.is_admin
            else []
        )
        # When each of their replicas synced with this server, with which app (sync/presence.py).
        replicas = [
            {
                "client_id": r.client_id,
                "app_version": r.app_version,
                "platform": r.platform,
                "first_seen_at": _iso(r.first_seen_at),
                "last_seen_at": _iso(r.last_seen_at),
                "pulled_changes": r.pulled_changes,
                "pushed_mutations": r.pushed_mutations,
                "refused_mutations": r.refused_mutations,
            }
            for r in s.scalars(
                sa.select(SyncClientRecord)
                .where(SyncClientRecord.user_id == principal.user_id)
                .order_by(SyncClientRecord.first_seen_at)
            )
        ]
    # The caller streams the file and closes it.
    tmp = tempfile.SpooledTemporaryFile(max_size=32 << 20)  # noqa: SIM115
    files: set[str] = set()
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        counts = {}
        for table, rows in data.items():
            encoded = [encode_row(table, r) for r in rows]
            counts[table] = len(encoded)
            text = json.dumps(encoded, indent=2, ensure_ascii=False)
            files.update(BLOB_REF.findall(text))
            z.writestr(f"{table}.json", text)
        z.writestr("sync_clients.json", json.dumps(replicas, indent=2))
        stored = []
        for sha in sorted(files):
            path = store.path(sha)
            if path.is_file():
                z.write(path, f"files/{sha}")
                stored.append(sha)
        z.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "fataplus-bootcamp-export/1",
                    "user_id": str(principal.user_id),
                    "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    "tables": counts,
                    "files": stored,
                    "audit_entries": len(audit),
                    "sync_clients": len(replicas),
                },
                indent=2,
            ),
        )
    tmp.seek(0)
    return tmp


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ") if value is not None else None
