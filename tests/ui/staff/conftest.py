"""Fixtures of the staff-side UI tests: the demo replica signed in as the demo instructor or facilitator."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import User


def _sign_in(ws, email: str):  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        uid = s.scalar(sa.select(User.id).where(User.email == email))
    ws.settings.user_id = str(uid)
    return uid


@pytest.fixture
def instructor_ws(demo_workspace):  # type: ignore[no-untyped-def]
    demo_workspace.instructor_id = _sign_in(demo_workspace, DEMO_INSTRUCTOR_EMAIL)
    return demo_workspace


@pytest.fixture
def facilitator_ws(demo_workspace):  # type: ignore[no-untyped-def]
    demo_workspace.facilitator_id = _sign_in(demo_workspace, DEMO_FACILITATOR_EMAIL)
    return demo_workspace


def open_window(qtbot, ws, screen: str):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_screen(screen)
    return window, window.screens[screen]


def press(key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press to whatever has the keyboard focus, as a user's keyboard would send it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)
