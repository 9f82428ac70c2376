"""The desktop application's entry point: QApplication, the qasync event loop, the main window."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")  # qasync imports the first Qt binding it finds


def run(*, data_dir: Path | None = None, exit_after: float | None = None) -> int:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bootcamp_desktop.replica import ReplicaError
    from bootcamp_desktop.services.workspace import open_workspace
    from bootcamp_desktop.ui.app_identity import apply_identity
    from bootcamp_desktop.ui.garbage import GarbageCollector
    from bootcamp_desktop.ui.i18n import switch_language
    from bootcamp_desktop.ui.main_window import MainWindow
    from bootcamp_desktop.ui.style import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Fataplus Bootcamp")
    app.setOrganizationName("Fataplus")
    apply_identity(app)
    if not _unlock_vault(data_dir):
        print(
            "error: this replica's sign-in is protected by a passphrase, and it was not given",
            file=sys.stderr,
        )
        return 4
    try:
        workspace = open_workspace(data_dir)
    except ReplicaError as exc:
        QMessageBox.critical(None, "Fataplus Bootcamp", str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    switch_language(app, workspace.settings.language)
    apply_theme(app, workspace.settings.theme)
    window = MainWindow(workspace)
    window.show()
    collector = GarbageCollector(app)
    QTimer.singleShot(10_000, lambda: window.run_backup("daily"))  # one verified backup a day, 30 kept
    if exit_after is not None:
        QTimer.singleShot(int(exit_after * 1000), window.close)

    async def until_closed() -> None:
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        await closed.wait()

    try:
        qasync.run(until_closed())
    finally:
        collector.stop()
        workspace.close()
    return 0


def _unlock_vault(data_dir: Path | None) -> bool:
    """A replica kept under a passphrase (no OS keyring here) is unlocked before it opens: its key is in
    the vault. From ``BOOTCAMP_PASSPHRASE`` when set, else by asking. False when the user gives up."""
    from bootcamp_desktop.replica import data_dir as default_dir
    from bootcamp_desktop.services import secret_storage as ss
    from bootcamp_desktop.ui.dialogs.passphrase import unlock_at_start

    directory = (data_dir or default_dir()).resolve()
    if ss.storage_state(directory) is not ss.Storage.VAULT_LOCKED:
        return True
    if os.environ.get(ss.PASSPHRASE_ENV):
        try:
            ss.unlock_vault(directory, os.environ[ss.PASSPHRASE_ENV])
            return True
        except ss.VaultError:
            pass
    return unlock_at_start(directory)
