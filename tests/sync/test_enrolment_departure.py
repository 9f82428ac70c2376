"""An enrolment that left the course (dropped by the staff, or by the learner) is not revived by a
progress move a replica made before it learnt of the departure; a new enrolment brings it back (issue 14,
found by the history test, tests/history)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models import Course, Enrollment, Lesson, Module, uuid7
from bootcamp_core.protocol.merge import Mutation, merge_values, resolve
from bootcamp_desktop.services import catalogue, progress, sync_ops
from bootcamp_desktop.sync.outbox import local_write

from .live import LiveServer, new_replica, sync

pytestmark = pytest.mark.postgres
WORKSHOP = "paper-to-phone-rapid-prototyping-workshop"
departed = st.sampled_from(("dropped", "suspended"))
moving = st.sampled_from(("enrolled", "in_progress", "completed"))
when = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 1, 1))


@given(departed, moving, when, st.none() | when)
def test_a_progress_move_does_not_revive_a_departed_enrolment(
    gone: str, status: str, enrolled: dt.datetime, date: dt.datetime | None
) -> None:
    current = {
        "enrollment_status": gone,
        "enrollment_date": enrolled,
        "progress_percentage": 10,
        "sync_version": 4,
    }
    change = {"enrollment_status": status, "progress_percentage": 20}
    if date is not None:
        change["enrollment_date"] = date
    merged = merge_values("enrollments", current, change, {})
    back = date is not None and date > enrolled
    assert merged["enrollment_status"] == (status if back else gone)
    assert merged["progress_percentage"] == 20, "the rest of the change still merges"
    outcome = resolve(Mutation(uuid7(), "enrollments", "update", uuid7(), 3, change), current, as_staff=False)
    assert outcome.values is not None and outcome.values["enrollment_status"] == (status if back else gone)
    assert outcome.status == "merged" or back
    lifted = resolve(Mutation(uuid7(), "enrollments", "update", uuid7(), 3, change), current, as_staff=True)
    assert lifted.values is not None and lifted.values["enrollment_status"] == status, (
        "staff lift it as it is"
    )


def test_studying_offline_does_not_revive_an_enrolment_the_staff_dropped(
    live: LiveServer, tmp_path: Path
) -> None:
    ws = new_replica(live, tmp_path / "aina", DEMO_LEARNER_EMAIL)
    aina = live.users[DEMO_LEARNER_EMAIL]
    with live.sdb.owner() as s:
        course = s.scalar(sa.select(Course.id).where(Course.slug == WORKSHOP))
        enrolment = s.scalar(
            sa.select(Enrollment).where(Enrollment.user_id == aina, Enrollment.course_id == course)
        )
        before = (enrolment.enrollment_status, enrolment.enrollment_date)
    try:
        with live.sdb.owner() as s:
            s.execute(
                sa.update(Enrollment)
                .where(Enrollment.id == enrolment.id)
                .values(enrollment_status="enrolled")
            )
        sync(ws)
        with ws.db.session() as s:
            lesson = s.scalar(sa.select(Lesson.id).join(Module).where(Module.course_id == course).limit(1))
        with local_write(ws.db) as s:  # offline: the replica still has her enrolled, the lesson moves it on
            assert progress.open_lesson(s, aina, lesson) is not None
        with live.sdb.owner() as s:  # meanwhile the staff drop her from the course
            s.execute(
                sa.update(Enrollment).where(Enrollment.id == enrolment.id).values(enrollment_status="dropped")
            )
        report = sync(ws)
        assert report.problems == 0
        with live.sdb.owner() as s:
            assert s.get(Enrollment, enrolment.id).enrollment_status == "dropped"
        with ws.db.session() as s:
            assert s.get(Enrollment, enrolment.id).enrollment_status == "dropped"
            assert not sync_ops.problems(s)

        with local_write(ws.db) as s:  # she enrols again, on purpose: that brings her back
            catalogue.enrol(s, aina, course)
        sync(ws)
        with live.sdb.owner() as s:
            assert s.get(Enrollment, enrolment.id).enrollment_status in ("enrolled", "in_progress")
    finally:
        ws.close()
        with live.sdb.owner() as s:
            s.execute(
                sa.update(Enrollment)
                .where(Enrollment.id == enrolment.id)
                .values(enrollment_status=before[0], enrollment_date=before[1])
            )
