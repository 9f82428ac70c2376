"""Certification, analytics and the cohort view on the demo replica."""

from __future__ import annotations

import csv
import re

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Certificate, Course, CourseStaff, Enrollment, User
from bootcamp_desktop.services import analytics, certification, cohort
from bootcamp_desktop.sync.outbox import local_write


def _user(ws, email):  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(sa.select(User.id).where(User.email == email))


def test_issue_and_revoke_follow_the_rules(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    me = _user(ws, DEMO_INSTRUCTOR_EMAIL)
    with ws.db.session() as s:
        rows = [
            r
            for c in certification.certifiable_courses(s, me)
            for r in certification.eligibility(s, c.course_id)
        ]
    eligible = next(r for r in rows if r.eligible)
    blocked = next(r for r in rows if r.missing)
    with pytest.raises(certification.CertificationError, match="not eligible"), local_write(ws.db) as s:
        certification.issue_certificate(s, blocked.enrollment_id, me)
    with local_write(ws.db) as s:
        cid = certification.issue_certificate(s, eligible.enrollment_id, me)
    with ws.db.session() as s:
        cert = s.get(Certificate, cid)
        m = certification.NUMBER_RE.match(cert.certificate_number)
        assert m and int(m.group(1)) == cert.issue_date.year
        others = s.scalars(
            sa.select(Certificate.certificate_number).where(
                Certificate.course_id == cert.course_id, Certificate.id != cid
            )
        ).all()
        assert all(o.split("-")[2] == m.group(2) for o in others), "the course keeps its code"
        assert cert.metadata_["issued_by"] and cert.metadata_["template_id"]
    with pytest.raises(certification.CertificationError, match="already has"), local_write(ws.db) as s:
        certification.issue_certificate(s, eligible.enrollment_id, me)
    with pytest.raises(certification.CertificationError, match="why"), local_write(ws.db) as s:
        certification.revoke_certificate(s, cid, "")
    with local_write(ws.db) as s:
        certification.revoke_certificate(s, cid, "wrong person")
    with ws.db.session() as s:
        assert s.get(Certificate, cid).is_revoked
        assert not s.get(Enrollment, eligible.enrollment_id).certificate_issued


def test_a_new_course_code_comes_from_its_title(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    with demo_workspace.db.session() as s:
        course = Course(
            title="Designing a Farm-Management App for Co-ops",
            slug="x",
            description="d",
            estimated_duration_hours=1,
        )
        course.id = __import__("uuid").uuid4()
        assert certification.course_code(s, course) == "DFM"
        number = certification.new_number(s, 2026, "DFM")
        assert re.fullmatch(r"FPB-2026-DFM-[A-Z2-7]{6}", number)


def test_reports_and_csv(demo_workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    me = _user(ws, DEMO_INSTRUCTOR_EMAIL)
    with ws.db.session() as s:
        mine = set(s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == me)))
        total = s.scalar(
            sa.select(sa.func.count()).select_from(Enrollment).where(Enrollment.course_id.in_(mine))
        )
        for key, _title in analytics.REPORTS:
            report = analytics.build(s, key, me)
            assert report.rows, key
            assert all(len(r) == len(report.headers) for r in report.rows)
        by_status = analytics.enrolments_by_status(s, me)
        assert sum(n for _s, n in by_status.rows) == total
        outsider = next(c for c in s.scalars(sa.select(Course.id)) if c not in mine)
        assert sum(n for _s, n in analytics.enrolments_by_status(s, me, outsider).rows) == 0
        grades = analytics.grade_distribution(s, me)
    path = analytics.write_csv(grades, tmp_path / "grades.csv")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(grades.headers) and [r[0] for r in rows[1:]] == ["A", "B", "C", "D", "F"]


def test_the_cohort_view(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    me = _user(ws, DEMO_FACILITATOR_EMAIL)
    with ws.db.session() as s:
        courses = cohort.workshop_courses(s, me)
        assert courses
        rows = cohort.cohort(s, courses[0].course_id)
    assert rows and all(r.lessons_total > 0 for r in rows)
    assert any(r.last_seen is not None for r in rows)
    assert all(0 <= r.lessons_done <= r.lessons_total for r in rows)
