"""The audit log: who changed grades, certificates, roles and personal data, when, from what to what.

Rows are written in the transaction that makes the change, so the log and the data never disagree.
``before``/``after`` hold wire-encoded values (no secret columns); an erasure keeps only the actor and
the erased user's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from bootcamp_core.models import uuid7
from bootcamp_core.protocol import encode_row

from .models import AuditLog

# Tables whose every change is audited (personal data, roles, certificates, grades).
AUDITED_TABLES = frozenset(
    {
        "users",
        "user_profiles",
        "user_roles",
        "certificates",
        "instructor_feedback",
        "course_staff",
        "fataplus_integration",
        "external_service_tokens",
    }
)
# Tables audited only when one of these columns changes (grades, certificate issuance).
AUDITED_COLUMNS = {
    "submissions": frozenset({"score", "status", "feedback", "graded_by", "graded_at"}),
    "enrollments": frozenset({"certificate_issued", "certificate_issued_at", "enrollment_status"}),
    "peer_reviews": frozenset({"overall_score", "review_criteria"}),
}


def is_audited(table: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> bool:
    if table in AUDITED_TABLES:
        return True
    columns = AUDITED_COLUMNS.get(table)
    if not columns:
        return False
    if before is None or after is None:
        return table != "enrollments"
    return any(before.get(c) != after.get(c) for c in columns)


def record(
    session: Session,
    *,
    actor_id: uuid.UUID | None,
    action: str,
    table: str,
    row_id: uuid.UUID | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    reason: str | None = None,
    raw: bool = False,
) -> None:
    """Append an audit entry. ``before``/``after`` are Python row values (encoded here) unless ``raw``."""

    def enc(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
        if values is None:
            return None
        return dict(values) if raw else encode_row(table, values)

    session.add(
        AuditLog(
            id=uuid7(),
            actor_id=actor_id,
            action=action,
            table_name=table,
            row_id=row_id,
            before=enc(before),
            after=enc(after),
            reason=reason,
        )
    )
    session.flush()


def audit_change(
    session: Session,
    actor_id: uuid.UUID,
    table: str,
    row_id: uuid.UUID,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> None:
    if not is_audited(table, before, after):
        return
    action = "insert" if before is None else "delete" if after is None else "update"
    record(
        session,
        actor_id=actor_id,
        action=f"{table}.{action}",
        table=table,
        row_id=row_id,
        before=before,
        after=after,
    )
