"""Done when: a learner goes from sign-in to a certificate on the demo data with the network off.

The socket layer refuses every connection, as on a farm with no signal. The demo learner opens the app
(signed in as the last identity), studies every lesson of the workshop course (video, reading,
interactive exercise, quiz, assignment), completes it, and exports her certificate as a PDF.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt

from bootcamp_core.models import Course, Enrollment
from bootcamp_desktop.ui.main_window import MainWindow

from .conftest import outbox, rows, settle
from .test_lessons import answer_all


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append(args)
        raise OSError("network is unreachable (test)")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_from_sign_in_to_a_certificate_offline(qtbot, no_network, demo_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace)  # the last signed-in identity: the demo learner
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "Aina" in window.screens["home"].greeting.text()

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    courses = window.screens["my_courses"]
    from PySide6.QtWidgets import QApplication

    assert window.stack.currentWidget() is courses, (
        QApplication.activeWindow(),
        QApplication.focusWidget(),
        window.isActiveWindow(),
    )
    workshop = rows(
        demo_workspace, lambda s: s.scalar(sa.select(Course.id).where(Course.slug.like("paper-to-phone%")))
    )
    courses.select_course(workshop)
    courses.outline.setFocus()
    courses.outline.setCurrentIndex(courses.outline_model.index(0, 0, courses.outline_model.index(0, 0)))
    qtbot.keyClick(courses.outline, Qt.Key.Key_Return)
    lesson = window.screens["lesson"]
    assert window.stack.currentWidget() is lesson

    seen = []
    while True:
        c = lesson.content
        seen.append(c.content_type)
        if c.content_type in ("video", "text"):
            qtbot.mouseClick(lesson.complete_button, Qt.MouseButton.LeftButton)
        elif c.quiz is not None:
            answer_all(qtbot, lesson.quiz_view, right=True)
        elif c.content_type == "assignment":
            qtbot.mouseClick(lesson.assignment_button, Qt.MouseButton.LeftButton)
            work = window.screens["assignments"]
            assert work.detail.assignment_id == c.assignment_id and work.tabs.currentIndex() == 1
            work.text_edit.setFocus()
            qtbot.keyClicks(
                work.text_edit, "Five farmers tried my paper prototype; three found the price screen at once."
            )
            qtbot.mouseClick(work.submit_button, Qt.MouseButton.LeftButton)
            assert work.detail.status == "submitted"
            break
        assert lesson.content.state.status == "completed", c.title
        qtbot.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert seen == ["video", "text", "interactive", "text", "quiz", "assignment"]

    enrolment = rows(
        demo_workspace,
        lambda s: s.scalar(
            sa.select(Enrollment).where(
                Enrollment.user_id == window.context.user_id, Enrollment.course_id == workshop
            )
        ),
    )
    assert enrolment.enrollment_status == "completed" and enrolment.progress_percentage == 100

    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    certificates = window.screens["certificates"]
    assert window.stack.currentWidget() is certificates, window.stack.currentWidget()
    assert "Paper to Phone" in certificates.awaited.text() and "next sync" in certificates.awaited.text()
    assert certificates.model.rowCount() >= 1
    target = tmp_path / "certificate.pdf"
    certificates.choose_target = lambda suggested: target  # type: ignore[method-assign]
    with qtbot.waitSignal(certificates.sig_exported, timeout=10000):
        qtbot.mouseClick(certificates.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert certificates.current.verification_url in certificates.details.text()

    window.close()
    settle()
    assert no_network == []  # nothing tried to reach the network
    pending = {e.table_name for e in outbox(demo_workspace)}
    assert {"lesson_progress", "enrollments", "submissions"} <= pending  # all waits for the next sync
