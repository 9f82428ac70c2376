"""Your data, in the profile: export everything the bootcamp holds about you, or delete your account.

Both go through the server (its export and its erasure); with no server they say so. Deleting asks the
user to type their email, and the server wants a recent sign-in: the sign-in dialog opens, then the
deletion goes on. Afterwards nothing of the account is left on this computer and the window starts
over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import privacy

from ..context import AppContext
from ..operations import run_async


class PrivacyPanel(QGroupBox):
    sig_account_deleted = Signal()
    sig_sign_in_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your data"), parent)
        self.setObjectName("privacyPanel")
        self.ctx = ctx
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("privacyStatus")
        self.export_button = QPushButton(self.tr("E&xport my data…"))
        self.export_button.setObjectName("exportDataButton")
        self.delete_button = QPushButton(self.tr("Delete my account…"))
        self.delete_button.setObjectName("deleteAccountButton")
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        online = bool(ctx.workspace.settings.server_url)
        for button in (self.export_button, self.delete_button):
            button.setEnabled(online)
        if not online:
            self.status.setText(
                self.tr(
                    "Exporting or deleting your data is done by the bootcamp's server; "
                    "this demo replica has none."
                )
            )
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._pending_email: str | None = None

    def choose_export_target(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my data"),
            str(Path.home() / "my-bootcamp-data.zip"),
            self.tr("Zip archive (*.zip)"),
        )
        return Path(name) if name else None

    def confirm_email(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Delete my account"),
            self.tr(
                "This erases your account, your work and your posts on the bootcamp, on every computer, "
                "and cannot be undone.\nType your email to confirm:"
            ),
            QLineEdit.EchoMode.Normal,
        )
        return text if ok and text.strip() else None

    def on_export_button_clicked(self) -> None:
        target = self.choose_export_target()
        if target is None:
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Preparing your export…"))
        run_async(self, privacy.export_my_data(self.ctx.workspace, target), self._exported, self._failed)

    def _exported(self, info: privacy.ExportInfo) -> None:
        self.export_button.setEnabled(True)
        rows = sum(info.tables.values())
        self.status.setText(
            self.tr("Exported {0} records and {1} files to {2}").format(rows, info.files, info.path)
        )

    def on_delete_button_clicked(self) -> None:
        email = self.confirm_email()
        if email is None:
            return
        self._pending_email = email
        self._delete()

    def _delete(self) -> None:
        assert self._pending_email is not None
        self.delete_button.setEnabled(False)
        self.status.setText(self.tr("Deleting your account…"))
        run_async(
            self,
            privacy.delete_my_account(self.ctx.workspace, self._pending_email),
            self._deleted,
            self._failed,
        )

    def retry_after_sign_in(self) -> None:
        if self._pending_email is not None:
            self._delete()

    def _deleted(self, _result: privacy.ErasureResult) -> None:
        self._pending_email = None
        QMessageBox.information(
            self,
            self.tr("Account deleted"),
            self.tr("Your account and everything of yours on this computer are deleted."),
        )
        self.sig_account_deleted.emit()

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        if isinstance(exc, privacy.ReauthenticationRequired):
            self.status.setText(self.tr("For your safety, sign in again; the deletion goes on right after."))
            self.sig_sign_in_requested.emit()
            return
        self._pending_email = None
        message = getattr(exc, "user_message", None) or str(exc)
        self.status.setText(self.tr("Not done: {0}").format(message))
