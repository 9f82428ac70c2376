"""The instructor's day: signed in with the CLI as the README says, then grading offline in the window
(run by test_journeys.py, one process per phase, the server stopped for the offline one)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bootcamp_core.models import InstructorFeedback, OutboxEntry, Submission
from tests.ui.staff.conftest import press, type_text

from .window import (
    answer_next_modal,
    app_window,
    param,
    report,
    say_yes,
    sign_in_in_window,
    sync_now,
    wait_sync,
)

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def _open_every_file(qtbot, screen) -> list[str]:  # type: ignore[no-untyped-def]
    """Every file of the submission on screen, shown from this computer (Alt+Right through them)."""
    shown = []
    preview = screen.preview
    for index, item in enumerate(preview.items):
        preview.show_item(index)
        if not hasattr(item, "path"):
            continue  # a link: it opens outside the app
        assert item.path is not None and item.path.is_file(), f"{item.name} is not on this computer"
        assert (
            preview.stack.currentWidget() is not preview.message or "no preview" in preview.message.text()
        ), preview.message.text()
        shown.append(item.name)
    return shown


def _grade_with_keyboard(qtbot, screen, level_key: Qt.Key, comment: str) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_R, ALT)
    for _ in screen.editor.rubric_panel.cards:
        press(level_key)
        press(Qt.Key.Key_Down)
    type_text(comment)
    with qtbot.waitSignal(screen.sig_grade_submitted, timeout=10_000):
        press(Qt.Key.Key_Return, CTRL)


def _grade_of(window, sid: uuid.UUID) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """The grade as the replica holds it: the submission's score and its final assessment's A-F grade."""
    with window.context.workspace.db.session() as s:
        score = s.scalar(sa.select(Submission.score).where(Submission.id == sid))
        grade = s.scalar(
            sa.select(InstructorFeedback.overall_grade)
            .where(
                InstructorFeedback.submission_id == sid,
                InstructorFeedback.feedback_type == "final_assessment",
            )
            .order_by(InstructorFeedback.created_at.desc())
        )
    return {"grade": grade, "score": str(score)}


def test_sign_in(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """A new user opens the app (the demo bootcamp), signs in to the server in the window (on a computer
    with no keyring: choosing a passphrase first), and the first sync brings the courses they teach."""
    from bootcamp_desktop.services.account import is_signed_in

    with app_window(qtbot) as window:
        assert "demo replica" in window.identity_label.text()
        ok, message = sign_in_in_window(qtbot, window)
        assert ok, message
        assert is_signed_in(window.context.workspace)
        assert window.context.ready and "grading" in window.screens
        report(user_id=str(window.context.user_id), first_sync=message)


def test_grade_offline(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """The server is gone: every queued submission's files open from this computer; two are graded with
    the rubric by keyboard, a third goes back for revision."""
    must_include = uuid.UUID(param("submission"))
    with app_window(qtbot) as window:
        ok, _message = sync_now(qtbot, window)
        assert not ok, "the server is stopped: F5 must say so"
        window.show_screen("grading")
        screen = window.screens["grading"]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        queue = [screen.model.row_at(r).submission_id for r in range(screen.model.total)]
        assert must_include in queue, "the learner's work handed in offline is in the queue"
        files = {}
        for row, sid in enumerate(queue):
            screen.select_row(row)
            qtbot.waitUntil(lambda s=sid: screen.current_id == s)
            files[str(sid)] = _open_every_file(qtbot, screen)
        assert files[str(must_include)] == ["prototype-photo.png"]

        # The learner's work first, then one other: graded. A third: back for revision.
        order = [must_include] + [s for s in queue if s != must_include]
        assert len(order) >= 3, f"the queue holds {len(order)} submissions"
        graded, revised = order[:2], order[2]
        for sid, key in zip(graded, (Qt.Key.Key_3, Qt.Key.Key_2), strict=True):
            screen.select_row(screen.model.row_of(sid))
            qtbot.waitUntil(lambda s=sid: screen.current_id == s)
            _grade_with_keyboard(qtbot, screen, key, "Graded offline on the way to Antsirabe.")
        screen.select_row(screen.model.row_of(revised))
        qtbot.waitUntil(lambda: screen.current_id == revised)
        press(Qt.Key.Key_O, ALT)
        type_text("Show the prototype in a farmer's hands, then hand it in again.")
        with qtbot.waitSignal(screen.sig_grade_submitted, timeout=10_000):
            press(Qt.Key.Key_Return, CTRL | SHIFT)
        assert QApplication.activeWindow() is window
        with window.context.workspace.db.session() as s:
            pending = s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry))
        report(graded=[str(g) for g in graded], revised=str(revised), files=files, pending=pending)


def test_sync_back(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    with app_window(qtbot) as window:
        ok, message = wait_sync(qtbot, window)
        assert ok, message
        status = window.sync.status()
        assert status.pending == 0 and status.problems == 0, status
        with window.context.workspace.db.session() as s:
            graded = {
                str(sid): n
                for sid, n in s.execute(
                    sa.select(InstructorFeedback.submission_id, sa.func.count())
                    .where(InstructorFeedback.feedback_type == "final_assessment")
                    .group_by(InstructorFeedback.submission_id)
                )
            }
            statuses = {str(sid): st for sid, st in s.execute(sa.select(Submission.id, Submission.status))}
        report(sync_message=message, feedback_rows=graded, statuses=statuses)


def test_grade_one(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """Offline: one submission graded by keyboard, at the level the test asks for."""
    sid = uuid.UUID(param("submission"))
    level = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3}[int(param("level"))]
    with app_window(qtbot) as window:
        ok, _message = sync_now(qtbot, window)
        assert not ok, "the server is stopped: F5 must say so"
        window.show_screen("grading")
        screen = window.screens["grading"]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        row = screen.model.row_of(sid)
        assert row is not None, "the fresh submission is in this instructor's queue"
        screen.select_row(row)
        qtbot.waitUntil(lambda: screen.current_id == sid)
        _grade_with_keyboard(
            qtbot, screen, level, f"Level {param('level')} everywhere, from {param('email')}."
        )
        report(**_grade_of(window, sid))


def test_sync_conflict(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """Online again: the sync ends; what the server did not take is in the Sync panel, in one piece."""
    with app_window(qtbot) as window:
        ok, message = wait_sync(qtbot, window)
        window.show_sync_panel()
        panel = window.sync_panel
        model = panel.model
        problems = [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        with window.context.workspace.db.session() as s:
            sid = uuid.UUID(param("submission"))
            feedback = s.scalar(
                sa.select(sa.func.count())
                .select_from(InstructorFeedback)
                .where(
                    InstructorFeedback.submission_id == sid,
                    InstructorFeedback.feedback_type == "final_assessment",
                )
            )
        shown = _grade_of(window, sid)
        report(
            ok=ok,
            message=message,
            problems=problems,
            shown=[shown["grade"], shown["score"]],
            feedback_rows=feedback,
        )
        if problems and param("decide") == "discard":
            # The grader reads both versions and lets the other grade stand: the replica then holds
            # exactly what the server has.
            panel.table.selectRow(0)
            answer_next_modal(say_yes)
            qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: model.rowCount() == 0)
            with window.context.workspace.db.session() as s:
                after = s.scalar(
                    sa.select(sa.func.count())
                    .select_from(InstructorFeedback)
                    .where(
                        InstructorFeedback.submission_id == sid,
                        InstructorFeedback.feedback_type == "final_assessment",
                    )
                )
            report(after_discard=_grade_of(window, sid), feedback_rows_after_discard=after)
