"""The window on a computer with no keyring: the choice comes before the browser, in plain words, and the
passphrase vault it offers keeps the sign-in (issue 13, must-have 2)."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync.vault import vault_path
from bootcamp_desktop.ui.dialogs.passphrase import PassphraseDialog
from bootcamp_desktop.ui.main_window import MainWindow
from tests.sync.live import browser


def _answer_modal(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog once it shows (as a person would), without blocking the test."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(modal)

    QTimer.singleShot(0, poll)


def test_no_keyring_offers_a_passphrase_before_the_browser(qtbot, qasync_loop, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(NoKeyring())
    ws = open_workspace(tmp_path / "shared-laptop")  # the demo replica, unencrypted: no keyring
    window = MainWindow(ws)
    qtbot.addWidget(window)
    dialog = window.show_sign_in()
    dialog.open_browser = False
    opened: list[str] = []
    dialog._sig_url_ready.connect(opened.append)  # noqa: SLF001

    # First: the person reads the choice and cancels; no browser, a plain sentence, nothing kept.
    seen: list[str] = []

    def cancel(box: QMessageBox) -> None:
        seen.append(box.text() + " " + box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    _answer_modal(qtbot, cancel)
    dialog.server.setText(live.url)
    dialog.buttons.accepted.emit()
    assert seen and "no system keyring" in seen[0] and "passphrase" in seen[0]
    assert not opened
    assert "nowhere safe" in dialog.status.text()
    assert not vault_path(ws.directory).exists()

    # Then: they choose a passphrase, sign in in the browser, and the sync runs.
    def protect(box: QMessageBox) -> None:
        protect_button = next(b for b in box.buttons() if "passphrase" in b.text())

        def fill(passphrase: PassphraseDialog) -> None:
            passphrase.first.setText("mango season 2026")
            passphrase.second.setText("mango season 2026")
            passphrase.on_buttons_accepted()

        _answer_modal(qtbot, fill)
        protect_button.click()

    _answer_modal(qtbot, protect)
    dialog._sig_url_ready.connect(browser(DEMO_LEARNER_EMAIL))  # noqa: SLF001
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=90000) as blocker:
        dialog.buttons.accepted.emit()
    assert blocker.args[0] is True, blocker.args
    assert opened, "the browser opened only after the choice"
    assert vault_path(ws.directory).exists()
    assert ws.connector.encrypted, "the signed-in replica is encrypted at once, its key in the vault"
