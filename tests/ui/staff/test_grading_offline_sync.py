"""The issue's "done when": an instructor grades a whole queue with the network off, and the learner
sees the feedback after one sync. A real server (the workshop hub on SQLite, with the demo bootcamp), real sync, the grading
workspace driven with the keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    CourseStaff,
    Enrollment,
    InstructorFeedback,
    Lesson,
    Module,
    OutboxEntry,
    Submission,
    utcnow,
)
from bootcamp_desktop.sync.outbox import local_write
from bootcamp_desktop.ui.context import AppContext
from bootcamp_desktop.ui.screens.grading import GradingScreen
from tests.sync.live import LiveServer, new_replica, start_demo_server, sync

from .conftest import press

pytestmark = pytest.mark.slow
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A server of our own (the SQLite workshop hub with the demo bootcamp): this test grades every
    waiting submission, which the session's shared server must keep for other tests."""
    root = tmp_path_factory.mktemp("grading-hub")
    server = start_demo_server(f"sqlite:///{root / 'hub.db'}", root / "data")
    yield server
    server.stop()
    server.sdb.dispose()


def _hand_in_new_work(learner, instructor_id) -> list:  # type: ignore[no-untyped-def]
    """The learner hands in fresh work to two assignments the demo instructor grades."""
    with learner.db.session() as s:
        taught = set(s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == instructor_id)))
        mine = set(
            s.scalars(
                sa.select(Enrollment.course_id).where(Enrollment.user_id == learner.settings.current_user_id)
            )
        )
        targets = s.scalars(
            sa.select(Assignment)
            .join(Lesson)
            .join(Module)
            .where(
                Module.course_id.in_(taught & mine),
                Assignment.rubric.is_not(None),
                Assignment.is_graded_automatically.is_(False),
                # one submission per learner and assignment (protocol.tables.MERGE_KEYS): work not begun
                ~sa.exists().where(
                    Submission.assignment_id == Assignment.id,
                    Submission.user_id == learner.settings.current_user_id,
                ),
            )
            .order_by(Module.course_id, Module.module_order)
        ).all()[:2]
    assert len(targets) == 2
    made = []
    with local_write(learner.db) as s:
        for a in targets:
            sub = Submission(
                assignment_id=a.id,
                user_id=learner.settings.current_user_id,
                status="submitted",
                submitted_at=utcnow() - dt.timedelta(minutes=5),
                submission_content={"text": f"Handed in offline for {a.title}", "files": [], "links": []},
            )
            s.add(sub)
            s.flush()
            made.append(sub.id)
    return made


def test_grade_the_queue_offline_and_the_learner_sees_it_after_one_sync(
    qtbot, hub: LiveServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    live = hub
    learner = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    instructor = new_replica(live, tmp_path / "instructor", DEMO_INSTRUCTOR_EMAIL)
    screen = None
    try:
        sync(learner)
        handed_in = _hand_in_new_work(learner, live.users[DEMO_INSTRUCTOR_EMAIL])
        assert sync(learner).pushed.get("applied") == 2
        sync(instructor)

        live.stop()  # the network is off from here on
        try:
            screen = GradingScreen(AppContext.for_workspace(instructor))
            qtbot.addWidget(screen)
            screen.resize(1280, 800)
            screen.show()
            screen.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
            queue = [screen.model.row_at(r).submission_id for r in range(screen.model.total)]
            assert set(handed_in) <= set(queue)
            for n, _sid in enumerate(queue):
                assert screen.current_id == _sid
                press(Qt.Key.Key_R, ALT)
                for _ in screen.editor.rubric_panel.cards:
                    press(Qt.Key.Key_1)
                    press(Qt.Key.Key_Down)
                qtbot.keyClicks(QApplication.focusWidget(), f"Graded on the train, piece {n + 1}.")
                with qtbot.waitSignal(screen.sig_grade_submitted, timeout=5000, raising=False) as done:
                    press(Qt.Key.Key_Return, CTRL)
                assert done.signal_triggered, screen.editor.form.status_label.text()
            assert screen.counts["waiting"] == 0
            with instructor.db.session() as s:
                pending = s.scalar(
                    sa.select(sa.func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
                )
            assert pending >= 2 * len(queue)  # a submission and a feedback row for each
        finally:
            live.start()

        report = sync(instructor)  # the network is back: one sync
        assert report.pushed.get("applied", 0) >= 2 * len(queue)
        assert not report.pushed.get("rejected") and not report.pushed.get("conflict")
        sync(learner)  # and the learner's one sync
        with learner.db.session() as s:
            for sid in handed_in:
                sub = s.get(Submission, sid)
                assert sub.status == "graded" and sub.score is not None
                assert sub.graded_by == live.users[DEMO_INSTRUCTOR_EMAIL]
                fb = s.scalars(
                    sa.select(InstructorFeedback).where(InstructorFeedback.submission_id == sid)
                ).one()
                assert fb.feedback_type == "final_assessment" and fb.overall_grade == "A"
                assert fb.detailed_feedback.startswith("Graded on the train")
                assert all(v["level"] for v in fb.rubric_scores["criteria"].values())
    finally:
        if screen is not None:
            screen.close()
        learner.close()
        instructor.close()
