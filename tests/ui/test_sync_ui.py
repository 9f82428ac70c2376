"""Sync in the window: it runs in the background without blocking, the status bar tells, the Sync panel
shows conflicts with the user's version kept, and sync starts by itself when the server is reachable."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QTimer

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import Assignment, CourseStaff, Submission, utcnow
from bootcamp_desktop.sync.errors import OfflineError
from bootcamp_desktop.sync.outbox import local_write
from bootcamp_desktop.ui.main_window import MainWindow
from tests.sync.live import browser, fresh_submission, new_replica, sync
from tests.ui.screen_audit import UUID


def _wait_sync(qtbot, window: MainWindow, timeout: int = 60000) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=timeout) as blocker:
        window.sync.sync_now()
    return tuple(blocker.args)  # type: ignore[return-value]


def test_sync_runs_in_the_background_and_the_status_bar_tells(
    qtbot, qasync_loop, live, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    ok, message = _wait_sync(qtbot, window)
    timer.stop()
    assert ok, message
    assert len(ticks) >= 3, "the window kept processing events while the sync ran"
    text = window.sync_status.label.text()
    assert "Last sync: just now" in text and "0 pending" in text
    screen = window.screens[next(iter(window.screens))]
    assert screen is not None


def test_conflicts_show_in_the_sync_panel_and_can_be_resolved(
    qtbot, qasync_loop, live, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = new_replica(live, tmp_path / "other", DEMO_INSTRUCTOR_EMAIL)
    mine = new_replica(live, tmp_path / "mine", DEMO_INSTRUCTOR_EMAIL)
    me = live.users[DEMO_INSTRUCTOR_EMAIL]
    try:
        sync(other)
        window = MainWindow(mine)
        qtbot.addWidget(window)
        window.show()
        _wait_sync(qtbot, window)
        target_id = fresh_submission(live, DEMO_INSTRUCTOR_EMAIL)
        sync(other)
        _wait_sync(qtbot, window)
        with mine.db.session() as s:
            target = s.get(Submission, target_id)
        for ws, score in ((other, Decimal(70)), (mine, Decimal(90))):
            with local_write(ws.db) as s:
                row = s.get(Submission, target.id)
                row.status, row.score, row.graded_by, row.graded_at = "graded", score, me, utcnow()
        sync(other)
        ok, message = _wait_sync(qtbot, window)
        assert ok and "waiting for your decision" in message
        assert "1 waiting for your decision" in window.sync_status.label.text()
        window.show_sync_panel()
        panel = window.sync_panel
        assert panel.model.rowCount() == 1
        # field by field, in words: the user's score beside the server's, who graded on the server and when
        assert "Score: 90" in panel.mine.toPlainText()
        assert "Score: 70" in panel.theirs.toPlainText()
        assert "Changed by " in panel.theirs.toPlainText()
        assert not UUID.search(panel.mine.toPlainText() + panel.theirs.toPlainText())
        qtbot.mouseClick(
            panel.keep_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
        )
        assert panel.model.rowCount() == 0
        ok, _ = _wait_sync(qtbot, window)
        assert ok
        sync(other)
        with other.db.session() as s:
            assert s.get(Submission, target.id).score == Decimal("90.00")
    finally:
        other.close()


def test_sync_starts_by_itself_when_the_server_comes_back(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    controller = window.sync
    controller.timer.setInterval(50)
    live.stop()
    try:
        ok, message = _wait_sync(qtbot, window)
        assert not ok and isinstance(controller.last_error, OfflineError)
        # in plain words: what happened, that the work is safe, what happens next (no exception text)
        assert message.startswith("The server could not be reached.") and "tries again by itself" in message
        assert "last attempt: The server could not be reached" in window.sync_status.label.text()
        assert "tries again by itself" in window.sync_status.label.toolTip()
        controller.failures = 1
        controller._last_attempt = 0  # the backoff has passed
    finally:
        live.start()
    with qtbot.waitSignal(controller.sig_sync_finished, timeout=60000) as blocker:
        controller.start()
    assert blocker.args[0] is True
    assert controller.failures == 0


def test_a_window_opened_on_a_stale_replica_syncs_by_itself(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Signed in on the command line (the README's way), then the app opened: it syncs without being
    asked, as the replica has never synced; opened again right after, it leaves the fresh data alone."""
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=45000) as blocker:  # before the 60 s tick
        window.show()
    assert blocker.args[0] is True, blocker.args
    assert "Last sync: just now" in window.sync_status.label.text()
    window.close()
    again = MainWindow(ws)
    qtbot.addWidget(again)
    again.show()
    started: list[bool] = []
    again.sync.sig_state_changed.connect(lambda: started.append(again.sync.running))
    qtbot.wait(3000)  # past the check at start
    assert not any(started), "a replica synced a moment ago synced again at start"
    again.close()


def test_sign_in_dialog_signs_in_through_the_browser(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.services.workspace import open_workspace
    from bootcamp_desktop.ui.dialogs.sign_in import SignInDialog

    ws = open_workspace(tmp_path / "fresh")  # the demo replica: signing in replaces it, keeping a backup
    window = MainWindow(ws)
    qtbot.addWidget(window)
    dialog: SignInDialog = window.show_sign_in()
    dialog.open_browser = False
    dialog._sig_url_ready.connect(browser(DEMO_LEARNER_EMAIL))
    dialog.server.setText(live.url)
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=90000) as blocker:
        dialog.buttons.accepted.emit()
    assert blocker.args[0] is True, blocker.args
    assert ws.settings.server_url == live.url
    assert live.url in window.identity_label.text()
    assert any(p.name.startswith("replica-before-sign-in") for p in (ws.directory / "backups").iterdir())
    asyncio.get_event_loop()


def test_a_refused_grade_is_one_problem_in_the_panel_and_discarding_it_takes_back_both_rows(
    qtbot, demo_workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The grading service writes a grade (the submission and its feedback row, one local transaction);
    the server refuses it whole (its answer as the push receives it); the panel shows one problem naming
    both rows, and "Discard mine" puts the server's submission back and removes the feedback row."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from bootcamp_core.models import InstructorFeedback, OutboxEntry
    from bootcamp_core.protocol.codec import encode_row
    from bootcamp_core.protocol.tables import model_attr
    from bootcamp_desktop.services import grading_write, sync_ops
    from bootcamp_desktop.sync.push import apply_results, take_batch

    ws = demo_workspace
    with ws.db.session() as s:
        sub = s.scalars(sa.select(Submission).where(Submission.status == "under_review")).first()
        rubric = s.get(Assignment, sub.assignment_id).rubric
        grader = s.scalar(sa.select(CourseStaff.user_id).where(CourseStaff.staff_role == "instructor"))
        before = encode_row(
            "submissions", {col: getattr(sub, attr) for col, attr in model_attr("submissions").items()}
        )
    levels = {
        c["id"]: max(c["levels"], key=lambda lv: lv["points"])["id"]
        for c in (rubric or {}).get("criteria", [])
    }
    with local_write(ws.db) as s:
        mine = grading_write.submit_grade(
            s,
            sub.id,
            grader,
            grading_write.GradeInput(
                levels=levels, overall="fine work", manual_score=None if rubric else Decimal(90)
            ),
        )
    theirs = before | {"status": "graded", "score": "55.00", "graded_by": str(grader), "sync_version": 9}
    sent = take_batch(ws.db)
    assert {m["table"] for m in sent} == {"submissions", "instructor_feedback"} and len(
        {m["txn"] for m in sent}
    ) == 1
    answer = {
        "results": [
            {
                "id": m["id"],
                "status": "conflict",
                "code": "grade_conflict",
                "reason": "another grader",
                "row": theirs,
            }
            if m["table"] == "submissions"
            else {
                "id": m["id"],
                "status": "rejected",
                "code": "transaction_aborted",
                "reason": "with the other",
            }
            for m in sent
        ]
    }
    assert apply_results(ws.db, sent, answer)[1] == 1

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show_sync_panel()
    panel = window.sync_panel
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 0)) == "Submission with Feedback"
    assert "Conflict" in panel.model.data(panel.model.index(0, 2))
    text = panel.mine.toPlainText()
    assert "Submission" in text and "Feedback" in text and "Grade: " in text
    assert "Score: 55" in panel.theirs.toPlainText()
    assert not UUID.search(text + panel.theirs.toPlainText())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    with ws.db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 0
        assert s.get(InstructorFeedback, mine.feedback_id) is None
        assert s.get(Submission, sub.id).score == Decimal("55.00")
        assert sync_ops.status(s, None).problems == 0
