"""The window's File → USB drive entries, with a real server and real windows: the facilitator exports a
course from the menu (online), the learner imports it from the menu with the server stopped, and every
lesson of the course then opens whole on the lesson screen (no "not downloaded yet")."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import Lesson, Module
from bootcamp_desktop.ui.main_window import MainWindow
from tests.sync.live import LiveServer, new_replica, sync

from .conftest import publish_draft

PLACEHOLDER = "not downloaded yet"


def _window(qtbot, ws) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.sync.timer.stop()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_export_and_import_from_the_file_menu(
    qtbot, server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: said.append(text))
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append("!" + text)
    )
    course_id = publish_draft(server)
    drive = tmp_path / "usb"
    drive.mkdir()
    office = new_replica(server, tmp_path / "facilitator", DEMO_FACILITATOR_EMAIL)
    laptop = new_replica(server, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(office)
        sync(laptop)
        window = _window(qtbot, office)
        entries = [a.text() for a in window.file_menu.actions()]
        assert "E&xport course for a USB drive…" in entries and "I&mport from a USB drive…" in entries
        monkeypatch.setattr(window.usb, "choose_course", lambda: course_id)
        monkeypatch.setattr(window.usb, "choose_drive", lambda _title: drive)
        window.usb.export_action.trigger()
        qtbot.waitUntil(lambda: bool(said), timeout=60_000)
        assert said[-1].startswith("Wrote ") and not said[-1].startswith("!"), said
        window.close()

        server.stop()
        try:
            window = _window(qtbot, laptop)
            monkeypatch.setattr(window.usb, "choose_drive", lambda _title: drive)
            said.clear()
            window.usb.import_action.trigger()
            qtbot.waitUntil(lambda: bool(said), timeout=60_000)
            assert "ready offline" in said[-1], said
            with laptop.db.session() as s:
                lesson_ids = list(
                    s.scalars(
                        sa.select(Lesson.id)
                        .join(Module)
                        .where(Module.course_id == course_id)
                        .order_by(Module.module_order, Lesson.lesson_order)
                    )
                )
            assert lesson_ids
            screen = window.screens["lesson"]
            for lesson_id in lesson_ids:
                window.open_lesson(str(lesson_id))
                c = screen.content
                assert c is not None and c.lesson_id == lesson_id
                screen.grab()
                assert screen.pages.currentWidget() is not screen.missing_page, c.title
                shown = "\n".join(label.text() for label in screen.findChildren(QLabel) if label.isVisible())
                assert c.downloaded and PLACEHOLDER not in shown, c.title
            window.close()
        finally:
            server.start()
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
    finally:
        office.close()
        laptop.close()
