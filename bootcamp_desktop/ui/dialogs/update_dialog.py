"""A newer version of the app, from the server: its size before anything is fetched, a download that
resumes where a cut left it, and Install once the file is verified (services/updates.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from bootcamp_desktop.services import updates
from bootcamp_desktop.sync.errors import SyncError
from bootcamp_desktop.sync.progress import ProgressEvent
from bootcamp_desktop.sync.release_keys import TRUSTED_KEYS

from ..context import AppContext
from ..format import size


class UpdateDialog(QDialog):
    sig_downloaded = Signal(str)  # the verified installer's path
    sig_install_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        offer: updates.Offer,
        parent: QWidget | None = None,
        *,
        engine_kwargs: dict[str, Any] | None = None,
        trusted: Sequence[str] = TRUSTED_KEYS,
        installer: Callable[[Path], Any] = updates.install,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UpdateDialog")
        self.setWindowTitle(self.tr("Update the app"))
        self.ctx, self.offer = ctx, offer
        self.engine_kwargs = engine_kwargs or {}
        self.trusted = trusted
        self.installer = installer
        self.path: Path | None = updates.downloaded(ctx.workspace, offer)
        self.task: asyncio.Future[Any] | None = None
        release = offer.release
        self.headline = QLabel(
            self.tr("Version {0} is available ({1}).").format(release.version, size(release.size))
        )
        self.headline.setObjectName("updateHeadline")
        lines = [self.tr("You have version {0}.").format(offer.current)]
        if offer.required:
            lines.append(self.tr("The server no longer syncs with this version: update to keep syncing."))
        if release.notes:
            lines.append(release.notes)
        self.details = QLabel("\n".join(lines))
        self.details.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(release.size, 1))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("updateStatus")
        self.status.setWordWrap(True)
        self.download_button = QPushButton()
        self.download_button.setObjectName("downloadUpdate")
        self.download_button.clicked.connect(self.on_download_button_clicked)
        self.install_button = QPushButton(self.tr("Install"))
        self.install_button.setObjectName("installUpdate")
        self.install_button.clicked.connect(self.on_install_button_clicked)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.download_button, self.install_button, later):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.details, self.progress, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._show_state()

    def _show_state(self) -> None:
        release = self.offer.release
        have = 0 if self.path else updates.resumes_at(self.ctx.workspace, self.offer)
        if self.path is not None:
            self.download_button.setText(self.tr("Downloaded"))
            self.status.setText(self.tr("Downloaded and verified: {0}").format(self.path.name))
        elif have:
            self.download_button.setText(
                self.tr("Resume download ({0} left)").format(size(release.size - have))
            )
        else:
            self.download_button.setText(self.tr("Download ({0})").format(size(release.size)))
        self.download_button.setEnabled(self.path is None and self.task is None)
        self.install_button.setEnabled(self.path is not None)

    def on_download_button_clicked(self) -> None:
        if self.task is not None or self.path is not None:
            return
        self.progress.setValue(updates.resumes_at(self.ctx.workspace, self.offer))
        self.progress.show()
        self.status.setText(self.tr("Downloading…"))
        self.task = asyncio.ensure_future(self._download())
        self._show_state()

    def _on_progress(self, event: ProgressEvent) -> None:
        self.progress.setValue(int(min(event.done, self.offer.release.size)))

    async def _download(self) -> None:
        try:
            path = await updates.download(
                self.ctx.workspace, self.offer, self._on_progress, self.trusted, **self.engine_kwargs
            )
        except SyncError as exc:
            self.status.setText(self.tr("Not downloaded: {0}").format(exc.user_message))
        except OSError as exc:
            self.status.setText(self.tr("Not downloaded: {0}").format(exc))
        else:
            self.path = path
            self.sig_downloaded.emit(str(path))
        finally:
            self.task = None
            self._show_state()

    def on_install_button_clicked(self) -> None:
        if self.path is None:
            return
        try:
            self.installer(self.path)
        except OSError as exc:
            self.status.setText(
                self.tr("The installer could not be started: {0}. The file is {1}").format(exc, self.path)
            )
            return
        self.sig_install_requested.emit(str(self.path))
        self.status.setText(self.tr("The installer is open. Restart the app once it has finished."))
        self.install_button.setEnabled(False)
