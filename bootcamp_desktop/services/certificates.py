"""The learner's certificates, and the courses whose certificate is still to come.

Certificates are issued by the bootcamp on the server (so that a certificate number means something);
a course completed offline shows as "certificate at the next sync" until the certificate row arrives.
The PDF is rendered by ``certificate_pdf.render_certificate_pdf``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Certificate, Course, Enrollment, utcnow


@dataclass(frozen=True)
class CertificateRow:
    certificate_id: uuid.UUID
    number: str
    course_title: str
    certificate_type: str | None
    issue_date: dt.datetime | None
    expiry_date: dt.datetime | None
    verification_url: str | None
    blockchain_hash: str | None
    grade: str | None
    hours: int | None
    issued_by: str | None
    state: str  # valid, expired, revoked
    revoked_reason: str | None


@dataclass(frozen=True)
class AwaitedCertificate:
    course_id: uuid.UUID
    course_title: str
    completed_at: dt.datetime | None


def state_of(cert: Certificate, now: dt.datetime) -> str:
    if cert.is_revoked:
        return "revoked"
    if cert.expiry_date is not None and cert.expiry_date < now:
        return "expired"
    return "valid"


def my_certificates(
    session: Session, user_id: uuid.UUID, now: dt.datetime | None = None
) -> list[CertificateRow]:
    now = now or utcnow()
    rows = session.execute(
        sa.select(Certificate, Course.title)
        .join(Course, Course.id == Certificate.course_id)
        .where(Certificate.user_id == user_id)
        .order_by(Certificate.issue_date.desc())
    ).all()
    out = []
    for c, title in rows:
        meta = c.metadata_ or {}
        out.append(
            CertificateRow(
                c.id,
                c.certificate_number,
                meta.get("course_title") or title,
                c.certificate_type,
                c.issue_date,
                c.expiry_date,
                c.verification_url,
                c.blockchain_hash,
                meta.get("grade"),
                meta.get("hours"),
                meta.get("issued_by"),
                state_of(c, now),
                c.revoked_reason,
            )
        )
    return out


def awaited_certificates(session: Session, user_id: uuid.UUID) -> list[AwaitedCertificate]:
    """Completed courses without a certificate yet: the server issues it at the next sync."""
    have = sa.select(Certificate.course_id).where(Certificate.user_id == user_id)
    rows = session.execute(
        sa.select(Enrollment.course_id, Course.title, Enrollment.completion_date)
        .join(Course)
        .where(
            Enrollment.user_id == user_id,
            Enrollment.enrollment_status == "completed",
            Enrollment.course_id.not_in(have),
        )
        .order_by(Enrollment.completion_date)
    ).all()
    return [AwaitedCertificate(*r) for r in rows]
