"""An update in the window: after a sync the status bar says a newer version is available and how big it
is; its dialog downloads it (progress shown), and offers Install only once the file is verified."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_desktop.ui.main_window import MainWindow
from bootcamp_server import releases
from bootcamp_server.models import Release
from tests.sync.live import new_replica


def test_the_status_bar_offers_the_new_version_and_install_follows_a_verified_download(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, live, tmp_path: Path, memory_keyring: Any
) -> None:
    deb = tmp_path / "bootcamp-desktop_99.0.0_amd64.deb"
    deb.write_bytes(b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(2_500_000 // 32)))
    releases.publish(
        live.sdb, live.settings, deb, version="99.0.0", platform="linux-deb", notes="Faster sync"
    )
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        assert window.update_button.isHidden()
        with qtbot.waitSignal(window.sync.sig_update_available, timeout=60000):
            window.sync.sync_now()
        assert window.update_button.isVisible()
        assert window.update_button.text() == "Version 99.0.0 is available (2.5 MB)"

        qtbot.mouseClick(window.update_button, Qt.MouseButton.LeftButton)
        dialog = window.update_dialog
        assert dialog is not None and dialog.isVisible()
        assert "Faster sync" in dialog.details.text() and "You have version 0.1.0" in dialog.details.text()
        assert dialog.download_button.text() == "Download (2.5 MB)" and not dialog.install_button.isEnabled()
        installed: list[Path] = []
        dialog.installer = installed.append
        with qtbot.waitSignal(dialog.sig_downloaded, timeout=60000) as done:
            qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        path = Path(done.args[0])
        assert path.read_bytes() == deb.read_bytes()
        assert dialog.progress.value() == dialog.progress.maximum() == deb.stat().st_size
        assert dialog.install_button.isEnabled() and not dialog.download_button.isEnabled()
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
        assert installed == [path]
        assert "Restart the app" in dialog.status.text()
    finally:
        ws.close()
        with live.sdb.owner() as s:
            s.execute(sa.delete(Release))


def test_an_app_the_server_refuses_as_too_old_is_told_to_update(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, live, tmp_path: Path, memory_keyring: Any, monkeypatch
) -> None:
    deb = tmp_path / "bootcamp-desktop_99.0.0_amd64.deb"
    deb.write_bytes(b"\x07" * 10_000)
    releases.publish(live.sdb, live.settings, deb, version="99.0.0", platform="linux-deb")
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        monkeypatch.setattr("bootcamp_desktop.sync.client.PROTOCOL_VERSION", 0)  # this app, grown too old
        with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=60000) as finished:
            window.sync.sync_now()
        ok, message = finished.args
        assert not ok and "too old" in message and "99.0.0" in message
        assert window.update_button.isVisible() and window.update_button.text().startswith("Version 99.0.0")
        dialog = window.show_update_dialog()
        assert dialog is not None and dialog.offer.required
        assert "no longer syncs with this version" in dialog.details.text()
    finally:
        ws.close()
        with live.sdb.owner() as s:
            s.execute(sa.delete(Release))
