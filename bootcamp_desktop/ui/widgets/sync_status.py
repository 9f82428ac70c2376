"""The status bar's sync area: last sync, pending changes, changes needing a decision, progress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from .. import format as fmt
from ..sync_controller import SyncController
from .elided_label import ElidedLabel


class SyncStatusWidget(QWidget):
    sig_panel_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.label = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.label.setObjectName("syncStatusLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.button = QPushButton(self.tr("Sync panel"))
        self.button.setObjectName("syncPanelButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self.sig_panel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        controller.sig_state_changed.connect(self.refresh)
        controller.sig_progress_changed.connect(self.on_controller_progress_changed)
        self.refresh()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync panel"))
        self.refresh()

    def refresh(self) -> None:
        status = self.controller.status()
        if not status.server_url:
            parts = [self.tr("Offline demo replica: nothing to sync")]
        else:
            parts = [self.tr("Last sync: {0}").format(fmt.ago(status.last_success_at))]
            if self.controller.running:
                parts[0] = self.tr("Syncing…")
        parts.append(fmt.plural(self.tr("%n pending", "", status.pending), status.pending))
        if status.problems:
            parts.append(
                fmt.plural(self.tr("%n waiting for your decision", "", status.problems), status.problems)
            )
        tip = status.last_error or ""  # the technical detail, for whoever helps
        if self.controller.last_error is not None and not self.controller.running:
            words = self.controller.explain(self.controller.last_error)
            parts.append(
                self.tr("last attempt: {0}").format(words.split(". ")[0].rstrip("."))
            )  # what happened
            tip = f"{words}\n{tip}".strip()  # and what happens next, in the tooltip
        self.label.setText(" · ".join(parts))
        self.label.set_tip(tip)
        self.progress.setVisible(self.controller.running)
        self.button.setText(
            self.tr("Sync panel ({0})").format(status.problems) if status.problems else self.tr("Sync panel")
        )

    def on_controller_progress_changed(self, stage: str, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setToolTip(f"{stage}: {message}")
