"""The learner's window on a private copy of the demo replica, and helpers to look at the replica."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtTest import QAbstractItemModelTester

from bootcamp_core.models import OutboxEntry
from bootcamp_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_workspace):  # type: ignore[no-untyped-def]
    win = MainWindow(demo_workspace)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()
    settle()


def settle() -> None:
    """Let background jobs (PDF previews, thumbnails, downloads) finish before the replica is closed."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


@pytest.fixture
def learner(demo_workspace) -> uuid.UUID:  # type: ignore[no-untyped-def]
    return demo_workspace.settings.current_user_id


def go(window, key: str):  # type: ignore[no-untyped-def]
    window.show_screen(key)
    return window.screens[key]


def rows(ws, fn):  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return fn(s)


def outbox(ws, table: str | None = None) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    def q(s):  # type: ignore[no-untyped-def]
        query = sa.select(OutboxEntry).order_by(OutboxEntry.id)
        if table:
            query = query.where(OutboxEntry.table_name == table)
        return list(s.scalars(query))

    return rows(ws, q)


def model_tester(model):  # type: ignore[no-untyped-def]
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
