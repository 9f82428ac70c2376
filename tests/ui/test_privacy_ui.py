"""The profile's "Your data" and the admin's audit log, against the real server."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from bootcamp_core.demo import DEMO_ADMIN_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_desktop.ui.main_window import MainWindow
from tests.sync.live import new_replica, sync


def test_export_my_data_from_the_profile(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    sync(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    panel = window.screens["profile"].privacy
    target = tmp_path / "mine.zip"
    panel.choose_export_target = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in panel.status.text(), timeout=30000)
    with zipfile.ZipFile(target) as z:
        assert "manifest.json" in z.namelist()


def test_an_admin_reads_and_exports_the_audit_log(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "admin", DEMO_ADMIN_EMAIL)
    sync(ws)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    screen = window.screens["audit"]
    screen.since.setDateTime(screen.since.dateTime().addYears(-5))
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Entries shown" in screen.status.text(), timeout=30000)
    assert screen.model.rowCount() >= 0
    target = tmp_path / "audit.csv"
    screen.choose_csv_target = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in screen.status.text(), timeout=30000)
    assert target.read_text().splitlines()[0].startswith(("occurred_at", "id", "when", '"'))


def test_the_audit_log_is_not_for_learners(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    assert "audit" not in window.screens
    panel = window.screens["profile"].privacy
    assert not panel.export_button.isEnabled() and "server" in panel.status.text()
