"""Certificates, staff side: who is eligible, issuing (with the number format of the demo), revoking.

Eligible: the enrolment is ``completed`` and every assignment of the course has a graded submission
scoring at least its ``passing_score``. No certificate is issued twice for one enrolment (a revoked one
may be replaced).

The certificate number is ``FPB-<issue year>-<course code>-<6 characters of RFC 4648 base32>``, e.g.
``FPB-2026-FMA-K3T9QX`` (``demo/formats.py``). The course code is the one earlier certificates of the
course carry; a course without any takes the initials of its title's main words (3 letters,
"Designing a Farm-Management App" -> ``DFM``). ``verification_url`` is ``<VERIFY_URL><number>``,
``blockchain_hash`` the sha256 of the canonical JSON of number, user, course and issue date, prefixed
``sha256:``; ``metadata`` is ``{"template_id", "learner_name", "course_title", "hours", "grade",
"issued_by"}``. The server writes the audit record of issuing and revoking.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.demo.formats import BASE32, CERTIFICATE_PREFIX, VERIFY_URL, certificate_number
from bootcamp_core.models import (
    Assignment,
    Certificate,
    CertificateTemplate,
    Course,
    Enrollment,
    Lesson,
    Module,
    Submission,
    User,
    utcnow,
)
from bootcamp_core.models.rubric import grade_for

from .staff import TEACHING_ROLES, staffed_courses

TYPE_BY_COURSE = {
    "core": "course_completion",
    "workshop": "course_completion",
    "elective": "specialization",
    "capstone": "program_completion",
}
SPECIALIZATION_VALID_DAYS = 730
NUMBER_RE = re.compile(rf"^{CERTIFICATE_PREFIX}-(\d{{4}})-([A-Z0-9]{{2,6}})-([{BASE32}]{{6}})$")
SMALL_WORDS = {"a", "an", "the", "of", "for", "to", "and", "from", "in", "on", "who", "at", "by", "with"}


class CertificationError(ValueError):
    pass


@dataclass(frozen=True)
class CertificateRef:
    certificate_id: uuid.UUID
    number: str
    issue_date: dt.datetime | None
    state: str  # valid, revoked, expired
    verification_url: str | None
    revoked_reason: str | None


@dataclass(frozen=True)
class Eligibility:
    enrollment_id: uuid.UUID
    user_id: uuid.UUID
    learner_name: str
    status: str | None
    progress: Decimal
    missing: tuple[str, ...]  # why not eligible (empty when eligible)
    grade: str | None
    certificate: CertificateRef | None

    @property
    def eligible(self) -> bool:
        return not self.missing and (self.certificate is None or self.certificate.state == "revoked")


def state_of(cert: Certificate, now: dt.datetime) -> str:
    if cert.is_revoked:
        return "revoked"
    if cert.expiry_date is not None and cert.expiry_date < now:
        return "expired"
    return "valid"


def certifiable_courses(session: Session, user_id: uuid.UUID) -> list:  # type: ignore[type-arg]
    return staffed_courses(session, user_id, TEACHING_ROLES)


def _assignments(
    session: Session, course_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, Decimal | None, Decimal | None]]:
    return [
        tuple(r)
        for r in session.execute(  # type: ignore[misc]
            sa.select(Assignment.id, Assignment.title, Assignment.passing_score, Assignment.max_score)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .where(Module.course_id == course_id)
            .order_by(Module.module_order, Lesson.lesson_order)
        )
    ]


def eligibility(session: Session, course_id: uuid.UUID, now: dt.datetime | None = None) -> list[Eligibility]:
    now = now or utcnow()
    tasks = _assignments(session, course_id)
    task_ids = [t[0] for t in tasks]
    best: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}
    for user_id, assignment_id, score in session.execute(
        sa.select(Submission.user_id, Submission.assignment_id, sa.func.max(Submission.score))
        .where(Submission.assignment_id.in_(task_ids or [uuid.UUID(int=0)]), Submission.status == "graded")
        .group_by(Submission.user_id, Submission.assignment_id)
    ):
        best[(user_id, assignment_id)] = Decimal(str(score)) if score is not None else Decimal(0)
    certs: dict[uuid.UUID, Certificate] = {}
    for cert in session.scalars(
        sa.select(Certificate).where(Certificate.course_id == course_id).order_by(Certificate.issue_date)
    ):
        if cert.user_id not in certs or certs[cert.user_id].is_revoked:
            certs[cert.user_id] = cert
    out = []
    for e, name in session.execute(
        sa.select(Enrollment, User.full_name)
        .join(User, User.id == Enrollment.user_id)
        .where(Enrollment.course_id == course_id)
        .order_by(User.full_name)
    ):
        missing = []
        if e.enrollment_status != "completed":
            missing.append(
                f"the course is {(e.enrollment_status or 'not started').replace('_', ' ')}, not completed"
            )
        got = out_of = Decimal(0)
        for aid, title, passing, maximum in tasks:
            score = best.get((e.user_id, aid))
            if score is None:
                missing.append(f"no graded work for “{title}”")
                continue
            if passing is not None and score < passing:
                missing.append(f"“{title}”: {score:g} is below the pass mark {passing:g}")
            got += score
            out_of += maximum or Decimal(100)
        grade = grade_for(got, out_of) if out_of > 0 and got > 0 else None
        cert = certs.get(e.user_id)
        ref = (
            None
            if cert is None
            else CertificateRef(
                cert.id,
                cert.certificate_number,
                cert.issue_date,
                state_of(cert, now),
                cert.verification_url,
                cert.revoked_reason,
            )
        )
        out.append(
            Eligibility(
                e.id,
                e.user_id,
                name,
                e.enrollment_status,
                e.progress_percentage or Decimal(0),
                tuple(missing),
                grade,
                ref,
            )
        )
    return out


def course_code(session: Session, course: Course) -> str:
    for number in session.scalars(
        sa.select(Certificate.certificate_number).where(Certificate.course_id == course.id)
    ):
        m = NUMBER_RE.match(number or "")
        if m:
            return m.group(2)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", course.title) if w and w.lower() not in SMALL_WORDS]
    code = "".join(w[0] for w in words).upper()[:3]
    return (code + "XXX")[:3] if len(code) < 3 else code


def new_number(session: Session, year: int, code: str) -> str:
    while True:
        number = certificate_number(year, code, "".join(secrets.choice(BASE32) for _ in range(6)))
        if not session.scalar(sa.select(Certificate.id).where(Certificate.certificate_number == number)):
            return number


def issue_certificate(
    session: Session, enrollment_id: uuid.UUID, issuer_id: uuid.UUID, now: dt.datetime | None = None
) -> uuid.UUID:
    now = now or utcnow()
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise CertificationError("this enrolment is no longer in the replica")
    course = session.get(Course, enrollment.course_id)
    learner = session.get(User, enrollment.user_id)
    issuer = session.get(User, issuer_id)
    assert course is not None and learner is not None
    row = next((r for r in eligibility(session, course.id, now) if r.enrollment_id == enrollment_id), None)
    assert row is not None
    if row.certificate is not None and row.certificate.state != "revoked":
        raise CertificationError(f"{learner.full_name} already has certificate {row.certificate.number}")
    if row.missing:
        raise CertificationError(f"{learner.full_name} is not eligible yet: " + "; ".join(row.missing))
    ctype = TYPE_BY_COURSE.get(course.course_type or "core", "course_completion")
    template_id = session.scalar(
        sa.select(CertificateTemplate.id)
        .where(CertificateTemplate.certificate_type == ctype, CertificateTemplate.is_active.is_not(False))
        .order_by(CertificateTemplate.created_at.desc())
    )
    number = new_number(session, now.year, course_code(session, course))
    canonical = json.dumps(
        {"number": number, "user": str(learner.id), "course": str(course.id), "issued": now.isoformat()},
        sort_keys=True,
    )
    cert = Certificate(
        user_id=learner.id,
        course_id=course.id,
        certificate_type=ctype,
        certificate_number=number,
        issue_date=now,
        expiry_date=now + dt.timedelta(days=SPECIALIZATION_VALID_DAYS) if ctype == "specialization" else None,
        blockchain_hash="sha256:" + hashlib.sha256(canonical.encode()).hexdigest(),
        verification_url=VERIFY_URL + number,
        is_revoked=False,
        metadata_={
            "template_id": str(template_id) if template_id else None,
            "learner_name": learner.full_name,
            "course_title": course.title,
            "hours": course.estimated_duration_hours,
            "grade": row.grade,
            "issued_by": issuer.full_name if issuer else None,
        },
    )
    session.add(cert)
    enrollment.certificate_issued = True
    enrollment.certificate_issued_at = now
    session.flush()
    return cert.id


def revoke_certificate(
    session: Session, certificate_id: uuid.UUID, reason: str, now: dt.datetime | None = None
) -> None:
    if not reason.strip():
        raise CertificationError(
            "say why the certificate is revoked: the reason is shown when it is verified"
        )
    cert = session.get(Certificate, certificate_id)
    if cert is None:
        raise CertificationError("this certificate is no longer in the replica")
    if cert.is_revoked:
        raise CertificationError(f"certificate {cert.certificate_number} is already revoked")
    cert.is_revoked = True
    cert.revoked_at = now or utcnow()
    cert.revoked_reason = reason.strip()
    enrollment = session.scalar(
        sa.select(Enrollment).where(
            Enrollment.user_id == cert.user_id, Enrollment.course_id == cert.course_id
        )
    )
    if enrollment is not None:
        enrollment.certificate_issued = False
