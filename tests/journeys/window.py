"""What every driver phase does: open the app as ``bootcamp-desktop`` does, wait as a person waits, and
hand results back to the orchestrating test."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bootcamp_desktop.app import _unlock_vault
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.ui.main_window import MainWindow


def param(name: str, default: Any = None) -> Any:
    raw = os.environ.get(f"JOURNEY_{name.upper()}")
    return json.loads(raw) if raw is not None and name not in ("server", "email") else (raw or default)


def report(**values: Any) -> None:
    path = Path(os.environ["JOURNEY_OUT"])
    old = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps({**old, **values}, default=str))


@contextmanager
def app_window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The app as ``bootcamp-desktop`` opens it (vault unlocked, demo seeded on a first start), shown."""
    data_dir = Path(os.environ["BOOTCAMP_DATA_DIR"])
    assert _unlock_vault(data_dir), "the vault did not open"
    ws = open_workspace(data_dir)
    window = MainWindow(ws)
    # Every sync's ending, from the first (which starts with the window) on: nothing can slip by.
    window.journey_syncs = []  # type: ignore[attr-defined]
    window.sync.sig_sync_finished.connect(lambda ok, message: window.journey_syncs.append((ok, message)))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        from PySide6.QtCore import QCoreApplication, QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
        QCoreApplication.processEvents()
        ws.close()


def wait_sync(qtbot, window: MainWindow, count: int = 1, timeout: int = 240_000) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    """Wait until ``count`` syncs have ended since the window opened; the last one's (ok, message)."""
    qtbot.waitUntil(lambda: len(window.journey_syncs) >= count, timeout=timeout)  # type: ignore[attr-defined]
    return window.journey_syncs[count - 1]  # type: ignore[attr-defined]


def sync_now(qtbot, window: MainWindow, timeout: int = 240_000) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=timeout) as blocker:
        window.sync_action.trigger()
    return tuple(blocker.args)  # type: ignore[return-value]


def answer_next_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog (a question, a passphrase) once it shows, as a person would."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            QTimer.singleShot(20, look)
            return
        act(modal)

    QTimer.singleShot(0, look)


def say_yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox), box
    box.button(QMessageBox.StandardButton.Yes).click()


def sign_in_in_window(qtbot, window: MainWindow) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    """File > Sign in: the server's address, the browser (BROWSER) for the password; where the computer has
    no keyring, the choice of a passphrase (``BOOTCAMP_PASSPHRASE``) comes first. Returns the first sync."""
    from PySide6.QtWidgets import QMessageBox

    from bootcamp_desktop.ui.dialogs.passphrase import PassphraseDialog

    passphrase = os.environ.get("BOOTCAMP_PASSPHRASE")

    def choose_passphrase(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "no system keyring" in box.text(), box
        protect = next(b for b in box.buttons() if "passphrase" in b.text())

        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, PassphraseDialog)
            dialog.first.setText(passphrase or "")
            dialog.second.setText(passphrase or "")
            dialog.on_buttons_accepted()

        answer_next_modal(fill)
        protect.click()

    dialog = window.show_sign_in()
    dialog.server.setText(param("server"))
    if passphrase:
        answer_next_modal(choose_passphrase)
    before = len(window.journey_syncs)  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()
    return wait_sync(qtbot, window, before + 1)
